import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { ChunkInput, DocumentInput } from '../src/store.ts';
import type { Target } from '../src/targets/schema.ts';
import type { TargetExtractor } from '../src/targets/extractor.ts';
import { extractDocumentTargets } from './document-targets.ts';
import { chunkTokenString } from '../src/text/tokens.ts';
import { loadDocument } from './loaders/index.ts';
import { LoadError } from './loaders/types.ts';
import { chunkSections } from './chunker.ts';
import { detectMetadata } from './metadata.ts';
import { applyManifestEntry, type ManifestEntry } from './manifest.ts';

/** What the CPU-heavy half of an ingest needs: plain data, so it can cross to a worker thread. */
export interface PrepareInput {
  bytes: Uint8Array;
  /** File name used for type detection and messages. */
  fileName: string;
  /** The document id, already checked. */
  id: string;
  /** SHA-256 of the bytes, hex. */
  hash: string;
  metadata?: Partial<ManifestEntry>;
}

/** A document ready to be written in one transaction (plain data, structured-clonable). */
export interface PreparedDocument {
  document: DocumentInput;
  chunks: ChunkInput[];
  targets: Target[];
}

/** The CPU-heavy half of an ingest, in this thread or in a worker pool (ingest/prepare-pool.ts). */
export type Preparer = (input: PrepareInput) => Promise<PreparedDocument>;

export interface PrepareDependencies {
  embeddings: EmbeddingsInterface;
  extractTargets?: TargetExtractor;
  /** Texts per embeddings call (a remote API bills and limits per request). */
  embedBatchSize?: number;
}

/**
 * Load → metadata → chunk → embed → extract targets, touching no database. Throws (usually a
 * `LoadError` with a one-line reason) for a file it cannot read.
 */
export async function prepareDocument(
  input: PrepareInput,
  dependencies: PrepareDependencies,
): Promise<PreparedDocument> {
  const batchSize = dependencies.embedBatchSize ?? 64;
  const { id } = input;
  const loaded = await loadDocument(input.bytes, input.fileName);
  const { text, chunks } = chunkSections(loaded.sections);
  if (chunks.length === 0) throw new LoadError(`${input.fileName}: no text to index`);
  const metadata = applyManifestEntry(
    detectMetadata(text, input.fileName, { title: loaded.title }),
    input.metadata,
  );
  const document: DocumentInput = {
    id,
    ...metadata,
    url: input.metadata?.url ?? null,
    file_name: input.fileName.split(/[\\/]/).pop() ?? input.fileName,
    content_hash: input.hash,
    text,
    pages: loaded.pages ?? null,
  };

  const vectors: number[][] = [];
  for (let i = 0; i < chunks.length; i += batchSize) {
    vectors.push(
      ...(await dependencies.embeddings.embedDocuments(
        chunks.slice(i, i + batchSize).map((c) => c.text),
      )),
    );
  }
  const chunkRows: ChunkInput[] = chunks.map((c, i) => ({
    id: `${id}:${c.ordinal}`,
    ordinal: c.ordinal,
    text: c.text,
    heading: c.heading,
    page_from: c.page_from,
    page_to: c.page_to,
    start: c.start,
    end: c.end,
    tokens: chunkTokenString(c.heading, c.text, document.title),
    embedding: vectors[i],
  }));

  const targets = dependencies.extractTargets
    ? await extractDocumentTargets(dependencies.extractTargets, document, chunkRows)
    : [];
  return { document, chunks: chunkRows, targets };
}
