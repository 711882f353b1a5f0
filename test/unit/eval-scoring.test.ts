import { describe, expect, it } from 'vitest';
import type { Target } from '../../src/targets/schema.ts';
import type { GoldTarget } from '../../eval/dataset.ts';
import {
  answerLead,
  canonicalQuantity,
  citationPrecision,
  citationValidity,
  citedExpectedRate,
  hitAtK,
  includesToken,
  mustIncludePass,
  normalizeForMatch,
  percentile,
  recallAtK,
  reciprocalRank,
  sameQuantity,
  scoreTargets,
} from '../../eval/scoring.ts';

describe('normalizeForMatch', () => {
  it('lower-cases, folds full-width characters, drops whitespace and thousands separators', () => {
    expect(normalizeForMatch('  ＣＯ２  Peak ２０３０ ')).toBe('co2peak2030');
    expect(normalizeForMatch('80,000 yuan')).toBe('80000yuan');
    expect(normalizeForMatch('1,200,000 kW')).toBe('1200000kw');
  });

  it('keeps commas that are not thousands separators', () => {
    expect(normalizeForMatch('2020,2025')).toBe('2020,2025');
    expect(normalizeForMatch('2,5')).toBe('2,5');
  });
});

describe('includesToken', () => {
  it('does not find "5 million" inside "2.5 million"', () => {
    expect(includesToken('a fund of 2.5 million yuan', '5 million')).toBe(false);
    expect(includesToken('a fund of 5 million yuan', '5 million')).toBe(true);
  });

  it('does not find "230" inside "2300"', () => {
    expect(includesToken('about 2300 GW of wind', '230')).toBe(false);
    expect(includesToken('about 230 GW of wind', '230')).toBe(true);
  });

  it('matches "80,000" and "80000" either way round, but not inside "180,000"', () => {
    expect(includesToken('a subsidy of 80000 yuan', '80,000')).toBe(true);
    expect(includesToken('a subsidy of 80,000 yuan', '80000')).toBe(true);
    expect(includesToken('a subsidy of 180,000 yuan', '80,000')).toBe(false);
  });

  it('does not find "20%" inside "120%", nor "0.5" inside "10.5", nor "10" inside "10.5"', () => {
    expect(includesToken('capacity rose to 120%', '20%')).toBe(false);
    expect(includesToken('about 10.5 Mt', '0.5')).toBe(false);
    expect(includesToken('about 10.5 Mt', '10')).toBe(false);
    expect(includesToken('a 20% cut', '20%')).toBe(true);
  });

  it('keeps word boundaries that whitespace provided: "80%" after "2025 "', () => {
    expect(includesToken('by 2025 80% of charging', '80%')).toBe(true);
    expect(includesToken('by 2030. 10 GW more', '10 GW')).toBe(true);
  });

  it('accepts a number ending a sentence', () => {
    expect(includesToken('The target is 14.5%.', '14.5%')).toBe(true);
    expect(includesToken('The target is 2030.', '2030')).toBe(true);
  });

  it('ignores case and whitespace differences', () => {
    expect(includesToken('Non-Fossil  Energy share reaches 25 %', 'non-fossil energy')).toBe(true);
    expect(includesToken('share reaches 25 %', '25%')).toBe(true);
    expect(includesToken('5million', '5 Million')).toBe(true);
  });

  it('matches Chinese tokens by substring, including full-width digits', () => {
    expect(includesToken('到2030年，非化石能源消费比重达到25%左右', '非化石能源')).toBe(true);
    expect(includesToken('非化石能源消费比重达到２５％左右', '25%')).toBe(true);
    expect(includesToken('化石能源消费', '非化石能源')).toBe(false);
    expect(includesToken('比重达到125%', '25%')).toBe(false);
  });
});

describe('mustIncludePass', () => {
  it('needs every token of must_include', () => {
    expect(mustIncludePass('非化石能源 25%', ['非化石能源', '25%'])).toBe(true);
    expect(mustIncludePass('非化石能源 20%', ['非化石能源', '25%'])).toBe(false);
  });

  it('accepts any one complete alternative list', () => {
    const alt = [['非化石能源', '百分之二十五']];
    expect(mustIncludePass('非化石能源比重达到百分之二十五', ['非化石能源', '25%'], alt)).toBe(
      true,
    );
    expect(mustIncludePass('比重达到百分之二十五', ['非化石能源', '25%'], alt)).toBe(false);
  });

  it('passes an empty must_include', () => {
    expect(mustIncludePass('anything', [])).toBe(true);
  });
});

describe('retrieval metrics', () => {
  const ranked = ['a', 'b', 'a', 'c', 'd'];

  it('ranks documents by first appearance and de-duplicates before cutting at k', () => {
    expect(hitAtK(ranked, ['c'], 3)).toBe(true); // a, b, c
    expect(hitAtK(ranked, ['d'], 3)).toBe(false);
    expect(hitAtK(ranked, ['x', 'b'], 2)).toBe(true);
  });

  it('computes recall over distinct expected documents', () => {
    expect(recallAtK(ranked, ['a', 'd'], 3)).toBe(0.5);
    expect(recallAtK(ranked, ['a', 'd', 'd'], 4)).toBe(1);
    expect(recallAtK(ranked, [], 3)).toBe(0);
  });

  it('gives the reciprocal rank of the first expected document, 0 if absent', () => {
    expect(reciprocalRank(ranked, ['c'])).toBeCloseTo(1 / 3);
    expect(reciprocalRank(ranked, ['d', 'b'])).toBe(0.5);
    expect(reciprocalRank(ranked, ['z'])).toBe(0);
  });
});

describe('citation checks', () => {
  const chunks = new Map([
    ['c1', 'Annually, over 60% of charging should occur during off-peak hours.'],
    ['c2', '到2030年，非化石能源消费比重达到25%左右。'],
  ]);

  it('counts a citation valid only when its quote is a substring of its own chunk', () => {
    const citations = [
      { chunk_id: 'c1', quote: 'over 60% of charging' },
      { chunk_id: 'c2', quote: '非化石能源消费比重达到25%' },
      { chunk_id: 'c2', quote: 'over 60% of charging' },
      { chunk_id: 'missing', quote: 'x' },
    ];
    expect(citationValidity(citations, chunks)).toBe(0.5);
    expect(citationValidity([], chunks)).toBeNull();
  });

  it('computes the share of citations pointing at expected documents', () => {
    expect(
      citedExpectedRate(
        [{ document_id: 'a' }, { document_id: 'b' }, { document_id: 'a' }, { document_id: 'c' }],
        ['a'],
      ),
    ).toBe(0.5);
  });
});

function target(overrides: Partial<Target>): Target {
  return {
    metric: 'm',
    value: 0,
    unit: '%',
    value_raw: '0',
    unit_raw: '%',
    direction: 'reach',
    qualifier: null,
    baseline_year: null,
    target_year: 2030,
    region: null,
    level: null,
    sector: null,
    binding: null,
    document_id: 'doc',
    chunk_id: null,
    quote: 'q',
    start: 0,
    end: 1,
    ...overrides,
  };
}

function gold(overrides: Partial<GoldTarget>): GoldTarget {
  return {
    doc_id: 'doc',
    metric: 'm',
    value: 0,
    unit: '%',
    direction: 'reach',
    target_year: 2030,
    ...overrides,
  };
}

describe('unit canonicalisation', () => {
  it('converts Chinese and SI multiples into the canonical unit', () => {
    expect(canonicalQuantity(7000, '万千瓦')).toEqual({ value: 70, unit: 'GW' });
    expect(canonicalQuantity(1.2, 'billion yuan')).toEqual({ value: 1.2e9, unit: 'yuan' });
    expect(canonicalQuantity(3, 'Mt CO2')).toEqual({ value: 3, unit: 'Mt' });
    expect(sameQuantity({ value: 3, unit: 'Mt' }, { value: 300, unit: '万吨' })).toBe(true);
    expect(sameQuantity({ value: 1200, unit: 'GW' }, { value: 120000, unit: '万千瓦' })).toBe(true);
    expect(sameQuantity({ value: 1200, unit: 'GW' }, { value: 1200, unit: 'GWh' })).toBe(false);
  });
});

describe('scoreTargets', () => {
  it('matches across units within 0.5% and rejects a larger difference', () => {
    const score = scoreTargets(
      [target({ value: 1204, unit: 'GW' }), target({ value: 26, unit: '%' })],
      [gold({ value: 120000, unit: '万千瓦' }), gold({ value: 25, unit: '%' })],
    );
    expect(score.tp).toBe(1); // 1204 vs 1200 GW is 0.33%; 26 vs 25% is 3.8%
    expect(score.fp).toBe(1);
    expect(score.fn).toBe(1);
    expect(score.matches[0].extracted.value).toBe(1204);
    expect(score.misses[0].value).toBe(25);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBe(0.5);
  });

  it('requires the same target year, treating null = null as the same', () => {
    const score = scoreTargets(
      [target({ value: 25, target_year: 2025 }), target({ value: 60, target_year: null })],
      [gold({ value: 25, target_year: 2030 }), gold({ value: 60, target_year: null })],
    );
    expect(score.tp).toBe(1);
    expect(score.matches[0].gold.value).toBe(60);
    expect(score.misses.map((g) => g.target_year)).toEqual([2030]);
  });

  it('matches one-to-one, giving a shared candidate to the closest gold row', () => {
    const score = scoreTargets(
      [target({ value: 100.2, unit: 'GW' })],
      [gold({ value: 100.4, unit: 'GW' }), gold({ value: 100.2, unit: 'GW' })],
    );
    expect(score.tp).toBe(1);
    expect(score.fn).toBe(1);
    expect(score.matches[0].gold.value).toBe(100.2);
  });

  it('ignores extracted targets of documents without gold lines and reports per document', () => {
    const score = scoreTargets(
      [
        target({ document_id: 'doc', value: 25 }),
        target({ document_id: 'other', value: 99 }),
        target({ document_id: 'doc2', value: 1 }),
      ],
      [gold({ value: 25 }), gold({ doc_id: 'doc2', value: 2 })],
    );
    expect(score.fp).toBe(1);
    expect(score.false_positives.map((t) => t.document_id)).toEqual(['doc2']);
    expect(score.by_document.doc).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(score.by_document.doc2).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(score.by_document.other).toBeUndefined();
  });
});

describe('percentile', () => {
  it('is the nearest rank, an observed sample, as in the benchmark and the load test', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });
});

describe('answerLead and citationPrecision', () => {
  it('reads the lead up to the first citation marker, or the whole answer without one', () => {
    expect(answerLead('Hebei — Plan: wind 30 GW [1] and PV 50 GW [2]')).toBe(
      'Hebei — Plan: wind 30 GW ',
    );
    expect(answerLead('Not found in the 3 documents searched.')).toBe(
      'Not found in the 3 documents searched.',
    );
  });

  it('judges a figure stated only after the first citation as not in the lead', () => {
    const answer = 'Shanxi: energy intensity falls [1]. It falls by 14.5% [2].';
    expect(mustIncludePass(answer, ['14.5%'])).toBe(true);
    expect(mustIncludePass(answerLead(answer), ['14.5%'])).toBe(false);
  });

  it('counts each cited document once, and null when nothing is cited', () => {
    const cited = [
      { document_id: 'a' },
      { document_id: 'a' },
      { document_id: 'b' },
      { document_id: 'c' },
    ];
    expect(citationPrecision(cited, ['a'])).toBeCloseTo(1 / 3);
    expect(citationPrecision(cited, ['a', 'b', 'c'])).toBe(1);
    expect(citationPrecision([], ['a'])).toBeNull();
  });
});
