import { describe, it, expect } from 'vitest';
import { condenseOffline } from '../../src/answer/condense.ts';

const history = (q: string) => [
  { role: 'user' as const, content: q },
  { role: 'assistant' as const, content: 'An answer [1].' },
];

describe('condenseOffline', () => {
  it('replaces the region of the previous question for "And Guangdong?"', () => {
    expect(
      condenseOffline(
        'And Guangdong?',
        history("What is Shanghai's 2025 non-fossil energy target?"),
      ),
    ).toBe("What is Guangdong's 2025 non-fossil energy target?");
  });
  it('replaces a Chinese region with its Chinese name', () => {
    expect(
      condenseOffline('那四川呢？', history('浙江省2025年非化石能源消费比重目标是多少？')),
    ).toBe('四川省2025年非化石能源消费比重目标是多少？');
  });
  it('replaces the year for "What about 2030?"', () => {
    expect(
      condenseOffline(
        'What about 2030?',
        history('What is the national non-fossil share target for 2025?'),
      ),
    ).toBe('What is the national non-fossil share target for 2030?');
  });
  it('appends an elliptical follow-up that changes neither region nor year', () => {
    expect(
      condenseOffline('基准年是哪一年？', history('浙江省单位地区生产总值能耗下降多少？')),
    ).toBe('浙江省单位地区生产总值能耗下降多少？ 基准年是哪一年？');
  });
  it('leaves a self-contained question alone', () => {
    const q = 'What subsidy does Hebei give for renewing a city bus that is eight years or older?';
    expect(condenseOffline(q, history("What is Shanghai's 2027 solar target?"))).toBe(q);
  });
  it('leaves a short question with a topic of its own alone, in Chinese too', () => {
    const q = '比较江苏和浙江2025年光伏装机目标';
    expect(condenseOffline(q, history("What is Shanxi's 2025 energy intensity target?"))).toBe(q);
    const bus = '新能源公交车更换动力电池的补贴标准是多少？';
    expect(condenseOffline(bus, history('比较江苏和浙江2025年光伏装机目标'))).toBe(bus);
  });
  it('joins a question that points back at the previous one ("those projects")', () => {
    expect(
      condenseOffline(
        'How much electricity must each of those projects discharge per year?',
        history('How many projects does the first batch of the V2G pilot include?'),
      ),
    ).toBe(
      'How many projects does the first batch of the V2G pilot include? How much electricity must each of those projects discharge per year?',
    );
  });
  it('leaves the question alone without history', () => {
    expect(condenseOffline('And Guangdong?', [])).toBe('And Guangdong?');
  });
});
