import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { BenchDatabase } from './backend.ts';
import type { BenchQuery } from './generator.ts';
import { serveBenchApp, RSS_PATH } from './app-server.ts';
import { percentile } from './measure.ts';

export interface AskFigures {
  p50_ms: number;
  p95_ms: number;
  requests: number;
  /** Requests whose answer was "answerable" (a sanity check that retrieval found something). */
  answerable: number;
  rss_mb: number;
  /** How the server ran: its own process (PostgreSQL) or inside the benchmark (PGlite). */
  server: 'child-process' | 'in-process';
}

/**
 * `/api/ask` over real HTTP on loopback, one request at a time. On PostgreSQL the app runs in a
 * child process of its own (so its memory is the server's alone); PGlite lives in this process,
 * so there the app is served in-process and the memory figure includes the benchmark itself.
 */
export async function measureAsk(
  database: BenchDatabase,
  queries: BenchQuery[],
  warmup: number,
): Promise<AskFigures> {
  const server = database.connection
    ? await startChild(database.connection)
    : { ...(await serveBenchApp(database.sql)), kind: 'in-process' as const };
  try {
    for (let i = 0; i < Math.min(warmup, queries.length); i++) await ask(server.url, queries[i]);
    const samples: number[] = [];
    let answerable = 0;
    for (const query of queries) {
      const started = performance.now();
      const body = await ask(server.url, query);
      samples.push(performance.now() - started);
      if (body.answerable) answerable++;
    }
    const { rss } = (await (await fetch(server.url + RSS_PATH)).json()) as { rss: number };
    return {
      p50_ms: percentile(samples, 50),
      p95_ms: percentile(samples, 95),
      requests: samples.length,
      answerable,
      rss_mb: rss / 1024 / 1024,
      server: server.kind,
    };
  } finally {
    await server.close();
  }
}

async function ask(url: string, query: BenchQuery): Promise<{ answerable: boolean }> {
  const response = await fetch(url + '/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: query.text, filters: { regions: [query.region] } }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`/api/ask answered ${response.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text) as { answerable: boolean };
}

async function startChild(connection: {
  url: string;
  schema: string;
}): Promise<{ url: string; kind: 'child-process'; close(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'ask-server.ts')],
    {
      env: { ...process.env, BENCH_DATABASE_URL: connection.url, BENCH_SCHEMA: connection.schema },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      try {
        resolve((JSON.parse(line) as { url: string }).url);
      } catch (error) {
        reject(error);
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`the ask server exited with code ${code} before listening`)),
    );
  });
  return {
    url,
    kind: 'child-process',
    async close() {
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGTERM'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
