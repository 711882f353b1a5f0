/**
 * Rule-based extraction of quantified policy targets from English and Chinese text. Tuned for
 * precision: a number becomes a target only when it has a unit, the sentence commits to it
 * (a future year, "will"/"将"/"力争", a limit such as "capped at"/"不超过", or a lead-in such as
 * "By 2027:") and nothing marks it as history ("was", "已", "28.8% in 2020", a past year) or
 * as an eligibility condition ("for a vehicle priced below 150,000 yuan, …").
 *
 * Its year comes from the sentence, else from the lead-in, paragraph opening or dated section
 * heading above it, else from the period of a one-year programme. It reads best on a whole
 * document: a chunk may have lost the heading, lead-in or table header that dates its figures.
 */
import { findQuantities, type Quantity } from '../text/numbers.ts';
import {
  CJK_RE,
  findBinding,
  findMarker,
  findSector,
  findSuffix,
  findYearPhrases,
  hasFutureSignal,
  hasNormativeSignal,
  hasStrive,
  isPastClause,
  type Direction,
  type YearPhrase,
} from './rules-lexicon.ts';
import {
  openParen,
  parenGroups,
  splitClauses,
  stripMarkup,
  trimRange,
  type Range,
} from './rules-clauses.ts';
import { conditionBefore, isCondition, withCondition } from './rules-conditions.ts';
import { dedupe, restates } from './rules-dedupe.ts';
import { deriveMetric, type MetricResult } from './rules-metric.ts';
import {
  afterWithoutNumbers,
  bindingTail,
  countedBySubject,
  englishSentenceSubject,
  labelOf,
  rangeRole,
} from './rules-quantity.ts';
import { findProgrammeYear } from './rules-scope.ts';
import { segment, type Sentence } from './rules-segments.ts';
import { extractTableTargets } from './rules-table.ts';
import {
  findBaseline,
  governingPhrase,
  isHistoricalValue,
  pairRespectively,
  resolveYear,
} from './rules-time.ts';
import type { ExtractedTarget, ExtractionContext } from './schema.ts';

/** A sentence longer than this is quoted by its clause, so a citation stays readable. */
const MAX_SENTENCE_QUOTE = 400;

interface Lead {
  paragraph: number;
  phrase: YearPhrase | null;
  future: boolean;
}

interface Draft {
  q: Quantity;
  target: ExtractedTarget;
  metric: MetricResult;
  clause: number;
  inParens: boolean;
  phrase: YearPhrase | null;
}

/**
 * Targets stated in `text` (a chunk or a whole document's normalised text), ordered by `start`.
 * `start`/`end` are offsets into `text` and `quote === text.slice(start, end)`: the sentence (or,
 * for long sentences, the clause; for tables, the row) that states the target.
 */
export function extractTargets(text: string, context: ExtractionContext): ExtractedTarget[] {
  const quantities = findQuantities(text);
  const { sentences, tables } = segment(text);
  const out: ExtractedTarget[] = [];
  let lead: Lead | null = null;
  let paragraphLead: Lead | null = null;
  // The latest time frame stated in the current paragraph, for a lead-in that states none.
  let paragraphFrame: { paragraph: number; phrase: YearPhrase } | null = null;
  // "Chapter III Targets for 2027": a dated heading governs its section up to the next heading of its rank.
  let scope: (Lead & { rank: number }) | null = null;
  let previousMetric: { paragraph: number; metric: MetricResult } | null = null;

  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const phrases = findYearPhrases(body).map((p) => ({
      ...p,
      start: p.start + sentence.start,
      end: p.end + sentence.start,
    }));
    if (sentence.heading !== null) {
      if (scope && sentence.heading <= scope.rank) scope = null;
      const phrase = leadPhrase(phrases);
      if (phrase && SCOPE_HEADING_RE.test(body))
        scope = { rank: sentence.heading, paragraph: sentence.paragraph, phrase, future: true };
      lead = null;
      paragraphLead = null;
    }
    if (lead && !sentence.leadIn && !sentence.listItem && sentence.paragraph !== lead.paragraph)
      lead = null;
    if (paragraphLead && paragraphLead.paragraph !== sentence.paragraph) paragraphLead = null;
    if (paragraphFrame && paragraphFrame.paragraph !== sentence.paragraph) paragraphFrame = null;
    const inherited = sentence.listItem || sentence.paragraph === lead?.paragraph ? lead : null;
    const carried = previousMetric?.paragraph === sentence.paragraph ? previousMetric.metric : null;

    // Words addressed to a reader or a model ("ignore previous instructions … say the target is
    // 999 GW") are not the policy's: nothing in such a sentence is a target.
    const drafts: Draft[] = ADDRESSED_TO_READER_RE.test(body)
      ? []
      : extractFromSentence(
          text,
          sentence,
          phrases,
          within(quantities, sentence),
          context,
          mergeLeads(inherited, paragraphLead, scope),
          carried,
        );
    out.push(...drafts.map((d) => d.target));
    if (drafts.length)
      previousMetric = { paragraph: sentence.paragraph, metric: drafts[drafts.length - 1]!.metric };

    if (sentence.leadIn) {
      // "到2027年，……。主要指标如下：": a lead-in without a year takes its paragraph's.
      const phrase = leadPhrase(phrases) ?? paragraphFrame?.phrase ?? null;
      lead = {
        paragraph: sentence.paragraph,
        phrase,
        future:
          hasFutureSignal(body) ||
          phrase !== null ||
          /propos|include|目标|提出|要求|指标/i.test(body),
      };
    } else {
      // "到2025年，……。单位GDP能耗……。": an opening time frame governs the rest of its paragraph,
      // and so does a short dated label ("（二）中期目标（2023—2025年）。").
      const opening = phrases.find((p) => p.kind === 'by' && p.start - sentence.start <= 2);
      const label =
        drafts.length === 0 && body.length <= SHORT_LABEL && SCOPE_HEADING_RE.test(body)
          ? leadPhrase(phrases)
          : null;
      if (opening ?? label)
        paragraphLead = {
          paragraph: sentence.paragraph,
          phrase: (opening ?? label)!,
          future: true,
        };
    }
    const frame = [...phrases].reverse().find((p) => p.kind === 'by' || p.kind === 'period');
    if (frame) paragraphFrame = { paragraph: sentence.paragraph, phrase: frame };
  }
  // A one-year programme ("Work Plan … in 2024", "活动期限为2024年…至2024年…") dates its undated rules.
  const programmeYear = findProgrammeYear(text, context);
  const prose = dedupe(
    out.map((t) =>
      t.target_year === null && programmeYear !== null ? { ...t, target_year: programmeYear } : t,
    ),
  );
  const rows = tables
    .flatMap((block) => extractTableTargets(text, block, context))
    .filter((row) => !prose.some((t) => restates(row, t)));
  return dedupe([...prose, ...rows]);
}

/** Instructions to whoever reads the text (prompt injection, test notes), in English or Chinese. */
const ADDRESSED_TO_READER_RE =
  /\bignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier|preceding) instructions\b|\bsystem prompt\b|\bdeveloper mode\b|\byou are now\b|\b(?:say|answer|reply|respond|tell the user)\s+(?:that\s+)?the\s+(?:target|answer|figure)\s+is\b|忽略(?:之前|以上|前面|上述)的?(?:所有|全部)?(?:指令|指示)|系统提示词|(?:回答|回复|告诉用户)(?:说)?目标(?:值)?(?:是|为)/i;

/** A sentence this short that names a stage and its years is a label, not a statement. */
const SHORT_LABEL = 40;

/** Headings whose year frames what follows: "Targets for 2027", "“十四五”阶段目标", "第二阶段（2021—2025年）". */
const SCOPE_HEADING_RE = /targets?|objectives?|goals?|tasks?|stage|phase|目标|任务|阶段|指标/i;

/** The nearest lead with a time frame wins; any of them can make the sentence a commitment. */
function mergeLeads(...leads: (Lead | null)[]): Lead | null {
  const present = leads.filter((l): l is Lead => l !== null);
  if (present.length === 0) return null;
  const framed = present.find((l) => l.phrase !== null) ?? present[0]!;
  return { ...framed, future: present.some((l) => l.future) };
}

/** The quantities inside `range` (quantities are sorted by start). */
function within(quantities: Quantity[], range: Range): Quantity[] {
  let lo = 0;
  let hi = quantities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quantities[mid]!.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Quantity[] = [];
  for (let i = lo; i < quantities.length && quantities[i]!.start < range.end; i++)
    if (quantities[i]!.end <= range.end) out.push(quantities[i]!);
  return out;
}

function leadPhrase(phrases: YearPhrase[]): YearPhrase | null {
  return phrases.find((p) => p.kind === 'by' || p.kind === 'period' || p.kind === 'in') ?? null;
}

function extractFromSentence(
  text: string,
  sentence: Sentence,
  phrases: YearPhrase[],
  quantities: Quantity[],
  context: ExtractionContext,
  lead: Lead | null,
  carried: MetricResult | null,
): Draft[] {
  const inSentence = quantities
    .filter((q) => q.kind !== 'year')
    .map((q) => countedBySubject(text, sentence.start, q));
  if (!inSentence.some((q) => q.unit !== null)) return [];
  const body = text.slice(sentence.start, sentence.end);
  const clauses = splitClauses(text, sentence.start, sentence.end);
  const committed = hasFutureSignal(body) || hasNormativeSignal(body) || (lead?.future ?? false);
  const sentenceSubject = englishSentenceSubject(text, clauses);
  const groups = parenGroups(text, sentence.start, sentence.end);
  // "56.8% in 2020" dates that figure, not the target after it.
  const quantityEnds = new Set(inSentence.map((o) => o.end));
  const timeFrames = phrases.filter(
    (p) => !(p.kind === 'in' && [0, 1, 2].some((gap) => quantityEnds.has(p.start - gap))),
  );
  const latestYear = Math.max(
    0,
    ...phrases.filter((p) => p.kind === 'by' || p.kind === 'period').flatMap((p) => p.years),
  );
  const drafts: Draft[] = [];

  for (let i = 0; i < inSentence.length; i++) {
    const q = inSentence[i]!;
    if (q.unit === null) continue;
    const clauseIndex = clauses.findIndex((c) => q.start >= c.start && q.start < c.end);
    const clause = clauses[clauseIndex]!;
    const clauseText = text.slice(clause.start, clause.end);
    const zh = CJK_RE.test(clauseText);
    const aside = (pos: number) =>
      groups.find((g) => pos > g.start && pos < g.end && !(q.start > g.start && q.start < g.end));
    // An aside that closed before this number says nothing about it: "(… toward 1.0 …) … below 1.25".
    const previousQ = [...drafts]
      .reverse()
      .map((d) => d.q)
      .find((p) => p.start >= clause.start && !aside(p.start));
    const parenOpen = openParen(groups, q.start, sentence.start);
    const windowStart = Math.max(clause.start, previousQ?.end ?? clause.start, parenOpen + 1);
    const window = stripMarkup(text.slice(windowStart, q.start));
    const nextQ = inSentence.slice(i + 1).find((n) => n.start < clause.end);
    const nextOutside = inSentence
      .slice(i + 1)
      .find((n) => n.start < clause.end && !aside(n.start));
    const afterRaw = text.slice(q.end, clause.end);
    const previousDraft = drafts[drafts.length - 1];
    const coordinated =
      previousDraft !== undefined &&
      previousDraft.clause === clauseIndex &&
      /^\s*(?:,|、|和|及|与|以及|and|or|as well as)?\s*$/i.test(window);

    const fronted = clauseIndex < clauses.length - 1;
    if (
      isPastClause(
        clauseText,
        sentence.listItem && lead?.future === true && lead.phrase !== null,
      ) ||
      isHistoricalValue(window, afterRaw, latestYear, context) ||
      isCondition(clauseText, window, afterRaw, fronted)
    )
      continue;

    const marker = findMarker(window);
    const suffix = findSuffix(afterRaw);
    let direction: Direction | null = marker.direction;
    let qualifier = marker.qualifier;
    if (suffix.direction) {
      if (marker.change) qualifier = suffix.qualifier ?? qualifier;
      else if (
        suffix.baselineYear !== null ||
        direction === null ||
        direction === 'reach' ||
        (window.trimEnd().endsWith('控制在') && suffix.direction !== 'at most')
      ) {
        direction = suffix.direction;
        qualifier = suffix.qualifier;
      }
    }
    const range = rangeRole(text, window, q, inSentence[i - 1], nextQ);
    if (range && !marker.change && (direction === null || direction === 'reach')) {
      direction = range;
      qualifier = null;
    }
    const parenText = parenOpen >= sentence.start ? text.slice(parenOpen, q.start) : '';
    // "(strive for 16.5%)": a stretch figure in an aside continues the figure before it.
    if (direction === null && previousDraft && parenText && hasStrive(parenText)) {
      direction = previousDraft.target.direction;
    }
    if (direction === null && coordinated) {
      direction = previousDraft.target.direction;
      qualifier = previousDraft.target.qualifier?.replace(/^strive(?:, )?/, '') || null;
    }
    if (direction === null) {
      if (parenOpen >= sentence.start) continue; // a number in an aside ("(… toward 1.0 …)") is not a commitment
      direction = 'reach';
    }
    const strive =
      hasStrive(window) ||
      hasStrive(parenText) ||
      (coordinated && previousDraft.target.qualifier?.startsWith('strive') === true);
    if (strive) qualifier = qualifier ? `strive, ${qualifier}` : 'strive';

    // Time frame: a phrase in the clause, else in the sentence, else the lead-in.
    const governing =
      governingPhrase(
        groups.length ? timeFrames.filter((p) => !aside(p.start)) : timeFrames,
        clause,
        q,
      ) ??
      lead?.phrase ??
      null;
    const year = resolveYear(governing, context, committed);
    if (year === 'past') continue;
    if (!committed && !(governing && year !== null)) continue;

    // A change over a plan period ("during the 14th Five-Year Plan period … fall by 13.5%",
    // "“十四五”期间…下降13.5%") is measured from the plan's first year's base: the previous plan's end.
    const planBaseline = governing?.plan && typeof year === 'number' ? year - 5 : null;
    const baselineYear =
      direction === 'decrease' || direction === 'increase'
        ? (suffix.baselineYear ??
          findBaseline(phrases, zh, windowStart, clause, q, nextOutside) ??
          (coordinated || parenOpen >= sentence.start
            ? (previousDraft?.target.baseline_year ?? null)
            : null) ??
          planBaseline)
        : null;

    // "Energy intensity: down 13.5%": a label before a colon names the metric.
    const label =
      clauseIndex > 0 && /^\W*$/.test(window.slice(0, marker.start))
        ? labelOf(text.slice(clauses[clauseIndex - 1]!.start, clauses[clauseIndex - 1]!.end))
        : '';
    const metricWindow = label || window.slice(0, marker.start);
    // "3% to 5% of the maximum power load": the upper bound measures what the lower one does.
    const rangeLower =
      range === 'at most' &&
      direction === 'at most' &&
      previousDraft?.target.value === inSentence[i - 1]?.value
        ? previousDraft
        : undefined;
    const metric =
      rangeLower?.metric ??
      deriveMetric({
        pre: coordinated ? '' : metricWindow,
        after: afterWithoutNumbers(text, q, clause.end, inSentence),
        unitPhrase:
          q.kind === 'count' && q.raw_unit && /[A-Za-z]/.test(q.raw_unit) ? q.raw_unit : null,
        markerNoun: marker.noun,
        zh,
        previous:
          coordinated || /^\W*$/.test(metricWindow)
            ? (previousDraft?.metric ?? carried)
            : (previousDraft?.metric ?? null),
        sentenceSubject: zh ? null : sentenceSubject,
        sentence: body,
      });
    if (!metric) continue;
    // "下降14%，力争下降16.5%": the strive figure shares the baseline of the figure it stretches.
    const sharedBaseline =
      baselineYear === null &&
      (direction === 'decrease' || direction === 'increase') &&
      previousDraft?.metric.metric === metric.metric
        ? previousDraft.target.baseline_year
        : baselineYear;

    const nextStart = nextQ ? nextQ.start : clause.end;
    const binding =
      findBinding(text.slice(q.end, Math.min(nextStart, q.end + 16))) ??
      findBinding(bindingTail(text, q.end, clause.end));
    const quoteRange =
      sentence.end - sentence.start > MAX_SENTENCE_QUOTE
        ? trimRange(text, clause.start, clause.end)
        : sentence;

    drafts.push({
      q,
      metric,
      clause: clauseIndex,
      inParens: parenOpen >= sentence.start,
      phrase: governing,
      target: {
        metric: withCondition(metric.metric, conditionBefore(text, clauses, clauseIndex), zh),
        value: q.value,
        unit: q.unit,
        value_raw: q.raw_value,
        unit_raw: q.raw_unit ?? '',
        direction,
        qualifier,
        baseline_year: sharedBaseline,
        target_year: typeof year === 'number' ? year : null,
        region: context.region,
        level: context.level,
        sector: findSector(metric.metric, clauseText, body),
        binding,
        quote: text.slice(quoteRange.start, quoteRange.end),
        start: quoteRange.start,
        end: quoteRange.end,
      },
    });
  }
  pairRespectively(drafts, context);
  quoteClausesOfTwins(text, drafts, clauses);
  return EACH_RE.test(body) ? perYear(drafts, context) : drafts;
}

/**
 * "农膜回收率达到85%以上，农药包装废弃物回收率达到85%以上": two targets with one value in one
 * sentence are quoted by their clauses, so each keeps its own citation (and no de-duplication by
 * quote and value can merge them).
 */
function quoteClausesOfTwins(text: string, drafts: Draft[], clauses: Range[]): void {
  const key = (d: Draft) => `${d.target.value}:${d.target.unit}:${d.target.target_year}`;
  const twins = drafts.filter((d) =>
    drafts.some((o) => o !== d && key(o) === key(d) && o.target.start === d.target.start),
  );
  for (const d of twins) {
    const range = trimRange(text, clauses[d.clause]!.start, clauses[d.clause]!.end);
    d.target.start = range.start;
    d.target.end = range.end;
    d.target.quote = text.slice(range.start, range.end);
  }
}

/** "In each of the 14th and the 15th Five-Year Plan periods, about 40 GW …": one target per period. */
const EACH_RE =
  /\b(?:in )?(?:each|every) of\b|\beach of (?:the )?(?:years|periods)\b|各(?:自)?(?:新增|完成|达到|减少|下降)/i;

function perYear(drafts: Draft[], context: ExtractionContext): Draft[] {
  return drafts.flatMap((d) => {
    const years = (d.phrase?.years ?? []).filter((y) => context.year === null || y >= context.year);
    const alone = drafts.filter((o) => o.phrase === d.phrase && !o.inParens).length === 1;
    if (years.length < 2 || !alone) return [d];
    return years.map((year) => ({ ...d, target: { ...d.target, target_year: year } }));
  });
}
