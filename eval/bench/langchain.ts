import type pg from 'pg';
import { PGVectorStore } from '@langchain/community/vectorstores/pgvector';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { BenchDocument } from './generator.ts';
import { EMBEDDING_DIMENSIONS } from './backend.ts';

/**
 * The peer: LangChain's PGVectorStore used the way its documentation shows, with its defaults
 * (500-row multi-VALUES inserts, uuid ids, jsonb metadata, `SELECT *` searches). Constructed
 * directly and `ensureTableInDatabase` called, because `initialize()` pins a pool client and
 * deadlocks on a one-connection pool (PGlite).
 */
export const LANGCHAIN_TABLE = 'langchain_bench';

export async function createLangchainStore(embeddings: EmbeddingsInterface, pool: pg.Pool, schema: string | null): Promise<PGVectorStore> {
  const store = new PGVectorStore(embeddings, { pool, tableName: LANGCHAIN_TABLE, ...(schema ? { schemaName: schema } : {}) });
  await store.ensureTableInDatabase(EMBEDDING_DIMENSIONS);
  return store;
}

/** One `addVectors` call for all the documents' chunks, with the metadata a user would keep. */
export async function addDocuments(store: PGVectorStore, documents: BenchDocument[], vectorsOf: (document: BenchDocument) => number[][]): Promise<number> {
  const vectors: number[][] = [];
  const rows: Document[] = [];
  for (const d of documents) {
    const year = d.document.date ? Number(d.document.date.slice(0, 4)) : null;
    vectors.push(...vectorsOf(d));
    for (const c of d.chunks) {
      rows.push(new Document({
        pageContent: c.text,
        metadata: { document_id: d.document.id, chunk_id: c.id, ordinal: c.ordinal, title: d.document.title, heading: c.heading, region: d.document.region, language: d.document.language, year },
      }));
    }
  }
  await store.addVectors(vectors, rows);
  return rows.length;
}

/** `createHnswIndex` with its defaults (m = 16, ef_construction = 64, session maintenance_work_mem). */
export async function buildLangchainIndex(store: PGVectorStore): Promise<void> {
  await store.createHnswIndex({ dimensions: EMBEDDING_DIMENSIONS });
}
