/**
 * The targets one sentence states, for the rule extractor (rules.ts), as a short list of steps:
 * read what the whole sentence says, then for each quantity with a unit locate it in its clause,
 * drop it when it is background (history, a condition), settle its direction, time frame,
 * baseline and metric, and keep the draft; finally pair "respectively" lists with their years.
 */
import { hasCjk } from '../text/cjk.ts';
import type { Quantity } from '../text/numbers.ts';
import {
  englishPredicateStart,
  findBinding,
  findMarker,
  findSector,
  findSuffix,
  hasFutureSignal,
  hasNormativeSignal,
  hasStrive,
  isPastClause,
  type Direction,
  type Marker,
  type Suffix,
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
import { deriveMetric, type MetricResult } from './rules-metric.ts';
import {
  afterWithoutNumbers,
  bindingTail,
  countedBySubject,
  englishSentenceSubject,
  labelOf,
  rangeRole,
  sharedUnits,
} from './rules-quantity.ts';
import type { Sentence } from './rules-segments.ts';
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

/** A lead-in, opening time frame or dated heading that governs the sentences after it. */
export interface Lead {
  paragraph: number;
  phrase: YearPhrase | null;
  future: boolean;
}

export interface Draft {
  q: Quantity;
  target: ExtractedTarget;
  metric: MetricResult;
  clause: number;
  inParens: boolean;
  phrase: YearPhrase | null;
}

/** What one sentence says as a whole, shared by every quantity in it. */
interface SentenceFacts {
  text: string;
  sentence: Sentence;
  body: string;
  /** The sentence's quantities other than years, bare counts given their subject's unit. */
  quantities: Quantity[];
  clauses: Range[];
  groups: Range[];
  phrases: YearPhrase[];
  /** The time phrases that can date a target ("56.8% in 2020" dates that figure, not the target after it). */
  timeFrames: YearPhrase[];
  latestYear: number;
  committed: boolean;
  sentenceSubject: string | null;
  context: ExtractionContext;
  lead: Lead | null;
  carried: MetricResult | null;
}

/** Where one quantity sits in its sentence and the words around it. */
interface Position {
  q: Quantity;
  unit: string;
  index: number;
  clauseIndex: number;
  clause: Range;
  clauseText: string;
  zh: boolean;
  /** The aside (parenthesis) around `pos` that does not also hold this quantity. */
  aside: (pos: number) => Range | undefined;
  parenOpen: number;
  inParens: boolean;
  parenText: string;
  windowStart: number;
  /** Clause text from the previous number (or the clause start or an open parenthesis) to this one. */
  window: string;
  afterRaw: string;
  nextQ: Quantity | undefined;
  nextOutside: Quantity | undefined;
  previousDraft: Draft | undefined;
  /** Joined to the previous target of its clause by only "and", "、", a comma. */
  coordinated: boolean;
}

/** How a figure is committed to: its direction, qualifier and what the words around it marked. */
interface Stance {
  direction: Direction;
  qualifier: string | null;
  marker: Marker;
  suffix: Suffix;
  range: Direction | null;
}

interface Timing {
  governing: YearPhrase | null;
  year: number | null;
}

/** The targets `sentence` states, in the order of their numbers. */
export function extractFromSentence(
  text: string,
  sentence: Sentence,
  phrases: YearPhrase[],
  quantities: Quantity[],
  context: ExtractionContext,
  lead: Lead | null,
  carried: MetricResult | null,
): Draft[] {
  const facts = readSentence(text, sentence, phrases, quantities, context, lead, carried);
  if (!facts) return [];
  const drafts: Draft[] = [];
  for (let i = 0; i < facts.quantities.length; i++) {
    const position = locate(facts, i, drafts);
    const draft = position && draftFor(facts, position);
    if (draft) drafts.push(draft);
  }
  pairRespectively(drafts, context);
  quoteClausesOfTwins(text, drafts, facts.clauses);
  return EACH_RE.test(facts.body) ? perYear(drafts, context) : drafts;
}

/** One quantity's draft, or null when it is background or nothing commits to it. */
function draftFor(facts: SentenceFacts, p: Position): Draft | null {
  if (isBackground(facts, p)) return null;
  const stance = resolveStance(facts, p);
  if (!stance) return null;
  const timing = resolveTiming(facts, p);
  if (!timing) return null;
  const metric = resolveMetric(facts, p, stance);
  if (!metric) return null;
  return buildDraft(facts, p, stance, timing, metric);
}

function readSentence(
  text: string,
  sentence: Sentence,
  phrases: YearPhrase[],
  quantities: Quantity[],
  context: ExtractionContext,
  lead: Lead | null,
  carried: MetricResult | null,
): SentenceFacts | null {
  const inSentence = sharedUnits(
    text,
    quantities
      .filter((q) => q.kind !== 'year')
      .map((q) => countedBySubject(text, sentence.start, q)),
  );
  if (!inSentence.some((q) => q.unit !== null)) return null;
  const body = text.slice(sentence.start, sentence.end);
  const clauses = splitClauses(text, sentence.start, sentence.end);
  const quantityEnds = new Set(inSentence.map((o) => o.end));
  return {
    text,
    sentence,
    body,
    quantities: inSentence,
    clauses,
    groups: parenGroups(text, sentence.start, sentence.end),
    phrases,
    timeFrames: phrases.filter(
      (p) => !(p.kind === 'in' && [0, 1, 2].some((gap) => quantityEnds.has(p.start - gap))),
    ),
    latestYear: Math.max(
      0,
      ...phrases.filter((p) => p.kind === 'by' || p.kind === 'period').flatMap((p) => p.years),
    ),
    committed: hasFutureSignal(body) || hasNormativeSignal(body) || (lead?.future ?? false),
    sentenceSubject: englishSentenceSubject(text, clauses),
    context,
    lead,
    carried,
  };
}

/** Null for a number without a unit: only quantities with a unit can be targets. */
function locate(facts: SentenceFacts, index: number, drafts: Draft[]): Position | null {
  const { text, sentence, clauses, groups, quantities } = facts;
  const q = quantities[index]!;
  if (q.unit === null) return null;
  const clauseIndex = clauses.findIndex((c) => q.start >= c.start && q.start < c.end);
  const clause = clauses[clauseIndex]!;
  const clauseText = text.slice(clause.start, clause.end);
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
  const later = quantities.slice(index + 1);
  const previousDraft = drafts[drafts.length - 1];
  return {
    q,
    unit: q.unit,
    index,
    clauseIndex,
    clause,
    clauseText,
    zh: hasCjk(clauseText),
    aside,
    parenOpen,
    inParens: parenOpen >= sentence.start,
    parenText: parenOpen >= sentence.start ? text.slice(parenOpen, q.start) : '',
    windowStart,
    window,
    afterRaw: text.slice(q.end, clause.end),
    nextQ: later.find((n) => n.start < clause.end),
    nextOutside: later.find((n) => n.start < clause.end && !aside(n.start)),
    previousDraft,
    coordinated:
      previousDraft !== undefined &&
      previousDraft.clause === clauseIndex &&
      /^\s*(?:,|、|和|及|与|以及|and|or|as well as)?\s*$/i.test(window),
  };
}

/** History ("was", "28.8% in 2020") or an eligibility condition ("for a vehicle priced below …"). */
function isBackground(facts: SentenceFacts, p: Position): boolean {
  const { sentence, lead, clauses, latestYear, context } = facts;
  const fronted = p.clauseIndex < clauses.length - 1;
  const before = facts.quantities[p.index - 1];
  const afterCount =
    before?.kind === 'count' && before.unit !== null && before.end === p.windowStart;
  return (
    isPastClause(
      p.clauseText,
      sentence.listItem && lead?.future === true && lead.phrase !== null,
    ) ||
    isHistoricalValue(p.window, p.afterRaw, latestYear, context) ||
    isCondition(p.clauseText, p.window, p.afterRaw, fronted, afterCount)
  );
}

/** Direction and qualifier from the words before and after the figure, a range, or the figure before. */
function resolveStance(facts: SentenceFacts, p: Position): Stance | null {
  const { text, quantities } = facts;
  const { window, previousDraft, coordinated } = p;
  const marker = findMarker(window);
  const suffix = findSuffix(p.afterRaw);
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
  const range = rangeRole(text, window, p.q, quantities[p.index - 1], p.nextQ);
  if (range && !marker.change && (direction === null || direction === 'reach')) {
    direction = range;
    qualifier = null;
  }
  // "(strive for 16.5%)": a stretch figure in an aside continues the figure before it.
  if (direction === null && previousDraft && p.parenText && hasStrive(p.parenText)) {
    direction = previousDraft.target.direction;
  }
  if (direction === null && coordinated) {
    direction = previousDraft!.target.direction;
    qualifier = previousDraft!.target.qualifier?.replace(/^strive(?:, )?/, '') || null;
  }
  if (direction === null) {
    if (p.inParens) return null; // a number in an aside ("(… toward 1.0 …)") is not a commitment
    direction = 'reach';
  }
  const strive =
    hasStrive(window) ||
    hasStrive(p.parenText) ||
    (coordinated && previousDraft!.target.qualifier?.startsWith('strive') === true);
  if (strive) qualifier = qualifier ? `strive, ${qualifier}` : 'strive';
  return { direction, qualifier, marker, suffix, range };
}

/** Time frame: a phrase in the clause, else in the sentence, else the lead-in; null drops the figure. */
function resolveTiming(facts: SentenceFacts, p: Position): Timing | null {
  const { groups, timeFrames, lead, context, committed } = facts;
  const governing =
    governingPhrase(
      groups.length ? timeFrames.filter((phrase) => !p.aside(phrase.start)) : timeFrames,
      p.clause,
      p.q,
    ) ??
    lead?.phrase ??
    null;
  const year = resolveYear(governing, context, committed);
  if (year === 'past') return null;
  if (!committed && !(governing && year !== null)) return null;
  return { governing, year };
}

/** The year a change is measured from, for increases and decreases only. */
function resolveBaseline(
  facts: SentenceFacts,
  p: Position,
  stance: Stance,
  timing: Timing,
  metric: MetricResult,
): number | null {
  const { direction, suffix } = stance;
  if (direction !== 'decrease' && direction !== 'increase') return null;
  const { governing, year } = timing;
  // A change over a plan period ("during the 14th Five-Year Plan period … fall by 13.5%",
  // "“十四五”期间…下降13.5%") is measured from the plan's first year's base: the previous plan's end.
  const planBaseline = governing?.plan && typeof year === 'number' ? year - 5 : null;
  const baselineYear =
    suffix.baselineYear ??
    findBaseline(facts.phrases, p.zh, p.windowStart, p.clause, p.q, p.nextOutside) ??
    (p.coordinated || p.inParens ? (p.previousDraft?.target.baseline_year ?? null) : null) ??
    planBaseline;
  // "下降14%，力争下降16.5%": the strive figure shares the baseline of the figure it stretches.
  return baselineYear === null && p.previousDraft?.metric.metric === metric.metric
    ? p.previousDraft.target.baseline_year
    : baselineYear;
}

/** What the figure measures, from the words before it, a label, the words after it or the figure before. */
function resolveMetric(facts: SentenceFacts, p: Position, stance: Stance): MetricResult | null {
  const { text, clauses, quantities, body, sentenceSubject, carried } = facts;
  const { window, previousDraft, coordinated, q } = p;
  const { marker, range, direction } = stance;
  // "Energy intensity: down 13.5%": a label before a colon names the metric.
  const bare = p.clauseIndex > 0 && /^\W*$/.test(window.slice(0, marker.start));
  const before = bare
    ? text.slice(clauses[p.clauseIndex - 1]!.start, clauses[p.clauseIndex - 1]!.end)
    : '';
  const label = before ? labelOf(before) : '';
  // "will receive a subsidy graded by the price, up to 15,000 yuan": a bound standing alone in its
  // clause measures what the clause before it names.
  const after = afterWithoutNumbers(text, q, p.clause.end, quantities);
  const appositive =
    bare &&
    !label &&
    !previousDraft &&
    !p.zh &&
    marker.direction !== null &&
    /^\W*$/.test(after) &&
    englishPredicateStart(before) >= 0
      ? objectOf(before)
      : '';
  const metricWindow = label || appositive || window.slice(0, marker.start);
  // "3% to 5% of the maximum power load": the upper bound measures what the lower one does.
  const rangeLower =
    range === 'at most' &&
    direction === 'at most' &&
    previousDraft?.target.value === quantities[p.index - 1]?.value
      ? previousDraft
      : undefined;
  return (
    rangeLower?.metric ??
    deriveMetric({
      pre: coordinated ? '' : metricWindow,
      after,
      unitPhrase:
        q.kind === 'count' && q.raw_unit && /[A-Za-z]/.test(q.raw_unit) ? q.raw_unit : null,
      markerNoun: marker.noun,
      zh: p.zh,
      previous:
        coordinated || /^\W*$/.test(metricWindow)
          ? (previousDraft?.metric ?? carried)
          : (previousDraft?.metric ?? null),
      sentenceSubject: p.zh ? null : sentenceSubject,
      sentence: body,
    })
  );
}

/** "Buyers will receive a subsidy graded by price," → "a subsidy graded by price,": what the verb takes. */
function objectOf(clause: string): string {
  const at = englishPredicateStart(clause);
  return at < 0 ? clause : clause.slice(at).replace(/^\S+\s+(?:be\s+)?\S+\s+/, '');
}

function buildDraft(
  facts: SentenceFacts,
  p: Position,
  stance: Stance,
  timing: Timing,
  metric: MetricResult,
): Draft {
  const { text, sentence, clauses, context, body } = facts;
  const { q } = p;
  const nextStart = p.nextQ ? p.nextQ.start : p.clause.end;
  const binding =
    findBinding(text.slice(q.end, Math.min(nextStart, q.end + 16))) ??
    findBinding(bindingTail(text, q.end, p.clause.end));
  const quoteRange =
    sentence.end - sentence.start > MAX_SENTENCE_QUOTE
      ? trimRange(text, p.clause.start, p.clause.end)
      : sentence;
  return {
    q,
    metric,
    clause: p.clauseIndex,
    inParens: p.inParens,
    phrase: timing.governing,
    target: {
      metric: withCondition(metric.metric, conditionBefore(text, clauses, p.clauseIndex), p.zh),
      value: q.value,
      unit: p.unit,
      value_raw: q.raw_value,
      unit_raw: q.raw_unit ?? '',
      direction: stance.direction,
      qualifier: stance.qualifier,
      baseline_year: resolveBaseline(facts, p, stance, timing, metric),
      target_year: timing.year,
      region: context.region,
      level: context.level,
      sector: findSector(metric.metric, p.clauseText, body),
      binding,
      quote: text.slice(quoteRange.start, quoteRange.end),
      start: quoteRange.start,
      end: quoteRange.end,
    },
  };
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
