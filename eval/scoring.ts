/**
 * Pure scoring functions of the evaluation harness: answer token matching, retrieval metrics,
 * citation checks, target matching against gold, percentiles. No I/O; every function is
 * deterministic so reports can be compared across runs.
 */
import type { Citation } from '../src/domain.ts';
import type { Target } from '../src/targets/schema.ts';
import type { GoldTarget } from './dataset.ts';
import { sameQuantity as sameCanonicalQuantity, toCanonical } from '../src/text/numbers.ts';

// ---------------------------------------------------------------------------------------------
// Answer tokens

const DIGIT = /[0-9]/;

/** NFKC (folds full-width digits/letters), lower case, and `80,000` → `80000`, whitespace kept. */
function foldKeepingSpace(s: string): string {
  return (
    s
      .normalize('NFKC')
      .toLowerCase()
      // A comma between a digit and exactly three digits is a thousands separator; `2,5` and
      // `2020,2025` are left alone.
      .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
  );
}

/**
 * The canonical form both sides of a must-include check are reduced to: NFKC (full-width →
 * half-width), lower case, thousands separators removed inside numbers, all whitespace removed
 * (so "14.5 %" matches "14.5%" and "5 million" matches "5million").
 */
export function normalizeForMatch(s: string): string {
  return foldKeepingSpace(s).replace(/\s+/g, '');
}

/**
 * The answer in match form plus, per character, whether whitespace preceded it in the original.
 * Removing whitespace must not glue numbers together for the boundary check: "by 2025 80%"
 * still contains the token "80%".
 */
function compactWithGaps(s: string): { text: string; gapBefore: boolean[] } {
  let text = '';
  const gapBefore: boolean[] = [];
  let gap = false;
  for (const ch of foldKeepingSpace(s)) {
    if (/\s/.test(ch)) {
      gap = true;
      continue;
    }
    // Surrogate pairs stay as two UTF-16 units so indices line up with `text`.
    for (let i = 0; i < ch.length; i++) gapBefore.push(i === 0 ? gap : false);
    text += ch;
    gap = false;
  }
  return { text, gapBefore };
}

function isDigitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && DIGIT.test(text[i]);
}

/**
 * Whether `token` occurs in `answer`, both reduced by {@link normalizeForMatch}.
 * A token that starts or ends with a digit never matches inside a larger number: the character
 * before it may not be a digit or a decimal point preceded by a digit (`5 million` is not in
 * `2.5 million`, `20%` not in `120%`), and the character after it may not be a digit or a
 * decimal point followed by a digit (`230` is not in `2300`, `10` not in `10.5`). Chinese and
 * other tokens match as substrings. An empty token always matches.
 */
export function includesToken(answer: string, token: string): boolean {
  const needle = normalizeForMatch(token);
  if (needle === '') return true;
  const { text, gapBefore } = compactWithGaps(answer);
  const checkStart = DIGIT.test(needle[0]);
  const checkEnd = DIGIT.test(needle[needle.length - 1]);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (checkStart && !gapBefore[at]) {
      if (isDigitAt(text, at - 1)) continue;
      if (text[at - 1] === '.' && !gapBefore[at - 1] && isDigitAt(text, at - 2)) continue;
    }
    if (checkEnd && end < text.length && !gapBefore[end]) {
      if (isDigitAt(text, end)) continue;
      if (text[end] === '.' && !gapBefore[end + 1] && isDigitAt(text, end + 1)) continue;
    }
    return true;
  }
  return false;
}

/** Tokens of `tokens` that {@link includesToken} does not find in `answer`, in input order. */
export function missingTokens(answer: string, tokens: readonly string[]): string[] {
  return tokens.filter((token) => !includesToken(answer, token));
}

/**
 * The must-include rule: every token of `mustInclude` is in the answer, or every token of any
 * one list of `altMustInclude` is (alternatives let a dataset accept "14.5%" or "十四点五").
 * An empty `mustInclude` passes.
 */
export function mustIncludePass(
  answer: string,
  mustInclude: readonly string[],
  altMustInclude?: readonly (readonly string[])[],
): boolean {
  if (missingTokens(answer, mustInclude).length === 0) return true;
  return (altMustInclude ?? []).some((list) => missingTokens(answer, list).length === 0);
}

// ---------------------------------------------------------------------------------------------
// Retrieval

/** Document ids de-duplicated, each ranked by its first appearance. */
export function rankDocIds(docIds: readonly string[]): string[] {
  return [...new Set(docIds)];
}

/** Whether any expected document is among the first `k` distinct retrieved documents. */
export function hitAtK(
  retrievedDocIds: readonly string[],
  expected: readonly string[],
  k: number,
): boolean {
  const top = rankDocIds(retrievedDocIds).slice(0, k);
  return expected.some((id) => top.includes(id));
}

/** Share (0–1) of the distinct expected documents found among the first `k` distinct retrieved ones; 0 when none are expected. */
export function recallAtK(
  retrievedDocIds: readonly string[],
  expected: readonly string[],
  k: number,
): number {
  const wanted = rankDocIds(expected);
  if (wanted.length === 0) return 0;
  const top = new Set(rankDocIds(retrievedDocIds).slice(0, k));
  return wanted.filter((id) => top.has(id)).length / wanted.length;
}

/** 1 / rank of the first expected document in the full de-duplicated ranking; 0 if none appears. */
export function reciprocalRank(
  retrievedDocIds: readonly string[],
  expected: readonly string[],
): number {
  const rank = rankDocIds(retrievedDocIds).findIndex((id) => expected.includes(id));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

// ---------------------------------------------------------------------------------------------
// Citations

/** Whether a citation's quote is an exact substring of its chunk's stored text. */
export function citationIsValid(
  citation: Pick<Citation, 'chunk_id' | 'quote'>,
  chunkTextById: ReadonlyMap<string, string>,
): boolean {
  const text = chunkTextById.get(citation.chunk_id);
  return text !== undefined && citation.quote.length > 0 && text.includes(citation.quote);
}

/**
 * Share (0–1) of citations whose `quote` is an exact substring of the text of the chunk it
 * names; a chunk missing from the map counts as invalid. `null` when there are no citations.
 */
export function citationValidity(
  citations: readonly Pick<Citation, 'chunk_id' | 'quote'>[],
  chunkTextById: ReadonlyMap<string, string>,
): number | null {
  if (citations.length === 0) return null;
  return citations.filter((c) => citationIsValid(c, chunkTextById)).length / citations.length;
}

/**
 * The lead of an answer: its text up to the first citation marker ("[1]"), or the whole answer
 * when it cites nothing. A reader who stops there should already have the asked figures.
 */
export function answerLead(answer: string): string {
  const at = answer.search(/\[\d{1,3}\]/);
  return at === -1 ? answer : answer.slice(0, at);
}

/**
 * Share (0–1) of the distinct cited documents that are among the expected ones: a look-alike
 * document cited beside the right one lowers it. `null` when nothing is cited.
 */
export function citationPrecision(
  citations: readonly Pick<Citation, 'document_id'>[],
  expected: readonly string[],
): number | null {
  const cited = rankDocIds(citations.map((c) => c.document_id));
  if (cited.length === 0) return null;
  return cited.filter((id) => expected.includes(id)).length / cited.length;
}

/** Share (0–1) of citations pointing at one of the expected documents; `null` when there are no citations. */
export function citedExpectedRate(
  citations: readonly Pick<Citation, 'document_id'>[],
  expected: readonly string[],
): number | null {
  if (citations.length === 0) return null;
  return citations.filter((c) => expected.includes(c.document_id)).length / citations.length;
}

// ---------------------------------------------------------------------------------------------
// Targets

/**
 * A quantity in its canonical unit, by the same conversion the verifier and the extractor use
 * (src/text/numbers.ts): `(7000, "万千瓦")` → `{ value: 70, unit: "GW" }`. A "CO2"/"CO2e" suffix is
 * dropped (the metric says what is measured); a unit it does not know passes through folded, so
 * it still compares equal to itself.
 */
export function canonicalQuantity(value: number, unit: string): { value: number; unit: string } {
  const key = unit
    .normalize('NFKC')
    .replace(/²/g, '2')
    .replace(/\s*(?:of\s+)?co2e?$/i, '')
    .replace(/二氧化碳$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const canonical = toCanonical(value, key);
  return canonical.unit === null
    ? { value: canonical.value, unit: key.toLowerCase() }
    : { value: canonical.value, unit: canonical.unit };
}

/** Same canonical unit and values within the number module's tolerance (0.5% of the larger magnitude). */
export function sameQuantity(
  a: { value: number; unit: string },
  b: { value: number; unit: string },
): boolean {
  return sameCanonicalQuantity(
    canonicalQuantity(a.value, a.unit),
    canonicalQuantity(b.value, b.unit),
  );
}

export interface TargetMatch {
  gold: GoldTarget;
  extracted: Target;
}

export interface PrfCounts {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface TargetScore extends PrfCounts {
  matches: TargetMatch[];
  /** Gold targets no extracted target matched. */
  misses: GoldTarget[];
  /** Extracted targets (of documents with gold lines) that matched no gold target. */
  false_positives: Target[];
  /** The same counts per document id, for every document with gold lines. */
  by_document: Record<string, PrfCounts>;
}

/** Precision/recall/F1 from counts; a ratio with a zero denominator is 0. */
export function prf(tp: number, fp: number, fn: number): PrfCounts {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

function targetsMatch(extracted: Target, gold: GoldTarget): boolean {
  return (
    extracted.document_id === gold.doc_id &&
    (extracted.target_year ?? null) === (gold.target_year ?? null) &&
    sameQuantity(
      { value: extracted.value, unit: extracted.unit },
      { value: gold.value, unit: gold.unit },
    )
  );
}

function relativeDifference(extracted: Target, gold: GoldTarget): number {
  const a = canonicalQuantity(extracted.value, extracted.unit).value;
  const b = canonicalQuantity(gold.value, gold.unit).value;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

/**
 * Scores extracted targets against gold. A match is the same document, the same target year
 * (both null counts as the same), the same canonical unit and a value within 0.5% relative
 * after unit conversion (`7000 万千瓦` = `70 GW`). Matching is one-to-one and greedy: candidate
 * pairs are taken closest value first, so two near-identical gold rows cannot both claim one
 * extracted target. Only documents that have gold lines are scored; extracted targets of other
 * documents are ignored (the gold file does not claim to cover them).
 */
export function scoreTargets(
  extracted: readonly Target[],
  gold: readonly GoldTarget[],
): TargetScore {
  const goldDocs = new Set(gold.map((g) => g.doc_id));
  const scored = extracted.filter((t) => goldDocs.has(t.document_id));

  const pairs: { e: number; g: number; diff: number }[] = [];
  scored.forEach((t, e) => {
    gold.forEach((g, gi) => {
      if (targetsMatch(t, g)) pairs.push({ e, g: gi, diff: relativeDifference(t, g) });
    });
  });
  // Stable sort keeps input order among equally close pairs, so results are reproducible.
  pairs.sort((a, b) => a.diff - b.diff);

  const usedExtracted = new Set<number>();
  const usedGold = new Set<number>();
  const matchedPairs: { e: number; g: number }[] = [];
  for (const pair of pairs) {
    if (usedExtracted.has(pair.e) || usedGold.has(pair.g)) continue;
    usedExtracted.add(pair.e);
    usedGold.add(pair.g);
    matchedPairs.push(pair);
  }
  matchedPairs.sort((a, b) => a.g - b.g);

  const matches = matchedPairs.map(({ e, g }) => ({ gold: gold[g], extracted: scored[e] }));
  const misses = gold.filter((_, gi) => !usedGold.has(gi));
  const falsePositives = scored.filter((_, e) => !usedExtracted.has(e));

  const byDocument: Record<string, PrfCounts> = {};
  for (const doc of goldDocs) {
    const tp = matches.filter((m) => m.gold.doc_id === doc).length;
    const fp = falsePositives.filter((t) => t.document_id === doc).length;
    const fn = misses.filter((g) => g.doc_id === doc).length;
    byDocument[doc] = prf(tp, fp, fn);
  }

  return {
    ...prf(matches.length, falsePositives.length, misses.length),
    matches,
    misses,
    false_positives: falsePositives,
    by_document: byDocument,
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics

export { percentile } from './percentile.ts';

/** Arithmetic mean; `null` for an empty input (a metric with nothing to measure is not 0). */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
