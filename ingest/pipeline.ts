import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { DocumentStore } from '../src/store.ts';
import type { TargetExtractor } from '../src/targets/extractor.ts';
import { sha256Hex } from '../src/hash.ts';
import { LoadError } from './loaders/types.ts';
import type { ManifestEntry } from './manifest.ts';
import { prepareDocument, type Preparer } from './prepare.ts';

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
  store: DocumentStore;
  embeddings: EmbeddingsInterface;
  extractTargets?: TargetExtractor;
  /** Texts per embeddings call (a remote API bills and limits per request). */
  embedBatchSize?: number;
  /**
   * Where load → chunk → embed → extract runs: in this thread by default, or a worker pool's
   * (`createPreparePool`). The hash check and the database write stay with the ingester.
   */
  prepare?: Preparer;
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
 * Ingests one document: hash check → prepare (load → metadata → chunk → embed → extract targets,
 * see prepare.ts) → one transaction.
 * Never throws for a bad file: the failure is returned as `status: 'failed'` with a one-line
 * reason, and nothing of that document is written.
 */
export function createIngester(options: IngesterOptions) {
  const prepare: Preparer =
    options.prepare ??
    ((input) =>
      prepareDocument(input, {
        embeddings: options.embeddings,
        extractTargets: options.extractTargets,
        embedBatchSize: options.embedBatchSize,
      }));

  async function ingest(input: IngestInput): Promise<IngestResult> {
    const started = Date.now();
    const result: IngestResult = {
      file: input.fileName,
      id: null,
      status: 'failed',
      chunks: 0,
      targets: 0,
      pages: null,
      characters: 0,
      ms: 0,
    };
    try {
      const id = input.metadata?.id ?? defaultDocumentId(input.fileName);
      if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,199}$/u.test(id))
        throw new LoadError(
          `${input.fileName}: invalid document id "${id}" (letters, digits, '.', '_', '-' only)`,
        );
      result.id = id;
      // SHA-256 of the file's bytes: what `sha256sum` prints.
      const hash = await sha256Hex(input.bytes);
      if (
        !input.replace &&
        !input.dryRun &&
        (await isUnchanged(options.store, id, hash, input.bytes))
      ) {
        result.status = 'unchanged';
        return result;
      }
      const { document, chunks, targets } = await prepare({
        bytes: input.bytes,
        fileName: input.fileName,
        id,
        hash,
        metadata: input.metadata,
      });
      result.pages = document.pages;
      result.characters = document.text.length;
      result.chunks = chunks.length;
      result.targets = targets.length;
      if (input.dryRun) {
        result.status = 'dry-run';
        return result;
      }
      result.status = await options.store.saveDocument(document, chunks, targets, {
        replace: input.replace,
      });
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

/**
 * Whether the stored document has these bytes. A hash stored before migration 008 was taken over
 * the bytes as a binary string re-encoded as UTF-8; when that one matches, the file is unchanged
 * and its hash is rewritten as the SHA-256 of the bytes.
 */
async function isUnchanged(
  store: IngesterOptions['store'],
  id: string,
  hash: string,
  bytes: Uint8Array,
): Promise<boolean> {
  const stored = await store.documentHashState(id);
  if (!stored) return false;
  // An ASCII file's old hash equals its new one; either way the mark is cleared.
  const same =
    stored.content_hash === hash ||
    (stored.legacy && stored.content_hash === (await sha256Hex(bytesAsBinaryString(bytes))));
  if (same && stored.legacy) await store.upgradeContentHash(id, hash);
  return same;
}

/** The pre-008 hash input: each byte as one UTF-16 code unit. */
function bytesAsBinaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192)
    s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

function oneLine(error: unknown, fileName: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0];
  return line.includes(fileName) ? line : `${fileName}: ${line}`;
}
