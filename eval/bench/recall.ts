import type { SqlClient } from '../../src/db/sql-client.ts';
import { vectorLiteral, type Store } from '../../src/db/store.ts';
import { NEAREST_CHUNKS } from '../../src/db/search-store.ts';

/**
 * Recall@k against an exact scan of the same query with index scans disabled. Tie-aware: a
 * returned row counts when its distance is within the exact k-th distance, because synthetic
 * chunks can share a vector and then which of two equal rows comes back is arbitrary.
 */
const TOP_K = `SELECT id, embedding <=> $1::vector AS distance FROM chunks ORDER BY embedding <=> $1::vector LIMIT $2`;
const TOP_K_IN_REGION = `SELECT id, embedding <=> $1::vector AS distance FROM chunks WHERE region = ANY($3::text[])
  ORDER BY embedding <=> $1::vector LIMIT $2`;
const EPSILON = 1e-6;

export interface RecallQuery {
  vector: number[];
  region: string;
}

type Neighbours = { id: string; distance: number }[];

/**
 * The HNSW graphs as the app's unfiltered vector search asks them (each language's graph, merged:
 * NEAREST_CHUNKS) under the session's hnsw.ef_search, against the exact top k over all chunks.
 */
export function hnswRecall(sql: SqlClient, queries: RecallQuery[], k = 10): Promise<number> {
  return recall(sql, queries, k, false, async (q) =>
    (await sql.query<{ chunk_id: string; distance: number }>(NEAREST_CHUNKS, [vectorLiteral(q.vector), k])).rows.map((r) => ({ id: r.chunk_id, distance: r.distance })),
  );
}

/** The app's own region-filtered vector search (`store.vectorSearch`), whatever plan it gets. */
export function filteredSearchRecall(sql: SqlClient, store: Store, queries: RecallQuery[], k = 10): Promise<number> {
  return recall(sql, queries, k, true, async (q) =>
    (await store.vectorSearch(q.vector, { regions: [q.region] }, k)).map((r) => ({ id: r.chunk_id, distance: 1 - r.score })),
  );
}

async function recall(sql: SqlClient, queries: RecallQuery[], k: number, filtered: boolean, search: (q: RecallQuery) => Promise<Neighbours>): Promise<number> {
  let found = 0;
  let expected = 0;
  for (const query of queries) {
    const approximate = await search(query);
    const params = filtered ? [vectorLiteral(query.vector), k, [query.region]] : [vectorLiteral(query.vector), k];
    const exact = await sql.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_indexscan = off');
      return tx.query<{ id: string; distance: number }>(filtered ? TOP_K_IN_REGION : TOP_K, params);
    });
    if (exact.rows.length === 0) continue;
    const threshold = Number(exact.rows[exact.rows.length - 1].distance) + EPSILON;
    found += approximate.filter((r) => Number(r.distance) <= threshold).length;
    expected += exact.rows.length;
  }
  return expected === 0 ? Number.NaN : found / expected;
}
