import type { CatalogueStore, SearchStore, TargetStore } from '../store.ts';
import type { Retriever } from '../retrieval/retriever.ts';
import { analyzeQuestion, type QueryAnalysis } from '../retrieval/query-analysis.ts';
import {
  routeDocuments,
  withoutDocumentNames,
  type RoutedDocument,
} from '../retrieval/document-router.ts';
import { normalizeInline } from '../text/normalize.ts';
import { findRegions } from '../text/regions.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_WEIGHTS, type Weights } from '../weights.ts';
import type { Asker, AskRequest, AskResponse, CatalogueEntry, SearchFilters } from '../domain.ts';
import type { Answerer, AnswerInput, Draft } from './answerer.ts';
import { createExtractiveAnswerer } from './extractive-answerer.ts';
import { createLlmDraftAnswerer, saysNotFound } from './llm-answerer.ts';
import { notFoundText, toPassage } from './compose.ts';
import { condenseOffline } from './condense.ts';
import { verifyAnswer } from './verify.ts';
import type { LlmAnswerer } from './llm.ts';
import { answerComparison } from './compare.ts';
import { searchInScope } from './scope.ts';
import { MAX_QUESTION_CHARS } from '../limits.ts';

export { MAX_QUESTION_CHARS } from '../limits.ts';

export interface AskerOptions {
  store: SearchStore & Pick<TargetStore, 'listTargets' | 'targetsForChunks'> & CatalogueStore;
  retriever: Retriever;
  llm?: LlmAnswerer | null;
  llmTimeoutMs?: number;
  defaultK?: number;
  weights?: Weights;
  log?: (
    level: 'info' | 'warn' | 'error',
    message: string,
    fields?: Record<string, unknown>,
  ) => void;
}

type Log = NonNullable<AskerOptions['log']>;

/**
 * The one ask pipeline behind every channel (HTTP JSON and SSE, Slack, eval), as steps:
 * read the question → condense the conversation → analyse → route to named documents →
 * (comparison table from the targets store) → retrieve → draft (LLM, else or on failure
 * extractive) → verify citations and numbers → attach targets.
 */
export function createAsker(options: AskerOptions): Asker {
  const { store, retriever } = options;
  const log: Log = options.log ?? (() => {});
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const timeoutMs = options.llmTimeoutMs ?? 20_000;
  const extractive = createExtractiveAnswerer({
    retriever,
    weights: weights.answer,
    k: options.defaultK ?? 5,
  });
  const llm = options.llm ? createLlmDraftAnswerer(options.llm) : null;
  const catalogue = createCatalogueCache(store);

  return {
    async ask(request, { signal } = {}) {
      const clock = startClock();
      const question = readQuestion(request);
      const k = request.k ?? options.defaultK ?? 5;
      const standalone = await clock.time(
        'condense_ms',
        () => condense(question, request, options, signal, log),
        request.history?.length,
      );
      const rewrites = await clock.time(
        'rewrite_ms',
        () => rewrite(standalone, options, signal, log),
        options.llm,
      );
      // The catalogue check goes to the database while the question is analysed.
      const catalogued = request.filters?.document_ids?.length ? [] : catalogue.entries();
      const analysis = withRewrites(analyzeQuestion(standalone), rewrites);
      const entries = await catalogued;
      const routed = entries.length > 0 ? await route(standalone, rewrites, entries, weights) : [];
      const base = { question, standalone, filters: request.filters, clock };

      if (analysis.comparison && !analysis.foreign) {
        const comparison = await clock.time('compare_ms', () =>
          answerComparison(store, analysis, request.filters, weights.comparison),
        );
        if (comparison) {
          const documents = await store.countDocuments(request.filters);
          return finish({ ...comparison, mode: 'extractive', ...searched(documents, base) });
        }
      }

      const search: Search = async (anchored, filters = request.filters) => {
        const retrieved = await clock.time('retrieve_ms', () =>
          retriever.retrieve(standalone, { k, filters, analysis, anchors: anchored, rewrites }),
        );
        const input: AnswerInput = {
          question: standalone,
          analysis: forAnswering(analysis, anchored),
          passages: retrieved.passages,
          filters,
          anchors: anchored,
        };
        const answered = await clock.time('answer_ms', () =>
          draftAnswer(input, { extractive, llm, timeoutMs, signal, log }),
        );
        return { ...retrieved, ...answered };
      };
      const result = await searchInScope(search, analysis, routed, request.filters, entries);
      return respond(result, analysis, request, base, store);
    },
  };
}

/** The response: the draft verified against its passages, with the targets its citations hold. */
async function respond(
  result: Searched,
  analysis: QueryAnalysis,
  request: AskRequest,
  base: Parameters<typeof searched>[1],
  store: AskerOptions['store'],
): Promise<AskResponse> {
  const { clock } = base;
  const { passages, searchedDocuments, draft, notice } = result;
  for (const p of draft.passages)
    if (!passages.some((q) => q.chunk_id === p.chunk_id)) passages.push(p);
  const verified = verifyDraft(draft, analysis, searchedDocuments, request);
  const targets = verified.answerable
    ? await clock.time('targets_ms', () =>
        store.targetsForChunks(Array.from(new Set(verified.citations.map((c) => c.chunk_id)))),
      )
    : [];

  return finish({
    ...verified,
    mode: draft.mode,
    targets,
    ...searched(searchedDocuments, base),
    closest: verified.answerable ? undefined : passages.slice(0, 3).map(toPassage),
    notice,
    retrieved: passages.map((p) => ({
      chunk_id: p.chunk_id,
      document_id: p.document_id,
      score: p.score,
    })),
  } as AskResponse);
}

type Searched = Awaited<ReturnType<Retriever['retrieve']>> &
  Awaited<ReturnType<typeof draftAnswer>>;
type Search = (anchors: string[], filters?: SearchFilters) => Promise<Searched>;

function readQuestion(request: AskRequest): string {
  const question = normalizeInline(typeof request.question === 'string' ? request.question : '');
  if (!question) throw new AppError('bad_request', 'question must be a non-empty string');
  if (question.length > MAX_QUESTION_CHARS)
    throw new AppError(
      'bad_request',
      `question is too long (max ${MAX_QUESTION_CHARS} characters)`,
    );
  return question;
}

/** The standalone question: offline condensation, improved by the model when one answers in time. */
async function condense(
  question: string,
  request: AskRequest,
  options: AskerOptions,
  signal: AbortSignal | undefined,
  log: Log,
): Promise<string> {
  if (!request.history?.length) return question;
  const offline = condenseOffline(question, request.history);
  if (!options.llm) return offline;
  try {
    return await withTimeout(
      (s) => options.llm!.condense(question, request.history!, { signal: s }),
      options.llmTimeoutMs ?? 20_000,
      signal,
    );
  } catch (error) {
    log('warn', 'llm condense failed; using offline condensation', {
      error: (error as Error).message,
    });
    return offline;
  }
}

/** Search queries a model writes for the question (other language, official terms, a named title); none offline or on failure. */
async function rewrite(
  question: string,
  options: AskerOptions,
  signal: AbortSignal | undefined,
  log: Log,
): Promise<string[]> {
  if (!options.llm) return [];
  try {
    return await withTimeout(
      (s) => options.llm!.rewrite(question, { signal: s }),
      options.llmTimeoutMs ?? 20_000,
      signal,
    );
  } catch (error) {
    log('warn', 'llm rewrite failed; searching the question as asked', {
      error: (error as Error).message,
    });
    return [];
  }
}

/**
 * Within the documents a question names, its naming words (number, quoted title, "Under the …
 * Plan,") are not what it asks: the answerer scores sentences on the rest. Regions, years and
 * scope stay those of the whole question.
 */
function forAnswering(analysis: QueryAnalysis, anchors: string[]): QueryAnalysis {
  if (anchors.length === 0) return analysis;
  const rest = withoutDocumentNames(analysis.text);
  if (!rest || rest === analysis.text) return analysis;
  const narrowed = analyzeQuestion(rest);
  return {
    ...analysis,
    text: rest,
    expansions: narrowed.expansions,
    translations: narrowed.translations,
    translationGroups: narrowed.translationGroups,
    sectors: narrowed.sectors,
  };
}

/** A region the model resolved ("the capital" → Beijing) scopes a question that names none itself. */
function withRewrites(analysis: QueryAnalysis, rewrites: string[]): QueryAnalysis {
  if (analysis.regions.length > 0 || analysis.scope !== 'national' || rewrites.length === 0)
    return analysis;
  const regions = findRegions(rewrites.join('\n'));
  return regions.length === 1 ? { ...analysis, regions, scope: 'regions' } : analysis;
}

/** Documents the question names; failing that, documents its rewrites name (an English title for a Chinese-only plan). */
async function route(
  question: string,
  rewrites: string[],
  catalogue: CatalogueEntry[],
  weights: Weights,
): Promise<RoutedDocument[]> {
  const named = routeDocuments(question, catalogue, weights.router);
  if (named.length > 0 || rewrites.length === 0) return named;
  return routeDocuments(rewrites.join('\n'), catalogue, weights.router);
}

/** The model's draft when one is configured and answers in time; otherwise (or on failure, with a notice) the extractive one. */
async function draftAnswer(
  input: AnswerInput,
  context: {
    extractive: Answerer;
    llm: Answerer | null;
    timeoutMs: number;
    signal?: AbortSignal;
    log: Log;
  },
): Promise<{ draft: Draft; notice?: string }> {
  if (context.llm && input.passages.length > 0) {
    try {
      return {
        draft: await withTimeout(
          (s) => context.llm!.answer(input, { signal: s }),
          context.timeoutMs,
          context.signal,
        ),
      };
    } catch (error) {
      const message = (error as Error).message;
      context.log('warn', 'llm answer failed; falling back to extractive', { error: message });
      return {
        draft: await context.extractive.answer(input),
        notice: `The language model did not answer (${message}); this is the offline extractive answer.`,
      };
    }
  }
  return { draft: await context.extractive.answer(input) };
}

/**
 * Verification, for both modes, against exactly what the answerer was given: unknown markers
 * are removed, sentences with unsupported numbers marked. A declined answer gets the standard
 * not-found text (or the model's own words for it).
 */
function verifyDraft(
  draft: Draft,
  analysis: QueryAnalysis,
  searchedDocuments: number,
  request: AskRequest,
) {
  const verified = verifyAnswer(draft.answer, draft.support);
  let citations = draft.cite(verified.answer, verified.usedCitations);
  const answerable = draft.answerable && (draft.mode === 'extractive' || citations.length > 0);
  let answer = verified.answer;
  if (!answerable) {
    answer =
      draft.mode === 'llm' && answer && !saysNotFound(answer)
        ? answer
        : notFoundText(analysis.language, searchedDocuments, request.filters);
    if (draft.mode === 'extractive') citations = [];
  }
  return {
    answer,
    answerable,
    citations,
    unverified: verified.unverified.length ? verified.unverified : undefined,
    verification: {
      removed_citations: verified.removedCitations,
      unverified_sentences: verified.unverified.length,
      checked_numbers: verified.checkedNumbers,
    },
  };
}

function searched(
  documents: number,
  base: { question: string; standalone: string; filters: AskRequest['filters']; clock: Clock },
) {
  return {
    searched: { documents, filters: base.filters ?? {} },
    timings_ms: base.clock.timings(),
    condensed_question: base.standalone !== base.question ? base.standalone : undefined,
  };
}

function finish(response: AskResponse): AskResponse {
  for (const key of Object.keys(response) as (keyof AskResponse)[])
    if (response[key] === undefined) delete response[key];
  return response;
}

interface Clock {
  /** Runs a step and records its wall time under `name` (skipped, and not recorded, when `run` is false). */
  time<T>(name: string, step: () => Promise<T>, run?: unknown): Promise<T>;
  timings(): Record<string, number>;
}

function startClock(): Clock {
  const started = Date.now();
  const timings: Record<string, number> = {};
  return {
    async time(name, step, run = true) {
      const t = Date.now();
      try {
        return await step();
      } finally {
        if (run) timings[name] = (timings[name] ?? 0) + Date.now() - t;
      }
    },
    timings: () => ({ ...timings, total_ms: Date.now() - started }),
  };
}

/** The document catalogue for routing, reloaded only when documents were added, replaced or deleted. */
function createCatalogueCache(store: CatalogueStore): { entries(): Promise<CatalogueEntry[]> } {
  let cached: { version: string; entries: CatalogueEntry[] } | null = null;
  return {
    async entries() {
      const version = await store.catalogueVersion();
      if (cached?.version !== version) cached = { version, entries: await store.listCatalogue() };
      return cached.entries;
    },
  };
}

/** Runs `task` with its own abort signal that fires on timeout or when `outer` aborts. */
async function withTimeout<T>(
  task: (signal: AbortSignal) => Promise<T>,
  ms: number,
  outer?: AbortSignal,
): Promise<T> {
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
