import {
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  unlinkSync,
  existsSync,
} from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { createPgPoolClient } from '../db/pg-adapter.ts';
import { createPgliteClient } from '../db/pglite-adapter.ts';
import { SESSION_SETTINGS, type SqlClient } from '../db/sql-client.ts';
import { ensureSearchIndexes } from '../db/search-indexes.ts';
import { backfillLexicalVectors } from '../db/lexical-backfill.ts';
import { backfillDocumentKinds, remapTargetMetrics } from '../db/kind-metric-backfill.ts';
import { migrate, type Migration } from '../db/migrate.ts';
import { maskUrl } from '../config.ts';

const MIGRATION_RUN_LOCK = 'SELECT pg_advisory_xact_lock(7351000)';
const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'db', 'migrations');

/** Reads `src/db/migrations/*.sql` (Node only; Workers never migrate at request time). */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent, embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; `memory://` (or undefined with `inMemory`) for an in-memory database. */
  dataDir?: string;
  poolSize?: number;
  embeddingDimensions: number;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** PostgreSQL only: a schema to work in (tests isolate each suite in its own schema). */
  schema?: string;
}

export interface Database {
  sql: SqlClient;
  kind: 'postgres' | 'pglite';
  /** Human-readable location with any password masked. */
  location: string;
  close(): Promise<void>;
}

/**
 * Opens PostgreSQL (pg.Pool) or embedded PGlite, applies migrations, and returns the port.
 * Errors are one line, with the password masked: they reach the console at startup.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.poolSize ?? 10, options.schema)
    : await openPglite(options.dataDir ?? 'memory://');
  if (options.migrate !== false) {
    try {
      await upgradeDatabase(database, options.embeddingDimensions);
    } catch (error) {
      await database.close().catch(() => {});
      throw new Error(
        `cannot migrate the database at ${database.location}: ${(error as Error).message}`,
      );
    }
  }
  return database;
}

export interface Upgrade {
  /** Migrations applied by this run. */
  applied: string[];
  /** Chunks given their lexical vector (written before migration 005, or cleared by 007). */
  backfilled: number;
}

/**
 * Brings a database up to this release, at every start and in `npm run migrate`: pending
 * migrations; then the lexical vectors of chunks that have none; then the search indexes a
 * migration or a killed `ingest --bulk` dropped (nothing is lost without them, but searches
 * would scan), built last so that the backfill's rewritten rows are indexed once, by the build.
 */
export async function upgradeDatabase(
  database: Database,
  embeddingDimensions: number,
): Promise<Upgrade> {
  const run = async (sql: SqlClient): Promise<Upgrade> => {
    const applied = await migrate(sql, loadMigrations(), { embeddingDimensions });
    const backfilled = await backfillLexicalVectors(sql);
    // Documents' kinds and targets' canonical metrics (migration 010), computed in the app.
    await backfillDocumentKinds(sql);
    await remapTargetMetrics(sql);
    await ensureSearchIndexes(sql);
    return { applied, backfilled };
  };
  if (database.kind === 'pglite') return run(database.sql);
  // Several processes (ingest workers, server replicas) may start together on a fresh
  // database: migrate() creates its bookkeeping table before taking its lock, and two
  // concurrent CREATE TABLE IF NOT EXISTS collide (pg_type_typname_nsp_index). One
  // transaction under one advisory lock makes whole runs take turns; the later ones
  // then find everything applied.
  return database.sql.transaction(async (tx) => {
    await tx.query(MIGRATION_RUN_LOCK, []);
    return run(tx);
  });
}

async function openPostgres(url: string, max: number, schema?: string): Promise<Database> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`invalid schema name ${schema}`);
  const { connectionString, urlOptions } = splitOptions(url);
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    // Session settings in the startup packet: no extra round trip per connection.
    options: [
      ...urlOptions,
      ...SESSION_SETTINGS.map((s) => s.replace(/^SET (\S+) = '?([^']+)'?$/, '-c $1=$2')),
      ...(schema ? [`-c search_path=${schema},public`] : []),
    ].join(' '),
  });
  // A broken idle connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  // pg-pool listens for errors only on idle clients: a checked-out client (one running a
  // transaction) that loses its connection emits 'error' to nobody, which would crash the
  // server mid-ingest. Its query in flight already rejects, and the pool drops the broken
  // client on release, so the event itself needs no handling.
  pool.on('connect', (client) => client.on('error', () => {}));
  const location = maskUrl(url);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`cannot connect to PostgreSQL at ${location}: ${describe(error)}`);
  }
  return { sql: createPgPoolClient(pool), kind: 'postgres', location, close: () => pool.end() };
}

/**
 * pg lets an `options` parameter in the URL replace the `options` given beside it, which would
 * silently drop our session settings (`?options=-c search_path=...` is a common way to pick a
 * schema). Take it out of the URL so both apply, the URL's first.
 */
function splitOptions(url: string): { connectionString: string; urlOptions: string[] } {
  if (!/[?&]options=/.test(url)) return { connectionString: url, urlOptions: [] };
  const parsed = new URL(url);
  const options = parsed.searchParams.get('options');
  parsed.searchParams.delete('options');
  return { connectionString: parsed.toString(), urlOptions: options ? [options] : [] };
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  let releaseLock = () => {};
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = acquireLock(dataDir);
  }
  try {
    const db = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { vector } });
    for (const statement of SESSION_SETTINGS) await db.exec(statement).catch(() => {});
    const sql = createPgliteClient(db);
    return {
      sql,
      kind: 'pglite',
      location: inMemory ? 'in-memory PGlite' : `PGlite at ${dataDir}`,
      close: async () => {
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw new Error(`cannot open the embedded database in ${dataDir}: ${describe(error)}`);
  }
}

/**
 * PGlite is a single-process database: a second process writing the same directory corrupts
 * it. A lock file holding our pid refuses the second process; a stale lock (dead pid) is taken over.
 */
function acquireLock(dataDir: string): () => void {
  const lockPath = join(dataDir, '.policy-qa.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lockPath, 'utf8').trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new Error(
          `the data directory ${dataDir} is in use by another process (pid ${pid}); stop it first, or use DATABASE_URL for shared access`,
        );
      }
      if (existsSync(lockPath)) unlinkSync(lockPath);
    }
  }
  throw new Error(`cannot lock the data directory ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describe(error: unknown): string {
  const e = error as { message?: string; code?: string };
  const text = e?.message || e?.code || String(error);
  return text
    .split('\n')[0]
    .replace(/postgres(ql)?:\/\/[^@\s]*@/gi, (m) => m.replace(/:[^:@/]*@/, ':****@'));
}
