import type { SqlClient } from './sql-client.ts';
import type { SearchFilters, ChunkRow, CatalogueEntry } from '../domain.ts';
import type { ChunkSpan, DocumentDetail, DocumentSummary, Store } from '../store.ts';
import { AppError } from '../errors.ts';
import { createTargetsStore, insertTargets } from './targets-store.ts';
import { createFeedbackStore } from './feedback-store.ts';
import { createDigestStore } from './digest-store.ts';
import { createSearchStore, filterParams, type StoreOptions } from './search-store.ts';
import { createHnswIndexes, dropHnswIndexes } from './search-indexes.ts';
import { insertChunksSql, vectorEncoders, vectorLiteral } from './chunk-rows.ts';
import { documentLexicalVector, termsLiteral } from '../text/lexical-vector.ts';
import { detectKind } from '../documents/kind.ts';

export { vectorLiteral } from './chunk-rows.ts';
export type { StoreOptions } from './search-store.ts';

/**
 * Runtime SQL lives in this module and its siblings (search-store.ts, targets-store.ts,
 * feedback-store.ts, digest-store.ts), as named constants with `$n` parameters; createStore
 * composes them into the one store the app uses, typed as the `Store` port of src/store.ts.
 * DDL lives in migrations. Row shapes are converted to API shapes at this boundary.
 */

const GET_META = 'SELECT value FROM meta WHERE key = $1';
const SET_META =
  'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value';

const GET_HASH = 'SELECT content_hash FROM documents WHERE id = $1';
const GET_HASH_STATE =
  'SELECT content_hash, content_hash_legacy AS legacy FROM documents WHERE id = $1';
const UPGRADE_HASH =
  'UPDATE documents SET content_hash = $2, content_hash_legacy = false WHERE id = $1 AND content_hash_legacy';
const DELETE_DOCUMENT = 'DELETE FROM documents WHERE id = $1';
// Serialises concurrent ingests of the same document id across processes.
const LOCK_DOCUMENT = 'SELECT pg_advisory_xact_lock(hashtext($1))';
const INSERT_DOCUMENT = `INSERT INTO documents
  (id, title, issuer, doc_number, published_on, region, level, sectors, language, source_url, file_name, content_hash, text, pages, metadata, kind)
  VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8::text[], $9, $10, $11, $12, $13, $14, $15::jsonb, $16)`;
const LIST_DOCUMENTS = `SELECT d.id, d.title, d.issuer, d.doc_number, to_char(d.published_on, 'YYYY-MM-DD') AS date, d.region, d.level,
    d.sectors, d.language, COALESCE(d.kind, 'other') AS kind, d.source_url AS url, d.file_name, d.pages, d.content_hash, d.ingested_at::text AS ingested_at,
    (SELECT count(*)::int FROM chunks c WHERE c.document_id = d.id) AS chunk_count,
    (SELECT count(*)::int FROM targets t WHERE t.document_id = d.id) AS target_count
  FROM documents d WHERE ($1::text[] IS NULL OR COALESCE(d.kind, 'other') = ANY($1)) ORDER BY d.published_on DESC NULLS LAST, d.id`;
// The ids of the documents of some kinds: /api/ask and /api/search filter by kind through them.
const DOCUMENT_IDS_OF_KINDS = `SELECT id FROM documents WHERE COALESCE(kind, 'other') = ANY($1::text[]) ORDER BY id`;
const GET_DOCUMENT = `SELECT d.id, d.title, d.issuer, d.doc_number, to_char(d.published_on, 'YYYY-MM-DD') AS date, d.region, d.level,
    d.sectors, d.language, COALESCE(d.kind, 'other') AS kind, d.source_url AS url, d.file_name, d.pages, d.content_hash, d.ingested_at::text AS ingested_at, d.text, d.metadata,
    (SELECT count(*)::int FROM chunks c WHERE c.document_id = d.id) AS chunk_count,
    (SELECT count(*)::int FROM targets t WHERE t.document_id = d.id) AS target_count
  FROM documents d WHERE d.id = $1`;
const LIST_DOCUMENT_CHUNKS = `SELECT id AS chunk_id, ordinal, heading, page_from, page_to, start_offset AS start, end_offset AS "end"
  FROM chunks WHERE document_id = $1 ORDER BY ordinal`;
// Counted on documents (the chunks' filter columns are copies of these, and every document has
// chunks): a scan of ~1,000s of document rows instead of count(DISTINCT) over the chunks.
const COUNT_DOCUMENTS = `SELECT count(*)::int AS n FROM documents
  WHERE ($1::text[] IS NULL OR region = ANY($1)) AND ($2::text[] IS NULL OR sectors && $2)
    AND ($3::int IS NULL OR extract(year FROM published_on) >= $3) AND ($4::int IS NULL OR extract(year FROM published_on) <= $4)
    AND ($5::text[] IS NULL OR language = ANY($5)) AND ($6::text[] IS NULL OR id = ANY($6))`;

const GET_CHUNKS = `SELECT c.id AS chunk_id, c.document_id, c.ordinal, c.text, c.heading, c.page_from, c.page_to, c.start_offset AS start,
    c.end_offset AS "end", d.title, d.issuer, to_char(d.published_on, 'YYYY-MM-DD') AS date, d.region, d.source_url AS url, d.language
  FROM chunks c JOIN documents d ON d.id = c.document_id WHERE c.id = ANY($1::text[])`;
// The chunks at (document, ordinal) pairs: the next chunk of several passages in one statement.
const GET_CHUNKS_BY_ORDINAL = `SELECT c.id AS chunk_id, c.document_id, c.ordinal, c.text, c.heading, c.page_from, c.page_to, c.start_offset AS start,
    c.end_offset AS "end", d.title, d.issuer, to_char(d.published_on, 'YYYY-MM-DD') AS date, d.region, d.source_url AS url, d.language
  FROM unnest($1::text[], $2::int[]) AS k(document_id, ordinal)
  JOIN chunks c ON c.document_id = k.document_id AND c.ordinal = k.ordinal JOIN documents d ON d.id = c.document_id`;

// The document router's catalogue, and a cheap version of it (reloaded when documents change).
const CATALOGUE_VERSION = `SELECT count(*)::int AS n, coalesce(max(ingested_at)::text, '') AS latest FROM documents`;
const LIST_CATALOGUE =
  'SELECT id, title, issuer, doc_number, region, language FROM documents ORDER BY id';

const PING = 'SELECT 1 AS ok';

// Re-embedding with a model of another dimension (resizeEmbeddings): the only DDL outside
// migrations, because the dimension is a deployment setting; the HNSW graphs are rebuilt after
// the column changes type (search-indexes.ts).
const UPDATE_EMBEDDINGS = `UPDATE chunks SET embedding = u.embedding::vector FROM unnest($1::text[], $2::text[]) AS u(id, embedding) WHERE chunks.id = u.id`;
const CURRENT_DIMENSIONS = `SELECT atttypmod AS dims FROM pg_attribute WHERE attrelid = 'chunks'::regclass AND attname = 'embedding'`;

const CHUNK_BATCH = 500;

/** The PostgreSQL/PGlite store over one SqlClient (a pool, a per-request client or PGlite). */
export function createStore(sql: SqlClient, options: StoreOptions = {}): Store {
  const encode = vectorEncoders(sql.dialect);
  return {
    ...createTargetsStore(sql),
    ...createFeedbackStore(sql),
    ...createDigestStore(sql),
    ...createSearchStore(sql, options),

    async ping(): Promise<void> {
      await sql.query(PING, []);
    },

    async getMeta(key: string): Promise<string | null> {
      const { rows } = await sql.query<{ value: string }>(GET_META, [key]);
      return rows[0]?.value ?? null;
    },

    async setMeta(key: string, value: string): Promise<void> {
      await sql.query(SET_META, [key, value]);
    },

    /**
     * Records the embedding model on first use; afterwards throws when the configured model or
     * dimension differs from the one that produced the stored vectors.
     */
    async checkEmbeddingModel(model: string, dimensions: number): Promise<void> {
      const stored = await this.getMeta('embedding_model');
      const storedDims = await this.getMeta('embedding_dimensions');
      if (stored === null) {
        await this.setMeta('embedding_model', model);
        await this.setMeta('embedding_dimensions', String(dimensions));
        return;
      }
      if (stored !== model || storedDims !== String(dimensions)) {
        throw new AppError(
          'conflict',
          `the database holds embeddings from "${stored}" (${storedDims} dimensions) but the configuration asks for "${model}" (${dimensions} dimensions); ` +
            `either restore the old EMBEDDINGS_* settings, or re-embed everything with: npm run ingest -- --reembed`,
        );
      }
    },

    /** The stored hash and whether it is of the pre-008 kind (see migration 008), or null for an unknown id. */
    async documentHashState(id: string): Promise<{ content_hash: string; legacy: boolean } | null> {
      const { rows } = await sql.query<{ content_hash: string; legacy: boolean }>(GET_HASH_STATE, [
        id,
      ]);
      return rows[0] ?? null;
    },

    /** Replaces a pre-008 hash by the SHA-256 of the file's bytes, once the file was recognised as unchanged. */
    async upgradeContentHash(id: string, hash: string): Promise<void> {
      await sql.query(UPGRADE_HASH, [id, hash]);
    },

    async documentHash(id: string): Promise<string | null> {
      const { rows } = await sql.query<{ content_hash: string }>(GET_HASH, [id]);
      return rows[0]?.content_hash ?? null;
    },

    /**
     * Writes a document with its chunks and targets in one transaction, replacing any previous
     * version with the same id. `skipIfHash`: if the stored hash equals it, nothing is written
     * and `'unchanged'` is returned (checked under the per-document lock, so two concurrent
     * ingests of the same file write it once).
     */
    async saveDocument(document, chunks, targets, options = {}) {
      return sql.transaction(async (tx) => {
        await tx.query(LOCK_DOCUMENT, [document.id]);
        const { rows } = await tx.query<{ content_hash: string }>(GET_HASH, [document.id]);
        const existing = rows[0]?.content_hash;
        if (existing !== undefined && existing === document.content_hash && !options.replace)
          return 'unchanged';
        if (existing !== undefined) await tx.query(DELETE_DOCUMENT, [document.id]);
        await tx.query(INSERT_DOCUMENT, [
          document.id,
          document.title,
          document.issuer,
          document.doc_number,
          document.date,
          document.region,
          document.level,
          document.sectors,
          document.language,
          document.url,
          document.file_name,
          document.content_hash,
          document.text,
          document.pages,
          JSON.stringify(document.metadata ?? {}),
          document.kind ?? detectKind(document.title),
        ]);
        const year = document.date ? Number(document.date.slice(0, 4)) : null;
        for (let i = 0; i < chunks.length; i += CHUNK_BATCH) {
          const batch = chunks.slice(i, i + CHUNK_BATCH);
          const params: unknown[] = [
            document.id,
            document.region,
            document.language,
            year,
            document.sectors,
          ];
          for (const c of batch) {
            const lexical = documentLexicalVector(c.tokens);
            params.push(
              c.id,
              c.ordinal,
              c.text,
              c.heading,
              c.page_from,
              c.page_to,
              c.start,
              c.end,
              termsLiteral(lexical),
              encode.vector(c.embedding),
              encode.sparse(lexical),
            );
          }
          await tx.query(insertChunksSql(batch.length), params);
        }
        if (targets.length > 0)
          await insertTargets(tx, document.id, targets, options.extractor ?? 'rules');
        return existing === undefined ? 'inserted' : 'replaced';
      });
    },

    async deleteDocument(id: string): Promise<boolean> {
      const { rowCount } = await sql.query(DELETE_DOCUMENT, [id]);
      return rowCount > 0;
    },

    /** Every document, newest first; `kinds` keeps those of the given kinds. */
    async listDocuments(options = {}) {
      const { rows } = await sql.query<DocumentSummary>(LIST_DOCUMENTS, [
        options.kinds?.length ? options.kinds : null,
      ]);
      return rows;
    },

    async documentIdsOfKinds(kinds) {
      const { rows } = await sql.query<{ id: string }>(DOCUMENT_IDS_OF_KINDS, [kinds]);
      return rows.map((r) => r.id);
    },

    async getDocument(id): Promise<DocumentDetail | null> {
      const { rows } = await sql.query<Omit<DocumentDetail, 'chunks'>>(GET_DOCUMENT, [id]);
      const document = rows[0];
      if (!document) return null;
      const chunks = await sql.query<ChunkSpan>(LIST_DOCUMENT_CHUNKS, [id]);
      return { ...document, chunks: chunks.rows };
    },

    /** A string that changes whenever a document is added, replaced or deleted. */
    async catalogueVersion(): Promise<string> {
      const { rows } = await sql.query<{ n: number; latest: string }>(CATALOGUE_VERSION, []);
      return `${rows[0]?.n ?? 0}|${rows[0]?.latest ?? ''}`;
    },

    /** Every document's title, issuer, number, region and language: what the document router matches. */
    async listCatalogue(): Promise<CatalogueEntry[]> {
      const { rows } = await sql.query<CatalogueEntry>(LIST_CATALOGUE, []);
      return rows;
    },

    async countDocuments(filters?: SearchFilters): Promise<number> {
      const { rows } = await sql.query<{ n: number }>(COUNT_DOCUMENTS, filterParams(filters));
      return rows[0]?.n ?? 0;
    },

    async getChunks(ids: string[]): Promise<ChunkRow[]> {
      if (ids.length === 0) return [];
      const { rows } = await sql.query<ChunkRow>(GET_CHUNKS, [ids]);
      const byId = new Map(rows.map((r) => [r.chunk_id, r]));
      return ids.map((id) => byId.get(id)).filter((r): r is ChunkRow => r !== undefined);
    },

    /** The chunks at the given (document, ordinal) positions that exist, in no particular order. */
    async getChunksByOrdinal(
      positions: { document_id: string; ordinal: number }[],
    ): Promise<ChunkRow[]> {
      if (positions.length === 0) return [];
      const { rows } = await sql.query<ChunkRow>(GET_CHUNKS_BY_ORDINAL, [
        positions.map((p) => p.document_id),
        positions.map((p) => p.ordinal),
      ]);
      return rows;
    },

    /**
     * Changes the vector column's dimension (re-embedding with another model). Existing vectors
     * are dropped (set to zero vectors) and must be recomputed by the caller.
     */
    async resizeEmbeddings(dimensions: number): Promise<void> {
      if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 16000)
        throw new Error('invalid embedding dimension');
      const { rows } = await sql.query<{ dims: number }>(CURRENT_DIMENSIONS, []);
      if (Number(rows[0]?.dims) === dimensions) return;
      await sql.transaction(async (tx) => {
        await dropHnswIndexes(tx);
        // The dimension is validated as an integer above; DDL cannot take a parameter here.
        await tx.query(
          `ALTER TABLE chunks ALTER COLUMN embedding TYPE vector(${dimensions}) USING array_fill(0, ARRAY[${dimensions}])::real[]::vector`,
        );
        await createHnswIndexes(tx);
      });
    },

    async updateEmbeddings(rows: { id: string; embedding: number[] }[]): Promise<void> {
      await sql.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += CHUNK_BATCH) {
          const batch = rows.slice(i, i + CHUNK_BATCH);
          await tx.query(UPDATE_EMBEDDINGS, [
            batch.map((r) => r.id),
            batch.map((r) => vectorLiteral(r.embedding)),
          ]);
        }
      });
    },
  };
}
