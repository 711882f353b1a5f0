import { hasCjk } from '../../src/text/cjk.ts';
import { percentile } from '../percentile.ts';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * HTTP load on `POST /api/ask` with autocannon: many concurrent clients on keep-alive
 * connections, each request taking the next question from a rotating list, for a fixed time.
 */

export const SAMPLE_QUESTIONS = join(import.meta.dirname, '..', 'datasets', 'sample.jsonl');

export interface LoadOptions {
  /** Base URL of a running server, e.g. http://127.0.0.1:8787 (no trailing path). */
  url: string;
  /** Concurrent connections, each with one request in flight at a time. */
  connections: number;
  durationSeconds: number;
  /** Questions sent in turn, wrapping around. */
  questions: string[];
  /** Seconds to wait for one response before counting it as an error (default 30). */
  timeoutSeconds?: number;
}

export interface LoadReport {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Responses received, any status. */
  requests: number;
  /** Responses per second over the run. */
  throughput: number;
  /** Response times in milliseconds, over every response received. */
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  /** Every response time (ms), ascending, so runs can be merged (mergeLoadReports). */
  samplesMs: number[];
  /** Responses by status code, e.g. { "200": 1234 }. */
  statuses: Record<string, number>;
  non2xx: number;
  /** Connection errors and timeouts (no response at all). */
  errors: number;
  timeouts: number;
  /** 2xx responses whose body is not an answer (no "answer" field). */
  badBodies: number;
}

// autocannon ships no types; this is the subset we use.
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface AutocannonInstance {
  on(
    event: 'response',
    listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
  ): void;
}
type Autocannon = (
  options: Record<string, unknown>,
  callback: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Questions from an eval dataset (one JSON object per line with `question`), English and Chinese alternating. */
export function loadQuestions(path = SAMPLE_QUESTIONS): string[] {
  const questions = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { question?: unknown }).question)
    .filter((q): q is string => typeof q === 'string' && q.trim().length > 0);
  if (questions.length === 0) throw new Error(`no questions in ${path}`);
  // Datasets list one language after the other; alternate them so any stretch of a run (and
  // any short run) carries both.
  const chinese = questions.filter(hasCjk);
  const others = questions.filter((q) => !hasCjk(q));
  return Array.from({ length: Math.max(chinese.length, others.length) }, (_, i) => [
    others[i],
    chinese[i],
  ])
    .flat()
    .filter((q): q is string => q !== undefined);
}

/** Drives `POST /api/ask` for `durationSeconds` and reports throughput, latency and failures. */
export function runLoad(options: LoadOptions): Promise<LoadReport> {
  if (options.questions.length === 0) throw new Error('runLoad needs at least one question');
  const bodies = options.questions.map((question) => JSON.stringify({ question }));
  let next = 0;
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: options.timeoutSeconds ?? 30,
        requests: [
          {
            method: 'POST',
            path: '/api/ask',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            // Called for every request: the next question in turn, across all connections.
            setupRequest: (request: Record<string, unknown>) => ({
              ...request,
              body: bodies[next++ % bodies.length],
            }),
          },
        ],
        // Counted in `mismatches` (for 2xx and non-2xx alike; see badBodies below).
        verifyBody: (body: string) => body.includes('"answer"'),
      },
      (error, result) => {
        if (error) return reject(error);
        const statuses: Record<string, number> = {};
        for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {}))
          statuses[status] = Number(count);
        const ok = Object.entries(statuses).reduce(
          (n, [status, count]) => (status.startsWith('2') ? n + count : n),
          0,
        );
        const sorted = times.sort((a, b) => a - b);
        resolve({
          url: options.url,
          connections: options.connections,
          durationSeconds: result.duration,
          requests: times.length,
          throughput: times.length / Math.max(result.duration, 0.001),
          latencyMs: {
            mean: sorted.reduce((a, b) => a + b, 0) / Math.max(sorted.length, 1),
            p50: percentile(sorted, 50),
            p95: percentile(sorted, 95),
            p99: percentile(sorted, 99),
            max: sorted[sorted.length - 1] ?? 0,
          },
          samplesMs: sorted,
          statuses,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          // Non-2xx error bodies have no answer either and are counted above: only 2xx here.
          badBodies: Math.min(ok, Math.max(0, result.mismatches - result.non2xx)),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/**
 * Several runs against one server as one: requests and durations summed (throughput over the
 * total time), percentiles over all the response times, failures summed.
 */
export function mergeLoadReports(reports: LoadReport[]): LoadReport {
  if (reports.length === 0) throw new Error('mergeLoadReports needs at least one report');
  const sorted = reports.flatMap((r) => r.samplesMs).sort((a, b) => a - b);
  const durationSeconds = reports.reduce((a, r) => a + r.durationSeconds, 0);
  const statuses: Record<string, number> = {};
  for (const r of reports)
    for (const [status, count] of Object.entries(r.statuses))
      statuses[status] = (statuses[status] ?? 0) + count;
  const sum = (f: (r: LoadReport) => number) => reports.reduce((a, r) => a + f(r), 0);
  return {
    url: reports[0].url,
    connections: reports[0].connections,
    durationSeconds,
    requests: sorted.length,
    throughput: sorted.length / Math.max(durationSeconds, 0.001),
    latencyMs: {
      mean: sorted.reduce((a, b) => a + b, 0) / Math.max(sorted.length, 1),
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? 0,
    },
    samplesMs: sorted,
    statuses,
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    badBodies: sum((r) => r.badBodies),
  };
}

/** A short human-readable summary (one fact per line). */
export function formatLoadReport(report: LoadReport): string {
  const ms = (n: number) => n.toFixed(1);
  const statuses = Object.entries(report.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  return [
    `POST /api/ask on ${report.url}: ${report.connections} connections for ${report.durationSeconds.toFixed(1)} s`,
    `requests     ${report.requests}  (${report.throughput.toFixed(1)} req/s)`,
    `latency ms   p50 ${ms(report.latencyMs.p50)}  p95 ${ms(report.latencyMs.p95)}  p99 ${ms(report.latencyMs.p99)}  mean ${ms(report.latencyMs.mean)}  max ${ms(report.latencyMs.max)}`,
    `statuses     ${statuses || 'none'}`,
    `non-2xx      ${report.non2xx}`,
    `errors       ${report.errors}  (timeouts ${report.timeouts})`,
    `bad bodies   ${report.badBodies}`,
  ].join('\n');
}

/** True when every request got a 2xx answer. */
export function loadSucceeded(report: LoadReport): boolean {
  return (
    report.requests > 0 && report.non2xx === 0 && report.errors === 0 && report.badBodies === 0
  );
}

export { percentile } from '../percentile.ts';
