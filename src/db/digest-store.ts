import type { SqlClient } from './sql-client.ts';
import type { DigestChunk, DigestStore, PeriodDocument } from '../store.ts';

/** Runtime SQL for the digest: a period's documents under a scope, and their opening passages. */

const DOCUMENTS_IN_PERIOD = `SELECT id, title, issuer, to_char(published_on, 'YYYY-MM-DD') AS date, region, level, COALESCE(kind, 'other') AS kind,
    sectors, language, source_url AS url
  FROM documents
  WHERE published_on >= $1::date AND published_on <= $2::date
    AND ($3::text[] IS NULL OR region = ANY($3)) AND ($4::text[] IS NULL OR sectors && $4)
    AND ($5::text[] IS NULL OR COALESCE(kind, 'other') = ANY($5)) AND ($6::text[] IS NULL OR language = ANY($6))
  ORDER BY published_on, id`;
// A document's opening passages hold the sentence that says what it does (the headline).
const OPENING_CHUNKS = `SELECT id AS chunk_id, document_id, ordinal, text, heading, page_from, start_offset AS start
  FROM chunks WHERE document_id = ANY($1::text[]) AND ordinal < $2 ORDER BY document_id, ordinal`;
const LATEST_DATE = `SELECT to_char(max(published_on), 'YYYY-MM-DD') AS date, count(*)::int AS n FROM documents`;

const orNull = <T>(values: T[] | undefined) => (values && values.length > 0 ? values : null);

export function createDigestStore(sql: SqlClient): DigestStore {
  return {
    /** Documents published from `from` to `to` (inclusive, YYYY-MM-DD) within the scope, oldest first. */
    async documentsInPeriod(from, to, scope = {}) {
      const { rows } = await sql.query<PeriodDocument>(DOCUMENTS_IN_PERIOD, [
        from,
        to,
        orNull(scope.regions),
        orNull(scope.sectors),
        orNull(scope.kinds),
        orNull(scope.languages),
      ]);
      return rows;
    },

    async openingChunks(documentIds: string[], count = 3): Promise<DigestChunk[]> {
      if (documentIds.length === 0) return [];
      const { rows } = await sql.query<DigestChunk>(OPENING_CHUNKS, [documentIds, count]);
      return rows;
    },

    /** The newest publication date in the corpus and how many documents it holds. */
    async corpusExtent(): Promise<{ latest: string | null; documents: number }> {
      const { rows } = await sql.query<{ date: string | null; n: number }>(LATEST_DATE, []);
      return { latest: rows[0]?.date ?? null, documents: rows[0]?.n ?? 0 };
    },
  };
}
