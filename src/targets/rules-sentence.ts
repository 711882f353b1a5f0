/**
 * The targets one sentence states, for the rule extractor (rules.ts), as a short list of steps:
 * read what the whole sentence says, then for each quantity with a unit locate it in its clause,
 * drop it when it is background (history, a condition), settle its direction, time frame,
 * baseline and metric, and keep the draft; finally pair "respectively" lists with their years.
 */
import type { Quantity } from '../text/numbers.ts';
import { findBinding, findSector, type YearPhrase } from './rules-lexicon.ts';
import { trimRange, type Range } from './rules-clauses.ts';
import { conditionBefore, withCondition } from './rules-conditions.ts';
import type { MetricResult } from './rules-metric.ts';
import { bindingTail } from './rules-quantity.ts';
import type { Sentence } from './rules-segments.ts';
import { pairRespectively } from './rules-time.ts';
import type { ExtractionContext } from './schema.ts';
import {
  isBackground,
  locate,
  readSentence,
  type Draft,
  type Lead,
  type Position,
  type SentenceFacts,
  type Stance,
  type Timing,
} from './rules-sentence-facts.ts';
import { resolveBaseline, resolveMetric, resolveStance, resolveTiming } from './rules-figure.ts';

/** A sentence longer than this is quoted by its clause, so a citation stays readable. */
const MAX_SENTENCE_QUOTE = 400;

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

/** The draft of a figure whose stance, timing and metric are settled, quoted by its sentence or clause. */
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
