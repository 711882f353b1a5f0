import { describe, it, expect } from 'vitest';
import { canonicalMetric, isMetricKey, METRICS, metricName } from '../../src/targets/metrics.ts';

describe('canonical metrics vocabulary', () => {
  it('has unique keys, both names and at least one pattern for every metric', () => {
    expect(METRICS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(METRICS.map((m) => m.key)).size).toBe(METRICS.length);
    for (const metric of METRICS) {
      expect(metric.key).toMatch(/^[a-z0-9_]+$/);
      expect(metric.en && metric.zh && metric.unit).toBeTruthy();
      const patterns = [
        ...metric.patterns.en,
        ...metric.patterns.zh,
        ...(metric.quote_patterns?.en ?? []),
        ...(metric.quote_patterns?.zh ?? []),
      ];
      expect(patterns.length, metric.key).toBeGreaterThan(0);
      for (const source of patterns) expect(() => new RegExp(source, 'iu')).not.toThrow();
    }
  });
});

describe('canonicalMetric', () => {
  // Labels and quotes as the rule extractor produces them from the sample corpus.
  it.each([
    [
      'non-fossil energy share of total energy consumption',
      'By 2025, the share of non-fossil energy …',
      '%',
      'non_fossil_share_energy',
    ],
    [
      '非化石能源消费比重',
      '到2025年，非化石能源消费比重达到20%左右',
      '%',
      'non_fossil_share_energy',
    ],
    [
      'energy consumption per unit of regional GDP',
      'shall fall by 14.5%',
      '%',
      'energy_intensity_reduction',
    ],
    ['单位地区生产总值能耗', '单位地区生产总值能耗下降15%', '%', 'energy_intensity_reduction'],
    [
      'reduction',
      'By 2025, energy consumption per unit of regional GDP shall fall by 14.5% compared with 2020, and the province shall strive for a reduction of 16.5%.',
      '%',
      'energy_intensity_reduction',
    ],
    ['carbon dioxide emissions per unit of GDP', 'drop by 18%', '%', 'carbon_intensity_reduction'],
    [
      'total installed capacity of wind and solar power',
      'over 1,200 GW',
      'GW',
      'wind_solar_capacity',
    ],
    [
      '风电、太阳能发电总装机容量',
      '风电、太阳能发电总装机容量达到12亿千瓦以上',
      'GW',
      'wind_solar_capacity',
    ],
    [
      'installed capacity of photovoltaic power in the city',
      '4.5 million kilowatts',
      'GW',
      'pv_capacity',
    ],
    ['新型储能装机规模', '新型储能装机规模达到200万千瓦', 'GW', 'new_energy_storage_capacity'],
    [
      'receive a subsidy',
      'An individual who scraps a fuel passenger vehicle of National III emission standard or below … and buys a new energy passenger vehicle listed in the national catalogue, shall receive a subsidy capped at 20,000 yuan.',
      'yuan',
      'nev_trade_in_subsidy_cap',
    ],
    [
      '单辆新能源乘用车补贴',
      '单辆新能源乘用车补贴最高不超过16000元。',
      'yuan',
      'nev_trade_in_subsidy_cap',
    ],
    [
      'complete the scrappage and renewal of passenger vehicles',
      'The province shall complete the scrappage and renewal of more than 45,000 passenger vehicles.',
      'vehicles',
      'passenger_vehicles_scrapped_renewed',
    ],
    ['森林蓄积量', '森林蓄积量达到190亿立方米', 'm3', 'forest_stock_volume'],
    [
      '累计推广超低能耗建筑规模',
      '累计推广超低能耗建筑规模达到500万平方米',
      'm2',
      'ultra_low_energy_buildings',
    ],
    ['燃料电池汽车推广数量', '燃料电池汽车推广数量达到1万辆', 'vehicles', 'hydrogen_vehicles'],
    [
      'balance of green loans issued by banks in Shanghai',
      'exceed 1.5 trillion yuan',
      'yuan',
      'green_loans_balance',
    ],
  ])('%s → %s', (label, quote, unit, key) => {
    expect(canonicalMetric(label, quote, unit)).toBe(key);
  });

  it('gives each figure of a sentence that states two subsidies its own metric', () => {
    const quote =
      'For replacement renewal, the province grants 15,000 yuan for a new energy passenger vehicle and 12,000 yuan for a fuel passenger vehicle with an engine displacement of 2.0 litres or less.';
    const label =
      'province grants for a new energy passenger vehicle and for a fuel passenger vehicle';
    expect(canonicalMetric(label, quote, 'yuan', '15,000')).toBe('nev_trade_in_subsidy_cap');
    expect(canonicalMetric(label, quote, 'yuan', '12,000')).toBe(
      'fuel_vehicle_trade_in_subsidy_cap',
    );
  });

  it('needs the unit to fit: a share is not a capacity', () => {
    expect(canonicalMetric('installed capacity of photovoltaic power', '', '%')).toBeNull();
  });

  it('leaves a target it has no metric for unmapped, rather than guessing', () => {
    expect(
      canonicalMetric('include V2G projects', 'no fewer than 50 V2G projects', 'projects'),
    ).toBeNull();
    expect(canonicalMetric('central share', 'the central share is 85%', '%')).toBeNull();
  });

  it('names a key in both languages', () => {
    expect(metricName('forest_coverage')).toEqual({ en: 'Forest coverage rate', zh: '森林覆盖率' });
    expect(metricName(null)).toBeNull();
    expect(isMetricKey('forest_coverage')).toBe(true);
    expect(isMetricKey('forest')).toBe(false);
  });

  // Typical metrics of industry, building, transport, charging and greening plans, in both languages.
  it.each([
    [
      'energy consumption per unit of value added of industrial enterprises',
      '%',
      'industrial_energy_intensity_reduction',
    ],
    ['规模以上工业单位增加值能耗', '%', 'industrial_energy_intensity_reduction'],
    [
      'carbon dioxide emissions per unit of industrial value added',
      '%',
      'industrial_carbon_intensity_reduction',
    ],
    ['单位工业增加值二氧化碳排放', '%', 'industrial_carbon_intensity_reduction'],
    ['电能占工业终端能源消费比重', 'pp', 'electricity_share_industrial_energy_increase'],
    [
      'green electricity share of industrial electricity consumption',
      '%',
      'green_electricity_share',
    ],
    ['创建省级以上绿色工厂', 'units', 'green_factories'],
    ['water consumption per unit of GDP', '%', 'water_intensity_reduction'],
    ['城镇建筑可再生能源替代率', '%', 'building_renewable_substitution'],
    ['建设超低能耗、近零能耗建筑', 'm2', 'ultra_low_energy_buildings'],
    ['煤电机组灵活性改造完成', 'GW', 'coal_power_flexibility_retrofit'],
    ['ratio of electric vehicles to charging points', 'ratio', 'vehicle_charger_ratio'],
    ['高速公路服务区充电设施覆盖率', '%', 'charging_coverage'],
    ['湿地保护率', '%', 'wetland_protection_rate'],
  ])('maps the typical policy metric "%s" (%s) to %s', (label, unit, key) => {
    expect(canonicalMetric(label, '', unit)).toBe(key);
  });

  it('names a count by the noun written after its figure when the label does not', () => {
    expect(
      canonicalMetric('put', 'put 500 fuel cell vehicles into operation', 'vehicles', '500'),
    ).toBe('hydrogen_vehicles');
    expect(
      canonicalMetric('put', 'put 500 fuel cell vehicles into operation', '%', '500'),
    ).toBeNull();
  });
});
