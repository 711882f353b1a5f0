import { describe, it, expect } from 'vitest';
import { verifyAnswer, UNVERIFIED_MARK } from '../../src/answer/verify.ts';

const passages = new Map([
  [1, 'By 2025, energy consumption per unit of GDP shall fall by 14.5% compared with 2020.'],
  [2, '到2025年，海上风电累计装机容量达到1800万千瓦，补贴上限为2万元。'],
]);

describe('verifyAnswer', () => {
  it('keeps a sentence whose numbers all occur in the passage it cites', () => {
    const r = verifyAnswer('Energy intensity falls 14.5% from 2020 by 2025 [1].', passages);
    expect(r.unverified).toEqual([]);
    expect(r.answer).not.toContain(UNVERIFIED_MARK);
    expect(r.checkedNumbers).toBe(3);
  });
  it('removes markers that name no given passage', () => {
    const r = verifyAnswer('Falls 14.5% [1][7].', passages);
    expect(r.answer).toBe('Falls 14.5% [1].');
    expect(r.removedCitations).toEqual([7]);
  });
  it('marks a sentence with a number found in no cited passage', () => {
    const r = verifyAnswer(
      'Energy intensity falls 15% [1]. Offshore wind reaches 1800万千瓦 [2].',
      passages,
    );
    expect(r.unverified).toEqual(['Energy intensity falls 15%.']);
    expect(r.answer).toBe(
      `Energy intensity falls 15% [1]. ${UNVERIFIED_MARK} Offshore wind reaches 1800万千瓦 [2].`,
    );
  });
  it('accepts the same quantity in another unit form (18 GW = 1800万千瓦; 20,000 yuan = 2万元)', () => {
    const r = verifyAnswer('Offshore wind: 18 GW, subsidies capped at 20,000 yuan [2].', passages);
    expect(r.unverified).toEqual([]);
  });
  it('requires the number to be in the passage the sentence cites, not another one', () => {
    const r = verifyAnswer('Energy intensity falls 14.5% [2].', passages);
    expect(r.unverified).toHaveLength(1);
  });
  it('marks an uncited sentence that states a number', () => {
    const r = verifyAnswer('The share is 30%.', passages);
    expect(r.unverified).toEqual(['The share is 30%.']);
  });
  it('does not match a number inside a larger one', () => {
    const r = verifyAnswer('It falls 4.5% [1].', passages);
    expect(r.unverified).toHaveLength(1);
  });
  it('attaches a marker after closing punctuation to the sentence before it', () => {
    const r = verifyAnswer('到2025年，海上风电累计装机容量达到1800万千瓦。 [2]', passages);
    expect(r.unverified).toEqual([]);
    expect(r.usedCitations).toEqual([2]);
  });
  it('takes the citation at the end of a sentence for each of its clauses split at "；" or ";"', () => {
    const targets = new Map([
      [
        1,
        '到2025年，全省氢能产业总产值突破1000亿元；燃料电池汽车推广数量达到10000辆；累计建成加氢站100座。',
      ],
    ]);
    const zh = verifyAnswer(
      '到2025年，全省氢能产业总产值突破1000亿元；燃料电池汽车推广数量达到10000辆；累计建成加氢站100座。 [1]',
      targets,
    );
    expect(zh.unverified).toEqual([]);
    expect(zh.answer).not.toContain(UNVERIFIED_MARK);
    expect(zh.checkedNumbers).toBe(4);
    const en = verifyAnswer(
      'By 2025, energy intensity falls by 14.5%; the baseline is 2020 [1].',
      passages,
    );
    expect(en.unverified).toEqual([]);
  });
  it('still checks each clause against the sentence\'s citation, and a sentence ending in "；" with no marker after it is uncited', () => {
    const targets = new Map([
      [1, '到2025年，全省氢能产业总产值突破1000亿元；燃料电池汽车推广数量达到10000辆。'],
    ]);
    const wrong = verifyAnswer(
      '总产值突破1000亿元；燃料电池汽车推广数量达到20000辆。 [1]',
      targets,
    );
    expect(wrong.unverified).toEqual(['燃料电池汽车推广数量达到20000辆。']);
    expect(wrong.answer).toBe(
      `总产值突破1000亿元；燃料电池汽车推广数量达到20000辆。 ${UNVERIFIED_MARK} [1]`,
    );
    const uncited = verifyAnswer('总产值突破1000亿元；', targets);
    expect(uncited.unverified).toEqual(['总产值突破1000亿元；']);
  });
});
