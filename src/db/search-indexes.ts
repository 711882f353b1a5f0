import type { SqlClient } from './sql-client.ts';

/**
 * The search indexes of `chunks` — HNSW (vectors, one graph per language) and GIN (lexical terms) — are the expensive
 * part of writing chunks: every row inserted walks the HNSW graph. A bulk load drops them, loads,
 * and builds each once from the full table (`npm run ingest -- --bulk`, eval/bench), which is
 * several times faster. If a bulk load dies before rebuilding, nothing is lost — searches scan
 * instead — and `ensureSearchIndexes` (run at every start, after migrations) builds them again.
 *
 * The definitions match migrations 005 (GIN on terms) and 006 (HNSW per language); keep them in step.
 */
/** Document languages (migration 001's CHECK); each has its own HNSW graph (migration 006). */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const HNSW_INDEXES: Record<Language, string> = {
  en: 'chunks_embedding_hnsw_en',
  zh: 'chunks_embedding_hnsw_zh',
};
const GIN_INDEX = 'chunks_terms_gin';
// CREATE INDEX puts the index in the schema of the `chunks` that search_path resolves to.
// pgvector's defaults (m = 16, ef_construction = 64): with one language per graph they reach
// the recall a single m = 32 graph did not (migration 006).
const createHnsw = (language: Language) =>
  `CREATE INDEX IF NOT EXISTS ${HNSW_INDEXES[language]} ON chunks USING hnsw (embedding vector_cosine_ops) WHERE language = '${language}'`;
/** Builds whichever per-language HNSW graph is missing (in the caller's transaction). */
export async function createHnswIndexes(sql: SqlClient): Promise<void> {
  for (const language of LANGUAGES) await sql.query(createHnsw(language));
}
export async function dropHnswIndexes(sql: SqlClient): Promise<void> {
  for (const language of LANGUAGES) await dropChunksIndex(sql, HNSW_INDEXES[language]);
}
const CREATE_GIN = `CREATE INDEX IF NOT EXISTS ${GIN_INDEX} ON chunks USING gin (terms)`;
// Indexes are looked up on that same table, never by name alone: with search_path
// "tenant, public", a bare index name could resolve to another schema's index of the same name.
const INDEX_OF_CHUNKS = `SELECT i.indexrelid::regclass::text AS qualified FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  WHERE i.indrelid = 'chunks'::regclass AND c.relname = $1`;

/** Memory for one index build: pgvector builds the HNSW graph in memory while it fits. */
export const BULK_MAINTENANCE_WORK_MEM = '512MB';

/** The schema-qualified name of `chunks`' index called `name`, or null. */
async function indexOfChunks(sql: SqlClient, name: string): Promise<string | null> {
  const { rows } = await sql.query<{ qualified: string }>(INDEX_OF_CHUNKS, [name]);
  return rows[0]?.qualified ?? null;
}

/** Drops one of `chunks`' indexes by the qualified name the catalog gives (DDL takes no parameters). */
export async function dropChunksIndex(sql: SqlClient, name: string): Promise<void> {
  const qualified = await indexOfChunks(sql, name);
  if (qualified !== null) await sql.query(`DROP INDEX IF EXISTS ${qualified}`);
}

const REGION_INDEX = 'chunks_region_idx';

/**
 * Rewrites `chunks` in region order (CLUSTER on migration 001's region index), then refreshes the
 * planner's statistics. A region-filtered search ranks every chunk of the region in one pass
 * (src/db/search-store.ts); after a bulk load those chunks lie scattered, about one heap page
 * each, and clustered they share pages. Takes an exclusive lock on `chunks` while it runs, so it
 * belongs to a bulk load, before the search indexes are built (CLUSTER rebuilds every index of
 * the table). Returns the milliseconds it took.
 */
export async function clusterChunksByRegion(sql: SqlClient): Promise<number> {
  const started = Date.now();
  const index = await indexOfChunks(sql, REGION_INDEX);
  if (index === null) throw new Error(`index ${REGION_INDEX} of chunks is missing`);
  await sql.query(`CLUSTER chunks USING ${index.replace(/^.*\./, '')}`);
  await sql.query('ANALYZE chunks');
  return Date.now() - started;
}

export async function dropSearchIndexes(sql: SqlClient): Promise<void> {
  await dropHnswIndexes(sql);
  await dropChunksIndex(sql, GIN_INDEX);
}

/**
 * Builds whichever search index is missing, with `maintenanceWorkMem` for the build. On
 * PostgreSQL the GIN index and the HNSW graphs build at once on two connections (GIN is one
 * process; each graph a leader and parallel workers, one language after the other); PGlite has
 * one connection, so there they run in turn. Returns what it built (`hnsw`: any graph).
 */
export async function ensureSearchIndexes(
  sql: SqlClient,
  options: { maintenanceWorkMem?: string } = {},
): Promise<{ hnsw: boolean; gin: boolean; ms: { hnsw: number; gin: number } }> {
  const memory = options.maintenanceWorkMem ?? BULK_MAINTENANCE_WORK_MEM;
  // Validated: SET cannot take a parameter.
  if (!/^\d+(kB|MB|GB)$/.test(memory)) throw new Error(`invalid maintenance_work_mem ${memory}`);
  const graphs = await Promise.all(
    LANGUAGES.map((language) => indexOfChunks(sql, HNSW_INDEXES[language])),
  );
  const missing = {
    hnsw: graphs.some((g) => g === null),
    gin: (await indexOfChunks(sql, GIN_INDEX)) === null,
  };
  const ms = { hnsw: 0, gin: 0 };
  const build = async (create: (tx: SqlClient) => Promise<unknown>, which: 'hnsw' | 'gin') => {
    const started = Date.now();
    await sql.transaction(async (tx) => {
      await tx.query(`SET LOCAL maintenance_work_mem = '${memory}'`);
      await create(tx);
    });
    ms[which] = Date.now() - started;
  };
  const builds: [(tx: SqlClient) => Promise<unknown>, 'hnsw' | 'gin'][] = [];
  if (missing.gin) builds.push([(tx) => tx.query(CREATE_GIN), 'gin']);
  if (missing.hnsw) builds.push([createHnswIndexes, 'hnsw']);
  if (sql.dialect === 'postgres')
    await Promise.all(builds.map(([create, which]) => build(create, which)));
  else for (const [create, which] of builds) await build(create, which);
  return { ...missing, ms };
}
