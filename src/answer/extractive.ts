import type { RetrievedPassage } from '../domain.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import { findRegions } from '../text/regions.ts';
import { startsWithCjk } from '../text/cjk.ts';
import { planPeriodEnds } from '../text/plan-periods.ts';
import { askedYears, statedYears } from '../text/years.ts';
import { findQuantities, sameQuantity, type Quantity } from '../text/numbers.ts';
import { DEFAULT_WEIGHTS, type AnswerWeights } from '../weights.ts';
import { ASKS_FIGURE, answerType, statesFigure, statesNumber } from './answer-type.ts';
import { questionConcepts, type Concepts } from './question-concepts.ts';
import { coverCandidates, crossLingualText, type Candidate } from './coverage.ts';
import { focusLead } from './lead.ts';
import type { AnswerSentence } from './sentence-candidates.ts';

/**
 * The offline answerer: picks the sentences of the retrieved passages that best answer the
 * question and quotes them with [n] markers. It never writes a claim of its own, so every
 * number in its answer is a number of the passage it cites.
 */
export type { AnswerSentence } from './sentence-candidates.ts';

export interface ExtractiveAnswer {
  answerable: boolean;
  sentences: AnswerSentence[];
  /** Best sentence score, for diagnostics and thresholds. */
  confidence: number;
}

export interface ExtractiveOptions {
  weights?: AnswerWeights;
  maxSentences?: number;
  /**
   * Whether a passage is inside the question's scope (a document it names, the regions it
   * names, national documents by default); null when the question sets no scope.
   */
  inScope?: (passage: RetrievedPassage) => boolean | null;
  /** The documents the question names: when any of their sentences answers, only theirs do. */
  named?: (passage: RetrievedPassage) => boolean;
}

const TARGET_CUE =
  /\b(by|in|before)\s+20\d\d\b|\b(reach|exceed|increase|reduce|decrease|cut|lower|at least|no less than|no more than|capped|cap|maximum|more than|over|account for|strive|target)\b|到20\d\d年|达到|超过|下降|降低|提高|不低于|不超过|以上|左右|力争|控制在|上限|最高/i;

/**
 * Every sentence of the passages scored as an answer, best first: the share of the question's
 * concepts it covers (rarer ones weigh more), then bonuses and penalties for stating a figure,
 * the asked year, the question's scope and the passage's rank.
 */
export function scoreSentences(
  passages: RetrievedPassage[],
  analysis: QueryAnalysis,
  options: ExtractiveOptions = {},
): AnswerSentence[] {
  const weighting = options.weights ?? DEFAULT_WEIGHTS.answer;
  const concepts = questionConcepts(analysis, weighting);
  const candidates = coverCandidates(passages, concepts, analysis, weighting);
  const weights = conceptWeights(concepts, candidates, analysis, weighting);
  const scored = candidates.map((c) => ({
    passage: c.passage,
    start: c.start,
    end: c.end,
    text: c.text,
    score: scoreCandidate(c, weights, analysis, weighting, options, passages.length),
    topics: c.topics,
    years: sentenceYears(c),
  }));
  return scored.sort((a, b) => b.score - a.score);
}

interface ConceptWeights {
  byKey: Map<string, number>;
  /** Sum over the question's concepts, translations left out. */
  total: number;
  /** The same for a sentence in the other language: the question's own-script words left out. */
  crossTotal: number;
}

/**
 * Concepts every candidate covers (the document's own title words, the year) tell the sentences
 * apart less than rare ones: each concept's weight is scaled by its inverse frequency among the
 * candidates.
 */
function conceptWeights(
  concepts: Concepts,
  candidates: Candidate[],
  analysis: QueryAnalysis,
  weighting: AnswerWeights,
): ConceptWeights {
  const byKey = new Map<string, number>();
  for (const g of concepts.groups) byKey.set('g:' + g.id, g.weight);
  for (const r of concepts.regions) byKey.set('r:' + r, weighting.region);
  for (const [t, w] of concepts.tokens) byKey.set('t:' + t, w);
  analysis.translationGroups.forEach((_, i) => byKey.set(`x:${i}`, weighting.translation));
  const n = candidates.length;
  let total = 0;
  for (const [key, w] of byKey) {
    const df = candidates.filter((c) => c.covers.has(key)).length;
    const idf = Math.max(0.25, Math.log((n + 1) / (df + 0.5)) / Math.log(n + 1 || 2));
    byKey.set(key, w * idf);
    // Translations are noisy: a bonus for sentences in the other language, never a requirement.
    if (!key.startsWith('x:')) total += w * idf;
  }
  total = total || 1;
  // A sentence in the other language cannot contain the question's own words (Chinese bigrams
  // for an English passage, English words for a Chinese one): it is judged on what crosses
  // languages, the thesaurus concepts, regions and numbers, instead of failing those words.
  const crossTotal =
    Array.from(byKey).reduce(
      (sum, [key, w]) =>
        sum + (isScriptToken(key, analysis.language) || key.startsWith('x:') ? 0 : w),
      0,
    ) || total;
  return { byKey, total, crossTotal };
}

/** A candidate's score: what it covers, then the figure, year, heading, rank and scope adjustments. */
function scoreCandidate(
  c: Candidate,
  weights: ConceptWeights,
  analysis: QueryAnalysis,
  weighting: AnswerWeights,
  options: ExtractiveOptions,
  passageCount: number,
): number {
  let covered = 0;
  for (const key of c.covers) covered += weights.byKey.get(key) ?? 0;
  for (const key of c.context) covered += weighting.frame * (weights.byKey.get(key) ?? 0);
  let score = crossLingualText(c.text, analysis.language)
    ? (covered / weights.crossTotal) * weighting.crossLingualDiscount
    : covered / weights.total;
  const hasQuantity = statesFigure(c.text);
  if (analysis.quantitative)
    score = hasQuantity ? score + weighting.quantityBonus : score * weighting.noQuantityFactor;
  if (TARGET_CUE.test(c.text)) score += weighting.targetCue;
  for (const year of analysis.years)
    if (c.text.includes(String(year)) || c.years.includes(String(year)))
      score += weighting.yearMatch;
  // A target for another year than the one asked ("到2030年…" for a 2025 question) answers another question.
  if (
    analysis.years.length > 0 &&
    c.targetYears.length > 0 &&
    !c.targetYears.some((y) => analysis.years.includes(Number(y)))
  )
    score -= weighting.otherYear;
  // Headings and titles restate the question's words without answering it.
  if (!/[，,。.;；:：|]/.test(c.text) && c.text.length < 60 && !hasQuantity)
    score *= weighting.headingFactor;
  score += weighting.rank * (1 - c.rank / Math.max(1, passageCount));
  const scoped = options.inScope?.(c.passage) ?? null;
  if (scoped !== null) score += scoped ? weighting.inScope : -weighting.outOfScope;
  return score;
}

// A stated figure as a bound to compare with, not a value to find ("above 20%", "不低于20%").
const COMPARES_FIGURE =
  /\b(?:above|over|more than|less than|below|under|at least|at most|exceed(?:s|ing)?|higher than|lower than)\b|超过|高于|低于|不低于|不高于|以上|以下|不少于|不超过/i;

/** Years a sentence is about: its own (plan periods as their end year), else its paragraph's. */
function sentenceYears(c: Candidate): string[] {
  const own = [...statedYears(c.text).map(String), ...planPeriodEnds(c.text)];
  return own.length > 0 ? own : c.years;
}

/** A question token written in the question's own script: a Chinese one for Chinese, a Latin word for English (numbers cross). */
function isScriptToken(key: string, language: 'en' | 'zh'): boolean {
  if (!key.startsWith('t:')) return false;
  const token = key.slice(2);
  return language === 'zh' ? startsWithCjk(token) : /^[a-z]/i.test(token);
}

export function answerExtractively(
  passages: RetrievedPassage[],
  analysis: QueryAnalysis,
  options: ExtractiveOptions = {},
): ExtractiveAnswer {
  const weights = options.weights ?? DEFAULT_WEIGHTS.answer;
  const maxSentences = options.maxSentences ?? (analysis.comparison ? 4 : 3);
  const wanted = answerType(analysis.text);
  // Sentences that cannot hold the kind of figure asked for (an amount of money, a share, a
  // rate per square metre) are not answers, however well they match the question's words; nor
  // is a sentence that never names the asked topic ("广东光伏目标" answered with green finance).
  // A sentence about another year (a 2025 target, a 2022 statistic) does not answer a question about 2030.
  // A question about a plan period ("“十四五”…目标") asks about the period's last year.
  const asked = askedYears(analysis.text).map(String);
  const years = asked.length > 0 ? asked : planPeriodEnds(analysis.text);
  let scored = scoreSentences(passages, analysis, options).filter(
    (s) =>
      s.topics !== false &&
      wanted.every((w) => w.test(s.text)) &&
      ofAskedRegion(s, analysis) &&
      (years.length === 0 || !s.years?.length || s.years.some((y) => years.includes(y))),
  );
  // A line that introduces a list ("By 2025, Fujian Province will:") is not an answer; for a
  // question after a figure, neither is a sentence without one when another states one.
  scored = scored.filter((s) => !/[:：]\s*$/.test(s.text) || statesFigure(s.text));
  if (analysis.quantitative && scored.some((s) => statesFigure(s.text)))
    scored = scored.filter((s) => statesFigure(s.text));
  // "《…指导意见》提出…": a question naming a document is answered from it, not from a look-alike.
  const named = options.named;
  if (named && scored.some((s) => named(s.passage)))
    scored = scored.filter((s) => named(s.passage));
  // "Which region plans 30.1亿元…": a figure the question states must be in the answer sentence;
  // when none states it, no region said so ("above 20%" compares instead, and keeps the others).
  const figures = findQuantities(analysis.text).filter((q) => q.kind !== 'year');
  if (figures.length > 0 && analysis.scope === 'any') {
    const stating = scored.filter((s) => statesAny(s.text, figures));
    if (stating.length > 0 || !COMPARES_FIGURE.test(analysis.text)) scored = stating;
  }
  const best = leadInQuestionLanguage(scored, analysis, weights);
  // "How many GW…", "多少": a sentence without a figure does not answer it.
  const unanswered = best && ASKS_FIGURE.test(analysis.text) && !statesNumber(best.text);
  if (
    !best ||
    unanswered ||
    best.score < weights.minScore ||
    !coversAskedScope(best, passages, analysis)
  ) {
    return { answerable: false, sentences: [], confidence: best?.score ?? 0 };
  }
  const lead = focusLead(best, analysis, weights);
  const chosen: AnswerSentence[] = [lead];
  // A question about one document or region is supported from the lead's document only; a
  // question across regions may quote several.
  const across = analysis.comparison || analysis.scope === 'any';
  for (const candidate of scored.slice(1)) {
    if (chosen.length >= maxSentences) break;
    if (candidate.score < best.score * weights.supportRatio) break;
    if (!across && candidate.passage.document_id !== best.passage.document_id) continue;
    const sameText = chosen.some(
      (c) =>
        overlaps(c, candidate) ||
        c.text === candidate.text ||
        c.text.includes(candidate.text) ||
        candidate.text.includes(c.text),
    );
    if (!sameText) chosen.push(candidate);
  }
  return { answerable: true, sentences: chosen, confidence: best.score };
}

/**
 * The same fact stated in both languages is quoted in the question's: when the best sentence is in
 * the other language and a close one (within `ownLanguageRatio`) of the same region, in the question's
 * language, states one of its figures, that one leads. Reorders `scored` in place.
 */
function leadInQuestionLanguage(
  scored: AnswerSentence[],
  analysis: QueryAnalysis,
  weights: AnswerWeights,
): AnswerSentence | undefined {
  const best = scored[0];
  if (!best || !crossLingualText(best.text, analysis.language)) return best;
  const figures = findQuantities(best.text).filter((q) => q.kind !== 'year');
  if (figures.length === 0) return best;
  const own = scored.find(
    (s) =>
      s.score >= best.score * weights.ownLanguageRatio &&
      s.passage.region === best.passage.region &&
      !crossLingualText(s.text, analysis.language) &&
      statesAny(s.text, figures),
  );
  if (!own) return best;
  scored.splice(scored.indexOf(own), 1);
  scored.unshift(own);
  return own;
}

/**
 * A question about one named region is answered from that region's documents, or a sentence that
 * names it: "Beijing's 2025 target" is never Anhui's, however alike their plans read.
 */
function ofAskedRegion(sentence: AnswerSentence, analysis: QueryAnalysis): boolean {
  if (analysis.regions.length !== 1 || analysis.comparison) return true;
  const [region] = analysis.regions;
  return sentence.passage.region === region || findRegions(sentence.text).includes(region);
}

function statesAny(text: string, figures: Quantity[]): boolean {
  const stated = findQuantities(text);
  return figures.some((f) => stated.some((q) => sameQuantity(f, q, 1e-9)));
}

function overlaps(a: AnswerSentence, b: AnswerSentence): boolean {
  return a.passage.chunk_id === b.passage.chunk_id && a.start < b.end && b.start < a.end;
}

/**
 * A question about a named region or year is not answered by a passage about another one:
 * "Yunnan's 2025 hydrogen target" must not be answered with Guangdong's.
 */
function coversAskedScope(
  best: AnswerSentence,
  passages: RetrievedPassage[],
  analysis: QueryAnalysis,
): boolean {
  if (analysis.regions.length > 0 && !analysis.comparison) {
    const regionCovered = passages.some(
      (p) =>
        analysis.regions.includes(p.region) ||
        findRegions(p.text).some((r) => analysis.regions.includes(r)),
    );
    if (!regionCovered) return false;
  }
  if (analysis.years.length > 0) {
    const yearCovered = passages.some((p) =>
      analysis.years.some(
        (y) => p.text.includes(String(y)) || planPeriodEnds(p.text).includes(String(y)),
      ),
    );
    if (!yearCovered) return false;
  }
  return best.score > 0;
}
