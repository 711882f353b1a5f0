import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Store, ChunkInput, DocumentInput } from '../src/db/store.ts';
import type { TargetExtractor } from '../src/targets/extractor.ts';
import { extractDocumentTargets } from './document-targets.ts';
import { chunkTokenString } from '../src/text/tokens.ts';
import { sha256Hex } from '../src/db/migrate.ts';
import { loadDocument } from './loaders/index.ts';
import { LoadError } from './loaders/types.ts';
import { chunkSections } from './chunker.ts';
import { detectMetadata } from './metadata.ts';
import { applyManifestEntry, type ManifestEntry } from './manifest.ts';

/** Per-file outcome, as the CLI summary and the upload API report it. */
export interface IngestResult {
  file: string;
  id: string | null;
  status: 'inserted' | 'replaced' | 'unchanged' | 'failed' | 'dry-run';
  chunks: number;
  targets: number;
  pages: number | null;
  characters: number;
  error?: string;
  ms: number;
}

export type { TargetExtractor } from '../src/targets/extractor.ts';

export interface IngesterOptions {
  store: Store;
  embeddings: EmbeddingsInterface;
  extractTargets?: TargetExtractor;
  /** Texts per embeddings call (a remote API bills and limits per request). */
  embedBatchSize?: number;
}

export interface IngestInput {
  bytes: Uint8Array;
  /** File name used for type detection and messages. */
  fileName: string;
  /** Metadata from a manifest entry or an upload form; wins over detection. */
  metadata?: Partial<ManifestEntry>;
  replace?: boolean;
  dryRun?: boolean;
}

/**
 * The id a file gets when none is given: its base name without the extension, with each run of
 * characters an id may not hold (spaces, brackets, 《》) turned into one "-" ("贵州 实施方案.md" →
 * "贵州-实施方案"). A name with nothing usable left is refused by the id check.
 */
export function defaultDocumentId(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base
    .replace(/\.[^.]+$/, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 200);
}

/**
 * Ingests one document: load → metadata → chunk → embed → extract targets → one transaction.
 * Never throws for a bad file: the failure is returned as `status: 'failed'` with a one-line
 * reason, and nothing of that document is written.
 */
export function createIngester(options: IngesterOptions) {
  const batchSize = options.embedBatchSize ?? 64;

  async function ingest(input: IngestInput): Promise<IngestResult> {
    const started = Date.now();
    const result: IngestResult = { file: input.fileName, id: null, status: 'failed', chunks: 0, targets: 0, pages: null, characters: 0, ms: 0 };
    try {
      const id = input.metadata?.id ?? defaultDocumentId(input.fileName);
      if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,199}$/u.test(id)) throw new LoadError(`${input.fileName}: invalid document id "${id}" (letters, digits, '.', '_', '-' only)`);
      result.id = id;
      const hash = await sha256Hex(bytesToBinaryString(input.bytes));
      if (!input.replace && !input.dryRun && (await options.store.documentHash(id)) === hash) {
        result.status = 'unchanged';
        return result;
      }
      const loaded = await loadDocument(input.bytes, input.fileName);
      const { text, chunks } = chunkSections(loaded.sections);
      if (chunks.length === 0) throw new LoadError(`${input.fileName}: no text to index`);
      const metadata = applyManifestEntry(detectMetadata(text, input.fileName, { title: loaded.title }), input.metadata);
      const document: DocumentInput = {
        id,
        ...metadata,
        url: input.metadata?.url ?? null,
        file_name: input.fileName.split(/[\\/]/).pop() ?? input.fileName,
        content_hash: hash,
        text,
        pages: loaded.pages ?? null,
      };
      result.pages = document.pages;
      result.characters = text.length;

      const vectors: number[][] = [];
      for (let i = 0; i < chunks.length; i += batchSize) {
        vectors.push(...(await options.embeddings.embedDocuments(chunks.slice(i, i + batchSize).map((c) => c.text))));
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

      const targets = options.extractTargets ? await extractDocumentTargets(options.extractTargets, document, chunkRows) : [];
      result.chunks = chunkRows.length;
      result.targets = targets.length;
      if (input.dryRun) {
        result.status = 'dry-run';
        return result;
      }
      result.status = await options.store.saveDocument(document, chunkRows, targets, { replace: input.replace });
      return result;
    } catch (error) {
      result.status = 'failed';
      result.error = oneLine(error, input.fileName);
      return result;
    } finally {
      result.ms = Date.now() - started;
    }
  }

  return { ingest };
}

function bytesToBinaryString(bytes: Uint8Array): string {
  // Hash the raw bytes: map each byte to one UTF-16 code unit (sha256Hex encodes as UTF-8,
  // which is still a deterministic function of the bytes).
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

function oneLine(error: unknown, fileName: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0];
  return line.includes(fileName) ? line : `${fileName}: ${line}`;
}
