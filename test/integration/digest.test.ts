import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { BACKENDS } from '../support/databases.ts';
import { createTestApp, SAMPLE_CORPUS, type TestApp } from '../support/app.ts';

const REVISIONS = join(import.meta.dirname, '..', 'fixtures', 'revisions');
// The sample corpus's documents of the newsletter's period that are not PDFs (PDFs take seconds each to parse).
const PERIOD_DOCUMENTS = [
  'en/en-national-carbon-accounting-plan-2024.md',
  'en/en-national-v2g-pilot-2024.md',
  'en/en-national-nev-bus-battery-renewal-2024.md',
  'en/en-national-smart-agriculture-2024.md',
  'en/en-shanxi-energy-conservation-2024.md',
  'en/en-anhui-trade-in-2024.md',
  'en/en-hebei-trade-in-2024.md',
  'en/en-guizhou-trade-in-2024.md',
  'en/en-inner-mongolia-aluminium-2024.txt',
  'zh/zh-heilongjiang-equipment-trade-in-2024.md',
  'zh/zh-henan-auto-trade-in-2024.txt',
  'zh/zh-anhui-zero-waste-city-2024.html',
].map((file) => join(SAMPLE_CORPUS, file));

describe.each(BACKENDS)('revised targets and the digest on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind, corpus: [REVISIONS, ...PERIOD_DOCUMENTS] });
  });
  afterAll(async () => t?.close());

  const json = async (path: string) => {
    const res = await t.app.request(path);
    return { status: res.status, body: await res.json() };
  };

  describe('GET /api/targets/changes', () => {
    it('pairs a target with the earlier value it revises for the same region, metric and target year', async () => {
      const { status, body } = await json('/api/targets/changes?from=2024-01-01&to=2024-12-31');
      expect(status).toBe(200);
      const storage = body.changes.filter((c: { metric: string }) => c.metric === 'new_energy_storage_capacity');
      expect(storage).toEqual([
        expect.objectContaining({
          region: 'Hebei',
          metric_name: expect.objectContaining({ en: 'New-type energy storage capacity' }),
          target_year: 2025,
          old: expect.objectContaining({ value: 4, unit: 'GW', document_id: 'hebei-storage-2023', date: '2023-03-01', quote: expect.stringContaining('4 million kilowatts') }),
          new: expect.objectContaining({ value: 6, unit: 'GW', document_id: 'hebei-storage-2024', date: '2024-09-01', quote: expect.stringContaining('6 million kilowatts') }),
        }),
      ]);
      // The same value restated (100,000 charging piles) is no revision.
      expect(body.changes.some((c: { metric: string }) => c.metric === 'public_charging_piles')).toBe(false);
    });

    it('finds nothing when the revising document is outside the period', async () => {
      const { body } = await json('/api/targets/changes?from=2023-01-01&to=2023-12-31');
      expect(body.changes).toEqual([]);
    });

    it.each([
      ['?from=2024-01-01', /to is required/],
      ['?from=2024-13-01&to=2024-12-31', /from must be a calendar date/],
      ['?from=2024-12-31&to=2024-01-01', /from: 2024-12-31 is after to 2024-01-01/],
      ['?from=2024-01-01&to=2024-12-31&metric=x', /unknown query parameter "metric"/],
    ])('refuses %s', async (query, message) => {
      const { status, body } = await json(`/api/targets/changes${query}`);
      expect(status).toBe(400);
      expect(body.error.message).toMatch(message);
    });
  });
});
