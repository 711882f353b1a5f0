import { CREATE_HNSW, DROP_HNSW, type ChunkInput, type Store } from '../../src/db/store.ts';
import type { SqlClient } from '../../src/db/sql-client.ts';
import { tokenString } from '../../src/text/tokens.ts';
import type { BenchDocument } from './generator.ts';

/**
 * Our side of the benchmark: documents written exactly as the ingest pipeline writes them
 * (`store.saveDocument`: one transaction per document, multi-row `unnest` inserts, targets in the
 * same transaction), and the HNSW index dropped before a bulk load and built once after it.
 */

// Same DDL as the migrations' indexes (HNSW m = 32, ef_construction = 64; GIN); only the build
// is deferred. Building once from a full table is cheaper than maintaining the index per row.
const DROP_GIN = 'DROP INDEX IF EXISTS chunks_lexemes_gin';
const CREATE_GIN = 'CREATE INDEX chunks_lexemes_gin ON chunks USING gin (lexemes)';

/** Chunk rows as the pipeline builds them: lexical tokens of heading + text + title. */
export function chunkInputs(document: BenchDocument, vectors: number[][]): ChunkInput[] {
  const title = document.document.title;
  return document.chunks.map((c, i) => ({
    id: c.id,
    ordinal: c.ordinal,
    text: c.text,
    heading: c.heading,
    page_from: null,
    page_to: null,
    start: c.start,
    end: c.end,
    tokens: tokenString((c.heading ? c.heading + '\n' : '') + c.text + '\n' + title),
    embedding: vectors[i],
  }));
}

/**
 * Saves documents one transaction each, `concurrency` at a time (the pool has several
 * connections on PostgreSQL; PGlite serialises anyway). Returns the chunks written.
 */
export async function saveDocuments(
  store: Store,
  documents: BenchDocument[],
  vectorsOf: (document: BenchDocument) => number[][],
  concurrency = 1,
): Promise<number> {
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (next < documents.length) {
      const document = documents[next++];
      const chunks = chunkInputs(document, vectorsOf(document));
      await store.saveDocument(document.document, chunks, document.targets);
      written += chunks.length;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return written;
}

/** Drops the two indexes that are expensive to maintain row by row (HNSW, GIN) before a bulk load. */
export async function dropBulkIndexes(sql: SqlClient): Promise<void> {
  await sql.query(DROP_HNSW);
  await sql.query(DROP_GIN);
}

/** Rebuilds the lexical GIN index after a bulk load (with the same maintenance memory). */
export async function buildLexicalIndex(sql: SqlClient, maintenanceWorkMem = '512MB'): Promise<void> {
  await withMaintenanceMemory(sql, maintenanceWorkMem, CREATE_GIN);
}

/**
 * Builds the HNSW index in one statement with enough maintenance memory for the whole graph:
 * pgvector builds in memory (and in parallel) while the graph fits, and falls back to slow
 * on-disk inserts when it does not (the 64MB default holds ~25,000 512-d vectors).
 */
export async function buildVectorIndex(sql: SqlClient, maintenanceWorkMem = '512MB'): Promise<void> {
  await withMaintenanceMemory(sql, maintenanceWorkMem, CREATE_HNSW);
}

async function withMaintenanceMemory(sql: SqlClient, maintenanceWorkMem: string, statement: string): Promise<void> {
  // Validated: SET cannot take a parameter.
  if (!/^\d+(kB|MB|GB)$/.test(maintenanceWorkMem)) throw new Error(`invalid maintenance_work_mem ${maintenanceWorkMem}`);
  await sql.transaction(async (tx) => {
    await tx.query(`SET LOCAL maintenance_work_mem = '${maintenanceWorkMem}'`);
    await tx.query(statement);
  });
}
