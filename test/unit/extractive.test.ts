import { describe, it, expect } from 'vitest';
import { answerExtractively } from '../../src/answer/extractive.ts';
import { analyzeQuestion } from '../../src/retrieval/query-analysis.ts';
import type { RetrievedPassage } from '../../src/retrieval/retriever.ts';

const passage = (text: string, region = 'Beijing', n = 0): RetrievedPassage => ({
  chunk_id: `doc:${n}`,
  document_id: 'doc',
  ordinal: n,
  text,
  heading: null,
  page_from: null,
  page_to: null,
  start: 0,
  end: text.length,
  title: 'Beijing Building Energy Efficiency Plan',
  issuer: null,
  date: '2022-01-01',
  region,
  url: null,
  language: 'en',
  score: 1 - n / 10,
});

describe('answerExtractively', () => {
  const question = analyzeQuestion(
    'How much does Beijing pay per square metre for energy-saving retrofits of old residential buildings?',
  );

  it('declines when no sentence states the kind of figure asked for (a rate per square metre)', () => {
    const r = answerExtractively(
      [
        passage(
          'Energy-saving retrofits of old residential buildings receive a reward of up to 8 million yuan per project.',
        ),
      ],
      question,
    );
    expect(r.answerable).toBe(false);
  });

  it('answers with the sentence that states it', () => {
    const r = answerExtractively(
      [
        passage(
          'Energy-saving retrofits of old residential buildings receive a reward of up to 8 million yuan per project.',
        ),
        passage(
          'For energy-saving retrofits of old residential buildings the city pays 100 yuan per square metre of floor area.',
          'Beijing',
          1,
        ),
      ],
      question,
    );
    expect(r.answerable).toBe(true);
    expect(r.sentences[0].text).toContain('100 yuan per square metre');
  });

  it('declines a question about a region no passage is about', () => {
    const r = answerExtractively(
      [
        passage(
          'By 2025, Beijing shall build 5 million square metres of ultra-low energy buildings.',
        ),
      ],
      analyzeQuestion("What is Yunnan's 2025 ultra-low energy building target?"),
    );
    expect(r.answerable).toBe(false);
  });

  it('prefers a sentence with a figure for a quantitative question and keeps a ；-list whole', () => {
    const zh = passage(
      '到2025年，全省氢能产业总产值突破1000亿元；累计建成加氢站100座。推进加氢站建设，完善配套政策。',
      'Shandong',
    );
    const r = answerExtractively(
      [{ ...zh, language: 'zh' }],
      analyzeQuestion('山东省到2025年累计建成多少座加氢站？'),
    );
    expect(r.answerable).toBe(true);
    expect(r.sentences[0].text).toBe(
      '到2025年，全省氢能产业总产值突破1000亿元；累计建成加氢站100座。',
    );
  });

  it('reads "during the 14th Five-Year Plan period" as a 2025 target year', () => {
    const pv = passage(
      'During the 14th Five-Year Plan period, about 20 million kilowatts of new photovoltaic capacity shall be added. By 2030, photovoltaic capacity shall reach 50 million kilowatts.',
      'Guangdong',
    );
    const r = answerExtractively(
      [pv],
      analyzeQuestion('How much new photovoltaic capacity will Guangdong add by 2025?'),
    );
    expect(r.answerable).toBe(true);
    expect(r.sentences[0].text).toContain('14th Five-Year Plan');
  });

  it("judges a sentence in the other language on the concepts that cross languages, not on the question's own words", () => {
    const en = passage(
      'For each eligible new energy bus whose power battery is replaced in 2024, the average subsidy is 42,000 yuan per vehicle.',
      'National',
    );
    const r = answerExtractively(
      [en],
      analyzeQuestion('新能源公交车更换动力电池的补贴标准是多少？'),
    );
    expect(r.answerable).toBe(true);
    expect(r.sentences[0].text).toContain('42,000 yuan');
  });
});

describe('a which-region question stating a figure', () => {
  const coal = [
    passage(
      'By 2025, the share of coal in primary energy consumption shall fall below 52%.',
      'Jiangsu',
      0,
    ),
    passage('By 2025, the share of coal in energy consumption shall fall to 38%.', 'Shanxi', 1),
  ];

  it('declines when no sentence states that figure, rather than naming a region with another', () => {
    const r = answerExtractively(
      coal,
      analyzeQuestion('Which regions target a 47% share of coal in energy consumption by 2025?'),
    );
    expect(r.answerable).toBe(false);
  });

  it('answers from the sentence that states it', () => {
    const r = answerExtractively(
      [
        ...coal,
        passage('By 2025, the share of coal in energy consumption shall be 47%.', 'Guizhou', 2),
      ],
      analyzeQuestion('Which regions target a 47% share of coal in energy consumption by 2025?'),
    );
    expect(r.answerable).toBe(true);
    expect(r.sentences[0]!.text).toContain('47%');
  });

  it('keeps the other figures when the stated one is a bound to compare with', () => {
    const r = answerExtractively(
      coal,
      analyzeQuestion(
        'Which regions cap the share of coal in energy consumption below 60% by 2025?',
      ),
    );
    expect(r.answerable).toBe(true);
  });
});

describe('the same fact in both languages', () => {
  const national = (text: string, n: number, language: 'en' | 'zh'): RetrievedPassage => ({
    ...passage(text, 'National', n),
    chunk_id: `${language}:${n}`,
    document_id: `${language}-plan`,
    language,
  });
  const english = national(
    'By 2030, non-fossil energy shall account for about 25% of total energy consumption, and the total installed capacity of wind and solar power shall exceed 1.2 billion kilowatts.',
    0,
    'en',
  );
  const question = analyzeQuestion('到2030年非化石能源消费比重目标是多少？');
  // As the extractive answerer calls it for a national question: national passages are in scope.
  const options = { inScope: (p: RetrievedPassage) => p.region === 'National' };

  it('is quoted in the question’s language when a sentence in it states the figure', () => {
    const chinese = national('到2030年，非化石能源消费比重达到25%左右。', 1, 'zh');
    const r = answerExtractively([english, chinese], question, options);
    expect(r.answerable).toBe(true);
    expect(r.sentences[0]!.text).toBe('到2030年，非化石能源消费比重达到25%左右。');
  });

  it('keeps the other language when the sentence in the question’s language states another figure', () => {
    const chinese = national('到2025年，非化石能源消费比重达到20%左右。', 1, 'zh');
    const r = answerExtractively([english, chinese], question, options);
    expect(r.answerable).toBe(true);
    expect(r.sentences[0]!.passage.language).toBe('en');
    expect(r.sentences[0]!.text).toContain('25%');
  });
});
