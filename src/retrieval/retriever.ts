import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { SearchList, SearchStore } from '../store.ts';
import type { SearchFilters, ChunkRow, RetrievedPassage } from '../domain.ts';
import { queryLexemes, lexicalTokens } from '../text/tokens.ts';
import { reciprocalRankFusion } from './fusion.ts';
import { findAllTermGroups, findTermGroups, GENERIC_GROUPS } from './thesaurus.ts';
import { analyzeQuestion, otherLanguageWordings, type QueryAnalysis } from './query-analysis.ts';
import { DEFAULT_WEIGHTS, type RetrievalWeights } from '../weights.ts';

export type { RetrievedPassage } from '../domain.ts';

export interface RetrieveResult {
  passages: RetrievedPassage[];
  analysis: QueryAnalysis;
  /** Documents that could have matched (after filters). */
  searchedDocuments: number;
}

export interface RetrieveOptions {
  k?: number;
  filters?: SearchFilters;
  analysis?: QueryAnalysis;
  /** Documents the question names (the document router's answer): searched first, boosted. */
  anchors?: string[];
  /** The question rewritten by a model (other language, official terms): extra fused lists. */
  rewrites?: string[];
}

export interface Retriever {
  retrieve(question: string, options?: RetrieveOptions): Promise<RetrieveResult>;
}

export interface RetrieverOptions {
  store: SearchStore;
  embeddings: EmbeddingsInterface;
  weights?: RetrievalWeights;
}

/** A fused list: a store search's ranking and its weight in reciprocal-rank fusion. */
interface Ranked {
  ids: string[];
  weight?: number;
}

/**
 * Hybrid retrieval: pgvector HNSW (cosine) ∪ lexical term vectors over app-side CJK-aware
 * tokens, each for the question and for its thesaurus expansions, fused by reciprocal rank.
 * The question's scope adds the same searches restricted to it — the documents it names, the
 * regions it names, or national documents when it names none — so in-scope passages are
 * candidates; soft boosts then rank them first. Near duplicates are removed, and the next chunk
 * of an article is added when a passage stops mid-article. Filters are applied inside SQL.
 */
export function createRetriever(options: RetrieverOptions): Retriever {
  const { store, embeddings } = options;
  const weights = options.weights ?? DEFAULT_WEIGHTS.retrieval;

  return {
    async retrieve(
      question,
      { k = 5, filters, analysis = analyzeQuestion(question), anchors = [], rewrites = [] } = {},
    ) {
      const [queries, rewriteVectors] = await Promise.all([
        embedQueries(embeddings, analysis),
        rewrites.length > 0
          ? embeddings.embedDocuments(rewrites)
          : Promise.resolve([] as number[][]),
      ]);
      const lists: SearchList[] = [
        { kind: 'vector', vector: queries.vector },
        { kind: 'lexical', terms: queryLexemes(analysis.text) },
        ...(queries.expansionVector
          ? [{ kind: 'vector', vector: queries.expansionVector } as const]
          : []),
        ...(queries.expansionText
          ? [{ kind: 'lexical', terms: queryLexemes(queries.expansionText) } as const]
          : []),
      ];
      const translated = analysis.translations.length > 0;
      if (translated)
        lists.push({ kind: 'lexical', terms: queryLexemes(analysis.translations.join(' ')) });
      const rewriteLists = rewrites.flatMap((text, i): SearchList[] => [
        { kind: 'vector', vector: rewriteVectors[i] },
        { kind: 'lexical', terms: queryLexemes(text) },
      ]);
      const firstRewrite = lists.length;
      lists.push(...rewriteLists);
      const focusLists: SearchList[] = [
        { kind: 'vector', vector: queries.vector },
        { kind: 'lexical', terms: queryLexemes(`${analysis.text} ${queries.expansionText}`) },
      ];
      const focuses = scopeFocuses(analysis, filters, anchors, weights);
      const [main, searchedDocuments, ...focused] = await Promise.all([
        store.searchLists(lists, filters, weights.candidates),
        store.countDocuments(filters),
        ...focuses.map((focus) =>
          store.searchLists(focusLists, focus.filters, weights.candidates / 2),
        ),
      ]);
      const ranked: Ranked[] = [
        ...main.map((rows, i) => ({
          ids: rows.map((r) => r.chunk_id),
          weight:
            i >= firstRewrite
              ? weights.rewriteListWeight
              : translated && i === firstRewrite - 1
                ? weights.translationListWeight
                : 1,
        })),
        ...focused.flatMap((result, i) =>
          result.map((rows) => ({ ids: rows.map((r) => r.chunk_id), weight: focuses[i].weight })),
        ),
      ];
      const fused = reciprocalRankFusion(ranked, weights.rrfK);
      const pool = fused.slice(0, Math.max(k * 4, 20));
      const rows = await store.getChunks(pool.map((f) => f.id));
      const fusedScore = new Map(pool.map((f) => [f.id, f.score]));
      const top = fused[0]?.score ?? 1;
      const anchored = new Set(anchors);
      const topics = specificTopics(analysis.text);
      const scored = rows.map((row) => ({
        ...row,
        score:
          (fusedScore.get(row.chunk_id) ?? 0) +
          (boost(row, analysis, anchored, weights) + topicBoost(row, topics, weights)) * top,
      }));
      scored.sort((a, b) => b.score - a.score);
      const picked = removeNearDuplicates(scored, k, weights.nearDuplicate);
      const passages = await addNeighbours(store, picked, k);
      return { passages, analysis, searchedDocuments };
    },
  };
}

/**
 * The question's embedding, and the expansion query: all thesaurus expansions for the lexical
 * list, but only the other language's wordings for the expansion vector (the same-language
 * synonyms found the same passages as the question did). See docs/decisions/0001.
 */
async function embedQueries(embeddings: EmbeddingsInterface, analysis: QueryAnalysis) {
  const expansionText = analysis.expansions.join(' ');
  const otherLanguage = otherLanguageWordings(analysis);
  const vectorExpansion = (otherLanguage.length > 0 ? otherLanguage : analysis.expansions).join(
    ' ',
  );
  const [vector, expansionVector] = await Promise.all([
    embeddings.embedQuery(analysis.text),
    vectorExpansion ? embeddings.embedQuery(vectorExpansion) : Promise.resolve(null),
  ]);
  return { vector, expansionVector, expansionText };
}

/**
 * Soft scopes searched beside the whole corpus (a caller's own filter stays hard): the
 * documents the question names; else the regions it names; else, when it names none and does
 * not ask across regions, national documents.
 */
function scopeFocuses(
  analysis: QueryAnalysis,
  filters: SearchFilters | undefined,
  anchors: string[],
  weights: RetrievalWeights,
): { filters: SearchFilters; weight: number }[] {
  if (anchors.length > 0 && !filters?.document_ids?.length)
    return [{ filters: { ...filters, document_ids: anchors }, weight: weights.anchorListWeight }];
  if (filters?.regions?.length) return [];
  if (analysis.regions.length > 0)
    return [
      { filters: { ...filters, regions: analysis.regions }, weight: weights.regionListWeight },
    ];
  if (analysis.scope === 'national')
    return [{ filters: { ...filters, regions: ['National'] }, weight: weights.nationalListWeight }];
  return [];
}

/** Soft boosts (fractions of the best fused score) for the question's scope and the years it names. */
function boost(
  row: ChunkRow,
  analysis: QueryAnalysis,
  anchored: ReadonlySet<string>,
  weights: RetrievalWeights,
): number {
  const b = weights.boost;
  let total = 0;
  if (anchored.size > 0) total += anchored.has(row.document_id) ? b.anchored : b.notAnchored;
  if (analysis.regions.length > 0) {
    if (analysis.regions.includes(row.region)) total += b.namedRegion;
    else if (row.region === 'National' && analysis.national) total += b.nationalWhenRegionNamed;
    else total += b.otherRegion;
  } else if (analysis.scope === 'national' || analysis.national) {
    total += row.region === 'National' ? b.nationalDefault : b.provincialUnderNationalScope;
  }
  for (const year of analysis.years) if (row.text.includes(String(year))) total += b.year;
  return total;
}

/** The question's own topics: thesaurus groups that name a subject, not a kind of document or target. */
function specificTopics(text: string): string[] {
  return findTermGroups(text)
    .map((g) => g.id)
    .filter((id) => !GENERIC_GROUPS.has(id));
}

/** A passage that names the question's topics in any language (新型储能 = new-type energy storage) ranks up. */
function topicBoost(row: ChunkRow, topics: string[], weights: RetrievalWeights): number {
  if (topics.length === 0) return 0;
  const named = new Set(findAllTermGroups(`${row.heading ?? ''}\n${row.text}`).map((g) => g.id));
  return (weights.boost.topic * topics.filter((t) => named.has(t)).length) / topics.length;
}

function tokenSet(text: string): Set<string> {
  return new Set(lexicalTokens(text));
}

/**
 * The best `limit` passages, skipping any whose tokens overlap ≥ `threshold` (Jaccard) with a
 * better-ranked one. Stops once it has `limit`, and compares only sets whose sizes allow that
 * overlap (|A ∩ B| / |A ∪ B| ≤ min/max): tokenising and comparing all 40 candidates pairwise was
 * most of a question's own CPU time.
 */
function removeNearDuplicates<T extends { text: string }>(
  rows: T[],
  limit: number,
  threshold: number,
): T[] {
  const kept: { row: T; tokens: Set<string> }[] = [];
  for (const row of rows) {
    if (kept.length >= limit) break;
    const tokens = tokenSet(row.text);
    const duplicate = kept.some((k) => {
      if (Math.min(tokens.size, k.tokens.size) < threshold * Math.max(tokens.size, k.tokens.size))
        return false;
      let shared = 0;
      for (const t of tokens) if (k.tokens.has(t)) shared++;
      return shared / (tokens.size + k.tokens.size - shared || 1) >= threshold;
    });
    if (!duplicate) kept.push({ row, tokens });
  }
  return kept.map((k) => k.row);
}

const ENDS_SENTENCE = /[。！？；.!?;:：)）]\s*$/;

/** A passage that stops mid-sentence continues in the next chunk: add it right after. */
async function addNeighbours(
  store: SearchStore,
  picked: RetrievedPassage[],
  k: number,
): Promise<RetrievedPassage[]> {
  // The next chunks of every passage that may need one, in one query; the loop below decides.
  const unfinished = picked.filter((p) => !ENDS_SENTENCE.test(p.text));
  const nexts = await store.getChunksByOrdinal(
    unfinished.map((p) => ({ document_id: p.document_id, ordinal: p.ordinal + 1 })),
  );
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
