import { EF_SEARCH, type SqlClient } from './sql-client.ts';
import type { SearchFilters } from '../domain.ts';
import type { ScoredChunkId, SearchList, SearchStore } from '../store.ts';
import { vectorEncoders } from './chunk-rows.ts';
import { LANGUAGES, type Language } from './search-indexes.ts';
import { queryLexicalVector, termsLiteral } from '../text/lexical-vector.ts';

/**
 * The search half of the store: ranked lists of chunk ids for query vectors and lexical terms,
 * under the API's filters. Vectors are ranked by cosine distance (HNSW when unfiltered), terms
 * by their lexical vectors (migration 005, src/text/lexical-vector.ts). The retriever fuses the lists.
 */

// Filters shared by every search statement: six parameters starting at $first.
function filterSql(first: number): string {
  const p = (i: number) => `$${first + i}`;
  return `(${p(0)}::text[] IS NULL OR region = ANY(${p(0)})) AND (${p(1)}::text[] IS NULL OR sectors && ${p(1)})
    AND (${p(2)}::int IS NULL OR year >= ${p(2)}) AND (${p(3)}::int IS NULL OR year <= ${p(3)})
    AND (${p(4)}::text[] IS NULL OR language = ANY(${p(4)})) AND (${p(5)}::text[] IS NULL OR document_id = ANY(${p(5)}))`;
}
// Unfiltered (or broadly filtered) searches, each served by its index: $1 the query, $2..$7 the
// filters, $8 the limit. Cosine distance via HNSW, one graph per language (migration 006): each
// graph's best n (ORDER BY distance LIMIT n is what HNSW serves), merged into the best n overall.
// `where` holds the filters; the languages searched are those the filters allow.
const nearestCache = new Map<string, string>();
function nearestSql(languages: readonly Language[], where: string, limit: string): string {
  // Two callers, each with its own limit parameter and filters: the limit tells them apart.
  const key = `${languages.join(',')}|${limit}`;
  let text = nearestCache.get(key);
  if (text === undefined) {
    const branches = languages.map(
      (
        language,
      ) => `(SELECT id, embedding <=> $1::vector AS distance FROM chunks WHERE language = '${language}'${where ? ` AND ${where}` : ''}
    ORDER BY embedding <=> $1::vector LIMIT ${limit})`,
    );
    text = `SELECT id AS chunk_id, 1 - distance AS score, distance FROM (${branches.join(' UNION ALL ')}) AS v ORDER BY distance, id LIMIT ${limit}`;
    nearestCache.set(key, text);
  }
  return text;
}
const vectorSearchSql = (languages: readonly Language[]) =>
  nearestSql(languages, filterSql(2), '$8');
/**
 * The nearest `$2` chunks to the vector `$1` over all chunks, as the app's vector search asks the
 * HNSW graphs, without filters: the benchmark's raw pgvector floor and its recall measurement.
 */
export const NEAREST_CHUNKS = nearestSql(LANGUAGES, '', '$2');
/** The languages a search covers: those the filters name, else all. */
function searchedLanguages(filters: SearchFilters | undefined): readonly Language[] {
  const named = filters?.languages;
  return named && named.length > 0 ? LANGUAGES.filter((l) => named.includes(l)) : LANGUAGES;
}
// Lexical: the GIN index on the chunks' hashed term ids finds those sharing any of the query's
// ($9, int4[]); they are ranked by the inner product of their lexical vector with the query's
// ($1). Both come from src/text/lexical-vector.ts (migration 005).
const LEXICAL_SEARCH = `SELECT id AS chunk_id, -(lexical <#> $1::sparsevec) AS score FROM chunks
  WHERE terms && $9::int4[] AND ${filterSql(2)} ORDER BY score DESC, id LIMIT $8`;

/**
 * With a selective filter (regions or document ids: a few percent of the rows), or a small
 * table, every list is ranked in one pass over the rows that pass the filters: each row is read once and scored against all the
 * query vectors (cosine) and lexical vectors (inner product), then each list keeps its best.
 * Exact, and cheaper than the indexes here: HNSW's filtered scan must walk thousands of tuples
 * to find enough that pass (and loses recall under relaxed ordering), and the GIN index would
 * build a bitmap of most of the table only to intersect it with the filter. $1..$6 the filters,
 * $7 the limit, then one parameter per list. The text depends only on the lists' kinds.
 */
const oneScanCache = new Map<string, string>();
function oneScanSql(kinds: SearchList['kind'][]): string {
  const key = kinds.join(',');
  let text = oneScanCache.get(key);
  if (text === undefined) {
    const scores = kinds.map((kind, i) =>
      kind === 'vector'
        ? `1 - (embedding <=> $${8 + i}::vector) AS s${i}`
        : `-(lexical <#> $${8 + i}::sparsevec) AS s${i}`,
    );
    const lists = kinds.map(
      (kind, i) =>
        `(SELECT ${i} AS list, id AS chunk_id, s${i} AS score FROM f ${kind === 'lexical' ? `WHERE s${i} > 0 ` : ''}ORDER BY s${i} DESC, id LIMIT $7)`,
    );
    text = `WITH f AS MATERIALIZED (SELECT id, ${scores.join(', ')} FROM chunks WHERE ${filterSql(1)})
  ${lists.join('\n  UNION ALL ')}`;
    oneScanCache.set(key, text);
  }
  return text;
}
function nullableArray<T>(values: T[] | undefined): T[] | null {
  return values && values.length > 0 ? values : null;
}

/**
 * Below this many chunks every search is one pass over the table: exact, and cheaper than the
 * indexes, since an OR of common terms matches most rows of a small corpus, the planner then
 * scans, and the scan reads each row's TOASTed term list (the sample corpus, 329 chunks, on
 * PGlite: 7 ms per lexical list, against ~1 ms for all four lists in one pass).
 */
const SMALL_TABLE = 2000;
const COUNT_UP_TO = 'SELECT count(*)::int AS n FROM (SELECT 1 FROM chunks LIMIT $1) AS c';
/** How long a table-size check is reused: a stale answer only picks the other (correct) plan. */
const SIZE_CHECK_MS = 30_000;

/**
 * Past this many chunks the graphs are searched with a longer candidate list: recall@10 of the
 * unfiltered search falls as a graph grows (benchmark, `EF_SEARCH` 400: 0.976 at 50,000 chunks,
 * 0.93 at 200,000; at 200,000, 800 gives 0.968 for 75 ms per search instead of 45).
 */
export const LARGE_GRAPH = 100_000;
export const LARGE_GRAPH_EF_SEARCH = 800;
/** The planner's row estimate for `chunks` (kept by ANALYZE, autovacuum and index builds). */
const ESTIMATED_ROWS = `SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'chunks'::regclass`;

/** The `hnsw.ef_search` for an unfiltered search over `chunks` rows. */
export function efSearchFor(chunks: number, largeGraph = LARGE_GRAPH): number {
  return chunks > largeGraph ? LARGE_GRAPH_EF_SEARCH : EF_SEARCH;
}

/** `read`'s last answer, re-read once `SIZE_CHECK_MS` has passed. */
function everySizeCheck<T>(read: () => Promise<T>): () => Promise<T> {
  let last: { at: number; value: T } | null = null;
  return async () => {
    if (!last || Date.now() - last.at > SIZE_CHECK_MS)
      last = { at: Date.now(), value: await read() };
    return last.value;
  };
}

/** Region or document filters keep a few percent of the chunks: searched exactly, not via HNSW/GIN. */
function isSelective(filters: SearchFilters | undefined): boolean {
  return (filters?.regions?.length ?? 0) > 0 || (filters?.document_ids?.length ?? 0) > 0;
}

export function filterParams(filters: SearchFilters = {}): unknown[] {
  return [
    nullableArray(filters.regions),
    nullableArray(filters.sectors),
    filters.year_from ?? null,
    filters.year_to ?? null,
    nullableArray(filters.languages),
    nullableArray(filters.document_ids),
  ];
}

export interface StoreOptions {
  /** Chunk count up to which searches are one pass over the table (default 2,000; tests set 0 to exercise the indexes). */
  smallTable?: number;
  /** Chunk count past which unfiltered vector searches use `LARGE_GRAPH_EF_SEARCH` (default `LARGE_GRAPH`). */
  largeGraph?: number;
}

export function createSearchStore(
  sql: SqlClient,
  options: StoreOptions = {},
): Pick<SearchStore, 'searchLists' | 'vectorSearch' | 'lexicalSearch'> {
  const smallTable = options.smallTable ?? SMALL_TABLE;
  const encode = vectorEncoders(sql.dialect);
  const largeGraph = options.largeGraph ?? LARGE_GRAPH;
  const isSmallTable = everySizeCheck(async () => {
    const { rows } = await sql.query<{ n: number }>(COUNT_UP_TO, [smallTable + 1]);
    return Number(rows[0]?.n ?? 0) <= smallTable;
  });
  const graphEfSearch = everySizeCheck(async () => {
    const { rows } = await sql.query<{ n: number }>(ESTIMATED_ROWS);
    return efSearchFor(Number(rows[0]?.n ?? 0), largeGraph);
  });
  // A larger candidate list for one statement: SET LOCAL pins it to that statement's transaction.
  const nearest = async (text: string, params: unknown[]) => {
    const efSearch = await graphEfSearch();
    if (efSearch === EF_SEARCH) return sql.query<ScoredChunkId>(text, params);
    return sql.transaction(async (tx) => {
      await tx.query(`SET LOCAL hnsw.ef_search = ${efSearch}`);
      return tx.query<ScoredChunkId>(text, params);
    });
  };
  const store: Pick<SearchStore, 'searchLists' | 'vectorSearch' | 'lexicalSearch'> = {
    /**
     * Ranks the chunks passing `filters` for each list, best first, at most `limit` each (a
     * lexical list only chunks sharing a term). Selective filters or a small table: one statement,
     * one pass over the rows. Otherwise each list is its own index-served statement, run concurrently.
     */
    async searchLists(
      lists: SearchList[],
      filters: SearchFilters | undefined,
      limit: number,
    ): Promise<ScoredChunkId[][]> {
      const out: ScoredChunkId[][] = lists.map(() => []);
      const searched = lists
        .map((list, i) => ({ list, i }))
        .filter(({ list }) => list.kind === 'vector' || list.terms.length > 0);
      if (searched.length === 0) return out;
      const lexical = new Map(
        searched.map(({ list, i }) => [
          i,
          list.kind === 'lexical' ? queryLexicalVector(list.terms) : null,
        ]),
      );
      const param = (list: SearchList, i: number) =>
        list.kind === 'vector' ? encode.vector(list.vector) : encode.sparse(lexical.get(i)!);
      if (isSelective(filters) || (await isSmallTable())) {
        const { rows } = await sql.query<ScoredChunkId & { list: number }>(
          oneScanSql(searched.map((s) => s.list.kind)),
          [...filterParams(filters), limit, ...searched.map((s) => param(s.list, s.i))],
        );
        for (const row of rows)
          out[searched[row.list]!.i]!.push({ chunk_id: row.chunk_id, score: Number(row.score) });
        return out;
      }
      const languages = searchedLanguages(filters);
      await Promise.all(
        searched.map(async ({ list, i }) => {
          const params = [param(list, i), ...filterParams(filters), limit];
          if (list.kind === 'vector' && languages.length === 0) return;
          const { rows } =
            list.kind === 'vector'
              ? await nearest(vectorSearchSql(languages), params)
              : await sql.query<ScoredChunkId>(LEXICAL_SEARCH, [
                  ...params,
                  termsLiteral(lexical.get(i)!),
                ]);
          out[i] = rows.map((r) => ({ chunk_id: r.chunk_id, score: Number(r.score) }));
        }),
      );
      return out;
    },

    async vectorSearch(
      embedding: number[],
      filters: SearchFilters | undefined,
      limit: number,
    ): Promise<ScoredChunkId[]> {
      return (await store.searchLists([{ kind: 'vector', vector: embedding }], filters, limit))[0]!;
    },

    async lexicalSearch(
      lexemes: string[],
      filters: SearchFilters | undefined,
      limit: number,
    ): Promise<ScoredChunkId[]> {
      return (await store.searchLists([{ kind: 'lexical', terms: lexemes }], filters, limit))[0]!;
    },
  };
  return store;
}
