/**
 * Lexical weights as a pgvector `sparsevec`, so that ranking a chunk for a query is one inner
 * product in C over two short sorted lists instead of `ts_rank` over a tsvector.
 *
 * Why: `ts_rank` recomputes every term's weight from its position list on every call, and the
 * tsvector (positions included, ~2.5 kB per chunk) lives in TOAST, so ranking a region's 1,500
 * chunks cost 15–25 ms per query list — most of a question's time at 50,000 chunks. The weight
 * of a term in a chunk depends only on the chunk, so it is computed once, at ingest.
 *
 * The weights reproduce `ts_rank(lexemes, query, 1)` for an OR query of the same terms
 * (PostgreSQL's calc_rank_or with the default weight 0.1 for every position, normalised by
 * log2(1 + length)): a term occurring tf times weighs 0.1 · Σ_{j≤tf} 1/j² / (π²/6) / log2(1 + len),
 * and the query gives each of its n distinct terms 1/n, so the inner product is that rank.
 * One difference, deliberately: terms are the app's tokens as they are ("14_5"), where the
 * `simple` parser splits them ("14", "5").
 *
 * Terms are hashed (FNV-1a, 32 bit) into 10⁹ dimensions, sparsevec's maximum: two different
 * terms of one chunk and query collide with odds around 10⁻⁷.
 *
 * A chunk keeps at most MAX_TERMS terms, its most frequent (ties: first in the text), so the
 * vector (8 bytes a term) always fits in the row beside the embedding (migration 005 stores it
 * uncompressed in the row). The benchmark's chunks have 168 distinct terms on average and 1 in
 * 100 more than 330; only an exceptionally long chunk (one huge table row) loses terms, and
 * those occur once in it. Its length normalisation still counts every token.
 */
export const LEXICAL_DIMENSIONS = 1_000_000_000;

export interface SparseVector {
  /** 0-based, strictly increasing. */
  indices: number[];
  values: number[];
}

/** PostgreSQL keeps at most 256 positions per lexeme (MAXNUMPOS); ts_rank sees no more. */
const MAX_POSITIONS = 256;
export const MAX_TERMS = 400;
const DEFAULT_WEIGHT = 0.1;
const PI2_6 = 1.64493406685;

const H2: number[] = [0];
for (let j = 1; j <= MAX_POSITIONS; j++) H2.push(H2[j - 1]! + 1 / (j * j));

/** The term's dimension (0-based). */
export function termIndex(term: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), FNV_PRIME);
  return (hash >>> 0) % LEXICAL_DIMENSIONS;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Sums weights per dimension and sorts by dimension (sparsevec's canonical form). */
function fromWeights(weights: Map<string, number>): SparseVector {
  const byIndex = new Map<number, number>();
  for (const [term, weight] of weights) {
    const index = termIndex(term);
    byIndex.set(index, (byIndex.get(index) ?? 0) + weight);
  }
  const indices = Array.from(byIndex.keys()).sort((a, b) => a - b);
  return { indices, values: indices.map((i) => byIndex.get(i)!) };
}

/**
 * A chunk's vector from its token string (`tokenString`: space-separated tokens). Hot at ingest
 * (every chunk), so terms are hashed straight from the string, counted by id, and sorted as
 * typed arrays: no substring, no string-keyed map. Two terms of one chunk sharing an id (odds
 * ~10⁻⁷) count as one.
 */
export function documentLexicalVector(tokens: string): SparseVector {
  const counts = new Map<number, number>();
  let hash = FNV_OFFSET;
  let inToken = false;
  for (let i = 0; i <= tokens.length; i++) {
    const code = i < tokens.length ? tokens.charCodeAt(i) : 32;
    if (code === 32) {
      if (inToken) {
        const index = (hash >>> 0) % LEXICAL_DIMENSIONS;
        counts.set(index, (counts.get(index) ?? 0) + 1);
      }
      hash = FNV_OFFSET;
      inToken = false;
    } else {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      inToken = true;
    }
  }
  let length = 0;
  for (const tf of counts.values()) length += Math.min(tf, MAX_POSITIONS);
  const norm = length > 0 ? Math.log2(length + 1) : 1;
  let kept: [number, number][] = Array.from(counts);
  // Stable sort: equal counts keep their order of first occurrence.
  if (kept.length > MAX_TERMS) kept = kept.sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS);
  const sorted = Uint32Array.from(kept, ([index]) => index).sort();
  const indices = Array.from(sorted);
  return {
    indices,
    values: indices.map(
      (index) => (DEFAULT_WEIGHT * H2[Math.min(counts.get(index)!, MAX_POSITIONS)]!) / PI2_6 / norm,
    ),
  };
}

/** A query's vector: each distinct term 1/n (as ts_rank divides by the number of query terms). */
export function queryLexicalVector(terms: string[]): SparseVector {
  const distinct = Array.from(new Set(terms.filter((t) => t.length > 0)));
  return fromWeights(new Map(distinct.map((t) => [t, 1 / distinct.length])));
}

/** The term ids as an int4[] literal (PostgreSQL's array text form, cheaper than the driver's). */
export function termsLiteral(vector: SparseVector): string {
  return `{${vector.indices.join(',')}}`;
}

/**
 * sparsevec's text form: 1-based `{index:value,...}/dimensions`. The same text as pgvector's
 * `SparseVector.toPostgres()` at a third of its cost (docs/decisions/0004-pgvector-encodings.md).
 */
export function sparseLiteral(vector: SparseVector): string {
  const parts: string[] = [];
  for (let i = 0; i < vector.indices.length; i++)
    parts.push(`${vector.indices[i]! + 1}:${vector.values[i]}`);
  return `{${parts.join(',')}}/${LEXICAL_DIMENSIONS}`;
}

/**
 * sparsevec's binary wire format (what its `sparsevec_recv` reads): int32 dimensions, int32
 * count, int32 unused, the 0-based int32 indices, then the float4 values, all big-endian.
 * pgvector-node has no binary encoder (docs/decisions/0004-pgvector-encodings.md).
 */
export function sparseBinary(vector: SparseVector): Buffer {
  const n = vector.indices.length;
  const buffer = Buffer.allocUnsafe(12 + 8 * n);
  buffer.writeInt32BE(LEXICAL_DIMENSIONS, 0);
  buffer.writeInt32BE(n, 4);
  buffer.writeInt32BE(0, 8);
  for (let i = 0; i < n; i++) buffer.writeInt32BE(vector.indices[i]!, 12 + 4 * i);
  for (let i = 0; i < n; i++) buffer.writeFloatBE(vector.values[i]!, 12 + 4 * n + 4 * i);
  return buffer;
}
