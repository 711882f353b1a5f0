import type { ChunkInput, Store } from '../../src/store.ts';
import { chunkTokenString } from '../../src/text/tokens.ts';
import type { BenchDocument } from './generator.ts';

/**
 * Our side of the benchmark: documents written exactly as the ingest pipeline writes them
 * (`store.saveDocument`: one transaction per document, multi-row VALUES inserts, targets in the
 * same transaction), with the search indexes dropped before a bulk load and built once after it
 * — the same functions `npm run ingest -- --bulk` uses (src/db/search-indexes.ts).
 */

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
    tokens: chunkTokenString(c.heading, c.text, title),
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
