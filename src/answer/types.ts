import type { Target } from '../targets/schema.ts';

/** Filters applied inside SQL to every retrieval. All optional; arrays are OR within, AND across. */
export interface SearchFilters {
  regions?: string[];
  sectors?: string[];
  year_from?: number;
  year_to?: number;
  languages?: ('en' | 'zh')[];
  document_ids?: string[];
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
  verification?: { removed_citations: number[]; unverified_sentences: number; checked_numbers: number };
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
  ask(request: AskRequest, options?: { signal?: AbortSignal; onDelta?: (text: string) => void }): Promise<AskResponse>;
}
