import type { Store } from '../db/store.ts';
import type { Retriever, RetrievedPassage } from '../retrieval/retriever.ts';
import { analyzeQuestion } from '../retrieval/query-analysis.ts';
import { normalizeInline } from '../text/normalize.ts';
import { lexicalTokens } from '../text/tokens.ts';
import { splitSentences } from '../text/sentences.ts';
import { AppError } from '../errors.ts';
import type { Asker, AskRequest, AskResponse, Citation } from './types.ts';
import { answerExtractively } from './extractive.ts';
import { composeExtractive, citationFor, notFoundText, toPassage, supportText } from './compose.ts';
import { condenseOffline } from './condense.ts';
import { verifyAnswer } from './verify.ts';
import type { LlmAnswerer } from './llm.ts';
import { answerComparison } from './compare.ts';
import { answerPerRegion } from './per-region.ts';

export interface AskerOptions {
  store: Store;
  retriever: Retriever;
  llm?: LlmAnswerer | null;
  llmTimeoutMs?: number;
  defaultK?: number;
  minScore?: number;
  log?: (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
}

export const MAX_QUESTION_CHARS = 2000;

const LLM_NOT_FOUND = /do not (state|contain|mention|say)|not (found|stated|mentioned) in|no relevant|没有相关|未提及|没有提到|未找到/i;

/**
 * The one ask pipeline behind every channel (HTTP JSON and SSE, Slack, eval):
 * condense → analyse → (comparison from the targets store) → hybrid retrieve → answer
 * (LLM with timeout and extractive fallback, or extractive) → verify → attach targets.
 */
export function createAsker(options: AskerOptions): Asker {
  const { store, retriever } = options;
  const log = options.log ?? (() => {});

  return {
    async ask(request: AskRequest, { signal, onDelta } = {}): Promise<AskResponse> {
      const timings: Record<string, number> = {};
      const started = Date.now();
      const lap = (name: string, since: number) => (timings[name] = Date.now() - since);
      const question = normalizeInline(typeof request.question === 'string' ? request.question : '');
      if (!question) throw new AppError('bad_request', 'question must be a non-empty string');
      if (question.length > MAX_QUESTION_CHARS) throw new AppError('bad_request', `question is too long (max ${MAX_QUESTION_CHARS} characters)`);
      const k = request.k ?? options.defaultK ?? 5;
      let notice: string | undefined;

      let standalone = question;
      if (request.history && request.history.length > 0) {
        const t = Date.now();
        standalone = condenseOffline(question, request.history);
        if (options.llm) {
          try {
            standalone = await withTimeout((s) => options.llm!.condense(question, request.history!, { signal: s }), options.llmTimeoutMs ?? 20_000, signal);
          } catch (error) {
            log('warn', 'llm condense failed; using offline condensation', { error: (error as Error).message });
          }
        }
        lap('condense_ms', t);
      }
      const analysis = analyzeQuestion(standalone);

      if (analysis.comparison) {
        const t = Date.now();
        const comparison = await answerComparison(store, analysis, request.filters);
        lap('compare_ms', t);
        if (comparison) {
          const documents = await store.countDocuments(request.filters);
          onDelta?.(comparison.answer);
          return finish({
            ...comparison,
            mode: 'extractive',
            searched: { documents, filters: request.filters ?? {} },
            timings_ms: { ...timings, total_ms: Date.now() - started },
            condensed_question: standalone !== question ? standalone : undefined,
          });
        }
      }

      let t = Date.now();
      const { passages, searchedDocuments } = await retriever.retrieve(standalone, { k, filters: request.filters, analysis });
      lap('retrieve_ms', t);

      let answer = '';
      let citations: Citation[] = [];
      let answerable = false;
      let mode: 'llm' | 'extractive' = 'extractive';

      t = Date.now();
      let extractive = answerExtractively(passages, analysis, { minScore: options.minScore });
      if (analysis.regions.length >= 2) {
        const perRegion = await answerPerRegion(retriever, analysis, request.filters, { k: Math.min(k, 4), minScore: options.minScore });
        if (perRegion) {
          extractive = { answerable: true, sentences: perRegion.sentences, confidence: extractive.confidence };
          for (const p of perRegion.passages) if (!passages.some((q) => q.chunk_id === p.chunk_id)) passages.push(p);
        }
      }
      if (options.llm && passages.length > 0) {
        try {
          const text = await withTimeout(
            (s) => options.llm!.answer(standalone, passages, analysis.language, { signal: s }),
            options.llmTimeoutMs ?? 20_000,
            signal,
          );
          mode = 'llm';
          answerable = !LLM_NOT_FOUND.test(text) || /\[\d+\]/.test(text);
          answer = text.trim();
        } catch (error) {
          notice = `The language model did not answer (${(error as Error).message}); this is the offline extractive answer.`;
          log('warn', 'llm answer failed; falling back to extractive', { error: (error as Error).message });
        }
      }
      if (mode === 'extractive' && extractive.answerable) {
        const composed = composeExtractive(extractive.sentences, analysis.language);
        answer = composed.answer;
        citations = composed.citations;
        answerable = true;
      }
      lap('answer_ms', t);

      // Verification: both modes, against exactly the passages the answerer was given.
      const passageTexts = new Map<number, string>();
      if (mode === 'llm') passages.forEach((p, i) => passageTexts.set(i + 1, supportText(p)));
      else extractive.sentences.forEach((s, i) => passageTexts.set(i + 1, supportText({ ...s.passage, text: s.text })));
      const verified = verifyAnswer(answer, passageTexts);
      if (mode === 'llm') {
        answer = verified.answer;
        citations = verified.usedCitations.map((n) => llmCitation(passages[n - 1], n, answer));
        if (citations.length === 0) answerable = false;
      } else {
        answer = verified.answer;
      }

      if (!answerable) {
        answer = mode === 'llm' && answer && !LLM_NOT_FOUND.test(answer) ? answer : notFoundText(analysis.language, searchedDocuments, request.filters);
        citations = mode === 'llm' ? citations : [];
      }

      onDelta?.(answer);
      t = Date.now();
      const targets = answerable ? await store.targetsForChunks(Array.from(new Set(citations.map((c) => c.chunk_id)))) : [];
      lap('targets_ms', t);

      return finish({
        answer,
        answerable,
        mode,
        citations,
        targets,
        searched: { documents: searchedDocuments, filters: request.filters ?? {} },
        timings_ms: { ...timings, total_ms: Date.now() - started },
        unverified: verified.unverified.length ? verified.unverified : undefined,
        verification: { removed_citations: verified.removedCitations, unverified_sentences: verified.unverified.length, checked_numbers: verified.checkedNumbers },
        closest: answerable ? undefined : passages.slice(0, 3).map(toPassage),
        condensed_question: standalone !== question ? standalone : undefined,
        notice,
        retrieved: passages.map((p) => ({ chunk_id: p.chunk_id, document_id: p.document_id, score: p.score })),
      } as AskResponse);
    },
  };
}

function finish(response: AskResponse): AskResponse {
  for (const key of Object.keys(response) as (keyof AskResponse)[]) if (response[key] === undefined) delete response[key];
  return response;
}

/** For an LLM citation, quote the passage sentence that best matches the sentences citing it. */
function llmCitation(passage: RetrievedPassage, n: number, answer: string): Citation {
  const citing = splitSentences(answer).filter((s) => s.text.includes(`[${n}]`)).map((s) => s.text).join(' ');
  const wanted = new Set(lexicalTokens(citing));
  let best = { start: 0, end: passage.text.length, score: -1 };
  for (const span of splitSentences(passage.text)) {
    const tokens = lexicalTokens(span.text);
    const score = tokens.filter((tk) => wanted.has(tk)).length / Math.sqrt(tokens.length + 1);
    if (score > best.score) best = { start: span.start, end: span.end, score };
  }
  return citationFor(passage, best.start, best.end, n);
}

/** Runs `task` with its own abort signal that fires on timeout or when `outer` aborts. */
async function withTimeout<T>(task: (signal: AbortSignal) => Promise<T>, ms: number, outer?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onAbort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new Error(`timed out after ${ms} ms`));
      reject(new Error(`timed out after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([task(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}
