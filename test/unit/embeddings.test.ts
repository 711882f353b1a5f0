import { describe, it, expect } from 'vitest';
import { HashingEmbeddings } from '../../src/embeddings/hashing.ts';

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
});
