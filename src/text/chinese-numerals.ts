/** Chinese numerals ("二十", "一万五千", "百分之十五") and the quantities written with them. */
import { matchUnitAt, tidy } from './number-units.ts';
import { build, percentUnit, type Parsed } from './quantity.ts';

const CN_DIGITS = '零一二两三四五六七八九十百千万亿';
const CN_NUMERAL_RE = new RegExp(`(?<![${CN_DIGITS}第])[${CN_DIGITS}]+`, 'g');
const PERCENT_WORDS_RE = /百分之([零一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)/g;

/** "百分之二十", "百分之15": percentages written in words. */
export function percentWordQuantities(text: string): Parsed[] {
  const found: Parsed[] = [];
  for (const m of text.matchAll(PERCENT_WORDS_RE)) {
    const number = /^\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (number === null) continue;
    found.push(build(text, m.index!, m.index! + m[0].length, m[1]!, number, '', 1, percentUnit()));
  }
  return found;
}

/** Quantities written in Chinese numerals with a unit ("五万辆"). */
export function chineseNumeralQuantities(text: string): Parsed[] {
  const found: Parsed[] = [];
  for (const m of text.matchAll(CN_NUMERAL_RE))
    found.push(...parseChineseCount(text, m.index!, m[0]));
  return found;
}

/** Chinese-numeral quantities count only with a unit ("五万辆"), so "十四五规划" is not a number. */
function parseChineseCount(text: string, start: number, numeral: string): Parsed[] {
  if (!/[零一二两三四五六七八九十]/.test(numeral)) return [];
  if (text.slice(Math.max(0, start - 3), start) === '百分之') return [];
  // Try the longest numeral first; give back trailing characters that belong to a unit (五千瓦).
  for (let length = numeral.length; length > 0; length--) {
    const written = numeral.slice(0, length);
    const unitMatch = matchUnitAt(text.slice(start + length, start + length + 40));
    if (!unitMatch) continue;
    const number = parseChineseNumeral(written);
    if (number === null) return [];
    return [
      build(text, start, start + length + unitMatch.length, written, number, '', 1, unitMatch),
    ];
  }
  return [];
}

/** Values of the Chinese digits (两 included), the one table every reader of them uses. */
export const CHINESE_DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二十 → 20, 一万五千 → 15000, 三亿 → 3e8, 一点五 → 1.5; null when malformed. */
export function parseChineseNumeral(written: string): number | null {
  if (written === '') return null;
  const point = written.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseChineseNumeral(written.slice(0, point));
    const digits = [...written.slice(point + 1)].map((ch) => CHINESE_DIGIT_VALUES[ch]);
    if (whole === null || digits.length === 0 || digits.some((d) => d === undefined)) return null;
    return tidy(whole + Number(`0.${digits.join('')}`));
  }
  for (const [big, factor] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const at = written.lastIndexOf(big);
    if (at < 0) continue;
    const left = at === 0 ? 1 : parseChineseNumeral(written.slice(0, at));
    const right = at === written.length - 1 ? 0 : parseChineseNumeral(written.slice(at + 1));
    if (left === null || right === null) return null;
    return left * factor + right;
  }
  let total = 0;
  let digit: number | null = null;
  for (const ch of written) {
    if (CHINESE_DIGIT_VALUES[ch] !== undefined) {
      digit = CHINESE_DIGIT_VALUES[ch]!;
    } else if (CN_SMALL_UNITS[ch] !== undefined) {
      total += (digit ?? 1) * CN_SMALL_UNITS[ch]!;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}
