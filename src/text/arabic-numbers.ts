/** Numbers written in digits ("20,000", "1.6万", "RMB 10 million", "2.5:1") with their units. */
import {
  CHINESE_SCALE_RE,
  ENGLISH_SCALE_RE,
  matchUnitAt,
  scaleOf,
  type UnitMatch,
} from './number-units.ts';
import { build, type Parsed } from './quantity.ts';

// Never start inside a word ("CO2", "PM2.5"), after a decimal point, or after a thousands comma.
const NUMBER_RE =
  /(?<![A-Za-z0-9_.])(?<!\d,)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![0-9])(?!\.\d)/g;
const CURRENCY_BEFORE_RE = /(?<![A-Za-z])(RMB|CNY|USD|US\$|\$|¥) ?$/i;

/** Every number written in digits in `text`, with its scale and unit; years have no unit. */
export function arabicQuantities(text: string): Parsed[] {
  const found: Parsed[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const parsed = parseArabic(text, m.index!, m[1]!);
    if (parsed) found.push(parsed);
  }
  return found;
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
