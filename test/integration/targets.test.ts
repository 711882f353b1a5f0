import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { BACKENDS } from '../support/databases.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { startOpenAiStub, type OpenAiStub } from '../support/openai-stub.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'corpus-mini');

describe.each(BACKENDS)('targets store and API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind, corpus: [MINI] });
  });
  afterAll(async () => t?.close());

  const get = async (query: string) => {
    const res = await t.app.request(`/api/targets${query}`);
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      text: await res.text(),
    };
  };

  it('extracts targets at ingest, with provenance that points at their quote', async () => {
    const { targets } = JSON.parse((await get('')).text);
    const intensity = targets.find(
      (x: { value: number; document_id: string }) =>
        x.document_id === 'shanxi-plan' && x.value === 14.5,
    );
    expect(intensity).toMatchObject({
      unit: '%',
      direction: 'decrease',
      baseline_year: 2020,
      target_year: 2025,
      region: 'Shanxi',
    });
    const wind = targets.find(
      (x: { value: number; unit: string }) => x.unit === 'GW' && x.value === 18,
    );
    expect(wind).toMatchObject({
      document_id: 'guangdong-energy',
      value_raw: '1800',
      unit_raw: '万千瓦',
      target_year: 2025,
    });
    for (const target of targets) {
      const doc =
        JSON.parse((await get('')).text) &&
        (await (await t.app.request(`/api/documents/${target.document_id}`)).json());
      expect(doc.text.slice(target.start, target.end)).toBe(target.quote);
    }
  });

  it('filters by region, target year, year range, document and text', async () => {
    const byRegion = JSON.parse((await get('?region=Guangdong')).text).targets;
    expect(byRegion.length).toBeGreaterThan(0);
    expect(byRegion.every((x: { region: string }) => x.region === 'Guangdong')).toBe(true);
    expect(
      JSON.parse((await get('?target_year=2025&document_id=shanxi-plan')).text).targets.every(
        (x: { target_year: number; document_id: string }) =>
          x.target_year === 2025 && x.document_id === 'shanxi-plan',
      ),
    ).toBe(true);
    expect(JSON.parse((await get('?year_from=2030')).text).targets).toEqual([]);
    const text = JSON.parse((await get('?q=' + encodeURIComponent('海上风电'))).text).targets;
    expect(text.length).toBeGreaterThan(0);
    expect(
      text.every((x: { quote: string; label: string }) => (x.quote + x.label).includes('海上风电')),
    ).toBe(true);
  });

  it('gives each target its canonical metric beside the raw label, and filters by the metric key', async () => {
    const { targets } = JSON.parse((await get('?region=Shanxi')).text);
    const intensity = targets.find((x: { value: number }) => x.value === 14.5);
    expect(intensity).toMatchObject({
      metric: 'energy_intensity_reduction',
      metric_name: { en: expect.stringContaining('Energy intensity'), zh: '单位GDP能耗降低' },
      label: expect.stringContaining('energy consumption per unit of'),
    });
    const byMetric = JSON.parse((await get('?metric=energy_intensity_reduction')).text).targets;
    expect(new Set(byMetric.map((x: { region: string }) => x.region))).toEqual(
      new Set(['Shanxi', 'Guangdong']),
    );
    expect(
      byMetric.every((x: { metric: string }) => x.metric === 'energy_intensity_reduction'),
    ).toBe(true);
    const unknown = await get('?metric=energy_intensity');
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text).error.message).toMatch(/unknown metric "energy_intensity"/);
  });

  it('exports CSV with a header row and escaped cells', async () => {
    const { status, type, text } = await get('?format=csv&region=Guangdong');
    expect(status).toBe(200);
    expect(type).toContain('text/csv');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'document_id,title,region,level,sector,metric,metric_en,metric_zh,label,value,unit,value_raw,unit_raw,direction,qualifier,baseline_year,target_year,binding,quote,chunk_id,start,end',
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[1]).toMatch(/^guangdong-energy,/);
  });

  it.each(['?target_year=abc', '?limit=0', '?format=xml', "?region=' OR 1=1 --"])(
    'handles hostile or bad parameters safely: %s',
    async (query) => {
      const { status, text } = await get(query);
      if (query.includes('OR 1=1')) {
        expect(status).toBe(200);
        expect(JSON.parse(text).targets).toEqual([]);
      } else {
        expect(status).toBe(400);
        expect(JSON.parse(text).error.code).toBe('bad_request');
      }
    },
  );
});

describe('LLM target extraction at ingest (TARGET_EXTRACTOR=llm)', () => {
  let stub: OpenAiStub;
  let t: TestApp;
  beforeAll(async () => {
    stub = await startOpenAiStub((body) => {
      const passage = String(body.messages[body.messages.length - 1].content);
      if (!passage.includes('Article 2')) return JSON.stringify({ targets: [] });
      return JSON.stringify({
        targets: [
          {
            metric: 'new energy storage capacity',
            value_raw: '6',
            unit_raw: 'million kilowatts',
            direction: 'reach',
            qualifier: null,
            baseline_year: null,
            target_year: 2025,
            quote: 'By 2025, new energy storage capacity will reach 6 million kilowatts.',
            sector: 'power',
            binding: null,
          },
          {
            metric: 'invented',
            value_raw: '99',
            unit_raw: '%',
            direction: 'reach',
            qualifier: null,
            baseline_year: null,
            target_year: 2025,
            quote: 'By 2025, new energy storage capacity will reach 6 million kilowatts.',
            sector: null,
            binding: null,
          },
        ],
      });
    });
    t = await createTestApp({
      corpus: [MINI],
      env: { LLM_BASE_URL: stub.url, LLM_API_KEY: 'k', TARGET_EXTRACTOR: 'llm' },
    });
  });
  afterAll(async () => {
    await t?.close();
    await stub?.close();
  });

  it('stores model targets whose value is in their quote and drops the rest', async () => {
    const { targets } = await (await t.app.request('/api/targets?document_id=shanxi-plan')).json();
    expect(
      targets.some((x: { value: number; unit: string }) => x.value === 6 && x.unit === 'GW'),
    ).toBe(true);
    expect(targets.some((x: { value: number }) => x.value === 99)).toBe(false);
    // Only the model's targets: the rules' 14.5% is not there in llm mode.
    expect(targets.some((x: { value: number }) => x.value === 14.5)).toBe(false);
    expect(targets).toHaveLength(1);
    expect(stub.requests.some((r) => JSON.stringify(r.body).includes('json_schema'))).toBe(true);
  });
});
