import { describe, it, expect } from 'vitest';
import { condenseOffline } from '../../src/answer/condense.ts';

const history = (q: string) => [
  { role: 'user' as const, content: q },
  { role: 'assistant' as const, content: 'An answer [1].' },
];

describe('condenseOffline', () => {
  it('replaces the region of the previous question for "And Guangdong?"', () => {
    expect(condenseOffline('And Guangdong?', history("What is Shanghai's 2025 non-fossil energy target?"))).toBe("What is Guangdong's 2025 non-fossil energy target?");
  });
  it('replaces a Chinese region with its Chinese name', () => {
    expect(condenseOffline('那四川呢？', history('浙江省2025年非化石能源消费比重目标是多少？'))).toBe('四川省2025年非化石能源消费比重目标是多少？');
  });
  it('replaces the year for "What about 2030?"', () => {
    expect(condenseOffline('What about 2030?', history('What is the national non-fossil share target for 2025?'))).toBe('What is the national non-fossil share target for 2030?');
  });
  it('appends an elliptical follow-up that changes neither region nor year', () => {
    expect(condenseOffline('基准年是哪一年？', history('浙江省单位地区生产总值能耗下降多少？'))).toBe('浙江省单位地区生产总值能耗下降多少？ 基准年是哪一年？');
  });
  it('leaves a self-contained question alone', () => {
    const q = 'What subsidy does Hebei give for renewing a city bus that is eight years or older?';
    expect(condenseOffline(q, history("What is Shanghai's 2027 solar target?"))).toBe(q);
  });
  it('leaves the question alone without history', () => {
    expect(condenseOffline('And Guangdong?', [])).toBe('And Guangdong?');
  });
});
