import { describe, it, expect } from 'vitest';
import { FakeEmbeddings } from '@langchain/core/utils/testing';
import { analyzeQuestion } from '../../src/retrieval/query-analysis.ts';
import { createRetriever } from '../../src/retrieval/retriever.ts';
import { answerPerRegion } from '../../src/answer/per-region.ts';
import {
  answerComparison,
  chooseRows,
  comparedRegions,
  comparisonAnswer,
  comparisonCriteria,
  rankRows,
  rowsOfAskedUnit,
  scoreRow,
  type ScoredRow,
} from '../../src/answer/compare.ts';
import { DEFAULT_WEIGHTS } from '../../src/weights.ts';
import type { ChunkRow } from '../../src/domain.ts';
import type { StoredTarget } from '../../src/store.ts';
import { createFakeStore, seedDocument, type FakeStore } from '../support/fake-store.ts';

const weights = DEFAULT_WEIGHTS.comparison;

/** A stored target with plausible defaults; `id` names its document and chunk. */
function target(id: string, fields: Partial<StoredTarget> = {}): StoredTarget {
  return {
    metric: 'non-fossil energy share of energy consumption',
    value: 20,
    unit: '%',
    value_raw: '20',
    unit_raw: '%',
    direction: 'reach',
    qualifier: null,
    baseline_year: null,
    target_year: 2025,
    region: 'Shanghai',
    level: 'provincial',
    sector: 'energy',
    binding: null,
    document_id: id,
    chunk_id: `${id}#0`,
    quote: 'By 2025, the share of non-fossil energy in total energy consumption will reach 20%.',
    start: 0,
    end: 83,
    title: `${id} plan`,
    metric_key: null,
    ...fields,
  };
}

function chunk(id: string, region: string): ChunkRow {
  return {
    chunk_id: `${id}#0`,
    document_id: id,
    ordinal: 0,
    text: 'passage',
    heading: null,
    page_from: 3,
    page_to: 3,
    start: 0,
    end: 7,
    title: `${id} plan`,
    issuer: null,
    date: '2024-01-15',
    region,
    url: null,
    language: 'en',
  };
}

const scored = (row: StoredTarget, score: number): ScoredRow => ({ row, score });

async function tradeInCorpus(): Promise<FakeStore> {
  const store = createFakeStore();
  const nev =
    'Owners who scrap an old car and buy a new energy vehicle receive a subsidy of up to 20,000 yuan.';
  await seedDocument(
    store,
    { id: 'hebei', title: 'Hebei Vehicle Trade-in Plan', region: 'Hebei' },
    [nev],
  );
  await seedDocument(
    store,
    { id: 'anhui', title: 'Anhui Vehicle Trade-in Plan', region: 'Anhui' },
    [nev, 'Owners who buy a fuel vehicle receive a subsidy of up to 15,000 yuan.'],
  );
  await seedDocument(
    store,
    { id: 'national', title: 'National Vehicle Trade-in Rules', region: 'National' },
    [nev],
  );
  await seedDocument(
    store,
    { id: 'shanghai', title: '上海市碳达峰实施方案', region: 'Shanghai', language: 'zh' },
    ['到2025年，非化石能源消费比重达到20%。', '到2025年，煤炭消费比重下降到30%。'],
  );
  await seedDocument(
    store,
    { id: 'guangdong', title: '广东省碳达峰实施方案', region: 'Guangdong', language: 'zh' },
    ['到2025年，非化石能源消费比重达到29%。'],
  );
  return store;
}

describe('answerComparison', () => {
  it('answers a Chinese comparison in Chinese: lead, one cited line per region, Chinese columns', async () => {
    const store = await tradeInCorpus();
    const result = await answerComparison(
      store,
      analyzeQuestion('比较上海和广东2025年非化石能源消费比重目标'),
      undefined,
    );
    expect(result?.answer.split('\n')).toEqual([
      '上海市 20%；广东省 29%。 [1][2]',
      '上海市：到2025年，非化石能源消费比重达到20%。 [1]',
      '广东省：到2025年，非化石能源消费比重达到29%。 [2]',
    ]);
    expect(result?.table?.columns[0]).toBe('地区');
    expect(result?.table?.rows.map((row) => [row[0], row[2], row[7]])).toEqual([
      ['Shanghai', 20, '[1] 上海市碳达峰实施方案'],
      ['Guangdong', 29, '[2] 广东省碳达峰实施方案'],
    ]);
    expect(result?.citations.map((c) => c.chunk_id)).toEqual(['shanghai#0', 'guangdong#0']);
  });

  it('answers "which provinces" with the regions whose target is the stated figure, national rules left out', async () => {
    const store = await tradeInCorpus();
    const result = await answerComparison(
      store,
      analyzeQuestion('Which provinces cap new energy vehicle trade-in subsidies at 20,000 yuan?'),
      undefined,
    );
    expect(result?.citations.map((c) => c.region).sort()).toEqual(['Anhui', 'Hebei']);
    expect(result?.targets?.every((t) => t.value === 20000 && t.unit === 'yuan')).toBe(true);
  });

  it('declines (null) when the question names no topic and no figure', async () => {
    const store = await tradeInCorpus();
    const analysis = analyzeQuestion('Compare Shanghai and Guangdong');
    expect(await answerComparison(store, analysis, undefined)).toBeNull();
  });

  it('declines (null) when only one of the two named regions has a relevant target', async () => {
    const store = await tradeInCorpus();
    const analysis = analyzeQuestion(
      "Compare Shanghai's and Hebei's non-fossil energy share targets",
    );
    expect(await answerComparison(store, analysis, undefined)).toBeNull();
  });
});

describe('the steps of a comparison', () => {
  it('counts the national documents as a side when the question names them with a region', () => {
    const analysis = analyzeQuestion('国家甲烷排放控制行动方案和安徽省方案有什么不同？');
    expect(analysis.national).toBe(true);
    expect(comparedRegions(analysis)).toEqual(['Anhui', 'National']);
    expect(comparedRegions(analyzeQuestion('Compare Shanghai and Guangdong'))).toEqual([
      'Shanghai',
      'Guangdong',
    ]);
  });

  it('reads the figures a question states, leaving years out, and asks across regions for "which provinces"', () => {
    const criteria = comparisonCriteria(
      analyzeQuestion('Which provinces cap new energy vehicle subsidies at 20,000 yuan in 2024?'),
    );
    expect(criteria?.figures.map((f) => [f.value, f.unit])).toEqual([[20000, 'yuan']]);
    expect(criteria?.acrossRegions).toBe(true);
    expect(criteria?.words).not.toContain('which');
  });

  it('keeps percentages for a share question and yuan for a money question, when there are any', () => {
    const rows = [
      target('a'),
      target('b', { unit: 'yuan', value: 20000 }),
      target('c', { unit: 'GW' }),
    ];
    expect(rowsOfAskedUnit(rows, 'Which share is higher?').map((r) => r.document_id)).toEqual([
      'a',
    ]);
    expect(
      rowsOfAskedUnit(rows, 'Which province pays the most?').map((r) => r.document_id),
    ).toEqual(['b']);
    expect(rowsOfAskedUnit(rows, 'Compare the capacity targets')).toHaveLength(3);
    expect(rowsOfAskedUnit([target('c', { unit: 'GW' })], 'What share?')).toHaveLength(1);
  });

  it('scores a target zero when its value is not the stated figure or it is national in a "which provinces" question', () => {
    const criteria = comparisonCriteria(
      analyzeQuestion('Which provinces set a non-fossil energy share of 20%?'),
    )!;
    expect(scoreRow(target('a'), criteria, weights)).toBeGreaterThan(0);
    expect(scoreRow(target('a', { value: 20.5 }), criteria, weights)).toBe(0);
    expect(scoreRow(target('a', { region: 'National' }), criteria, weights)).toBe(0);
  });

  it('scores a target whose metric names the topic above one that only mentions it in its quote', () => {
    const criteria = comparisonCriteria(
      analyzeQuestion('Compare Shanghai and Guangdong non-fossil energy share targets'),
    )!;
    const inMetric = target('a');
    const inQuoteOnly = target('b', {
      metric: 'coal share of energy consumption',
      quote: 'By 2025, coal will fall to 30% of energy consumption as non-fossil energy grows.',
    });
    expect(scoreRow(inMetric, criteria, weights)).toBeGreaterThan(
      scoreRow(inQuoteOnly, criteria, weights),
    );
    expect(
      scoreRow(
        target('c', { metric: 'forest coverage', quote: 'Forests: 30%.' }),
        criteria,
        weights,
      ),
    ).toBe(0);
  });

  it('asks about what a measure measures: a row of the stated size about something else is out', () => {
    const criteria = comparisonCriteria(
      analyzeQuestion('哪些省份提出到2025年新型储能装机达到300万千瓦？'),
    )!;
    const storage = (id: string, fields: Partial<StoredTarget>) =>
      target(id, { value: 3, unit: 'GW', value_raw: '300', unit_raw: '万千瓦', ...fields });
    const anhui = storage('anhui', {
      metric: '新型储能装机规模',
      quote: '新型储能装机规模达到300万千瓦左右；',
    });
    const pv = storage('tianjin', {
      metric: '光伏发电装机容量',
      quote: '光伏发电装机容量达到300万千瓦；',
    });
    // The same target quoted in English: its words are matched through the question's English wordings.
    const henan = storage('henan', {
      metric: 'new-type energy storage capacity',
      quote: 'By 2025, new-type energy storage capacity will reach 3 million kilowatts.',
    });
    expect(scoreRow(pv, criteria, weights)).toBe(0);
    const best = scoreRow(anhui, criteria, weights);
    expect(best).toBeGreaterThan(0);
    expect(scoreRow(henan, criteria, weights)).toBeGreaterThanOrEqual(best * weights.keepRatio);
    expect(
      chooseRows(rankRows([anhui, pv, henan], criteria, weights), [], weights.keepRatio).map(
        (r) => r.document_id,
      ),
    ).toEqual(['anhui', 'henan']);
  });

  it('ranks first the document that holds every figure the question states', () => {
    const criteria = comparisonCriteria(
      analyzeQuestion('哪个省提出到2025年燃料电池汽车推广达到10000辆、加氢站累计建成100座？'),
    )!;
    const vehicles = (id: string, quote: string) =>
      target(id, { metric: '燃料电池汽车推广数量', value: 10000, unit: 'vehicles', quote });
    const both = [
      vehicles('shandong', '燃料电池汽车推广数量达到10000辆；'),
      target('shandong', {
        metric: '累计建成加氢站',
        value: 100,
        unit: 'units',
        quote: '累计建成加氢站100座；',
      }),
    ];
    // One figure only, but worded closer to the question (both topics in one sentence).
    const one = vehicles('guangdong', '到2025年燃料电池汽车推广达到10000辆，配套建设加氢站。');
    const ranked = rankRows([one, ...both], criteria, weights);
    expect(ranked[0].row.document_id).toBe('shandong');
    expect(scoreRow(one, criteria, weights)).toBeGreaterThanOrEqual(
      scoreRow(both[0], criteria, weights),
    );
  });

  it('chooses one row per document, and none far below the best', () => {
    const rows = [
      scored(target('a', { value: 1 }), 10),
      scored(target('a', { value: 2 }), 9),
      scored(target('b'), 8),
      scored(target('c'), 7),
    ];
    expect(chooseRows(rows, [], 0.75).map((r) => [r.document_id, r.value])).toEqual([
      ['a', 1],
      ['b', 20],
    ]);
  });

  it('chooses within each named region, so a region with lower scores still gets its row', () => {
    const rows = [
      scored(target('a', { region: 'Shanghai' }), 10),
      scored(target('b', { region: 'Shanghai' }), 9),
      scored(target('c', { region: 'Guangdong' }), 3),
    ];
    const chosen = chooseRows(rows, ['Shanghai', 'Guangdong'], 0.75);
    expect(chosen.map((r) => r.document_id)).toEqual(['a', 'b', 'c']);
  });

  it('chooses at most 12 rows', () => {
    const rows = Array.from({ length: 20 }, (_, i) => scored(target(`d${i}`), 5));
    expect(chooseRows(rows, [], 0.75)).toHaveLength(12);
  });

  it('cites only targets whose chunk was found, numbering the citations without gaps', () => {
    const answer = comparisonAnswer(
      [
        target('a', { region: 'Shanghai' }),
        target('lost', { region: 'Beijing' }),
        target('c', { region: 'Guangdong', value: 29, value_raw: '29' }),
      ],
      [chunk('a', 'Shanghai'), chunk('c', 'Guangdong')],
      'en',
    );
    expect(answer?.answer.split('\n')[0]).toBe('Shanghai 20%; Guangdong 29%. [1][2]');
    expect(answer?.citations.map((c) => [c.n, c.document_id, c.page])).toEqual([
      [1, 'a', 3],
      [2, 'c', 3],
    ]);
    expect(answer?.table?.rows.map((row) => row[7])).toEqual(['[1] a plan', '[2] c plan']);
    expect(answer?.targets).toHaveLength(3);
  });

  it('gives no answer when no chosen target has its chunk', () => {
    expect(comparisonAnswer([target('lost')], [], 'en')).toBeNull();
  });

  it('writes figures in different units with the canonical value beside them', () => {
    const answer = comparisonAnswer(
      [
        target('js', {
          region: 'Jiangsu',
          value: 35,
          unit: 'GW',
          value_raw: '3500',
          unit_raw: '万千瓦',
        }),
        target('zj', {
          region: 'Zhejiang',
          value: 27.62,
          unit: 'GW',
          value_raw: '27.62',
          unit_raw: 'GW',
        }),
      ],
      [chunk('js', 'Jiangsu'), chunk('zj', 'Zhejiang')],
      'en',
    );
    expect(answer?.answer.split('\n')[0]).toBe(
      'Jiangsu 3500万千瓦 (35 GW); Zhejiang 27.62 GW. [1][2]',
    );
  });
});

describe('answerPerRegion', () => {
  it('does not answer region by region for fewer than two regions or when the request filters regions', async () => {
    const store = await tradeInCorpus();
    const retriever = createRetriever({ store, embeddings: new FakeEmbeddings() });
    const two = analyzeQuestion('上海和广东2025年非化石能源消费比重分别是多少？');
    expect(
      await answerPerRegion(
        retriever,
        analyzeQuestion('上海2025年非化石能源消费比重是多少？'),
        undefined,
        { k: 4 },
      ),
    ).toBeNull();
    expect(await answerPerRegion(retriever, two, { regions: ['Shanghai'] }, { k: 4 })).toBeNull();
  });

  it("quotes each region's own sentence for a Chinese question naming two regions", async () => {
    const store = await tradeInCorpus();
    const retriever = createRetriever({ store, embeddings: new FakeEmbeddings() });
    const result = await answerPerRegion(
      retriever,
      analyzeQuestion('上海和广东2025年非化石能源消费比重分别是多少？'),
      undefined,
      { k: 4 },
    );
    expect(result?.sentences.map((s) => [s.passage.region, s.text])).toEqual([
      ['Shanghai', '到2025年，非化石能源消费比重达到20%。'],
      ['Guangdong', '到2025年，非化石能源消费比重达到29%。'],
    ]);
  });

  it('gives no answer when only one of the regions has a passage that answers', async () => {
    const store = await tradeInCorpus();
    const retriever = createRetriever({ store, embeddings: new FakeEmbeddings() });
    const analysis = analyzeQuestion('上海和河北2025年非化石能源消费比重分别是多少？');
    expect(await answerPerRegion(retriever, analysis, undefined, { k: 4 })).toBeNull();
  });
});

describe('per-region answers after one region is answered', () => {
  async function corpus(): Promise<FakeStore> {
    const store = createFakeStore();
    await seedDocument(
      store,
      {
        id: 'liaoning',
        title: 'Implementation Plan for Carbon Peaking in Liaoning Province',
        region: 'Liaoning',
      },
      [
        'By 2025, Liaoning Province will:',
        '1. cut carbon dioxide emissions per unit of regional GDP by 17.5% from the 2020 level;',
        '3. cut energy consumption per unit of regional GDP by 12.5% from the 2020 level;',
      ],
    );
    await seedDocument(
      store,
      {
        id: 'inner-mongolia',
        title: 'Implementation Plan for Carbon Peaking in Inner Mongolia',
        region: 'Inner Mongolia',
      },
      [
        'During the 14th Five-Year Plan period, notable progress will be made in adjusting the industrial and energy structures. By 2025, the share of non-fossil energy consumption will exceed 34%; energy consumption and carbon dioxide emissions per unit of regional GDP will fall by 16% and 20.5% respectively compared with 2020; and forest coverage will reach 23.4%.',
        'By 2025, installed wind power capacity will reach 48 GW and installed photovoltaic capacity 88 GW.',
      ],
    );
    return store;
  }
  const question = analyzeQuestion(
    'Compare the reduction of energy consumption per unit of GDP by 2025 (vs 2020) in Liaoning and Inner Mongolia.',
  );

  it('takes a weaker on-topic sentence of the other region, when it states a figure in the same unit', async () => {
    const store = await corpus();
    const retriever = createRetriever({ store, embeddings: new FakeEmbeddings() });
    const answer = (weights: typeof DEFAULT_WEIGHTS.answer) =>
      answerPerRegion(retriever, question, undefined, { k: 4, weights });
    // Each region's best score with no threshold at all, then a threshold only the better clears.
    const free = await answer({ ...DEFAULT_WEIGHTS.answer, minScore: 0, comparisonMinScore: 0 });
    const scores = free!.sentences.map((s) => s.score);
    expect(free!.sentences.map((s) => s.text).join(' ')).toMatch(/12\.5%[\s\S]*16%/);
    const weaker = Math.min(...scores);
    const minScore = Math.max(...scores) - 1e-6;
    expect(weaker).toBeLessThan(minScore);

    const relieved = await answer({
      ...DEFAULT_WEIGHTS.answer,
      minScore,
      comparisonMinScore: weaker - 1e-6,
    });
    expect(new Set(relieved?.sentences.map((s) => s.passage.region))).toEqual(
      new Set(['Liaoning', 'Inner Mongolia']),
    );
    // Without the relief, one region alone is no comparison.
    const strict = await answer({
      ...DEFAULT_WEIGHTS.answer,
      minScore,
      comparisonMinScore: minScore,
    });
    expect(strict).toBeNull();
  });
});
