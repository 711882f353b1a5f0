/**
 * Runs every eval question through an `Asker` (the same ask pipeline the API uses) and scores
 * each case. The asker and the chunk-text lookup are passed in, so this module needs no database
 * and is tested with a canned asker.
 */
import type { AskRequest, AskResponse, Asker, Citation } from '../src/domain.ts';
import type { EvalQuestion } from './dataset.ts';
import {
  answerLead,
  citationIsValid,
  citationPrecision,
  citationValidity,
  citedExpectedRate,
  hitAtK,
  missingTokens,
  mustIncludePass,
  rankDocIds,
  recallAtK,
  reciprocalRank,
} from './scoring.ts';

/** A citation as kept in the report: enough to read it, plus whether its quote checked out. */
export interface CaseCitation {
  n: number;
  document_id: string;
  chunk_id: string;
  title: string;
  page: number | null;
  heading: string | null;
  quote: string;
  /** The quote is an exact substring of the cited chunk's stored text. */
  valid: boolean;
}

/** The scored outcome of one question. Ratios are 0–1; `null` means "not applicable". */
export interface CaseResult {
  id: string;
  question: string;
  category: string | null;
  lang: 'en' | 'zh' | null;
  answerable_expected: boolean;
  /** What the service said; null when the ask threw. */
  answerable: boolean | null;
  answer: string;
  mode: AskResponse['mode'] | null;
  expected_doc_ids: string[];
  must_include: string[];
  alt_must_include?: string[][];
  citations: CaseCitation[];
  /** Distinct document ids in rank order (see {@link retrievedDocIds}). */
  retrieved_doc_ids: string[];
  /** Retrieval hit at k; null for unanswerable questions and those with no expected documents. */
  hit: boolean | null;
  /** The first retrieved document is an expected one; null when `hit` is null. */
  hit_at_1: boolean | null;
  recall: number | null;
  /** Reciprocal rank of the first expected document; null when `hit` is null. */
  rr: number | null;
  /** Answered and every must-include token present; null for unanswerable questions. */
  must_include_pass: boolean | null;
  /** Tokens of `must_include` missing from the answer. */
  missing_tokens: string[];
  citation_validity: number | null;
  cited_expected_rate: number | null;
  /** The answer up to its first citation marker holds every must-include token; null for unanswerable questions. */
  lead_correct: boolean | null;
  /** Share of distinct cited documents that are expected ones; null without citations or expected documents. */
  citation_precision: number | null;
  latency_ms: number;
  pass: boolean;
  /** One human-readable line per failed check; empty when `pass`. */
  why: string[];
  /** The ask's error message, when it threw. */
  error?: string;
}

/** Ranked passages from the retriever itself, when the caller can expose them. */
export type RetrieveFn = (request: AskRequest) => Promise<{ document_id: string }[]>;

export interface RunEvalOptions {
  asker: Asker;
  questions: EvalQuestion[];
  /** Passages to retrieve per question, and the k of hit@k / recall@k. */
  k: number;
  /** Questions in flight at once (default 4). */
  concurrency?: number;
  /** Called after each finished question with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Stored text of the given chunks, to check citation quotes against. Missing ids → invalid. */
  chunkText: (chunkIds: string[]) => Promise<Map<string, string>>;
  /** Optional: the retriever's own ranking, put ahead of what the response reveals. */
  retrieve?: RetrieveFn;
}

/**
 * Document ids in rank order, de-duplicated by first appearance: the retriever's own ranking when
 * given, then `response.retrieved`, then the citations in order, then the closest passages
 * offered when the service declined.
 */
export function retrievedDocIds(
  response: AskResponse,
  retrieved: { document_id: string }[] = [],
): string[] {
  return rankDocIds([
    ...retrieved.map((p) => p.document_id),
    ...(response.retrieved ?? []).map((p) => p.document_id),
    ...response.citations.map((c) => c.document_id),
    ...(response.closest ?? []).map((p) => p.document_id),
  ]);
}

function shortList(ids: string[]): string {
  return ids.length === 0 ? 'none' : ids.join(', ');
}

function toCaseCitation(citation: Citation, valid: boolean): CaseCitation {
  const { n, document_id, chunk_id, title, page, heading, quote } = citation;
  return { n, document_id, chunk_id, title, page, heading, quote, valid };
}

/** The fields of a case that come from the question itself. */
type CaseIdentity = Pick<
  CaseResult,
  | 'id'
  | 'question'
  | 'category'
  | 'lang'
  | 'answerable_expected'
  | 'expected_doc_ids'
  | 'must_include'
  | 'alt_must_include'
>;

function baseCase(q: EvalQuestion): CaseIdentity {
  const base: CaseIdentity = {
    id: q.id,
    question: q.question,
    category: q.category ?? null,
    lang: q.lang ?? null,
    answerable_expected: q.answerable,
    expected_doc_ids: q.expected_doc_ids,
    must_include: q.must_include,
  };
  if (q.alt_must_include) base.alt_must_include = q.alt_must_include;
  return base;
}

/** Scores one response against its question. Pure apart from the chunk texts passed in. */
export function scoreCase(
  q: EvalQuestion,
  response: AskResponse,
  options: {
    k: number;
    latencyMs: number;
    chunkTexts: ReadonlyMap<string, string>;
    retrieved?: { document_id: string }[];
  },
): CaseResult {
  const { k } = options;
  const why: string[] = [];
  const citations = response.citations.map((c) =>
    toCaseCitation(c, citationIsValid(c, options.chunkTexts)),
  );
  const ranked = retrievedDocIds(response, options.retrieved);
  const scoresRetrieval = q.answerable && q.expected_doc_ids.length > 0;

  const hit = scoresRetrieval ? hitAtK(ranked, q.expected_doc_ids, k) : null;
  if (hit === false) {
    const label = q.expected_doc_ids.length === 1 ? 'expected doc' : 'expected docs';
    why.push(
      `${label} ${q.expected_doc_ids.join(', ')} not in top ${k} (got ${shortList(ranked.slice(0, k))})`,
    );
  }

  let mustPass: boolean | null = null;
  let leadPass: boolean | null = null;
  let missing: string[] = [];
  if (q.answerable) {
    missing = missingTokens(response.answer, q.must_include);
    const tokensPass = mustIncludePass(response.answer, q.must_include, q.alt_must_include);
    if (!response.answerable) why.push('declined to answer an answerable question');
    else if (!tokensPass) {
      const alt = q.alt_must_include?.length ? ' (and no alternative list matched)' : '';
      why.push(`missing ${missing.map((t) => `'${t}'`).join(', ')} in answer${alt}`);
    }
    mustPass = response.answerable && tokensPass;
    leadPass =
      response.answerable &&
      mustIncludePass(answerLead(response.answer), q.must_include, q.alt_must_include);
  } else if (response.answerable) {
    why.push('answered an unanswerable question');
  }

  for (const c of citations) {
    if (!c.valid)
      why.push(`citation [${c.n}] quote not found in chunk ${c.chunk_id} (${c.document_id})`);
  }

  return {
    ...baseCase(q),
    answerable: response.answerable,
    answer: response.answer,
    mode: response.mode,
    citations,
    retrieved_doc_ids: ranked,
    hit,
    hit_at_1: scoresRetrieval ? hitAtK(ranked, q.expected_doc_ids, 1) : null,
    recall: scoresRetrieval ? recallAtK(ranked, q.expected_doc_ids, k) : null,
    rr: scoresRetrieval ? reciprocalRank(ranked, q.expected_doc_ids) : null,
    must_include_pass: mustPass,
    missing_tokens: missing,
    citation_validity: citationValidity(response.citations, options.chunkTexts),
    cited_expected_rate: scoresRetrieval
      ? citedExpectedRate(response.citations, q.expected_doc_ids)
      : null,
    lead_correct: leadPass,
    citation_precision: scoresRetrieval
      ? citationPrecision(response.citations, q.expected_doc_ids)
      : null,
    latency_ms: options.latencyMs,
    pass: why.length === 0,
    why,
  };
}

/** A case whose ask (or scoring lookup) threw: failed, with the error as the reason. */
function failedCase(q: EvalQuestion, error: unknown, latencyMs: number): CaseResult {
  const message = error instanceof Error ? error.message : String(error);
  const scoresRetrieval = q.answerable && q.expected_doc_ids.length > 0;
  return {
    ...baseCase(q),
    answerable: null,
    answer: '',
    mode: null,
    citations: [],
    retrieved_doc_ids: [],
    hit: scoresRetrieval ? false : null,
    hit_at_1: scoresRetrieval ? false : null,
    recall: scoresRetrieval ? 0 : null,
    rr: scoresRetrieval ? 0 : null,
    must_include_pass: q.answerable ? false : null,
    missing_tokens: q.must_include,
    citation_validity: null,
    cited_expected_rate: null,
    lead_correct: q.answerable ? false : null,
    citation_precision: null,
    latency_ms: latencyMs,
    pass: false,
    why: [`error: ${message}`],
    error: message,
  };
}

async function runOne(q: EvalQuestion, options: RunEvalOptions): Promise<CaseResult> {
  const request: AskRequest = { question: q.question, k: options.k };
  if (q.history) request.history = q.history;
  if (q.filters) request.filters = q.filters;
  const started = performance.now();
  let latencyMs = 0;
  try {
    const response = await options.asker.ask(request);
    latencyMs = performance.now() - started;
    const retrieved = options.retrieve ? await options.retrieve(request) : undefined;
    const chunkIds = [...new Set(response.citations.map((c) => c.chunk_id))];
    const chunkTexts =
      chunkIds.length > 0 ? await options.chunkText(chunkIds) : new Map<string, string>();
    return scoreCase(q, response, {
      k: options.k,
      latencyMs: Math.round(latencyMs),
      chunkTexts,
      retrieved,
    });
  } catch (error) {
    return failedCase(q, error, Math.round(latencyMs || performance.now() - started));
  }
}

/**
 * Asks every question (at most `concurrency` at a time) and scores each case. Results come back
 * in question order whatever the completion order. A question whose ask throws is a failed case
 * carrying the error message; the run goes on. Latency is wall time of `asker.ask` in ms.
 */
export async function runEval(options: RunEvalOptions): Promise<CaseResult[]> {
  const { questions } = options;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const results: CaseResult[] = new Array(questions.length);
  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    while (next < questions.length) {
      const index = next++;
      results[index] = await runOne(questions[index], options);
      done += 1;
      options.onProgress?.(done, questions.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, questions.length) }, worker));
  return results;
}
