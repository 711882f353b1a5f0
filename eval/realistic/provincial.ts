/**
 * Provincial and municipal plans written from shared templates with different numbers per
 * region. All figures here are invented; the regions are real. Each sentence has 2–3 wordings
 * and some sections change order, so documents of one kind are look-alikes, not copies.
 */
import { hasCjk } from '../../src/text/cjk.ts';
import { type Block, type Doc, type Rng, hash, int, pick, prng, shuffle } from './lib.ts';

export type Kind = 'peak' | 'energy' | 'tradein' | 'building';
export type Lang = 'en' | 'zh';

export interface Region {
  key: string;
  en: string; // canonical English name used in manifests ("Hebei")
  enFull: string; // "Hebei Province"
  zh: string; // "河北省"
  short: string; // "河北"
  abbr: string; // 冀
  abbrEn: string; // Ji
  type: 'province' | 'region' | 'municipality' | 'city';
  coastal: boolean;
  forestBase: number;
}

const R = (
  key: string,
  en: string,
  enFull: string,
  zh: string,
  short: string,
  abbr: string,
  abbrEn: string,
  type: Region['type'],
  coastal: boolean,
  forestBase: number,
): Region => ({ key, en, enFull, zh, short, abbr, abbrEn, type, coastal, forestBase });

export const REGIONS: Region[] = [
  R('hebei', 'Hebei', 'Hebei Province', '河北省', '河北', '冀', 'Ji', 'province', true, 35.6),
  R('shanxi', 'Shanxi', 'Shanxi Province', '山西省', '山西', '晋', 'Jin', 'province', false, 23.2),
  R(
    'inner-mongolia',
    'Inner Mongolia',
    'Inner Mongolia Autonomous Region',
    '内蒙古自治区',
    '内蒙古',
    '内',
    'Nei',
    'region',
    false,
    23.1,
  ),
  R(
    'liaoning',
    'Liaoning',
    'Liaoning Province',
    '辽宁省',
    '辽宁',
    '辽',
    'Liao',
    'province',
    true,
    39.6,
  ),
  R(
    'heilongjiang',
    'Heilongjiang',
    'Heilongjiang Province',
    '黑龙江省',
    '黑龙江',
    '黑',
    'Hei',
    'province',
    false,
    47.3,
  ),
  R('jiangsu', 'Jiangsu', 'Jiangsu Province', '江苏省', '江苏', '苏', 'Su', 'province', true, 15.2),
  R(
    'zhejiang',
    'Zhejiang',
    'Zhejiang Province',
    '浙江省',
    '浙江',
    '浙',
    'Zhe',
    'province',
    true,
    61.2,
  ),
  R('anhui', 'Anhui', 'Anhui Province', '安徽省', '安徽', '皖', 'Wan', 'province', false, 30.2),
  R('fujian', 'Fujian', 'Fujian Province', '福建省', '福建', '闽', 'Min', 'province', true, 66.8),
  R(
    'jiangxi',
    'Jiangxi',
    'Jiangxi Province',
    '江西省',
    '江西',
    '赣',
    'Gan',
    'province',
    false,
    61.2,
  ),
  R(
    'shandong',
    'Shandong',
    'Shandong Province',
    '山东省',
    '山东',
    '鲁',
    'Lu',
    'province',
    true,
    18.3,
  ),
  R('henan', 'Henan', 'Henan Province', '河南省', '河南', '豫', 'Yu', 'province', false, 25.1),
  R('hubei', 'Hubei', 'Hubei Province', '湖北省', '湖北', '鄂', 'E', 'province', false, 40.1),
  R('hunan', 'Hunan', 'Hunan Province', '湖南省', '湖南', '湘', 'Xiang', 'province', false, 59.9),
  R(
    'guangdong',
    'Guangdong',
    'Guangdong Province',
    '广东省',
    '广东',
    '粤',
    'Yue',
    'province',
    true,
    53.5,
  ),
  R(
    'guangxi',
    'Guangxi',
    'Guangxi Zhuang Autonomous Region',
    '广西壮族自治区',
    '广西',
    '桂',
    'Gui',
    'region',
    true,
    62.5,
  ),
  R('hainan', 'Hainan', 'Hainan Province', '海南省', '海南', '琼', 'Qiong', 'province', true, 57.4),
  R(
    'sichuan',
    'Sichuan',
    'Sichuan Province',
    '四川省',
    '四川',
    '川',
    'Chuan',
    'province',
    false,
    40.0,
  ),
  R(
    'guizhou',
    'Guizhou',
    'Guizhou Province',
    '贵州省',
    '贵州',
    '黔',
    'Qian',
    'province',
    false,
    61.5,
  ),
  R('yunnan', 'Yunnan', 'Yunnan Province', '云南省', '云南', '云', 'Yun', 'province', false, 55.0),
  R(
    'shaanxi',
    'Shaanxi',
    'Shaanxi Province',
    '陕西省',
    '陕西',
    '陕',
    'Shaan',
    'province',
    false,
    45.0,
  ),
  R(
    'beijing',
    'Beijing',
    'Beijing Municipality',
    '北京市',
    '北京',
    '京',
    'Jing',
    'municipality',
    false,
    44.4,
  ),
  R(
    'shanghai',
    'Shanghai',
    'Shanghai Municipality',
    '上海市',
    '上海',
    '沪',
    'Hu',
    'municipality',
    true,
    18.5,
  ),
  R(
    'tianjin',
    'Tianjin',
    'Tianjin Municipality',
    '天津市',
    '天津',
    '津',
    'Jin',
    'municipality',
    true,
    12.1,
  ),
  R(
    'chongqing',
    'Chongqing',
    'Chongqing Municipality',
    '重庆市',
    '重庆',
    '渝',
    'Yu',
    'municipality',
    false,
    52.5,
  ),
  R('shenzhen', 'Shenzhen', 'Shenzhen City', '深圳市', '深圳', '深', 'Shen', 'city', true, 40.0),
  R('chengdu', 'Chengdu', 'Chengdu City', '成都市', '成都', '成', 'Cheng', 'city', false, 40.3),
  R('hangzhou', 'Hangzhou', 'Hangzhou City', '杭州市', '杭州', '杭', 'Hang', 'city', false, 66.9),
  R('xiamen', 'Xiamen', 'Xiamen City', '厦门市', '厦门', '厦', 'Xia', 'city', true, 42.0),
];

export const REGION = Object.fromEntries(REGIONS.map((r) => [r.key, r])) as Record<string, Region>;

/** Which region publishes which plan, in which language(s). */
export const PLANS: [string, Kind, 'zh' | 'en' | 'both'][] = [
  ['hebei', 'peak', 'both'],
  ['hebei', 'energy', 'en'],
  ['hebei', 'tradein', 'zh'],
  ['shanxi', 'peak', 'zh'],
  ['shanxi', 'energy', 'zh'],
  ['shanxi', 'tradein', 'en'],
  ['inner-mongolia', 'peak', 'en'],
  ['inner-mongolia', 'energy', 'both'],
  ['liaoning', 'energy', 'zh'],
  ['liaoning', 'tradein', 'zh'],
  ['heilongjiang', 'peak', 'zh'],
  ['heilongjiang', 'tradein', 'en'],
  ['jiangsu', 'peak', 'both'],
  ['jiangsu', 'energy', 'zh'],
  ['jiangsu', 'tradein', 'en'],
  ['zhejiang', 'peak', 'zh'],
  ['zhejiang', 'tradein', 'both'],
  ['anhui', 'peak', 'en'],
  ['anhui', 'energy', 'zh'],
  ['anhui', 'tradein', 'zh'],
  ['fujian', 'peak', 'zh'],
  ['fujian', 'energy', 'en'],
  ['jiangxi', 'peak', 'zh'],
  ['jiangxi', 'energy', 'zh'],
  ['jiangxi', 'tradein', 'en'],
  ['shandong', 'peak', 'en'],
  ['shandong', 'energy', 'zh'],
  ['shandong', 'tradein', 'zh'],
  ['henan', 'peak', 'zh'],
  ['henan', 'energy', 'en'],
  ['henan', 'tradein', 'zh'],
  ['hubei', 'peak', 'en'],
  ['hubei', 'tradein', 'zh'],
  ['hunan', 'peak', 'zh'],
  ['hunan', 'energy', 'en'],
  ['guangdong', 'peak', 'zh'],
  ['guangdong', 'energy', 'both'],
  ['guangdong', 'tradein', 'en'],
  ['guangxi', 'peak', 'zh'],
  ['guangxi', 'energy', 'en'],
  ['hainan', 'energy', 'zh'],
  ['hainan', 'tradein', 'en'],
  ['sichuan', 'peak', 'en'],
  ['sichuan', 'energy', 'zh'],
  ['guizhou', 'peak', 'zh'],
  ['guizhou', 'tradein', 'zh'],
  ['yunnan', 'peak', 'en'],
  ['yunnan', 'energy', 'zh'],
  ['shaanxi', 'peak', 'zh'],
  ['shaanxi', 'energy', 'en'],
  ['shaanxi', 'tradein', 'zh'],
  ['beijing', 'peak', 'zh'],
  ['beijing', 'building', 'en'],
  ['beijing', 'tradein', 'zh'],
  ['shanghai', 'peak', 'en'],
  ['shanghai', 'building', 'zh'],
  ['shanghai', 'energy', 'zh'],
  ['tianjin', 'peak', 'zh'],
  ['tianjin', 'tradein', 'en'],
  ['chongqing', 'peak', 'zh'],
  ['chongqing', 'energy', 'en'],
  ['shenzhen', 'building', 'zh'],
  ['shenzhen', 'tradein', 'en'],
  ['chengdu', 'building', 'en'],
  ['chengdu', 'peak', 'zh'],
  ['hangzhou', 'building', 'zh'],
  ['xiamen', 'building', 'en'],
  ['liaoning', 'peak', 'en'],
  ['hainan', 'peak', 'zh'],
  ['guizhou', 'energy', 'en'],
  ['tianjin', 'energy', 'zh'],
  ['hubei', 'energy', 'zh'],
  ['fujian', 'tradein', 'zh'],
  ['hangzhou', 'tradein', 'en'],
  ['xiamen', 'peak', 'zh'],
];

// ---------------------------------------------------------------------------------------------
// Numbers

export interface Values {
  nonfossil2025: number;
  nonfossil2030: number;
  ei2025: number;
  ci2025: number;
  forest2025: number;
  forest2030: number;
  windsolar2030: number;
  nev2030: number;
  wind2020: number;
  pv2020: number;
  wind2025: number;
  pv2025: number;
  offshore2025: number;
  storage2025: number;
  coal2020: number;
  coal2025: number;
  gas2025: number;
  nevScrap: number;
  fuelScrap: number;
  replaceCap: number;
  appliancePct: number;
  applianceCap: number;
  scrapTarget: number;
  funds: number;
  star2025: number;
  ultralow2025: number;
  bpv2025: number;
  retrofit2025: number;
  prefab2025: number;
  capStyle: 'GW' | 'mkw';
  yuanStyle: 'wan' | 'yuan';
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function valuesFor(r: Region): Values {
  const rng = prng(hash('values:' + r.key));
  const city = r.type === 'municipality' || r.type === 'city';
  const nonfossil2025 = int(rng, 12, 34) + (rng() < 0.3 ? 0.5 : 0);
  const wind2025 = (city ? int(rng, 1, 6) : int(rng, 8, 80)) * 100;
  const pv2025 = (city ? int(rng, 3, 12) : int(rng, 10, 90)) * 100;
  const coal2025 = city ? int(rng, 8, 30) : int(rng, 32, 72);
  const v: Values = {
    nonfossil2025,
    nonfossil2030: nonfossil2025 + int(rng, 5, 9),
    ei2025: pick(rng, [13, 13.5, 14, 14.5, 15, 12.5, 14.3, 15.5, 16]),
    ci2025: pick(rng, [17.5, 18, 19, 19.5, 20, 20.5, 21, 22, 18.5]),
    forest2025: round1(r.forestBase + pick(rng, [0.3, 0.5, 0.8, 1.0, 1.2])),
    forest2030: 0,
    windsolar2030: (city ? int(rng, 4, 20) : int(rng, 30, 180)) * 100,
    nev2030: pick(rng, [35, 40, 45, 50, 42]),
    wind2020: Math.round((wind2025 * pick(rng, [0.4, 0.5, 0.6])) / 10) * 10 + int(rng, 1, 9),
    pv2020: Math.round((pv2025 * pick(rng, [0.3, 0.4, 0.5])) / 10) * 10 + int(rng, 1, 9),
    wind2025,
    pv2025,
    offshore2025: int(rng, 3, 20) * 100,
    storage2025: int(rng, 2, 12) * 50,
    coal2020: coal2025 + int(rng, 3, 9),
    coal2025,
    gas2025: int(rng, 30, 400),
    nevScrap: pick(rng, [10000, 15000, 20000, 20000, 12000, 8000]),
    fuelScrap: 0,
    replaceCap: pick(rng, [8000, 10000, 15000, 16000, 6000]),
    appliancePct: pick(rng, [15, 20, 10, 15]),
    applianceCap: pick(rng, [1000, 1500, 2000, 2000, 3000]),
    scrapTarget: int(rng, 3, 25) * 5000,
    funds: int(rng, 40, 420),
    star2025: pick(rng, [30, 40, 50, 60, 70]),
    ultralow2025: int(rng, 10, 200) * 5,
    bpv2025: int(rng, 2, 30) * 5,
    retrofit2025: int(rng, 5, 80) * 50,
    prefab2025: pick(rng, [30, 35, 40, 45, 50, 55]),
    capStyle: rng() < 0.5 ? 'GW' : 'mkw',
    yuanStyle: rng() < 0.5 ? 'wan' : 'yuan',
  };
  // Keep the figures of one region consistent with each other.
  v.offshore2025 = Math.min(v.offshore2025, Math.max(50, Math.floor((wind2025 * 0.45) / 50) * 50));
  v.windsolar2030 = Math.max(v.windsolar2030, Math.ceil(((wind2025 + pv2025) * 1.4) / 500) * 500);
  v.forest2030 = round1(v.forest2025 + pick(rng, [0.5, 1, 1.5, 2]));
  v.fuelScrap = v.nevScrap - pick(rng, [3000, 5000]);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Formatting of figures as written in each language

const num = (x: number) => String(Number(x.toFixed(2)));
const comma = (x: number) => x.toLocaleString('en-US');

export interface Fact {
  key: string;
  /** The figure exactly as the document writes it. */
  token: string;
  /** Converted forms an answer may use instead. */
  alt: string[];
  comparative: boolean;
  value: number;
}

export const fmt = {
  pct: (x: number): Fact => ({
    key: '',
    token: `${num(x)}%`,
    alt: [],
    comparative: false,
    value: x,
  }),
  capZh: (wan: number): Fact => ({
    key: '',
    token: `${wan}万千瓦`,
    alt: [`${num(wan / 100)} GW`, `${num(wan / 100)}GW`],
    comparative: false,
    value: wan,
  }),
  capEn: (wan: number, style: 'GW' | 'mkw'): Fact =>
    style === 'GW'
      ? {
          key: '',
          token: `${num(wan / 100)} GW`,
          alt: [`${wan}万千瓦`, `${num(wan / 100)} million kilowatts`],
          comparative: false,
          value: wan,
        }
      : {
          key: '',
          token: `${num(wan / 100)} million kilowatts`,
          alt: [`${num(wan / 100)} GW`, `${wan}万千瓦`],
          comparative: false,
          value: wan,
        },
  yuanZh: (y: number, style: 'wan' | 'yuan'): Fact =>
    style === 'wan' && y >= 10000
      ? {
          key: '',
          token: `${num(y / 10000)}万元`,
          alt: [comma(y), String(y)],
          comparative: false,
          value: y,
        }
      : { key: '', token: `${y}元`, alt: [comma(y)], comparative: false, value: y },
  yuanEn: (y: number): Fact => ({
    key: '',
    token: comma(y),
    alt: [y >= 10000 ? `${num(y / 10000)}万元` : `${y}元`],
    comparative: false,
    value: y,
  }),
  countZh: (n: number): Fact => ({
    key: '',
    token: `${num(n / 10000)}万辆`,
    alt: [comma(n)],
    comparative: false,
    value: n,
  }),
  countEn: (n: number): Fact => ({
    key: '',
    token: comma(n),
    alt: [`${num(n / 10000)}万辆`],
    comparative: false,
    value: n,
  }),
  areaZh: (wan: number): Fact => ({
    key: '',
    token: `${wan}万平方米`,
    alt: [],
    comparative: false,
    value: wan,
  }),
  areaEn: (wan: number): Fact =>
    wan >= 100
      ? {
          key: '',
          token: `${num(wan / 100)} million square metres`,
          alt: [`${wan}万平方米`],
          comparative: false,
          value: wan,
        }
      : {
          key: '',
          token: `${comma(wan * 10000)} square metres`,
          alt: [`${wan}万平方米`],
          comparative: false,
          value: wan,
        },
  gasZh: (yi: number): Fact => ({
    key: '',
    token: `${yi}亿立方米`,
    alt: [`${num(yi / 10)} billion`],
    comparative: false,
    value: yi,
  }),
  gasEn: (yi: number): Fact => ({
    key: '',
    token: `${num(yi / 10)} billion cubic metres`,
    alt: [`${yi}亿立方米`],
    comparative: false,
    value: yi,
  }),
  moneyZh: (tenths: number): Fact => ({
    key: '',
    token: `${num(tenths / 10)}亿元`,
    alt: [`${num(tenths / 100)} billion`],
    comparative: false,
    value: tenths,
  }),
  moneyEn: (tenths: number): Fact => ({
    key: '',
    token: `${num(tenths / 100)} billion yuan`,
    alt: [`${num(tenths / 10)}亿元`],
    comparative: false,
    value: tenths,
  }),
};

// ---------------------------------------------------------------------------------------------
// Documents

export interface ProvDoc {
  doc: Doc;
  region: Region;
  kind: Kind;
  lang: Lang;
  facts: Record<string, Fact>;
  /** Short title in the document's language, e.g. 《河北省碳达峰实施方案》 without brackets. */
  shortTitle: string;
  /** An English name for the plan, used by questions in English even when the doc is Chinese. */
  enTitle: string;
  zhTitle: string;
}

const KIND_SLUG: Record<Kind, string> = {
  peak: 'carbon-peak',
  energy: 'energy-14fyp',
  tradein: 'trade-in',
  building: 'green-building',
};
const KIND_YEAR: Record<Kind, number> = { peak: 2022, energy: 2022, tradein: 2024, building: 2022 };
const KIND_SECTORS: Record<Kind, string[]> = {
  peak: ['energy', 'industry', 'transport', 'buildings', 'forestry'],
  energy: ['energy', 'power'],
  tradein: ['consumer', 'transport'],
  building: ['buildings', 'energy'],
};

export function titles(r: Region, kind: Kind): { zh: string; en: string } {
  const enName = r.type === 'city' || r.type === 'municipality' ? r.en : r.enFull;
  switch (kind) {
    case 'peak':
      return {
        zh: `${r.zh}碳达峰实施方案`,
        en: `Implementation Plan for Carbon Peaking in ${enName}`,
      };
    case 'energy':
      return r.key.length % 2 === 0
        ? {
            zh: `${r.zh}“十四五”能源发展规划`,
            en: `${r.en} 14th Five-Year Plan for Energy Development`,
          }
        : {
            zh: `${r.zh}能源发展“十四五”规划`,
            en: `${r.en} Energy Development Plan for the 14th Five-Year Plan Period`,
          };
    case 'tradein':
      return r.type === 'province' || r.type === 'region'
        ? {
            zh: `${r.zh}推动消费品以旧换新实施方案`,
            en: `${r.en} Province Implementation Plan for the Trade-in of Consumer Goods`
              .replace('Inner Mongolia Province', 'Inner Mongolia')
              .replace('Guangxi Province', 'Guangxi'),
          }
        : {
            zh: `${r.zh}推动消费品以旧换新实施方案`,
            en: `${r.en} Implementation Plan for the Trade-in of Consumer Goods`,
          };
    case 'building':
      return {
        zh: `${r.zh}绿色建筑发展规划（2021—2025年）`,
        en: `${r.en} Green Building Development Plan (2021–2025)`,
      };
  }
}

function scopeZh(r: Region): string {
  return r.type === 'province' ? '全省' : r.type === 'region' ? '全区' : '全市';
}
function scopeEn(r: Region): string {
  return r.type === 'province'
    ? 'the province'
    : r.type === 'region'
      ? 'the autonomous region'
      : 'the city';
}
function issuerZh(r: Region, kind: Kind): string {
  const gov = r.type === 'region' ? `${r.zh}人民政府` : `${r.zh}人民政府`;
  if (kind === 'peak') return gov;
  if (kind === 'energy') return `${r.zh}发展和改革委员会、${r.zh}能源局`;
  if (kind === 'tradein')
    return `${r.zh}商务厅、${r.zh}发展和改革委员会、${r.zh}财政厅`
      .replace(/市商务厅/g, '市商务局')
      .replace(/市财政厅/g, '市财政局');
  return `${r.zh}住房和城乡建设局、${r.zh}发展和改革委员会`.replace(
    '省住房和城乡建设局',
    '省住房和城乡建设厅',
  );
}
function issuerEn(r: Region, kind: Kind): string {
  const name =
    r.type === 'city' || r.type === 'municipality'
      ? `${r.en} Municipal`
      : r.type === 'region'
        ? `${r.en} Autonomous Region`
        : `${r.en} Provincial`;
  if (kind === 'peak') return `${name} People's Government`;
  if (kind === 'energy')
    return `${name} Development and Reform Commission; ${name} Energy Administration`;
  if (kind === 'tradein')
    return `${name} Department of Commerce; ${name} Development and Reform Commission; ${name} Department of Finance`;
  return `${name} Housing and Urban-Rural Development Bureau; ${name} Development and Reform Commission`;
}
function docNumber(r: Region, kind: Kind, lang: Lang, rng: Rng, y: number): string {
  const n = int(rng, 3, 160);
  const zh = {
    peak: `${r.abbr}政发〔${y}〕${n}号`,
    energy: `${r.abbr}发改能源〔${y}〕${n}号`,
    tradein: `${r.abbr}商消费〔${y}〕${n}号`,
    building: `${r.abbr}建科〔${y}〕${n}号`,
  }[kind];
  const en = {
    peak: `${r.abbrEn} Zheng Fa [${y}] No. ${n}`,
    energy: `${r.abbrEn} Fa Gai Neng Yuan [${y}] No. ${n}`,
    tradein: `${r.abbrEn} Shang Xiao Fei [${y}] No. ${n}`,
    building: `${r.abbrEn} Jian Ke [${y}] No. ${n}`,
  }[kind];
  return lang === 'zh' ? zh : en;
}

const zhQual = (rng: Rng, kinds: ('about' | 'above' | 'strive' | 'atleast' | 'plain')[]) =>
  pick(rng, kinds);

/** Chinese wording of "reach X" with a qualifier; returns [text, comparative]. */
function zhReach(
  rng: Rng,
  fig: string,
  allowed: ('about' | 'above' | 'strive' | 'atleast' | 'plain')[] = [
    'about',
    'above',
    'strive',
    'atleast',
    'plain',
  ],
): [string, boolean] {
  const q = zhQual(rng, allowed);
  switch (q) {
    case 'about':
      return [`达到${fig}左右`, true];
    case 'above':
      return [`达到${fig}以上`, true];
    case 'strive':
      return [`力争达到${fig}`, false];
    case 'atleast':
      return [`不低于${fig}`, true];
    default:
      return [`达到${fig}`, false];
  }
}
function enReach(
  rng: Rng,
  fig: string,
  allowed: ('about' | 'over' | 'strive' | 'atleast' | 'plain')[] = [
    'about',
    'over',
    'strive',
    'atleast',
    'plain',
  ],
): [string, boolean] {
  const q = pick(rng, allowed);
  switch (q) {
    case 'about':
      return [`reach about ${fig}`, true];
    case 'over':
      return [pick(rng, [`exceed ${fig}`, `reach over ${fig}`, `reach more than ${fig}`]), true];
    case 'strive':
      return [`strive to reach ${fig}`, false];
    case 'atleast':
      return [`reach no less than ${fig}`, true];
    default:
      return [`reach ${fig}`, false];
  }
}

/** After a shuffle: every item but the last ends with a semicolon, the last with a full stop. */
function listPunct(items: string[]): string[] {
  const zh = items.some(hasCjk);
  return items.map(
    (item, n) =>
      item.replace(/[;.；。]$/, '') +
      (n === items.length - 1 ? (zh ? '。' : '.') : zh ? '；' : ';'),
  );
}

class Builder {
  blocks: Block[] = [];
  facts: Record<string, Fact> = {};
  h2(t: string) {
    this.blocks.push({ type: 'h2', text: t });
  }
  h3(t: string) {
    this.blocks.push({ type: 'h3', text: t });
  }
  p(t: string) {
    this.blocks.push({ type: 'p', text: t });
  }
  ol(items: string[]) {
    this.blocks.push({ type: 'ol', items: listPunct(items) });
  }
  ul(items: string[]) {
    this.blocks.push({ type: 'ul', items: listPunct(items) });
  }
  fact(key: string, f: Fact, comparative = false): string {
    this.facts[key] = { ...f, key, comparative };
    return f.token;
  }
}

const ZH_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

// ---- Carbon peaking --------------------------------------------------------------------------

function peakZh(r: Region, v: Values, rng: Rng): Builder {
  const b = new Builder();
  const S = scopeZh(r);
  b.p(
    pick(rng, [
      `为深入贯彻落实党中央、国务院关于碳达峰碳中和的重大战略决策，扎实推进${r.zh}碳达峰工作，根据《2030年前碳达峰行动方案》，结合${r.short}实际，制定本方案。`,
      `为全面落实国家碳达峰碳中和战略部署，确保${r.zh}如期实现2030年前碳达峰目标，依据国家有关要求，结合本${r.type === 'province' ? '省' : r.type === 'region' ? '区' : '市'}实际，制定本实施方案。`,
    ]),
  );
  b.h2('一、总体要求');
  b.h3('（一）指导思想');
  b.p(
    pick(rng, [
      '坚持以习近平新时代中国特色社会主义思想为指导，完整、准确、全面贯彻新发展理念，坚持系统观念，处理好发展和减排、整体和局部、短期和中长期的关系，把碳达峰碳中和纳入经济社会发展全局，有力有序有效做好碳达峰工作。',
      '坚持稳中求进工作总基调，立足以煤为主的基本能源结构，统筹稳增长和调结构，坚持先立后破，以能源绿色低碳发展为关键，加快形成节约资源和保护环境的产业结构、生产方式、生活方式和空间格局。',
    ]),
  );
  b.h3('（二）主要目标');
  const nf25 = zhReach(rng, b.fact('nonfossil_2025', fmt.pct(v.nonfossil2025)), [
    'about',
    'above',
    'plain',
  ]);
  b.facts.nonfossil_2025.comparative = nf25[1];
  const ei = b.fact('ei_2025', fmt.pct(v.ei2025));
  const ci = b.fact('ci_2025', fmt.pct(v.ci2025));
  const f25 = b.fact('forest_2025', fmt.pct(v.forest2025));
  const style = int(rng, 0, 2);
  if (style === 0) {
    b.p(`到2025年，${S}：`);
    b.ol(
      shuffle(rng, [
        `非化石能源消费比重${nf25[0]}；`,
        `单位地区生产总值能源消耗比2020年下降${ei}；`,
        `单位地区生产总值二氧化碳排放比2020年下降${ci}；`,
        `森林覆盖率达到${f25}。`,
      ]),
    );
  } else if (style === 1) {
    b.p(
      `“十四五”期间，产业结构和能源结构调整优化取得明显进展，重点行业能源利用效率大幅提升。到2025年，非化石能源消费比重${nf25[0]}，单位地区生产总值能源消耗和二氧化碳排放分别比2020年下降${ei}和${ci}，森林覆盖率达到${f25}，为实现碳达峰奠定坚实基础。`,
    );
  } else {
    b.p(
      `到2025年，${S}单位地区生产总值能源消耗比2020年下降${ei}，单位地区生产总值二氧化碳排放比2020年下降${ci}；非化石能源消费比重${nf25[0]}；森林覆盖率达到${f25}。绿色低碳循环发展的经济体系初步形成。`,
    );
  }
  const nf30 = zhReach(rng, b.fact('nonfossil_2030', fmt.pct(v.nonfossil2030)), [
    'about',
    'above',
    'strive',
  ]);
  b.facts.nonfossil_2030.comparative = nf30[1];
  const f30 = b.fact('forest_2030', fmt.pct(v.forest2030));
  b.p(
    pick(rng, [
      `到2030年，非化石能源消费比重${nf30[0]}，单位地区生产总值二氧化碳排放下降完成国家下达目标，森林覆盖率达到${f30}，顺利实现2030年前碳达峰目标。`,
      `“十五五”期间，产业结构调整取得重大进展，清洁低碳安全高效的能源体系初步建立。到2030年，${S}非化石能源消费比重${nf30[0]}，森林覆盖率提高到${f30}，二氧化碳排放量达到峰值并实现稳中有降。`,
    ]),
  );
  b.h2('二、重点任务');
  const tasks: (() => void)[] = [
    () => {
      b.h3('（一）能源绿色低碳转型行动');
      const ws = zhReach(rng, b.fact('windsolar_2030', fmt.capZh(v.windsolar2030)), [
        'above',
        'plain',
        'strive',
      ]);
      b.facts.windsolar_2030.comparative = ws[1];
      b.p(
        pick(rng, [
          `大力发展新能源，坚持集中式与分布式并举，全面推进风电、太阳能发电大规模开发和高质量发展。到2030年，风电、太阳能发电总装机容量${ws[0]}。严格合理控制煤炭消费增长，推进煤电节能降碳改造、灵活性改造、供热改造“三改联动”。`,
          `严格控制化石能源消费，有序推进煤炭消费减量替代。加快建设新型电力系统，到2030年，${S}风电、太阳能发电总装机容量${ws[0]}，省级电网基本具备5%以上的尖峰负荷响应能力。`,
        ]),
      );
    },
    () => {
      b.h3('（二）节能降碳增效行动');
      b.p(
        pick(rng, [
          '全面提升节能管理能力，实施城市节能降碳工程、园区节能降碳工程和重点用能设备节能增效工程，强化新建项目能评审查，坚决遏制高耗能、高排放、低水平项目盲目发展。',
          '落实节约优先方针，完善能源消费强度和总量双控制度，推动能源消费双控逐步转向碳排放总量和强度双控，加强重点用能单位节能监察。',
        ]),
      );
    },
    () => {
      b.h3('（三）交通运输绿色低碳行动');
      const nev = zhReach(rng, b.fact('nev_2030', fmt.pct(v.nev2030)), ['about', 'plain']);
      b.facts.nev_2030.comparative = nev[1];
      b.p(
        pick(rng, [
          `积极扩大电力、氢能、天然气等新能源、清洁能源在交通运输领域应用。到2030年，当年新增新能源、清洁能源动力的交通工具比例${nev[0]}，营运交通工具单位换算周转量碳排放强度比2020年下降9.5%左右。`,
          `加快推广新能源汽车，逐步降低传统燃油汽车在新车产销和汽车保有量中的占比。到2030年，${S}当年新增新能源、清洁能源动力的交通工具比例${nev[0]}，加快完善充换电、加氢等基础设施。`,
        ]),
      );
    },
    () => {
      b.h3('（四）碳汇能力巩固提升行动');
      b.p(
        pick(rng, [
          '巩固生态系统固碳作用，严守生态保护红线，稳定现有森林、草原、湿地、土壤等固碳作用，深入推进大规模国土绿化行动，持续增加森林面积和蓄积量。',
          '坚持山水林田湖草沙一体化保护和系统治理，科学推进国土绿化，实施森林质量精准提升工程，提升生态系统碳汇增量。',
        ]),
      );
    },
  ];
  const order = rng() < 0.5 ? [0, 1, 2, 3] : [1, 0, 2, 3];
  order.forEach((i) => tasks[i]());
  b.h2('三、保障措施');
  b.p(
    pick(rng, [
      `加强统筹协调，${r.zh}碳达峰碳中和工作领导小组对碳达峰工作进行整体部署和系统推进。各地区、各部门要压实责任，将碳达峰目标任务落实情况纳入生态环境保护督察和高质量发展综合绩效评价。`,
      `强化组织领导，建立健全碳排放统计核算体系，加大财政金融支持力度，严格监督考核，对工作突出的地区、单位和个人按规定给予表彰奖励。`,
    ]),
  );
  return b;
}

function peakEn(r: Region, v: Values, rng: Rng): Builder {
  const b = new Builder();
  const name = r.enFull;
  b.p(
    pick(rng, [
      `This plan is formulated to implement the decisions of the CPC Central Committee and the State Council on carbon peaking and carbon neutrality and the Action Plan for Carbon Dioxide Peaking Before 2030, in the light of the actual conditions of ${name}.`,
      `In order to ensure that ${name} peaks its carbon dioxide emissions before 2030, this implementation plan is formulated in accordance with the national requirements and the actual situation of ${scopeEn(r)}.`,
    ]),
  );
  b.h2('Chapter I General Requirements');
  b.h3('Article 1 Guiding ideology');
  b.p(
    pick(rng, [
      'Guided by the new development philosophy, the plan treats carbon peaking as a systemic task, balancing development and emission reduction, the whole and the parts, and the short and the long term, and incorporates carbon peaking into overall economic and social development.',
      'Adhering to the principle of "establishing the new before abolishing the old", the plan takes the green and low-carbon transition of energy as the key and accelerates an industrial structure, mode of production and way of life that save resources and protect the environment.',
    ]),
  );
  b.h3('Article 2 Main targets');
  const nf25 = enReach(rng, b.fact('nonfossil_2025', fmt.pct(v.nonfossil2025)), [
    'about',
    'over',
    'plain',
  ]);
  b.facts.nonfossil_2025.comparative = nf25[1];
  const ei = b.fact('ei_2025', fmt.pct(v.ei2025));
  const ci = b.fact('ci_2025', fmt.pct(v.ci2025));
  const f25 = b.fact('forest_2025', fmt.pct(v.forest2025));
  const style = int(rng, 0, 2);
  if (style === 0) {
    b.p(`By the end of 2025, ${name} will:`);
    b.ol(
      shuffle(rng, [
        `raise the share of non-fossil energy in total energy consumption to ${nf25[0]
          .replace(/^reach /, '')
          .replace(/^exceed /, 'over ')
          .replace(/^strive to reach /, '')};`,
        `cut energy consumption per unit of regional GDP by ${ei} from the 2020 level;`,
        `cut carbon dioxide emissions per unit of regional GDP by ${ci} from the 2020 level;`,
        `raise forest coverage to ${f25}.`,
      ]),
    );
  } else if (style === 1) {
    b.p(
      `During the 14th Five-Year Plan period, notable progress will be made in adjusting the industrial and energy structures. By 2025, the share of non-fossil energy consumption will ${nf25[0]}; energy consumption and carbon dioxide emissions per unit of regional GDP will fall by ${ei} and ${ci} respectively compared with 2020; and forest coverage will reach ${f25}.`,
    );
  } else {
    b.p(
      `By 2025, energy consumption per unit of GDP in ${scopeEn(r)} will be ${ei} lower than in 2020 and carbon dioxide emissions per unit of GDP ${ci} lower; the share of non-fossil energy in energy consumption will ${nf25[0]}; forest coverage will reach ${f25}.`,
    );
  }
  const nf30 = enReach(rng, b.fact('nonfossil_2030', fmt.pct(v.nonfossil2030)), [
    'about',
    'over',
    'strive',
  ]);
  b.facts.nonfossil_2030.comparative = nf30[1];
  const f30 = b.fact('forest_2030', fmt.pct(v.forest2030));
  b.p(
    pick(rng, [
      `By 2030, the share of non-fossil energy consumption will ${nf30[0]}, the decline in carbon dioxide emissions per unit of GDP will meet the target assigned by the State, forest coverage will reach ${f30}, and carbon dioxide emissions will peak before 2030.`,
      `During the 15th Five-Year Plan period a clean, low-carbon, safe and efficient energy system will be basically in place. By 2030, the share of non-fossil energy in energy consumption in ${scopeEn(r)} will ${nf30[0]} and forest coverage will rise to ${f30}.`,
    ]),
  );
  b.h2('Chapter II Key Tasks');
  const capFact = fmt.capEn(v.windsolar2030, v.capStyle);
  const ws = b.fact('windsolar_2030', capFact);
  const nev = b.fact('nev_2030', fmt.pct(v.nev2030));
  b.facts.nev_2030.comparative = true;
  const arts: [string, string][] = [
    [
      'Green and low-carbon energy transition',
      pick(rng, [
        `Wind and solar power will be developed on a large scale, with centralised and distributed projects in parallel. By 2030, the total installed capacity of wind and solar power will reach ${ws} or more. The growth of coal consumption will be strictly controlled and coal power units upgraded for energy saving, flexibility and heat supply.`,
        `A new-type power system will be built. By 2030, the combined installed capacity of wind power and solar power in ${scopeEn(r)} will reach ${ws}, and the provincial grid will be able to shave at least 5% of peak load through demand response.`,
      ]),
    ],
    [
      'Energy saving, carbon reduction and efficiency',
      pick(rng, [
        'Energy-saving management will be strengthened through energy-saving and carbon-reduction projects in cities, industrial parks and key energy-using equipment, and the blind development of projects with high energy consumption and high emissions will be resolutely curbed.',
        'The dual control of energy consumption will gradually shift to the dual control of total carbon emissions and carbon intensity, and supervision of key energy-consuming entities will be strengthened.',
      ]),
    ],
    [
      'Green and low-carbon transport',
      pick(rng, [
        `Electricity, hydrogen and natural gas will be used more widely in transport. By 2030, new energy and clean energy vehicles will account for about ${nev} of newly added means of transport, and charging and hydrogen refuelling facilities will be improved.`,
        `The share of conventional fuel vehicles in new car sales and in the vehicle stock will be gradually reduced. By 2030, about ${nev} of newly added vehicles will be powered by new or clean energy.`,
      ]),
    ],
    [
      'Consolidating and enhancing carbon sinks',
      pick(rng, [
        'Ecological protection red lines will be strictly observed, the carbon sequestration of forests, grasslands, wetlands and soil will be stabilised, and large-scale land greening will continue to increase forest area and stock volume.',
        'Mountains, rivers, forests, farmland, lakes, grasslands and deserts will be protected as a whole, and forest quality improvement projects will raise the carbon sink increment of ecosystems.',
      ]),
    ],
  ];
  const order = rng() < 0.5 ? [0, 1, 2, 3] : [1, 0, 2, 3];
  order.forEach((i, n) => {
    b.h3(`Article ${n + 3} ${arts[i][0]}`);
    b.p(arts[i][1]);
  });
  b.h2('Chapter III Safeguards');
  b.h3('Article 7 Organisation and assessment');
  b.p(
    pick(rng, [
      `The leading group on carbon peaking and carbon neutrality of ${name} will coordinate the work as a whole. The implementation of the targets will be included in the comprehensive assessment of high-quality development.`,
      'All departments will strengthen organisation and leadership, improve the statistical accounting system for carbon emissions, increase fiscal and financial support, and strictly supervise and assess implementation.',
    ]),
  );
  return b;
}

// ---- Energy 14th FYP ------------------------------------------------------------------------

function energyZh(r: Region, v: Values, rng: Rng): Builder {
  const b = new Builder();
  const S = scopeZh(r);
  b.p(
    pick(rng, [
      `本规划根据《${r.zh}国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》和国家能源发展规划编制，主要阐明“十四五”时期${r.short}能源发展的指导思想、基本原则、发展目标和重点任务，是全${r.type === 'province' ? '省' : r.type === 'region' ? '区' : '市'}能源发展的总体蓝图和行动纲领。`,
      `“十四五”时期是碳达峰的关键期、窗口期。为加快构建清洁低碳、安全高效的现代能源体系，依据国家和${r.zh}有关规划，制定本规划，规划期为2021—2025年。`,
    ]),
  );
  b.h2('一、发展基础');
  b.p(
    `“十三五”以来，${S}能源结构持续优化。截至2020年底，${S}风电装机${v.wind2020}万千瓦，光伏发电装机${v.pv2020}万千瓦，煤炭消费比重为${v.coal2020}%，可再生能源装机规模和发电量稳步增长。同时，能源发展仍面临保供压力较大、系统调节能力不足、新能源消纳矛盾逐步显现等问题。`,
  );
  b.h2('二、发展目标');
  const wind = b.fact('wind_2025', fmt.capZh(v.wind2025));
  const pvR = zhReach(rng, b.fact('pv_2025', fmt.capZh(v.pv2025)), ['above', 'plain', 'strive']);
  b.facts.pv_2025.comparative = pvR[1];
  const stR = zhReach(rng, b.fact('storage_2025', fmt.capZh(v.storage2025)), [
    'above',
    'plain',
    'strive',
    'about',
  ]);
  b.facts.storage_2025.comparative = stR[1];
  const coal = b.fact('coal_2025', fmt.pct(v.coal2025));
  const coalCmp = rng() < 0.5;
  b.facts.coal_2025.comparative = coalCmp;
  const gas = b.fact('gas_2025', fmt.gasZh(v.gas2025));
  const items = [
    `风电装机容量达到${wind}${r.coastal ? `，其中海上风电装机${b.fact('offshore_2025', fmt.capZh(v.offshore2025))}` : ''}；`,
    `光伏发电装机容量${pvR[0]}；`,
    `新型储能装机规模${stR[0]}；`,
    `煤炭消费比重${coalCmp ? `下降到${coal}以下` : `控制在${coal}`}；`,
    `天然气消费量达到${gas}。`,
  ];
  if (rng() < 0.5) {
    b.p(`到2025年，${S}能源发展主要目标是：`);
    b.ol(items);
  } else {
    b.p(
      pick(rng, [
        `展望2025年，能源结构调整取得明显成效，${S}：`,
        `到“十四五”末（2025年），主要指标如下：`,
      ]),
    );
    b.ul(items);
  }
  b.h2('三、重点任务');
  b.h3('（一）大力发展非化石能源');
  b.p(
    pick(rng, [
      `坚持集中式和分布式并举，建设一批百万千瓦级新能源基地，推进整县屋顶分布式光伏开发试点${r.coastal ? '，有序推进海上风电规模化开发' : ''}。`,
      `加快风电、光伏发电基地建设，推动新能源与生态治理、乡村振兴融合发展${r.coastal ? '，积极稳妥推进近海风电项目建设，探索深远海风电示范' : ''}。`,
    ]),
  );
  b.h3('（二）提升电力系统调节能力');
  b.p(
    pick(rng, [
      '加快抽水蓄能电站建设，推动新型储能多元化发展，实施煤电机组灵活性改造，提升需求侧响应能力，增强电力系统对新能源的消纳能力。',
      '推动“新能源+储能”发展，新建集中式风电、光伏项目按一定比例配置储能，鼓励建设独立共享储能电站，完善储能参与电力市场机制。',
    ]),
  );
  b.h3('（三）推动煤炭清洁高效利用');
  b.p(
    '严控煤炭消费总量，推进散煤治理和燃煤锅炉淘汰，实施煤电机组节能降碳改造，提高电煤占煤炭消费比重。',
  );
  b.h2('四、保障措施');
  b.p(
    pick(rng, [
      '加强规划实施监测评估，强化用地用海、财政金融等要素保障，健全能源价格机制，确保规划目标任务落到实处。',
      '各地、各有关部门要按照职责分工，细化落实措施，加强协同配合，定期开展规划实施评估，重大问题及时报告。',
    ]),
  );
  return b;
}

function energyEn(r: Region, v: Values, rng: Rng): Builder {
  const b = new Builder();
  const sc = scopeEn(r);
  const cap = (w: number) => fmt.capEn(w, v.capStyle);
  b.p(
    pick(rng, [
      `This plan is prepared on the basis of the 14th Five-Year Plan for the National Economic and Social Development of ${r.enFull} and the national energy plans. It sets out the guiding principles, goals and key tasks of energy development in ${sc} from 2021 to 2025.`,
      `The 14th Five-Year Plan period is a key window for carbon peaking. To build a clean, low-carbon, safe and efficient modern energy system, ${r.en} has prepared this plan for the period 2021–2025.`,
    ]),
  );
  b.h2('Chapter I Development Foundation');
  b.p(
    `Since the 13th Five-Year Plan period the energy structure of ${sc} has kept improving. By the end of 2020, installed wind power capacity was ${cap(v.wind2020 - (v.wind2020 % 10)).token}, installed photovoltaic capacity was ${cap(v.pv2020 - (v.pv2020 % 10)).token}, and coal accounted for ${v.coal2020}% of energy consumption. Supply security, system flexibility and the integration of renewables remain challenges.`,
  );
  b.h2('Chapter II Development Targets');
  const wind = b.fact('wind_2025', cap(v.wind2025));
  const pv = b.fact('pv_2025', cap(v.pv2025));
  const pvCmp = rng() < 0.5;
  b.facts.pv_2025.comparative = pvCmp;
  const st = b.fact('storage_2025', cap(v.storage2025));
  const stCmp = rng() < 0.5;
  b.facts.storage_2025.comparative = stCmp;
  const coal = b.fact('coal_2025', fmt.pct(v.coal2025));
  const coalCmp = rng() < 0.5;
  b.facts.coal_2025.comparative = coalCmp;
  const gas = b.fact('gas_2025', fmt.gasEn(v.gas2025));
  const items = [
    `installed wind power capacity will reach ${wind}${r.coastal ? `, of which offshore wind power ${b.fact('offshore_2025', cap(v.offshore2025))}` : ''};`,
    `installed photovoltaic capacity will reach ${pvCmp ? `over ${pv}` : pv};`,
    `new-type energy storage capacity will reach ${stCmp ? `no less than ${st}` : st};`,
    `the share of coal in energy consumption will ${coalCmp ? `fall below ${coal}` : `be held at ${coal}`};`,
    `natural gas consumption will reach ${gas}.`,
  ];
  b.p(
    pick(rng, [
      `By 2025, the main targets for energy development in ${r.en} are as follows:`,
      `By the end of the 14th Five-Year Plan period (2025), ${r.en} will meet the following targets:`,
    ]),
  );
  if (rng() < 0.5) b.ol(items);
  else b.ul(items);
  b.h2('Chapter III Key Tasks');
  b.h3('Article 1 Developing non-fossil energy');
  b.p(
    pick(rng, [
      `Centralised and distributed projects will be developed in parallel, a number of gigawatt-scale renewable energy bases will be built, and rooftop distributed PV will be rolled out county by county${r.coastal ? '; offshore wind will be developed at scale' : ''}.`,
      `Wind and PV bases will be accelerated and combined with ecological restoration and rural revitalisation${r.coastal ? '; near-shore wind farms will be built and deep-sea demonstration projects explored' : ''}.`,
    ]),
  );
  b.h3('Article 2 Power system flexibility');
  b.p(
    pick(rng, [
      'Pumped storage power stations will be accelerated, new-type energy storage diversified, coal power units retrofitted for flexibility, and demand response capacity improved.',
      'New centralised wind and PV projects shall be equipped with storage in proportion, and independent shared storage stations are encouraged to take part in the power market.',
    ]),
  );
  b.h3('Article 3 Clean and efficient use of coal');
  b.p(
    'Total coal consumption will be strictly controlled, scattered coal use and small coal-fired boilers phased out, and coal power units upgraded for energy saving and carbon reduction.',
  );
  b.h2('Chapter IV Safeguards');
  b.p(
    pick(rng, [
      'Monitoring and evaluation of the plan will be strengthened, land, sea area, fiscal and financial support secured, and energy pricing improved.',
      'All departments shall break down the tasks according to their responsibilities and carry out regular evaluations of the implementation of this plan.',
    ]),
  );
  return b;
}

// ---- Trade-in ------------------------------------------------------------------------------

function tradeinZh(r: Region, v: Values, rng: Rng): Builder {
  const b = new Builder();
  const S = scopeZh(r);
  b.p(
    pick(rng, [
      `为贯彻落实《推动大规模设备更新和消费品以旧换新行动方案》（国发〔2024〕7号）部署，加力支持${r.zh}消费品以旧换新，释放消费潜力，制定本方案。`,
      `为深入实施国家消费品以旧换新政策，用好超长期特别国债资金，推动汽车、家电等耐用消费品更新换代，结合${r.short}实际，制定本实施方案。`,
    ]),
  );
  b.h2('一、工作目标');
  const target = b.fact('scrap_target', fmt.countZh(v.scrapTarget));
  const funds = b.fact('funds', fmt.moneyZh(v.funds));
  b.p(
    pick(rng, [
      `到2025年，${S}报废更新和置换更新汽车${target}以上，废旧家电回收量较2023年增长30%，以旧换新带动消费明显增长。2024年，${S}统筹安排以旧换新资金${funds}。`,
      `2024年${S}安排消费品以旧换新资金${funds}。力争到2025年，全${S.slice(1)}完成报废更新和置换更新汽车${target}，家电以旧换新规模持续扩大。`,
    ]),
  );
  b.h2('二、支持政策');
  const nevF = fmt.yuanZh(v.nevScrap, v.yuanStyle);
  const fuelF = fmt.yuanZh(v.fuelScrap, v.yuanStyle);
  const repF = fmt.yuanZh(v.replaceCap, v.yuanStyle);
  const capF = fmt.yuanZh(v.applianceCap, 'yuan');
  const sections: (() => void)[] = [
    () => {
      b.h3('（一）汽车报废更新补贴');
      b.p(
        pick(rng, [
          `对个人消费者报废符合条件的燃油乘用车或新能源乘用车，并购买纳入工业和信息化部《减免车辆购置税的新能源汽车车型目录》的新能源乘用车的，补贴${b.fact('nev_scrap', nevF)}；购买2.0升及以下排量燃油乘用车的，补贴${b.fact('fuel_scrap', fuelF)}。`,
          `个人消费者报废旧车并购买新能源乘用车的，每辆车补贴${b.fact('nev_scrap', nevF)}；报废旧车并购买2.0升及以下排量燃油乘用车的，每辆车补贴${b.fact('fuel_scrap', fuelF)}。每位消费者限补贴1辆。`,
        ]),
      );
    },
    () => {
      b.h3('（二）汽车置换更新补贴');
      b.p(
        pick(rng, [
          `个人消费者转让本人名下旧车并在${S.slice(1)}内购买新车的，按新车销售价格分档给予补贴，最高补贴${b.fact('replace_cap', repF)}。`,
          `对置换更新乘用车的个人消费者，根据新车价格分档补贴，其中购买新能源乘用车的最高补贴${b.fact('replace_cap', repF)}。`,
        ]),
      );
    },
    () => {
      b.h3('（三）家电产品以旧换新补贴');
      const pct = b.fact('appliance_pct', fmt.pct(v.appliancePct));
      b.p(
        pick(rng, [
          `对个人消费者购买2级及以上能效或水效标准的冰箱、洗衣机、电视、空调、电脑、热水器等家电产品，按产品销售价格的${pct}给予补贴，每位消费者每类产品可补贴1件，每件补贴不超过${b.fact('appliance_cap', capF)}。`,
          `个人消费者购买符合条件的2级及以上能效家电产品，给予销售价格${pct}的补贴；购买1级能效及以上产品的，额外再给予5%的补贴。每件补贴最高${b.fact('appliance_cap', capF)}。`,
        ]),
      );
    },
  ];
  (rng() < 0.5 ? [0, 1, 2] : [0, 2, 1]).forEach((i) => sections[i]());
  b.h2('三、保障措施');
  b.p(
    pick(rng, [
      '各级商务、财政、发展改革部门要加强协同，简化补贴申领流程，严格资金审核，严厉打击骗补套补行为，确保资金安全和政策效果。',
      '建立健全工作机制，加强政策宣传解读，畅通线上线下申领渠道，及时兑付补贴资金，定期调度工作进展。',
    ]),
  );
  b.p('本方案自印发之日起施行，有效期至2025年12月31日。');
  return b;
}

function tradeinEn(r: Region, v: Values, rng: Rng): Builder {
  const b = new Builder();
  const sc = scopeEn(r);
  b.p(
    pick(rng, [
      `This plan implements the Action Plan for Promoting Large-scale Equipment Renewal and the Trade-in of Consumer Goods (Guo Fa [2024] No. 7) and steps up support for consumer trade-ins in ${r.en}.`,
      `To make good use of ultra-long-term special treasury bond funds and encourage the replacement of cars, home appliances and other durable goods, ${r.en} formulates this plan in the light of its actual conditions.`,
    ]),
  );
  b.h2('Chapter I Objectives');
  const target = b.fact('scrap_target', fmt.countEn(v.scrapTarget));
  const funds = b.fact('funds', fmt.moneyEn(v.funds));
  b.p(
    pick(rng, [
      `By 2025, more than ${target} vehicles will be scrapped or replaced in ${sc} and the recycling of used home appliances will grow by 30% over 2023. In 2024, ${r.en} will allocate ${funds} for trade-in subsidies.`,
      `In 2024, ${sc} will arrange ${funds} for the trade-in of consumer goods. By 2025, it aims to renew ${target} vehicles through scrappage and replacement.`,
    ]),
  );
  b.h2('Chapter II Support Measures');
  const arts: (() => [string, string])[] = [
    () => [
      'Subsidies for scrapping and renewing vehicles',
      pick(rng, [
        `An individual consumer who scraps an eligible fuel or new energy passenger vehicle and buys a new energy passenger vehicle listed in the MIIT catalogue will receive a subsidy of ${b.fact('nev_scrap', fmt.yuanEn(v.nevScrap))} yuan; one who buys a fuel passenger vehicle with an engine of 2.0 litres or less will receive ${b.fact('fuel_scrap', fmt.yuanEn(v.fuelScrap))} yuan.`,
        `Consumers who scrap an old car and buy a new energy passenger car receive RMB ${b.fact('nev_scrap', fmt.yuanEn(v.nevScrap))} per vehicle; for a fuel car of 2.0 litres or below the subsidy is RMB ${b.fact('fuel_scrap', fmt.yuanEn(v.fuelScrap))}. Each consumer may claim for one vehicle.`,
      ]),
    ],
    () => [
      'Subsidies for replacing vehicles',
      pick(rng, [
        `Consumers who sell an old car registered in their name and buy a new car in ${sc} will receive a subsidy graded by the price of the new car, up to ${b.fact('replace_cap', fmt.yuanEn(v.replaceCap))} yuan.`,
        `For the replacement of passenger cars, subsidies are graded by the price of the new vehicle, with a maximum of RMB ${b.fact('replace_cap', fmt.yuanEn(v.replaceCap))} per vehicle.`,
      ]),
    ],
    () => {
      const pct = b.fact('appliance_pct', fmt.pct(v.appliancePct));
      return [
        'Subsidies for home appliances',
        pick(rng, [
          `Individual consumers who buy refrigerators, washing machines, televisions, air conditioners, computers or water heaters rated grade 2 or above for energy or water efficiency receive ${pct} of the sales price, capped at ${b.fact('appliance_cap', fmt.yuanEn(v.applianceCap))} yuan per item, one item per product category.`,
          `A subsidy of ${pct} of the sales price is granted for eligible household appliances of energy-efficiency grade 2 or above, with an extra 5% for grade 1 products; the subsidy may not exceed RMB ${b.fact('appliance_cap', fmt.yuanEn(v.applianceCap))} per item.`,
        ]),
      ];
    },
  ];
  (rng() < 0.5 ? [0, 1, 2] : [0, 2, 1]).forEach((i, n) => {
    const [h, t] = arts[i]();
    b.h3(`Article ${n + 1} ${h}`);
    b.p(t);
  });
  b.h2('Chapter III Safeguards');
  b.p(
    pick(rng, [
      'Commerce, finance and development and reform departments at all levels shall coordinate closely, simplify claims, audit funds strictly and crack down on fraudulent claims.',
      'Working mechanisms will be established, policies publicised, online and offline application channels opened, and subsidies paid promptly.',
    ]),
  );
  b.p('This plan takes effect on the date of issue and remains valid until 31 December 2025.');
  return b;
}

// ---- Green building -------------------------------------------------------------------------

function buildingZh(r: Region, v: Values, rng: Rng): Builder {
  const b = new Builder();
  b.p(
    pick(rng, [
      `为推动${r.zh}城乡建设绿色发展，落实碳达峰碳中和目标，根据国家《“十四五”建筑节能与绿色建筑发展规划》和本市国民经济和社会发展第十四个五年规划，编制本规划。`,
      `本规划是“十四五”时期${r.zh}绿色建筑发展的指导性文件，规划期为2021—2025年。`,
    ]),
  );
  b.h2('第一章 发展现状');
  b.p(
    `“十三五”期间，${r.short}累计建成绿色建筑面积${int(rng, 30, 200) * 100}万平方米，城镇新建民用建筑全面执行绿色建筑标准，可再生能源建筑应用规模不断扩大。`,
  );
  b.h2('第二章 发展目标');
  const star = zhReach(rng, b.fact('star_2025', fmt.pct(v.star2025)), [
    'above',
    'plain',
    'atleast',
  ]);
  b.facts.star_2025.comparative = star[1];
  const ul = b.fact('ultralow_2025', fmt.areaZh(v.ultralow2025));
  const bpv = b.fact('bpv_2025', fmt.capZh(v.bpv2025));
  const ret = b.fact('retrofit_2025', fmt.areaZh(v.retrofit2025));
  const pre = b.fact('prefab_2025', fmt.pct(v.prefab2025));
  b.p('到2025年，全市：');
  b.ol(
    shuffle(rng, [
      `城镇新建建筑全面建成绿色建筑，星级绿色建筑占新建建筑比例${star[0]}；`,
      `新建超低能耗、近零能耗建筑${ul}；`,
      `新增建筑太阳能光伏装机容量${bpv}；`,
      `完成既有建筑节能改造面积${ret}；`,
      `装配式建筑占新建建筑面积比例达到${pre}。`,
    ]),
  );
  b.h2('第三章 重点任务');
  b.p(
    pick(rng, [
      '第一条 提升新建建筑绿色低碳水平。严格执行建筑节能标准，政府投资公益性建筑和大型公共建筑全面执行二星级及以上绿色建筑标准。',
      '第一条 推动绿色建筑高质量发展。完善绿色建筑标识管理，加强设计、施工、验收全过程监管。',
    ]),
  );
  b.p(
    pick(rng, [
      '第二条 推进既有建筑节能改造。以公共建筑和老旧小区为重点，实施外墙保温、门窗更换、供热计量等改造。',
      '第二条 加强既有建筑节能改造，结合城市更新和老旧小区改造同步实施节能改造。',
    ]),
  );
  b.p(
    '第三条 推广可再生能源建筑应用。推动新建厂房、公共建筑屋顶光伏全覆盖，因地制宜推广地源热泵和空气源热泵。',
  );
  b.h2('第四章 保障措施');
  b.p('加强组织领导，完善财政激励和绿色金融支持政策，将绿色建筑发展目标纳入相关考核。');
  return b;
}

function buildingEn(r: Region, v: Values, rng: Rng): Builder {
  const b = new Builder();
  b.p(
    pick(rng, [
      `To promote green development in urban and rural construction in ${r.en} and meet the carbon peaking and carbon neutrality goals, this plan is prepared on the basis of the national 14th Five-Year Plan for Building Energy Efficiency and Green Building Development.`,
      `This plan guides the development of green buildings in ${r.en} during the 14th Five-Year Plan period (2021–2025).`,
    ]),
  );
  b.h2('Chapter I Current Situation');
  b.p(
    `During the 13th Five-Year Plan period, ${r.en} completed ${int(rng, 3, 20)} million square metres of green buildings, and all new urban civil buildings applied green building standards.`,
  );
  b.h2('Chapter II Targets');
  const star = b.fact('star_2025', fmt.pct(v.star2025));
  const starCmp = rng() < 0.6;
  b.facts.star_2025.comparative = starCmp;
  const ul = b.fact('ultralow_2025', fmt.areaEn(v.ultralow2025));
  const bpv = b.fact(
    'bpv_2025',
    fmt.capEn(v.bpv2025, 'mkw'.length && v.bpv2025 >= 100 ? 'GW' : 'mkw'),
  );
  const ret = b.fact('retrofit_2025', fmt.areaEn(v.retrofit2025));
  const pre = b.fact('prefab_2025', fmt.pct(v.prefab2025));
  b.p(`By 2025, ${r.en} will:`);
  b.ol(
    shuffle(rng, [
      `build all new urban buildings as green buildings, with star-rated green buildings accounting for ${starCmp ? `over ${star}` : star} of new buildings;`,
      `build ${ul} of ultra-low and near-zero energy buildings;`,
      `add ${bpv} of building-integrated solar PV capacity;`,
      `complete energy-saving retrofits of ${ret} of existing buildings;`,
      `raise prefabricated buildings to ${pre} of new construction.`,
    ]),
  );
  b.h2('Chapter III Key Tasks');
  b.p(
    'Article 1 New buildings will meet higher energy efficiency standards; government-funded public buildings and large public buildings shall meet two-star green building standards or above.',
  );
  b.p(
    'Article 2 Energy retrofits of public buildings and old residential communities will be combined with urban renewal.',
  );
  b.p(
    'Article 3 Rooftop PV will cover new factory and public buildings, and ground-source and air-source heat pumps will be promoted where suitable.',
  );
  b.h2('Chapter IV Safeguards');
  b.p(
    'Organisation will be strengthened, fiscal incentives and green finance improved, and green building targets included in performance assessment.',
  );
  return b;
}

const BUILDERS: Record<Kind, Record<Lang, (r: Region, v: Values, rng: Rng) => Builder>> = {
  peak: { zh: peakZh, en: peakEn },
  energy: { zh: energyZh, en: energyEn },
  tradein: { zh: tradeinZh, en: tradeinEn },
  building: { zh: buildingZh, en: buildingEn },
};

const EXTS = ['md', 'html', 'txt'];

export function provincialDocs(): ProvDoc[] {
  const out: ProvDoc[] = [];
  for (const [key, kind, langs] of PLANS) {
    const r = REGION[key];
    const v = valuesFor(r);
    for (const lang of langs === 'both' ? (['zh', 'en'] as Lang[]) : [langs]) {
      const year = KIND_YEAR[kind] + (kind === 'peak' && hash(key) % 3 === 0 ? 1 : 0);
      const id = `${lang}-${key}-${KIND_SLUG[kind]}-${year}`;
      const rng = prng(hash(id));
      const ext = EXTS[hash(id + ':ext') % 3];
      const t = titles(r, kind);
      const builder = BUILDERS[kind][lang](r, v, rng);
      const month = int(rng, 1, 12);
      const day = int(rng, 1, 28);
      const doc: Doc = {
        meta: {
          id,
          file: `${id}.${ext}`,
          title: lang === 'zh' ? t.zh : t.en,
          issuer: lang === 'zh' ? issuerZh(r, kind) : issuerEn(r, kind),
          doc_number: docNumber(r, kind, lang, rng, year),
          date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          region: r.en,
          level: r.type === 'city' || r.type === 'municipality' ? 'municipal' : 'provincial',
          sectors: KIND_SECTORS[kind],
          language: lang,
          url: null,
        },
        blocks: builder.blocks,
      };
      out.push({
        doc,
        region: r,
        kind,
        lang,
        facts: builder.facts,
        shortTitle: lang === 'zh' ? t.zh : t.en,
        enTitle: t.en,
        zhTitle: t.zh,
      });
    }
  }
  return out;
}

export { ZH_NUM, EN_ROMAN };
