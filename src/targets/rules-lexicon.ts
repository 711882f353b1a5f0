/**
 * Phrase lexicon of the rule extractor: how English and Chinese policy text states a direction
 * ("no less than", "不超过", "比2020年下降"), a time frame ("by 2025", "到2025年"), a baseline and
 * whether a sentence is a commitment or a report of the past. Pure data + small matchers.
 */
import type { Target } from './schema.ts';

export type Direction = Target['direction'];

export interface Marker {
  direction: Direction | null;
  qualifier: string | null;
  /** Index in the window where the marker phrase starts (the metric ends before it). */
  start: number;
  /** Noun embedded in the marker: "a maximum subsidy of" → "subsidy". */
  noun: string | null;
  /** A decrease/increase verb governs the number (direction wins over the comparator's). */
  change: boolean;
}

const NO_LESS = 'no less than';
const MORE = 'more than';
const NO_MORE = 'no more than';
const LESS = 'less than';
const APPROX = 'approximately';

// A noun wedged into a limit phrase: "a minimum discharge capacity of", "capped their subsidy at".
const NOUN = '((?:[A-Za-z][\\w-]*)(?: [A-Za-z][\\w-]*){0,3})';

interface Comparator {
  re: RegExp;
  direction: Direction;
  qualifier: string;
}

const en = (source: string, direction: Direction, qualifier: string): Comparator => ({
  re: new RegExp(`(?:^|[^A-Za-z])(${source})\\s*$`, 'i'),
  direction,
  qualifier,
});
const zh = (source: string, direction: Direction, qualifier: string): Comparator => ({
  re: new RegExp(`(${source})\\s*$`),
  direction,
  qualifier,
});

/** Tried in order at the end of the text before a number; longer phrases first. */
const COMPARATORS: Comparator[] = [
  en(
    `(?:no|not) (?:less|fewer|lower) than|at least|(?:a |the )?minimum(?: ${NOUN})? (?:of|at)|a minimum|minimum`,
    'at least',
    NO_LESS,
  ),
  en(
    `(?:no|not) (?:more|higher|greater) than|(?:shall |must |will |should )?not (?:to )?exceed(?:ing)?|at most|up to|within|limited to|` +
      `(?:a |the )?maximum(?: ${NOUN})? (?:of|at)|(?:a |the )?ceiling (?:of|at)|cap(?:ped|s)?(?: ${NOUN})? at|(?:a |the )?cap (?:of|at)`,
    'at most',
    NO_MORE,
  ),
  en(
    'more than|over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|in excess of|higher than|greater than|upwards of|beyond',
    'at least',
    MORE,
  ),
  en('below|under|less than|lower than|fewer than', 'at most', LESS),
  en(
    'approximately|approx\\.?|about|around|roughly|nearly|close to|an estimated|circa',
    'about',
    APPROX,
  ),
  // "不得高于1.2", "不应低于": a negated comparator bounds the other way.
  zh('不(?:得|应|宜|能|可)?(?:低于|少于|小于)|至少|最少|最低', 'at least', NO_LESS),
  zh(
    '最高不超过|最高不高于|最多不超过|不(?:得|应|宜|能|可)?(?:超过|高于|大于|多于)|最高为|最高|最多|上限为|上限是|上限|封顶',
    'at most',
    NO_MORE,
  ),
  zh('超过|高于|大于|多于|突破|超', 'at least', MORE),
  zh('低于|小于|少于', 'at most', LESS),
  zh('大约|约为|约|接近|近', 'about', APPROX),
];

const EN_DEC =
  'reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|fall(?:s|ing)?|down|curb(?:s|ed|ing)?|slash(?:es|ed|ing)?';
const EN_INC =
  'increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|grow(?:s|ing)?|grew|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?';
const EN_DEC_NOUN = 'reductions?|decreases?|declines?|drops?|cuts?|fall';
const EN_INC_NOUN = 'increases?|growth|rises?|gains?';
// The verb, optionally its object, then "by" — or the verb right before the number; never "to".
const EN_CHANGE_RE = new RegExp(
  `\\b(?:(?<dec>${EN_DEC})|(?<inc>${EN_INC}))\\b(?:(?:\\s+(?<obj>(?:(?!\\bto\\b)[^.;:]){1,60}?))?\\s+by)?\\s*$|\\b(?:(?<decn>${EN_DEC_NOUN})|(?<incn>${EN_INC_NOUN}))\\s+(?:of|by)\\s*$`,
  'i',
);
const ZH_DEC_RE = /(?:下降|降低|减少|削减|压减|减排|回落|缩减|下降了|降低了|减少了)$/;
const ZH_INC_RE = /(?:增长|增加|提高|提升|上升|增幅为?|增速为?|增长了|提高了)$/;
/** "达到汽车新车销售总量的20%": the share is of something named between the verb and the number. */
const ZH_SHARE_RE = /(?:达到|占|为)([^,，;；。]{1,24}?)的$/;
/** A time frame glued to the verb: "提高到2025年的20%". */
const ZH_TRAILING_YEAR_RE = /(?:19|20)\d{2}\s*年(?:底|末)?的?\s*$/;

/** Verbs that end an English subject without saying more than "reach". */
const EN_REACH_RE =
  /\b(?:reach(?:es|ed|ing)?|attain|account(?:s|ing)? for|make up|(?:increase|raise|rise|grow|expand|boost|lift|bring|reduce|lower|cut|decrease)(?:s|d|ed)?(?: [\w-]+){0,6} to|(?:maintained|kept|held|stabili[sz]ed) at|remain(?:s|ing)?|total(?:ling|ing|s)?|amount(?:s|ing)? to|a total of)\b/i;
const EN_MODAL_RE =
  /\b(?:will|shall|should|must|would|can|could|may|is to|are to|is expected to|are expected to|aims? to|plans? to|is set to|are set to|needs? to|is|are|be|has|have)\b/i;
const ZH_REACH_RE =
  /(?:达到了?|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增至|扩大到|扩大至|升至|降至|降到|降低到|降低至|下降到|下降至|减少到|减少至|压减到|压减至|保持在|稳定在|维持在|控制在|为|达)$/;

const STRIVE_RE = /\b(?:strive|strives|striving|endeavou?r)\b|力争|争取|努力/i;

/**
 * Find how the number right after `window` is stated. `window` is the clause text before the
 * number (markdown emphasis already removed). Never returns a direction for bare text.
 */
export function findMarker(window: string): Marker {
  let start = window.length;
  let direction: Direction | null = null;
  let qualifier: string | null = null;
  let noun: string | null = null;
  let change = false;
  let rest = window;
  for (const comparator of COMPARATORS) {
    const m = comparator.re.exec(rest);
    if (!m) continue;
    direction = comparator.direction;
    qualifier = comparator.qualifier;
    start = rest.lastIndexOf(m[1]!);
    noun =
      m
        .slice(2)
        .find((g) => g !== undefined)
        ?.replace(/^(?:their|its|the|a|an)\s+/i, '') ?? null;
    rest = rest.slice(0, start);
    break;
  }
  const changeMatch = EN_CHANGE_RE.exec(rest);
  if (changeMatch) {
    const groups = changeMatch.groups ?? {};
    direction = groups.dec || groups.decn ? 'decrease' : 'increase';
    change = true;
    // "lower CO2 emissions per unit of GDP by": the object is what is measured.
    if (groups.obj && /\bby\s*$/i.test(changeMatch[0]))
      noun = groups.obj.replace(/^(?:its|their|the|a|an)\s+/i, '');
    start = changeMatch.index + (changeMatch[0].match(/^\W*/)?.[0].length ?? 0);
    if (groups.decn || groups.incn) {
      // "with a year-on-year sales growth of": the noun phrase is what is measured.
      const phrase =
        /((?:(?!(?:a|an|the|with|of|for|and|by|its|their|to)\b)[\w-]+\s+){0,3})$/i.exec(
          rest.slice(0, start),
        );
      noun = `${phrase?.[1] ?? ''}${groups.decn ?? groups.incn}`.trim();
      start -= phrase?.[1]?.length ?? 0;
    }
  } else {
    const trimmed = rest.trimEnd().replace(ZH_TRAILING_YEAR_RE, '');
    const share = direction === null ? ZH_SHARE_RE.exec(trimmed) : null;
    if (share) {
      return {
        direction: 'reach',
        qualifier,
        start: share.index,
        noun: `占${share[1]}的比重`,
        change: false,
      };
    }
    const dec = ZH_DEC_RE.exec(trimmed);
    const inc = dec ? null : ZH_INC_RE.exec(trimmed);
    const hit = dec ?? inc;
    if (hit && !ZH_REACH_RE.test(trimmed)) {
      direction = dec ? 'decrease' : 'increase';
      change = true;
      // "年均增长7%" is an annual rate: keep "年均增长" in the metric.
      start = /年均$/.test(trimmed.slice(0, hit.index)) ? hit.index + hit[0].length : hit.index;
    } else {
      const reach = ZH_REACH_RE.exec(trimmed);
      if (reach) {
        if (direction === null) direction = reach[0] === '控制在' ? 'at most' : 'reach';
        if (reach[0] === '控制在' && qualifier === null) qualifier = NO_MORE;
        start = Math.min(start, reach.index);
      }
    }
  }
  return { direction, qualifier, start, noun, change };
}

/** Where an English subject ends: the first modal, else the first "reach"-like verb; -1 if none. */
export function englishPredicateStart(text: string): number {
  const modal = EN_MODAL_RE.exec(text);
  if (modal) return modal.index;
  return EN_REACH_RE.exec(text)?.index ?? -1;
}

export interface Suffix {
  direction: Direction | null;
  qualifier: string | null;
  baselineYear: number | null;
}

/** What follows a number: "以上", "左右", "or more", "lower than the 2005 level". */
export function findSuffix(after: string): Suffix {
  const text = after.replace(/\*\*|__/g, '');
  let m: RegExpExecArray | null;
  if (
    (m =
      /^\s*(?:lower|less|below|under) (?:than )?(?:the |in |that of )?(?:level of )?(\d{4})/i.exec(
        text,
      ))
  ) {
    return { direction: 'decrease', qualifier: null, baselineYear: Number(m[1]) };
  }
  if (
    (m =
      /^\s*(?:higher|more|above|over) (?:than )?(?:the |in |that of )?(?:level of )?(\d{4})/i.exec(
        text,
      ))
  ) {
    return { direction: 'increase', qualifier: null, baselineYear: Number(m[1]) };
  }
  if (
    /^\s*(?:或|及)?(?:以上|之上)/.test(text) ||
    /^\s*(?:or|and) (?:more|above|higher|over|greater)\b/i.test(text)
  ) {
    return { direction: 'at least', qualifier: MORE, baselineYear: null };
  }
  if (/^\s*(?:左右|上下)/.test(text))
    return { direction: 'about', qualifier: APPROX, baselineYear: null };
  if (
    /^\s*(?:或|及)?(?:以内|以下|之内)/.test(text) ||
    /^\s*(?:or|and) (?:less|below|lower|under|fewer)\b/i.test(text)
  ) {
    return { direction: 'at most', qualifier: NO_MORE, baselineYear: null };
  }
  return { direction: null, qualifier: null, baselineYear: null };
}

export function hasStrive(text: string): boolean {
  return STRIVE_RE.test(text);
}

// ---- time frames -------------------------------------------------------------------------

export type YearKind = 'by' | 'in' | 'period' | 'asof' | 'baseline';

export interface YearPhrase {
  kind: YearKind;
  years: number[];
  start: number;
  end: number;
  /** A five-year plan period ("十四五期间", "the 14th Five-Year Plan period"): its years are the plans' end years. */
  plan?: boolean;
}

const YEAR = '((?:19|20)\\d{2})';
const YEAR_LIST = `${YEAR}(?:\\s*年)?(?:\\s*(?:and|,|&|和|、|与|及)\\s*${YEAR}(?:\\s*年)?)*`;

/** Ordered: earlier kinds claim their text first so later ones cannot reuse it. */
const YEAR_PATTERNS: { kind: YearKind; re: RegExp }[] = [
  {
    kind: 'period',
    re: new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s+(?:to|and|through|until)\\s+${YEAR}`, 'gi'),
  },
  { kind: 'period', re: new RegExp(`${YEAR}\\s*年?\\s*(?:-|–|—|~|至|到)\\s*${YEAR}\\s*年?`, 'g') },
  {
    kind: 'baseline',
    re: new RegExp(
      `(?:compared (?:with|to)|relative to|versus|vs\\.?|than|from|over|on|below|above)\\s+(?:the\\s+)?(?:(?:end|level) of\\s+)?(?:that (?:of|in)\\s+)?(?:in\\s+)?${YEAR}(?:\\s+levels?)?`,
      'gi',
    ),
  },
  {
    kind: 'baseline',
    re: new RegExp(
      `(?:比|较|相比|相较于?|与|同|对比)\\s*${YEAR}\\s*年(?:底|末)?(?:相比|水平|的水平)?`,
      'g',
    ),
  },
  {
    kind: 'baseline',
    re: new RegExp(`(?:在|以)\\s*${YEAR}\\s*年(?:底|末)?(?:的)?(?:为基[准数础]年?|基础上)`, 'g'),
  },
  { kind: 'baseline', re: new RegExp(`(?:由|从)\\s*${YEAR}\\s*年(?:底|末)?(?:的)?`, 'g') },
  {
    kind: 'asof',
    re: new RegExp(`\\b(?:as of|as at|so far in)\\s+(?:the end of\\s+)?${YEAR}`, 'gi'),
  },
  { kind: 'asof', re: new RegExp(`(?:截至|截止|截止到|截至到)\\s*${YEAR}\\s*年(?:底|末)?`, 'g') },
  {
    kind: 'by',
    re: new RegExp(
      `\\b(?:by|before|until|through|till|no later than)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?${YEAR_LIST}`,
      'gi',
    ),
  },
  { kind: 'by', re: new RegExp(`(?:到|至)\\s*${YEAR_LIST}(?:底|末)?`, 'g') },
  { kind: 'by', re: new RegExp(`${YEAR}\\s*年(?:底|末)?(?:前|以前|之前)`, 'g') },
  { kind: 'asof', re: /(?:“|")?十三五(?:”|")?(?:期间|时期|末|时期末|期末)?/g },
  { kind: 'in', re: /(?:“|")?十四五(?:”|")?(?:和|、|与|及)(?:“|")?十五五(?:”|")?(?:期间|时期)?/g },
  { kind: 'by', re: /(?:“|")?十[四五]五(?:”|")?(?:末|时期末|期末)/g },
  { kind: 'in', re: /(?:“|")?十[四五]五(?:”|")?(?:期间|时期)?/g },
  {
    kind: 'in',
    re: /(?:the )?(?:14th|fourteenth|15th|fifteenth)(?:\s+and\s+(?:the\s+)?(?:15th|fifteenth))?\s+Five-Year Plans?(?:\s+periods?)?/gi,
  },
  { kind: 'in', re: new RegExp(`\\b(?:in|during|for|at the end of)\\s+${YEAR_LIST}`, 'gi') },
  { kind: 'in', re: new RegExp(`${YEAR_LIST}(?:底|末)?`, 'g') },
];

/** The end years of the five-year plans a phrase names: 十三五 → 2020, "14th and 15th" → 2025, 2030. */
function planYears(phrase: string): number[] {
  const ends: Record<string, number> = {
    三: 2020,
    四: 2025,
    五: 2030,
    '13th': 2020,
    thirteenth: 2020,
    '14th': 2025,
    fourteenth: 2025,
    '15th': 2030,
    fifteenth: 2030,
  };
  return [
    ...phrase.matchAll(/十([三四五])五|\b(13th|14th|15th|thirteenth|fourteenth|fifteenth)\b/gi),
  ].map((m) => ends[(m[1] ?? m[2]!).toLowerCase()]!);
}

/** All time phrases in `text`, with offsets relative to `text`, ordered by position. */
export function findYearPhrases(text: string): YearPhrase[] {
  const taken: YearPhrase[] = [];
  for (const { kind, re } of YEAR_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some((p) => start < p.end && end > p.start)) continue;
      const isPlan = /十[三四五]五|Five-Year/i.test(m[0]);
      // English bare years ("the 2025 target") are not time frames; Chinese "2025年" is.
      if (kind === 'in' && !isPlan && !/年|\b(?:in|during|for|at the end of)\b/i.test(m[0]))
        continue;
      const years = isPlan
        ? planYears(m[0])
        : [...m[0].matchAll(/(?:19|20)\d{2}/g)].map((y) => Number(y[0]));
      taken.push({
        kind,
        years: kind === 'period' ? [years[years.length - 1]!] : years,
        start,
        end,
        ...(isPlan ? { plan: true } : {}),
      });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

// ---- tense and commitment ----------------------------------------------------------------

const EN_PAST_RE =
  /\b(?:was|were|had|has been|have been|has reached|have reached|reached|achieved|amounted to|stood at|as of|so far|already|last year|in the past)\b/i;
const ZH_PAST_RE =
  /已经|已达|已有|已建|已完成|已累计|已实现|已|完成了|实现了|达到了|同比|比上年|上年|去年|截至|截止/;
const ZH_DONE_RE = /已|完成了|实现了|达到了|上年|去年|截至|截止/;
const EN_FUTURE_RE =
  /\b(?:will|shall|should|must|aims?|aiming|target(?:s|ed)?|goals?|plans? to|planned|strive|strives|striving|expected to|is to|are to|set to|propos\w*|seeks? to|intends? to|commit\w*|to be|required|requirement)\b|^\s*To\s+[a-z]/i;
const ZH_FUTURE_RE =
  /将|要|应当|应|须|需|力争|争取|确保|预计|计划|目标|任务|原则上|到\s*\d{4}\s*年|\d{4}\s*年(?:底|末)?前/;
/** Limits, subsidy rules and funds allocated are commitments even without a year ("capped at", "最高不超过", "安排…资金"). */
const NORMATIVE_RE =
  /\b(?:(?:is|are|be) (?:set|fixed) at|capped|cap|maximum|minimum|no (?:more|less|fewer|higher|lower) than|not (?:to )?exceed|at least|at most|up to|subsid(?:y|ies)|grants?|rewards?|incentives?|(?:arranges?|allocates?|earmarks?)\b(?:[^.;]|\.\d){0,40}\b(?:funds?|yuan))\b|安排[^，。；,;]{0,20}资金|设立[^，。；,;]{0,20}基金|不低于|不少于|不超过|不高于|上限|最高|最低|以内|以下|控制在|补贴|奖励|补助|给予/i;

/**
 * Whether a clause reports the past. Under a lead-in that commits (`underTarget`: "到2024年底，……
 * 完成以下任务："), a year-on-year figure ("销售额同比增长5%") is a target, so only words that
 * mark completion or a past period count.
 */
export function isPastClause(text: string, underTarget = false): boolean {
  const zhPast = underTarget ? ZH_DONE_RE : ZH_PAST_RE;
  return (
    (EN_PAST_RE.test(text) && !EN_FUTURE_RE.test(text)) ||
    (zhPast.test(text) && !ZH_FUTURE_RE.test(text))
  );
}

export function hasFutureSignal(text: string): boolean {
  return EN_FUTURE_RE.test(text) || ZH_FUTURE_RE.test(text);
}

export function hasNormativeSignal(text: string): boolean {
  return NORMATIVE_RE.test(text);
}

/** "(约束性)" / "(binding)" → binding; "(预期性)" / "(expected)" → expected. */
export function findBinding(text: string): Target['binding'] {
  if (/约束性|\b(?:binding|obligatory|mandatory)\b/i.test(text)) return 'binding';
  if (/预期性|\b(?:expected|anticipatory|indicative)\b/i.test(text)) return 'expected';
  return null;
}

// ---- sectors ------------------------------------------------------------------------------

/** First match wins, so the more specific sectors come first ("new energy buses" is transport). */
const SECTORS: [string, RegExp][] = [
  ['carbon-market', /碳市场|碳排放权交易|配额|carbon market|emissions? trading|\bETS\b|allowance/i],
  ['methane', /甲烷|methane/i],
  ['hydrogen', /氢能|制氢|加氢|氢燃料|hydrogen/i],
  [
    'transport',
    /新能源汽车|汽车|车辆|乘用车|货车|公交|交通|充电|港口|船舶|铁路|航空|电动自行车|vehicles?|\bNEVs?\b|\bEVs?\b|\bbus(?:es)?\b|trucks?|transport|charging|\bV2G\b|aviation|shipping|railway|bicycles?/i,
  ],
  [
    'consumer',
    /以旧换新|家电|消费品|trade-?ins?|household appliances?|home appliances?|consumer goods/i,
  ],
  ['buildings', /建筑|装配式|供暖|热泵|buildings?|heating|prefabricated|floor area/i],
  ['forestry', /森林|林木|造林|碳汇|forest|afforestation|carbon sinks?/i],
  [
    'agriculture',
    /农业|秸秆|化肥|农药|畜禽|农膜|农机|agricultur|crop|straw|livestock|manure|fertili[sz]er|pesticide|farm/i,
  ],
  [
    'circular-economy',
    /回收|循环|固体废物|固废|(?<!可)再生|垃圾|无废|recycl|waste|circular|scrap|reuse/i,
  ],
  [
    'finance',
    /绿色金融|绿色信贷|绿色债券|贷款|融资|green finance|green (?:loans?|bonds?|credit)|financing/i,
  ],
  [
    'industry',
    /工业|钢铁|水泥|电解铝|铝|石化|化工|数据中心|industr|steel|cement|alumin|chemical|data cent|\bPUE\b/i,
  ],
  [
    'power',
    /发电|电力|装机|需求响应|peak load|demand response|光伏|风电|核电|水电|抽水蓄能|储能|电网|煤电|power|solar|wind|\bPV\b|photovoltaic|energy storage|grid|installed capacity|electricity|nuclear|hydropower/i,
  ],
  ['energy', /能源|能耗|非化石|煤炭消费|天然气|energy|coal consumption|fossil|natural gas/i],
];

export function findSector(...texts: string[]): string | null {
  for (const text of texts) {
    for (const [sector, re] of SECTORS) if (re.test(text)) return sector;
  }
  return null;
}
