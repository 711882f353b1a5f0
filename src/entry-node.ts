import { errorBody } from './errors.ts';
import { serve } from '@hono/node-server';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { join, dirname, normalize, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, describeConfig } from './config.ts';
import { createApp } from './app.ts';
import { openRuntime, type Runtime } from './node/runtime.ts';
import { runPrimary } from './node/cluster.ts';
import { createLogger } from './logger.ts';
import type { Config } from './config.ts';
import { ingestPaths } from '../ingest/run.ts';

const HELP = `Policy QA server

Usage: npm start            (serves on PORT, default 8787)

Database: DATABASE_URL set → PostgreSQL; unset → embedded PGlite in DATA_DIR (default ./data).
On an empty database the sample corpus (CORPUS_DIR, default ingest/corpus) is ingested first;
SEED_CORPUS=false disables that. Every setting is listed in README.md ("Configuration").

Processes: WEB_CONCURRENCY Node workers share the port (default: the core count with
DATABASE_URL, 1 on PGlite); the primary migrates and seeds once, then forks them.`;

/** Shutdown waits this long for requests to finish before it exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 15_000;

const UI_DIR = join(dirname(fileURLToPath(import.meta.url)), 'ui', 'public');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** Static UI files from src/ui/public, never outside it. */
async function uiAsset(path: string): Promise<Response | null> {
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const file = join(UI_DIR, clean);
  if (!file.startsWith(UI_DIR)) return null;
  const type = TYPES[extname(file)];
  if (!type) return null;
  try {
    const body = await readFile(file);
    return new Response(body, { headers: { 'content-type': type, 'cache-control': 'no-cache' } });
  } catch {
    return null;
  }
}

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const config = loadConfig(process.env, { cores: availableParallelism(), server: true });
  if (cluster.isWorker) return serveProcess(config, { migrate: false });
  if (config.webConcurrency > 1) {
    // Migrations and the seed run once, here, before any worker opens the database.
    const runtime = await openRuntime(config);
    runtime.services.logger.info('starting', {
      ...describeConfig(config),
      workers: config.webConcurrency,
    });
    try {
      await seedIfEmpty(runtime, config);
    } finally {
      await runtime.close();
    }
    const logger = createLogger({ level: config.logLevel });
    runPrimary({ workers: config.webConcurrency, logger, shutdownTimeoutMs: SHUTDOWN_TIMEOUT_MS });
    return;
  }
  return serveProcess(config, { migrate: true });
}

/** The sample corpus into an empty database (SEED_CORPUS, CORPUS_DIR). */
async function seedIfEmpty(runtime: Runtime, config: Config): Promise<void> {
  const { services } = runtime;
  const log = services.logger;
  if (!config.seedCorpus || (await services.store.countDocuments()) > 0) return;
  const started = Date.now();
  log.info('empty database: ingesting the sample corpus', { dir: config.corpusDir });
  const results = await ingestPaths(runtime.ingester, [config.corpusDir]);
  const failed = results.filter((r) => r.status === 'failed');
  for (const f of failed) log.warn('seed file failed', { file: f.file, error: f.error });
  log.info('sample corpus ingested', {
    documents: results.length - failed.length,
    failed: failed.length,
    chunks: results.reduce((a, r) => a + r.chunks, 0),
    ms: Date.now() - started,
  });
}

/**
 * One serving process: the only one (WEB_CONCURRENCY 1: migrates and seeds first) or a
 * cluster worker (the primary has done both).
 */
async function serveProcess(config: Config, options: { migrate: boolean }) {
  const runtime = await openRuntime(config, { migrate: options.migrate });
  const { services } = runtime;
  const log = services.logger;
  if (cluster.isWorker)
    log.info('worker starting', { worker: cluster.worker?.id, pid: process.pid });
  else {
    log.info('starting', describeConfig(config));
    await seedIfEmpty(runtime, config);
  }

  const app = createApp({
    services: () => services,
    assets: (path) => uiAsset(path),
    settings: {
      maxJsonBytes: config.maxJsonBytes,
      maxUploadBytes: config.maxUploadBytes,
      corsOrigins: config.corsOrigins,
      rateLimit: config.rateLimit,
      trustProxy: config.trustProxy,
    },
    // @hono/node-server passes the Node request as c.env.incoming.
    remoteAddress: (c) =>
      (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
        ?.socket?.remoteAddress,
  });
  // A request whose client has gone (a closed tab, a load generator stopping) keeps running
  // but no longer holds a connection open, so server.close() does not wait for it: track the
  // handlers themselves, so the database is not closed under them.
  const inFlight = new Set<Promise<unknown>>();
  const trackedFetch: typeof app.fetch = (...args) => {
    const response = Promise.resolve(app.fetch(...args));
    const settled: Promise<unknown> = response
      .catch(() => {})
      .finally(() => inFlight.delete(settled));
    inFlight.add(settled);
    return response;
  };
  const server = serve(
    { fetch: trackedFetch, port: config.port, hostname: config.host },
    (info) => {
      log.info('listening', {
        url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${info.port}`,
      });
    },
  );
  // A request Node's HTTP parser refuses never reaches the app: answer it in the API's error
  // shape rather than with a bare 400. The usual case is curl with unencoded Chinese in the URL.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: import('node:stream').Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    const message =
      error.code === 'HPE_INVALID_URL' || error.code === 'HPE_INVALID_CONSTANT'
        ? 'malformed request line: percent-encode non-ASCII characters in the URL (上海 → %E4%B8%8A%E6%B5%B7)'
        : 'malformed HTTP request';
    const body = JSON.stringify(errorBody('bad_request', message));
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    // Stop accepting; in-flight requests finish; then background jobs; then the database.
    server.close(async () => {
      await Promise.allSettled(inFlight);
      await runtime.close();
      log.info('stopped');
      process.exit(0);
    });
    // close() drops only the keep-alive connections idle at this moment. One still serving a
    // request turns idle when its response ends and would then hold shutdown for the
    // keep-alive timeout (or, if its client keeps sending, until the forced exit): keep
    // closing idle connections until the server has none.
    if ('closeIdleConnections' in server)
      setInterval(() => server.closeIdleConnections(), 100).unref();
    setTimeout(() => {
      log.error(`forced exit after ${SHUTDOWN_TIMEOUT_MS / 1000} s`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // A worker whose primary is gone (killed outright) would otherwise serve on unsupervised.
  if (cluster.isWorker) process.on('disconnect', () => shutdown('primary gone'));
}

main().catch((error) => {
  console.error(`policy-qa: ${(error as Error).message.split('\n')[0]}`);
  process.exit(1);
});
