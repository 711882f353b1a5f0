import { toSql } from 'pgvector';
import type { SqlClient } from './sql-client.ts';
import { sparseBinary, sparseLiteral, type SparseVector } from '../text/lexical-vector.ts';

/**
 * How chunk rows travel to the database: the batch INSERT statement and the two encodings of a
 * vector parameter. Kept apart from store.ts, which composes them into its transactions.
 */

// One multi-row INSERT per batch, every value its own text parameter: no array to build in the
// app and parse again on the server (a text[] of 500 vector literals is megabytes of escaping
// on both sides). The document's columns are parameters $1..$5, shared by every row. The SQL
// text depends only on the batch size, so it is built once per size.
const CHUNK_COLUMNS = 11;
const insertChunksCache = new Map<number, string>();
export function insertChunksSql(rows: number): string {
  let text = insertChunksCache.get(rows);
  if (text === undefined) {
    const values: string[] = [];
    for (let r = 0; r < rows; r++) {
      const p = (i: number) => `$${6 + r * CHUNK_COLUMNS + i}`;
      values.push(
        `(${p(0)}, $1, ${p(1)}::int, ${p(2)}, ${p(3)}, ${p(4)}::int, ${p(5)}::int, ${p(6)}::int, ${p(7)}::int, $2, $3, $4::int, $5::text[], ${p(8)}::int4[], ${p(9)}::vector, ${p(10)}::sparsevec)`,
      );
    }
    text = `INSERT INTO chunks
  (id, document_id, ordinal, text, heading, page_from, page_to, start_offset, end_offset, region, language, year, sectors, terms, embedding, lexical)
  VALUES ${values.join(',\n  ')}`;
    insertChunksCache.set(rows, text);
  }
  return text;
}

/** A vector's text form `[0.1,-0.2,…]` (pgvector's `toSql`): PGlite's parameters, ad-hoc SQL. */
export function vectorLiteral(vector: number[]): string {
  return toSql(vector) as string;
}

/**
 * pgvector's binary wire format (what its `vector_recv` reads): int16 dimensions, int16 unused,
 * then float4s, all big-endian. node-postgres sends a Buffer parameter in binary, so a vector
 * costs 2 kB of copying instead of ~10 kB of decimal text to format here and parse on the server.
 * Written here because pgvector-node encodes text only (docs/decisions/0004-pgvector-encodings.md).
 */
export function vectorBinary(vector: number[]): Buffer {
  const buffer = Buffer.allocUnsafe(4 + 4 * vector.length);
  buffer.writeInt16BE(vector.length, 0);
  buffer.writeInt16BE(0, 2);
  for (let i = 0; i < vector.length; i++) buffer.writeFloatBE(vector[i]!, 4 + 4 * i);
  return buffer;
}

/**
 * The parameter encodings for a dialect: pgvector's binary formats on PostgreSQL (node-postgres
 * sends Buffers in binary), the text forms on PGlite. Used by every statement that sends vectors.
 */
export function vectorEncoders(dialect: SqlClient['dialect']): {
  vector: (v: number[]) => Buffer | string;
  sparse: (v: SparseVector) => Buffer | string;
} {
  return dialect === 'postgres'
    ? { vector: vectorBinary, sparse: sparseBinary }
    : { vector: vectorLiteral, sparse: sparseLiteral };
}
