/**
 * Central issuing bodies by their English names, abbreviations and Chinese names, so that "the
 * MEE's measures", "生态环境部印发的办法" and an issuer field of "Ministry of Ecology and
 * Environment" all name one body. Provincial bodies are named by their region instead.
 */
import { escapeRegExp } from '../text/regexp.ts';
import { CHINESE_DIGIT_VALUES } from '../text/chinese-numerals.ts';

interface Issuer {
  id: string;
  names: string[];
}

const ISSUERS: Issuer[] = [
  {
    id: 'state-council',
    names: ['State Council', '国务院', '国务院办公厅', 'General Office of the State Council'],
  },
  {
    id: 'cpc-central',
    names: [
      'CPC Central Committee',
      'Central Committee of the Communist Party of China',
      '中共中央',
      '中共中央办公厅',
    ],
  },
  {
    id: 'ndrc',
    names: [
      'NDRC',
      'National Development and Reform Commission',
      '国家发展改革委',
      '国家发展和改革委员会',
      '发展改革委',
      '发改委',
    ],
  },
  { id: 'nea', names: ['NEA', 'National Energy Administration', '国家能源局'] },
  {
    id: 'miit',
    names: ['MIIT', 'Ministry of Industry and Information Technology', '工业和信息化部', '工信部'],
  },
  { id: 'mee', names: ['MEE', 'Ministry of Ecology and Environment', '生态环境部'] },
  { id: 'mof', names: ['MOF', 'Ministry of Finance', '财政部'] },
  { id: 'mofcom', names: ['MOFCOM', 'Ministry of Commerce', '商务部'] },
  {
    id: 'mohurd',
    names: [
      'MOHURD',
      'Ministry of Housing and Urban-Rural Development',
      '住房和城乡建设部',
      '住房城乡建设部',
      '住建部',
    ],
  },
  { id: 'mot', names: ['MOT', 'Ministry of Transport', '交通运输部'] },
  { id: 'mara', names: ['MARA', 'Ministry of Agriculture and Rural Affairs', '农业农村部'] },
  { id: 'most', names: ['MOST', 'Ministry of Science and Technology', '科学技术部', '科技部'] },
  { id: 'mnr', names: ['MNR', 'Ministry of Natural Resources', '自然资源部'] },
  { id: 'mwr', names: ['MWR', 'Ministry of Water Resources', '水利部'] },
  { id: 'pboc', names: ['PBOC', "People's Bank of China", '中国人民银行', '人民银行'] },
  {
    id: 'samr',
    names: [
      'SAMR',
      'State Administration for Market Regulation',
      '市场监管总局',
      '国家市场监督管理总局',
    ],
  },
  {
    id: 'nfga',
    names: [
      'NFGA',
      'National Forestry and Grassland Administration',
      '国家林业和草原局',
      '国家林草局',
    ],
  },
  { id: 'nbs', names: ['NBS', 'National Bureau of Statistics', '国家统计局'] },
  {
    id: 'sasac',
    names: [
      'SASAC',
      'State-owned Assets Supervision and Administration Commission',
      '国务院国资委',
      '国资委',
    ],
  },
  { id: 'mps', names: ['MPS', 'Ministry of Public Security', '公安部'] },
  {
    id: 'cbirc',
    names: [
      'NFRA',
      'National Financial Regulatory Administration',
      '国家金融监督管理总局',
      'CBIRC',
      '银保监会',
    ],
  },
  { id: 'csrc', names: ['CSRC', 'China Securities Regulatory Commission', '中国证监会', '证监会'] },
];

// Longest names first so that "国家发展和改革委员会" wins over "发展改革委"; Latin names need word boundaries.
const PATTERN = new RegExp(
  ISSUERS.flatMap((issuer) => issuer.names)
    .sort((a, b) => b.length - a.length)
    .map((name) =>
      /^[\x20-\x7e]+$/.test(name)
        ? `(?<![A-Za-z])${escapeRegExp(name)}(?![A-Za-z])`
        : escapeRegExp(name),
    )
    .join('|'),
  'gi',
);
const BY_NAME = new Map(
  ISSUERS.flatMap((issuer) => issuer.names.map((name) => [name.toLowerCase(), issuer.id] as const)),
);

/** Ids of the central bodies a text names ("MEE", "国家发展改革委"), in order of first mention, without duplicates. */
export function findIssuers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const id = BY_NAME.get(match[0].toLowerCase());
    // Upper-case abbreviations only: "mot" or "most" in running English are words, not ministries.
    if (id && /^[a-z]+$/.test(match[0])) continue;
    if (id && !found.includes(id)) found.push(id);
  }
  return found;
}

/** "the four-ministry notice", "四部门": the number of issuing bodies a question names, or null. */
export function namedIssuerCount(text: string): number | null {
  const english = text.match(
    /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ](?:ministr(?:y|ies)|departments?|agencies)\b/i,
  );
  if (english) return WORD_NUMBERS[english[1].toLowerCase()] ?? Number(english[1]);
  const chinese = text.match(/([二两三四五六七八九十]|\d{1,2})(?:个)?(?:部门|部委)/);
  if (chinese) return CHINESE_DIGITS[chinese[1]] ?? Number(chinese[1]);
  return null;
}

const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const CHINESE_DIGITS: Readonly<Record<string, number>> = { ...CHINESE_DIGIT_VALUES, 十: 10 };
