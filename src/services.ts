import { ChatOpenAI } from '@langchain/openai';
import type { SqlClient } from './db/sql-client.ts';
import { createStore } from './db/store.ts';
import type { Store } from './store.ts';
import { createEmbeddings } from './embeddings/factory.ts';
import { createRetriever, type Retriever } from './retrieval/retriever.ts';
import { createAsker } from './answer/ask.ts';
import { createLlmAnswerer, type LlmPrompts } from './answer/llm.ts';
import type { Asker } from './domain.ts';
import { DEFAULT_WEIGHTS, type Weights } from './weights.ts';
import type { Config } from './config.ts';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Logger } from './logger.ts';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { createTargetExtractor, type TargetExtractor } from './targets/extractor.ts';
import {
  createMemoryRateLimitStore,
  type RateLimitPolicy,
  type RateLimitStore,
} from './security/rate-limit-store.ts';
import { createPgRateLimitStore } from './db/rate-limit-store.ts';

/** Everything a request handler may need, built once per process (Node) or request (Workers). */
export interface Services {
  config: Config;
  /** The configured chat model (null offline). */
  chatModel: BaseChatModel | null;
  /** prompts/digest.md: how the model words a digest item (null: the digest stays extractive). */
  digestPrompt: string | null;
  /** Target extraction per TARGET_EXTRACTOR, used at ingest. */
  extractTargets: TargetExtractor;
  store: Store;
  embeddings: EmbeddingsInterface;
  embeddingModel: { model: string; dimensions: number };
  retriever: Retriever;
  asker: Asker;
  logger: Logger;
  /** Node only: ingest an uploaded file (loaders need Node); absent on Workers. */
  ingestUpload?: (input: {
    bytes: Uint8Array;
    fileName: string;
    metadata?: Record<string, unknown>;
    replace?: boolean;
  }) => Promise<unknown>;
  /** Runs background work past the response (Workers: waitUntil; Node: tracked promise). */
  runInBackground: (task: Promise<unknown>) => void;
  fetch: typeof fetch;
  /**
   * The per-client token buckets of /api/ask, /api/search and /api/targets: in PostgreSQL
   * (shared by every process and instance on the database) or, on PGlite, in this process.
   */
  rateLimits: RateLimitStore;
  /** Each Slack user's budget (a smaller burst than the API's), shared like `rateLimits`. */
  slackRateLimits: RateLimitStore;
}

export interface ServiceOptions {
  config: Config;
  sql: SqlClient;
  prompts: LlmPrompts & { extractTargets?: string; digest?: string };
  logger: Logger;
  runInBackground: (task: Promise<unknown>) => void;
  fetch?: typeof fetch;
}

/** Composition root: config → store, embeddings, retriever, answerer. */
export function createServices(options: ServiceOptions): Services {
  const { config, sql, logger } = options;
  const store = createStore(sql);
  const { embeddings, model, dimensions } = createEmbeddings(config.embeddings, options.fetch);
  const weights: Weights = {
    ...DEFAULT_WEIGHTS,
    retrieval: { ...DEFAULT_WEIGHTS.retrieval, rrfK: config.rrfK },
  };
  const retriever = createRetriever({ store, embeddings, weights: weights.retrieval });
  const chatModel = config.llm
    ? new ChatOpenAI({
        model: config.llm.model,
        apiKey: config.llm.apiKey,
        maxRetries: config.llm.maxRetries,
        timeout: config.llm.timeoutMs,
        temperature: 0,
        configuration: { baseURL: config.llm.baseUrl, fetch: options.fetch },
      })
    : null;
  const llm = chatModel ? createLlmAnswerer(chatModel, options.prompts) : null;
  const extractTargets = createTargetExtractor({
    mode: config.targetExtractor,
    model: chatModel,
    promptTemplate: options.prompts.extractTargets,
    onError: (error) =>
      logger.warn('llm target extraction failed; using the rules for this passage', {
        error: error.message,
      }),
  });
  const asker = createAsker({
    store,
    retriever,
    llm,
    llmTimeoutMs: config.llmTimeoutMs,
    defaultK: config.answerK,
    weights,
    log: (level, message, fields) => logger[level](message, fields),
  });
  // PGlite serves one process, so its buckets stay in memory (no write per request); on
  // PostgreSQL they are rows every process and instance shares (migration 011).
  const bucketStore = (policy: RateLimitPolicy) =>
    sql.dialect === 'postgres'
      ? createPgRateLimitStore(sql, policy)
      : createMemoryRateLimitStore(policy);
  const rateLimits = bucketStore(config.rateLimit);
  const slackRateLimits = bucketStore(slackPolicy(config.rateLimit));
  return {
    config,
    chatModel,
    digestPrompt: options.prompts.digest ?? null,
    extractTargets,
    store,
    embeddings,
    embeddingModel: { model, dimensions },
    retriever,
    asker,
    logger,
    runInBackground: options.runInBackground,
    fetch: options.fetch ?? fetch,
    rateLimits,
    slackRateLimits,
  };
}

/** A Slack user's budget: the API's rate, a quarter of its burst (at least 3): one answer is a whole thread. */
export function slackPolicy(api: RateLimitPolicy): RateLimitPolicy {
  return { perMinute: api.perMinute, burst: Math.max(3, Math.ceil(api.burst / 4)) };
}
