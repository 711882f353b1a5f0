import { describe, it, expect } from 'vitest';
import { normalizeText } from '../../src/text/normalize.ts';
import { lexicalTokens, tokenString, queryLexemes } from '../../src/text/tokens.ts';
import { splitSentences } from '../../src/text/sentences.ts';

describe('normalizeText', () => {
  it('maps Kangxi radicals from PDF fonts back to ordinary characters', () => {
    expect(normalizeText('⼗四五规划的⽬标')).toBe('十四五规划的目标');
  });
  it('folds full-width digits and letters', () => {
    expect(normalizeText('２０２５年达到２０％')).toBe('2025年达到20%');
  });
  it('removes zero-width and bidi control characters and NUL', () => {
    expect(normalizeText('carb\u200Bon\u202E peak\u0000ing')).toBe('carbon peaking');
  });
  it('collapses spaces and blank lines but keeps paragraph breaks', () => {
    expect(normalizeText('a  \t b\r\n\r\n\r\n\r\nc ')).toBe('a b\n\nc');
  });
});

describe('lexicalTokens', () => {
  it('emits CJK unigrams and bigrams', () => {
    expect(lexicalTokens('碳达峰')).toEqual(['碳', '碳达', '达', '达峰', '峰']);
  });
  it('lower-cases Latin words, drops stopwords, keeps decimals whole', () => {
    expect(lexicalTokens('The Share will reach 14.5%')).toEqual(['share', 'reach', '14.5']);
  });
  it('splits a number from the Chinese that follows it, so the Chinese still gets its bigrams', () => {
    // "2030年全国森林蓄积量…" was one token: no bigram of 森林蓄积量 could match.
    expect(lexicalTokens('2030年森林蓄积量')).toEqual([
      '2030',
      '年',
      '年森',
      '森',
      '森林',
      '林',
      '林蓄',
      '蓄',
      '蓄积',
      '积',
      '积量',
      '量',
    ]);
    expect(lexicalTokens('达到190亿立方米')).toEqual([
      '达',
      '达到',
      '到',
      '190',
      '亿',
      '亿立',
      '立',
      '立方',
      '方',
      '方米',
      '米',
    ]);
    expect(lexicalTokens('V2G试点')).toEqual(['v2g', '试', '试点', '点']);
    expect(queryLexemes('2030年全国森林蓄积量目标是多少')).toEqual(
      expect.arrayContaining(['2030', '森林', '蓄积', '积量']),
    );
  });
  it('removes thousands separators so 20,000 and 20000 match', () => {
    expect(lexicalTokens('20,000 yuan')).toEqual(lexicalTokens('20000 yuan'));
  });
  it('produces lexemes safe for the simple parser', () => {
    expect(tokenString('14.5%')).toBe('14_5');
    expect(queryLexemes('碳 碳')).toEqual(['碳']);
  });
});

describe('splitSentences', () => {
  it('splits Chinese and English sentences with exact offsets', () => {
    const text = '到2025年，比重达到20%。By 2030, it will reach 25%. Next.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      '到2025年，比重达到20%。',
      'By 2030, it will reach 25%.',
      'Next.',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('does not split inside numbers or after "No."', () => {
    const spans = splitSentences('Guo Fa [2021] No. 23 sets 14.5% as the goal. Done.');
    expect(spans[0].text).toBe('Guo Fa [2021] No. 23 sets 14.5% as the goal.');
  });
  it('keeps a list number with its item after a colon or closing bracket ("…方案》：2. 对个人…")', () => {
    const text =
      '黑龙江省《实施方案》：2. 对个人消费者购买新能源乘用车的，给予每辆最高9000元置换补贴。 [2]';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '黑龙江省《实施方案》：2. 对个人消费者购买新能源乘用车的，给予每辆最高9000元置换补贴。',
      '[2]',
    ]);
    expect(
      splitSentences('Measures (3) 1. Retire old trucks. 2. Buy new ones.').map((s) => s.text),
    ).toEqual(['Measures (3) 1. Retire old trucks.', '2. Buy new ones.']);
  });
  it('treats line breaks as boundaries (table rows stay whole)', () => {
    expect(splitSentences('指标 | 2025年\n非化石能源比重 | 20%').map((s) => s.text)).toEqual([
      '指标 | 2025年',
      '非化石能源比重 | 20%',
    ]);
  });
});

describe('normalizeText on CJK Radicals Supplement code points', () => {
  it('maps the supplement forms Chromium-printed PDFs carry to ordinary characters', () => {
    expect(normalizeText('\u2EDB电装机，\u2ED4槛，\u2ED3江，\u2EA0生')).toBe(
      '风电装机，门槛，长江，民生',
    );
  });
});
