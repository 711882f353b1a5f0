/**
 * The shared vocabulary of the service: filters, chunks and passages, citations, asks and their
 * answers. It sits at the bottom of src/: db/, retrieval/, answer/, routes/ and slack/ import it,
 * and it imports nothing of theirs (the target schema is a leaf module).
 */
import type { Target } from './targets/schema.ts';

/** Filters applied inside SQL to every retrieval. All optional; arrays are OR within, AND across. */
export interface SearchFilters {
  regions?: string[];
  sectors?: string[];
  year_from?: number;
  year_to?: number;
  languages?: ('en' | 'zh')[];
  document_ids?: string[];
}

/** A chunk with its document's metadata, as the store returns it for ranking and citing. */
export interface ChunkRow {
  chunk_id: string;
  document_id: string;
  ordinal: number;
  text: string;
  heading: string | null;
  page_from: number | null;
  page_to: number | null;
  start: number;
  end: number;
  title: string;
  issuer: string | null;
  date: string | null;
  region: string;
  url: string | null;
  language: 'en' | 'zh';
}

/** A chunk chosen by the retriever, with its fused score (higher is better). */
export interface RetrievedPassage extends ChunkRow {
  score: number;
  /** Added because the passage before it was cut mid-article. */
  neighbour?: boolean;
}

/** What the document router knows of a document: enough to match a question naming it. */
export interface CatalogueEntry {
  id: string;
  title: string;
  issuer: string | null;
  doc_number: string | null;
  region: string;
  language: 'en' | 'zh';
}

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface AskRequest {
  question: string;
  history?: ChatTurn[];
  filters?: SearchFilters;
  /** Passages to retrieve (default 5). */
  k?: number;
}

export interface Citation {
  /** The [n] marker used in the answer text, 1-based. */
  n: number;
  chunk_id: string;
  document_id: string;
  title: string;
  issuer: string | null;
  date: string | null;
  region: string | null;
  url: string | null;
  page: number | null;
  heading: string | null;
  /** Exact substring of the chunk text that supports the claim. */
  quote: string;
  /** Offsets of `quote` in the document's normalised text. */
  start: number;
  end: number;
}

export interface Passage {
  chunk_id: string;
  document_id: string;
  title: string;
  page: number | null;
  heading: string | null;
  text: string;
  score: number;
}

export interface AskResponse {
  answer: string;
  answerable: boolean;
  mode: 'llm' | 'extractive';
  citations: Citation[];
  targets: Target[];
  searched: { documents: number; filters: SearchFilters };
  timings_ms: Record<string, number>;
  /** Sentences the verifier could not support: marked in `answer`, listed here. */
  unverified?: string[];
  verification?: {
    removed_citations: number[];
    unverified_sentences: number;
    checked_numbers: number;
  };
  /** Closest passages, offered when the answer is not in the corpus. */
  closest?: Passage[];
  /** Standalone question after condensing the history, when it differs from `question`. */
  condensed_question?: string;
  notice?: string;
  /** Comparison table, for questions answered from the targets store. */
  table?: { columns: string[]; rows: (string | number | null)[][] };
  /** Retrieved passages in rank order (ids and scores), for evaluation and debugging. */
  retrieved?: { chunk_id: string; document_id: string; score: number }[];
}

/** The ask pipeline, as every channel (HTTP, SSE, Slack, eval) sees it. */
export interface Asker {
  ask(request: AskRequest, options?: { signal?: AbortSignal }): Promise<AskResponse>;
}
