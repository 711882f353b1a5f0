import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { HashingEmbeddings, HASHING_MODEL_NAME } from '../../src/embeddings/hashing.ts';

const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

describe('HashingEmbeddings', () => {
  const embeddings = new HashingEmbeddings({ dimensions: 256 });

  it('is deterministic, fixed-dimension and L2-normalised', async () => {
    const [a] = await embeddings.embedDocuments(['非化石能源消费比重达到20%']);
    const b = await embeddings.embedQuery('非化石能源消费比重达到20%');
    expect(a).toEqual(b);
    expect(a).toHaveLength(256);
    expect(Math.sqrt(a.reduce((s, v) => s + v * v, 0))).toBeCloseTo(1, 6);
  });

  it('places texts that share words closer than unrelated texts', async () => {
    const [q, near, far] = await embeddings.embedDocuments([
      'non-fossil energy share of consumption',
      'the share of non-fossil energy in total energy consumption will reach 25%',
      'subsidies for replacing agricultural machinery',
    ]);
    expect(cosine(q, near)).toBeGreaterThan(cosine(q, far) + 0.2);
  });

  it('matches Chinese by character bigrams', async () => {
    const [q, near, far] = await embeddings.embedDocuments([
      '单位GDP能耗下降',
      '单位地区生产总值能耗下降14.5%',
      '新能源汽车以旧换新补贴',
    ]);
    expect(cosine(q, near)).toBeGreaterThan(cosine(q, far));
  });

  it('returns a zero vector for text without features', async () => {
    expect((await embeddings.embedQuery('   ')).every((v) => v === 0)).toBe(true);
  });

  it('gives the vectors stored under its model name: a change to them must rename the model', () => {
    // Stored vectors are only re-embedded when the model name changes (checkEmbeddingModel), so
    // a tokenisation or weighting change that keeps 'hashing-v1' would mix two vector spaces.
    const texts = [
      '到2030年，非化石能源消费比重达到25%左右',
      'The share of non-fossil energy will reach 20,000 MW by 2030.',
      'V2G试点 and 14.5% 碳达峰',
    ];
    const vectors = texts.map((t) => new HashingEmbeddings().embedSync(t).map((v) => v.toFixed(6)));
    const digest = createHash('sha256').update(vectors.join('\n')).digest('hex');
    expect({ model: HASHING_MODEL_NAME, digest }).toEqual({
      model: 'hashing-v1',
      digest: 'd33e3e3ea2326cb1ea779e6f639737bfc1262e490c0f1309b0204f2f53c7f21c',
    });
  });
});
