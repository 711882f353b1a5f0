import { describe, it, expect } from 'vitest';
import { formatConcurrencyComparison } from '../../eval/load/compare.ts';
import { mergeLoadReports, type LoadReport } from '../../eval/load/run-load.ts';

const report = (throughput: number, p95: number, errors = 0): LoadReport => ({
  url: 'http://127.0.0.1:1',
  connections: 32,
  durationSeconds: 30,
  requests: Math.round(throughput * 30),
  throughput,
  latencyMs: { mean: p95 / 2, p50: p95 / 2, p95, p99: p95 * 1.5, max: p95 * 2 },
  samplesMs: [],
  statuses: { '200': Math.round(throughput * 30) },
  non2xx: 0,
  errors,
  timeouts: 0,
  badBodies: 0,
});

describe('formatConcurrencyComparison (npm run load -- --compare-concurrency)', () => {
  it('prints req/s and p50/p95/p99 per setting and the ratio of the last to the first', () => {
    const text = formatConcurrencyComparison([
      { label: '1', report: report(40, 1300) },
      { label: 'default (2)', report: report(76, 700, 1) },
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^WEB_CONCURRENCY\s+req\/s\s+p50 ms\s+p95 ms\s+p99 ms\s+errors\s+non-2xx$/,
    );
    expect(lines[1]).toMatch(/^1\s+40\.0\s+650\s+1300\s+1950\s+0\s+0$/);
    expect(lines[2]).toMatch(/^default \(2\)\s+76\.0\s+350\s+700\s+1050\s+1\s+0$/);
    expect(lines[3]).toBe('req/s ratio (default (2) / 1): 1.90×');
  });
});

describe('mergeLoadReports (the rounds of one setting)', () => {
  it('sums requests over the total time and takes percentiles over all response times', () => {
    const a = {
      ...report(10, 0),
      durationSeconds: 10,
      requests: 3,
      samplesMs: [10, 20, 30],
      statuses: { '200': 3 },
    };
    const b = {
      ...report(10, 0, 1),
      durationSeconds: 10,
      requests: 2,
      samplesMs: [5, 100],
      statuses: { '200': 1, '503': 1 },
      non2xx: 1,
    };
    const merged = mergeLoadReports([a, b]);
    expect(merged).toMatchObject({
      requests: 5,
      durationSeconds: 20,
      throughput: 0.25,
      statuses: { '200': 4, '503': 1 },
      non2xx: 1,
      errors: 1,
    });
    expect(merged.samplesMs).toEqual([5, 10, 20, 30, 100]);
    expect(merged.latencyMs).toMatchObject({ p50: 20, p95: 100, max: 100, mean: 33 });
  });
});
