import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { createTestApp, listen, type TestApp } from '../support/app.ts';
import { runLoad, loadQuestions, loadSucceeded, percentile } from '../../eval/load/run-load.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'corpus-mini');

describe('runLoad (npm run load) against the real app', () => {
  let t: TestApp;
  let server: { url: string; close(): Promise<void> };
  const asked = new Set<string>();

  beforeAll(async () => {
    t = await createTestApp({ corpus: [MINI] });
    server = await listen({
      fetch: async (request: Request) => {
        if (request.method === 'POST')
          asked.add(((await request.clone().json()) as { question: string }).question);
        return t.app.fetch(request);
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  it('keeps 16 concurrent clients answered for 5 s with no errors and no non-2xx, rotating English and Chinese questions', async () => {
    const questions = loadQuestions();
    // English and Chinese take turns from the start.
    expect(questions.slice(0, 4).map((q) => /[\u4e00-\u9fff]/.test(q))).toEqual([
      false,
      true,
      false,
      true,
    ]);

    const report = await runLoad({
      url: server.url,
      connections: 16,
      durationSeconds: 5,
      questions,
    });
    expect(report).toMatchObject({ non2xx: 0, errors: 0, timeouts: 0, badBodies: 0 });
    // No throughput floor: CI machines are small and shared. What must hold is that every
    // request of 16 concurrent clients was answered.
    expect(report.requests).toBeGreaterThan(0);
    expect(report.statuses).toEqual({ '200': report.requests });
    expect(report.throughput).toBeCloseTo(report.requests / report.durationSeconds, 5);
    expect(report.latencyMs.p50).toBeGreaterThan(0);
    expect(report.latencyMs.p50).toBeLessThanOrEqual(report.latencyMs.p95);
    expect(report.latencyMs.p95).toBeLessThanOrEqual(report.latencyMs.p99);
    expect(report.latencyMs.p99).toBeLessThanOrEqual(report.latencyMs.max);
    expect(loadSucceeded(report)).toBe(true);
    // Each request takes the next question: the server saw many different ones, in both languages.
    expect(asked.size).toBeGreaterThanOrEqual(Math.min(questions.length, report.requests) / 2);
    if (report.requests >= 2) expect([...asked].some((q) => /[\u4e00-\u9fff]/.test(q))).toBe(true);
  });

  it('counts failures: a server answering 503 fails the run', async () => {
    const failing = await listen({
      fetch: () => Response.json({ error: { code: 'database_unavailable' } }, { status: 503 }),
    });
    try {
      const report = await runLoad({
        url: failing.url,
        connections: 2,
        durationSeconds: 1,
        questions: ['q'],
      });
      expect(report.non2xx).toBe(report.requests);
      expect(report.badBodies).toBe(0);
      expect(loadSucceeded(report)).toBe(false);
    } finally {
      await failing.close();
    }
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([
      percentile(values, 50),
      percentile(values, 95),
      percentile(values, 99),
      percentile(values, 100),
    ]).toEqual([50, 95, 99, 100]);
    expect(Number.isNaN(percentile([], 95))).toBe(true);
  });
});
