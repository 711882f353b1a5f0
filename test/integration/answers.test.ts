import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { BACKENDS } from '../support/databases.ts';
import { createTestApp, SAMPLE_CORPUS, type TestApp } from '../support/app.ts';
import type { AskResponse } from '../../src/domain.ts';

/**
 * Ranking and answering on the real sample corpus, through the real pipeline: the promises the
 * product makes about bilingual retrieval, boosts, follow-ups and declining.
 */
describe.each(BACKENDS)('answers on the sample corpus (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind, corpus: [SAMPLE_CORPUS] });
  }, 180_000);
  afterAll(async () => t?.close());

  const ask = async (body: Record<string, unknown>): Promise<AskResponse> => {
    const res = await t.app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    return res.json();
  };
  const topDocs = (r: AskResponse) =>
    Array.from(new Set((r.retrieved ?? []).map((p) => p.document_id))).slice(0, 5);

  it('finds a Chinese document for an English question (cross-lingual)', async () => {
    const r = await ask({
      question:
        'What share of non-fossil energy in total energy consumption does Zhejiang target for 2025?',
    });
    expect(topDocs(r)).toContain('zh-zhejiang-energy-14fyp');
    expect(r.answer).toContain('24%');
    expect(r.citations.some((c) => c.document_id === 'zh-zhejiang-energy-14fyp')).toBe(true);
  });

  it('finds an English document for a Chinese question', async () => {
    const r = await ask({ question: '上海到2027年光伏装机目标是多少？' });
    expect(topDocs(r)[0]).toBe('en-shanghai-green-transition-2024-2027');
    expect(r.answerable).toBe(true);
    expect(r.answer).toMatch(/4\.5 million kilowatts/);
  });

  it('reaches the document wording from a paraphrase without shared keywords', async () => {
    const r = await ask({
      question: "How frugal with power do Shanghai's newly built server farms have to be?",
    });
    expect(topDocs(r)).toContain('en-shanghai-green-transition-2024-2027');
    expect(r.answer).toContain('1.25');
  });

  it('answers a Chinese question from an English-only notice, ahead of Chinese passages that share its words', async () => {
    const r = await ask({ question: '新能源公交车更换动力电池的补贴标准是多少？' });
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.document_id).toBe('en-national-nev-bus-battery-renewal-2024');
    expect(r.answer).toContain('42,000 yuan');
  });

  it('boosts the region the question names over other regions with the same metric', async () => {
    const zhejiang = await ask({ question: '浙江2025年非化石能源消费比重目标' });
    expect(zhejiang.citations[0].region).toBe('Zhejiang');
    const national = await ask({ question: '全国2025年非化石能源消费比重目标' });
    expect(national.citations[0].region).toBe('National');
  });

  it('boosts passages with the year the question asks about', async () => {
    const r = await ask({
      question: 'What is the national non-fossil energy share target for 2030?',
    });
    expect(r.citations[0].quote).toContain('2030');
    expect(r.answer).toMatch(/25%/);
  });

  it('condenses an elliptical follow-up with the previous turn', async () => {
    const r = await ask({
      question: 'And Zhejiang?',
      history: [
        { role: 'user', content: "What is Guangdong's 2025 non-fossil energy share target?" },
        { role: 'assistant', content: 'About 32% [1].' },
      ],
    });
    expect(r.condensed_question).toMatch(/Zhejiang/);
    expect(r.condensed_question).not.toMatch(/Guangdong/);
    expect(r.citations[0].region).toBe('Zhejiang');
  });

  it('answers a new question asked in a conversation as itself, not as a follow-up of the last one', async () => {
    const history = [
      { role: 'user', content: "What is Shanxi's 2025 energy intensity target?" },
      { role: 'assistant', content: 'Shanxi: 14.5% [1]' },
    ];
    const r = await ask({ question: '比较江苏和浙江2025年光伏装机目标', history });
    expect(r.table!.rows.map((row) => [row[0], row[2]])).toEqual(
      expect.arrayContaining([
        ['Zhejiang', 27.62],
        ['Jiangsu', 35],
      ]),
    );
  });

  it('declines when the documents do not hold the answer, and says what was searched', async () => {
    const r = await ask({
      question: 'What carbon price floor does the national carbon market set?',
    });
    expect(r.answerable).toBe(false);
    expect(r.answer).toMatch(/^Not found in the 25 documents searched/);
    expect(r.closest?.length).toBeGreaterThan(0);
    const zh = await ask({ question: '云南省2025年氢能产量目标是多少？' });
    expect(zh.answerable).toBe(false);
    expect(zh.answer).toMatch(/未找到答案/);
  });

  it('reports the filters in the not-found text and applies them in SQL', async () => {
    const r = await ask({
      question: "What is Shanghai's 2027 solar PV capacity target?",
      filters: { regions: ['Guangdong'] },
    });
    expect(r.answerable).toBe(false);
    expect(r.answer).toMatch(/filters: regions: Guangdong/);
    expect(r.searched.documents).toBe(2); // the two Guangdong documents
  });

  it('answers a comparison from the targets store as a cited table', async () => {
    const r = await ask({ question: 'Which provinces cap NEV trade-in subsidies at 20,000 yuan?' });
    expect(r.table?.rows.length).toBeGreaterThan(0);
    for (const row of r.table!.rows) expect(row[2]).toBe(20000);
    expect(r.citations.length).toBe(r.table!.rows.length);
    for (const c of r.citations) expect(r.answer).toContain(`[${c.n}]`);
  });

  it('compares the metric asked for, not another target quoted in the same sentence', async () => {
    // Zhejiang's sentence states total capacity, PV, wind, nuclear…; the question asks for PV.
    const r = await ask({ question: '比较江苏和浙江2025年光伏装机目标' });
    const rows = r.table!.rows.map((row) => [row[0], row[2], row[3]]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Zhejiang', 27.62, 'GW'],
        ['Jiangsu', 35, 'GW'],
      ]),
    );
    expect(rows.map((row) => row[1])).not.toContain(133);
    expect(rows.map((row) => row[1])).not.toContain(28);
  });

  it('shows every region a comparison names, each with its own best-matching targets', async () => {
    for (const [question, region] of [
      ['Compare Anhui and Hebei NEV scrappage subsidies', 'Hebei'],
      ['Compare the NEV replacement subsidies of Anhui and Guizhou', 'Guizhou'],
    ] as const) {
      const r = await ask({ question });
      expect(r.table, question).toBeTruthy();
      const regions = new Set(r.table!.rows.map((row) => row[0]));
      expect(regions, question).toEqual(new Set(['Anhui', region]));
      expect(
        r.table!.rows.every((row) => row[3] === 'yuan'),
        question,
      ).toBe(true);
    }
  });

  it('treats a question about two regions as a comparison, money questions in money, national documents as a side', async () => {
    // No "compare": two regions and 分别 are enough.
    const shares = await ask({
      question: '浙江和四川对2025年非化石能源消费比重的目标分别是多少？',
    });
    expect(shares.table!.rows.map((row) => [row[0], row[2]])).toEqual(
      expect.arrayContaining([
        ['Zhejiang', 24],
        ['Sichuan', 42],
      ]),
    );
    // "Which pays more": the subsidies in yuan, not the number of bicycles to be traded in.
    const bikes = await ask({
      question: 'Which pays more for trading in an electric bicycle, Anhui or Guizhou?',
    });
    expect(bikes.table!.rows.every((row) => row[3] === 'yuan')).toBe(true);
    expect(new Set(bikes.table!.rows.map((row) => row[0]))).toEqual(new Set(['Anhui', 'Guizhou']));
    // "国家…方案和安徽省…方案": the national plan is the other side.
    const manure = await ask({
      question: '国家甲烷方案和安徽省“无废城市”方案对畜禽粪污综合利用率的要求有什么不同？',
    });
    expect(new Set(manure.table!.rows.map((row) => row[0]))).toEqual(
      new Set(['National', 'Anhui']),
    );
  });

  it('attaches the targets extracted from the cited chunks', async () => {
    const r = await ask({ question: "What is Shanxi's 2025 energy intensity reduction target?" });
    const cited = new Set(r.citations.map((c) => c.chunk_id));
    expect(r.targets.length).toBeGreaterThan(0);
    expect(r.targets.every((tg) => cited.has(tg.chunk_id!))).toBe(true);
    expect(
      r.targets.some(
        (tg) =>
          tg.value === 14.5 &&
          tg.unit === '%' &&
          tg.baseline_year === 2020 &&
          tg.target_year === 2025,
      ),
    ).toBe(true);
  });
});
