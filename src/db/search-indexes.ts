import type { SqlClient } from './sql-client.ts';

/**
 * The two search indexes of `chunks` — HNSW (vectors) and GIN (lexemes) — are the expensive
 * part of writing chunks: every row inserted walks the HNSW graph. A bulk load drops them, loads,
 * and builds each once from the full table (`npm run ingest -- --bulk`, eval/bench), which is
 * several times faster. If a bulk load dies before rebuilding, nothing is lost — searches scan
 * instead — and `ensureSearchIndexes` (run at every start, after migrations) builds them again.
 *
 * The definitions match migrations 001 (GIN) and 003 (HNSW m = 32); keep them in step.
 */
export const DROP_HNSW = 'DROP INDEX IF EXISTS chunks_embedding_hnsw';
export const CREATE_HNSW = 'CREATE INDEX IF NOT EXISTS chunks_embedding_hnsw ON chunks USING hnsw (embedding vector_cosine_ops) WITH (m = 32, ef_construction = 64)';
const DROP_GIN = 'DROP INDEX IF EXISTS chunks_lexemes_gin';
const CREATE_GIN = 'CREATE INDEX IF NOT EXISTS chunks_lexemes_gin ON chunks USING gin (lexemes)';
// to_regclass resolves through search_path, so schemas (tests, the benchmark) are respected.
const EXISTING = `SELECT to_regclass('chunks_embedding_hnsw') IS NOT NULL AS hnsw, to_regclass('chunks_lexemes_gin') IS NOT NULL AS gin`;

/** Memory for one index build: pgvector builds the HNSW graph in memory while it fits. */
export const BULK_MAINTENANCE_WORK_MEM = '512MB';

export async function dropSearchIndexes(sql: SqlClient): Promise<void> {
  await sql.query(DROP_HNSW);
  await sql.query(DROP_GIN);
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
  const { rows } = await sql.query<{ hnsw: boolean; gin: boolean }>(EXISTING, []);
  const missing = { hnsw: !rows[0]?.hnsw, gin: !rows[0]?.gin };
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
