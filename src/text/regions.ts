/**
 * Chinese region names in English and Chinese, so that "Inner Mongolia", "内蒙古" and
 * "内蒙古自治区" all resolve to one canonical name used in filters, metadata and targets.
 *
 * Single-character abbreviations (沪, 京, 粤, 晋 …) are deliberately absent: as substrings of
 * ordinary words they would match almost everywhere. Likewise some city names that double as
 * ordinary words (海口 "river mouth", 内江) are listed only with their 市 suffix.
 */
import { hasCjk } from './cjk.ts';
import { escapeRegExp } from './regexp.ts';

export type RegionLevel = 'provincial' | 'municipal';

export interface Region {
  /** Canonical English name, e.g. "Inner Mongolia", "Shanghai", "Xi'an". */
  name: string;
  /** Full Chinese name, e.g. "内蒙古自治区", "上海市". */
  zh: string;
  /** Other ways of writing it (English and Chinese), never single characters. */
  aliases: string[];
  /** Provincial-level division (incl. the four municipalities and two SARs) or a city below it. */
  level: RegionLevel;
  /** Canonical name of the province a city belongs to. */
  parent?: string;
}

type Row = [name: string, zh: string, aliases: string];

// Aliases are '|'-separated to keep one region per line.
const PROVINCES: Row[] = [
  ['Beijing', '北京市', '北京|Beijing Municipality|Peking'],
  ['Tianjin', '天津市', '天津|Tianjin Municipality'],
  ['Shanghai', '上海市', '上海|Shanghai Municipality'],
  ['Chongqing', '重庆市', '重庆|Chongqing Municipality'],
  ['Hebei', '河北省', '河北|Hebei Province'],
  ['Shanxi', '山西省', '山西|Shanxi Province'],
  ['Liaoning', '辽宁省', '辽宁|Liaoning Province'],
  // The city of Jilin also exists; its name is the province's, so it resolves to the province.
  ['Jilin', '吉林省', '吉林|Jilin Province'],
  ['Heilongjiang', '黑龙江省', '黑龙江|Heilongjiang Province'],
  ['Jiangsu', '江苏省', '江苏|Jiangsu Province'],
  ['Zhejiang', '浙江省', '浙江|Zhejiang Province'],
  ['Anhui', '安徽省', '安徽|Anhui Province'],
  ['Fujian', '福建省', '福建|Fujian Province'],
  ['Jiangxi', '江西省', '江西|Jiangxi Province'],
  ['Shandong', '山东省', '山东|Shandong Province'],
  ['Henan', '河南省', '河南|Henan Province'],
  ['Hubei', '湖北省', '湖北|Hubei Province'],
  ['Hunan', '湖南省', '湖南|Hunan Province'],
  ['Guangdong', '广东省', '广东|Guangdong Province'],
  ['Hainan', '海南省', '海南|Hainan Province'],
  ['Sichuan', '四川省', '四川|Sichuan Province'],
  ['Guizhou', '贵州省', '贵州|Guizhou Province'],
  ['Yunnan', '云南省', '云南|Yunnan Province'],
  ['Shaanxi', '陕西省', '陕西|Shaanxi Province'],
  ['Gansu', '甘肃省', '甘肃|Gansu Province'],
  ['Qinghai', '青海省', '青海|Qinghai Province'],
  ['Taiwan', '台湾省', '台湾|Taiwan Province'],
  [
    'Inner Mongolia',
    '内蒙古自治区',
    '内蒙古|Nei Mongol|Neimenggu|Inner Mongolia Autonomous Region',
  ],
  [
    'Guangxi',
    '广西壮族自治区',
    '广西|广西自治区|Guangxi Zhuang Autonomous Region|Guangxi Autonomous Region',
  ],
  ['Tibet', '西藏自治区', '西藏|Xizang|Tibet Autonomous Region|Xizang Autonomous Region'],
  [
    'Ningxia',
    '宁夏回族自治区',
    '宁夏|宁夏自治区|Ningxia Hui Autonomous Region|Ningxia Autonomous Region',
  ],
  [
    'Xinjiang',
    '新疆维吾尔自治区',
    '新疆|新疆自治区|Xinjiang Uygur Autonomous Region|Xinjiang Uyghur Autonomous Region|Xinjiang Autonomous Region',
  ],
  [
    'Hong Kong',
    '香港特别行政区',
    '香港|Hong Kong SAR|Hong Kong Special Administrative Region|HKSAR',
  ],
  ['Macao', '澳门特别行政区', '澳门|Macau|Macao SAR|Macau SAR|Macao Special Administrative Region'],
];

// [name, zh, aliases, parent]
const CITIES: [...Row, string][] = [
  ['Shenzhen', '深圳市', '深圳', 'Guangdong'],
  ['Guangzhou', '广州市', '广州|Canton', 'Guangdong'],
  ['Foshan', '佛山市', '佛山', 'Guangdong'],
  ['Dongguan', '东莞市', '东莞', 'Guangdong'],
  ['Zhuhai', '珠海市', '珠海', 'Guangdong'],
  ['Hangzhou', '杭州市', '杭州', 'Zhejiang'],
  ['Ningbo', '宁波市', '宁波', 'Zhejiang'],
  ['Wenzhou', '温州市', '温州', 'Zhejiang'],
  ['Jiaxing', '嘉兴市', '嘉兴', 'Zhejiang'],
  ['Huzhou', '湖州市', '湖州', 'Zhejiang'],
  ['Nanjing', '南京市', '南京', 'Jiangsu'],
  ['Suzhou', '苏州市', '苏州', 'Jiangsu'],
  ['Wuxi', '无锡市', '无锡', 'Jiangsu'],
  ['Changzhou', '常州市', '常州', 'Jiangsu'],
  ['Xuzhou', '徐州市', '徐州', 'Jiangsu'],
  ['Wuhan', '武汉市', '武汉', 'Hubei'],
  ['Chengdu', '成都市', '成都', 'Sichuan'],
  ['Neijiang', '内江市', '', 'Sichuan'],
  ["Xi'an", '西安市', '西安|Xian', 'Shaanxi'],
  ['Qingdao', '青岛市', '青岛|Tsingtao', 'Shandong'],
  ['Jinan', '济南市', '济南', 'Shandong'],
  ['Yantai', '烟台市', '烟台', 'Shandong'],
  ['Zibo', '淄博市', '淄博', 'Shandong'],
  ['Xiamen', '厦门市', '厦门|Amoy', 'Fujian'],
  ['Fuzhou', '福州市', '福州', 'Fujian'],
  ['Quanzhou', '泉州市', '泉州', 'Fujian'],
  ['Dalian', '大连市', '大连', 'Liaoning'],
  ['Shenyang', '沈阳市', '沈阳', 'Liaoning'],
  ['Harbin', '哈尔滨市', '哈尔滨', 'Heilongjiang'],
  ['Changchun', '长春市', '长春', 'Jilin'],
  ['Zhengzhou', '郑州市', '郑州', 'Henan'],
  ['Luoyang', '洛阳市', '洛阳', 'Henan'],
  ['Tangshan', '唐山市', '唐山', 'Hebei'],
  ['Shijiazhuang', '石家庄市', '石家庄', 'Hebei'],
  ['Handan', '邯郸市', '邯郸', 'Hebei'],
  ['Haikou', '海口市', '', 'Hainan'],
  ['Sanya', '三亚市', '三亚', 'Hainan'],
  ['Baotou', '包头市', '包头', 'Inner Mongolia'],
  ['Ordos', '鄂尔多斯市', '鄂尔多斯|Erdos', 'Inner Mongolia'],
  ['Hohhot', '呼和浩特市', '呼和浩特|Huhhot', 'Inner Mongolia'],
  ['Taiyuan', '太原市', '太原', 'Shanxi'],
  ['Datong', '大同市', '', 'Shanxi'],
  ['Hefei', '合肥市', '合肥', 'Anhui'],
  ['Changsha', '长沙市', '长沙', 'Hunan'],
  ['Nanchang', '南昌市', '南昌', 'Jiangxi'],
  ['Kunming', '昆明市', '昆明', 'Yunnan'],
  ['Guiyang', '贵阳市', '贵阳', 'Guizhou'],
  ['Lanzhou', '兰州市', '兰州', 'Gansu'],
  ['Xining', '西宁市', '西宁', 'Qinghai'],
  ['Yinchuan', '银川市', '银川', 'Ningxia'],
  ['Urumqi', '乌鲁木齐市', '乌鲁木齐|Ürümqi|Urumchi', 'Xinjiang'],
  ['Nanning', '南宁市', '南宁', 'Guangxi'],
];

const split = (aliases: string): string[] => aliases.split('|').filter((a) => a.length > 0);

/** All provincial-level divisions, then major cities. Order is stable. */
export const REGIONS: readonly Region[] = Object.freeze([
  ...PROVINCES.map(([name, zh, aliases]): Region => ({
    name,
    zh,
    aliases: split(aliases),
    level: 'provincial',
  })),
  ...CITIES.map(([name, zh, aliases, parent]): Region => ({
    name,
    zh,
    aliases: split(aliases),
    level: 'municipal',
    parent,
  })),
]);

/** Case-, apostrophe- and spacing-insensitive key: "Xi’an" = "xian", "Inner-Mongolia" = "inner mongolia". */
function key(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, Region>();
for (const region of REGIONS) {
  for (const form of [region.name, region.zh, ...region.aliases]) BY_KEY.set(key(form), region);
}

/**
 * One alternation over every name form, longest first: at any position the longest form wins,
 * so "内蒙古自治区" is one match, not "内蒙古" plus leftovers, and scanning left to right stops
 * "上海南汇" from yielding Hainan (海南) because 上海 consumes the 海.
 * English forms need a Latin-letter boundary on both sides ("Anhui's" matches, "Jilinxyz"
 * does not); Chinese has no word boundaries, so Chinese forms match as substrings.
 */
const PATTERN = (() => {
  const forms = new Set<string>();
  for (const region of REGIONS)
    for (const form of [region.name, region.zh, ...region.aliases]) forms.add(form);
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((form) => {
    if (hasCjk(form)) return escapeRegExp(form);
    const body = form
      .split(/[\s-]+/)
      .map((word) => escapeRegExp(word).replace(/'/g, "['’]?"))
      .join('[\\s\\-]+');
    return `(?<![\\p{Script=Latin}\\p{N}])${body}(?![\\p{Script=Latin}\\p{N}])`;
  });
  return new RegExp(alternatives.join('|'), 'giu');
})();

/**
 * Canonical names of the regions a text mentions, in order of first occurrence, without
 * duplicates. "China", "national" and "全国" are not regions; see `isNationalScope`.
 */
export function findRegions(text: string): string[] {
  let found = FOUND.get(text);
  if (!found) {
    const names: string[] = [];
    for (const match of text.normalize('NFKC').matchAll(PATTERN)) {
      const region = BY_KEY.get(key(match[0]));
      if (region && !names.includes(region.name)) names.push(region.name);
    }
    if (FOUND.size >= FOUND_LIMIT) FOUND.clear();
    FOUND.set(text, (found = names));
  }
  return [...found];
}

/**
 * Texts already scanned: one answer asks about the same passages and sentences many times, and
 * the alternation over every name form costs about a millisecond per request at 200,000 chunks.
 */
const FOUND = new Map<string, readonly string[]>();
const FOUND_LIMIT = 2000;

/** The region for any of its names or aliases (case-insensitive), or undefined. */
export function regionByName(name: string): Region | undefined {
  return BY_KEY.get(key(name));
}

/**
 * The name the store files a region under: any alias, case or script ("shanxi", "山西省",
 * "Inner Mongolia Autonomous Region") gives the canonical name; "全国", "China", "nationwide"
 * give "National"; an unknown name is kept as written (trimmed).
 */
export function canonicalRegion(name: string): string {
  const trimmed = name.trim();
  if (/^(?:national|nationwide|china|全国|国家|中国)$/i.test(trimmed)) return 'National';
  return regionByName(trimmed)?.name ?? trimmed;
}

// "国家" covers the national ministries (国家发展改革委, 国家能源局); "national" needs word
// boundaries so that "international" does not count.
const NATIONAL_RE =
  /全国|国家|国务院|中共中央|党中央|(?<![a-z])(?:national(?:ly)?|nation-?wide|state council|central government)(?![a-z])/i;

/** True when the text speaks of the whole country (全国, 国务院, "national", "State Council" …). */
export function isNationalScope(text: string): boolean {
  return NATIONAL_RE.test(text.normalize('NFKC'));
}

// Countries and blocs other than China, in English and Chinese: a question about one of them is
// outside a corpus of Chinese policy, whatever Chinese passage shares its words.
const FOREIGN = [
  ['United States', 'USA', 'U.S.', 'America', 'American', '美国'],
  ['United Kingdom', 'UK', 'Britain', 'British', 'England', '英国'],
  ['European Union', 'EU', 'Europe', 'European', '欧盟', '欧洲'],
  ['India', 'Indian', '印度'],
  ['Japan', 'Japanese', '日本'],
  ['Korea', 'Korean', '韩国'],
  ['Germany', 'German', '德国'],
  ['France', 'French', '法国'],
  ['Russia', 'Russian', '俄罗斯'],
  ['Canada', 'Canadian', '加拿大'],
  ['Australia', 'Australian', '澳大利亚'],
  ['Brazil', 'Brazilian', '巴西'],
  ['Indonesia', 'Indonesian', '印度尼西亚', '印尼'],
  ['Vietnam', 'Vietnamese', '越南'],
  ['South Africa', '南非'],
  ['Mexico', 'Mexican', '墨西哥'],
  ['Italy', 'Italian', '意大利'],
  ['Spain', 'Spanish', '西班牙'],
  ['Saudi Arabia', '沙特'],
  ['Turkey', '土耳其'],
  ['Singapore', '新加坡'],
  ['Thailand', '泰国'],
  ['Pakistan', '巴基斯坦'],
  ['Norway', '挪威'],
  ['Sweden', '瑞典'],
  ['Denmark', '丹麦'],
  ['Netherlands', 'Dutch', '荷兰'],
  ['Chile', '智利'],
  ['Egypt', '埃及'],
  ['REPowerEU', 'Inflation Reduction Act', '通胀削减法案'],
];
const FOREIGN_PATTERN = new RegExp(
  FOREIGN.flat()
    .sort((a, b) => b.length - a.length)
    .map((name) =>
      hasCjk(name)
        ? escapeRegExp(name)
        : `(?<![\\p{Script=Latin}])${escapeRegExp(name)}(?![\\p{Script=Latin}])`,
    )
    .join('|'),
  'u',
);

/** Whether the text names a country or bloc other than China ("India's 2030 target", "美国", "the EU"). */
export function namesForeignPlace(text: string): boolean {
  return FOREIGN_PATTERN.test(text.normalize('NFKC'));
}
