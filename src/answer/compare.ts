import type { SearchStore, StoredTarget, TargetStore } from '../store.ts';
import type { SearchFilters, Citation, AskResponse, ChunkRow } from '../domain.ts';
import { otherLanguageWordings, type QueryAnalysis } from '../retrieval/query-analysis.ts';
import type { Target } from '../targets/schema.ts';
import { regionLabel } from './compose.ts';
import { lexicalTokens } from '../text/tokens.ts';
import { hasCjk, isCjkOnly, startsWithCjk } from '../text/cjk.ts';
import { findTermGroups, GENERIC_GROUPS, type TermGroup } from '../retrieval/thesaurus.ts';
import { findQuantities, sameQuantity, type Quantity } from '../text/numbers.ts';
import { MONEY_QUESTION, SHARE_QUESTION } from './answer-type.ts';
import { MEASURE_GROUPS } from './question-concepts.ts';
import { DEFAULT_WEIGHTS, type ComparisonWeights } from '../weights.ts';

/** Words that say the question compares, not what it compares. */
const IGNORED = new Set([
  'compare',
  'comparison',
  'which',
  'provinces',
  'regions',
  'cities',
  'target',
  'targets',
  'set',
  'between',
  'and',
  'versus',
  'vs',
  '比较',
  '对比',
  '哪些',
  '省份',
  '目标',
  '设定',
  '了',
]);

type ComparisonAnswer = Pick<
  AskResponse,
  'answer' | 'answerable' | 'citations' | 'targets' | 'table'
>;

/** What makes a target relevant to a comparison question. */
export interface ComparisonCriteria {
  /** The question's topics (thesaurus groups, in either language), generic ones left out. */
  asked: TermGroup[];
  /** Figures the question states ("capped at 20,000 yuan"): a target must have one as its value. */
  figures: Quantity[];
  /** The question's content words, for a small bonus per word the target shares. */
  words: string[];
  /**
   * The same in the other language (its thesaurus wordings and dictionary translations), for a
   * target quoted in that language: a Chinese question's Guizhou row in English shares none of
   * its Chinese words, but as many of their English wordings.
   */
  otherWords: string[];
  /** The question's language. */
  language: 'en' | 'zh';
  /** "Which provinces…" asks across regions: national documents are not among the answers. */
  acrossRegions: boolean;
}

/** A candidate target with its relevance score (0: not relevant). */
export interface ScoredRow {
  row: StoredTarget;
  score: number;
}

/**
 * Comparison questions ("Compare Shanghai's and Guangdong's 2025 non-fossil targets",
 * "哪些省份设定了新能源汽车补贴上限？") are answered from the targets store as a table, one row
 * per region, each row quoting and citing the sentence its target came from. Returns null
 * when the store holds nothing relevant (the caller falls back to passage retrieval).
 */
export async function answerComparison(
  store: Pick<TargetStore, 'listTargets'> & Pick<SearchStore, 'getChunks'>,
  analysis: QueryAnalysis,
  filters: SearchFilters | undefined,
  weights: ComparisonWeights = DEFAULT_WEIGHTS.comparison,
): Promise<ComparisonAnswer | null> {
  const named = comparedRegions(analysis);
  const criteria = comparisonCriteria(analysis);
  if (!criteria) return null;
  const listed = await store.listTargets({
    regions: named.length > 0 ? named : filters?.regions,
    document_ids: filters?.document_ids,
    sectors: filters?.sectors,
    target_year: analysis.years.length === 1 ? analysis.years[0] : undefined,
    limit: 2000,
  });
  const scored = rankRows(rowsOfAskedUnit(listed, analysis.text), criteria, weights);
  const chosen = chooseRows(scored, named, weights.keepRatio);
  if (chosen.length === 0) return null;
  if (named.length >= 2 && new Set(chosen.map((c) => c.region)).size < 2) return null;
  const chunkIds = chosen.map((c) => c.chunk_id).filter((id): id is string => !!id);
  const chunks = await store.getChunks(Array.from(new Set(chunkIds)));
  return comparisonAnswer(chosen, chunks, analysis.language);
}

/**
 * The regions the question names; with "national" also named ("国家甲烷方案和安徽省方案…有什么
 * 不同"), the national documents are one of the sides compared.
 */
export function comparedRegions(analysis: QueryAnalysis): string[] {
  return analysis.regions.length > 0 && analysis.national
    ? [...analysis.regions, 'National']
    : analysis.regions;
}

/** The relevance criteria of a question, or null when it names neither a topic nor a figure. */
export function comparisonCriteria(analysis: QueryAnalysis): ComparisonCriteria | null {
  const topics = findTermGroups(analysis.text).filter((g) => !GENERIC_GROUPS.has(g.id));
  // A measure ("installed capacity", "装机") is the topic only when nothing it measures is named:
  // "新型储能装机" asks about storage, and a PV row of the same size is not an answer.
  const things = topics.filter((g) => !MEASURE_GROUPS.has(g.id));
  const asked = things.length > 0 ? things : topics;
  const figures = findQuantities(analysis.text).filter((q) => q.kind !== 'year');
  if (asked.length === 0 && figures.length === 0) return null;
  const content = (text: string) =>
    lexicalTokens(text).filter(
      (t) => !IGNORED.has(t) && !/^\d/.test(t) && !(t.length === 1 && isCjkOnly(t)),
    );
  const words = content(analysis.text);
  const otherWords = Array.from(new Set(content(otherLanguageWordings(analysis).join(' '))));
  return {
    asked,
    figures,
    words,
    otherWords,
    language: analysis.language,
    acrossRegions: analysis.scope === 'any' && !analysis.national,
  };
}

/**
 * A question about shares compares percentages, one about money ("Which pays more…", "补贴…
 * 多少") amounts in yuan, when the store holds such rows; otherwise every row is a candidate.
 */
export function rowsOfAskedUnit(rows: StoredTarget[], question: string): StoredTarget[] {
  const shares = rows.filter((row) => row.unit === '%');
  if (SHARE_QUESTION.test(question) && shares.length > 0) return shares;
  const money = rows.filter((row) => row.unit === 'yuan');
  if (MONEY_QUESTION.test(question) && money.length > 0) return money;
  return rows;
}

/** The relevant rows, best first (a stable sort: equal scores keep the store's order). */
export function rankRows(
  rows: StoredTarget[],
  criteria: ComparisonCriteria,
  weights: ComparisonWeights,
): ScoredRow[] {
  const scored = rows
    .map((row) => ({ row, score: scoreRow(row, criteria, weights) }))
    .filter((s) => s.score > 0);
  // "哪个省提出…10000辆、加氢站…100座": a document holding several of the stated figures answers
  // better than one holding a single one; each further figure counts as much as the first.
  if (criteria.figures.length > 1) {
    const stated = new Map<string, Set<number>>();
    for (const { row } of scored) {
      const held = stated.get(row.document_id) ?? new Set<number>();
      criteria.figures.forEach((f, i) => {
        if (sameQuantity(f, { value: row.value, unit: row.unit }, 1e-9)) held.add(i);
      });
      stated.set(row.document_id, held);
    }
    for (const s of scored)
      s.score += weights.statedFigure * Math.max(0, stated.get(s.row.document_id)!.size - 1);
  }
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * How well a target answers the question: its topics must appear in the target's metric, quote
 * or title, and a figure the question states must be its value exactly ("43.1%" is not "43.3%").
 */
export function scoreRow(
  row: StoredTarget,
  { asked, figures, words, otherWords, language, acrossRegions }: ComparisonCriteria,
  weights: ComparisonWeights,
): number {
  const target = { value: row.value, unit: row.unit };
  if (figures.length > 0 && !figures.some((f) => sameQuantity(f, target, 1e-9))) return 0;
  if (acrossRegions && row.region === 'National') return 0;
  const text = `${row.metric}\n${row.quote}\n${row.title}`;
  const present = new Set(findTermGroups(text).map((g) => g.id));
  const covered = asked.filter((g) => present.has(g.id)).length;
  // With a matching figure one shared topic is enough; without, most topics must be there.
  if (asked.length > 0 && (figures.length > 0 ? covered === 0 : covered / asked.length < 0.5))
    return 0;
  // A topic in the target's own metric counts again: the quote of "电力装机容量 133 GW" also
  // names 光伏装机, but the PV row is the one a PV question asks for.
  const inMetric = new Set(findTermGroups(row.metric).map((g) => g.id));
  const metricTopics = asked.filter((g) => inMetric.has(g.id)).length;
  const tokens = new Set(lexicalTokens(text));
  // A row quoted in the other language is matched on the question's wordings in that language,
  // as the same share of the question's word count, discounted (those wordings include every
  // synonym, and a row in the question's own language is the one to quote when both fit).
  const crossLingual = hasCjk(row.quote) !== (language === 'zh');
  const shared = crossLingual
    ? (otherWords.filter((w) => tokens.has(w)).length / Math.max(otherWords.length, 1)) *
      words.length *
      weights.crossLingualWords
    : words.filter((w) => tokens.has(w)).length;
  return (
    covered * weights.topic +
    metricTopics * weights.topicInMetric +
    shared * weights.sharedWord +
    (figures.length > 0 ? weights.statedFigure : 0)
  );
}

/**
 * The best rows, one per document and at most 12 in all: over all regions, or within each region
 * the question names when it names two or more (a region whose documents word the topic
 * differently must still get its row). A row scoring under `keepRatio` of its group's best is out.
 */
export function chooseRows(
  scored: ScoredRow[],
  named: string[],
  keepRatio: number,
): StoredTarget[] {
  const chosen: StoredTarget[] = [];
  const groups =
    named.length >= 2
      ? named.map((region) => scored.filter((s) => s.row.region === region))
      : [scored];
  for (const group of groups) {
    const seen = new Set<string>();
    const bestScore = group[0]?.score ?? 0;
    for (const { row, score } of group) {
      if (score < bestScore * keepRatio) break;
      if (seen.has(row.document_id)) continue;
      seen.add(row.document_id);
      chosen.push(row);
      if (chosen.length >= 12) break;
    }
  }
  return chosen;
}

/**
 * The answer: a lead with every figure, one line per target quoting and citing its sentence, and
 * the table. A target whose chunk is missing is not cited; null when none is left.
 */
export function comparisonAnswer(
  chosen: StoredTarget[],
  chunks: ChunkRow[],
  language: 'en' | 'zh',
): ComparisonAnswer | null {
  const chunkById = new Map(chunks.map((c) => [c.chunk_id, c]));
  const cited = chosen.flatMap((target) => {
    const chunk = target.chunk_id ? chunkById.get(target.chunk_id) : undefined;
    return chunk ? [{ target, chunk }] : [];
  });
  if (cited.length === 0) return null;
  const citations = cited.map(({ target, chunk }, i) => targetCitation(target, chunk, i + 1));
  const separator = language === 'zh' ? '：' : ': ';
  const lines = cited.map(
    ({ target }, i) =>
      `${regionLabel(target.region, language)}${separator}${target.quote} [${i + 1}]`,
  );
  const lead = leadLine(
    cited.map((c) => c.target),
    citations.length,
    language,
  );
  return {
    answer: [lead, ...lines].join('\n'),
    answerable: true,
    citations,
    targets: chosen,
    table: {
      columns: language === 'zh' ? ZH_COLUMNS : EN_COLUMNS,
      rows: cited.map(({ target, chunk }, i) => tableRow(target, `[${i + 1}] ${chunk.title}`)),
    },
  };
}

const EN_COLUMNS = [
  'Region',
  'Metric',
  'Value',
  'Unit',
  'Direction',
  'Baseline',
  'Target year',
  'Source',
];
const ZH_COLUMNS = ['地区', '指标', '数值', '单位', '方向', '基准年', '目标年', '来源'];

/** The citation of the sentence a target was extracted from. */
function targetCitation(target: Target, chunk: ChunkRow, n: number): Citation {
  return {
    n,
    chunk_id: chunk.chunk_id,
    document_id: chunk.document_id,
    title: chunk.title,
    issuer: chunk.issuer,
    date: chunk.date,
    region: chunk.region,
    url: chunk.url,
    page: chunk.page_from,
    heading: chunk.heading,
    quote: target.quote,
    start: target.start,
    end: target.end,
  };
}

/** One table row, in the order of the columns. */
function tableRow(target: Target, source: string): (string | number | null)[] {
  return [
    target.region,
    target.metric,
    target.value,
    target.unit,
    target.direction,
    target.baseline_year,
    target.target_year,
    source,
  ];
}

/**
 * The comparison's lead: every region with its figure as written ("江苏 3500万千瓦；浙江 2762万千瓦"),
 * before any citation marker, then all the markers, so the first line already answers.
 */
function leadLine(targets: Target[], count: number, language: 'en' | 'zh'): string {
  const written = (t: Target) =>
    t.unit_raw && (startsWithCjk(t.unit_raw) || t.unit_raw.startsWith('%'))
      ? `${t.value_raw}${t.unit_raw}`
      : `${t.value_raw} ${t.unit_raw}`.trim();
  // Figures written in different units ("35 GW", "2762万千瓦") are also given in the canonical one, so they compare at a glance.
  const mixed =
    new Set(targets.map((t) => t.unit_raw.trim().toLowerCase())).size > 1 &&
    new Set(targets.map((t) => t.unit)).size === 1;
  const parts = targets.map((t) => {
    const figure = written(t);
    const canonical = `${Number(t.value.toPrecision(6))} ${t.unit}`;
    return `${regionLabel(t.region, language)} ${figure}${mixed && figure.replace(/,/g, '') !== canonical ? ` (${canonical})` : ''}`;
  });
  const markers = Array.from({ length: count }, (_, i) => `[${i + 1}]`).join('');
  return language === 'zh' ? `${parts.join('；')}。 ${markers}` : `${parts.join('; ')}. ${markers}`;
}
