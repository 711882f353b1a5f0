import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/app.ts';
import { createServices } from '../../src/services.ts';
import { createLogger } from '../../src/logger.ts';
import type { SqlClient } from '../../src/db/sql-client.ts';

/** Path the bench wrapper answers itself (outside the app) with the server's resident memory. */
export const RSS_PATH = '/__bench/rss';

const PROMPTS_DIR = join(import.meta.dirname, '..', '..', 'prompts');

function readPrompt(name: string): string {
  try {
    return readFileSync(join(PROMPTS_DIR, name), 'utf8');
  } catch {
    return '';
  }
}

/**
 * The real app (offline: hashing embeddings, extractive answers) on the given database, served
 * on 127.0.0.1 with a random port. Rate limiting and request logs are off: they would measure
 * the limiter and the console, not the ask pipeline.
 */
export async function serveBenchApp(
  sql: SqlClient,
): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    EMBEDDINGS_PROVIDER: 'hashing',
  });
  const services = createServices({
    config,
    sql,
    prompts: { answer: readPrompt('answer.md'), condense: readPrompt('condense.md') },
    logger: createLogger({ level: 'silent' }),
    runInBackground: (task) => void task.catch(() => {}),
  });
  const app = createApp({
    services: () => services,
    settings: {
      maxJsonBytes: config.maxJsonBytes,
      maxUploadBytes: config.maxUploadBytes,
      corsOrigins: config.corsOrigins,
      rateLimit: config.rateLimit,
    },
  });
  const fetchWithRss = (request: Request) => {
    if (new URL(request.url).pathname === RSS_PATH)
      return Response.json({ rss: process.memoryUsage().rss });
    return app.fetch(request);
  };
  return new Promise((resolve) => {
    const server = serve(
      { fetch: fetchWithRss, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => {
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      },
    );
  });
}
