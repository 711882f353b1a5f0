import type { PGVectorStore } from '@langchain/community/vectorstores/pgvector';
import { HashingEmbeddings } from '../../src/embeddings/hashing.ts';
import { vectorLiteral, type Store } from '../../src/db/store.ts';
import { createRetriever } from '../../src/retrieval/retriever.ts';
import { SESSION_SETTINGS } from '../../src/db/sql-client.ts';
import { NEAREST_CHUNKS } from '../../src/db/search-store.ts';
import { generateQueries } from './generator.ts';
import type { BenchDatabase } from './backend.ts';
import type { BenchOptions, BenchResult } from './run.ts';
import { interleave, percentile } from './measure.ts';

/**
 * Query latency, interleaved in rounds of 50: our hybrid retrieve with a region filter; LangChain's
 * vector-only search, unfiltered (the goal's comparison) and with the same region filter; and the
 * raw pgvector HNSW statement (the floor on this machine): the nearest 10 from our per-language
 * graphs, one SELECT with no filters (NEAREST_CHUNKS).
 */

export async function measureQueries(database: BenchDatabase, store: Store, langchain: PGVectorStore, options: BenchOptions): Promise<BenchResult['query']> {
  const embeddings = new HashingEmbeddings({ dimensions: 512 });
  const retriever = createRetriever({ store, embeddings });
  const queries = generateQueries({ count: options.queries + options.warmup, seed: options.seed });
  const vectors = queries.map((q) => embeddings.embedSync(q.text));
  const literals = vectors.map(vectorLiteral);

  // PGlite: LangChain's pool and our port are one session, so each side's ef_search is set
  // before its round; on PostgreSQL each side keeps its own connections' settings.
  const oursSettings = async () => {
    if (database.sharedSession) for (const s of SESSION_SETTINGS) await database.sql.query(s);
  };
  const theirsSettings = async () => {
    if (database.sharedSession) await database.sql.query('RESET hnsw.ef_search');
  };
  const ours = (i: number) => retriever.retrieve(queries[i].text, { k: 10, filters: { regions: [queries[i].region] } });
  const theirs = (i: number) => langchain.similaritySearchVectorWithScore(vectors[i], 10);
  // LangChain with the same region filter (its metadata filter, `metadata->>'region' = …`): its
  // HNSW scan yields ef_search candidates and the filter runs after, so few rows come back.
  let filteredRows = 0;
  const theirsFiltered = async (i: number, counted: boolean) => {
    const rows = await langchain.similaritySearchVectorWithScore(vectors[i], 10, { region: queries[i].region });
    if (counted) filteredRows += rows.length;
  };
  const raw = (i: number) => database.sql.query(NEAREST_CHUNKS, [literals[i], 10]);

  options.log(`queries: warm-up ${options.warmup}, then ${options.queries} per side, interleaved`);
  // Indexes 0..queries-1 are timed; the warm-up uses the ones after them.
  await interleave(
    [
      { name: 'ours', run: (i) => ours(options.queries + i), before: oursSettings },
      { name: 'langchain', run: (i) => theirs(options.queries + i), before: theirsSettings },
      { name: 'langchain-filtered', run: (i) => theirsFiltered(options.queries + i, false), before: theirsSettings },
      { name: 'raw', run: (i) => raw(options.queries + i), before: oursSettings },
    ],
    options.warmup,
    options.warmup,
  );
  const [o, t, f, r] = await interleave(
    [
      { name: 'ours', run: (i) => ours(i), before: oursSettings },
      { name: 'langchain', run: (i) => theirs(i), before: theirsSettings },
      { name: 'langchain-filtered', run: (i) => theirsFiltered(i, true), before: theirsSettings },
      { name: 'raw', run: (i) => raw(i), before: oursSettings },
    ],
    options.queries,
    50,
  );
  await theirsSettings();
  const langchainEf = Number((await database.pool.query<{ ef: string }>('SELECT current_setting($1) AS ef', ['hnsw.ef_search'])).rows[0].ef);
  await oursSettings();
  const oursEf = Number((await database.sql.query<{ ef: string }>('SELECT current_setting($1) AS ef', ['hnsw.ef_search'])).rows[0].ef);
  const p = (s: number[], q: number) => percentile(s, q);
  return {
    ours_p50_ms: p(o.samples, 50),
    ours_p95_ms: p(o.samples, 95),
    langchain_p50_ms: p(t.samples, 50),
    langchain_p95_ms: p(t.samples, 95),
    langchain_filtered_p50_ms: p(f.samples, 50),
    langchain_filtered_p95_ms: p(f.samples, 95),
    langchain_filtered_rows: filteredRows / f.samples.length,
    raw_hnsw_p50_ms: p(r.samples, 50),
    raw_hnsw_p95_ms: p(r.samples, 95),
    overhead_p50: p(o.samples, 50) / p(r.samples, 50),
    overhead_p95: p(o.samples, 95) / p(r.samples, 95),
    queries: o.samples.length,
    ef_search_ours: oursEf,
    ef_search_langchain: langchainEf,
  };
}
