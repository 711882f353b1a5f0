import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/app.ts';
import { createServices } from '../../src/services.ts';
import { createStore } from '../../src/db/store.ts';
import { createIngester } from '../../ingest/pipeline.ts';
import { ingestPaths } from '../../ingest/run.ts';
import { loadPrompts } from '../../src/node/runtime.ts';
import { createLogger } from '../../src/logger.ts';
import { openTestDatabase } from './databases.ts';
import type { Database } from '../../src/node/database.ts';
import { readFile } from 'node:fs/promises';

export const SAMPLE_CORPUS = join(import.meta.dirname, '..', '..', 'ingest', 'corpus');
export const UI_DIR = join(import.meta.dirname, '..', '..', 'src', 'ui', 'public');

export interface TestApp {
  app: ReturnType<typeof createApp>;
  services: ReturnType<typeof createServices>;
  database: Database;
  ingester: ReturnType<typeof createIngester>;
  pending: Promise<unknown>[];
  close(): Promise<void>;
}

/**
 * A real app on a real database (PGlite in memory, or a fresh schema on TEST_DATABASE_URL),
 * with the given corpus ingested through the real pipeline. `env` overrides configuration.
 */
export async function createTestApp(
  options: {
    kind?: 'pglite' | 'postgres';
    corpus?: string[];
    env?: Record<string, string>;
    fetch?: typeof fetch;
    /** An already-open database to use instead of a fresh one (e.g. PostgreSQL through a fault-injecting proxy); `close()` closes it. */
    database?: Database;
  } = {},
): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ...options.env });
  const database =
    options.database ??
    (await openTestDatabase(options.kind ?? 'pglite', config.embeddings.dimensions));
  const pending: Promise<unknown>[] = [];
  const services = createServices({
    config,
    sql: database.sql,
    prompts: loadPrompts(),
    logger: createLogger({ level: config.logLevel }),
    runInBackground: (task) => pending.push(task.catch(() => {})),
    fetch: options.fetch,
  });
  await createStore(database.sql).checkEmbeddingModel(
    services.embeddingModel.model,
    services.embeddingModel.dimensions,
  );
  const ingester = createIngester({
    store: services.store,
    embeddings: services.embeddings,
    extractTargets: services.extractTargets,
  });
  services.ingestUpload = (input) =>
    ingester.ingest({
      bytes: input.bytes,
      fileName: input.fileName,
      metadata: input.metadata as never,
      replace: input.replace,
    });
  if (options.corpus?.length) {
    const results = await ingestPaths(ingester, options.corpus);
    const failed = results.filter((r) => r.status === 'failed');
    if (failed.length)
      throw new Error(`test corpus failed to ingest: ${failed.map((f) => f.error).join('; ')}`);
  }
  const app = createApp({
    services: () => services,
    assets: async (path) => {
      const type = path.endsWith('.js')
        ? 'text/javascript'
        : path.endsWith('.css')
          ? 'text/css'
          : path.endsWith('.html')
            ? 'text/html; charset=utf-8'
            : null;
      if (!type || path.includes('..')) return null;
      try {
        return new Response(await readFile(join(UI_DIR, path)), {
          headers: { 'content-type': type },
        });
      } catch {
        return null;
      }
    },
    settings: {
      maxJsonBytes: config.maxJsonBytes,
      maxUploadBytes: config.maxUploadBytes,
      corsOrigins: config.corsOrigins,
      rateLimit: config.rateLimit,
      trustProxy: config.trustProxy,
    },
  });
  return {
    app,
    services,
    database,
    ingester,
    pending,
    async close() {
      await Promise.allSettled(pending);
      await database.close();
    },
  };
}

/** Serves a test app on 127.0.0.1 with a random port (for Chromium and load tests). */
export async function listen(app: {
  fetch: (request: Request) => Response | Promise<Response>;
}): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => {
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      },
    );
  });
}
