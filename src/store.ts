/**
 * The store as the rest of the service sees it: small interfaces, one per concern, that the
 * PostgreSQL/PGlite store (src/db/store.ts) implements and tests fake in memory
 * (test/support/fake-store.ts). It sits at the bottom of src/ beside domain.ts and imports
 * nothing of db/'s, so retrieval/, answer/, routes/, digest/ and ingest/ depend on a port, not
 * on SQL. Each consumer takes the narrowest interface it uses (the retriever a SearchStore).
 * The per-client rate-limit buckets are a port of their own (src/security/rate-limit-store.ts).
 */
import type { ChunkRow, CatalogueEntry, SearchFilters } from './domain.ts';
import type { Target } from './targets/schema.ts';
import type { DocumentKind } from './documents/kind.ts';

/** What a document is, as ingest writes it and the catalogue lists it. */
export interface DocumentFields {
  id: string;
  title: string;
  issuer: string | null;
  doc_number: string | null;
  date: string | null;
  region: string;
  level: string | null;
  sectors: string[];
  language: 'en' | 'zh';
  url: string | null;
  file_name: string | null;
  pages: number | null;
  /** SHA-256 (hex) of the file's bytes: re-ingesting unchanged bytes writes nothing. */
  content_hash: string;
}

/** A document as ingest writes it. */
export interface DocumentInput extends DocumentFields {
  text: string;
  metadata?: Record<string, unknown>;
  /** Detected from the title when absent (src/documents/kind.ts). */
  kind?: DocumentKind;
}

/** A chunk as ingest writes it: its offsets into the document's text, lexical tokens and embedding. */
export interface ChunkInput {
  id: string;
  ordinal: number;
  text: string;
  heading: string | null;
  page_from: number | null;
  page_to: number | null;
  start: number;
  end: number;
  tokens: string;
  embedding: number[];
}

export interface DocumentSummary extends DocumentFields {
  kind: DocumentKind;
  chunk_count: number;
  target_count: number;
  ingested_at: string;
}

/** Where one chunk lies in its document's text. */
export interface ChunkSpan {
  chunk_id: string;
  ordinal: number;
  heading: string | null;
  page_from: number | null;
  page_to: number | null;
  start: number;
  end: number;
}

/** A document with its text and its chunk boundaries (GET /api/documents/:id). */
export type DocumentDetail = DocumentSummary & {
  text: string;
  metadata: Record<string, unknown>;
  chunks: ChunkSpan[];
};

/** Documents: written whole by ingest (one transaction), read by the API, deleted by admins. */
export interface DocumentStore {
  /**
   * Writes a document with its chunks and targets in one transaction, replacing any previous
   * version with the same id. Unless `replace`, a stored document with the same content hash is
   * left as it is and `'unchanged'` returned (decided under a per-document lock).
   */
  saveDocument(
    document: DocumentInput,
    chunks: ChunkInput[],
    targets: Target[],
    options?: { replace?: boolean; extractor?: string },
  ): Promise<'inserted' | 'replaced' | 'unchanged'>;
  /** True when a document was deleted (with its chunks and targets). */
  deleteDocument(id: string): Promise<boolean>;
  /** Every document, newest first; `kinds` keeps those of the given kinds. */
  listDocuments(options?: { kinds?: DocumentKind[] }): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<DocumentDetail | null>;
  documentIdsOfKinds(kinds: DocumentKind[]): Promise<string[]>;
  documentHash(id: string): Promise<string | null>;
  /** The stored hash and whether it is of the pre-008 kind (see migration 008), or null for an unknown id. */
  documentHashState(id: string): Promise<{ content_hash: string; legacy: boolean } | null>;
  /** Replaces a pre-008 hash by the SHA-256 of the file's bytes, once the file was recognised as unchanged. */
  upgradeContentHash(id: string, hash: string): Promise<void>;
}

/** What the document router matches questions against, and a cheap version of it for caching. */
export interface CatalogueStore {
  /** A string that changes whenever a document is added, replaced or deleted. */
  catalogueVersion(): Promise<string>;
  listCatalogue(): Promise<CatalogueEntry[]>;
}

export interface ScoredChunkId {
  chunk_id: string;
  /** Higher is better: cosine similarity for a vector list, the lexical inner product for a lexical one. */
  score: number;
}

/** One ranked list of a hybrid search: a query embedding, or a query's lexical terms. */
export type SearchList =
  { kind: 'vector'; vector: number[] } | { kind: 'lexical'; terms: string[] };

/** Ranked candidate lists under the API's filters, and the chunks behind them. */
export interface SearchStore {
  /**
   * For each list, the chunks passing `filters`, best first, at most `limit`; a lexical list
   * holds only chunks sharing a term with it (none for an empty list of terms).
   */
  searchLists(
    lists: SearchList[],
    filters: SearchFilters | undefined,
    limit: number,
  ): Promise<ScoredChunkId[][]>;
  /** One vector list of `searchLists`. */
  vectorSearch(
    embedding: number[],
    filters: SearchFilters | undefined,
    limit: number,
  ): Promise<ScoredChunkId[]>;
  /** One lexical list of `searchLists`. */
  lexicalSearch(
    terms: string[],
    filters: SearchFilters | undefined,
    limit: number,
  ): Promise<ScoredChunkId[]>;
  /** Documents passing the filters (all documents without). */
  countDocuments(filters?: SearchFilters): Promise<number>;
  /** The chunks with these ids that exist, in the order of `ids`. */
  getChunks(ids: string[]): Promise<ChunkRow[]>;
  /** The chunks at the given (document, ordinal) positions that exist, in no particular order. */
  getChunksByOrdinal(positions: { document_id: string; ordinal: number }[]): Promise<ChunkRow[]>;
}

export interface TargetQuery {
  regions?: string[];
  sectors?: string[];
  target_year?: number;
  year_from?: number;
  year_to?: number;
  document_ids?: string[];
  /** Substring of the metric or the quote (case-insensitive, wildcards literal). */
  q?: string;
  /** Canonical metric keys (src/targets/metrics.json). */
  metrics?: string[];
  /** Default 1,000. */
  limit?: number;
}

/** A target as stored: its raw label in `metric`, its canonical key (or null) in `metric_key`. */
export type StoredTarget = Target & { title: string; metric_key: string | null };

/** One side of a revision: a target and the document that set it. */
export interface RevisionSide {
  value: number;
  unit: string;
  value_raw: string;
  unit_raw: string;
  direction: string;
  document_id: string;
  title: string;
  date: string | null;
  quote: string;
  chunk_id: string | null;
  start: number;
  end: number;
}

export interface TargetRevision {
  region: string;
  metric_key: string;
  target_year: number;
  old: RevisionSide;
  new: RevisionSide;
}

/** Quantitative targets: the targets API, comparisons, the targets an answer cites, revisions. */
export interface TargetStore {
  /** Ordered by region, target year, document and offset. */
  listTargets(query?: TargetQuery): Promise<StoredTarget[]>;
  targetsForChunks(chunkIds: string[]): Promise<StoredTarget[]>;
  /**
   * Targets set by documents published from `from` to `to` (YYYY-MM-DD, inclusive) that change
   * an earlier document's value for the same region, canonical metric and target year.
   */
  targetRevisions(
    from: string,
    to: string,
    options?: { regions?: string[] },
  ): Promise<TargetRevision[]>;
  /** Replaces a document's targets (re-extraction) in one transaction. */
  replaceTargets(documentId: string, targets: Target[], extractor?: string): Promise<void>;
}

export interface DigestScope {
  regions?: string[];
  sectors?: string[];
  kinds?: DocumentKind[];
  languages?: ('en' | 'zh')[];
}

export interface PeriodDocument {
  id: string;
  title: string;
  issuer: string | null;
  date: string;
  region: string;
  level: 'national' | 'provincial' | 'municipal' | null;
  kind: DocumentKind;
  sectors: string[];
  language: 'en' | 'zh';
  url: string | null;
}

export interface DigestChunk {
  chunk_id: string;
  document_id: string;
  ordinal: number;
  text: string;
  heading: string | null;
  page_from: number | null;
  start: number;
}

/** A period's documents and their opening passages: what the digest is built from. */
export interface DigestStore {
  /** Documents published from `from` to `to` (inclusive, YYYY-MM-DD) within the scope, oldest first. */
  documentsInPeriod(from: string, to: string, scope?: DigestScope): Promise<PeriodDocument[]>;
  /** The first `count` (default 3) chunks of each document, by document and ordinal. */
  openingChunks(documentIds: string[], count?: number): Promise<DigestChunk[]>;
  /** The newest publication date in the corpus and how many documents it holds. */
  corpusExtent(): Promise<{ latest: string | null; documents: number }>;
}

export interface FeedbackInput {
  question: string;
  answer: string;
  citations: unknown[];
  verdict: 'up' | 'down';
  comment: string | null;
}

export type FeedbackRecord = FeedbackInput & { id: string; created_at: string };

/** Users' verdicts on answers (POST /api/feedback; admins list them). */
export interface FeedbackStore {
  addFeedback(input: FeedbackInput): Promise<{ id: string; created_at: string }>;
  /** Newest first. */
  listFeedback(limit?: number): Promise<FeedbackRecord[]>;
}

/** Slack retries an event it thinks was missed: each event id is handled once. */
export interface SlackEventStore {
  /** True the first time an event id is seen (within its time to live). */
  claimSlackEvent(eventId: string, ttlSeconds: number): Promise<boolean>;
}

/** Health, settings kept in the database, and the embedding model behind the stored vectors. */
export interface AdminStore {
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
  /**
   * Records the embedding model on first use; afterwards throws an AppError('conflict') when
   * the configured model or dimension differs from the one that produced the stored vectors.
   */
  checkEmbeddingModel(model: string, dimensions: number): Promise<void>;
  /** Changes the vector column's dimension; existing vectors become zero vectors to recompute. */
  resizeEmbeddings(dimensions: number): Promise<void>;
  updateEmbeddings(rows: { id: string; embedding: number[] }[]): Promise<void>;
}

/** The whole store, as the composition root builds it. */
export type Store = DocumentStore &
  CatalogueStore &
  SearchStore &
  TargetStore &
  DigestStore &
  FeedbackStore &
  SlackEventStore &
  AdminStore;
