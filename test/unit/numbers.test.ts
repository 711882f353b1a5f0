import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize.ts';
import {
  countedUnit,
  findQuantities,
  SCALE_WORDS,
  sameQuantity,
  toCanonical,
  type Quantity,
} from '../../src/text/numbers.ts';
import { parseChineseNumeral } from '../../src/text/chinese-numerals.ts';

/** The single quantity in `text` (fails if there is not exactly one). */
function only(text: string): Quantity {
  const found = findQuantities(text);
  expect(found, `quantities in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
}

describe('findQuantities: units and canonical values', () => {
  const cases: [string, number, string | null, Quantity['kind']][] = [
    ['14.5%', 14.5, '%', 'percent'],
    ['14.5 per cent', 14.5, '%', 'percent'],
    ['14.5 percent', 14.5, '%', 'percent'],
    ['百分之二十', 20, '%', 'percent'],
    ['提高2个百分点', 2, 'pp', 'percent'],
    ['20,000 yuan', 20000, 'yuan', 'amount'],
    ['20,000 Yuan', 20000, 'yuan', 'amount'],
    ['2万元', 20000, 'yuan', 'amount'],
    ['1.6万元', 16000, 'yuan', 'amount'],
    ['3.7亿元', 370000000, 'yuan', 'amount'],
    ['3.7 billion yuan', 3.7e9, 'yuan', 'amount'],
    ['RMB 5 million', 5e6, 'yuan', 'amount'],
    ['7000万千瓦', 70, 'GW', 'amount'],
    ['12亿千瓦', 1200, 'GW', 'amount'],
    ['1,200 GW', 1200, 'GW', 'amount'],
    ['6 million kilowatts', 6, 'GW', 'amount'],
    ['500 kW', 0.0005, 'GW', 'amount'],
    ['300 MW', 0.3, 'GW', 'amount'],
    ['100,000 kWh', 100000, 'kWh', 'amount'],
    ['1.2亿千瓦时', 1.2e8, 'kWh', 'amount'],
    ['50 TWh', 5e10, 'kWh', 'amount'],
    ['1 billion tce', 1000, 'Mtce', 'amount'],
    ['10亿吨标准煤', 1000, 'Mtce', 'amount'],
    // 13.5万 t = 135,000 t = 0.135 million t.
    ['13.5万吨标准煤', 0.135, 'Mtce', 'amount'],
    ['2,000 tons of standard coal', 0.002, 'Mtce', 'amount'],
    ['100万吨二氧化碳', 1, 'Mt', 'amount'],
    ['50 million tonnes of CO2', 50, 'Mt', 'amount'],
    ['5万辆', 50000, 'vehicles', 'count'],
    ['五万辆', 50000, 'vehicles', 'count'],
    ['30,000 passenger vehicles', 30000, 'vehicles', 'count'],
    ['1,400 new energy buses', 1400, 'vehicles', 'count'],
    ['800,000 household appliances', 800000, 'units', 'count'],
    ['40,000 units', 40000, 'units', 'count'],
    ['5万台', 50000, 'units', 'count'],
    ['3套', 3, 'units', 'count'],
    ['2000万平方米', 2e7, 'm2', 'amount'],
    ['20 million square meters', 2e7, 'm2', 'amount'],
    ['190亿立方米', 1.9e10, 'm3', 'amount'],
    ['100万亩', 1e6, 'mu', 'amount'],
    ['50 V2G projects', 50, 'projects', 'count'],
    ['5个城市', 5, 'cities', 'count'],
    ['at least five cities', 5, 'cities', 'count'],
    ['100,000 households', 100000, 'households', 'count'],
    ['10万人', 100000, 'people', 'count'],
    ['PUE 1.25', 1.25, 'ratio', 'ratio'],
    ['数据中心电能利用效率不高于1.3', 1.3, 'ratio', 'ratio'],
    ['2025', 2025, null, 'year'],
    ['2025年', 2025, null, 'year'],
    ['5万', 50000, null, 'count'],
    ['1,300 old urban and rural buses', 1300, 'vehicles', 'count'],
    ['about 100 key products', 100, 'units', 'count'],
    ['400家以上家电销售企业', 400, 'units', 'count'],
    ['建成充电桩22万个左右', 220000, 'units', 'count'],
    ['车桩比保持在2.5:1以下', 2.5, 'ratio', 'ratio'],
  ];
  it.each(cases)('%s → %s %s', (text, value, unit, kind) => {
    const q = only(text);
    expect(q.value).toBe(value);
    expect(q.unit).toBe(unit);
    expect(q.kind).toBe(kind);
  });

  it('keeps the exact substring, the number and the unit as written', () => {
    const text = '全省光伏装机达到7000万千瓦以上';
    const q = only(text);
    expect(q).toMatchObject({ raw: '7000万千瓦', raw_value: '7000', raw_unit: '万千瓦' });
    expect(text.slice(q.start, q.end)).toBe(q.raw);
    expect(only('reach 6 million kilowatts.')).toMatchObject({
      raw: '6 million kilowatts',
      raw_value: '6',
      raw_unit: 'million kilowatts',
    });
    expect(only('with a cap of RMB 5 million per project')).toMatchObject({
      raw: 'RMB 5 million',
      raw_unit: 'RMB million',
    });
  });

  it('reads full-width digits and units once the text is normalised', () => {
    expect(only(normalizeText('达到２０％'))).toMatchObject({ value: 20, unit: '%' });
    expect(only(normalizeText('１．６万元'))).toMatchObject({ value: 16000, unit: 'yuan' });
  });

  it('reads a counted noun through markdown emphasis, but not a noun that continues the phrase', () => {
    expect(only('replace over 30,000 **passenger vehicles**, trade in')).toMatchObject({
      value: 30000,
      unit: 'vehicles',
    });
    expect(only('support 400 major household appliance retailers')).toMatchObject({
      value: 400,
      unit: null,
    });
  });
});

describe('findQuantities: boundaries', () => {
  it('never matches a number inside a larger number', () => {
    expect(findQuantities('2300').map((q) => q.value)).toEqual([2300]);
    expect(findQuantities('2.5 million').map((q) => q.value)).toEqual([2.5e6]);
    expect(findQuantities('20,000 yuan').map((q) => q.raw_value)).toEqual(['20,000']);
    expect(findQuantities('version 3.2.1')).toEqual([]);
  });

  it('ignores digits that belong to names: CO2, PM2.5, 5G, 14th', () => {
    expect(findQuantities('CO2 and PM2.5 near 5G stations in the 14th plan')).toEqual([]);
  });

  it('does not read a Chinese numeral without a unit as a number ("十四五规划")', () => {
    expect(findQuantities('“十四五”规划')).toEqual([]);
  });

  it('tells years from amounts: a 4-digit 1990–2100 alone or with 年 is a year', () => {
    const kinds = (text: string) => findQuantities(text).map((q) => `${q.raw}:${q.kind}`);
    expect(kinds('by 2030 and 2035')).toEqual(['2030:year', '2035:year']);
    expect(kinds('到2025年')).toEqual(['2025年:year']);
    expect(kinds('2000万平方米')).toEqual(['2000万平方米:amount']);
    expect(kinds('2030 tons')).toEqual(['2030 tons:amount']);
    expect(kinds('1,990 yuan')).toEqual(['1,990 yuan:amount']);
    expect(kinds('1985')).toEqual(['1985:count']);
  });

  it('lends the unit of a range end to its bare start', () => {
    const values = (text: string) => findQuantities(text).map((q) => [q.value, q.unit]);
    expect(values('ranging from 10,000 to 140,000 Yuan')).toEqual([
      [10000, 'yuan'],
      [140000, 'yuan'],
    ]);
    expect(values('5-10万千瓦')).toEqual([
      [0.05, 'GW'],
      [0.1, 'GW'],
    ]);
    expect(values('between 2 and 5 million tonnes')).toEqual([
      [2, 'Mt'],
      [5, 'Mt'],
    ]);
    expect(values('from 2024 to 2025')).toEqual([
      [2024, null],
      [2025, null],
    ]);
  });

  it('does not count a label number or an idiom: "Article 5 Electric bicycles", "grade 2 products", "one set of"', () => {
    expect(findQuantities('Article 5 Electric bicycles').map((q) => [q.value, q.unit])).toEqual([
      [5, null],
    ]);
    expect(
      findQuantities('for grade 2 products the subsidy').map((q) => [q.value, q.unit]),
    ).toEqual([[2, null]]);
    expect(findQuantities('shall rest on one set of methods')).toEqual([]);
    expect(findQuantities('销售以旧换新家电80000台以上').map((q) => [q.value, q.unit])).toEqual([
      [80000, 'units'],
    ]);
    expect(findQuantities('会议于10:30开始').every((q) => q.unit === null)).toBe(true);
  });

  it('treats a document number, a phone number and an article number as bare numbers', () => {
    expect(findQuantities('苏政发〔2021〕23号').map((q) => [q.kind, q.unit])).toEqual([
      ['year', null],
      ['count', null],
    ]);
    expect(findQuantities('联系电话：025-83391234').every((q) => q.unit === null)).toBe(true);
  });
});

describe('countedUnit', () => {
  it('gives the canonical unit of the head noun of a counted phrase, else null', () => {
    expect(countedUnit('key products with carbon footprint accounting rules')).toBe('units');
    expect(countedUnit('pilot cities')).toBe('cities');
    expect(countedUnit('carbon footprint accounting rules')).toBeNull();
  });
});

describe('toCanonical', () => {
  it('applies scale words and unit factors to a written unit', () => {
    expect(toCanonical(7000, '万千瓦')).toEqual({ value: 70, unit: 'GW' });
    expect(toCanonical(1.6, '万元')).toEqual({ value: 16000, unit: 'yuan' });
    expect(toCanonical(5, 'RMB million')).toEqual({ value: 5e6, unit: 'yuan' });
    expect(toCanonical(6, 'million kilowatts')).toEqual({ value: 6, unit: 'GW' });
    expect(toCanonical(30000, 'passenger vehicles')).toEqual({ value: 30000, unit: 'vehicles' });
    expect(toCanonical(20, '%')).toEqual({ value: 20, unit: '%' });
    expect(toCanonical(13.5, '万吨标准煤')).toEqual({ value: 0.135, unit: 'Mtce' });
  });

  it('returns a null unit, scale still applied, for a missing or unknown unit', () => {
    expect(toCanonical(5, '万')).toEqual({ value: 50000, unit: null });
    expect(toCanonical(5, '')).toEqual({ value: 5, unit: null });
    expect(toCanonical(5, 'widgets')).toEqual({ value: 5, unit: null });
  });

  it('exports the scale words', () => {
    expect(SCALE_WORDS).toMatchObject({
      万: 1e4,
      亿: 1e8,
      千: 1e3,
      thousand: 1e3,
      million: 1e6,
      billion: 1e9,
      trillion: 1e12,
    });
  });
});

describe('sameQuantity', () => {
  it('compares canonical values within a relative tolerance and the same unit', () => {
    const [a] = findQuantities('7000万千瓦');
    const [b] = findQuantities('70 GW');
    expect(sameQuantity(a!, b!)).toBe(true);
    expect(sameQuantity({ value: 100, unit: '%' }, { value: 100.4, unit: '%' })).toBe(true);
    expect(sameQuantity({ value: 100, unit: '%' }, { value: 101, unit: '%' })).toBe(false);
    expect(sameQuantity({ value: 100, unit: '%' }, { value: 101, unit: '%' }, 0.02)).toBe(true);
  });

  it('never equates different units, and matches a bare number only with a bare number', () => {
    expect(sameQuantity({ value: 20, unit: '%' }, { value: 20, unit: 'GW' })).toBe(false);
    expect(sameQuantity({ value: 20, unit: null }, { value: 20, unit: null })).toBe(true);
    expect(sameQuantity({ value: 20, unit: null }, { value: 20, unit: '%' })).toBe(false);
  });

  it('does not confuse 230 with 2300', () => {
    expect(sameQuantity(findQuantities('230')[0]!, findQuantities('2300')[0]!)).toBe(false);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['二十', 20],
    ['十五', 15],
    ['一百零五', 105],
    ['两千', 2000],
    ['一万五千', 15000],
    ['三亿', 3e8],
    ['一万亿', 1e12],
    ['一点五', 1.5],
  ])('%s → %s', (written, value) => {
    expect(parseChineseNumeral(written)).toBe(value);
  });
});
