import { z } from 'zod';
import { HASHING_MODEL_NAME } from './embeddings/hashing.ts';

/**
 * The only reader of raw environment variables. Every setting, its default and its meaning is
 * here (and in the README's configuration table). Parsing fails with one message listing every
 * bad variable.
 */
const bool = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      if (/^(1|true|yes|on)$/i.test(v)) return true;
      if (/^(0|false|no|off)$/i.test(v)) return false;
      ctx.addIssue({ code: 'custom', message: `expected true/false, got "${v}"` });
      return z.NEVER;
    });
const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({
          code: 'custom',
          message: `expected an integer from ${min} to ${max}, got "${v}"`,
        });
        return z.NEVER;
      }
      return n;
    });
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const list = (fallback: string[]) =>
  z
    .string()
    .optional()
    .transform((v) =>
      v === undefined || v.trim() === ''
        ? fallback
        : v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    );

const EnvSchema = z.object({
  PORT: int(8787, 0, 65535),
  HOST: z.string().optional().default('127.0.0.1'),
  DATABASE_URL: optionalString,
  DATA_DIR: z.string().optional().default('./data'),
  DB_POOL_SIZE: int(10, 1, 200),
  // 0: the default (the core count on PostgreSQL, 1 on PGlite); see loadConfig.
  WEB_CONCURRENCY: int(0, 0, 256),
  SEED_CORPUS: bool(true),
  CORPUS_DIR: z.string().optional().default('ingest/corpus'),

  OPENAI_API_KEY: optionalString,
  EMBEDDINGS_PROVIDER: z.enum(['auto', 'hashing', 'openai']).optional().default('auto'),
  EMBEDDINGS_BASE_URL: optionalString,
  EMBEDDINGS_API_KEY: optionalString,
  EMBEDDINGS_MODEL: z.string().optional().default('text-embedding-3-small'),
  EMBEDDINGS_DIMENSIONS: int(0, 0, 16000),

  LLM_BASE_URL: optionalString,
  LLM_API_KEY: optionalString,
  LLM_MODEL: z.string().optional().default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: int(20_000, 100, 600_000),
  LLM_MAX_RETRIES: int(2, 0, 10),
  TARGET_EXTRACTOR: z.enum(['rules', 'llm', 'both']).optional().default('rules'),

  RRF_K: int(60, 1, 10_000),
  ANSWER_K: int(5, 1, 20),

  ADMIN_TOKEN: optionalString,
  MAX_UPLOAD_MB: int(50, 1, 2048),
  MAX_JSON_KB: int(64, 1, 10_240),
  CORS_ORIGINS: list([]),
  RATE_LIMIT_PER_MINUTE: int(60, 0, 1_000_000),
  RATE_LIMIT_BURST: int(20, 1, 1_000_000),
  TRUST_PROXY: bool(false),

  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_API_URL: z.string().optional().default('https://slack.com/api'),
  SLACK_ALLOWED_RESPONSE_HOSTS: list(['hooks.slack.com']),

  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional().default('info'),
  LOG_QUESTIONS: bool(true),
});

export type Env = z.input<typeof EnvSchema>;

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  /** Per process: with WEB_CONCURRENCY > 1 every worker has a pool of this size. */
  dbPoolSize: number;
  /**
   * Node server processes sharing the port (node:cluster): WEB_CONCURRENCY, else the core count
   * when DATABASE_URL is set and 1 on PGlite (one process may open its data directory).
   */
  webConcurrency: number;
  seedCorpus: boolean;
  corpusDir: string;
  embeddings:
    | { provider: 'hashing'; model: string; dimensions: number }
    | { provider: 'openai'; model: string; dimensions: number; baseUrl?: string; apiKey: string };
  llm: {
    baseUrl?: string;
    apiKey: string;
    model: string;
    timeoutMs: number;
    maxRetries: number;
  } | null;
  llmTimeoutMs: number;
  targetExtractor: 'rules' | 'llm' | 'both';
  rrfK: number;
  answerK: number;
  adminToken?: string;
  maxUploadBytes: number;
  maxJsonBytes: number;
  corsOrigins: string[];
  rateLimit: { perMinute: number; burst: number };
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  slack: {
    signingSecret: string;
    botToken?: string;
    apiUrl: string;
    allowedResponseHosts: string[];
  } | null;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  logQuestions: boolean;
}

export const HASHING_DIMENSIONS = 512;

export interface LoadConfigOptions {
  /**
   * Cores available to this process (Node: os.availableParallelism()), the default
   * WEB_CONCURRENCY on PostgreSQL; passed in because this module runs on Workers too. Default 1.
   */
  cores?: number;
  /**
   * The caller is the HTTP server: WEB_CONCURRENCY > 1 without DATABASE_URL is then an error
   * (other commands ignore WEB_CONCURRENCY, which hosting platforms often set for everyone).
   */
  server?: boolean;
}

/** Parses an environment (Node's process.env or a Workers env object) into a Config. */
export function loadConfig(env: Record<string, unknown>, options: LoadConfigOptions = {}): Config {
  const strings: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env))
    if (typeof value === 'string') strings[key] = value;
  const parsed = EnvSchema.safeParse(strings);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (options.server && e.WEB_CONCURRENCY > 1 && e.DATABASE_URL === undefined) {
    throw new Error(
      `invalid configuration: WEB_CONCURRENCY: ${e.WEB_CONCURRENCY} server processes need DATABASE_URL (PostgreSQL); ` +
        'the embedded PGlite database can be opened by one process only. Set DATABASE_URL, or unset WEB_CONCURRENCY (or set it to 1)',
    );
  }
  const webConcurrency =
    e.WEB_CONCURRENCY ||
    (e.DATABASE_URL !== undefined ? Math.max(1, Math.floor(options.cores ?? 1)) : 1);
  const embeddingsKey = e.EMBEDDINGS_API_KEY ?? e.OPENAI_API_KEY;
  const useOpenAiEmbeddings =
    e.EMBEDDINGS_PROVIDER === 'openai' ||
    (e.EMBEDDINGS_PROVIDER === 'auto' &&
      (e.EMBEDDINGS_BASE_URL !== undefined || e.OPENAI_API_KEY !== undefined));
  const llmKey = e.LLM_API_KEY ?? e.OPENAI_API_KEY;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    dbPoolSize: e.DB_POOL_SIZE,
    webConcurrency,
    seedCorpus: e.SEED_CORPUS,
    corpusDir: e.CORPUS_DIR,
    embeddings: useOpenAiEmbeddings
      ? {
          provider: 'openai',
          model: e.EMBEDDINGS_MODEL,
          dimensions: e.EMBEDDINGS_DIMENSIONS || 1536,
          baseUrl: e.EMBEDDINGS_BASE_URL,
          apiKey: embeddingsKey ?? 'not-needed',
        }
      : {
          provider: 'hashing',
          model: HASHING_MODEL_NAME,
          dimensions: e.EMBEDDINGS_DIMENSIONS || HASHING_DIMENSIONS,
        },
    llm:
      e.LLM_BASE_URL !== undefined || e.OPENAI_API_KEY !== undefined || e.LLM_API_KEY !== undefined
        ? {
            baseUrl: e.LLM_BASE_URL,
            apiKey: llmKey ?? 'not-needed',
            model: e.LLM_MODEL,
            timeoutMs: e.LLM_TIMEOUT_MS,
            maxRetries: e.LLM_MAX_RETRIES,
          }
        : null,
    llmTimeoutMs: e.LLM_TIMEOUT_MS,
    targetExtractor: e.TARGET_EXTRACTOR,
    rrfK: e.RRF_K,
    answerK: e.ANSWER_K,
    adminToken: e.ADMIN_TOKEN,
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
    maxJsonBytes: e.MAX_JSON_KB * 1024,
    corsOrigins: e.CORS_ORIGINS,
    rateLimit: { perMinute: e.RATE_LIMIT_PER_MINUTE, burst: e.RATE_LIMIT_BURST },
    trustProxy: e.TRUST_PROXY,
    slack: e.SLACK_SIGNING_SECRET
      ? {
          signingSecret: e.SLACK_SIGNING_SECRET,
          botToken: e.SLACK_BOT_TOKEN,
          apiUrl: e.SLACK_API_URL,
          allowedResponseHosts: e.SLACK_ALLOWED_RESPONSE_HOSTS,
        }
      : null,
    logLevel: e.LOG_LEVEL,
    logQuestions: e.LOG_QUESTIONS,
  };
}

/** A connection URL with its password replaced by ****, safe to print. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return url.replace(/:\/\/([^:@/]+):[^@/]*@/, '://$1:****@');
  }
}

/** Masks every secret-looking value of the config for logs. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    database: config.databaseUrl ? maskUrl(config.databaseUrl) : `PGlite (${config.dataDir})`,
    embeddings: `${config.embeddings.provider}:${config.embeddings.model}/${config.embeddings.dimensions}`,
    llm: config.llm
      ? `${config.llm.model} at ${config.llm.baseUrl ?? 'OpenAI'}`
      : 'off (extractive answers)',
    admin: config.adminToken ? 'enabled' : 'disabled (no ADMIN_TOKEN)',
    slack: config.slack ? 'enabled' : 'disabled (no SLACK_SIGNING_SECRET)',
  };
}
