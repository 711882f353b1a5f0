import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { fromSql } from 'pgvector';
import { BACKENDS } from '../support/databases.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createStore } from '../../src/db/store.ts';
import { backfillLexicalVectors } from '../../src/db/lexical-backfill.ts';
import {
  documentLexicalVector,
  queryLexicalVector,
  sparseLiteral,
  termIndex,
  type SparseVector,
} from '../../src/text/lexical-vector.ts';
import { chunkTokenString, queryLexemes, tokenString } from '../../src/text/tokens.ts';
import { HashingEmbeddings } from '../../src/embeddings/hashing.ts';

const SAMPLE = join(import.meta.dirname, '..', '..', 'ingest', 'corpus');

/** A stored sparsevec's weights by 0-based index, read with pgvector's own parser. */
function parseSparse(text: string): Map<number, number> {
  const vector = fromSql(text) as SparseVector;
  return new Map(vector.indices.map((index, i) => [index, vector.values[i]!]));
}

function dot(a: SparseVector, b: SparseVector): number {
  const weights = new Map(b.indices.map((index, i) => [index, b.values[i]!]));
  return a.indices.reduce((sum, index, i) => sum + a.values[i]! * (weights.get(index) ?? 0), 0);
}

// Token strings the `simple` parser keeps whole (no "14_5"), so PostgreSQL's own ts_rank over
// to_tsvector of the same string must equal the inner product (migration 005's claim).
const TEXTS = [
  'By 2025 the share of non-fossil energy shall reach twenty percent and energy intensity shall fall, energy energy.',
  '到2025年，非化石能源消费比重达到20%左右，单位地区生产总值能源消耗降低，能源结构持续优化。',
  'Wind wind wind solar storage hydrogen grid grid. Wind power and solar power capacity in Shanxi.',
];
const QUERIES = [
  'energy intensity 2025',
  '能源消耗 比重',
  'wind solar grid capacity shanxi',
  'absent words only',
];

describe.each(BACKENDS)('lexical vectors on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind, corpus: [SAMPLE] });
  });
  afterAll(async () => t?.close());

  it("rank like PostgreSQL's ts_rank(to_tsvector('simple', tokens), OR query, 1)", async () => {
    let compared = 0;
    for (const text of TEXTS) {
      const tokens = tokenString(text);
      expect(tokens).not.toContain('_');
      for (const question of QUERIES) {
        const terms = queryLexemes(question);
        const { rows } = await t.database.sql.query<{ rank: number; product: number }>(
          `SELECT ts_rank(to_tsvector('simple', $1), to_tsquery('simple', $2), 1) AS rank, -($3::sparsevec <#> $4::sparsevec) AS product`,
          [
            tokens,
            terms.map((x) => `'${x}'`).join(' | '),
            sparseLiteral(documentLexicalVector(tokens)),
            sparseLiteral(queryLexicalVector(terms)),
          ],
        );
        const expected = Number(rows[0]!.rank);
        const ours = dot(documentLexicalVector(tokens), queryLexicalVector(terms));
        expect(ours).toBeCloseTo(expected, 6);
        expect(Number(rows[0]!.product)).toBeCloseTo(expected, 6);
        if (expected > 0) compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(3);
  });

  it('are stored at ingest as computed (binary on PostgreSQL, text on PGlite), with their term ids', async () => {
    const { rows } = await t.database.sql.query<{
      heading: string | null;
      text: string;
      title: string;
      lexical: string;
      terms: number[];
    }>(
      `SELECT c.heading, c.text, d.title, c.lexical::text AS lexical, c.terms FROM chunks c JOIN documents d ON d.id = c.document_id ORDER BY c.id LIMIT 20`,
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const expected = documentLexicalVector(chunkTokenString(row.heading, row.text, row.title));
      const stored = parseSparse(row.lexical);
      expect([...stored.keys()]).toEqual(expected.indices);
      expected.indices.forEach((index, i) =>
        expect(stored.get(index)!).toBeCloseTo(expected.values[i]!, 6),
      );
      expect(row.terms.map(Number)).toEqual(expected.indices);
    }
  });

  it('keep at most 400 terms, the most frequent, and still normalise by every token', () => {
    const words = Array.from({ length: 600 }, (_, i) => `w${i}`);
    const tokens = [...words, 'often', 'often', 'often'].join(' ');
    const vector = documentLexicalVector(tokens);
    expect(vector.indices).toHaveLength(400);
    expect(vector.indices).toContain(termIndex('often'));
    expect(vector.indices).toContain(termIndex('w0'));
    expect(vector.indices).not.toContain(termIndex('w599'));
    const full = documentLexicalVector(['w0', 'often', 'often', 'often'].join(' '));
    // Normalised by log2(1 + 603 tokens), not by the 400 kept.
    const w0 = vector.values[vector.indices.indexOf(termIndex('w0'))]!;
    expect(w0 / full.values[full.indices.indexOf(termIndex('w0'))]!).toBeCloseTo(
      Math.log2(5) / Math.log2(604),
      6,
    );
  });

  it('are backfilled for chunks written before migration 005, which lexical search then finds again', async () => {
    const store = t.services.store;
    const query = queryLexemes('Shanxi energy intensity');
    const before = await store.lexicalSearch(query, undefined, 50);
    expect(before.length).toBeGreaterThan(0);
    const { rows: saved } = await t.database.sql.query<{ id: string; lexical: string }>(
      'SELECT id, lexical::text AS lexical FROM chunks ORDER BY id',
    );
    await t.database.sql.query('UPDATE chunks SET lexical = NULL, terms = NULL');
    expect(await store.lexicalSearch(query, undefined, 50)).toEqual([]);
    expect(await backfillLexicalVectors(t.database.sql)).toBe(saved.length);
    expect(await backfillLexicalVectors(t.database.sql)).toBe(0);
    const { rows: after } = await t.database.sql.query<{ id: string; lexical: string }>(
      'SELECT id, lexical::text AS lexical FROM chunks ORDER BY id',
    );
    expect(after).toEqual(saved);
    expect(await store.lexicalSearch(query, undefined, 50)).toEqual(before);
  });

  it('rank the same through the indexes (GIN on term ids, HNSW) as in one pass over a small table', async () => {
    const indexed = createStore(t.database.sql, { smallTable: 0 });
    const scanned = createStore(t.database.sql);
    const embeddings = new HashingEmbeddings({ dimensions: 512 });
    for (const question of [
      'What is the energy intensity target for 2025?',
      '非化石能源消费比重',
      'new energy vehicle trade-in subsidy',
    ]) {
      const lists = [
        { kind: 'vector' as const, vector: await embeddings.embedQuery(question) },
        { kind: 'lexical' as const, terms: queryLexemes(question) },
      ];
      const [viaIndexes, viaScan] = await Promise.all([
        indexed.searchLists(lists, undefined, 5),
        scanned.searchLists(lists, undefined, 5),
      ]);
      expect(viaScan[1]!.length).toBeGreaterThan(0);
      expect(viaIndexes[1]).toEqual(viaScan[1]);
      expect(viaIndexes[0]!.map((r) => r.chunk_id)).toEqual(viaScan[0]!.map((r) => r.chunk_id));
    }
    // A filter by region keeps to that region on both paths.
    const regional = await indexed.searchLists(
      [{ kind: 'lexical', terms: queryLexemes('energy') }],
      { regions: ['Shanxi'] },
      50,
    );
    const regions = await t.services.store.getChunks(regional[0]!.map((r) => r.chunk_id));
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions.map((r) => r.region))).toEqual(new Set(['Shanxi']));
  });
});

describe('upgrade from a database written before migrations 005 and 006 (PGlite data directory)', () => {
  it("drops the tsvector and the one HNSW graph; the next start computes the old rows' lexical vectors and builds a graph per language", async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { openDatabase, loadMigrations } = await import('../../src/node/database.ts');
    const { migrate } = await import('../../src/db/migrate.ts');
    const dataDir = mkdtempSync(join(tmpdir(), 'policyqa-upgrade-'));
    try {
      // The previous release: migrations 001–004, a chunk written with its tsvector.
      const old = await openDatabase({ dataDir, embeddingDimensions: 512, migrate: false });
      await migrate(
        old.sql,
        loadMigrations().filter((m) => m.name < '005'),
        { embeddingDimensions: 512 },
      );
      const text = 'By 2025, the share of non-fossil energy in Ningxia shall reach 15%.';
      const vector = (await new HashingEmbeddings({ dimensions: 512 }).embedQuery(text)).join(',');
      await old.sql.query(
        `INSERT INTO documents (id, title, region, language, content_hash, text) VALUES ('old-doc', 'Ningxia Energy Plan', 'Ningxia', 'en', 'h', $1)`,
        [text],
      );
      await old.sql.query(
        `INSERT INTO chunks (id, document_id, ordinal, text, start_offset, end_offset, region, language, lexemes, embedding)
         VALUES ('old-doc:0', 'old-doc', 0, $1, 0, $2, 'Ningxia', 'en', to_tsvector('simple', $3), $4::vector)`,
        [text, text.length, chunkTokenString(null, text, 'Ningxia Energy Plan'), `[${vector}]`],
      );
      const graph = await old.sql.query<{ name: string | null }>(
        `SELECT to_regclass('chunks_embedding_hnsw')::text AS name`,
      );
      expect(graph.rows[0]!.name).toBe('chunks_embedding_hnsw');
      await old.close();

      const upgraded = await openDatabase({ dataDir, embeddingDimensions: 512 });
      try {
        const { rows } = await upgraded.sql.query<{ lexical: string | null; has_lexemes: boolean }>(
          `SELECT lexical::text AS lexical, EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'chunks' AND column_name = 'lexemes') AS has_lexemes FROM chunks`,
        );
        expect(rows).toHaveLength(1);
        expect(rows[0]!.has_lexemes).toBe(false);
        expect(rows[0]!.lexical).not.toBeNull();
        const hits = await createStore(upgraded.sql).lexicalSearch(
          queryLexemes('Ningxia non-fossil share'),
          undefined,
          5,
        );
        expect(hits.map((h) => h.chunk_id)).toEqual(['old-doc:0']);
        // Migration 006: the single graph is replaced by one per language, and the old row is in its graph.
        const graphs = await upgraded.sql.query<{ name: string }>(
          `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
           WHERE i.indrelid = 'chunks'::regclass AND pg_get_indexdef(i.indexrelid) ILIKE '%USING hnsw%' ORDER BY 1`,
        );
        expect(graphs.rows.map((r) => r.name)).toEqual([
          'chunks_embedding_hnsw_en',
          'chunks_embedding_hnsw_zh',
        ]);
        const viaGraph = await createStore(upgraded.sql, { smallTable: 0 }).vectorSearch(
          await new HashingEmbeddings({ dimensions: 512 }).embedQuery(text),
          undefined,
          5,
        );
        expect(viaGraph.map((h) => h.chunk_id)).toEqual(['old-doc:0']);
      } finally {
        await upgraded.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('upgrade from a database written before migration 007 (tokenisation v1)', () => {
  it('recomputes every lexical vector at the next start, so Chinese after a number is found again, and rebuilds the search indexes', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { openDatabase, loadMigrations } = await import('../../src/node/database.ts');
    const { migrate } = await import('../../src/db/migrate.ts');
    const { termsLiteral } = await import('../../src/text/lexical-vector.ts');
    const dataDir = mkdtempSync(join(tmpdir(), 'policyqa-upgrade7-'));
    const text = '到2030年，全国森林覆盖率达到25%左右，森林蓄积量达到190亿立方米。';
    const title = '2030年前碳达峰行动方案';
    try {
      const old = await openDatabase({ dataDir, embeddingDimensions: 512, migrate: false });
      await migrate(
        old.sql,
        loadMigrations().filter((m) => m.name < '007'),
        { embeddingDimensions: 512 },
      );
      // The vector v1 stored: each number swallowed the Chinese up to the next punctuation mark.
      const v1 = documentLexicalVector(
        '到 2030年 全 全国 国 森 森林 林 林覆 覆 覆盖 盖 盖率 率 率达 达 达到 到 25 左 左右 右 森 森林 林 林蓄 蓄 蓄积 积 积量 量 量达 达 达到 到 190亿立方米 2030年前碳达峰行动方案',
      );
      const vector = (await new HashingEmbeddings({ dimensions: 512 }).embedQuery(text)).join(',');
      await old.sql.query(
        `INSERT INTO documents (id, title, region, language, content_hash, text) VALUES ('peak', $1, 'National', 'zh', 'h', $2)`,
        [title, text],
      );
      await old.sql.query(
        `INSERT INTO chunks (id, document_id, ordinal, text, start_offset, end_offset, region, language, embedding, lexical, terms)
         VALUES ('peak:0', 'peak', 0, $1, 0, $2, 'National', 'zh', $3::vector, $4::sparsevec, $5::int4[])`,
        [text, text.length, `[${vector}]`, sparseLiteral(v1), termsLiteral(v1)],
      );
      const asked = queryLexemes('2030年全国森林蓄积量目标是多少');
      const before = await createStore(old.sql).lexicalSearch(asked, undefined, 5);
      const { rows: oldVector } = await old.sql.query<{ lexical: string }>(
        'SELECT lexical::text AS lexical FROM chunks',
      );
      await old.close();

      const upgraded = await openDatabase({ dataDir, embeddingDimensions: 512 });
      try {
        const { rows } = await upgraded.sql.query<{ lexical: string }>(
          'SELECT lexical::text AS lexical FROM chunks',
        );
        expect(rows[0]!.lexical).not.toBe(oldVector[0]!.lexical);
        // The v2 vector: the same terms as ingest computes now (weights stored as float4).
        const v2 = parseSparse(
          sparseLiteral(documentLexicalVector(chunkTokenString(null, text, title))),
        );
        const stored = parseSparse(rows[0]!.lexical);
        expect([...stored.keys()].sort()).toEqual([...v2.keys()].sort());
        for (const [term, weight] of v2) expect(stored.get(term)).toBeCloseTo(weight, 6);
        const after = await createStore(upgraded.sql).lexicalSearch(asked, undefined, 5);
        expect(after[0]!.score).toBeGreaterThan(before[0]?.score ?? 0);
        expect(after.map((h) => h.chunk_id)).toEqual(['peak:0']);
        const indexes = await upgraded.sql.query<{ name: string }>(
          `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
           WHERE i.indrelid = 'chunks'::regclass AND (pg_get_indexdef(i.indexrelid) ILIKE '%USING hnsw%' OR pg_get_indexdef(i.indexrelid) ILIKE '%USING gin%') ORDER BY 1`,
        );
        expect(indexes.rows.map((r) => r.name)).toEqual([
          'chunks_embedding_hnsw_en',
          'chunks_embedding_hnsw_zh',
          'chunks_terms_gin',
        ]);
      } finally {
        await upgraded.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
