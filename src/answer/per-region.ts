import type { Retriever, RetrievedPassage } from '../retrieval/retriever.ts';
import type { AnswerWeights } from '../weights.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import type { SearchFilters } from '../domain.ts';
import { regionByName } from '../text/regions.ts';
import { findQuantities } from '../text/numbers.ts';
import { DEFAULT_WEIGHTS } from '../weights.ts';
import { answerExtractively, type AnswerSentence } from './extractive.ts';

/**
 * A question that names two or more regions ("Do Hebei and Anhui offer the same subsidy…",
 * "浙江和四川…分别是多少") is answered region by region: each region's passages are retrieved
 * with that region as a filter and its best sentence is quoted, so one region's document
 * cannot crowd out the other's. Returns the sentences (at least two regions answered) or null.
 */
export async function answerPerRegion(
  retriever: Retriever,
  analysis: QueryAnalysis,
  filters: SearchFilters | undefined,
  options: { k: number; weights?: AnswerWeights },
): Promise<{ sentences: AnswerSentence[]; passages: RetrievedPassage[] } | null> {
  if (analysis.regions.length < 2 || filters?.regions?.length) return null;
  const sentences: AnswerSentence[] = [];
  const passages: RetrievedPassage[] = [];
  const weights = options.weights ?? DEFAULT_WEIGHTS.answer;
  const unanswered: { own: QueryAnalysis; passages: RetrievedPassage[] }[] = [];
  for (const region of analysis.regions.slice(0, 6)) {
    let text = analysis.text;
    for (const other of analysis.regions.filter((r) => r !== region)) {
      const entry = regionByName(other);
      for (const alias of entry
        ? [entry.zh, entry.name, ...entry.aliases].sort((a, b) => b.length - a.length)
        : [other]) {
        text = text.split(alias).join(' ');
      }
    }
    const own: QueryAnalysis = {
      ...analysis,
      text,
      regions: [region],
      comparison: false,
      scope: 'regions',
    };
    const result = await retriever.retrieve(text, {
      k: options.k,
      filters: { ...filters, regions: [region] },
      analysis: own,
    });
    const answer = answerExtractively(result.passages, own, { weights, maxSentences: 1 });
    if (answer.answerable) sentences.push(...answer.sentences);
    else unanswered.push({ own, passages: result.passages });
    passages.push(...result.passages);
  }
  // Once one region is answered, another's sentence need score less, when it states a figure in
  // the same unit: the comparison has shown what is asked ("16% and 20.5%" for Liaoning's "12.5%").
  const units = new Set(sentences.flatMap((s) => findQuantities(s.text).map((q) => q.unit)));
  units.delete(null);
  if (sentences.length > 0 && units.size > 0)
    for (const { own, passages: theirs } of unanswered) {
      const relaxed = { ...weights, minScore: weights.comparisonMinScore };
      const answer = answerExtractively(theirs, own, { weights: relaxed, maxSentences: 1 });
      const [lead] = answer.sentences;
      if (lead && findQuantities(lead.text).some((q) => units.has(q.unit))) sentences.push(lead);
    }
  return new Set(sentences.map((s) => s.passage.region)).size >= 2 ? { sentences, passages } : null;
}
