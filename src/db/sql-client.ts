/**
 * The database port: the subset of a PostgreSQL client the app uses. Implemented over a
 * `pg.Pool` (Node, PostgreSQL), a per-request `pg.Client` (Workers, Hyperdrive) and PGlite
 * (embedded). All SQL goes through `query` with `$n` parameters — never string-built values.
 */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface SqlClient {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
  /**
   * Runs `fn` in one transaction on one connection: commits when it resolves, rolls back when
   * it throws (and rethrows). Nested calls run inside the outer transaction.
   */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /** Which engine is behind the port (for settings that differ, e.g. COPY support). */
  readonly dialect: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/**
 * Candidate list size per graph: with one m = 16 graph per language (migration 006), recall@10
 * 0.97 on our 50,000-chunk benchmark (0.96 at 300); both graphs together ~30 ms per unfiltered
 * search there. Larger graphs get `LARGE_GRAPH_EF_SEARCH` per search (src/db/search-store.ts).
 */
export const EF_SEARCH = 400;

/** Per-session settings every connection gets (see migrations/001 header for why). */
export const SESSION_SETTINGS = [
  // Filtered HNSW scans keep scanning until enough rows pass the filter (pgvector ≥ 0.8).
  "SET hnsw.iterative_scan = 'relaxed_order'",
  `SET hnsw.ef_search = ${EF_SEARCH}`,
  // The search data is read from memory (shared buffers, PGlite's heap), not from disk, so a
  // random page costs about what a sequential one does. At the default 4, fetching a question's
  // 40 passages joined all documents by hash (a scan growing with the corpus) instead of 40
  // index lookups: 2.6 → 1.8 ms per question at 50,000 chunks / 1,257 documents.
  'SET random_page_cost = 1.1',
];
