import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { normalizeText } from '../text/normalize.ts';
import { CJK_RANGE } from '../text/cjk.ts';
import { HASHING_V1_STOPWORDS } from '../text/stopwords.ts';

/**
 * Offline embeddings by signed feature hashing — no weights, no network, deterministic.
 *
 * Features: normalised Latin word unigrams + bigrams, CJK character unigrams + bigrams (and the
 * CJK bigram's trigram neighbour for a little phrase sensitivity). Each feature is hashed
 * (FNV-1a, 32 bit) to a bucket and a sign; counts are sublinear (1 + ln tf) and the vector is
 * L2-normalised, so cosine similarity is a TF-weighted overlap of the two texts' features.
 * Cross-lingual reach comes from query expansion (the thesaurus), not from the vectors.
 */
export interface HashingEmbeddingsParams extends EmbeddingsParams {
  /** Vector dimension; default 512. Recorded in the database with the model name. */
  dimensions?: number;
}

export const HASHING_MODEL_NAME = 'hashing-v1';

// hashing-v1's tokens, frozen with the stored vectors: unlike lexical tokens, a Latin/digit run
// runs on into Chinese ("2030年"); why it stays: docs/decisions/0003-hashing-tokeniser.md.
const CJK_RE = new RegExp(`[${CJK_RANGE}]`);
const WORD_RE = new RegExp(`[${CJK_RANGE}]+|[\\p{L}\\p{N}]+(?:[.][0-9]+)*`, 'gu');

export class HashingEmbeddings extends Embeddings {
  readonly dimensions: number;
  readonly model = HASHING_MODEL_NAME;

  constructor(params: HashingEmbeddingsParams = {}) {
    super(params);
    this.dimensions = params.dimensions ?? 512;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embedSync(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedSync(document);
  }

  /** Synchronous core, exposed for hot paths (ingest batches, benchmarks). */
  embedSync(text: string): number[] {
    const counts = new Map<string, number>();
    const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
    let previousWord: string | null = null;
    for (const match of normalizeText(text).toLowerCase().matchAll(WORD_RE)) {
      const run = match[0];
      if (CJK_RE.test(run)) {
        previousWord = null;
        const chars = Array.from(run);
        for (let i = 0; i < chars.length; i++) {
          add('c:' + chars[i]);
          if (i + 1 < chars.length) add('b:' + chars[i] + chars[i + 1]);
        }
      } else {
        if (HASHING_V1_STOPWORDS.has(run)) continue;
        add('w:' + run);
        if (previousWord) add('p:' + previousWord + ' ' + run);
        previousWord = run;
      }
    }
    const vector = new Array<number>(this.dimensions).fill(0);
    for (const [feature, tf] of counts) {
      const h = fnv1a(feature);
      const bucket = h % this.dimensions;
      const sign = h >>> 31 === 0 ? 1 : -1;
      // Bigrams and CJK pairs are more specific than unigrams: weight them a little higher.
      const weight = feature.startsWith('b:') || feature.startsWith('p:') ? 1.3 : 1;
      vector[bucket] += sign * weight * (1 + Math.log(tf));
    }
    let norm = 0;
    for (const v of vector) norm += v * v;
    norm = Math.sqrt(norm);
    if (norm === 0) return vector;
    return vector.map((v) => v / norm);
  }
}

function fnv1a(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
