import { describe, it, expect } from 'vitest';
import { reciprocalRankFusion } from '../../src/retrieval/fusion.ts';

describe('reciprocalRankFusion', () => {
  it('ranks an item found by both lists above items found by one', () => {
    const fused = reciprocalRankFusion([{ ids: ['a', 'b', 'c'] }, { ids: ['c', 'd'] }], 60);
    expect(fused[0].id).toBe('c');
    expect(fused.map((f) => f.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('computes 1/(k + rank) per list', () => {
    const fused = reciprocalRankFusion([{ ids: ['x'] }, { ids: ['y', 'x'] }], 10);
    expect(fused.find((f) => f.id === 'x')!.score).toBeCloseTo(1 / 11 + 1 / 12, 10);
    expect(fused.find((f) => f.id === 'y')!.score).toBeCloseTo(1 / 11, 10);
  });
  it('honours list weights', () => {
    const fused = reciprocalRankFusion(
      [
        { ids: ['a'], weight: 1 },
        { ids: ['b'], weight: 2 },
      ],
      60,
    );
    expect(fused[0].id).toBe('b');
  });
});
