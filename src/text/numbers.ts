/**
 * The one home for finding numbers and units in English and Chinese text. Target extraction,
 * answer verification and the eval all use it, so "7000万千瓦" and "70 GW" compare equal everywhere:
 * numbers in digits (arabic-numbers.ts), in Chinese numerals (chinese-numerals.ts) and in English
 * words (here), then what their neighbours tell (quantity-context.ts); units in number-units.ts.
 */
import { matchUnitAt } from './number-units.ts';
import { arabicQuantities } from './arabic-numbers.ts';
import { chineseNumeralQuantities, percentWordQuantities } from './chinese-numerals.ts';
import { build, type Parsed, type Quantity } from './quantity.ts';
import { dropOverlaps, lendRangeUnits, markRatios } from './quantity-context.ts';

export { SCALE_WORDS, toCanonical, type QuantityKind } from './number-units.ts';
export type { Quantity } from './quantity.ts';

/** English number words, which count only with a counted noun after them ("five pilot cities"). */
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const WORD_NUMBER_RE = new RegExp(`\\b(${Object.keys(WORD_NUMBERS).join('|')})\\b`, 'gi');

/**
 * Every number in `text` with its unit, ordered by position. A four-digit number 1990–2100 with
 * no unit (or with 年) is a year. A bare number before a range connector borrows the unit of the
 * number after it ("10,000 to 140,000 Yuan": both yuan); its `raw` stays the bare number.
 * Never matches inside a larger number: "230" is not found in "2300" or "2.5 million".
 */
export function findQuantities(text: string): Quantity[] {
  const found: Parsed[] = [
    ...arabicQuantities(text),
    ...percentWordQuantities(text),
    ...chineseNumeralQuantities(text),
  ];
  for (const m of text.matchAll(WORD_NUMBER_RE)) {
    const after = m.index! + m[0].length;
    const unitMatch = matchUnitAt(text.slice(after, after + 80));
    if (!unitMatch || unitMatch.kind !== 'count') continue;
    // "one set of methods", "two units of …": an idiom, not a count.
    if (
      /^(?:sets?|units?)$/i.test(unitMatch.raw) &&
      /^\s+of\b/i.test(text.slice(after + unitMatch.length))
    )
      continue;
    found.push(
      build(
        text,
        m.index!,
        after + unitMatch.length,
        m[1]!,
        WORD_NUMBERS[m[1]!.toLowerCase()]!,
        '',
        1,
        unitMatch,
      ),
    );
  }
  const ordered = dropOverlaps(found.sort((a, b) => a.start - b.start || b.end - a.end));
  lendRangeUnits(text, ordered);
  markRatios(text, ordered);
  return ordered.map(({ raw, start, end, value, unit, raw_value, raw_unit, kind }) => ({
    raw,
    start,
    end,
    value,
    unit,
    raw_value,
    raw_unit,
    kind,
  }));
}

/**
 * The canonical unit of the thing a noun phrase counts ("key products with accounting rules" →
 * units, "pilot cities" → cities), or null when its head is not a counted noun we know.
 */
export function countedUnit(phrase: string): string | null {
  const m = matchUnitAt(` ${phrase.trim()}`);
  return m && m.kind === 'count' ? m.unit : null;
}

/**
 * Whether two quantities state the same amount: same canonical unit (null only equals null, i.e.
 * a bare number matches a bare number) and values within `tolerance`, relative to the larger.
 */
export function sameQuantity(
  a: { value: number; unit: string | null },
  b: { value: number; unit: string | null },
  tolerance = 0.005,
): boolean {
  if ((a.unit ?? null) !== (b.unit ?? null)) return false;
  if (a.value === b.value) return true;
  return Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}
