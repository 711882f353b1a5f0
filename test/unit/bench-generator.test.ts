import { describe, it, expect } from 'vitest';
import { generateDocuments, generateQueries } from '../../eval/bench/generator.ts';
import { PROVINCES } from '../../eval/bench/phrases.ts';
import { percentile } from '../../eval/bench/measure.ts';
import { runBench, DEFAULTS, type BenchResult } from '../../eval/bench/run.ts';

const PROVINCE_NAMES = new Set(PROVINCES.map((p) => p.name));

describe('generateDocuments', () => {
  it('gives the same chunks for the same seed and different ones for another seed', () => {
    const a = generateDocuments({ chunks: 400, seed: 42 });
    const b = generateDocuments({ chunks: 400, seed: 42 });
    const c = generateDocuments({ chunks: 400, seed: 43 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c.map((d) => d.chunks.map((x) => x.text).join('')).join('')).not.toBe(
      a.map((d) => d.chunks.map((x) => x.text).join('')).join(''),
    );
  });

  it('produces exactly the requested chunks, in documents of 20 to 60 chunks (the last may be shorter)', () => {
    const documents = generateDocuments({ chunks: 1234 });
    expect(documents.reduce((n, d) => n + d.chunks.length, 0)).toBe(1234);
    for (const d of documents.slice(0, -1)) {
      expect(d.chunks.length).toBeGreaterThanOrEqual(20);
      expect(d.chunks.length).toBeLessThanOrEqual(60);
    }
    expect(new Set(documents.flatMap((d) => d.chunks.map((c) => c.id))).size).toBe(1234);
  });

  it('writes English and Chinese documents about the 31 provinces (and some national ones)', () => {
    const documents = generateDocuments({ chunks: 5000 });
    expect(PROVINCES).toHaveLength(31);
    const languages = new Set(documents.map((d) => d.document.language));
    expect(languages).toEqual(new Set(['en', 'zh']));
    const regions = new Set(documents.map((d) => d.document.region));
    for (const region of regions)
      expect(region === 'National' || PROVINCE_NAMES.has(region)).toBe(true);
    expect(regions.size).toBeGreaterThan(20);
    const zh = documents.find((d) => d.document.language === 'zh')!;
    expect(zh.chunks[0].text).toMatch(/[\u4e00-\u9fff]{10}/);
    const en = documents.find((d) => d.document.language === 'en')!;
    expect(en.chunks[0].text).toMatch(/^[\x20-\x7e]+$/);
  });

  it('keeps chunk offsets and target quotes exact slices of the document text', () => {
    for (const d of generateDocuments({ chunks: 2000, seed: 7 })) {
      for (const c of d.chunks) expect(d.document.text.slice(c.start, c.end)).toBe(c.text);
      for (const t of d.targets) {
        expect(d.document.text.slice(t.start, t.end)).toBe(t.quote);
        const chunk = d.chunks.find((c) => c.id === t.chunk_id)!;
        expect(chunk.text).toContain(t.quote);
      }
    }
  });

  it('states targets with values, units and years, in both languages', () => {
    const targets = generateDocuments({ chunks: 3000 }).flatMap((d) => d.targets);
    expect(targets.length).toBeGreaterThan(300);
    const zh = targets.find((t) => t.unit_raw === '万千瓦')!;
    // 1 GW = 100 万千瓦: the canonical value is the stated one divided by 100.
    expect(zh.value * 100).toBe(Number(zh.value_raw));
    expect(zh.quote).toMatch(/^到20\d\d年，.+万千瓦以上。$/);
    const share = targets.find(
      (t) => t.metric.startsWith('non-fossil') && /^By 20\d\d/.test(t.quote),
    )!;
    expect(share.unit).toBe('%');
    expect(share.quote).toContain(`${share.value_raw}%`);
    for (const t of targets) {
      expect(t.target_year).toBeGreaterThanOrEqual(2025);
      expect(Number.isFinite(t.value) && t.value > 0).toBe(true);
    }
  });
});

describe('generateQueries', () => {
  it('gives each question a province filter, in both languages, deterministically', () => {
    const queries = generateQueries({ count: 500 });
    expect(queries).toHaveLength(500);
    expect(generateQueries({ count: 500 })).toEqual(queries);
    for (const q of queries) expect(PROVINCE_NAMES.has(q.region)).toBe(true);
    expect(new Set(queries.map((q) => q.language))).toEqual(new Set(['en', 'zh']));
    const zh = queries.find((q) => q.language === 'zh')!;
    const province = PROVINCES.find((p) => p.name === zh.region)!;
    expect(zh.text).toContain(province.zh);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([3], 95)).toBe(3);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });
});

describe('runBench (smoke run on PGlite)', () => {
  it('measures both sides and reports every JSON field with sane values', async () => {
    const result: BenchResult = await runBench({
      ...DEFAULTS,
      chunks: 300,
      queries: 20,
      recallQueries: 10,
      askRequests: 10,
      warmup: 3,
      databaseUrl: undefined,
      cluster: true,
      log: () => {},
    });
    expect(result.backend).toBe('pglite');
    expect(result.chunks).toBe(300);
    expect(result.ingest.bulk_chunks + result.ingest.online_chunks).toBe(300);
    for (const key of [
      'ours_chunks_per_s',
      'langchain_chunks_per_s',
      'ours_load_chunks_per_s',
      'langchain_load_chunks_per_s',
      'ours_index_s',
      'langchain_index_s',
      'ours_online_chunks_per_s',
      'langchain_online_chunks_per_s',
    ] as const) {
      expect(result.ingest[key], key).toBeGreaterThan(0);
    }
    for (const key of [
      'ours_p50_ms',
      'ours_p95_ms',
      'langchain_p50_ms',
      'langchain_p95_ms',
      'langchain_filtered_p50_ms',
      'langchain_filtered_p95_ms',
      'raw_hnsw_p50_ms',
      'raw_hnsw_p95_ms',
    ] as const) {
      expect(result.query[key], key).toBeGreaterThan(0);
    }
    expect(result.query.ours_p95_ms).toBeGreaterThanOrEqual(result.query.ours_p50_ms);
    expect(result.query.queries).toBe(20);
    expect(result.query.langchain_filtered_rows).toBeGreaterThanOrEqual(0);
    expect(result.query.langchain_filtered_rows).toBeLessThanOrEqual(10);
    expect(result.recall_at_10).toBeGreaterThanOrEqual(0);
    expect(result.recall_at_10).toBeLessThanOrEqual(1);
    expect(result.ingest.ours_cluster_s).toBeGreaterThan(0);
    expect(result.ingest.ours_cluster_s).toBeLessThanOrEqual(result.ingest.ours_index_s);
    expect(result.recall_at_10_by_ef_search.map((s) => s.ef_search)).toEqual([600, 800, 1000]);
    for (const step of result.recall_at_10_by_ef_search) {
      expect(step.recall_at_10).toBeGreaterThan(0);
      expect(step.recall_at_10).toBeLessThanOrEqual(1);
      expect(step.mean_ms).toBeGreaterThan(0);
    }
    expect(result.recall_at_10_filtered).toBeGreaterThanOrEqual(0);
    expect(result.recall_at_10_filtered).toBeLessThanOrEqual(1);
    expect(result.recall_at_10_langchain).toBeGreaterThan(0);
    expect(result.recall_at_10_langchain).toBeLessThanOrEqual(1);
    // At equal quality: the setting chosen is the first that reaches our filtered recall - 0.02
    // (or the exact scan), and the steps tried lead up to it.
    const q = result.query;
    expect(q.langchain_equal_p95_ms).toBeGreaterThanOrEqual(q.langchain_equal_p50_ms);
    expect(q.langchain_equal_p50_ms).toBeGreaterThan(0);
    expect(q.langchain_equal_rows).toBeGreaterThan(0);
    expect(q.langchain_equal_rows).toBeLessThanOrEqual(10);
    const last = q.langchain_equal_steps.at(-1)!;
    expect(last).toMatchObject({
      ef_search: q.langchain_equal_ef_search,
      recall_at_10: q.langchain_equal_recall_at_10,
    });
    expect(
      q.langchain_equal_ef_search === null ||
        q.langchain_equal_recall_at_10 >= result.recall_at_10_filtered - 0.02,
    ).toBe(true);
    for (const step of q.langchain_equal_steps.slice(0, -1))
      expect(step.recall_at_10).toBeLessThan(result.recall_at_10_filtered - 0.02);
    expect(q.langchain_equal_steps[0].ef_search).toBe(40);
    expect(result.ask.p50_ms).toBeGreaterThan(0);
    expect(result.ask.p95_ms).toBeGreaterThanOrEqual(result.ask.p50_ms);
    expect(result.ask.requests).toBe(10);
    expect(result.rss_mb).toBeGreaterThan(0);
    expect(result.machine.cpus).toBeGreaterThan(0);
    expect(result.machine.memory_gb).toBeGreaterThan(0);
    expect(result.machine.node).toMatch(/^v\d+/);
  }, 120_000);
});
