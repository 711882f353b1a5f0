import type { Citation, RetrievedPassage, SearchFilters } from '../domain.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';

/** What an answerer is given: the standalone question, its analysis and the retrieved passages. */
export interface AnswerInput {
  question: string;
  analysis: QueryAnalysis;
  passages: RetrievedPassage[];
  filters?: SearchFilters;
  /** Documents the question names (document router), searched first. */
  anchors: string[];
}

/** An answer before verification: its text with [n] markers and what each marker may be checked against. */
export interface Draft {
  mode: 'llm' | 'extractive';
  answer: string;
  answerable: boolean;
  /** For each marker n, the text its sentence's numbers must be found in. */
  support: Map<number, string>;
  /** Citations for the markers the verified answer still uses. */
  cite(answer: string, used: number[]): Citation[];
  /** Passages the answerer fetched itself (per-region answers), beside the retrieved ones. */
  passages: RetrievedPassage[];
}

/** The port both answerers implement: the extractive one offline, the LLM one with a model. */
export interface Answerer {
  answer(input: AnswerInput, options?: { signal?: AbortSignal }): Promise<Draft>;
}
