import type { PGVectorStore } from '@langchain/community/vectorstores/pgvector';
import { HashingEmbeddings } from '../../src/embeddings/hashing.ts';
import { vectorLiteral } from '../../src/db/store.ts';
import type { Store } from '../../src/store.ts';
import { createRetriever } from '../../src/retrieval/retriever.ts';
import { SESSION_SETTINGS } from '../../src/db/sql-client.ts';
import { NEAREST_CHUNKS } from '../../src/db/search-store.ts';
import { generateQueries } from './generator.ts';
import type { BenchDatabase } from './backend.ts';
import type { BenchOptions, BenchResult } from './types.ts';
import { interleave, percentile } from './measure.ts';
import type { LangchainSetting } from './equal-quality.ts';

/**
 * Query latency, interleaved in rounds of 50: our hybrid retrieve with a region filter; LangChain's
 * vector-only search at equal quality (the goal's comparison: same region filter, the ef_search
 * that reaches our recall); LangChain at its defaults, unfiltered and filtered (the earlier,
 * unequal comparison, kept for reference); and the raw pgvector HNSW statement (the floor on this machine): the nearest 10 from our per-language
 * graphs, one SELECT with no filters (NEAREST_CHUNKS).
 */

export type QueryFigures = Omit<
  BenchResult['query'],
  'langchain_equal_recall_at_10' | 'langchain_equal_ef_search' | 'langchain_equal_steps'
>;

/**
 * `equal` is LangChain at equal quality (see equal-quality.ts): timed in the same rounds as the
 * others, with the same region filter as ours.
 */
export async function measureQueries(
  database: BenchDatabase,
  store: Store,
  langchain: PGVectorStore,
  equal: LangchainSetting,
  options: BenchOptions,
): Promise<QueryFigures> {
  const embeddings = new HashingEmbeddings({ dimensions: 512 });
  const retriever = createRetriever({ store, embeddings });
  const queries = generateQueries({ count: options.queries + options.warmup, seed: options.seed });
  const vectors = queries.map((q) => embeddings.embedSync(q.text));
  const literals = vectors.map(vectorLiteral);

  // PGlite: LangChain's pool and our port are one session, so each side's ef_search is set
  // before its round; on PostgreSQL each side keeps its own connections' settings.
  const oursSettings = async () => {
    if (database.sharedSession)
      for (const s of ['RESET enable_indexscan', ...SESSION_SETTINGS]) await database.sql.query(s);
  };
  // LangChain's defaults: what its own pool has on PostgreSQL (no iterative scan, ef_search 40).
  const theirsSettings = async () => {
    if (database.sharedSession)
      for (const s of [
        'RESET enable_indexscan',
        'RESET hnsw.ef_search',
        'RESET hnsw.iterative_scan',
      ])
        await database.sql.query(s);
  };
  const ours = (i: number) =>
    retriever.retrieve(queries[i].text, { k: 10, filters: { regions: [queries[i].region] } });
  const theirs = (i: number) => langchain.similaritySearchVectorWithScore(vectors[i], 10);
  // LangChain with the same region filter (its metadata filter, `metadata->>'region' = …`): its
  // HNSW scan yields ef_search candidates and the filter runs after, so few rows come back.
  let filteredRows = 0;
  const theirsFiltered = async (i: number, counted: boolean) => {
    const rows = await langchain.similaritySearchVectorWithScore(vectors[i], 10, {
      region: queries[i].region,
    });
    if (counted) filteredRows += rows.length;
  };
  let equalRows = 0;
  const theirsEqual = async (i: number, counted: boolean) => {
    const rows = await equal.store.similaritySearchVectorWithScore(vectors[i], 10, {
      region: queries[i].region,
    });
    if (counted) equalRows += rows.length;
  };
  const raw = (i: number) => database.sql.query(NEAREST_CHUNKS, [literals[i], 10]);

  options.log(`queries: warm-up ${options.warmup}, then ${options.queries} per side, interleaved`);
  // Indexes 0..queries-1 are timed; the warm-up uses the ones after them.
  await interleave(
    [
      { name: 'ours', run: (i) => ours(options.queries + i), before: oursSettings },
      { name: 'langchain', run: (i) => theirs(options.queries + i), before: theirsSettings },
      {
        name: 'langchain-filtered',
        run: (i) => theirsFiltered(options.queries + i, false),
        before: theirsSettings,
      },
      { name: 'raw', run: (i) => raw(options.queries + i), before: oursSettings },
      {
        name: 'langchain-equal',
        run: (i) => theirsEqual(options.queries + i, false),
        before: equal.apply,
      },
    ],
    options.warmup,
    options.warmup,
  );
  const [o, t, f, r, e] = await interleave(
    [
      { name: 'ours', run: (i) => ours(i), before: oursSettings },
      { name: 'langchain', run: (i) => theirs(i), before: theirsSettings },
      { name: 'langchain-filtered', run: (i) => theirsFiltered(i, true), before: theirsSettings },
      { name: 'raw', run: (i) => raw(i), before: oursSettings },
      { name: 'langchain-equal', run: (i) => theirsEqual(i, true), before: equal.apply },
    ],
    options.queries,
    50,
  );
  await theirsSettings();
  const langchainEf = Number(
    (
      await database.pool.query<{ ef: string }>('SELECT current_setting($1) AS ef', [
        'hnsw.ef_search',
      ])
    ).rows[0].ef,
  );
  await oursSettings();
  const oursEf = Number(
    (
      await database.sql.query<{ ef: string }>('SELECT current_setting($1) AS ef', [
        'hnsw.ef_search',
      ])
    ).rows[0].ef,
  );
  const p = (s: number[], q: number) => percentile(s, q);
  return {
    ours_p50_ms: p(o.samples, 50),
    ours_p95_ms: p(o.samples, 95),
    langchain_p50_ms: p(t.samples, 50),
    langchain_p95_ms: p(t.samples, 95),
    langchain_filtered_p50_ms: p(f.samples, 50),
    langchain_filtered_p95_ms: p(f.samples, 95),
    langchain_filtered_rows: filteredRows / f.samples.length,
    langchain_equal_p50_ms: p(e.samples, 50),
    langchain_equal_p95_ms: p(e.samples, 95),
    langchain_equal_rows: equalRows / e.samples.length,
    raw_hnsw_p50_ms: p(r.samples, 50),
    raw_hnsw_p95_ms: p(r.samples, 95),
    overhead_p50: p(o.samples, 50) / p(r.samples, 50),
    overhead_p95: p(o.samples, 95) / p(r.samples, 95),
    queries: o.samples.length,
    ef_search_ours: oursEf,
    ef_search_langchain: langchainEf,
  };
}
