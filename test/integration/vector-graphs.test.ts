import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { BACKENDS } from '../support/databases.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createStore } from '../../src/db/store.ts';
import {
  NEAREST_CHUNKS,
  LARGE_GRAPH,
  LARGE_GRAPH_EF_SEARCH,
  efSearchFor,
} from '../../src/db/search-store.ts';
import { vectorLiteral } from '../../src/db/chunk-rows.ts';
import { EF_SEARCH, type SqlClient } from '../../src/db/sql-client.ts';
import { HashingEmbeddings } from '../../src/embeddings/hashing.ts';
import { reembedAll } from '../../ingest/maintenance.ts';
import { MINI_CORPUS } from '../fixtures/hostile/harness.ts';

const SAMPLE = join(import.meta.dirname, '..', '..', 'ingest', 'corpus');
const QUESTIONS = [
  'What is the energy intensity target for 2025?',
  '到2030年非化石能源消费比重目标是多少？',
  'Shanxi 碳达峰 2030 coal',
];
const GRAPHS = `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  WHERE i.indrelid = 'chunks'::regclass AND pg_get_indexdef(i.indexrelid) ILIKE '%USING hnsw%' ORDER BY 1`;
const EXACT = `SELECT c.id AS chunk_id, c.language FROM chunks c ORDER BY c.embedding <=> $1::vector, c.id LIMIT $2`;

/** The statements a store sends, recorded (the search SQL depends on the filters). */
function recording(sql: SqlClient): {
  sql: SqlClient;
  statements: { text: string; params: unknown[] }[];
} {
  const statements: { text: string; params: unknown[] }[] = [];
  const wrapped: SqlClient = Object.create(sql);
  wrapped.query = ((text: string, params: unknown[] = []) => {
    statements.push({ text, params });
    return sql.query(text, params);
  }) as SqlClient['query'];
  return { sql: wrapped, statements };
}

async function plan(sql: SqlClient, text: string, params: unknown[]): Promise<string> {
  return sql.transaction(async (tx) => {
    // The sample corpus is small enough for a scan to look cheaper: ask whether the indexes serve it.
    await tx.query('SET LOCAL enable_seqscan = off');
    const { rows } = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, params);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe.each(BACKENDS)('one HNSW graph per language on %s (migration 006)', (kind) => {
  let t: TestApp;
  const embeddings = new HashingEmbeddings({ dimensions: 512 });
  beforeAll(async () => {
    t = await createTestApp({ kind, corpus: [SAMPLE] });
  });
  afterAll(async () => t?.close());

  it('has a partial HNSW index for each language and none over all chunks', async () => {
    const { rows } = await t.database.sql.query<{ name: string; definition: string }>(GRAPHS);
    expect(rows.map((r) => r.name)).toEqual([
      'chunks_embedding_hnsw_en',
      'chunks_embedding_hnsw_zh',
    ]);
    expect(rows[0]!.definition).toMatch(/WHERE \(language = 'en'::text\)/);
    expect(rows[1]!.definition).toMatch(/WHERE \(language = 'zh'::text\)/);
  });

  it('an unfiltered vector search merges both graphs into the exact top n over all chunks', async () => {
    const indexed = recording(t.database.sql);
    const store = createStore(indexed.sql, { smallTable: 0 });
    const languages = new Set<string>();
    for (const question of QUESTIONS) {
      const vector = await embeddings.embedQuery(question);
      const found = await store.vectorSearch(vector, undefined, 8);
      const exact = (
        await t.database.sql.query<{ chunk_id: string; language: string }>(EXACT, [
          vectorLiteral(vector),
          8,
        ])
      ).rows;
      expect(found.map((r) => r.chunk_id)).toEqual(exact.map((r) => r.chunk_id));
      for (const r of exact) languages.add(r.language);
      // Scores are cosine similarities, best first.
      expect(found.map((r) => r.score)).toEqual(
        [...found.map((r) => r.score)].sort((a, b) => b - a),
      );
    }
    // The questions' neighbours come from both languages, so the merge is exercised.
    expect(languages).toEqual(new Set(['en', 'zh']));
    const search = indexed.statements.find((s) => s.text.includes('embedding <=>'))!;
    const text = await plan(t.database.sql, search.text, search.params);
    expect(text).toContain('chunks_embedding_hnsw_en');
    expect(text).toContain('chunks_embedding_hnsw_zh');
  });

  it('past largeGraph chunks an unfiltered search asks the graphs with the larger ef_search, for that statement only', async () => {
    await t.database.sql.query('ANALYZE chunks');
    const statements: string[] = [];
    const recorded = (sql: SqlClient): SqlClient => {
      const wrapped: SqlClient = Object.create(sql);
      wrapped.query = ((text: string, params: unknown[] = []) => {
        statements.push(text);
        return sql.query(text, params);
      }) as SqlClient['query'];
      wrapped.transaction = (fn) => sql.transaction((tx) => fn(recorded(tx)));
      return wrapped;
    };
    const vector = await embeddings.embedQuery(QUESTIONS[1]!);
    const exact = (
      await t.database.sql.query<{ chunk_id: string }>(EXACT, [vectorLiteral(vector), 8])
    ).rows.map((r) => r.chunk_id);

    const large = createStore(recorded(t.database.sql), { smallTable: 0, largeGraph: 10 });
    const found = await large.vectorSearch(vector, undefined, 8);
    expect(found.map((r) => r.chunk_id)).toEqual(exact);
    const set = statements.indexOf(`SET LOCAL hnsw.ef_search = ${LARGE_GRAPH_EF_SEARCH}`);
    expect(set).toBeGreaterThanOrEqual(0);
    expect(statements[set + 1]).toContain('embedding <=>');
    // LOCAL: the pooled session keeps the app's setting.
    const { rows } = await t.database.sql.query<{
      hnsw_ef_search?: string;
      'hnsw.ef_search'?: string;
    }>('SHOW hnsw.ef_search');
    expect(Object.values(rows[0]!)[0]).toBe(String(EF_SEARCH));

    statements.length = 0;
    const small = createStore(recorded(t.database.sql), { smallTable: 0 });
    expect((await small.vectorSearch(vector, undefined, 8)).map((r) => r.chunk_id)).toEqual(exact);
    expect(statements.some((s) => s.startsWith('SET LOCAL hnsw.ef_search'))).toBe(false);
    expect(efSearchFor(LARGE_GRAPH)).toBe(EF_SEARCH);
    expect(efSearchFor(LARGE_GRAPH + 1)).toBe(LARGE_GRAPH_EF_SEARCH);
  });

  it('a language filter asks only that language’s graph', async () => {
    const indexed = recording(t.database.sql);
    const store = createStore(indexed.sql, { smallTable: 0 });
    const vector = await embeddings.embedQuery('Shanxi 碳达峰 2030 coal');
    const found = await store.vectorSearch(vector, { languages: ['zh'] }, 10);
    expect(found.length).toBe(10);
    const rows = await t.services.store.getChunks(found.map((r) => r.chunk_id));
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(['zh']));
    const search = indexed.statements.find((s) => s.text.includes('embedding <=>'))!;
    const text = await plan(t.database.sql, search.text, search.params);
    expect(text).toContain('chunks_embedding_hnsw_zh');
    expect(text).not.toContain('chunks_embedding_hnsw_en');
  });

  it('the benchmark’s raw statement (NEAREST_CHUNKS) is served by both graphs', async () => {
    const vector = vectorLiteral(await embeddings.embedQuery(QUESTIONS[0]!));
    const text = await plan(t.database.sql, NEAREST_CHUNKS, [vector, 10]);
    expect(text).toContain('chunks_embedding_hnsw_en');
    expect(text).toContain('chunks_embedding_hnsw_zh');
    const { rows } = await t.database.sql.query<{ chunk_id: string }>(NEAREST_CHUNKS, [vector, 10]);
    const exact = (await t.database.sql.query<{ chunk_id: string }>(EXACT, [vector, 10])).rows;
    expect(rows.map((r) => r.chunk_id)).toEqual(exact.map((r) => r.chunk_id));
  });
});

describe.each(BACKENDS)('re-embedding with another dimension on %s', (kind) => {
  it('rebuilds both language graphs over the new vectors, which vector search then serves', async () => {
    const t = await createTestApp({ kind, corpus: [MINI_CORPUS] });
    try {
      const store = t.services.store;
      const embeddings = new HashingEmbeddings({ dimensions: 256 });
      const written = await reembedAll(store, embeddings, {
        model: embeddings.model,
        dimensions: 256,
      });
      expect(written).toBeGreaterThan(0);
      const { rows } = await t.database.sql.query<{ name: string; definition: string }>(GRAPHS);
      expect(rows.map((r) => r.name)).toEqual([
        'chunks_embedding_hnsw_en',
        'chunks_embedding_hnsw_zh',
      ]);
      const typmod = await t.database.sql.query<{ dims: number }>(
        `SELECT atttypmod AS dims FROM pg_attribute WHERE attrelid = 'chunks'::regclass AND attname = 'embedding'`,
      );
      expect(Number(typmod.rows[0]!.dims)).toBe(256);
      const vector = await embeddings.embedQuery('non-fossil energy share 2025');
      const found = await createStore(t.database.sql, { smallTable: 0 }).vectorSearch(
        vector,
        undefined,
        3,
      );
      const exact = (
        await t.database.sql.query<{ chunk_id: string }>(EXACT, [vectorLiteral(vector), 3])
      ).rows;
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((r) => r.chunk_id)).toEqual(exact.map((r) => r.chunk_id));
    } finally {
      await t.close();
    }
  });
});
