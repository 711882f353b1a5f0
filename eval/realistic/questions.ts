/**
 * Questions over the realistic corpus: generated ones over the templated provincial plans
 * (their figures are known from the generator) and hand-written ones over the national documents.
 */
import {
  type Fact,
  type Kind,
  type Lang,
  type ProvDoc,
  type Region,
  REGION,
} from './provincial.ts';
import { hash, prng, shuffle } from './lib.ts';
import { QUESTION_CATEGORIES } from '../dataset.ts';

export interface Question {
  id: string;
  question: string;
  lang: Lang;
  expected_doc_ids: string[];
  must_include: string[];
  alt_must_include?: string[][];
  category: string;
  answerable: boolean;
  /** Earlier turns for follow-up questions ("the Plan", "该方案"). */
  history?: { role: 'user' | 'assistant'; content: string }[];
}

type Q = Omit<Question, 'id'>;

/** Metric names and single-fact question templates, per language. {R} = region name. */
const M: Record<string, { kind: Kind; en: string; zh: string; qEn: string; qZh: string }> = {
  nonfossil_2025: {
    kind: 'peak',
    en: 'share of non-fossil energy in energy consumption by 2025',
    zh: '2025年非化石能源消费比重',
    qEn: 'What share of total energy consumption should non-fossil energy reach in {R} by 2025?',
    qZh: '{R}到2025年非化石能源消费比重目标是多少？',
  },
  nonfossil_2030: {
    kind: 'peak',
    en: 'share of non-fossil energy in energy consumption by 2030',
    zh: '2030年非化石能源消费比重',
    qEn: "What is {R}'s 2030 target for the share of non-fossil energy consumption?",
    qZh: '{R}2030年非化石能源消费比重要达到多少？',
  },
  ei_2025: {
    kind: 'peak',
    en: 'reduction of energy consumption per unit of GDP by 2025 (vs 2020)',
    zh: '2025年单位地区生产总值能耗下降幅度',
    qEn: 'By how much does {R} plan to cut energy consumption per unit of GDP by 2025 compared with 2020?',
    qZh: '{R}到2025年单位地区生产总值能源消耗比2020年下降多少？',
  },
  ci_2025: {
    kind: 'peak',
    en: 'reduction of CO2 emissions per unit of GDP by 2025 (vs 2020)',
    zh: '2025年单位地区生产总值二氧化碳排放下降幅度',
    qEn: "By how much should {R}'s carbon dioxide emissions per unit of GDP fall by 2025 from the 2020 level?",
    qZh: '{R}到2025年单位地区生产总值二氧化碳排放比2020年下降多少？',
  },
  forest_2025: {
    kind: 'peak',
    en: 'forest coverage in 2025',
    zh: '2025年森林覆盖率',
    qEn: 'What forest coverage rate does {R} aim for by 2025?',
    qZh: '{R}2025年森林覆盖率目标是多少？',
  },
  forest_2030: {
    kind: 'peak',
    en: 'forest coverage in 2030',
    zh: '2030年森林覆盖率',
    qEn: "What is {R}'s forest coverage target for 2030?",
    qZh: '{R}到2030年森林覆盖率要达到多少？',
  },
  windsolar_2030: {
    kind: 'peak',
    en: 'combined wind and solar capacity by 2030',
    zh: '2030年风电、太阳能发电总装机容量',
    qEn: 'What combined installed capacity of wind and solar power does {R} target for 2030?',
    qZh: '{R}到2030年风电、太阳能发电总装机容量目标是多少？',
  },
  nev_2030: {
    kind: 'peak',
    en: 'share of new or clean energy vehicles among newly added vehicles by 2030',
    zh: '2030年新增新能源、清洁能源动力交通工具比例',
    qEn: 'What share of newly added vehicles should be powered by new or clean energy in {R} by 2030?',
    qZh: '{R}到2030年当年新增新能源、清洁能源动力的交通工具比例要达到多少？',
  },
  wind_2025: {
    kind: 'energy',
    en: 'installed wind power capacity in 2025',
    zh: '2025年风电装机容量',
    qEn: "What is {R}'s 2025 target for installed wind power capacity?",
    qZh: '{R}到2025年风电装机容量目标是多少？',
  },
  pv_2025: {
    kind: 'energy',
    en: 'installed PV capacity in 2025',
    zh: '2025年光伏发电装机容量',
    qEn: "What is {R}'s 2025 target for installed PV capacity?",
    qZh: '{R}2025年光伏发电装机目标是多少？',
  },
  offshore_2025: {
    kind: 'energy',
    en: 'offshore wind capacity in 2025',
    zh: '2025年海上风电装机',
    qEn: 'How much offshore wind capacity does {R} plan to have by 2025?',
    qZh: '{R}到2025年海上风电装机规模目标是多少？',
  },
  storage_2025: {
    kind: 'energy',
    en: 'new-type energy storage capacity in 2025',
    zh: '2025年新型储能装机规模',
    qEn: 'What new-type energy storage capacity does {R} target for 2025?',
    qZh: '{R}2025年新型储能装机规模目标是多少？',
  },
  coal_2025: {
    kind: 'energy',
    en: "coal's share of energy consumption in 2025",
    zh: '2025年煤炭消费比重',
    qEn: "What is {R}'s 2025 target for coal's share of energy consumption?",
    qZh: '{R}到2025年煤炭消费比重目标是多少？',
  },
  gas_2025: {
    kind: 'energy',
    en: 'natural gas consumption in 2025',
    zh: '2025年天然气消费量',
    qEn: 'How much natural gas does {R} expect to consume in 2025?',
    qZh: '{R}2025年天然气消费量目标是多少？',
  },
  nev_scrap: {
    kind: 'tradein',
    en: 'subsidy for scrapping an old car and buying a new energy passenger car',
    zh: '报废旧车购买新能源乘用车补贴',
    qEn: 'How much subsidy does {R} give for scrapping an old car and buying a new energy passenger vehicle?',
    qZh: '{R}报废旧车并购买新能源乘用车补贴多少钱？',
  },
  fuel_scrap: {
    kind: 'tradein',
    en: 'subsidy for scrapping an old car and buying a fuel car of 2.0 litres or less',
    zh: '报废旧车购买2.0升及以下燃油乘用车补贴',
    qEn: 'How much does {R} pay when an old car is scrapped and a fuel passenger car of 2.0 litres or less is bought?',
    qZh: '{R}报废旧车购买2.0升及以下排量燃油乘用车补贴多少？',
  },
  replace_cap: {
    kind: 'tradein',
    en: 'maximum subsidy for replacing a car',
    zh: '汽车置换更新最高补贴',
    qEn: 'What is the maximum subsidy for replacing a car in {R}?',
    qZh: '{R}汽车置换更新最高补贴多少？',
  },
  appliance_pct: {
    kind: 'tradein',
    en: 'home appliance subsidy rate',
    zh: '家电以旧换新补贴比例',
    qEn: 'What percentage of the sales price does {R} subsidise for energy-efficient home appliances of grade 2 or above?',
    qZh: '{R}购买2级及以上能效家电按销售价格的多少比例补贴？',
  },
  appliance_cap: {
    kind: 'tradein',
    en: 'cap per appliance',
    zh: '家电每件补贴上限',
    qEn: "What is the cap per item on {R}'s home appliance trade-in subsidy?",
    qZh: '{R}家电以旧换新每件补贴上限是多少？',
  },
  scrap_target: {
    kind: 'tradein',
    en: 'number of vehicles to be scrapped or replaced',
    zh: '报废更新和置换更新汽车数量',
    qEn: 'How many vehicles does {R} aim to renew through scrappage and replacement?',
    qZh: '{R}计划报废更新和置换更新多少辆汽车？',
  },
  funds: {
    kind: 'tradein',
    en: 'trade-in funding for 2024',
    zh: '2024年以旧换新资金',
    qEn: 'How much money has {R} arranged for consumer goods trade-ins in 2024?',
    qZh: '{R}2024年安排了多少消费品以旧换新资金？',
  },
  star_2025: {
    kind: 'building',
    en: 'share of star-rated green buildings among new buildings by 2025',
    zh: '2025年星级绿色建筑占新建建筑比例',
    qEn: 'What share of new buildings in {R} should be star-rated green buildings by 2025?',
    qZh: '{R}到2025年星级绿色建筑占新建建筑比例目标是多少？',
  },
  ultralow_2025: {
    kind: 'building',
    en: 'ultra-low and near-zero energy building area by 2025',
    zh: '2025年超低能耗、近零能耗建筑面积',
    qEn: 'How much ultra-low or near-zero energy building floor area does {R} plan to build by 2025?',
    qZh: '{R}到2025年新建超低能耗、近零能耗建筑多少？',
  },
  bpv_2025: {
    kind: 'building',
    en: 'new building PV capacity by 2025',
    zh: '2025年新增建筑光伏装机',
    qEn: "What building solar PV capacity does {R}'s green building plan add by 2025?",
    qZh: '{R}绿色建筑规划提出新增建筑太阳能光伏装机容量多少？',
  },
  retrofit_2025: {
    kind: 'building',
    en: 'energy-saving retrofit area of existing buildings by 2025',
    zh: '2025年既有建筑节能改造面积',
    qEn: 'How much existing building floor area will {R} retrofit for energy saving by 2025?',
    qZh: '{R}到2025年完成既有建筑节能改造面积多少？',
  },
  prefab_2025: {
    kind: 'building',
    en: 'share of prefabricated buildings by 2025',
    zh: '2025年装配式建筑占比',
    qEn: 'What share of new construction should be prefabricated buildings in {R} by 2025?',
    qZh: '{R}2025年装配式建筑占新建建筑面积比例目标是多少？',
  },
};

const PARA: Record<string, { en: string; zh: string }> = {
  offshore_2025: {
    en: 'How much generating capacity from turbines out at sea does {R} want by 2025?',
    zh: '{R}到2025年海上的风机要装到多大规模？',
  },
  ci_2025: {
    en: 'How much cleaner per unit of output, in CO2 terms, does {R} want its economy to be in 2025 than in 2020?',
    zh: '{R}每创造一元产值排的二氧化碳，到2025年要比2020年少多少？',
  },
  nonfossil_2025: {
    en: "How much of {R}'s energy should come from something other than coal, oil and gas by 2025?",
    zh: '{R}到2025年用的能源里有多大比例不靠煤、油、气？',
  },
  nev_scrap: {
    en: 'If I junk my old car in {R} and buy an electric one, how much money do I get?',
    zh: '在{R}把旧车报废换辆电动车，能拿多少补贴？',
  },
  appliance_pct: {
    en: 'What cut of the price does {R} pay if I swap my old fridge for an efficient new one?',
    zh: '在{R}以旧换新买个节能冰箱，政府补贴售价的多少？',
  },
  forest_2030: {
    en: 'How much of {R} should be covered by trees by 2030?',
    zh: '{R}到2030年要让多大比例的土地被树林覆盖？',
  },
  storage_2025: {
    en: 'How much battery and other new-style storage does {R} want in place by 2025?',
    zh: '{R}到2025年电池这类新型储能要装多少？',
  },
  coal_2025: {
    en: "How much of {R}'s energy will still come from coal in 2025?",
    zh: '{R}2025年能源消费里煤还占多少？',
  },
  ultralow_2025: {
    en: 'How much floor space of buildings that need almost no energy for heating and cooling will {R} build by 2025?',
    zh: '{R}“十四五”要盖多少面积几乎不耗能的房子？',
  },
  pv_2025: {
    en: 'How many solar panels, in capacity terms, does {R} want installed by 2025?',
    zh: '{R}到2025年太阳能板要装多少？',
  },
  windsolar_2030: {
    en: 'How much wind and sun power capacity together does {R} want by 2030?',
    zh: '{R}到2030年风和太阳发电加起来要装多少？',
  },
};

const enName = (r: Region) => r.en;
const zhName = (r: Region) => r.zh;
const fill = (t: string, r: string) => t.replace('{R}', r);

function altOf(f: Fact, other?: Fact): string[][] | undefined {
  const alts = new Set<string>();
  if (other && other.token !== f.token) alts.add(other.token);
  for (const a of f.alt) alts.add(a);
  const list = [...alts].filter((a) => a !== f.token).map((a) => [a]);
  return list.length ? list : undefined;
}

export function provincialQuestions(docs: ProvDoc[]): Q[] {
  const rng = prng(hash('questions'));
  const groups = new Map<string, ProvDoc[]>();
  for (const d of docs) {
    const k = `${d.region.key}|${d.kind}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(d);
  }
  const out: Q[] = [];
  const used = new Set<string>(); // region|metric already asked as single fact / cross-lingual
  const groupList = [...groups.values()];
  const metricsOf = (g: ProvDoc[]) => Object.keys(g[0].facts).filter((k) => M[k]);
  const docIn = (g: ProvDoc[], lang: Lang) => g.find((d) => d.lang === lang);

  // single_fact: one per group, metric rotating; language alternates for bilingual groups.
  groupList.forEach((g, i) => {
    const metrics = metricsOf(g);
    const key = metrics[i % metrics.length];
    const lang: Lang = g.length === 2 ? (i % 2 ? 'en' : 'zh') : g[0].lang;
    const d = docIn(g, lang)!;
    const other = g.find((x) => x !== d);
    const f = d.facts[key];
    const r = d.region;
    out.push({
      question: fill(
        lang === 'en' ? M[key].qEn : M[key].qZh,
        lang === 'en' ? enName(r) : zhName(r),
      ),
      lang,
      expected_doc_ids: g.map((x) => x.doc.meta.id),
      must_include: [f.token],
      alt_must_include: altOf(f, other?.facts[key]),
      category: 'single_fact',
      answerable: true,
    });
    used.add(`${r.key}|${key}`);
    // a second single fact for bilingual groups, in the other language
    if (g.length === 2) {
      const key2 = metrics[(i + 3) % metrics.length];
      const lang2: Lang = lang === 'en' ? 'zh' : 'en';
      const d2 = docIn(g, lang2)!;
      const f2 = d2.facts[key2];
      out.push({
        question: fill(
          lang2 === 'en' ? M[key2].qEn : M[key2].qZh,
          lang2 === 'en' ? enName(r) : zhName(r),
        ),
        lang: lang2,
        expected_doc_ids: g.map((x) => x.doc.meta.id),
        must_include: [f2.token],
        alt_must_include: altOf(f2, d.facts[key2]),
        category: 'single_fact',
        answerable: true,
      });
      used.add(`${r.key}|${key2}`);
    }
  });

  // cross_lingual: groups with one language, asked in the other language, another metric.
  groupList.forEach((g, i) => {
    if (g.length !== 1 || i % 5 === 4) return;
    const d = g[0];
    const metrics = metricsOf(g).filter((k) => !used.has(`${d.region.key}|${k}`));
    const key = metrics[(i * 7) % metrics.length];
    const lang: Lang = d.lang === 'en' ? 'zh' : 'en';
    const f = d.facts[key];
    out.push({
      question: fill(
        lang === 'en' ? M[key].qEn : M[key].qZh,
        lang === 'en' ? enName(d.region) : zhName(d.region),
      ),
      lang,
      expected_doc_ids: [d.doc.meta.id],
      must_include: [f.token],
      alt_must_include: altOf(f),
      category: 'cross_lingual',
      answerable: true,
    });
    used.add(`${d.region.key}|${key}`);
  });

  // unit_or_comparative
  let unitCount = 0;
  let cmpCount = 0;
  groupList.forEach((g, i) => {
    for (const d of g) {
      for (const [key, f] of Object.entries(d.facts)) {
        if (!M[key] || used.has(`${d.region.key}|${key}`)) continue;
        const r = d.region;
        const isCap = /万千瓦$/.test(f.token) || / million kilowatts$/.test(f.token);
        if (isCap && unitCount < 12 && (i + key.length) % 2 === 0) {
          const metric = M[key];
          const question =
            d.lang === 'zh'
              ? `${r.zh}${metric.zh}目标是多少GW？`
              : `How many GW is ${r.en}'s target for ${metric.en}?`;
          const alts =
            d.lang === 'zh'
              ? f.alt.map((a) => [a])
              : [[`${f.value / 100} GW`], [`${f.value / 100}GW`]];
          out.push({
            question,
            lang: d.lang,
            expected_doc_ids: g.map((x) => x.doc.meta.id),
            must_include: [f.token],
            alt_must_include: alts,
            category: 'unit_or_comparative',
            answerable: true,
          });
          used.add(`${r.key}|${key}`);
          unitCount++;
        } else if (
          f.comparative &&
          f.token.endsWith('%') &&
          cmpCount < 10 &&
          (i + key.length) % 3 === 0
        ) {
          const question =
            d.lang === 'zh'
              ? `${r.zh}${M[key].zh}的具体百分比是多少？`
              : `What exact percentage does ${r.en} set for the ${M[key].en}?`;
          out.push({
            question,
            lang: d.lang,
            expected_doc_ids: g.map((x) => x.doc.meta.id),
            must_include: [f.token],
            category: 'unit_or_comparative',
            answerable: true,
          });
          used.add(`${r.key}|${key}`);
          cmpCount++;
        }
      }
    }
  });

  // paraphrase
  let paraCount = 0;
  for (const g of shuffle(rng, groupList)) {
    if (paraCount >= 14) break;
    for (const key of Object.keys(PARA)) {
      const d = g[paraCount % g.length];
      if (!d.facts[key] || used.has(`${d.region.key}|${key}`)) continue;
      const f = d.facts[key];
      const q = fill(
        d.lang === 'en' ? PARA[key].en : PARA[key].zh,
        d.lang === 'en' ? enName(d.region) : zhName(d.region),
      );
      out.push({
        question: q,
        lang: d.lang,
        expected_doc_ids: g.map((x) => x.doc.meta.id),
        must_include: [f.token],
        alt_must_include: altOf(f),
        category: 'paraphrase',
        answerable: true,
      });
      used.add(`${d.region.key}|${key}`);
      paraCount++;
      break;
    }
  }

  // which_region: a figure that only a few regions state for a metric.
  const WHICH: Record<string, { en: string; zh: string }> = {
    nonfossil_2025: {
      en: 'Which region targets a {F} share of non-fossil energy consumption by 2025?',
      zh: '哪个地区提出到2025年非化石能源消费比重达到{F}？',
    },
    wind_2025: {
      en: 'Which province plans {F} of installed wind power capacity by 2025?',
      zh: '哪个省份提出到2025年风电装机容量达到{F}？',
    },
    pv_2025: {
      en: 'Which province aims for {F} of installed photovoltaic capacity by 2025?',
      zh: '哪个省份提出2025年光伏发电装机达到{F}？',
    },
    storage_2025: {
      en: 'Which provinces target {F} of new-type energy storage by 2025?',
      zh: '哪些省份提出到2025年新型储能装机达到{F}？',
    },
    nev_scrap: {
      en: 'Which provinces or cities pay {F} yuan for scrapping an old car and buying a new energy passenger car?',
      zh: '哪些地区对报废旧车并购买新能源乘用车补贴{F}？',
    },
    appliance_cap: {
      en: 'Which regions cap the home appliance trade-in subsidy at {F} yuan per item?',
      zh: '哪些地区家电以旧换新每件补贴不超过{F}？',
    },
    forest_2030: {
      en: 'Which region aims for forest coverage of {F} by 2030?',
      zh: '哪个地区提出到2030年森林覆盖率达到{F}？',
    },
    windsolar_2030: {
      en: 'Which region targets {F} of combined wind and solar capacity by 2030?',
      zh: '哪个地区提出到2030年风电、太阳能发电总装机容量达到{F}？',
    },
    star_2025: {
      en: 'Which cities want star-rated green buildings to make up {F} of new buildings by 2025?',
      zh: '哪些城市提出到2025年星级绿色建筑占新建建筑比例达到{F}？',
    },
    funds: {
      en: 'Which region arranged {F} for consumer goods trade-ins in 2024?',
      zh: '哪个地区2024年安排了{F}以旧换新资金？',
    },
    gas_2025: {
      en: 'Which province expects to consume {F} of natural gas in 2025?',
      zh: '哪个省份提出2025年天然气消费量达到{F}？',
    },
    coal_2025: {
      en: "Which region sets a 2025 target of {F} for coal's share of energy consumption?",
      zh: '哪个地区提出2025年煤炭消费比重为{F}？',
    },
  };
  // A figure a national document also states for the same metric is left out: "which region" would be ambiguous.
  const NATIONAL_FIGURE: Record<string, number> = {
    nonfossil_2025: 20,
    nonfossil_2030: 25,
    forest_2025: 24.1,
    forest_2030: 25,
    ei_2025: 13.5,
    ci_2025: 18,
    nev_2030: 40,
    nev_scrap: 20000,
    appliance_cap: 2000,
    appliance_pct: 15,
    star_2025: 30,
    storage_2025: 3000,
  };
  let whichCount = 0;
  const askedWhich = new Set<string>();
  const whichKeys = Object.keys(WHICH);
  for (let round = 0; round < 4 && whichCount < 24; round++) {
    for (const key of whichKeys) {
      if (whichCount >= 24) break;
      const byVal = new Map<number, ProvDoc[]>();
      for (const d of docs)
        if (d.facts[key])
          byVal.set(d.facts[key].value, [...(byVal.get(d.facts[key].value) ?? []), d]);
      const candidates = [...byVal.entries()]
        .filter(
          ([value, ds]) =>
            new Set(ds.map((x) => x.region.key)).size <= 3 && NATIONAL_FIGURE[key] !== value,
        )
        .sort((a, b) => a[0] - b[0]);
      if (round >= candidates.length) continue;
      if (candidates.length === 0) continue;
      const start = hash(`${key}:${round}`) % candidates.length;
      const at = [...Array(candidates.length).keys()]
        .map((j) => (start + j) % candidates.length)
        .find((j) => !askedWhich.has(`${key}|${candidates[j][0]}`));
      if (at === undefined) continue;
      askedWhich.add(`${key}|${candidates[at][0]}`);
      const [, ds] = candidates[at];
      const lang: Lang =
        (whichCount % 2 === 0 && ds.some((x) => x.lang === 'en')) ||
        !ds.some((x) => x.lang === 'zh')
          ? 'en'
          : 'zh';
      const d = ds.find((x) => x.lang === lang)!;
      const regions = [...new Map(ds.map((x) => [x.region.key, x.region])).values()];
      let fig = d.facts[key].token;
      if (lang === 'en') fig = fig.replace(/ million kilowatts$/, ' million kilowatts');
      let q = (lang === 'en' ? WHICH[key].en : WHICH[key].zh).replace('{F}', fig);
      if (regions.some((r) => r.type === 'municipality' || r.type === 'city'))
        q = q.replace('省份', '地区').replace(/^Which province/, 'Which region');
      // Singular or plural wording by how many regions state the figure.
      q =
        regions.length > 1
          ? q
              .replace('哪个', '哪些')
              .replace(
                /^Which (region|province|city)\b/,
                (_m, w: string) => `Which ${w === 'city' ? 'cities' : w + 's'}`,
              )
          : q
              .replace('哪些', '哪个')
              .replace(
                /^Which (regions|provinces|cities)\b/,
                (_m, w: string) => `Which ${w === 'cities' ? 'city' : w.slice(0, -1)}`,
              )
              .replace(/^Which (\w+) or cities pay/, 'Which $1 or city pays')
              .replace(/^Which (\w+) want /, 'Which $1 wants ')
              .replace(/^Which (region|province) target /, 'Which $1 targets ')
              .replace(/^Which (region|province|city) cap /, 'Which $1 caps ');
      out.push({
        question: q,
        lang,
        expected_doc_ids: ds.map((x) => x.doc.meta.id),
        must_include: regions.map((r) => (lang === 'en' ? r.en : r.short)),
        alt_must_include: lang === 'zh' ? [regions.map((r) => r.en)] : undefined,
        category: 'which_region',
        answerable: true,
      });
      whichCount++;
    }
  }

  // comparison: two or three regions, same metric, same language.
  const CMP_KEYS = [
    'nonfossil_2025',
    'pv_2025',
    'wind_2025',
    'forest_2025',
    'nev_scrap',
    'ei_2025',
    'storage_2025',
    'appliance_pct',
    'coal_2025',
    'star_2025',
    'ci_2025',
  ];
  let cmpQ = 0;
  for (let round = 0; cmpQ < 20 && round < 6; round++) {
    for (const key of CMP_KEYS) {
      if (cmpQ >= 20) break;
      const lang: Lang = (cmpQ + round) % 2 ? 'en' : 'zh';
      const ds = docs.filter((d) => d.lang === lang && d.facts[key]);
      const n = round % 3 === 2 ? 3 : 2;
      if (ds.length < n + round) continue;
      const chosen = shuffle(prng(hash(`${key}:${round}`)), ds).slice(0, n);
      const names = chosen.map((d) => (lang === 'en' ? d.region.en : d.region.zh));
      const q =
        lang === 'en'
          ? `Compare the ${M[key].en} in ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}.`
          : `${names.join('、')}的${M[key].zh}目标分别是多少？`;
      const expected = docs
        .filter((d) => d.kind === M[key].kind && chosen.some((c) => c.region.key === d.region.key))
        .map((d) => d.doc.meta.id);
      const tokens = chosen.map((d) => d.facts[key].token);
      out.push({
        question: q,
        lang,
        expected_doc_ids: expected,
        must_include: [...new Set(tokens)],
        category: 'comparison',
        answerable: true,
      });
      cmpQ++;
    }
  }

  // named_document (provincial): the question names the plan by its title.
  let named = 0;
  groupList.forEach((g, i) => {
    if (named >= 16 || i % 4 !== 1) return;
    const d = g[g.length - 1];
    const metrics = metricsOf(g).filter((k) => !used.has(`${d.region.key}|${k}`));
    if (!metrics.length) return;
    const key = metrics[0];
    const f = d.facts[key];
    // Every third one in English naming a Chinese-only plan by its English title.
    const lang: Lang = named % 3 === 2 ? 'en' : d.lang;
    const q =
      lang === 'en'
        ? `Under the ${d.enTitle}, what is the target for the ${M[key].en}?`
        : `《${d.zhTitle}》提出的${M[key].zh}目标是多少？`;
    out.push({
      question: q,
      lang,
      expected_doc_ids: g.map((x) => x.doc.meta.id),
      must_include: [f.token],
      alt_must_include: altOf(f),
      category: 'named_document',
      answerable: true,
    });
    used.add(`${d.region.key}|${key}`);
    named++;
  });

  // named_document by document number (provincial)
  let byNumber = 0;
  groupList.forEach((g, i) => {
    if (byNumber >= 10 || i % 6 !== 3) return;
    const d = g[0];
    const metrics = metricsOf(g).filter((k) => !used.has(`${d.region.key}|${k}`));
    if (!metrics.length) return;
    const key = metrics[metrics.length - 1];
    const f = d.facts[key];
    const num = d.doc.meta.doc_number!;
    const q =
      d.lang === 'en'
        ? `Under ${num}, what is the target for the ${M[key].en}?`
        : `${num}文件提出的${M[key].zh}目标是多少？`;
    out.push({
      question: q,
      lang: d.lang,
      expected_doc_ids: [d.doc.meta.id],
      must_include: [f.token],
      alt_must_include: altOf(f),
      category: 'named_document',
      answerable: true,
    });
    used.add(`${d.region.key}|${key}`);
    byNumber++;
  });

  // "the capital": Beijing by nickname
  for (const d of docs.filter((x) => x.region.key === 'beijing')) {
    if (d.kind === 'building' && d.lang === 'en')
      out.push({
        question:
          "Under the capital's green building plan, what share of new buildings should be prefabricated by 2025?",
        lang: 'en',
        expected_doc_ids: [d.doc.meta.id],
        must_include: [d.facts.prefab_2025.token],
        category: 'paraphrase',
        answerable: true,
      });
    if (d.kind === 'tradein' && d.lang === 'zh')
      out.push({
        question: '首都的以旧换新方案里，家电每件最多补多少钱？',
        lang: 'zh',
        expected_doc_ids: [d.doc.meta.id],
        must_include: [d.facts.appliance_cap.token],
        alt_must_include: altOf(d.facts.appliance_cap),
        category: 'paraphrase',
        answerable: true,
      });
  }
  // Follow-ups: the plan is named in an earlier turn only.
  const follow = (
    region: string,
    kind: Kind,
    lang: Lang,
    key: string,
    first: string,
    answer: string,
    question: string,
  ) => {
    const g = groups.get(`${region}|${kind}`);
    const d = g?.find((x) => x.lang === lang) ?? g?.[0];
    if (!g || !d || !d.facts[key]) return;
    out.push({
      question,
      lang,
      expected_doc_ids: g.map((x) => x.doc.meta.id),
      must_include: [d.facts[key].token],
      alt_must_include: altOf(d.facts[key]),
      category: 'named_document',
      answerable: true,
      history: [
        { role: 'user', content: first },
        { role: 'assistant', content: answer },
      ],
    });
  };
  follow(
    'hebei',
    'peak',
    'zh',
    'forest_2030',
    '河北省碳达峰实施方案是什么时候印发的？',
    '《河北省碳达峰实施方案》由河北省人民政府印发。',
    '这个方案里2030年森林覆盖率目标是多少？',
  );
  follow(
    'jiangsu',
    'tradein',
    'en',
    'appliance_pct',
    'Is there a Jiangsu plan for consumer goods trade-ins?',
    'Yes: the Jiangsu Province Implementation Plan for the Trade-in of Consumer Goods.',
    'What does the plan give for energy-efficient home appliances?',
  );
  follow(
    'guangdong',
    'energy',
    'en',
    'offshore_2025',
    "What is Guangdong's energy plan for the 14th Five-Year Plan period called?",
    'It is the Guangdong 14th Five-Year Plan for Energy Development.',
    'How much offshore wind does that plan target for 2025?',
  );
  follow(
    'shanghai',
    'building',
    'zh',
    'ultralow_2025',
    '上海市有没有绿色建筑方面的规划？',
    '有，《上海市绿色建筑发展规划（2021—2025年）》。',
    '该规划提出新建多少超低能耗、近零能耗建筑？',
  );
  void REGION;
  return out;
}

const q = (
  category: string,
  lang: Lang,
  question: string,
  expected: string[],
  must: string[],
  alt?: string[][],
): Q => ({
  question,
  lang,
  expected_doc_ids: expected,
  must_include: must,
  ...(alt ? { alt_must_include: alt } : {}),
  category,
  answerable: true,
});
const un = (lang: Lang, question: string): Q => ({
  question,
  lang,
  expected_doc_ids: [],
  must_include: [],
  category: 'unanswerable',
  answerable: false,
});

const CP = ['zh-national-carbon-peak-action-2030', 'en-national-carbon-peak-action-2030'];
const OP = 'en-national-dual-carbon-opinions-2021';
const ME = 'zh-national-modern-energy-system-14fyp';
const E2425 = 'en-national-energy-saving-carbon-reduction-2024-2025';
const UR = [
  'zh-national-urban-rural-construction-carbon-peak-2022',
  'en-national-urban-rural-construction-carbon-peak-2022',
];
const GC = ['zh-national-green-certificate-2023', 'en-national-green-certificate-2023'];
const ER = [
  'zh-national-equipment-renewal-trade-in-2024',
  'en-national-equipment-renewal-trade-in-2024',
];
const TX = ['zh-national-trade-in-expansion-2025', 'en-national-trade-in-expansion-2025'];
const NEV = ['zh-national-nev-industry-plan-2021-2035', 'en-national-nev-industry-plan-2021-2035'];

export const NATIONAL_QUESTIONS: Q[] = [
  // national_default
  q(
    'national_default',
    'en',
    'What share of non-fossil energy in total energy consumption is targeted for 2025?',
    [...CP, OP, ME, E2425],
    ['20%'],
  ),
  q(
    'national_default',
    'zh',
    '到2030年单位国内生产总值二氧化碳排放比2005年下降多少？',
    [...CP, OP],
    ['65%'],
  ),
  q(
    'national_default',
    'zh',
    '到2025年非化石能源消费比重要达到多少？',
    [...CP, OP, ME, E2425],
    ['20%'],
  ),
  q(
    'national_default',
    'en',
    'By how much should energy consumption per unit of GDP fall by 2025 compared with 2020?',
    [
      ...CP,
      OP,
      'zh-national-energy-saving-emission-reduction-14fyp',
      ME,
      'zh-national-circular-economy-14fyp',
    ],
    ['13.5%'],
  ),
  q(
    'national_default',
    'zh',
    '到2025年单位国内生产总值二氧化碳排放比2020年下降多少？',
    [...CP, OP, ME],
    ['18%'],
  ),
  q(
    'national_default',
    'en',
    'What combined installed capacity of wind and solar power is targeted for 2030?',
    [...CP, OP, 'en-national-new-energy-high-quality-2022'],
    ['1.2 billion'],
    [['12亿千瓦']],
  ),
  q(
    'national_default',
    'zh',
    '到2030年风电、太阳能发电总装机容量要达到多少？',
    [...CP, OP, 'en-national-new-energy-high-quality-2022'],
    ['12亿千瓦'],
    [['1.2 billion']],
  ),
  q(
    'national_default',
    'en',
    'What forest coverage rate is targeted for 2030?',
    [...CP, OP],
    ['25%'],
  ),
  q(
    'national_default',
    'zh',
    '2030年森林蓄积量目标是多少？',
    [...CP, OP],
    ['190亿立方米'],
    [['19 billion']],
  ),
  q(
    'national_default',
    'en',
    'What share of non-fossil energy consumption is targeted for 2030?',
    [...CP, OP, 'en-national-green-transition-opinions-2024'],
    ['25%'],
  ),
  q(
    'national_default',
    'zh',
    '到2025年新型储能装机规模要达到多少？',
    [...CP, 'zh-national-new-energy-storage-guidance-2021'],
    ['3000万千瓦'],
    [['30 million'], ['30 GW']],
  ),
  q(
    'national_default',
    'en',
    'What share of newly added vehicles should be powered by new or clean energy by 2030?',
    CP,
    ['40%'],
  ),
  q(
    'national_default',
    'zh',
    '到2025年城镇建筑可再生能源替代率目标是多少？',
    [
      ...CP,
      'en-national-building-energy-efficiency-14fyp',
      E2425,
      'en-national-building-energy-carbon-workplan-2024',
    ],
    ['8%'],
  ),
  q(
    'national_default',
    'en',
    'What rooftop PV coverage should new public institution buildings and new factory buildings strive for by 2025?',
    [...CP, ...UR, 'en-national-new-energy-high-quality-2022', E2425],
    ['50%'],
  ),
  q('national_default', 'zh', '到2025年星级绿色建筑占比要达到多少？', UR, ['30%']),
  q(
    'national_default',
    'en',
    'How much pumped storage capacity is targeted for 2030?',
    CP,
    ['120 million'],
    [['1.2亿千瓦']],
  ),
  q(
    'national_default',
    'zh',
    '到2025年新能源汽车新车销售量占汽车新车销售总量的比例目标是多少？',
    [...NEV, 'zh-national-energy-saving-emission-reduction-14fyp'],
    ['20%'],
  ),
  q(
    'national_default',
    'en',
    'What is the forest coverage target for 2025?',
    [OP, 'en-national-forestry-grassland-14fyp'],
    ['24.1%'],
  ),
  q('national_default', 'zh', '到2025年电能占终端用能比重要达到多少？', [ME], ['30%']),
  q(
    'national_default',
    'en',
    'What share of electricity generation should come from non-fossil energy by 2025?',
    [ME, E2425],
    ['39%'],
  ),
  q(
    'national_default',
    'zh',
    '到2025年大宗工业固废综合利用率要达到多少？',
    ['zh-national-industry-carbon-peak-2022', 'en-national-industrial-green-14fyp'],
    ['57%'],
  ),
  q(
    'national_default',
    'en',
    'What share of new and renewed urban public transport vehicles must be new energy vehicles?',
    [E2425, ...NEV],
    ['80%'],
  ),
  q(
    'national_default',
    'zh',
    '到2025年主要再生资源循环利用量要达到多少？',
    ['zh-national-industry-carbon-peak-2022', 'en-national-industrial-green-14fyp'],
    ['4.8亿吨'],
    [['480 million']],
  ),
  q(
    'national_default',
    'en',
    'By how much should carbon dioxide emissions per unit of GDP fall in 2024?',
    [E2425],
    ['3.9%'],
  ),
  q(
    'national_default',
    'zh',
    '2030年全国可再生能源消费量目标是多少？',
    ['zh-national-renewable-substitution-2024'],
    ['15亿吨'],
    [['1.5 billion']],
  ),
  q(
    'national_default',
    'en',
    'What demand response capacity, as a share of maximum load, should be reached by 2025?',
    ['en-national-demand-side-management-2023', ME],
    ['3%', '5%'],
  ),
  q(
    'national_default',
    'zh',
    '到2030年城市生活垃圾资源化利用比例要提升到多少？',
    ['zh-national-carbon-peak-action-2030'],
    ['65%'],
  ),
  q(
    'national_default',
    'en',
    'What is the 2025 target for the share of star-rated green buildings?',
    UR,
    ['30%'],
  ),
  // named_document (national)
  q(
    'named_document',
    'en',
    'Under the Implementation Plan for Carbon Peaking in the Industrial Sector, what share of crude steel should come from short-process steelmaking by 2025?',
    ['zh-national-industry-carbon-peak-2022'],
    ['15%'],
  ),
  q(
    'named_document',
    'zh',
    '《工业领域碳达峰实施方案》提出到2025年规模以上工业单位增加值能耗较2020年下降多少？',
    ['zh-national-industry-carbon-peak-2022'],
    ['13.5%'],
  ),
  q(
    'named_document',
    'en',
    "What fine do the MEE's interim measures on carbon trading set for failing to surrender allowances on time?",
    ['en-national-carbon-trading-measures-2020'],
    ['20,000', '30,000'],
  ),
  q(
    'named_document',
    'en',
    "Under the MEE's carbon emissions trading measures, what annual emissions make an entity a key emitting entity?",
    ['en-national-carbon-trading-measures-2020'],
    ['26,000'],
  ),
  q(
    'named_document',
    'zh',
    '《碳排放权交易管理暂行条例》对未按规定清缴碳排放配额的罚款标准是什么？',
    ['zh-national-carbon-trading-regulations-2024'],
    ['5倍', '10倍'],
  ),
  q(
    'named_document',
    'zh',
    '国务院令第775号自何时起施行？',
    ['zh-national-carbon-trading-regulations-2024'],
    ['2024年5月1日'],
  ),
  q(
    'named_document',
    'en',
    'According to the three-department notice on full coverage of green electricity certificates, how much electricity does one certificate represent?',
    GC,
    ['1,000'],
    [['1000千瓦时']],
  ),
  q(
    'named_document',
    'zh',
    '发改能源〔2023〕1044号规定绿证的有效期是多长？',
    GC,
    ['2年'],
    [['2 years']],
  ),
  q(
    'named_document',
    'en',
    'What is the validity period of a green electricity certificate under Fa Gai Neng Yuan [2023] No. 1044?',
    GC,
    ['2 years'],
    [['2年']],
  ),
  q(
    'named_document',
    'en',
    'In the 14th Five-Year Plan for Renewable Energy Development, what is the 2025 target for annual renewable power generation?',
    ['en-national-renewable-energy-14fyp'],
    ['3.3 trillion'],
  ),
  q(
    'named_document',
    'zh',
    '《“十四五”现代能源体系规划》提出2025年天然气年产量达到多少？',
    [ME],
    ['2300亿立方米'],
  ),
  q(
    'named_document',
    'en',
    'Under the 14th Five-Year Plan for a Modern Energy System, what total installed generating capacity is expected by 2025?',
    [ME],
    ['30亿千瓦'],
    [['3 billion']],
  ),
  q(
    'named_document',
    'en',
    "By how much should the cost of electrochemical storage systems fall under the NDRC and NEA's implementation plan for new-type energy storage?",
    ['en-national-new-energy-storage-plan-2022'],
    ['30%'],
  ),
  q(
    'named_document',
    'zh',
    '《关于加快推动新型储能发展的指导意见》提出2025年新型储能装机规模达到多少？',
    ['zh-national-new-energy-storage-guidance-2021'],
    ['3000万千瓦'],
  ),
  q(
    'named_document',
    'en',
    'According to Guo Fa [2024] No. 7, by how much should equipment investment grow by 2027 compared with 2023?',
    ER,
    ['25%'],
  ),
  q('named_document', 'zh', '国发〔2024〕7号提出到2027年二手车交易量较2023年增长多少？', ER, [
    '45%',
  ]),
  q(
    'named_document',
    'en',
    'Under the Implementation Rules for Subsidies for the Trade-in of Automobiles, how much is the subsidy for scrapping an old car and buying a new energy passenger car?',
    ['en-national-auto-trade-in-rules-2024'],
    ['10,000'],
    [['1万元']],
  ),
  q(
    'named_document',
    'zh',
    '商务部等7部门《关于进一步做好汽车以旧换新有关工作的通知》把购买新能源乘用车的报废更新补贴提高到多少？',
    ['zh-national-auto-trade-in-increase-2024'],
    ['2万元'],
    [['20,000']],
  ),
  q(
    'named_document',
    'en',
    'Under the four-ministry notice on home appliance trade-ins, what is the maximum subsidy per appliance?',
    ['zh-national-appliance-trade-in-2024'],
    ['2000'],
  ),
  q(
    'named_document',
    'zh',
    '商消费函〔2024〕402号规定购买1级能效家电额外补贴多少？',
    ['zh-national-appliance-trade-in-2024'],
    ['5%'],
  ),
  q(
    'named_document',
    'en',
    'What subsidy does the 2025 notice on stepping up and expanding the trade-in policies give for mobile phones?',
    TX,
    ['15%', '500'],
  ),
  q(
    'named_document',
    'zh',
    '《关于2025年加力扩围实施大规模设备更新和消费品以旧换新政策的通知》把家电补贴品类增加到多少类？',
    TX,
    ['12类'],
    [['12']],
  ),
  q(
    'named_document',
    'en',
    'What coal mine methane utilisation target does the Action Plan for Methane Emission Control set for 2025?',
    ['en-national-methane-action-plan-2023'],
    ['6 billion'],
    [['60亿立方米']],
  ),
  q(
    'named_document',
    'zh',
    '《城乡建设领域碳达峰实施方案》要求2025年城市建成区绿地率达到多少？',
    UR,
    ['38.9%'],
  ),
  q(
    'named_document',
    'en',
    'According to the Medium- and Long-term Plan for the Development of the Hydrogen Energy Industry (2021–2035), how many fuel cell vehicles should be on the road by 2025?',
    ['zh-national-hydrogen-plan-2021-2035'],
    ['5万辆'],
    [['50,000']],
  ),
  q(
    'named_document',
    'zh',
    '国发〔2021〕33号提出到2025年化学需氧量排放总量比2020年下降多少？',
    ['zh-national-energy-saving-emission-reduction-14fyp'],
    ['8%'],
  ),
  q(
    'named_document',
    'en',
    'What does the 2024–2025 Action Plan for Energy Conservation and Carbon Reduction target for the share of non-fossil energy in 2024?',
    [E2425],
    ['18.9%'],
  ),
  q(
    'named_document',
    'en',
    "How much ultra-low and near-zero energy building floor area does MOHURD's 14th Five-Year Plan for Building Energy Efficiency target?",
    ['en-national-building-energy-efficiency-14fyp'],
    ['50 million'],
  ),
  q(
    'named_document',
    'zh',
    '《新能源汽车产业发展规划（2021—2035年）》提出纯电动乘用车新车平均电耗降至多少？',
    NEV,
    ['12.0'],
  ),
  q(
    'named_document',
    'en',
    "Under MIIT's guiding opinions on the green development of manufacturing, what share of manufacturing output should green factories produce by 2030?",
    ['en-national-green-manufacturing-2024'],
    ['40%'],
  ),
  q(
    'named_document',
    'zh',
    '工信部联原〔2022〕6号提出电炉钢产量占粗钢总产量比例提升至多少？',
    ['zh-national-steel-high-quality-2022'],
    ['15%'],
  ),
  q(
    'named_document',
    'en',
    'What share of renewable energy in electrolytic aluminium does the carbon peaking plan for the non-ferrous metals industry set for 2025?',
    ['en-national-nonferrous-carbon-peak-2022'],
    ['25%'],
  ),
  q(
    'named_document',
    'zh',
    '《“十四五”循环经济发展规划》提出2025年资源循环利用产业产值达到多少？',
    ['zh-national-circular-economy-14fyp'],
    ['5万亿元'],
  ),
  q(
    'named_document',
    'en',
    'According to the Opinions on Accelerating the Comprehensive Green Transition of Economic and Social Development, how big should the energy-saving and environmental protection industry be by 2030?',
    ['en-national-green-transition-opinions-2024'],
    ['15 trillion'],
  ),
  q(
    'named_document',
    'zh',
    '《绿色交通“十四五”发展规划》提出2025年城市公交新能源汽车占比达到多少？',
    ['zh-national-green-transport-14fyp'],
    ['72%'],
  ),
  q(
    'named_document',
    'en',
    'Under the action plan for the low-carbon transformation of coal power, by how much should per-kWh emissions of the projects fall by 2027?',
    ['en-national-coal-power-low-carbon-2024'],
    ['50%'],
  ),
  q(
    'named_document',
    'zh',
    '生态环境部关于全国碳市场覆盖钢铁、水泥、铝冶炼行业的工作方案预计新增多少家重点排放单位？',
    ['zh-national-carbon-market-expansion-2025'],
    ['1500家'],
    [['1500']],
  ),
  q(
    'named_document',
    'en',
    'Under the five-department opinions on the green electricity certificate market, what green electricity share should new data centres at national hub nodes reach?',
    ['en-national-green-certificate-market-2025'],
    ['80%'],
  ),
  // follow-ups naming a national document only in an earlier turn
  {
    ...q(
      'named_document',
      'zh',
      '该方案对2030年电解铝使用可再生能源比例有什么要求？',
      ['zh-national-industry-carbon-peak-2022'],
      ['30%'],
    ),
    history: [
      { role: 'user', content: '《工业领域碳达峰实施方案》是哪些部门印发的？' },
      {
        role: 'assistant',
        content:
          '该方案由工业和信息化部、国家发展改革委、生态环境部联合印发（工信部联节〔2022〕88号）。',
      },
    ],
  },
  {
    ...q(
      'named_document',
      'en',
      'Under the Notice, how many times may a tradable certificate be traded at present?',
      GC,
      ['once'],
      [['一次']],
    ),
    history: [
      { role: 'user', content: 'What is Fa Gai Neng Yuan [2023] No. 1044 about?' },
      {
        role: 'assistant',
        content:
          'It is the NDRC, MOF and NEA notice on achieving full coverage of renewable energy green electricity certificates.',
      },
    ],
  },
  {
    ...q(
      'named_document',
      'en',
      'What does the Plan say about new hydropower capacity in each of the two five-year periods?',
      CP,
      ['40 million'],
      [['4000万千瓦']],
    ),
    history: [
      { role: 'user', content: 'Tell me about Guo Fa [2021] No. 23.' },
      {
        role: 'assistant',
        content: 'That is the State Council Action Plan for Carbon Dioxide Peaking Before 2030.',
      },
    ],
  },
  // which document (national)
  q(
    'which_region',
    'en',
    'Which document caps CCER offsets at 5% of the allowances to be surrendered?',
    ['en-national-carbon-trading-measures-2020'],
    ['Carbon Emissions Trading'],
  ),
  q(
    'which_region',
    'zh',
    '哪个文件提出到2025年燃料电池车辆保有量约5万辆？',
    ['zh-national-hydrogen-plan-2021-2035'],
    ['氢能产业发展中长期规划'],
  ),
  q('which_region', 'zh', '哪份文件规定1个绿证单位对应1000千瓦时可再生能源电量？', GC, [
    '绿色电力证书',
  ]),
  q(
    'which_region',
    'en',
    'Which document says electric furnace steel should strive to reach 15% of crude steel output by the end of 2025?',
    [E2425],
    ['Energy Conservation and Carbon Reduction'],
  ),
  q(
    'which_region',
    'en',
    'Which plan aims for recycled aluminium output of 11.5 million tonnes by 2025?',
    ['en-national-nonferrous-carbon-peak-2022'],
    ['Non-ferrous'],
  ),
  q('which_region', 'zh', '哪份文件提出到2027年二手车交易量较2023年增长45%？', ER, ['设备更新']),
  // cross_lingual (national)
  q(
    'cross_lingual',
    'zh',
    '《甲烷排放控制行动方案》提出到2025年煤矿瓦斯年利用量达到多少？',
    ['en-national-methane-action-plan-2023'],
    ['6 billion'],
    [['60亿立方米']],
  ),
  q(
    'cross_lingual',
    'en',
    'By 2025, what share of trips should be green travel in cities with more than one million urban residents?',
    ['zh-national-green-transport-14fyp'],
    ['70%'],
  ),
  q(
    'cross_lingual',
    'en',
    'What fertiliser use efficiency is targeted for the three major grain crops by 2025?',
    ['zh-national-agriculture-emission-reduction-2022'],
    ['43%'],
  ),
  q(
    'cross_lingual',
    'en',
    'What share of new urban construction floor area was to be green buildings in 2022 under the green building creation action?',
    ['zh-national-green-building-action-2020'],
    ['70%'],
  ),
  q(
    'cross_lingual',
    'zh',
    '煤电低碳化改造项目到2025年度电碳排放要比2023年同类机组降低多少？',
    ['en-national-coal-power-low-carbon-2024'],
    ['20%'],
  ),
  q(
    'cross_lingual',
    'zh',
    '到2025年草原综合植被盖度目标是多少？',
    ['en-national-forestry-grassland-14fyp'],
    ['57%'],
  ),
  q(
    'cross_lingual',
    'en',
    'How much renewable hydrogen production per year is targeted for 2025?',
    ['zh-national-hydrogen-plan-2021-2035'],
    ['10-20万吨'],
    [['100,000'], ['200,000']],
  ),
  q(
    'cross_lingual',
    'zh',
    '到2030年绿色工厂产值占制造业总产值比重要超过多少？',
    ['en-national-green-manufacturing-2024'],
    ['40%'],
  ),
  // paraphrase (national)
  q(
    'paraphrase',
    'en',
    'How much cleaner per unit of output, in CO2 terms, does China want its economy to be in 2025 than in 2020?',
    [...CP, OP, ME],
    ['18%'],
  ),
  q(
    'paraphrase',
    'en',
    "Roughly how much of the country's energy should come from something other than coal, oil and gas by the end of this decade?",
    [...CP, OP, 'en-national-green-transition-opinions-2024'],
    ['25%'],
  ),
  q('paraphrase', 'zh', '国家层面，到2030年路上新增的车里有多少得是新能源或清洁能源的？', CP, [
    '40%',
  ]),
  q(
    'paraphrase',
    'en',
    'If I trade in my old fridge for a top-rated efficient one in 2025, what cut of the price does the government cover?',
    TX,
    ['20%'],
  ),
  q(
    'paraphrase',
    'en',
    'How much will the government pay me in 2025 for junking my old car and getting an electric one?',
    TX,
    ['20,000'],
    [['2万元']],
  ),
  // unanswerable
  un('en', "What is Qinghai's 2025 target for installed PV capacity?"),
  un('en', 'What share of non-fossil energy does Tibet target for 2030?'),
  un('en', 'How much trade-in subsidy does Ningxia offer for new energy vehicles?'),
  un('en', 'What is the national target for the share of non-fossil energy consumption in 2040?'),
  un('en', 'What price floor does the national carbon market set for emission allowances?'),
  un('en', 'How many hydrogen refuelling stations does Hebei plan to build by 2025?'),
  un('en', "What is Xinjiang's 2025 target for reducing energy consumption per unit of GDP?"),
  un('en', 'How much does Beijing subsidise the purchase of electric bicycles?'),
  un('en', 'How many public EV charging points should China have by 2025?'),
  un('en', 'What coal mine methane reduction percentage does Shanxi target?'),
  un('en', "What is Gansu's forest coverage target for 2025?"),
  un('en', 'What subsidy does Hainan give for scrapping an old motorcycle?'),
  un('zh', '青海省2025年风电装机目标是多少？'),
  un('zh', '西藏自治区碳达峰实施方案提出的2025年非化石能源消费比重是多少？'),
  un('zh', '宁夏对购买新能源汽车补贴多少？'),
  un('zh', '到2045年全国森林覆盖率目标是多少？'),
  un('zh', '全国碳市场配额拍卖底价是每吨多少元？'),
  un('zh', '吉林省“十四五”能源发展规划中光伏装机目标是多少？'),
  un('zh', '河北省到2025年要建成多少座加氢站？'),
  un('zh', '甘肃省家电以旧换新补贴比例是多少？'),
  un('zh', '上海市到2035年海上风电装机目标是多少？'),
  un('zh', '全国2028年非化石能源消费比重目标是多少？'),
];

export function allQuestions(docs: ProvDoc[]): Question[] {
  const provincial = provincialQuestions(docs);
  const all = [...NATIONAL_QUESTIONS, ...provincial];
  // Order by category so the file reads well, stable within a category.
  all.sort(
    (a, b) => QUESTION_CATEGORIES.indexOf(a.category) - QUESTION_CATEGORIES.indexOf(b.category),
  );
  return all.map((x, i) => {
    const out: Question = {
      id: `rd-${String(i + 1).padStart(3, '0')}`,
      question: x.question,
      lang: x.lang,
      expected_doc_ids: x.expected_doc_ids,
      must_include: x.must_include,
      category: x.category,
      answerable: x.answerable,
    };
    if (x.alt_must_include?.length) out.alt_must_include = x.alt_must_include;
    if (x.history) out.history = x.history;
    return out;
  });
}
