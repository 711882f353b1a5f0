import { mkdirSync, openSync, closeSync, readFileSync, readdirSync, writeFileSync, unlinkSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { createPgPoolClient } from '../db/pg-adapter.ts';
import { createPgliteClient } from '../db/pglite-adapter.ts';
import { SESSION_SETTINGS, type SqlClient } from '../db/sql-client.ts';
import { migrate, type Migration } from '../db/migrate.ts';
import { maskUrl } from '../config.ts';

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
  const database = options.databaseUrl ? await openPostgres(options.databaseUrl, options.poolSize ?? 10, options.schema) : await openPglite(options.dataDir ?? 'memory://');
  try {
    if (options.migrate !== false) await migrate(database.sql, loadMigrations(), { embeddingDimensions: options.embeddingDimensions });
  } catch (error) {
    await database.close().catch(() => {});
    throw new Error(`cannot migrate the database at ${database.location}: ${(error as Error).message}`);
  }
  return database;
}

async function openPostgres(url: string, max: number, schema?: string): Promise<Database> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    // Session settings in the startup packet: no extra round trip per connection.
    options: [
      ...SESSION_SETTINGS.map((s) => s.replace(/^SET (\S+) = '?([^']+)'?$/, '-c $1=$2')),
      ...(schema ? [`-c search_path=${schema},public`] : []),
    ].join(' '),
  });
  // A broken idle connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
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
        throw new Error(`the data directory ${dataDir} is in use by another process (pid ${pid}); stop it first, or use DATABASE_URL for shared access`);
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
  return text.split('\n')[0].replace(/postgres(ql)?:\/\/[^@\s]*@/gi, (m) => m.replace(/:[^:@/]*@/, ':****@'));
}
