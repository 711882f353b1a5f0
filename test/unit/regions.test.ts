import { describe, expect, it } from 'vitest';
import { REGIONS, findRegions, isNationalScope, regionByName } from '../../src/text/regions.ts';

describe('REGIONS', () => {
  it('lists all 34 provincial-level divisions and at least 40 cities', () => {
    expect(REGIONS.filter((r) => r.level === 'provincial')).toHaveLength(34);
    expect(REGIONS.filter((r) => r.level === 'municipal').length).toBeGreaterThanOrEqual(40);
  });

  it('treats the four directly governed municipalities as provincial, with short and full Chinese names', () => {
    for (const [name, zh, short] of [
      ['Beijing', '北京市', '北京'],
      ['Shanghai', '上海市', '上海'],
      ['Tianjin', '天津市', '天津'],
      ['Chongqing', '重庆市', '重庆'],
    ]) {
      const region = regionByName(name);
      expect(region?.level).toBe('provincial');
      expect(region?.zh).toBe(zh);
      expect(region?.aliases).toContain(short);
      expect(region?.aliases).toContain(`${name} Municipality`);
    }
  });

  it('gives every city a parent that is a provincial region', () => {
    for (const city of REGIONS.filter((r) => r.level === 'municipal')) {
      expect(regionByName(city.parent ?? '')?.level, city.name).toBe('provincial');
    }
  });

  it('has no single-character aliases and no name form shared by two regions', () => {
    const owner = new Map<string, string>();
    for (const region of REGIONS) {
      for (const form of [region.name, region.zh, ...region.aliases]) {
        expect(Array.from(form).length, form).toBeGreaterThan(1);
        const key = form.toLowerCase();
        expect(owner.get(key) ?? region.name, form).toBe(region.name);
        owner.set(key, region.name);
        expect(regionByName(form)?.name, form).toBe(region.name);
      }
    }
  });
});

describe('findRegions', () => {
  it('returns canonical names in order of first mention, without duplicates', () => {
    expect(
      findRegions('Shanghai and 浙江省 lead; Shanghai again, then 上海市 and Zhejiang.'),
    ).toEqual(['Shanghai', 'Zhejiang']);
  });

  it('yields Inner Mongolia once for the full name, the short name and the English forms', () => {
    expect(findRegions('内蒙古自治区人民政府')).toEqual(['Inner Mongolia']);
    expect(findRegions('内蒙古 and the Inner Mongolia Autonomous Region (Nei Mongol)')).toEqual([
      'Inner Mongolia',
    ]);
  });

  it('keeps Shanxi and Shaanxi apart in both languages', () => {
    expect(findRegions('Shanxi Province')).toEqual(['Shanxi']);
    expect(findRegions('Shaanxi Province')).toEqual(['Shaanxi']);
    expect(findRegions('山西省和陕西省')).toEqual(['Shanxi', 'Shaanxi']);
    expect(findRegions('陕西')).toEqual(['Shaanxi']);
  });

  it('keeps Hebei, Henan, Hunan and Hubei apart', () => {
    expect(findRegions('Hubei, Hunan, Henan and Hebei')).toEqual([
      'Hubei',
      'Hunan',
      'Henan',
      'Hebei',
    ]);
    expect(findRegions('河北、河南、湖南、湖北')).toEqual(['Hebei', 'Henan', 'Hunan', 'Hubei']);
  });

  it('matches English names case-insensitively on word boundaries', () => {
    expect(findRegions("Anhui's plan")).toEqual(['Anhui']);
    expect(findRegions('ANHUI and guangdong')).toEqual(['Anhui', 'Guangdong']);
    expect(findRegions('Jilinsky Street')).toEqual([]);
    expect(findRegions("Xi’an and Xi'an and Xian")).toEqual(["Xi'an"]);
  });

  it('maps both the province and the city of Jilin to the province', () => {
    expect(findRegions('吉林省')).toEqual(['Jilin']);
    expect(findRegions('吉林市')).toEqual(['Jilin']);
  });

  it('finds cities with their province as parent', () => {
    expect(findRegions('深圳市 and Ordos')).toEqual(['Shenzhen', 'Ordos']);
    expect(regionByName('鄂尔多斯')?.parent).toBe('Inner Mongolia');
  });

  it('does not read a region out of a neighbouring name or an ordinary word', () => {
    // 上海 consumes the 海 of 海南; 海口 also means "river mouth" and is only matched as 海口市.
    expect(findRegions('上海南汇新城')).toEqual(['Shanghai']);
    expect(findRegions('长江入海口')).toEqual([]);
    expect(findRegions('海口市')).toEqual(['Haikou']);
  });

  it('does not treat China or national scope as a region', () => {
    expect(findRegions('China national 全国 中国 nationwide')).toEqual([]);
  });
});

describe('isNationalScope', () => {
  it('recognises national wording in both languages', () => {
    for (const text of [
      '全国碳市场',
      '国家发展改革委',
      '国务院',
      'national target',
      'the State Council',
      'nationwide rollout',
    ]) {
      expect(isNationalScope(text), text).toBe(true);
    }
  });

  it('does not fire on provincial text or on "international"', () => {
    for (const text of [
      '山西省人民政府',
      'Shanxi Provincial Government',
      'international cooperation',
    ]) {
      expect(isNationalScope(text), text).toBe(false);
    }
  });
});

describe('regionByName', () => {
  it('resolves any alias case-insensitively and returns undefined for unknown names', () => {
    expect(regionByName('xizang')?.name).toBe('Tibet');
    expect(regionByName('Hong Kong SAR')?.name).toBe('Hong Kong');
    expect(regionByName('macau')?.name).toBe('Macao');
    expect(regionByName('广西壮族自治区')?.name).toBe('Guangxi');
    expect(regionByName('Atlantis')).toBeUndefined();
  });
});
