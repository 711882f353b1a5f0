/**
 * What one sentence says, for the rule extractor's sentence step (rules-sentence.ts): the facts
 * the whole sentence shares (its quantities, clauses, time phrases, whether it commits to
 * anything), where each quantity sits in it, and whether a quantity is only background.
 */
import { hasCjk } from '../text/cjk.ts';
import type { Quantity } from '../text/numbers.ts';
import {
  hasFutureSignal,
  hasNormativeSignal,
  isPastClause,
  type Direction,
  type Marker,
  type Suffix,
  type YearPhrase,
} from './rules-lexicon.ts';
import { openParen, parenGroups, splitClauses, stripMarkup, type Range } from './rules-clauses.ts';
import { isCondition } from './rules-conditions.ts';
import type { MetricResult } from './rules-metric.ts';
import { countedBySubject, englishSentenceSubject, sharedUnits } from './rules-quantity.ts';
import type { Sentence } from './rules-segments.ts';
import { isHistoricalValue } from './rules-time.ts';
import type { ExtractedTarget, ExtractionContext } from './schema.ts';

/** A lead-in, opening time frame or dated heading that governs the sentences after it. */
export interface Lead {
  paragraph: number;
  phrase: YearPhrase | null;
  future: boolean;
}

/** A target drafted from one figure, with what the figures after it in the sentence need from it. */
export interface Draft {
  q: Quantity;
  target: ExtractedTarget;
  metric: MetricResult;
  clause: number;
  inParens: boolean;
  phrase: YearPhrase | null;
}

/** What one sentence says as a whole, shared by every quantity in it. */
export interface SentenceFacts {
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
export interface Position {
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
export interface Stance {
  direction: Direction;
  qualifier: string | null;
  marker: Marker;
  suffix: Suffix;
  range: Direction | null;
}

export interface Timing {
  governing: YearPhrase | null;
  year: number | null;
}

/** What the whole sentence says, or null when none of its quantities has a unit. */
export function readSentence(
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
export function locate(facts: SentenceFacts, index: number, drafts: Draft[]): Position | null {
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
export function isBackground(facts: SentenceFacts, p: Position): boolean {
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
