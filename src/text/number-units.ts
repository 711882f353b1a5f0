/**
 * The unit lexicon behind src/text/numbers.ts: which written units we recognise, the canonical
 * unit each maps to, and the factor from the written base unit to the canonical one.
 * Import from `numbers.ts`, which re-exports what other modules need.
 */

export type QuantityKind = 'percent' | 'year' | 'amount' | 'count' | 'ratio';

/** Multipliers of scale words. Chinese ones combine by product (万亿 = 1e12, 千万 = 1e7). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  百: 1e2,
  千: 1e3,
  万: 1e4,
  亿: 1e8,
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

export interface UnitDef {
  /** Canonical unit. */
  unit: string;
  /** Canonical value = written value × scale × factor. */
  factor: number;
  kind: QuantityKind;
}

interface LexiconEntry extends UnitDef {
  /** Regex source matching the written base unit (no scale word). */
  pattern: string;
  /** Word units match in any case; symbols do not ("MW" is not "mW", "T" is not tonnes). */
  caseless: boolean;
}

const u = (
  pattern: string,
  unit: string,
  factor: number,
  kind: QuantityKind,
  caseless = false,
): LexiconEntry => ({
  pattern,
  unit,
  factor,
  kind,
  caseless,
});

/**
 * Chinese base units, tried in order at the position right after the number (and scale word).
 * Longer forms come first: 千瓦时 before 千瓦, 美元 before 元, 吨标准煤 before 吨.
 */
const CHINESE_UNITS: LexiconEntry[] = [
  u('个百分点|百分点', 'pp', 1, 'percent'),
  u('百分之', '%', 1, 'percent'),
  u('%|％', '%', 1, 'percent'),
  u('千瓦时|千瓦·时|度电', 'kWh', 1, 'amount'),
  u('兆瓦时', 'kWh', 1e3, 'amount'),
  u('千瓦', 'GW', 1e-6, 'amount'),
  u('兆瓦', 'GW', 1e-3, 'amount'),
  u('吉瓦', 'GW', 1, 'amount'),
  u('克标准煤/千瓦时|克标准煤每千瓦时|克标煤/千瓦时', 'gce/kWh', 1, 'amount'),
  u('吨标准煤|吨标煤', 'Mtce', 1e-6, 'amount'),
  u('吨二氧化碳当量|吨二氧化碳|吨CO2当量|吨CO2e?|吨', 'Mt', 1e-6, 'amount'),
  u('千克|公斤', 'Mt', 1e-9, 'amount'),
  u('美元', 'USD', 1, 'amount'),
  u('元', 'yuan', 1, 'amount'),
  u('平方公里', 'm2', 1e6, 'amount'),
  u('平方米|平米', 'm2', 1, 'amount'),
  u('公顷', 'm2', 1e4, 'amount'),
  u('亩', 'mu', 1, 'amount'),
  u('立方米', 'm3', 1, 'amount'),
  u('公里|千米', 'km', 1, 'amount'),
  u('辆', 'vehicles', 1, 'count'),
  u('个?(?:充电桩|充电站|换电站|加氢站)|座(?:充电站|换电站|加氢站)?|台|套', 'units', 1, 'count'),
  u('个项目|项项目|项目', 'projects', 1, 'count'),
  u('个城市|座城市|城市', 'cities', 1, 'count'),
  u('人次|人', 'people', 1, 'count'),
  // 家 counts enterprises and institutions ("400家以上家电销售企业"), but 家电/家庭/家具 are nouns.
  u('家(?![电庭具用居乡园属禽畜])', 'units', 1, 'count'),
  u('户', 'households', 1, 'count'),
];

/** Latin symbol and word units; matched case-insensitively unless the entry is case-sensitive. */
const LATIN_UNITS: LexiconEntry[] = [
  u('%', '%', 1, 'percent'),
  u('per ?cent|percent|pct', '%', 1, 'percent', true),
  u('percentage points?|pp', 'pp', 1, 'percent'),
  u('kWh|kilowatt[- ]hours?', 'kWh', 1, 'amount'),
  u('MWh|megawatt[- ]hours?', 'kWh', 1e3, 'amount'),
  u('GWh|gigawatt[- ]hours?', 'kWh', 1e6, 'amount'),
  u('TWh|terawatt[- ]hours?', 'kWh', 1e9, 'amount'),
  u('kW|kilowatts?', 'GW', 1e-6, 'amount'),
  u('MW|megawatts?', 'GW', 1e-3, 'amount'),
  u('GW|gigawatts?', 'GW', 1, 'amount'),
  u('TW|terawatts?', 'GW', 1e3, 'amount'),
  u(
    'gce/kWh|g ?ce/kWh|grams? of (?:standard )?coal(?: equivalent)? per (?:kWh|kilowatt[- ]hour)',
    'gce/kWh',
    1,
    'amount',
  ),
  u('Mtce', 'Mtce', 1, 'amount'),
  u(
    'tce|(?:metric )?(?:tons?|tonnes?) of (?:standard coal(?: equivalent)?|coal equivalent|SCE)',
    'Mtce',
    1e-6,
    'amount',
  ),
  u('MtCO2e?|Mt', 'Mt', 1, 'amount'),
  u('GtCO2e?|Gt', 'Mt', 1e3, 'amount'),
  u(
    'tCO2e?|(?:metric )?(?:tons?|tonnes?)(?: of (?:CO2|carbon dioxide)(?: equivalent)?| CO2e?)?|t',
    'Mt',
    1e-6,
    'amount',
  ),
  u('kg|kilograms?', 'Mt', 1e-9, 'amount'),
  u('yuan|RMB|CNY', 'yuan', 1, 'amount', true),
  u('US dollars?|dollars?|USD', 'USD', 1, 'amount', true),
  u('square kilomet(?:er|re)s?|km2|sq ?km', 'm2', 1e6, 'amount', true),
  u('square met(?:er|re)s?|sq\\.? ?m|m2', 'm2', 1, 'amount', true),
  u('hectares?|ha', 'm2', 1e4, 'amount'),
  u('cubic met(?:er|re)s?|m3', 'm3', 1, 'amount', true),
  u('kilomet(?:er|re)s?|km', 'km', 1, 'amount'),
];

/** Head nouns of counted things; up to six modifier words may stand between number and head. */
const NOUN_UNITS: LexiconEntry[] = [
  u(
    'vehicles?|cars?|trucks?|buses|bus|NEVs?|EVs?|e-bikes?|bicycles?|motorcycles?|taxis?',
    'vehicles',
    1,
    'count',
  ),
  u(
    'units?|sets?|appliances?|machines?|machinery|chargers?|charging (?:piles?|points?)|(?:charging|swapping|refuell?ing|supercharging) stations?|batteries|heat pumps?|boilers?|products|enterprises?|compan(?:y|ies)|firms?|factor(?:y|ies)',
    'units',
    1,
    'count',
  ),
  u('people|persons?|residents?', 'people', 1, 'count'),
  u('households?|homes?', 'households', 1, 'count'),
  u('projects?', 'projects', 1, 'count'),
  u('cities|city', 'cities', 1, 'count'),
];

/** Words that end a counted noun phrase: "30,000 vehicles with …" but not "400 appliance retailers". */
const PHRASE_END =
  '(?=$|[^A-Za-z\\s*_]|\\s*\\n|\\s+(?:with|in|into|and|or|of|by|for|to|from|per|each|that|which|will|shall|should|are|is|were|was|have|has|across|annually|nationwide|respectively|at|on|during|under|over|before|after|this|these|as|while|through|a|an|the|be|been)\\b|\\s+[^A-Za-z\\s])';
const FUNCTION_WORDS =
  'of|in|and|or|to|by|per|from|with|the|a|an|than|for|at|on|as|is|are|was|were|will|be|been|that|which|year|years|month|months|day|days|yuan|percent';
// "old urban and rural buses": a modifier may be joined to the next by and/or.
const MODIFIERS = `(?:(?:\\*\\*|__)?(?!(?:${FUNCTION_WORDS})\\b)[A-Za-z][A-Za-z0-9-]*(?:\\*\\*|__)?\\s+(?:(?:and|or)\\s+(?!(?:${FUNCTION_WORDS})\\b)(?=[A-Za-z]))?){0,6}?(?:\\*\\*|__)?`;

export interface UnitMatch extends UnitDef {
  /** The unit as written (modifiers included for counted nouns, markdown stripped). */
  raw: string;
  /** Length of text consumed, from the match position. */
  length: number;
}

const CHINESE_RE = CHINESE_UNITS.map((entry) => ({
  entry,
  re: new RegExp(`^(?:${entry.pattern})`),
}));
const LATIN_RE = LATIN_UNITS.map((entry) => ({
  entry,
  re: new RegExp(`^ ?(?:${entry.pattern})(?![A-Za-z0-9])`, entry.caseless ? 'i' : ''),
}));
const NOUN_RE = NOUN_UNITS.map((entry) => ({
  entry,
  re: new RegExp(
    `^ ?(?:\\*\\*|__)?(${MODIFIERS}(?:${entry.pattern}))(?:\\*\\*|__)?${PHRASE_END}`,
    'i',
  ),
}));

/**
 * Match a base unit at the start of `text` (the characters right after a number or scale word).
 * Returns null when no known unit starts there.
 */
export function matchUnitAt(text: string): UnitMatch | null {
  for (const { entry, re } of CHINESE_RE) {
    const m = re.exec(text);
    if (m)
      return {
        unit: entry.unit,
        factor: entry.factor,
        kind: entry.kind,
        raw: m[0],
        length: m[0].length,
      };
  }
  for (const { entry, re } of LATIN_RE) {
    const m = re.exec(text);
    if (m)
      return {
        unit: entry.unit,
        factor: entry.factor,
        kind: entry.kind,
        raw: m[0].trim(),
        length: m[0].length,
      };
  }
  for (const { entry, re } of NOUN_RE) {
    const m = re.exec(text);
    if (m)
      return {
        unit: entry.unit,
        factor: entry.factor,
        kind: entry.kind,
        raw: m[1]!.replace(/\*\*|__/g, '').trim(),
        length: m[0].length,
      };
  }
  return null;
}

/** A Chinese scale word right after a number: 万, 亿, 千万, 万亿 … (千 is not a scale in 千瓦/千克/千米). */
export const CHINESE_SCALE_RE = /^(?:万亿|千亿|百亿|千万|百万|万|亿|千(?![瓦克米]))/;
/** An English scale word after a number, with its leading space. */
export const ENGLISH_SCALE_RE = /^ ?(thousand|million|billion|trillion|mn|bn)(?![A-Za-z])/i;

/** Product of the scale words in `word` (万亿 → 1e12, "million" → 1e6); 1 for an empty string. */
export function scaleOf(word: string): number {
  const lower = word.trim().toLowerCase();
  if (lower === '') return 1;
  if (SCALE_WORDS[lower] !== undefined) return SCALE_WORDS[lower]!;
  let product = 1;
  for (const ch of lower) product *= SCALE_WORDS[ch] ?? 1;
  return product;
}

/** Round away binary noise (1.6 × 1e4 = 16000.000000000002) without losing real precision. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

const CURRENCY_PREFIX = /^(?:RMB|CNY|USD|US\$|\$|¥)\s*/i;

/**
 * Convert a value written with `rawUnit` (scale word and unit as written: "万千瓦", "million
 * kilowatts", "RMB million", "passenger vehicles", "%") to the canonical unit.
 * An unknown or empty unit gives `unit: null` with the scale still applied ("万" → ×1e4).
 */
export function toCanonical(
  value: number,
  rawUnit: string,
): { value: number; unit: string | null } {
  let rest = rawUnit.replace(/\*\*|__/g, '').trim();
  let scale = 1;
  let currency: UnitDef | null = null;
  const prefix = CURRENCY_PREFIX.exec(rest);
  if (prefix) {
    currency = /^(?:USD|US\$|\$)/i.test(prefix[0])
      ? { unit: 'USD', factor: 1, kind: 'amount' }
      : { unit: 'yuan', factor: 1, kind: 'amount' };
    rest = rest.slice(prefix[0].length);
  }
  const english = /^(thousand|million|billion|trillion|mn|bn)\b\s*/i.exec(rest);
  if (english) {
    scale = scaleOf(english[1]!);
    rest = rest.slice(english[0].length);
  } else {
    const chinese = CHINESE_SCALE_RE.exec(rest);
    if (chinese) {
      scale = scaleOf(chinese[0]);
      rest = rest.slice(chinese[0].length);
    }
  }
  rest = rest.trim();
  const def = currency ?? (rest === '' ? null : matchWholeUnit(rest));
  if (!def) return { value: tidy(value * scale), unit: null };
  return { value: tidy(value * scale * def.factor), unit: def.unit };
}

function matchWholeUnit(text: string): UnitDef | null {
  const m = matchUnitAt(text);
  if (m && m.length >= text.length - 1) return m;
  // A counted noun phrase whose head is last ("new energy urban delivery trucks").
  for (const entry of NOUN_UNITS) {
    if (new RegExp(`(?:^|\\s)(?:${entry.pattern})$`, 'i').test(text)) return entry;
  }
  return null;
}
