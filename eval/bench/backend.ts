import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { openDatabase, loadMigrations } from '../../src/node/database.ts';
import { createPgliteClient } from '../../src/db/pglite-adapter.ts';
import { SESSION_SETTINGS, type SqlClient } from '../../src/db/sql-client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { maskUrl } from '../../src/config.ts';

/**
 * The database both sides of the benchmark share: our schema (migrated) and LangChain's table
 * side by side. On PostgreSQL everything lives in a fresh schema `bench_<time>` that is dropped
 * at the end, so the app's own tables are never touched; on PGlite the database is in memory.
 */
export interface BenchDatabase {
  kind: 'postgres' | 'pglite';
  location: string;
  /** Our port, with the app's session settings (hnsw.ef_search, iterative scan). */
  sql: SqlClient;
  /** A plain node-postgres pool for LangChain: server defaults, as a LangChain user gets them. */
  pool: pg.Pool;
  /** PostgreSQL: the schema holding both sides' tables (null on PGlite). */
  schema: string | null;
  /** PostgreSQL only: how a separate server process reaches the same data. */
  connection: { url: string; schema: string } | null;
  /**
   * True when LangChain's pool and our port are one session (PGlite), so settings made for one
   * side apply to the other: the benchmark then sets hnsw.ef_search explicitly before each round.
   */
  sharedSession: boolean;
  close(): Promise<void>;
}

export const EMBEDDING_DIMENSIONS = 512;

export async function openBenchDatabase(
  databaseUrl: string | undefined,
  options: { keep?: boolean } = {},
): Promise<BenchDatabase> {
  return databaseUrl ? openPostgres(databaseUrl, options.keep ?? false) : openPglite();
}

async function openPostgres(url: string, keep: boolean): Promise<BenchDatabase> {
  const schema = `bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  await adminQuery(url, `CREATE SCHEMA ${schema}`);
  try {
    const database = await openDatabase({
      databaseUrl: url,
      schema,
      poolSize: 8,
      embeddingDimensions: EMBEDDING_DIMENSIONS,
    });
    const pool = new pg.Pool({
      connectionString: url,
      max: 8,
      options: `-c search_path=${schema},public`,
    });
    pool.on('error', () => {});
    return {
      kind: 'postgres',
      location: `${maskUrl(url)} (schema ${schema})`,
      sql: database.sql,
      pool,
      schema,
      connection: { url, schema },
      sharedSession: false,
      async close() {
        await pool.end().catch(() => {});
        await database.close().catch(() => {});
        if (keep) process.stderr.write(`[bench] schema ${schema} kept (--keep-schema)\n`);
        else await adminQuery(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      },
    };
  } catch (error) {
    await adminQuery(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    throw error;
  }
}

async function openPglite(): Promise<BenchDatabase> {
  const db = await PGlite.create({ extensions: { vector } });
  for (const statement of SESSION_SETTINGS) await db.exec(statement);
  const sql = createPgliteClient(db);
  await migrate(sql, loadMigrations(), { embeddingDimensions: EMBEDDING_DIMENSIONS });
  // node-postgres driving the same PGlite instance: one connection, hence max 1.
  const pool = new pg.Pool({ ...createPgConfig(db), max: 1 } as pg.PoolConfig);
  return {
    kind: 'pglite',
    location: 'in-memory PGlite',
    sql,
    pool,
    schema: null,
    connection: null,
    sharedSession: true,
    async close() {
      await pool.end().catch(() => {});
      await db.close();
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
