import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/app.ts';
import { openRuntime } from '../../src/node/runtime.ts';
import { ingestPaths } from '../../ingest/run.ts';
import { runLoad, loadQuestions, formatLoadReport, loadSucceeded, SAMPLE_QUESTIONS } from './run-load.ts';

const HELP = `npm run load -- [options]

Load on POST /api/ask with autocannon: --connections concurrent keep-alive clients send the
questions of --questions (English and Chinese) in turn for --duration seconds, then prints
throughput, latency p50/p95/p99, non-2xx responses and errors.

Options:
  --url URL           server to load (default http://127.0.0.1:8787); its rate limit applies,
                      so start it with RATE_LIMIT_PER_MINUTE=0
  --start             start a server in this process instead: in-memory PGlite, the sample
                      corpus (CORPUS_DIR, default ingest/corpus), rate limit off
  --connections N     concurrent clients (default 32)
  --duration S        seconds (default 30)
  --questions FILE    eval dataset JSONL with "question" (default eval/datasets/sample.jsonl)
  -h, --help          this text

Exit code: 1 if any request failed (connection error, timeout, non-2xx status or a body
without an answer), else 0. With --start the load generator shares the server's process
and cores, so figures are a floor.`;

function positiveInteger(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be an integer from 1 to ${max}, got "${value}"`);
  return n;
}

/** The real app on an in-memory PGlite with the sample corpus, on 127.0.0.1 at a random port. */
async function startServer(): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig({ ...process.env, DATABASE_URL: '', DATA_DIR: 'memory://', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' });
  const runtime = await openRuntime(config);
  const corpus = process.env.CORPUS_DIR ?? join(import.meta.dirname, '..', '..', 'ingest', 'corpus');
  const started = Date.now();
  const results = await ingestPaths(runtime.ingester, [corpus]);
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length === results.length) throw new Error(`nothing ingested from ${corpus}: ${failed[0]?.error ?? 'no files'}`);
  console.error(`load: ingested ${results.length - failed.length} documents from ${corpus} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const app = createApp({
    services: () => runtime.services,
    settings: { maxJsonBytes: config.maxJsonBytes, maxUploadBytes: config.maxUploadBytes, corsOrigins: config.corsOrigins, rateLimit: config.rateLimit },
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: async () => {
          await new Promise<void>((done) => server.close(() => done()));
          await runtime.close();
        },
      });
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      start: { type: 'boolean', default: false },
      connections: { type: 'string' },
      duration: { type: 'string' },
      questions: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.start && values.url) throw new Error('give either --url or --start, not both');
  const connections = positiveInteger('connections', values.connections, 32, 1024);
  const durationSeconds = positiveInteger('duration', values.duration, 30, 86_400);
  const questions = loadQuestions(values.questions ?? SAMPLE_QUESTIONS);
  const server = values.start ? await startServer() : null;
  try {
    const url = server?.url ?? (values.url ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
    console.error(`load: ${questions.length} questions, ${connections} connections, ${durationSeconds} s against ${url}…`);
    const report = await runLoad({ url, connections, durationSeconds, questions });
    console.log(formatLoadReport(report));
    if (report.statuses['429']) console.log('note: 429 responses come from the rate limit; run the server with RATE_LIMIT_PER_MINUTE=0');
    return loadSucceeded(report) ? 0 : 1;
  } finally {
    await server?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`load: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  },
);
