import type { SearchStore, TargetStore } from '../store.ts';
import type { SearchFilters, Citation, AskResponse } from '../domain.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import type { Target } from '../targets/schema.ts';
import { regionLabel } from './compose.ts';
import { lexicalTokens } from '../text/tokens.ts';
import { isCjkOnly, startsWithCjk } from '../text/cjk.ts';
import { findTermGroups, GENERIC_GROUPS } from '../retrieval/thesaurus.ts';
import { findQuantities, sameQuantity } from '../text/numbers.ts';
import { MONEY_QUESTION, SHARE_QUESTION } from './answer-type.ts';
import { DEFAULT_WEIGHTS, type ComparisonWeights } from '../weights.ts';

/**
 * Comparison questions ("Compare Shanghai's and Guangdong's 2025 non-fossil targets",
 * "哪些省份设定了新能源汽车补贴上限？") are answered from the targets store as a table, one row
 * per region, each row quoting and citing the sentence its target came from. Returns null
 * when the store holds nothing relevant (the caller falls back to passage retrieval).
 */
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

export async function answerComparison(
  store: Pick<TargetStore, 'listTargets'> & Pick<SearchStore, 'getChunks'>,
  analysis: QueryAnalysis,
  filters: SearchFilters | undefined,
  weights: ComparisonWeights = DEFAULT_WEIGHTS.comparison,
): Promise<Pick<AskResponse, 'answer' | 'answerable' | 'citations' | 'targets' | 'table'> | null> {
  // "国家甲烷方案和安徽省方案…有什么不同": the national documents are one of the sides compared.
  const named =
    analysis.regions.length > 0 && analysis.national
      ? [...analysis.regions, 'National']
      : analysis.regions;
  const regions = named.length > 0 ? named : filters?.regions;
  const listed = await store.listTargets({
    regions,
    document_ids: filters?.document_ids,
    sectors: filters?.sectors,
    target_year: analysis.years.length === 1 ? analysis.years[0] : undefined,
    limit: 2000,
  });
  // "Which pays more…", "补贴…多少": a question about money compares amounts of money.
  const money = listed.filter((row) => row.unit === 'yuan');
  const shares = listed.filter((row) => row.unit === '%');
  const rows =
    SHARE_QUESTION.test(analysis.text) && shares.length > 0
      ? shares
      : MONEY_QUESTION.test(analysis.text) && money.length > 0
        ? money
        : listed;
  // Relevance: the question's topics (thesaurus groups, in either language) must appear in the
  // target's metric or quote; a figure stated in the question ("capped at 20,000 yuan") must be
  // the target's value.
  const asked = findTermGroups(analysis.text).filter((g) => !GENERIC_GROUPS.has(g.id));
  const figures = findQuantities(analysis.text).filter((q) => q.kind !== 'year');
  const words = lexicalTokens(analysis.text).filter(
    (t) => !IGNORED.has(t) && !/^\d/.test(t) && !(t.length === 1 && isCjkOnly(t)),
  );
  if (asked.length === 0 && figures.length === 0) return null;
  const acrossRegions = analysis.scope === 'any' && !analysis.national;
  const scored = rows
    .map((row) => {
      const text = `${row.metric}\n${row.quote}\n${row.title}`;
      // A figure the question states is matched exactly ("43.1%" is not "43.3%").
      if (
        figures.length > 0 &&
        !figures.some((f) => sameQuantity(f, { value: row.value, unit: row.unit }, 1e-9))
      )
        return { row, score: 0 };
      // "Which provinces…" asks across regions: national documents are not among the answers.
      if (acrossRegions && row.region === 'National') return { row, score: 0 };
      const present = new Set(findTermGroups(text).map((g) => g.id));
      const covered = asked.filter((g) => present.has(g.id)).length;
      // With a matching figure one shared topic is enough; without, most topics must be there.
      if (asked.length > 0 && (figures.length > 0 ? covered === 0 : covered / asked.length < 0.5))
        return { row, score: 0 };
      // A topic in the target's own metric counts again: the quote of "电力装机容量 133 GW" also
      // names 光伏装机, but the PV row is the one a PV question asks for.
      const inMetric = new Set(findTermGroups(row.metric).map((g) => g.id));
      const metricTopics = asked.filter((g) => inMetric.has(g.id)).length;
      const tokens = new Set(lexicalTokens(text));
      const shared = words.filter((w) => tokens.has(w)).length;
      return {
        row,
        score:
          covered * weights.topic +
          metricTopics * weights.topicInMetric +
          shared * weights.sharedWord +
          (figures.length > 0 ? weights.statedFigure : 0),
      };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return null;

  // The best rows, one per document: over all regions, or within each region the question names
  // (a region whose documents word the topic differently must still get its row).
  const chosen: (Target & { title: string })[] = [];
  const groups =
    named.length >= 2
      ? named.map((region) => scored.filter((s) => s.row.region === region))
      : [scored];
  for (const group of groups) {
    const seen = new Set<string>();
    const bestScore = group[0]?.score ?? 0;
    for (const { row, score } of group) {
      if (score < bestScore * weights.keepRatio) break;
      if (seen.has(row.document_id)) continue;
      seen.add(row.document_id);
      chosen.push(row);
      if (chosen.length >= 12) break;
    }
  }
  if (named.length >= 2 && new Set(chosen.map((c) => c.region)).size < 2) return null;

  const chunks = await store.getChunks(
    Array.from(new Set(chosen.map((c) => c.chunk_id).filter((id): id is string => !!id))),
  );
  const chunkById = new Map(chunks.map((c) => [c.chunk_id, c]));
  const citations: Citation[] = [];
  const lines: string[] = [];
  const tableRows: (string | number | null)[][] = [];
  for (const target of chosen) {
    const chunk = target.chunk_id ? chunkById.get(target.chunk_id) : undefined;
    if (!chunk) continue;
    const n = citations.length + 1;
    citations.push({
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
    });
    lines.push(
      `${regionLabel(target.region, analysis.language)}${analysis.language === 'zh' ? '：' : ': '}${target.quote} [${n}]`,
    );
    tableRows.push([
      target.region,
      target.metric,
      target.value,
      target.unit,
      target.direction,
      target.baseline_year,
      target.target_year,
      `[${n}] ${chunk.title}`,
    ]);
  }
  if (citations.length === 0) return null;
  const zh = analysis.language === 'zh';
  return {
    answer: [
      leadLine(
        chosen.filter((t) => t.chunk_id && chunkById.has(t.chunk_id)),
        citations.length,
        analysis.language,
      ),
      ...lines,
    ].join('\n'),
    answerable: true,
    citations,
    targets: chosen,
    table: {
      columns: zh
        ? ['地区', '指标', '数值', '单位', '方向', '基准年', '目标年', '来源']
        : ['Region', 'Metric', 'Value', 'Unit', 'Direction', 'Baseline', 'Target year', 'Source'],
      rows: tableRows,
    },
  };
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
