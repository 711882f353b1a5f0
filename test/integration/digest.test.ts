import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { BACKENDS } from '../support/databases.ts';
import { createTestApp, SAMPLE_CORPUS, type TestApp } from '../support/app.ts';
import { verifyAnswer } from '../../src/answer/verify.ts';

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
      const storage = body.changes.filter(
        (c: { metric: string }) => c.metric === 'new_energy_storage_capacity',
      );
      expect(storage).toEqual([
        expect.objectContaining({
          region: 'Hebei',
          metric_name: expect.objectContaining({ en: 'New-type energy storage capacity' }),
          target_year: 2025,
          old: expect.objectContaining({
            value: 4,
            unit: 'GW',
            document_id: 'hebei-storage-2023',
            date: '2023-03-01',
            quote: expect.stringContaining('4 million kilowatts'),
          }),
          new: expect.objectContaining({
            value: 6,
            unit: 'GW',
            document_id: 'hebei-storage-2024',
            date: '2024-09-01',
            quote: expect.stringContaining('6 million kilowatts'),
          }),
        }),
      ]);
      // The same value restated (100,000 charging piles) is no revision.
      expect(
        body.changes.some((c: { metric: string }) => c.metric === 'public_charging_piles'),
      ).toBe(false);
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

  describe('GET /api/digest', () => {
    type Item = {
      type: string;
      text: string;
      citations: number[];
      regions: string[];
      document_id?: string;
      bullets?: { text: string; citations: number[]; target_year: number | null }[];
      table?: { rows: { region: string }[] };
    };
    type Section = { kind: string; title: string; items: Item[] };
    let digest: {
      period: unknown;
      documents: { id: string }[];
      sections: Section[];
      citations: { n: number; document_id: string; quote: string; start: number; end: number }[];
      verification: { dropped_sentences: number; checked_numbers: number };
    };
    beforeAll(async () => {
      digest = (await json('/api/digest?from=2024-06-01&to=2024-10-31')).body;
    });
    const items = () => digest.sections.flatMap((s) => s.items);
    const texts = () =>
      items()
        .flatMap((i) => [i.text, ...(i.bullets ?? []).map((b) => b.text)])
        .filter(Boolean);

    it('has the four sections, national documents in top news and provinces in subnational updates', () => {
      expect(digest.period).toEqual({ from: '2024-06-01', to: '2024-10-31' });
      expect(digest.sections.map((s) => s.kind)).toEqual([
        'top',
        'subnational',
        'revised',
        'perspectives',
      ]);
      const top = digest.sections[0]!.items.map((i) => i.document_id);
      expect(top).toEqual(
        expect.arrayContaining([
          'en-national-carbon-accounting-plan-2024',
          'en-national-v2g-pilot-2024',
          'en-national-nev-bus-battery-renewal-2024',
        ]),
      );
      const group = digest.sections[1]!.items.find(
        (i) => i.type === 'group' && /trade-ins/.test(i.text),
      )!;
      expect(group.text).toMatch(
        /^Five provincial regions issued .* on equipment renewal and consumer-goods trade-ins: /,
      );
      expect(group.regions.sort()).toEqual(['Anhui', 'Guizhou', 'Hebei', 'Heilongjiang', 'Henan']);
    });

    it('states the targets as bullets with bold figures, and compares a metric several regions set', () => {
      const guizhou = items().find((i) => i.document_id === 'en-guizhou-trade-in-2024')!;
      expect(guizhou.bullets!.map((b) => b.text)).toEqual(
        expect.arrayContaining([expect.stringMatching(/\*\*about|\*\*3\.7 billion yuan\*\*/)]),
      );
      expect(guizhou.bullets!.every((b) => b.target_year === 2024 || b.target_year === null)).toBe(
        true,
      );
      const caps = items().find((i) => i.type === 'table' && /buying an NEV/.test(i.text))!;
      expect(caps.table!.rows.map((r) => r.region)).toEqual(
        expect.arrayContaining(['Anhui', 'Hebei', 'Henan']),
      );
      expect(caps.text).toMatch(/Anhui \*\*20,000 yuan\*\* \[\d+\]/);
      expect(caps.text).toMatch(/Henan \*\*16000元\*\* \[\d+\]/);
    });

    it('shows the revision of a target in the period', () => {
      const revised = digest.sections[2]!.items;
      expect(revised.map((i) => i.text)).toEqual([
        expect.stringMatching(
          /^Hebei changed its (2025 )?target for new-type energy storage capacity from \*\*4 million kilowatts\*\* in _.*_ \[\d+\] to \*\*6 million kilowatts\*\* in _.*_ \[\d+\]\.$/,
        ),
      ]);
    });

    it('cites every sentence, every marker resolves to a quote that is the document text at its offsets', async () => {
      const numbers = new Set(digest.citations.map((c) => c.n));
      for (const text of texts()) {
        const markers = Array.from(text.matchAll(/\[(\d+)\]/g), (m) => Number(m[1]));
        expect(markers.length, text).toBeGreaterThan(0);
        for (const n of markers) expect(numbers.has(n), text).toBe(true);
      }
      expect(digest.citations.map((c) => c.n)).toEqual(digest.citations.map((_, i) => i + 1));
      const docs = new Map<string, string>();
      for (const c of digest.citations) {
        if (!docs.has(c.document_id))
          docs.set(c.document_id, (await json(`/api/documents/${c.document_id}`)).body.text);
        expect(docs.get(c.document_id)!.slice(c.start, c.end)).toBe(c.quote);
      }
    });

    it('states no number its citations do not hold (the verifier, run again over the result)', () => {
      const passages = new Map(digest.citations.map((c) => [c.n, c.quote]));
      let checked = 0;
      for (const text of texts()) {
        const result = verifyAnswer(text.replace(/_[^_\n]+_/g, 'the document'), passages);
        expect(result.unverified, text).toEqual([]);
        checked += result.checkedNumbers;
      }
      expect(checked).toBeGreaterThan(100);
    });

    it('keeps to the scope asked for', async () => {
      const { body } = await json(
        '/api/digest?from=2024-06-01&to=2024-10-31&regions=hebei&kinds=implementation_plan',
      );
      expect(body.documents.map((d: { id: string }) => d.id)).toEqual(['en-hebei-trade-in-2024']);
      expect(body.sections[0].items).toEqual([]);
    });

    it('answers a period without documents with an empty digest that says what was searched', async () => {
      const { status, body } = await json(
        '/api/digest?from=2001-01-01&to=2001-12-31&regions=Shanxi',
      );
      expect(status).toBe(200);
      expect(body.documents).toEqual([]);
      expect(body.sections.every((s: Section) => s.items.length === 0)).toBe(true);
      expect(body.notice).toMatch(
        /^No documents were published from 2001-01-01 to 2001-12-31 \(regions Shanxi\)\. Searched \d+ documents; the latest was published on 2024-/,
      );
    });

    it('renders Markdown and a self-contained, escaped HTML page', async () => {
      const md = await t.app.request('/api/digest?from=2024-06-01&to=2024-10-31&format=md');
      expect(md.headers.get('content-type')).toContain('text/markdown');
      const text = await md.text();
      expect(text).toMatch(/^# Policy digest: 2024-06-01 to 2024-10-31/);
      expect(text).toContain('## Top News');
      expect(text).toMatch(/\nBy 2024:\n/);
      expect(text).toMatch(/\n\[1\] /);
      const html = await (
        await t.app.request('/api/digest?from=2024-06-01&to=2024-10-31&format=html')
      ).text();
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('<strong>');
      expect(html).toMatch(/<a class="cite" href="#c1">\[1\]<\/a>/);
      expect(html).not.toMatch(/<script|<link|src=/);
    });

    it.each([
      ['?from=2024-06-01&to=2024-05-01', /is after to/],
      ['?from=June&to=2024-05-01', /from must be a calendar date/],
      ['?from=2024-06-01&to=2024-10-31&kinds=memo', /unknown kind "memo" \(allowed: plan, /],
      ['?from=2024-06-01&to=2024-10-31&format=pdf', /format must be json, md or html/],
      ['?from=2024-06-01&to=2024-10-31&year=2024', /unknown query parameter "year"/],
    ])('refuses %s with the error envelope', async (query, message) => {
      const { status, body } = await json(`/api/digest${query}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toMatch(message);
    });
  });
});
