import type { Random } from './random.ts';

/**
 * The vocabulary of the synthetic corpus: the 31 mainland provincial-level divisions, policy
 * topics, target sentences (with the structured target they state) and filler sentences, in
 * English and Chinese. Wording follows real provincial plans so that tokens, vector sparsity
 * and sentence lengths resemble the sample corpus.
 */
export interface Province {
  /** Canonical English name, as stored in `documents.region` and used in filters. */
  name: string;
  zh: string;
}

export const PROVINCES: readonly Province[] = [
  { name: 'Beijing', zh: '北京市' },
  { name: 'Tianjin', zh: '天津市' },
  { name: 'Shanghai', zh: '上海市' },
  { name: 'Chongqing', zh: '重庆市' },
  { name: 'Hebei', zh: '河北省' },
  { name: 'Shanxi', zh: '山西省' },
  { name: 'Liaoning', zh: '辽宁省' },
  { name: 'Jilin', zh: '吉林省' },
  { name: 'Heilongjiang', zh: '黑龙江省' },
  { name: 'Jiangsu', zh: '江苏省' },
  { name: 'Zhejiang', zh: '浙江省' },
  { name: 'Anhui', zh: '安徽省' },
  { name: 'Fujian', zh: '福建省' },
  { name: 'Jiangxi', zh: '江西省' },
  { name: 'Shandong', zh: '山东省' },
  { name: 'Henan', zh: '河南省' },
  { name: 'Hubei', zh: '湖北省' },
  { name: 'Hunan', zh: '湖南省' },
  { name: 'Guangdong', zh: '广东省' },
  { name: 'Hainan', zh: '海南省' },
  { name: 'Sichuan', zh: '四川省' },
  { name: 'Guizhou', zh: '贵州省' },
  { name: 'Yunnan', zh: '云南省' },
  { name: 'Shaanxi', zh: '陕西省' },
  { name: 'Gansu', zh: '甘肃省' },
  { name: 'Qinghai', zh: '青海省' },
  { name: 'Inner Mongolia', zh: '内蒙古自治区' },
  { name: 'Guangxi', zh: '广西壮族自治区' },
  { name: 'Tibet', zh: '西藏自治区' },
  { name: 'Ningxia', zh: '宁夏回族自治区' },
  { name: 'Xinjiang', zh: '新疆维吾尔自治区' },
];

export interface Topic {
  en: string;
  zh: string;
  sectors: string[];
}

export const TOPICS: readonly Topic[] = [
  { en: 'Energy Development', zh: '能源发展', sectors: ['energy', 'power'] },
  {
    en: 'Carbon Peaking Implementation',
    zh: '碳达峰实施方案',
    sectors: ['energy', 'industry', 'transport', 'buildings'],
  },
  {
    en: 'New Energy Vehicle Industry Development',
    zh: '新能源汽车产业发展',
    sectors: ['transport', 'industry'],
  },
  { en: 'Green Building Development', zh: '绿色建筑发展', sectors: ['buildings'] },
  {
    en: 'Energy Conservation and Emission Reduction',
    zh: '节能减排综合工作',
    sectors: ['energy', 'industry'],
  },
  { en: 'Renewable Energy Development', zh: '可再生能源发展', sectors: ['energy', 'power'] },
  { en: 'Ecological Protection and Forestry', zh: '林业和生态保护', sectors: ['forestry'] },
  { en: 'Green Finance', zh: '绿色金融发展', sectors: ['finance'] },
];

export const HEADINGS_EN = [
  'General Requirements',
  'Main Objectives',
  'Key Tasks',
  'Optimising the Energy Structure',
  'Green Transport',
  'Energy Efficiency in Industry',
  'Buildings and Urban Development',
  'Safeguard Measures',
  'Organisation and Implementation',
  'Policy Support',
];
export const HEADINGS_ZH = [
  '总体要求',
  '主要目标',
  '重点任务',
  '优化能源结构',
  '绿色交通',
  '工业节能降碳',
  '城乡建设绿色发展',
  '保障措施',
  '组织实施',
  '政策支持',
];
const CHAPTER_ZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export function chapterHeading(language: 'en' | 'zh', index: number, title: string): string {
  return language === 'en'
    ? `Chapter ${index + 1} ${title}`
    : `第${CHAPTER_ZH[index % CHAPTER_ZH.length]}章 ${title}`;
}

/** A target sentence and the structured target it states (value in the canonical unit). */
export interface TargetSentence {
  text: string;
  metric: string;
  value: number;
  unit: string;
  value_raw: string;
  unit_raw: string;
  direction: 'reach' | 'at least' | 'decrease';
  qualifier: string | null;
  baseline_year: number | null;
  target_year: number;
  sector: string;
}

interface TargetTemplate {
  metric: string;
  sector: string;
  unit: string;
  direction: TargetSentence['direction'];
  /** Draws the stated number. */
  draw(random: Random): number;
  /** Canonical value from the drawn number (scale words applied). */
  scale(drawn: number): number;
  en: TemplateSide;
  zh: TemplateSide;
}

interface TemplateSide {
  unit_raw: string;
  qualifier: string | null;
  /** The number as this language writes it (default: as drawn). */
  raw?: (drawn: number) => string;
  text(region: string, year: number, value: string, base: number): string;
}

const thousands = (n: number) => n.toLocaleString('en-US');

const oneDecimal = (min: number, max: number) => (random: Random) =>
  Math.round((min + random.next() * (max - min)) * 10) / 10;
const whole = (min: number, max: number) => (random: Random) => random.int(min, max);
const same = (v: number) => v;

export const TARGET_TEMPLATES: readonly TargetTemplate[] = [
  {
    metric: 'non-fossil energy share of energy consumption',
    sector: 'energy',
    unit: '%',
    direction: 'reach',
    draw: oneDecimal(12, 38),
    scale: same,
    en: {
      unit_raw: '%',
      qualifier: null,
      text: (r, y, v) =>
        `By ${y}, the share of non-fossil energy in total energy consumption in ${r} will reach ${v}%.`,
    },
    zh: {
      unit_raw: '%',
      qualifier: null,
      text: (r, y, v) => `到${y}年，${r}非化石能源消费比重达到${v}%。`,
    },
  },
  {
    metric: 'energy consumption per unit of GDP',
    sector: 'energy',
    unit: '%',
    direction: 'decrease',
    draw: oneDecimal(12, 16),
    scale: same,
    en: {
      unit_raw: '%',
      qualifier: null,
      text: (r, y, v, b) =>
        `By ${y}, energy consumption per unit of GDP in ${r} will fall by ${v}% compared with ${b}.`,
    },
    zh: {
      unit_raw: '%',
      qualifier: null,
      text: (r, y, v, b) => `到${y}年，${r}单位地区生产总值能源消耗比${b}年下降${v}%。`,
    },
  },
  {
    metric: 'carbon dioxide emissions per unit of GDP',
    sector: 'energy',
    unit: '%',
    direction: 'decrease',
    draw: oneDecimal(16, 22),
    scale: same,
    en: {
      unit_raw: '%',
      qualifier: null,
      text: (r, y, v, b) =>
        `By ${y}, carbon dioxide emissions per unit of GDP in ${r} will be ${v}% lower than in ${b}.`,
    },
    zh: {
      unit_raw: '%',
      qualifier: null,
      text: (r, y, v, b) => `到${y}年，${r}单位地区生产总值二氧化碳排放比${b}年下降${v}%。`,
    },
  },
  {
    metric: 'new energy vehicle stock',
    sector: 'transport',
    unit: 'vehicles',
    direction: 'reach',
    draw: whole(8, 300),
    scale: (v) => v * 10_000,
    en: {
      unit_raw: 'new energy vehicles',
      qualifier: null,
      raw: (v) => thousands(v * 10_000),
      text: (r, y, v) => `By ${y}, ${r} will have ${v} new energy vehicles on the road.`,
    },
    zh: {
      unit_raw: '万辆',
      qualifier: null,
      text: (r, y, v) => `到${y}年，${r}新能源汽车保有量达到${v}万辆。`,
    },
  },
  {
    metric: 'installed wind and solar capacity',
    sector: 'power',
    unit: 'GW',
    direction: 'at least',
    draw: whole(5, 80),
    scale: same,
    en: {
      unit_raw: 'GW',
      qualifier: 'more than',
      text: (r, y, v) =>
        `By ${y}, the installed capacity of wind and solar power in ${r} will exceed ${v} GW.`,
    },
    // 1 GW = 100 万千瓦: the Chinese plan states the same quantity in its own unit.
    zh: {
      unit_raw: '万千瓦',
      qualifier: '以上',
      raw: (v) => String(v * 100),
      text: (r, y, v) => `到${y}年，${r}风电、太阳能发电总装机容量达到${v}万千瓦以上。`,
    },
  },
  {
    metric: 'forest coverage rate',
    sector: 'forestry',
    unit: '%',
    direction: 'reach',
    draw: oneDecimal(5, 68),
    scale: same,
    en: {
      unit_raw: '%',
      qualifier: null,
      text: (r, y, v) => `By ${y}, forest coverage in ${r} will reach ${v}%.`,
    },
    zh: {
      unit_raw: '%',
      qualifier: null,
      text: (r, y, v) => `到${y}年，${r}森林覆盖率达到${v}%。`,
    },
  },
  {
    metric: 'green building share of new urban buildings',
    sector: 'buildings',
    unit: '%',
    direction: 'reach',
    draw: whole(70, 100),
    scale: same,
    en: {
      unit_raw: '%',
      qualifier: null,
      text: (r, y, v) =>
        `By ${y}, green buildings will account for ${v}% of new urban buildings in ${r}.`,
    },
    zh: {
      unit_raw: '%',
      qualifier: null,
      text: (r, y, v) => `到${y}年，${r}城镇新建建筑中绿色建筑面积占比达到${v}%。`,
    },
  },
  {
    metric: 'public charging points',
    sector: 'transport',
    unit: 'units',
    direction: 'reach',
    draw: whole(2, 60),
    scale: (v) => v * 10_000,
    en: {
      unit_raw: 'public charging points',
      qualifier: null,
      raw: (v) => thousands(v * 10_000),
      text: (r, y, v) => `By ${y}, ${r} will have built ${v} public charging points.`,
    },
    zh: {
      unit_raw: '万个',
      qualifier: null,
      text: (r, y, v) => `到${y}年，${r}建成公共充电桩${v}万个。`,
    },
  },
];

const VERBS_EN = [
  'accelerate',
  'promote',
  'strengthen',
  'improve',
  'expand',
  'deepen',
  'support',
  'standardise',
  'steadily advance',
  'encourage',
];
const OBJECTS_EN = [
  'the clean and efficient use of coal',
  'distributed photovoltaic projects on industrial rooftops',
  'energy-saving retrofits of existing public buildings',
  'the green and low-carbon transformation of traditional industries',
  'the construction of a new power system dominated by renewables',
  'demand-side response capacity of large power users',
  'statistical accounting of carbon emissions',
  'green finance instruments such as carbon-reduction loans',
  'the recycling of retired power batteries',
  'pilot projects for vehicle-to-grid interaction',
  'methane recovery and utilisation at coal mines',
  'hydrogen refuelling stations along major freight corridors',
  'ultra-low emission retrofits in the steel and cement industries',
  'pumped-storage hydropower and new-type energy storage',
  'the replacement of old vehicles and equipment',
  'rural biogas and clean heating in winter',
];
const TAILS_EN = [
  'in line with the national action plan for carbon dioxide peaking before 2030',
  'with annual progress reviews by the provincial development and reform commission',
  'and cities and counties shall report progress every six months',
  'supported by special funds from the provincial budget',
  'with priority given to key industrial parks',
  'and market-based mechanisms will play a decisive role',
  'while ensuring energy security and stable supply',
];
const VERBS_ZH = [
  '加快推进',
  '大力发展',
  '持续推进',
  '着力提升',
  '稳步推进',
  '积极探索',
  '全面加强',
  '有序推动',
  '鼓励支持',
  '深入实施',
];
const OBJECTS_ZH = [
  '煤炭清洁高效利用',
  '工业厂房屋顶分布式光伏建设',
  '既有公共建筑节能改造',
  '传统产业绿色低碳转型',
  '以新能源为主体的新型电力系统建设',
  '大用户需求侧响应能力',
  '碳排放统计核算体系建设',
  '碳减排贷款等绿色金融产品创新',
  '退役动力电池回收利用',
  '车网互动试点示范',
  '煤矿瓦斯抽采利用',
  '重点货运通道加氢站布局',
  '钢铁水泥行业超低排放改造',
  '抽水蓄能和新型储能发展',
  '老旧车辆和设备更新',
  '农村沼气和冬季清洁取暖',
];
const TAILS_ZH = [
  '完善配套政策',
  '强化考核评价',
  '建立健全长效机制',
  '各市县要抓好落实',
  '省级财政给予专项资金支持',
  '优先支持重点工业园区',
  '确保能源安全稳定供应',
];

export function fillerSentence(random: Random, language: 'en' | 'zh', region: string): string {
  if (language === 'en') {
    const subject = random.chance(0.5)
      ? region
      : random.pick([
          'Local governments',
          'Competent departments',
          'Key enterprises',
          'Cities and counties',
        ]);
    const verb = random.pick(VERBS_EN);
    const sentence = `${subject} will ${verb} ${random.pick(OBJECTS_EN)}, ${random.pick(TAILS_EN)}`;
    // A number in some sentences, as plans often state amounts and counts in passing.
    return random.chance(0.3)
      ? `${sentence}, covering ${random.int(3, 480)} projects.`
      : `${sentence}.`;
  }
  const subject = random.chance(0.5)
    ? region
    : random.pick(['各地', '各有关部门', '重点企业', '各市县']);
  const sentence = `${subject}${random.pick(VERBS_ZH)}${random.pick(OBJECTS_ZH)}，${random.pick(TAILS_ZH)}`;
  return random.chance(0.3) ? `${sentence}，实施项目${random.int(3, 480)}个。` : `${sentence}。`;
}

export function targetSentence(
  random: Random,
  language: 'en' | 'zh',
  region: string,
  published: number,
): TargetSentence {
  const template = random.pick(TARGET_TEMPLATES);
  const stated = template.draw(random);
  const year = random.pick([2025, 2025, 2027, 2030, 2030, 2035].filter((y) => y > published));
  const base = year <= 2025 ? 2020 : year === 2027 ? 2022 : 2020;
  const side = template[language];
  const raw = side.raw ? side.raw(stated) : String(stated);
  const text = side.text(region, year, raw, base);
  return {
    text,
    metric: template.metric,
    value: template.scale(stated),
    unit: template.unit,
    value_raw: raw,
    unit_raw: side.unit_raw,
    direction: template.direction,
    qualifier: side.qualifier,
    baseline_year: template.direction === 'decrease' ? base : null,
    target_year: year,
    sector: template.sector,
  };
}

/** Questions a researcher would ask of a province's plans (no comparison wording: one region). */
export function questionFor(random: Random, language: 'en' | 'zh', province: Province): string {
  const template = random.pick(TARGET_TEMPLATES);
  const year = random.pick([2025, 2027, 2030]);
  if (random.chance(0.6)) {
    return language === 'en'
      ? `What is the target for ${template.metric} in ${province.name} by ${year}?`
      : `${province.zh}到${year}年${zhMetric(template.metric)}的目标是多少？`;
  }
  const object = random.int(0, OBJECTS_EN.length - 1);
  return language === 'en'
    ? `How will ${province.name} support ${OBJECTS_EN[object]}?`
    : `${province.zh}如何推进${OBJECTS_ZH[object]}？`;
}

const ZH_METRICS: Record<string, string> = {
  'non-fossil energy share of energy consumption': '非化石能源消费比重',
  'energy consumption per unit of GDP': '单位地区生产总值能耗',
  'carbon dioxide emissions per unit of GDP': '单位地区生产总值二氧化碳排放',
  'new energy vehicle stock': '新能源汽车保有量',
  'installed wind and solar capacity': '风电和太阳能发电装机容量',
  'forest coverage rate': '森林覆盖率',
  'green building share of new urban buildings': '新建建筑中绿色建筑占比',
  'public charging points': '公共充电桩数量',
};

function zhMetric(metric: string): string {
  return ZH_METRICS[metric] ?? metric;
}
