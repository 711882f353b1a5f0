import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/retrieval/query-analysis.ts';
import { askedYears, namedYears, statedYears, targetYears } from '../../src/text/years.ts';
import { translateQuery } from '../../src/retrieval/dictionary.ts';
import { planPeriodEnds } from '../../src/text/plan-periods.ts';

describe('analyzeQuestion scope', () => {
  it('is national when the question names no region and does not ask across regions', () => {
    expect(analyzeQuestion('What share of non-fossil energy is targeted for 2025?').scope).toBe(
      'national',
    );
    expect(analyzeQuestion('到2030年非化石能源消费比重目标是多少？').scope).toBe('national');
  });

  it('is any region when the question asks which regions, and the named regions otherwise', () => {
    expect(
      analyzeQuestion('Which provinces cap NEV trade-in subsidies at 20,000 yuan?').scope,
    ).toBe('any');
    expect(analyzeQuestion('各省的光伏装机目标是多少？').scope).toBe('any');
    expect(analyzeQuestion("What is Hebei's 2025 PV target?").scope).toBe('regions');
  });

  it('reads "(vs 2020)" as a baseline, not a comparison or a target year', () => {
    const analysis = analyzeQuestion(
      'What is the reduction of CO2 per unit of GDP by 2025 (vs 2020) in Hunan?',
    );
    expect(analysis.years).toEqual([2025]);
    expect(analysis.comparison).toBe(false);
    expect(analyzeQuestion('Hebei vs Anhui: which pays more?').comparison).toBe(true);
  });
});

describe('years', () => {
  it('leaves baselines out of the years a text names and sets targets for', () => {
    expect(namedYears('到2025年单位GDP能耗比2020年下降13.5%')).toEqual([2025]);
    expect(targetYears('By 2025, energy intensity will be 14.3% lower than in 2020.')).toEqual([
      '2025',
    ]);
    expect(targetYears('到2030年，森林覆盖率达到25%')).toEqual(['2030']);
  });

  it("leaves a document number's year out of the years a question names", () => {
    expect(namedYears('国发〔2024〕7号提出到2027年二手车交易量较2023年增长多少？')).toEqual([2027]);
    expect(namedYears('Under Fa Gai Neng Yuan [2023] No. 1044, what is due by 2025?')).toEqual([
      2025,
    ]);
    expect(namedYears('Under Circular No. 15 (2022), what is due in 2030?')).toEqual([2030]);
    expect(analyzeQuestion('发改能源〔2023〕1044号规定绿证的有效期是多长？').years).toEqual([]);
  });

  it('gives a plan period its end year', () => {
    expect(planPeriodEnds('“十四五”期间')).toEqual(['2025']);
    expect(planPeriodEnds('during the 15th Five-Year Plan period')).toEqual(['2030']);
  });
});

describe('translateQuery', () => {
  it('translates Chinese words the thesaurus does not cover into English glosses', () => {
    const terms = translateQuery('山西省汽车置换更新最高补贴多少？', 'zh');
    expect(terms).toContain('replace');
    expect(terms).toContain('renew');
  });

  it('translates English words through whole glosses only', () => {
    expect(translateQuery('How many boilers will be renewed?', 'en')).toContain('锅炉');
    expect(translateQuery('By how much will they cut it?', 'en')).not.toContain('低胸');
  });
});

describe('askedYears and statedYears', () => {
  it('leaves out a year that dates a document or sits in a quoted title', () => {
    expect(askedYears('What subsidy does the 2025 notice on stepping up give?')).toEqual([]);
    expect(askedYears('《关于2025年加力扩围实施消费品以旧换新政策的通知》提出什么？')).toEqual([]);
    expect(askedYears('到2030年，全国火电平均供电煤耗要降至多少？')).toEqual([2030]);
    expect(askedYears('By how much by 2025 compared with 2020?')).toEqual([2025]);
  });

  it('reads only numbers written as years, baselines left out', () => {
    expect(statedYears('再生有色金属产量达到2000万吨，比2020年增长')).toEqual([]);
    expect(statedYears('到2025年，新增2030个充电桩')).toEqual([2025]);
    expect(statedYears('In the first quarter of 2022, the balance was')).toEqual([2022]);
    expect(statedYears('2021—2025年')).toEqual([2021, 2025]);
  });
});
