import type { QueryResult, SqlClient } from './sql-client.ts';

/** The parts of a PGlite instance (or its transaction handle) we use; typed structurally. */
interface PgliteQueryable {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
  exec(text: string): Promise<{ rows: unknown[]; affectedRows?: number }[]>;
}
interface PgliteLike extends PgliteQueryable {
  transaction<T>(fn: (tx: PgliteQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function wrap(target: PgliteQueryable) {
  return async <Row>(text: string, params?: readonly unknown[]): Promise<QueryResult<Row>> => {
    if (!params || params.length === 0) {
      // Parameterless statements may be multi-statement scripts (migrations): use the simple
      // protocol, as node-postgres does for a query without parameters.
      const results = await target.exec(text);
      const last = results[results.length - 1];
      return {
        rows: (last?.rows ?? []) as Row[],
        rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
      };
    }
    const result = await target.query<Row>(text, params as unknown[]);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
}

/**
 * A `SqlClient` over PGlite. PGlite is a single connection that queues statements itself;
 * a transaction holds it exclusively, so work inside `fn` must use the `tx` it is given.
 */
export function createPgliteClient(db: PgliteLike): SqlClient {
  return {
    dialect: 'pglite',
    query: wrap(db),
    transaction(fn) {
      return db.transaction((handle) => {
        const tx: SqlClient = {
          dialect: 'pglite',
          query: wrap(handle),
          transaction: (inner) => inner(tx),
          close: async () => {},
        };
        return fn(tx);
      });
    },
    close: () => db.close(),
  };
}
