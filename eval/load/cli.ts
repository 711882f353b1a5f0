import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/app.ts';
import { openRuntime } from '../../src/node/runtime.ts';
import { ingestPaths } from '../../ingest/run.ts';
import {
  runLoad,
  loadQuestions,
  formatLoadReport,
  loadSucceeded,
  mergeLoadReports,
  SAMPLE_QUESTIONS,
  type LoadReport,
} from './run-load.ts';
import { startServerProcess } from './server-process.ts';
import { formatConcurrencyComparison } from './compare.ts';

const HELP = `npm run load -- [options]

Load on POST /api/ask with autocannon: --connections concurrent keep-alive clients send the
questions of --questions (English and Chinese) in turn for --duration seconds, then prints
throughput, latency p50/p95/p99, non-2xx responses and errors.

Options:
  --url URL           server to load (default http://127.0.0.1:8787); its rate limit applies,
                      so start it with RATE_LIMIT_PER_MINUTE=0
  --start             start a server in this process instead: in-memory PGlite, the sample
                      corpus (CORPUS_DIR, default ingest/corpus), rate limit off
  --start --web-concurrency N
                      start \`npm start\` as a child process with WEB_CONCURRENCY=N workers
                      (on DATABASE_URL, seeding the sample corpus if the database is empty;
                      N > 1 needs DATABASE_URL), rate limit off
  --compare-concurrency
                      on DATABASE_URL: start the server with WEB_CONCURRENCY=1, load it, stop
                      it; again at the default (the core count, ${availableParallelism()} here; or
                      --web-concurrency N); print both and the ratio of req/s. Both servers
                      run at once and the load alternates between them in --rounds rounds
                      (default 3) of duration/rounds seconds, so the machine's other load
                      falls on both alike; --duration is each setting's total
  --connections N     concurrent clients (default 32)
  --duration S        seconds (default 30)
  --questions FILE    eval dataset JSONL with "question" (default eval/datasets/sample.jsonl)
  -h, --help          this text

Exit code: 1 if any request failed (connection error, timeout, non-2xx status or a body
without an answer), else 0. With --start the load generator shares the server's process
and cores, so figures are a floor.`;

function positiveInteger(
  name: string,
  value: string | undefined,
  fallback: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`--${name} must be an integer from 1 to ${max}, got "${value}"`);
  return n;
}

/** The real app on an in-memory PGlite with the sample corpus, on 127.0.0.1 at a random port. */
async function startServer(): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: 'memory://',
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
  });
  const runtime = await openRuntime(config);
  const corpus =
    process.env.CORPUS_DIR ?? join(import.meta.dirname, '..', '..', 'ingest', 'corpus');
  const started = Date.now();
  const results = await ingestPaths(runtime.ingester, [corpus]);
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length === results.length)
    throw new Error(`nothing ingested from ${corpus}: ${failed[0]?.error ?? 'no files'}`);
  console.error(
    `load: ingested ${results.length - failed.length} documents from ${corpus} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const app = createApp({
    services: () => runtime.services,
    settings: {
      maxJsonBytes: config.maxJsonBytes,
      maxUploadBytes: config.maxUploadBytes,
      corsOrigins: config.corsOrigins,
      rateLimit: config.rateLimit,
    },
  });
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => {
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: async () => {
            await new Promise<void>((done) => server.close(() => done()));
            await runtime.close();
          },
        });
      },
    );
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
      'web-concurrency': { type: 'string' },
      'compare-concurrency': { type: 'boolean', default: false },
      rounds: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.start && values.url) throw new Error('give either --url or --start, not both');
  if (values['compare-concurrency'] && (values.url || values.start))
    throw new Error('--compare-concurrency starts its own servers: give neither --url nor --start');
  if (values['web-concurrency'] !== undefined && !values.start && !values['compare-concurrency'])
    throw new Error('--web-concurrency needs --start or --compare-concurrency');
  const connections = positiveInteger('connections', values.connections, 32, 1024);
  const durationSeconds = positiveInteger('duration', values.duration, 30, 86_400);
  const webConcurrency =
    values['web-concurrency'] === undefined
      ? undefined
      : positiveInteger('web-concurrency', values['web-concurrency'], 1, 256);
  const questions = loadQuestions(values.questions ?? SAMPLE_QUESTIONS);
  const rounds = positiveInteger('rounds', values.rounds, 3, 100);
  if (values['compare-concurrency'])
    return compareConcurrency({ connections, durationSeconds, questions, webConcurrency, rounds });
  const server = values.start
    ? webConcurrency !== undefined
      ? await startServerProcess({ webConcurrency })
      : await startServer()
    : null;
  try {
    const url = server?.url ?? (values.url ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
    console.error(
      `load: ${questions.length} questions, ${connections} connections, ${durationSeconds} s against ${url}…`,
    );
    const report = await runLoad({ url, connections, durationSeconds, questions });
    console.log(formatLoadReport(report));
    if (report.statuses['429'])
      console.log(
        'note: 429 responses come from the rate limit; run the server with RATE_LIMIT_PER_MINUTE=0',
      );
    return loadSucceeded(report) ? 0 : 1;
  } finally {
    await server?.close();
  }
}

/**
 * The same load against the server at WEB_CONCURRENCY 1 and at the default (or N), on the same
 * database. Both servers run at once (an idle one costs nothing) and the load alternates
 * between them in `rounds` rounds of duration/rounds seconds, so a change in the machine's
 * other load during the run falls on both alike; each setting's rounds are then merged.
 */
async function compareConcurrency(options: {
  connections: number;
  durationSeconds: number;
  questions: string[];
  webConcurrency?: number;
  rounds: number;
}): Promise<number> {
  if (!process.env.DATABASE_URL)
    throw new Error(
      '--compare-concurrency needs DATABASE_URL: on PGlite the server runs one process',
    );
  const settings: { label: string; webConcurrency?: number }[] = [
    { label: '1', webConcurrency: 1 },
    options.webConcurrency === undefined
      ? { label: `default (${availableParallelism()})` }
      : { label: String(options.webConcurrency), webConcurrency: options.webConcurrency },
  ];
  const servers: Awaited<ReturnType<typeof startServerProcess>>[] = [];
  try {
    // One after the other: the first seeds an empty database, the second finds it seeded.
    for (const setting of settings) {
      console.error(`load: starting the server with WEB_CONCURRENCY ${setting.label}…`);
      servers.push(await startServerProcess({ webConcurrency: setting.webConcurrency }));
    }
    // A short unmeasured warm-up each: the first requests of each worker compile and fill caches.
    for (const server of servers)
      await runLoad({
        url: server.url,
        connections: options.connections,
        durationSeconds: 5,
        questions: options.questions,
      });
    const perRound = Math.max(1, Math.round(options.durationSeconds / options.rounds));
    const reports: LoadReport[][] = settings.map(() => []);
    for (let round = 0; round < options.rounds; round++) {
      // Alternate which setting goes first.
      const order =
        round % 2 === 0
          ? settings.map((_, i) => i)
          : settings.map((_, i) => settings.length - 1 - i);
      for (const i of order) {
        console.error(
          `load: round ${round + 1}/${options.rounds}, WEB_CONCURRENCY ${settings[i].label}: ${options.connections} connections, ${perRound} s…`,
        );
        reports[i].push(
          await runLoad({
            url: servers[i].url,
            connections: options.connections,
            durationSeconds: perRound,
            questions: options.questions,
          }),
        );
      }
    }
    const runs = settings.map((setting, i) => ({
      label: setting.label,
      report: mergeLoadReports(reports[i]),
    }));
    for (const run of runs) {
      console.log(`WEB_CONCURRENCY ${run.label} (${options.rounds} rounds)`);
      console.log(formatLoadReport(run.report));
      console.log('');
    }
    console.log(formatConcurrencyComparison(runs));
    return runs.every((run) => loadSucceeded(run.report)) ? 0 : 1;
  } finally {
    for (const [i, server] of servers.entries()) {
      const code = await server.close();
      if (code !== 0)
        console.error(
          `load: the server (WEB_CONCURRENCY ${settings[i].label}) exited with code ${code}`,
        );
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`load: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  },
);
