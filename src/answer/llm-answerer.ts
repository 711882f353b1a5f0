import type { RetrievedPassage } from '../domain.ts';
import { lexicalTokens } from '../text/tokens.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Answerer, Draft } from './answerer.ts';
import type { LlmAnswerer } from './llm.ts';
import { citationFor, supportText } from './compose.ts';

// A model's way of saying the passages do not hold the answer.
const NOT_FOUND =
  /do not (state|contain|mention|say)|not (found|stated|mentioned) in|no relevant|没有相关|未提及|没有提到|未找到/i;

/** The LLM answerer behind the Answerer port: the model writes the answer from the numbered passages. */
export function createLlmDraftAnswerer(llm: LlmAnswerer): Answerer {
  return {
    async answer(input, options = {}): Promise<Draft> {
      const text = (
        await llm.answer(input.question, input.passages, input.analysis.language, {
          signal: options.signal,
        })
      ).trim();
      const support = new Map(input.passages.map((p, i) => [i + 1, supportText(p)] as const));
      const answerable = !NOT_FOUND.test(text) || /\[\d+\]/.test(text);
      return {
        mode: 'llm',
        answer: text,
        answerable,
        support,
        cite: (answer, used) => used.map((n) => quoteFor(input.passages[n - 1], n, answer)),
        passages: [],
      };
    },
  };
}

/** Whether a declined LLM answer says so in its own words (kept), or should get the standard not-found text. */
export function saysNotFound(text: string): boolean {
  return NOT_FOUND.test(text);
}

/** For an LLM citation, quote the passage sentence that best matches the sentences citing it. */
function quoteFor(passage: RetrievedPassage, n: number, answer: string) {
  const citing = splitSentences(answer)
    .filter((s) => s.text.includes(`[${n}]`))
    .map((s) => s.text)
    .join(' ');
  const wanted = new Set(lexicalTokens(citing));
  let best = { start: 0, end: passage.text.length, score: -1 };
  for (const span of splitSentences(passage.text)) {
    const tokens = lexicalTokens(span.text);
    const score = tokens.filter((tk) => wanted.has(tk)).length / Math.sqrt(tokens.length + 1);
    if (score > best.score) best = { start: span.start, end: span.end, score };
  }
  return citationFor(passage, best.start, best.end, n);
}
