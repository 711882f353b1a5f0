import {
  CHINESE_SCALE_RE,
  ENGLISH_SCALE_RE,
  matchUnitAt,
  scaleOf,
  tidy,
  type QuantityKind,
  type UnitMatch,
} from './number-units.ts';

export { SCALE_WORDS, toCanonical, type QuantityKind } from './number-units.ts';

/**
 * The one home for finding numbers and units in English and Chinese text. Target extraction,
 * answer verification and the eval all use it, so "7000万千瓦" and "70 GW" compare equal everywhere.
 *
 * Canonical units: % (and pp for percentage points), GW (power), kWh (energy), Mtce (energy as
 * standard coal), Mt (mass, million tonnes), yuan, USD, vehicles, units, people, households,
 * projects, cities, m2, m3, km, mu, gce/kWh, ratio (PUE), or null for a bare number.
 */
export interface Quantity {
  /** Exact substring of the input: text.slice(start, end) === raw. */
  raw: string;
  start: number;
  end: number;
  /** Value in the canonical unit (scale words applied: 1.6万元 → 16000). */
  value: number;
  /** Canonical unit, or null for a bare number or a year. */
  unit: string | null;
  /** The number as written ("20,000", "1.6", "二十"). */
  raw_value: string;
  /** Scale word and unit as written ("万千瓦", "million Yuan", "RMB million"), or null. */
  raw_unit: string | null;
  kind: QuantityKind;
}

// Never start inside a word ("CO2", "PM2.5"), after a decimal point, or after a thousands comma.
const NUMBER_RE =
  /(?<![A-Za-z0-9_.])(?<!\d,)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![0-9])(?!\.\d)/g;
const CURRENCY_BEFORE_RE = /(?<![A-Za-z])(RMB|CNY|USD|US\$|\$|¥) ?$/i;
const CN_DIGITS = '零一二两三四五六七八九十百千万亿';
const CN_NUMERAL_RE = new RegExp(`(?<![${CN_DIGITS}第])[${CN_DIGITS}]+`, 'g');
const PERCENT_WORDS_RE = /百分之([零一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)/g;
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
const RANGE_CONNECTOR_RE = /^\s*(?:-|–|—|~|至|到|to|and)\s*$/i;
const PUE_RE = /PUE|power usage effectiveness|电能利用效率/i;

/** A quantity plus the parts needed to re-derive its value when a range lends it a unit. */
interface Parsed extends Quantity {
  number: number;
  scale: number;
  scaleRaw: string;
  unitMatch: UnitMatch | null;
}

/**
 * Every number in `text` with its unit, ordered by position. A four-digit number 1990–2100 with
 * no unit (or with 年) is a year. A bare number before a range connector borrows the unit of the
 * number after it ("10,000 to 140,000 Yuan": both yuan); its `raw` stays the bare number.
 * Never matches inside a larger number: "230" is not found in "2300" or "2.5 million".
 */
export function findQuantities(text: string): Quantity[] {
  const found: Parsed[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const parsed = parseArabic(text, m.index!, m[1]!);
    if (parsed) found.push(parsed);
  }
  for (const m of text.matchAll(PERCENT_WORDS_RE)) {
    const number = /^\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (number === null) continue;
    found.push(build(text, m.index!, m.index! + m[0].length, m[1]!, number, '', 1, percentUnit()));
  }
  for (const m of text.matchAll(CN_NUMERAL_RE))
    found.push(...parseChineseCount(text, m.index!, m[0]));
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

function parseArabic(text: string, start: number, rawValue: string): Parsed | null {
  const number = Number(rawValue.replace(/,/g, ''));
  let end = start + rawValue.length;
  let from = start;
  let scaleRaw = '';
  let unitMatch: UnitMatch | null = null;
  const currency = CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, start - 5), start));
  if (currency) from = start - currency[0].length;

  const cnScale = CHINESE_SCALE_RE.exec(text.slice(end, end + 3));
  const enScale = cnScale ? null : ENGLISH_SCALE_RE.exec(text.slice(end, end + 12));
  if (cnScale || enScale) {
    scaleRaw = (cnScale ? cnScale[0] : enScale![1])!;
    end += (cnScale ?? enScale)![0].length;
  }
  if (currency) {
    const isUsd = /^(?:USD|US\$|\$)$/i.test(currency[1]!);
    unitMatch = {
      unit: isUsd ? 'USD' : 'yuan',
      factor: 1,
      kind: 'amount',
      raw: currency[1]!,
      length: 0,
    };
  } else if (!scaleRaw && LABEL_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) {
    // "grade 2 products", "Phase 3 projects": the number names a class, it does not count.
    return build(text, start, end, rawValue, number, '', 1, null);
  } else {
    unitMatch = matchUnitAt(text.slice(end, end + 80));
    if (unitMatch) end += unitMatch.length;
  }
  if (!unitMatch) {
    const borrowed = unitFromContext(text, start, end);
    if (borrowed) {
      unitMatch = borrowed;
      end += borrowed.length;
    }
  }
  if (!scaleRaw && !unitMatch) {
    // "5G", "3D", "14th": a number glued to letters is a name, not a quantity.
    if (/^[A-Za-z]/.test(text.slice(end, end + 1))) return null;
    if (/^\d{4}$/.test(rawValue) && number >= 1990 && number <= 2100) {
      const withYear = text[end] === '年';
      return {
        ...build(text, start, end + (withYear ? 1 : 0), rawValue, number, '', 1, null),
        raw_unit: withYear ? '年' : null,
        kind: 'year',
      };
    }
  }
  const parsed = build(text, from, end, rawValue, number, scaleRaw, scaleOf(scaleRaw), unitMatch);
  if (currency) parsed.raw_unit = [currency[1], scaleRaw].filter(Boolean).join(' ');
  return parsed;
}

const LABEL_BEFORE_RE =
  /\b(?:grade|level|class|phase|stage|tier|type|category|batch|no\.?|number|article|chapter|section|item|paragraph|clause|annex|table|figure|page)\s*$/i;
const COUNTED_BEFORE_RE =
  /(?:充电桩|充电站|换电站|加氢站|充电设施)(?:数量|总数|总量)?(?:力争|争取)?(?:达到|达|为|超过|约)?\s*$/;

/**
 * Units written around rather than after the number: "车桩比2.5:1" is a ratio of 2.5, and in
 * "充电桩22万个" the counted noun comes before the number and only the classifier 个 after it.
 */
function unitFromContext(text: string, start: number, end: number): UnitMatch | null {
  const after = text.slice(end, end + 4);
  const ratio = /^\s*[:：]\s*1(?!\d|\.\d|\s*[:：])/.exec(after);
  if (ratio && !/\d\s*[:：]\s*$/.test(text.slice(Math.max(0, start - 3), start))) {
    return {
      unit: 'ratio',
      factor: 1,
      kind: 'ratio',
      raw: ratio[0].trim(),
      length: ratio[0].length,
    };
  }
  if (
    after.startsWith('个') &&
    COUNTED_BEFORE_RE.test(text.slice(Math.max(0, start - 14), start))
  ) {
    return { unit: 'units', factor: 1, kind: 'count', raw: '个', length: 1 };
  }
  return null;
}

function build(
  text: string,
  start: number,
  end: number,
  rawValue: string,
  number: number,
  scaleRaw: string,
  scale: number,
  unitMatch: UnitMatch | null,
): Parsed {
  const joiner =
    /^[A-Za-z]/.test(scaleRaw) && unitMatch && /^[A-Za-z]/.test(unitMatch.raw) ? ' ' : '';
  const rawUnit = `${scaleRaw}${joiner}${unitMatch?.raw ?? ''}`;
  return {
    raw: text.slice(start, end),
    start,
    end,
    value: tidy(number * scale * (unitMatch?.factor ?? 1)),
    unit: unitMatch?.unit ?? null,
    raw_value: rawValue,
    raw_unit: rawUnit === '' ? null : rawUnit,
    kind: unitMatch?.kind ?? 'count',
    number,
    scale,
    scaleRaw,
    unitMatch,
  };
}

function percentUnit(): UnitMatch {
  return { unit: '%', factor: 1, kind: 'percent', raw: '百分之', length: 0 };
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

const CN_DIGIT_VALUES: Record<string, number> = {
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
    const digits = [...written.slice(point + 1)].map((ch) => CN_DIGIT_VALUES[ch]);
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
    if (CN_DIGIT_VALUES[ch] !== undefined) {
      digit = CN_DIGIT_VALUES[ch]!;
    } else if (CN_SMALL_UNITS[ch] !== undefined) {
      total += (digit ?? 1) * CN_SMALL_UNITS[ch]!;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

function dropOverlaps(sorted: Parsed[]): Parsed[] {
  const kept: Parsed[] = [];
  for (const q of sorted) {
    const last = kept[kept.length - 1];
    if (last && q.start < last.end) continue;
    kept.push(q);
  }
  return kept;
}

/** "10,000 to 140,000 Yuan", "5-10万千瓦", "RMB 10-20 million": the bare side borrows unit and scale. */
function lendRangeUnits(text: string, quantities: Parsed[]): void {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1]!;
    if (a.kind === 'year' || b.kind === 'year') continue;
    if (!RANGE_CONNECTOR_RE.test(text.slice(a.end, b.start))) continue;
    if (a.unitMatch && !b.unitMatch) relend(b, b.scale, a.unitMatch);
    if (!a.unitMatch && b.unitMatch) {
      const scale = a.scale === 1 && a.number < b.number ? b.scale : a.scale;
      relend(a, scale, b.unitMatch, b.scaleRaw);
    } else if (
      a.unitMatch &&
      b.unitMatch &&
      a.scale === 1 &&
      b.scale !== 1 &&
      a.number < b.number &&
      a.unitMatch.length === 0
    ) {
      relend(a, b.scale, a.unitMatch, b.scaleRaw);
    }
  }
}

function relend(q: Parsed, scale: number, unitMatch: UnitMatch, borrowedScaleRaw = ''): void {
  q.scale = scale;
  q.unitMatch = unitMatch;
  q.value = tidy(q.number * scale * unitMatch.factor);
  q.unit = unitMatch.unit;
  q.kind = unitMatch.kind;
  const scaleRaw = q.scaleRaw || (scale !== 1 ? borrowedScaleRaw : '');
  const joiner = /^[A-Za-z]/.test(scaleRaw) && /^[A-Za-z]/.test(unitMatch.raw) ? ' ' : '';
  q.raw_unit = `${scaleRaw}${joiner}${unitMatch.raw}` || null;
}

/** A bare 1–3 in a sentence about PUE is a ratio ("PUE 1.25", "PUE值不高于1.3"). */
function markRatios(text: string, quantities: Parsed[]): void {
  for (const q of quantities) {
    if (q.unit !== null || q.kind === 'year' || q.scale !== 1 || q.value < 1 || q.value > 3)
      continue;
    const before = text.slice(Math.max(0, q.start - 300), q.start);
    if (PUE_RE.test(before.slice(lastBoundary(before) + 1))) {
      q.unit = 'ratio';
      q.kind = 'ratio';
    }
  }
}

function lastBoundary(text: string): number {
  let at = -1;
  for (const m of text.matchAll(/[。;；!?！？\n]|\.(?=\s)/g)) at = m.index!;
  return at;
}
