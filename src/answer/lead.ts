import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import { matchTerms } from '../retrieval/thesaurus.ts';
import { lexicalTokens } from '../text/tokens.ts';
import { isCjkOnly } from '../text/cjk.ts';
import { QUESTION_WORDS } from '../text/stopwords.ts';
import type { AnswerWeights } from '../weights.ts';
import type { AnswerSentence } from './sentence-candidates.ts';
import { LIGHT_GROUPS } from './question-concepts.ts';
import { statesQuantity } from './answer-type.ts';

/**
 * The lead states the asked figure first: a long sentence (a list of targets under one "到2025年")
 * is cut to the clause that names most of the question's topics and states a quantity, the
 * clause quoted exactly as written.
 */
export function focusLead(
  best: AnswerSentence,
  analysis: QueryAnalysis,
  weights: AnswerWeights,
): AnswerSentence {
  if (best.text.length <= weights.leadClauseOver) return best;
  const wantedGroups = new Set(
    matchTerms(analysis.text)
      .filter((m) => !LIGHT_GROUPS.has(m.group.id))
      .map((m) => m.group.id),
  );
  const wantedTokens = new Set(
    lexicalTokens(analysis.text).filter(
      (t) => !QUESTION_WORDS.has(t) && !(t.length === 1 && isCjkOnly(t)),
    ),
  );
  let focus: { start: number; end: number; score: number } | null = null;
  let runnerUp = 0;
  for (const clause of clauses(best.text)) {
    const text = best.text.slice(clause.start, clause.end);
    if (!statesQuantity(text)) continue;
    const groups = new Set(matchTerms(text).map((m) => m.group.id));
    const tokens = new Set(lexicalTokens(text));
    let score = 0;
    for (const g of wantedGroups) if (groups.has(g)) score += 2;
    for (const t of wantedTokens) if (tokens.has(t)) score += /^\d/.test(t) ? 2 : 0.5;
    if (!focus || score > focus.score) {
      runnerUp = focus?.score ?? 0;
      focus = { ...clause, score };
    } else runnerUp = Math.max(runnerUp, score);
  }
  // Only a clause that answers better than every other one is the lead; otherwise the whole sentence.
  if (!focus || focus.score === 0 || focus.score <= runnerUp || focus.end - focus.start < 8)
    return best;
  // A sentence that opens with its time frame ("By 2030,", "到2030年，") keeps it when that stays short.
  const opening = clauses(best.text)[0];
  const framed =
    opening &&
    opening.start < focus.start &&
    !statesQuantity(best.text.slice(opening.start, opening.end)) &&
    focus.end - opening.start <= weights.leadClauseOver;
  const from = framed ? opening.start : focus.start;
  return {
    ...best,
    start: best.start + from,
    end: best.start + focus.end,
    text: best.text.slice(from, focus.end),
  };
}

/** Clauses of a sentence, split after "；", ";" and "，", trimmed, with offsets. */
function clauses(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /[\s，,；;：:、]/.test(sentence[s])) s++;
    while (e > s && /[\s，,；;、]/.test(sentence[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < sentence.length; i++) {
    // English commas join one thought ("…, and buy a new car shall receive…"): only "；", ";" and "，" divide.
    if (/[；;，]/.test(sentence[i])) push(i + 1);
  }
  push(sentence.length);
  return out;
}
