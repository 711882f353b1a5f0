import type { QueryResult, SqlClient } from './sql-client.ts';

/**
 * Structural types for the parts of node-postgres we use, so this file needs no `pg` import
 * and runs wherever `pg` objects are handed to it (Node pool, Workers per-request client).
 */
interface PgQueryable {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}
interface PgPoolLike extends PgQueryable {
  connect(): Promise<PgQueryable & { release(error?: Error | boolean): void }>;
  end(): Promise<void>;
}
interface PgClientLike extends PgQueryable {
  end(): Promise<void>;
}

function wrapQuery(target: PgQueryable) {
  return async <Row>(text: string, params?: readonly unknown[]): Promise<QueryResult<Row>> => {
    const result = await target.query(text, params as unknown[] | undefined);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  };
}

function inTransaction(connection: PgQueryable): SqlClient {
  const tx: SqlClient = {
    dialect: 'postgres',
    query: wrapQuery(connection),
    transaction: (fn) => fn(tx),
    close: async () => {},
  };
  return tx;
}

async function runTransaction<T>(
  connection: PgQueryable,
  fn: (tx: SqlClient) => Promise<T>,
): Promise<T> {
  await connection.query('BEGIN');
  try {
    const result = await fn(inTransaction(connection));
    await connection.query('COMMIT');
    return result;
  } catch (error) {
    await connection.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** A `SqlClient` over a `pg.Pool`: queries take any pooled connection; transactions pin one. */
export function createPgPoolClient(pool: PgPoolLike): SqlClient {
  return {
    dialect: 'postgres',
    query: wrapQuery(pool),
    async transaction(fn) {
      const connection = await pool.connect();
      try {
        return await runTransaction(connection, fn);
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * A `SqlClient` over one connected `pg.Client` (Workers: one per request). One connection means
 * one statement at a time, so calls are serialised.
 */
export function createPgSingleClient(client: PgClientLike): SqlClient {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => {});
    return next;
  };
  const query = wrapQuery(client);
  return {
    dialect: 'postgres',
    query: (text, params) => serial(() => query(text, params)),
    transaction: (fn) => serial(() => runTransaction(client, fn)),
    close: () => client.end(),
  };
}
