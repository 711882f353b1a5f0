import type { SqlClient } from './sql-client.ts';

/**
 * The two search indexes of `chunks` — HNSW (vectors) and GIN (lexical terms) — are the expensive
 * part of writing chunks: every row inserted walks the HNSW graph. A bulk load drops them, loads,
 * and builds each once from the full table (`npm run ingest -- --bulk`, eval/bench), which is
 * several times faster. If a bulk load dies before rebuilding, nothing is lost — searches scan
 * instead — and `ensureSearchIndexes` (run at every start, after migrations) builds them again.
 *
 * The definitions match migrations 005 (GIN on terms) and 003 (HNSW m = 32); keep them in step.
 */
export const HNSW_INDEX = 'chunks_embedding_hnsw';
const GIN_INDEX = 'chunks_terms_gin';
// CREATE INDEX puts the index in the schema of the `chunks` that search_path resolves to.
export const CREATE_HNSW = `CREATE INDEX IF NOT EXISTS ${HNSW_INDEX} ON chunks USING hnsw (embedding vector_cosine_ops) WITH (m = 32, ef_construction = 64)`;
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

export async function dropSearchIndexes(sql: SqlClient): Promise<void> {
  await dropChunksIndex(sql, HNSW_INDEX);
  await dropChunksIndex(sql, GIN_INDEX);
}

/**
 * Builds whichever search index is missing, with `maintenanceWorkMem` for the build. On
 * PostgreSQL both build at once on two connections (GIN is one process, HNSW a leader and
 * parallel workers); PGlite has one connection, so there they run in turn. Returns what it built.
 */
export async function ensureSearchIndexes(
  sql: SqlClient,
  options: { maintenanceWorkMem?: string } = {},
): Promise<{ hnsw: boolean; gin: boolean; ms: { hnsw: number; gin: number } }> {
  const memory = options.maintenanceWorkMem ?? BULK_MAINTENANCE_WORK_MEM;
  // Validated: SET cannot take a parameter.
  if (!/^\d+(kB|MB|GB)$/.test(memory)) throw new Error(`invalid maintenance_work_mem ${memory}`);
  const missing = { hnsw: (await indexOfChunks(sql, HNSW_INDEX)) === null, gin: (await indexOfChunks(sql, GIN_INDEX)) === null };
  const ms = { hnsw: 0, gin: 0 };
  const build = async (statement: string, which: 'hnsw' | 'gin') => {
    const started = Date.now();
    await sql.transaction(async (tx) => {
      await tx.query(`SET LOCAL maintenance_work_mem = '${memory}'`);
      await tx.query(statement);
    });
    ms[which] = Date.now() - started;
  };
  const builds: [string, 'hnsw' | 'gin'][] = [];
  if (missing.gin) builds.push([CREATE_GIN, 'gin']);
  if (missing.hnsw) builds.push([CREATE_HNSW, 'hnsw']);
  if (sql.dialect === 'postgres') await Promise.all(builds.map(([statement, which]) => build(statement, which)));
  else for (const [statement, which] of builds) await build(statement, which);
  return { ...missing, ms };
}
