/**
 * What a figure commits to, for the rule extractor's sentence step (rules-sentence.ts): its
 * direction and qualifier, the time frame that dates it, the baseline of a change, and the metric
 * it measures, each from the words around it in its sentence.
 */
import {
  englishPredicateStart,
  findMarker,
  findSuffix,
  hasStrive,
  type Direction,
} from './rules-lexicon.ts';
import { deriveMetric, type MetricResult } from './rules-metric.ts';
import { afterWithoutNumbers, labelOf, rangeRole } from './rules-quantity.ts';
import { findBaseline, governingPhrase, resolveYear } from './rules-time.ts';
import type { Position, SentenceFacts, Stance, Timing } from './rules-sentence-facts.ts';

/** Direction and qualifier from the words before and after the figure, a range, or the figure before. */
export function resolveStance(facts: SentenceFacts, p: Position): Stance | null {
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
export function resolveTiming(facts: SentenceFacts, p: Position): Timing | null {
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
export function resolveBaseline(
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
export function resolveMetric(
  facts: SentenceFacts,
  p: Position,
  stance: Stance,
): MetricResult | null {
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
