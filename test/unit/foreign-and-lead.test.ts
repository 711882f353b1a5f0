import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/retrieval/query-analysis.ts';
import { answerExtractively } from '../../src/answer/extractive.ts';
import { passage } from '../support/passage.ts';

describe('questions about other countries', () => {
  it('are marked foreign unless they are about China too', () => {
    expect(analyzeQuestion("What is India's 2030 non-fossil target?").foreign).toBe(true);
    expect(analyzeQuestion('美国2030年非化石能源消费比重目标是多少？').foreign).toBe(true);
    expect(analyzeQuestion('What is the US$ price?').foreign).toBe(false);
    expect(analyzeQuestion("How does China's target compare with the EU's?").foreign).toBe(false);
    expect(analyzeQuestion("What is Shanxi's 2025 energy intensity target?").foreign).toBe(false);
  });
});

describe('answerExtractively lead', () => {
  it('quotes the Chinese clause that states the asked figure, with its time frame', () => {
    const text =
      '到2025年，全省非化石能源消费比重达到20%左右，单位地区生产总值能源消耗比2020年下降14%，单位地区生产总值二氧化碳排放比2020年下降18%，森林覆盖率达到37%，森林蓄积量达到2.2亿立方米，城镇新建建筑全面执行绿色建筑标准，新型储能装机容量达到400万千瓦以上，为实现碳达峰奠定坚实基础。';
    const answer = answerExtractively(
      [passage(text, 'Hebei')],
      analyzeQuestion('河北省2025年新型储能装机目标是多少？'),
    );
    expect(answer.answerable).toBe(true);
    expect(answer.sentences[0].text).toContain('400万千瓦');
    expect(answer.sentences[0].text.length).toBeLessThan(text.length);
    expect(text).toContain(answer.sentences[0].text);
  });

  it('keeps an English sentence whole: its commas do not divide it', () => {
    const text =
      'Individual consumers who retire a fuel passenger vehicle of National III emission standard or below, or a new energy passenger vehicle registered before April 2018, and buy a new energy passenger vehicle shall receive a subsidy of 20,000 yuan.';
    const answer = answerExtractively(
      [passage(text, 'Hebei')],
      analyzeQuestion('What subsidy does Hebei give for a new energy passenger vehicle?'),
    );
    expect(answer.sentences[0].text).toBe(text);
  });

  it('answers a question about one region only from that region', () => {
    const answer = answerExtractively(
      [passage('By 2025, the share of non-fossil energy will reach over 13%.', 'Anhui', 'anhui')],
      analyzeQuestion(
        'What share of energy consumption should non-fossil energy reach in Beijing by 2025?',
      ),
    );
    expect(answer.answerable).toBe(false);
  });
});

describe('answerExtractively declines what the passages do not say', () => {
  it('does not answer a 2030 question with a 2025 target or a past statistic', () => {
    const answer = answerExtractively(
      [
        passage(
          '到2025年，全省氢能产业总产值突破500亿元。2022年，全省氢能产业产值约120亿元。',
          'Sichuan',
        ),
      ],
      analyzeQuestion('四川省到2030年氢能产业总产值目标是多少？'),
    );
    expect(answer.answerable).toBe(false);
    const asked2025 = answerExtractively(
      [passage('到2025年，全省氢能产业总产值突破500亿元。', 'Sichuan')],
      analyzeQuestion('四川省到2025年氢能产业总产值目标是多少？'),
    );
    expect(asked2025.answerable).toBe(true);
  });

  it('does not answer a question about one topic with a sentence sharing only a verb', () => {
    const text = '到2025年，全区累计建成充电桩5万个以上，高速公路服务区充电设施覆盖率达到100%。';
    expect(
      answerExtractively(
        [passage(text, 'Xinjiang')],
        analyzeQuestion('新疆到2025年要建成多少座加氢站？'),
      ).answerable,
    ).toBe(false);
    expect(
      answerExtractively(
        [passage(text, 'Xinjiang')],
        analyzeQuestion('新疆到2025年要建成多少充电桩？'),
      ).answerable,
    ).toBe(true);
  });

  it('reads a sentence that names no topic with the sentence before it', () => {
    const text = '个人消费者购买2级及以上能效家电产品，给予销售价格10%的补贴。每件补贴最高1500元。';
    const answer = answerExtractively(
      [passage(text, 'Liaoning')],
      analyzeQuestion('辽宁省家电每件补贴上限是多少元？'),
    );
    expect(answer.answerable).toBe(true);
    expect(answer.sentences.map((s) => s.text).join('')).toContain('1500元');
  });
});

describe('answerExtractively leads with a figure', () => {
  it('never leads with the line that introduces a list, and prefers a sentence stating a figure', () => {
    const text =
      'By 2025, Fujian Province will:\n- reach a total charging capacity of 4.5 million kilowatts.\n- build charging points in every county.';
    const answer = answerExtractively(
      [passage(text, 'Fujian')],
      analyzeQuestion('What total charging capacity is Fujian aiming for by 2025?'),
    );
    expect(answer.answerable).toBe(true);
    expect(answer.sentences[0].text).toContain('4.5 million kilowatts');
    expect(answer.sentences.map((s) => s.text)).not.toContain('By 2025, Fujian Province will:');
  });
});

describe('answerExtractively reads list items with their lead-in', () => {
  it('keeps the time frame of the line opening a list whose items are separate paragraphs', () => {
    const text =
      '到2025年，全市：\n\n1. 累计建成充电桩50万个以上；\n\n2. 公共充电桩不少于10万个；\n\n3. 建成换电站150座左右。';
    const answer = answerExtractively(
      [passage(text, 'Wuhan')],
      analyzeQuestion('武汉市到2025年公共充电桩要达到多少？'),
    );
    expect(answer.sentences[0].text).toContain('10万个');
    // The same list under 2025 does not answer a question about 2030.
    expect(
      answerExtractively(
        [passage(text, 'Wuhan')],
        analyzeQuestion('武汉市到2030年公共充电桩要达到多少？'),
      ).answerable,
    ).toBe(false);
  });

  it('does not take a document number for a figure', () => {
    const answer = answerExtractively(
      [passage('川经信〔2023〕15号\n\n全省氢能产业链不断完善，示范应用有序推进。', 'Sichuan')],
      analyzeQuestion('四川省氢能产业总产值目标是多少？'),
    );
    expect(answer.sentences.map((s) => s.text).join('')).not.toContain('15号');
  });
});
