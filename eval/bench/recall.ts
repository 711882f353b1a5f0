import type { PGVectorStore } from '@langchain/community/vectorstores/pgvector';
import type { SqlClient } from '../../src/db/sql-client.ts';
import { vectorLiteral } from '../../src/db/store.ts';
import type { Store } from '../../src/store.ts';
import { NEAREST_CHUNKS } from '../../src/db/search-store.ts';

/**
 * Recall@k against an exact scan of the same query with index scans disabled. Tie-aware: a
 * returned row counts when its distance is within the exact k-th distance, because synthetic
 * chunks can share a vector and then which of two equal rows comes back is arbitrary.
 */
const EPSILON = 1e-6;

export interface RecallQuery {
  vector: number[];
  region: string;
}

type Distances = number[];

/** The exact k smallest cosine distances in `table` (optionally within the query's region). */
function exactScan(
  sql: SqlClient,
  table: string,
  k: number,
  where = '',
): (q: RecallQuery) => Promise<Distances> {
  const text = `SELECT embedding <=> $1::vector AS distance FROM ${table} ${where} ORDER BY embedding <=> $1::vector LIMIT $2`;
  return async (q) => {
    const params = where ? [vectorLiteral(q.vector), k, [q.region]] : [vectorLiteral(q.vector), k];
    const { rows } = await sql.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_indexscan = off');
      return tx.query<{ distance: number }>(text, params);
    });
    return rows.map((r) => Number(r.distance));
  };
}

/**
 * The app's unfiltered vector search (`store.vectorSearch`: each language's HNSW graph, merged,
 * at the hnsw.ef_search the store picks for the table's size), against the exact top k over all
 * chunks.
 */
export function hnswRecall(
  sql: SqlClient,
  store: Store,
  queries: RecallQuery[],
  k = 10,
): Promise<number> {
  const search = async (q: RecallQuery) =>
    (await store.vectorSearch(q.vector, undefined, k)).map((r) => 1 - r.score);
  return recall(queries, search, exactScan(sql, 'chunks', k));
}

export interface EfSearchStep {
  ef_search: number;
  recall_at_10: number;
  /** Mean milliseconds of one unfiltered search at this setting (sequential, warm). */
  mean_ms: number;
}

/**
 * The same unfiltered search as `hnswRecall` at each `hnsw.ef_search` given (SET LOCAL, so the
 * pool's sessions keep the app's setting): what a larger setting buys in recall and costs in time.
 */
export async function hnswRecallByEfSearch(
  sql: SqlClient,
  queries: RecallQuery[],
  settings: number[],
  k = 10,
): Promise<EfSearchStep[]> {
  const truth = new Map<RecallQuery, Distances>();
  const scan = exactScan(sql, 'chunks', k);
  const exact = async (q: RecallQuery) => {
    const cached = truth.get(q) ?? (await scan(q));
    truth.set(q, cached);
    return cached;
  };
  const steps: EfSearchStep[] = [];
  for (const ef of settings) {
    let ms = 0;
    const search = async (q: RecallQuery) => {
      const started = performance.now();
      const { rows } = await sql.transaction(async (tx) => {
        await tx.query(`SET LOCAL hnsw.ef_search = ${Math.trunc(ef)}`);
        return tx.query<{ distance: number }>(NEAREST_CHUNKS, [vectorLiteral(q.vector), k]);
      });
      ms += performance.now() - started;
      return rows.map((r) => Number(r.distance));
    };
    const value = await recall(queries, search, exact);
    steps.push({ ef_search: ef, recall_at_10: value, mean_ms: ms / Math.max(queries.length, 1) });
  }
  return steps;
}

/** The app's own region-filtered vector search (`store.vectorSearch`), whatever plan it gets. */
export function filteredSearchRecall(
  sql: SqlClient,
  store: Store,
  queries: RecallQuery[],
  k = 10,
): Promise<number> {
  const search = async (q: RecallQuery) =>
    (await store.vectorSearch(q.vector, { regions: [q.region] }, k)).map((r) => 1 - r.score);
  return recall(queries, search, exactScan(sql, 'chunks', k, 'WHERE region = ANY($3::text[])'));
}

/**
 * LangChain's search as the benchmark times it (`similaritySearchVectorWithScore`: one graph over
 * both languages, the session's ef_search — its default 40), against an exact scan of its table.
 * Its scores are cosine distances (scoreNormalization "distance", LangChain's default).
 */
export function langchainRecall(
  sql: SqlClient,
  langchain: PGVectorStore,
  table: string,
  queries: RecallQuery[],
  k = 10,
): Promise<number> {
  const search = async (q: RecallQuery) =>
    (await langchain.similaritySearchVectorWithScore(q.vector, k)).map(([, distance]) => distance);
  return recall(queries, search, exactScan(sql, table, k));
}

async function recall(
  queries: RecallQuery[],
  search: (q: RecallQuery) => Promise<Distances>,
  exact: (q: RecallQuery) => Promise<Distances>,
): Promise<number> {
  let found = 0;
  let expected = 0;
  for (const query of queries) {
    const approximate = await search(query);
    const truth = await exact(query);
    if (truth.length === 0) continue;
    const threshold = truth[truth.length - 1]! + EPSILON;
    found += approximate.filter((distance) => distance <= threshold).length;
    expected += truth.length;
  }
  return expected === 0 ? Number.NaN : found / expected;
}

/**
 * LangChain's search with the same region filter as ours (its metadata filter,
 * `metadata->>'region' = …`) under whatever settings its pool's sessions carry, against an
 * exact scan of its table with the same filter. Also returns the mean rows it returned of k
 * (a filter applied after an index scan can return fewer). `truthCache` keeps the exact
 * neighbours across calls for the same queries.
 */
export async function filteredLangchainRecall(
  sql: SqlClient,
  langchain: PGVectorStore,
  table: string,
  queries: RecallQuery[],
  k = 10,
  truthCache = new Map<RecallQuery, Distances>(),
): Promise<{ recall: number; rows: number }> {
  let rows = 0;
  const search = async (q: RecallQuery) => {
    const found = (
      await langchain.similaritySearchVectorWithScore(q.vector, k, { region: q.region })
    ).map(([, distance]) => distance);
    rows += found.length;
    return found;
  };
  const scan = exactScan(sql, table, k, "WHERE metadata->>'region' = ANY($3::text[])");
  const exact = async (q: RecallQuery) => {
    const cached = truthCache.get(q);
    if (cached) return cached;
    const truth = await scan(q);
    truthCache.set(q, truth);
    return truth;
  };
  const value = await recall(queries, search, exact);
  return { recall: value, rows: rows / Math.max(queries.length, 1) };
}
