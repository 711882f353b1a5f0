import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Store, ChunkRow, SearchList } from '../db/store.ts';
import type { SearchFilters } from '../answer/types.ts';
import { queryLexemes, lexicalTokens } from '../text/tokens.ts';
import { reciprocalRankFusion } from './fusion.ts';
import { analyzeQuestion, type QueryAnalysis } from './query-analysis.ts';

export interface RetrievedPassage extends ChunkRow {
  score: number;
  /** Added because the passage before it was cut mid-article. */
  neighbour?: boolean;
}

export interface RetrieveResult {
  passages: RetrievedPassage[];
  analysis: QueryAnalysis;
  /** Documents that could have matched (after filters). */
  searchedDocuments: number;
}

export interface Retriever {
  retrieve(question: string, options?: { k?: number; filters?: SearchFilters; analysis?: QueryAnalysis }): Promise<RetrieveResult>;
}

export interface RetrieverOptions {
  store: Store;
  embeddings: EmbeddingsInterface;
  /** RRF constant (default 60). */
  rrfK?: number;
  /** Candidates taken from each of the two searches before fusion. */
  candidates?: number;
}

/**
 * Hybrid retrieval: pgvector HNSW (cosine) ∪ full-text over app-side CJK-aware tokens, each
 * expanded with the bilingual thesaurus, fused by reciprocal rank; then soft boosts for the
 * regions and years the question names, near-duplicate removal, and the next chunk of an
 * article added when a passage stops mid-article. Filters are applied inside SQL.
 */
const HAN = /\p{Script=Han}/u;
export function createRetriever(options: RetrieverOptions): Retriever {
  const { store, embeddings } = options;
  const rrfK = options.rrfK ?? 60;
  const candidates = options.candidates ?? 40;

  return {
    async retrieve(question, { k = 5, filters, analysis = analyzeQuestion(question) } = {}) {
      // Four ranked lists: the question itself (vector and lexical) and its thesaurus
      // expansions (the other language's terms, synonyms) as separate queries, so expansions
      // reach documents in the other language without diluting the question's own. Fused at
      // equal weight: at 0.5/0.6 a Chinese question about an English-only notice ranked every
      // Chinese passage sharing a word first (eval: hit@5 97.6% → 98.8%, cross-lingual
      // must-include 72.7% → 81.8%, nothing else lower).
      const expansionText = analysis.expansions.join(' ');
      // The expansion vector carries the other language's wordings only: with the same-language
      // synonyms in it too ("城市公交", "补助" for a Chinese question), it found the same Chinese
      // passages as the question did. The lexical expansion list keeps all of them. (Eval:
      // hit@5 98.8% → 100%, MRR 0.968 → 0.978, cross-lingual must-include 81.8% → 90.9%; one
      // colloquial Chinese paraphrase that its Chinese synonyms had reached is lost. Blending the
      // two vectors, 0.7/0.3 or 0.5/0.5, was worse on both.)
      const otherLanguage = analysis.expansions.filter((e) => HAN.test(e) !== (analysis.language === 'zh'));
      const vectorExpansion = (otherLanguage.length > 0 ? otherLanguage : analysis.expansions).join(' ');
      const counted = store.countDocuments(filters);
      const [vector, expansionVector] = await Promise.all([
        embeddings.embedQuery(analysis.text),
        vectorExpansion ? embeddings.embedQuery(vectorExpansion) : Promise.resolve(null),
      ]);
      const lists: SearchList[] = [
        { kind: 'vector', vector },
        { kind: 'lexical', terms: queryLexemes(analysis.text) },
        ...(expansionVector ? [{ kind: 'vector', vector: expansionVector } as const, { kind: 'lexical', terms: queryLexemes(expansionText) } as const] : []),
      ];
      // A region the question names acts as a soft filter: the same searches restricted to it
      // make sure its passages are candidates (a hard filter only when the caller asks for one).
      const regional = analysis.regions.length > 0 && !filters?.regions?.length ? { ...filters, regions: analysis.regions } : null;
      const [[byVector, byText, byExpansionVector = [], byExpansionText = []], [byRegionVector, byRegionText], searchedDocuments] = await Promise.all([
        store.searchLists(lists, filters, candidates),
        regional
          ? store.searchLists([{ kind: 'vector', vector }, { kind: 'lexical', terms: queryLexemes(`${analysis.text} ${expansionText}`) }], regional, candidates / 2)
          : Promise.resolve([[], []]),
        counted,
      ]);
      const ids = (rows: { chunk_id: string }[]) => rows.map((r) => r.chunk_id);
      const fused = reciprocalRankFusion(
        [
          { ids: ids(byVector) },
          { ids: ids(byText) },
          { ids: ids(byExpansionVector) },
          { ids: ids(byExpansionText) },
          { ids: ids(byRegionVector), weight: 0.7 },
          { ids: ids(byRegionText), weight: 0.7 },
        ],
        rrfK,
      );
      const pool = fused.slice(0, Math.max(k * 4, 20));
      const rows = await store.getChunks(pool.map((f) => f.id));
      const fusedScore = new Map(pool.map((f) => [f.id, f.score]));
      const top = fused[0]?.score ?? 1;

      const scored = rows.map((row) => ({ ...row, score: (fusedScore.get(row.chunk_id) ?? 0) + boost(row, analysis) * top }));
      scored.sort((a, b) => b.score - a.score);
      const picked = removeNearDuplicates(scored, k);
      const passages = await addNeighbours(store, picked, k);
      return { passages, analysis, searchedDocuments };
    },
  };
}

/** Soft boosts (fractions of the best fused score) for regions and years the question names. */
function boost(row: ChunkRow, analysis: QueryAnalysis): number {
  let b = 0;
  if (analysis.regions.length > 0) {
    if (analysis.regions.includes(row.region)) b += 0.6;
    else if (row.region === 'National' && analysis.national) b += 0.2;
    else b -= 0.3;
  } else if (analysis.national && row.region === 'National') {
    b += 0.3;
  }
  for (const year of analysis.years) if (row.text.includes(String(year))) b += 0.15;
  return b;
}

function tokenSet(text: string): Set<string> {
  return new Set(lexicalTokens(text));
}

/**
 * The best `limit` passages, skipping any whose tokens overlap ≥ 85% (Jaccard) with a
 * better-ranked one. Stops once it has `limit`, and compares only sets whose sizes allow that
 * overlap (|A ∩ B| / |A ∪ B| ≤ min/max): tokenising and comparing all 40 candidates pairwise was
 * most of a question's own CPU time.
 */
function removeNearDuplicates<T extends { text: string }>(rows: T[], limit: number): T[] {
  const kept: { row: T; tokens: Set<string> }[] = [];
  for (const row of rows) {
    if (kept.length >= limit) break;
    const tokens = tokenSet(row.text);
    const duplicate = kept.some((k) => {
      if (Math.min(tokens.size, k.tokens.size) < NEAR_DUPLICATE * Math.max(tokens.size, k.tokens.size)) return false;
      let shared = 0;
      for (const t of tokens) if (k.tokens.has(t)) shared++;
      return shared / (tokens.size + k.tokens.size - shared || 1) >= NEAR_DUPLICATE;
    });
    if (!duplicate) kept.push({ row, tokens });
  }
  return kept.map((k) => k.row);
}

const NEAR_DUPLICATE = 0.85;

const ENDS_SENTENCE = /[。！？；.!?;:：)）]\s*$/;

/** A passage that stops mid-sentence continues in the next chunk: add it right after. */
async function addNeighbours(store: Store, picked: RetrievedPassage[], k: number): Promise<RetrievedPassage[]> {
  // The next chunks of every passage that may need one, in one query; the loop below decides.
  const unfinished = picked.filter((p) => !ENDS_SENTENCE.test(p.text));
  const nexts = await store.getChunksByOrdinal(unfinished.map((p) => ({ document_id: p.document_id, ordinal: p.ordinal + 1 })));
  const nextOf = new Map(nexts.map((n) => [`${n.document_id}\u0000${n.ordinal - 1}`, n]));
  const out: RetrievedPassage[] = [];
  const ids = new Set(picked.map((p) => p.chunk_id));
  for (const passage of picked) {
    out.push(passage);
    if (out.length >= k + 2 || ENDS_SENTENCE.test(passage.text)) continue;
    const next = nextOf.get(`${passage.document_id}\u0000${passage.ordinal}`);
    if (next && !ids.has(next.chunk_id) && next.heading === passage.heading) {
      ids.add(next.chunk_id);
      out.push({ ...next, score: passage.score * 0.99, neighbour: true });
    }
  }
  return out;
}
