import { errorBody } from './errors.ts';
import pg from 'pg';
import { CloudflareSocket } from 'pg-cloudflare';
import type { ExecutionContext } from 'hono';
import answerPrompt from '../prompts/answer.md';
import condensePrompt from '../prompts/condense.md';
import rewritePrompt from '../prompts/rewrite.md';
import digestPrompt from '../prompts/digest.md';
import { createApp } from './app.ts';
import { createServices, type Services } from './services.ts';
import { loadConfig, type Config } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { createPgSingleClient } from './db/pg-adapter.ts';
import { createStore } from './db/store.ts';
import { SESSION_SETTINGS, type SqlClient } from './db/sql-client.ts';
import { withCorking } from './workers/pg-socket.ts';

/**
 * Cloudflare Workers entry: the same app as Node, against PostgreSQL through Hyperdrive.
 * Workers cannot keep a socket across requests, so each request that touches the database opens
 * its own `pg.Client` (Hyperdrive pools the real connections) and closes it once the response
 * and any background work are done. Migrations and ingestion stay on Node (`npm run migrate`,
 * `npm run ingest`); uploads answer 400 here because `services.ingestUpload` is absent.
 */

/** The bindings and variables wrangler.toml declares (strings are parsed by `loadConfig`). */
export interface WorkersEnv {
  HYPERDRIVE: { connectionString: string };
  /** Static UI from `[assets]`; absent when the assets directory is not configured. */
  ASSETS?: { fetch(request: Request): Promise<Response> };
  [name: string]: unknown;
}

/** Workers' ExecutionContext, as Hono types it (`waitUntil` is what this entry relies on). */
export type WorkersContext = ExecutionContext;

/** Per-request state the module-scope app reaches through its `services` resolver. */
interface RequestScope {
  services: Services;
}

interface Isolate {
  env: WorkersEnv;
  config: Config;
  logger: Logger;
  app: ReturnType<typeof createApp>;
  /** Set once the database's embedding model matched the configuration (checked once per isolate). */
  embeddingsChecked: boolean;
}

const scopes = new WeakMap<Request, RequestScope>();
let isolate: Isolate | null = null;

// Workers' fetch throws "Illegal invocation" when called as a method of another object
// (`services.fetch(...)`), so hand the core a plain function.
const workersFetch: typeof fetch = (input, init) => fetch(input, init);

/**
 * The app, config and logger are built once per isolate, not per request: the router is
 * compiled once (about 4 ms of CPU per request saved, measured on Node) and the `/api/ask` rate
 * limiter keeps its counts across requests (per isolate, not global). The env object is stable
 * within an isolate; a different one (new deployment or vars) rebuilds.
 */
function isolateFor(env: WorkersEnv): Isolate {
  if (isolate?.env === env) return isolate;
  const config = loadConfig(env);
  const logger = createLogger({
    level: config.logLevel,
    secrets: [
      config.adminToken,
      config.slack?.signingSecret,
      config.slack?.botToken,
      config.llm?.apiKey,
    ].filter((s): s is string => !!s),
  });
  const app = createApp({
    services: (c) => {
      const scope = scopes.get(c.req.raw);
      if (!scope)
        throw new Error('no request scope: the Worker was called outside its fetch handler');
      return scope.services;
    },
    assets: (path, c) => serveAsset(env, path, c.req.raw),
    settings: {
      maxJsonBytes: config.maxJsonBytes,
      maxUploadBytes: config.maxUploadBytes,
      corsOrigins: config.corsOrigins,
      rateLimit: config.rateLimit,
      trustProxy: config.trustProxy,
    },
    // Set by Cloudflare's edge for every request; a client cannot override it.
    remoteAddress: (c) => c.req.header('cf-connecting-ip'),
  });
  isolate = { env, config, logger, app, embeddingsChecked: false };
  return isolate;
}

/** UI files from the `[assets]` binding; null (→ the app's 404) for anything it does not hold. */
async function serveAsset(
  env: WorkersEnv,
  path: string,
  request: Request,
): Promise<Response | null> {
  if (!env.ASSETS) return null;
  const response = await env.ASSETS.fetch(
    new Request(new URL(path, request.url), { headers: request.headers }),
  );
  if (response.status === 404) return null;
  // Assets responses have immutable headers; the app's secure-headers middleware adds CSP etc.
  return new Response(response.body, response);
}

/**
 * A SqlClient that connects on its first query, so requests that never touch the database
 * (the UI, /openapi.json, a rejected Slack signature) cost no connection. `onConnect` runs on
 * the fresh connection before the first query; if it throws, every query of the request does.
 */
function createLazyPgClient(
  connectionString: string,
  onConnect: (sql: SqlClient) => Promise<void>,
): { sql: SqlClient; end(): Promise<void> } {
  let client: pg.Client | null = null;
  let ready: Promise<SqlClient> | null = null;
  const connect = (): Promise<SqlClient> =>
    (ready ??= (async () => {
      client = new pg.Client({
        connectionString,
        connectionTimeoutMillis: 5000,
        // pg's documented socket factory: the socket pg would make itself, plus cork/uncork.
        stream: ((options?: { ssl?: unknown }) =>
          withCorking(
            new CloudflareSocket(Boolean(options?.ssl)),
          )) as unknown as pg.ClientConfig['stream'],
      });
      // A socket error after the response must not surface as an uncaught exception.
      client.on('error', () => {});
      await client.connect();
      // One simple-protocol round trip for all settings.
      await client.query(SESSION_SETTINGS.join('; '));
      const single = createPgSingleClient(client);
      await onConnect(single);
      return single;
    })());
  const sql: SqlClient = {
    dialect: 'postgres',
    query: async (text, params) => (await connect()).query(text, params),
    transaction: async (fn) => (await connect()).transaction(fn),
    close: async () => {},
  };
  return {
    sql,
    async end() {
      if (!client) return;
      await ready?.catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

/** Waits for background tasks, including ones scheduled by other background tasks. */
async function settleAll(pending: Promise<unknown>[]): Promise<void> {
  let seen = -1;
  while (seen !== pending.length) {
    seen = pending.length;
    await Promise.allSettled(pending.slice());
  }
}

/**
 * Passes a streamed body (SSE) through, resolving `done` when the last byte has been sent, so
 * the connection is not closed while the stream still queries the database.
 */
function trackBody(response: Response): { response: Response; done: Promise<void> } {
  if (
    !response.body ||
    !(response.headers.get('content-type') ?? '').includes('text/event-stream')
  ) {
    return { response, done: Promise.resolve() };
  }
  const { readable, writable } = new TransformStream();
  const done = response.body.pipeTo(writable).catch(() => {});
  return { response: new Response(readable, response), done };
}

export default {
  async fetch(request: Request, env: WorkersEnv, ctx: WorkersContext): Promise<Response> {
    let current: Isolate;
    try {
      current = isolateFor(env);
    } catch (error) {
      console.error(JSON.stringify({ level: 'error', message: (error as Error).message }));
      return Response.json(errorBody('internal', 'the Worker is misconfigured; see its logs'), {
        status: 500,
      });
    }
    // Node checks the embedding model at startup; a Worker has no startup, so the first request
    // of each isolate that reaches the database does it (409 with the fix, until it matches).
    const database = createLazyPgClient(env.HYPERDRIVE.connectionString, async (sql) => {
      if (current.embeddingsChecked) return;
      await createStore(sql).checkEmbeddingModel(
        services.embeddingModel.model,
        services.embeddingModel.dimensions,
      );
      current.embeddingsChecked = true;
    });
    const pending: Promise<unknown>[] = [];
    const services = createServices({
      config: current.config,
      sql: database.sql,
      prompts: {
        answer: answerPrompt,
        condense: condensePrompt,
        rewrite: rewritePrompt,
        digest: digestPrompt,
      },
      logger: current.logger,
      runInBackground: (task) => {
        const settled = task.catch((error) =>
          current.logger.error('background task failed', { error: (error as Error).message }),
        );
        pending.push(settled);
        ctx.waitUntil(settled);
      },
      fetch: workersFetch,
    });
    scopes.set(request, { services });
    let tracked: { response: Response; done: Promise<void> };
    try {
      tracked = trackBody(await current.app.fetch(request, env, ctx));
    } catch (error) {
      ctx.waitUntil(database.end());
      throw error;
    }
    // Module-scope clients fail on Workers: this request's connection ends with its work.
    ctx.waitUntil(
      (async () => {
        await tracked.done;
        await settleAll(pending);
        await database.end();
      })(),
    );
    return tracked.response;
  },
};
