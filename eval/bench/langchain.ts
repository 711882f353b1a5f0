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
/** The second LangChain table: set up as LangChain's pgvector HNSW example does, index first. */
export const LANGCHAIN_DOCUMENTED_TABLE = 'langchain_bench_documented';

export async function createLangchainStore(
  embeddings: EmbeddingsInterface,
  pool: pg.Pool,
  schema: string | null,
  tableName = LANGCHAIN_TABLE,
): Promise<PGVectorStore> {
  const store = new PGVectorStore(embeddings, {
    pool,
    tableName,
    ...(schema ? { schemaName: schema } : {}),
  });
  await store.ensureTableInDatabase(EMBEDDING_DIMENSIONS);
  return store;
}

/**
 * LangChain as its own pgvector HNSW example (examples/src/indexes/vector_stores/
 * pgvector_vectorstore/pgvector_hnsw.ts in langchainjs) uses it: the table, then
 * `createHnswIndex`, then `addDocuments` — every row is inserted into the graph as it arrives.
 */
export async function createDocumentedLangchainStore(
  embeddings: EmbeddingsInterface,
  pool: pg.Pool,
  schema: string | null,
): Promise<PGVectorStore> {
  const store = await createLangchainStore(embeddings, pool, schema, LANGCHAIN_DOCUMENTED_TABLE);
  // The namespace keeps its index name apart from the other LangChain table's.
  await store.createHnswIndex({
    dimensions: EMBEDDING_DIMENSIONS,
    namespace: LANGCHAIN_DOCUMENTED_TABLE,
  });
  return store;
}

/** One `addVectors` call for all the documents' chunks, with the metadata a user would keep. */
export async function addDocuments(
  store: PGVectorStore,
  documents: BenchDocument[],
  vectorsOf: (document: BenchDocument) => number[][],
): Promise<number> {
  const vectors: number[][] = [];
  const rows: Document[] = [];
  for (const d of documents) {
    const year = d.document.date ? Number(d.document.date.slice(0, 4)) : null;
    vectors.push(...vectorsOf(d));
    for (const c of d.chunks) {
      rows.push(
        new Document({
          pageContent: c.text,
          metadata: {
            document_id: d.document.id,
            chunk_id: c.id,
            ordinal: c.ordinal,
            title: d.document.title,
            heading: c.heading,
            region: d.document.region,
            language: d.document.language,
            year,
          },
        }),
      );
    }
  }
  await store.addVectors(vectors, rows);
  return rows.length;
}

/** `createHnswIndex` with its defaults (m = 16, ef_construction = 64, session maintenance_work_mem). */
export async function buildLangchainIndex(store: PGVectorStore): Promise<void> {
  await store.createHnswIndex({ dimensions: EMBEDDING_DIMENSIONS });
}
