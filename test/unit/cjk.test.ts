import { describe, it, expect } from 'vitest';
import {
  CJK_RANGE,
  countCjk,
  detectLanguage,
  endsWithCjk,
  hasCjk,
  isCjkOnly,
  startsWithCjk,
} from '../../src/text/cjk.ts';

describe('the CJK character test', () => {
  it('counts unified ideographs, Extension A and compatibility ideographs as Chinese', () => {
    expect(hasCjk('碳')).toBe(true);
    expect(hasCjk('\u3400')).toBe(true);
    expect(hasCjk('\u4DB5')).toBe(true);
    expect(hasCjk('\uF900')).toBe(true);
  });
  it('does not count Yijing hexagram symbols, CJK punctuation, kana or Latin as Chinese', () => {
    // U+4DC0–U+4DFF sits between Extension A and the unified block: symbols, not characters.
    expect(hasCjk('\u4DC0')).toBe(false);
    expect(hasCjk('。，、《》“”')).toBe(false);
    expect(hasCjk('カタカナ')).toBe(false);
    expect(hasCjk('carbon 2030 %')).toBe(false);
  });
  it('tells where in the text the Chinese characters are', () => {
    expect(startsWithCjk('国发〔2021〕23号')).toBe(true);
    expect(startsWithCjk('No. 23 国发')).toBe(false);
    expect(endsWithCjk('Guo Fa 国发')).toBe(true);
    expect(endsWithCjk('国发 No. 23')).toBe(false);
    expect(startsWithCjk('')).toBe(false);
    expect(endsWithCjk('')).toBe(false);
  });
  it('recognises a token made of Chinese characters only', () => {
    expect(isCjkOnly('碳达峰')).toBe(true);
    expect(isCjkOnly('碳达峰2030')).toBe(false);
    expect(isCjkOnly('')).toBe(false);
  });
  it('counts the Chinese characters of a mixed text', () => {
    expect(countCjk('到2025年，NEV占比20%')).toBe(4);
    expect(countCjk('no Chinese here')).toBe(0);
  });
  it('is a character-class body that composes into larger patterns', () => {
    const run = new RegExp(`[${CJK_RANGE}]+`, 'g');
    expect('GW级光伏基地 and 风电'.match(run)).toEqual(['级光伏基地', '风电']);
  });
});

describe('detectLanguage', () => {
  it('calls a text Chinese when more than a fifth of its non-space characters are Chinese', () => {
    expect(detectLanguage('到2030年非化石能源消费比重目标是多少？')).toBe('zh');
    expect(detectLanguage('NEV GW 目标')).toBe('zh');
    expect(detectLanguage("What is Shanxi's 2025 energy intensity target? 山西")).toBe('en');
  });
  it('calls an empty or blank text English', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('  \n ')).toBe('en');
  });
});
