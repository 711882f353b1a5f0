import type { SqlClient } from './sql-client.ts';
import { chunkTokenString } from '../text/tokens.ts';
import { documentLexicalVector, sparseLiteral, termsLiteral } from '../text/lexical-vector.ts';

/**
 * Gives chunks written before migration 005 their lexical vector and term ids, computed from the
 * same tokens ingest uses (heading, text and document title). Runs at every start after the
 * migrations and in `npm run migrate`; once every chunk has them, it is one query that finds
 * nothing. Each batch is one statement: a run that stops half-way leaves the finished batches
 * done and the rest for the next start.
 */
const PENDING = `SELECT c.id, c.heading, c.text, d.title FROM chunks c JOIN documents d ON d.id = c.document_id
  WHERE c.lexical IS NULL AND c.id > $1 ORDER BY c.id LIMIT $2`;
// One JSON parameter for the batch: an array of sparsevec literals (commas and braces inside)
// is not escaped alike by every driver; JSON is.
const UPDATE = `UPDATE chunks SET lexical = u.lexical::sparsevec, terms = u.terms::int4[]
  FROM json_to_recordset($1::json) AS u(id text, lexical text, terms text)
  WHERE chunks.id = u.id AND chunks.lexical IS NULL`;

const BATCH = 500;

export async function backfillLexicalVectors(sql: SqlClient): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    // Keyset pagination on the primary key: each batch starts where the last one ended.
    const { rows } = await sql.query<{
      id: string;
      heading: string | null;
      text: string;
      title: string;
    }>(PENDING, [after, BATCH]);
    if (rows.length === 0) return done;
    after = rows[rows.length - 1]!.id;
    const vectors = rows.map((r) =>
      documentLexicalVector(chunkTokenString(r.heading, r.text, r.title)),
    );
    await sql.query(UPDATE, [
      JSON.stringify(
        rows.map((r, i) => ({
          id: r.id,
          lexical: sparseLiteral(vectors[i]!),
          terms: termsLiteral(vectors[i]!),
        })),
      ),
    ]);
    done += rows.length;
  }
}
