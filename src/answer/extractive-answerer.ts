import type { RetrievedPassage } from '../domain.ts';
import type { Retriever } from '../retrieval/retriever.ts';
import type { AnswerWeights } from '../weights.ts';
import type { Answerer, AnswerInput, Draft } from './answerer.ts';
import { answerExtractively, type ExtractiveAnswer } from './extractive.ts';
import { answerPerRegion } from './per-region.ts';
import { composeExtractive, supportText } from './compose.ts';

export interface ExtractiveAnswererOptions {
  retriever: Retriever;
  weights: AnswerWeights;
  /** Passages per region when a question names several (per-region answers). */
  k: number;
}

/**
 * The offline answerer behind the Answerer port: quotes the best-supported sentences of the
 * passages (region by region when the question names several), each with its [n] marker.
 */
export function createExtractiveAnswerer(options: ExtractiveAnswererOptions): Answerer {
  return {
    async answer(input) {
      // A corpus of Chinese policy holds no answer about another country, however alike the words.
      if (input.analysis.foreign)
        return draftFrom({ answerable: false, sentences: [], confidence: 0 }, input, [], false);
      const inScope = scopeTest(input);
      const anchors = input.anchors;
      let result: ExtractiveAnswer = answerExtractively(input.passages, input.analysis, {
        weights: options.weights,
        inScope,
        named: anchors.length > 0 ? (p) => anchors.includes(p.document_id) : undefined,
      });
      const passages: RetrievedPassage[] = [];
      let joined = false;
      if (input.analysis.regions.length >= 2) {
        const perRegion = await answerPerRegion(options.retriever, input.analysis, input.filters, {
          k: Math.min(options.k, 4),
          weights: options.weights,
        });
        if (perRegion) {
          result = {
            answerable: true,
            sentences: perRegion.sentences,
            confidence: result.confidence,
          };
          passages.push(...perRegion.passages);
          joined = true;
        }
      }
      return draftFrom(result, input, passages, joined);
    },
  };
}

function draftFrom(
  result: ExtractiveAnswer,
  input: AnswerInput,
  passages: RetrievedPassage[],
  joined: boolean,
): Draft {
  if (!result.answerable)
    return {
      mode: 'extractive',
      answer: '',
      answerable: false,
      support: new Map(),
      cite: () => [],
      passages,
    };
  const composed = composeExtractive(result.sentences, input.analysis.language, { joined });
  const support = new Map(
    result.sentences.map((s, i) => [i + 1, supportText({ ...s.passage, text: s.text })] as const),
  );
  return {
    mode: 'extractive',
    answer: composed.answer,
    answerable: true,
    support,
    cite: () => composed.citations,
    passages,
  };
}

/**
 * Whether a passage is inside the question's scope: the documents it names; else the regions it
 * names; else national documents when the scope is national. Null (no preference) when no
 * passage is in scope, so a question only provinces answer is still answered.
 */
function scopeTest(
  input: AnswerInput,
): ((passage: RetrievedPassage) => boolean | null) | undefined {
  const { analysis, anchors, passages } = input;
  let test: ((p: RetrievedPassage) => boolean) | null = null;
  if (anchors.length > 0) test = (p) => anchors.includes(p.document_id);
  else if (analysis.regions.length === 1) test = (p) => p.region === analysis.regions[0];
  else if (analysis.scope === 'national') test = (p) => p.region === 'National';
  if (!test || !passages.some(test)) return undefined;
  const inScope = test;
  return (p) => inScope(p);
}
