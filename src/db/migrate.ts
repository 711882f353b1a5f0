import type { SqlClient } from './sql-client.ts';
import { sha256Hex } from '../hash.ts';

export { sha256Hex } from '../hash.ts';

/** A migration as read from `src/db/migrations/NNN_name.sql` (reading files is the caller's job). */
export interface Migration {
  name: string;
  sql: string;
}

export interface MigrateOptions {
  /** Replaces `{{EMBEDDING_DIMENSIONS}}` in migration text (the vector column's dimension). */
  embeddingDimensions: number;
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  name text PRIMARY KEY,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;
const SELECT_APPLIED = 'SELECT name, checksum FROM schema_migrations ORDER BY name';
const INSERT_APPLIED = 'INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)';
// One migrator at a time across processes (two ingest processes starting together).
const LOCK = 'SELECT pg_advisory_xact_lock(7351001)';

/**
 * Applies pending migrations in name order, each in its own transaction, and records a SHA-256
 * checksum of its text. Throws if an applied migration's file has changed since (migrations
 * are append-only; write a new one instead). Returns the names applied now.
 */
export async function migrate(
  sql: SqlClient,
  migrations: Migration[],
  options: MigrateOptions,
): Promise<string[]> {
  await sql.query(CREATE_TABLE);
  const sorted = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
  const appliedNow: string[] = [];
  for (const migration of sorted) {
    const checksum = await sha256Hex(migration.sql);
    const done = await sql.transaction(async (tx) => {
      await tx.query(LOCK, []);
      const { rows } = await tx.query<{ name: string; checksum: string }>(SELECT_APPLIED);
      const applied = rows.find((r) => r.name === migration.name);
      if (applied) {
        if (applied.checksum !== checksum) {
          throw new Error(
            `migration ${migration.name} was changed after it was applied (checksum mismatch); add a new migration instead`,
          );
        }
        return false;
      }
      const text = migration.sql.replaceAll(
        '{{EMBEDDING_DIMENSIONS}}',
        String(options.embeddingDimensions),
      );
      await tx.query(text);
      await tx.query(INSERT_APPLIED, [migration.name, checksum]);
      return true;
    });
    if (done) appliedNow.push(migration.name);
  }
  return appliedNow;
}
