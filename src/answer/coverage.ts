import type { RetrievedPassage } from '../domain.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import { findAllTermGroups, matchTerms, saidInOtherOrder } from '../retrieval/thesaurus.ts';
import { contradicts, contrastSides } from '../retrieval/contrasts.ts';
import { lexicalTokens } from '../text/tokens.ts';
import { findRegions } from '../text/regions.ts';
import { detectLanguage, isCjkOnly } from '../text/cjk.ts';
import { escapeRegExp } from '../text/regexp.ts';
import type { AnswerWeights } from '../weights.ts';
import { LIGHT_GROUPS, type Concepts } from './question-concepts.ts';
import { candidateSpans } from './sentence-candidates.ts';

/**
 * A candidate sentence and the question's concepts it covers (keys: g:<group>, r:<region>,
 * t:<token>, x:<translation>), in the sentence itself or (weaker, `context`) only in its
 * document's title and heading.
 */
export interface Candidate {
  passage: RetrievedPassage;
  rank: number;
  start: number;
  end: number;
  text: string;
  covers: Set<string>;
  context: Set<string>;
  years: string[];
  targetYears: string[];
  /** The sentence says what the question asks about (see `onTopic`). */
  topics: boolean;
}

/** Every sentence of the passages as a candidate, with what it covers and whether it is on topic. */
export function coverCandidates(
  passages: RetrievedPassage[],
  concepts: Concepts,
  analysis: QueryAnalysis,
  weighting: AnswerWeights,
): Candidate[] {
  const candidates: Candidate[] = [];
  passages.forEach((passage, rank) => {
    const frame = `${passage.title}\n${passage.heading ?? ''}`;
    const frameGroups = new Set(matchTerms(frame).map((m) => m.group.id));
    const frameTokens = new Set(lexicalTokens(frame));
    // The sentence before, in the same paragraph: "每件补贴最高1500元。" is about the appliances it follows.
    let previous = '';
    for (const span of candidateSpans(passage.text)) {
      const text = span.text;
      const before = previous;
      previous = text;
      if (text.replace(/\s/g, '').length < 8) continue;
      const covered = coverOf(text, before, span.inheritedYears, passage, concepts, analysis, {
        groups: frameGroups,
        tokens: frameTokens,
      });
      candidates.push({
        passage,
        rank,
        start: span.start,
        end: span.end,
        text,
        covers: covered.covers,
        context: covered.context,
        years: span.inheritedYears,
        targetYears: span.targetYears,
        topics: onTopic(text, covered, concepts, analysis, weighting),
      });
    }
  });
  return candidates;
}

interface Covered {
  covers: Set<string>;
  context: Set<string>;
  /** Groups said only in part: overlapping, in other word order, or in the sentence before. */
  inParts: Set<string>;
}

/** The question's concepts a sentence covers, in itself, in its frame, or in part. */
function coverOf(
  text: string,
  before: string,
  inheritedYears: string[],
  passage: RetrievedPassage,
  concepts: Concepts,
  analysis: QueryAnalysis,
  frame: { groups: Set<string>; tokens: Set<string> },
): Covered {
  const tokens = new Set(lexicalTokens(text));
  const groups = new Set(matchTerms(text).map((m) => m.group.id));
  // On topic without scoring: every group a wording belongs to ("new energy vehicles" also says
  // "new energy"), a group said in other order ("share of coal in energy consumption" for
  // 煤炭消费), or, for a sentence that names no topic of its own, a group of the sentence before.
  const elliptical = ![...groups].some((g) => !LIGHT_GROUPS.has(g));
  const around = new Set(
    findAllTermGroups(elliptical ? `${before}\n${text}` : text).map((g) => g.id),
  );
  const covers = new Set<string>();
  const context = new Set<string>();
  const inParts = new Set<string>();
  for (const g of concepts.groups) {
    if (groups.has(g.id)) covers.add('g:' + g.id);
    else if (frame.groups.has(g.id)) context.add('g:' + g.id);
    else if (around.has(g.id) || saidInOtherOrder(g.id, text)) inParts.add('g:' + g.id);
  }
  for (const t of concepts.tokens.keys()) {
    if (tokens.has(t) || inheritedYears.includes(t)) covers.add('t:' + t);
    else if (frame.tokens.has(t)) context.add('t:' + t);
  }
  // Dictionary translations of the question's words cover a sentence in the other language.
  if (crossLingualText(text, analysis.language)) {
    const lower = text.toLowerCase();
    analysis.translationGroups.forEach((alternatives, i) => {
      if (alternatives.some((term) => containsTerm(lower, term))) covers.add(`x:${i}`);
    });
  }
  if (concepts.regions.length > 0) {
    const named = findRegions(text);
    for (const r of concepts.regions)
      if (concepts.regions.includes(passage.region) || named.includes(r)) covers.add('r:' + r);
  }
  return { covers, context, inParts };
}

/**
 * Whether a sentence, or its heading and title, is about what the question asks about. A
 * question naming thesaurus topics is judged on those (`Concepts.named`): a shared word ("建成",
 * "build") does not make a sentence about charging points answer one about refuelling stations.
 * Failing those, several of its own words together still show the topic (a paraphrase). A
 * sentence in the other language cannot hold the question's own words: its topics are the
 * thesaurus groups, or failing those a dictionary translation it contains. A sentence about a
 * sibling of the asked topic (coal for non-fossil energy) answers another question.
 */
function onTopic(
  text: string,
  { covers, context, inParts }: Covered,
  concepts: Concepts,
  analysis: QueryAnalysis,
  weighting: AnswerWeights,
): boolean {
  if (contradicts(concepts.sides, contrastSides(text))) return false;
  const otherLanguage = crossLingualText(text, analysis.language);
  const judged = otherLanguage || concepts.named.length > 0 ? concepts.named : concepts.topical;
  const words = otherLanguage
    ? 0
    : concepts.topical.filter((key) => key.startsWith('t:') && covers.has(key)).length;
  return (
    judged.length === 0 ||
    judged.some((key) => covers.has(key) || context.has(key) || inParts.has(key)) ||
    words >= weighting.topicWords ||
    // A dictionary translation stands in for the question's own words, never for its topics.
    (otherLanguage &&
      concepts.named.length === 0 &&
      [...covers].some((key) => key.startsWith('x:')))
  );
}

/** Whether a sentence is in the other language than the question. */
export function crossLingualText(text: string, language: 'en' | 'zh'): boolean {
  return detectLanguage(text) !== language;
}

/** Whether lower-cased text holds a term: Chinese as a substring, English on word boundaries. */
function containsTerm(lower: string, term: string): boolean {
  if (isCjkOnly(term)) return lower.includes(term);
  return new RegExp(`(?<![a-z])${escapeRegExp(term.toLowerCase())}`).test(lower);
}
