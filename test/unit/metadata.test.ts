import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectMetadata } from '../../ingest/metadata.ts';
import { applyManifestEntry, matchManifestEntry, parseManifest } from '../../ingest/manifest.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/metadata/${name}`, import.meta.url), 'utf8');
const detect = (name: string) => detectMetadata(fixture(name), name);

describe('detectMetadata on realistic headers', () => {
  it('reads a State Council notice: masthead issuer, own-line number, signature date, national scope', () => {
    const meta = detect('zh-national-notice.txt');
    expect(meta).toMatchObject({
      title: '国务院关于印发2030年前碳达峰行动方案的通知',
      date: '2021-10-24',
      issuer: '国务院',
      doc_number: '国发〔2021〕23号',
      // The body names Inner Mongolia and Xinjiang; a national document stays national.
      region: 'National',
      level: 'national',
      language: 'zh',
    });
    expect(meta.sectors).toContain('power');
  });

  it('reads a Shaanxi plan: heading title, 【】 number, labelled slash date, and ignores the cited national number and date', () => {
    expect(detect('zh-shaanxi-plan.md')).toMatchObject({
      title: '陕西省碳达峰实施方案',
      date: '2022-12-07',
      issuer: '陕西省人民政府',
      doc_number: '陕政发〔2022〕35号',
      region: 'Shaanxi',
      level: 'provincial',
      language: 'zh',
    });
  });

  it('reads an Inner Mongolia opinion: [ ] number, issuer from the title, date in Chinese numerals', () => {
    expect(detect('zh-inner-mongolia-notice.txt')).toMatchObject({
      title: '内蒙古自治区人民政府关于促进铝产业高质量发展的若干意见',
      date: '2024-06-18',
      issuer: '内蒙古自治区人民政府',
      doc_number: '内政发〔2024〕36号',
      region: 'Inner Mongolia',
      level: 'provincial',
    });
  });

  it('reads an English Shanxi plan from its labelled fields, not from the cited Guo Fa number', () => {
    const meta = detect('en-shanxi-plan.md');
    expect(meta).toMatchObject({
      title:
        'Action Plan for Energy Conservation and Carbon Reduction in the Energy Sector of Shanxi Province (2024-2025)',
      date: '2024-07-12',
      issuer: "General Office of the Shanxi Provincial People's Government",
      doc_number: 'Jin Zheng Ban Fa [2024] No. 21',
      region: 'Shanxi',
      level: 'provincial',
      language: 'en',
    });
    expect(meta.sectors).toContain('energy');
  });

  it('reads a Shenzhen notice as municipal, with the issuer on the line before the title', () => {
    const meta = detect('en-shenzhen-notice.txt');
    expect(meta).toMatchObject({
      title:
        'Notice on Printing and Distributing the Implementation Plan for New Energy Vehicles and Charging Infrastructure in Shenzhen',
      date: '2022-06-01',
      issuer: "Shenzhen Municipal People's Government",
      doc_number: 'Shen Fu [2022] No. 14',
      region: 'Shenzhen',
      level: 'municipal',
    });
    expect(meta.sectors[0]).toBe('transport');
  });

  it('takes the issuer from "issued by" and keeps a national notice national although it names cities', () => {
    expect(detect('en-national-v2g.md')).toMatchObject({
      issuer: 'National Development and Reform Commission',
      date: '2024-08-26',
      region: 'National',
      level: 'national',
    });
  });
});

describe('detectMetadata details', () => {
  const dateOf = (header: string) =>
    detectMetadata(`Some Plan\n\n${header}\n\nBody text.`, 'x.txt').date;

  it.each([
    ['Date: 2022-06-01', '2022-06-01'],
    ['发布日期：2022/6/1', '2022-06-01'],
    ['2022年6月1日', '2022-06-01'],
    ['June 1, 2022', '2022-06-01'],
    ['Issued on 1 June 2022', '2022-06-01'],
    ['Sept. 30, 2023', '2023-09-30'],
    ['二〇二二年六月一日', '2022-06-01'],
  ])('parses the date %s', (header, expected) => {
    expect(dateOf(header)).toBe(expected);
  });

  it('rejects impossible dates and returns null without a date', () => {
    expect(dateOf('2022-02-30')).toBeNull();
    expect(dateOf('By 2025 the share will reach 20%.')).toBeNull();
  });

  it('takes the signature date, not a date cited in a body sentence', () => {
    const text =
      '某某省碳达峰实施方案\n\n为贯彻落实2021年10月24日国务院印发的《2030年前碳达峰行动方案》，结合本省实际，制定本方案。\n\n某某省人民政府\n\n2022年3月1日';
    expect(detectMetadata(text, 'x.txt').date).toBe('2022-03-01');
  });

  it('prefers a labelled date to an earlier unlabelled one', () => {
    expect(dateOf('Drafted 2022-01-05\nRelease date: 2022-03-08')).toBe('2022-03-08');
  });

  const numberOf = (line: string) =>
    detectMetadata(`某某方案\n\n${line}\n\n正文。`, 'x.txt').doc_number;

  it.each([
    ['国发〔2021〕23号', '国发〔2021〕23号'],
    ['发改能源〔2022〕206号', '发改能源〔2022〕206号'],
    ['发改能源[2022]206号', '发改能源〔2022〕206号'],
    ['发改能源【2022】206号', '发改能源〔2022〕206号'],
    ['（国办发〔2022〕7号）', '国办发〔2022〕7号'],
    ['发文字号：工信部联节〔2022〕88号', '工信部联节〔2022〕88号'],
    ['Guo Fa [2021] No. 23', 'Guo Fa [2021] No. 23'],
    ['Fa Gai Neng Yuan [2022] No. 206', 'Fa Gai Neng Yuan [2022] No. 206'],
    ['Document No.: Fa Gai Neng Yuan [2022] No.206', 'Fa Gai Neng Yuan [2022] No. 206'],
  ])('reads the document number %s', (line, expected) => {
    expect(numberOf(line)).toBe(expected);
  });

  it('does not take a document number cited inside a sentence', () => {
    expect(
      numberOf('为贯彻落实《2030年前碳达峰行动方案》（国发〔2021〕23号），制定本方案。'),
    ).toBeNull();
  });

  it('falls back to the file name for the title and prefers hints.title', () => {
    expect(detectMetadata('完全没有标题的正文，只有一句话。', 'dir/zh-plan-2022.txt').title).toBe(
      'zh-plan-2022',
    );
    expect(detectMetadata('# Heading\n\nText', 'a.md', { title: 'From the PDF' }).title).toBe(
      'From the PDF',
    );
  });

  it('reads the issuer from an "Issuer:" label and region from the issuer when the title has none', () => {
    const meta = detectMetadata(
      'Implementation Plan for Green Buildings\n\nIssuer: Department of Housing and Urban-Rural Development of Jiangsu Province\n\nText.',
      'x.txt',
    );
    expect(meta.issuer).toBe(
      'Department of Housing and Urban-Rural Development of Jiangsu Province',
    );
    expect(meta.region).toBe('Jiangsu');
    expect(meta.sectors).toContain('buildings');
  });

  it('tells Shanxi from Shaanxi', () => {
    expect(detectMetadata('# 山西省能源发展规划\n\n正文。', 'a.md').region).toBe('Shanxi');
    expect(detectMetadata('# 陕西省能源发展规划\n\n正文。', 'a.md').region).toBe('Shaanxi');
  });

  it('detects the language from the share of Chinese characters', () => {
    expect(
      detectMetadata(
        'The plan covers 碳达峰 and 碳中和 in passing, but is written in English throughout.',
        'a.txt',
      ).language,
    ).toBe('en');
    expect(detectMetadata('到2025年，non-fossil energy 比重达到20%左右。', 'a.txt').language).toBe(
      'zh',
    );
  });
});

describe('parseManifest', () => {
  const entries = [
    {
      id: 'zh-national-carbon-peak-2030',
      file: 'zh/carbon-peak.pdf',
      title: '2030年前碳达峰行动方案',
      date: '2021-10-24',
      region: 'National',
      level: 'national',
      sectors: ['energy'],
      language: 'zh',
      url: null,
      note: 'extra fields are kept',
    },
    { id: 'en-shanxi-plan', region: '山西' },
  ];

  it('accepts an array and an object with a documents array, tolerating nulls and extra fields', () => {
    const fromArray = parseManifest(entries, 'manifest.json');
    expect(parseManifest({ version: 1, documents: entries }, 'manifest.json')).toEqual(fromArray);
    expect(fromArray).toHaveLength(2);
    expect(fromArray[0]).toMatchObject({
      id: 'zh-national-carbon-peak-2030',
      url: undefined,
      note: 'extra fields are kept',
    });
    expect(fromArray[1].region).toBe('Shanxi');
  });

  it('names the source, entry index and field of a malformed entry', () => {
    const bad = [entries[0], { id: 'x', date: '2021/10/24' }];
    expect(() => parseManifest(bad, 'corpus/manifest.json')).toThrow(
      /corpus\/manifest\.json: entry 1: field "date": expected a date as YYYY-MM-DD/,
    );
    expect(() => parseManifest([{ id: 'x', language: 'fr' }], 'm.json')).toThrow(
      /m\.json: entry 0: field "language"/,
    );
    expect(() => parseManifest([{ title: 'no id' }], 'm.json')).toThrow(
      /m\.json: entry 0: field "id"/,
    );
    expect(() => parseManifest([{ id: 'x', sectors: 'energy' }], 'm.json')).toThrow(
      /entry 0: field "sectors"/,
    );
  });

  it('rejects a manifest of the wrong shape and duplicate ids', () => {
    expect(() => parseManifest({ docs: [] }, 'm.json')).toThrow(/m\.json: expected an array/);
    expect(() => parseManifest([{ id: 'a' }, { id: 'a' }], 'm.json')).toThrow(
      /m\.json: entry 1: field "id": duplicate id "a"/,
    );
  });
});

describe('matchManifestEntry', () => {
  const entries = parseManifest(
    [
      { id: 'carbon-peak', file: 'zh/carbon-peak.pdf' },
      { id: 'shanxi-plan' },
      { id: 'named-elsewhere', file: 'other/file.md' },
    ],
    'manifest.json',
  );

  it('matches by file path, normalising separators and a leading ./', () => {
    expect(matchManifestEntry(entries, 'zh/carbon-peak.pdf')?.id).toBe('carbon-peak');
    expect(matchManifestEntry(entries, 'zh\\carbon-peak.pdf')?.id).toBe('carbon-peak');
    expect(matchManifestEntry(entries, './zh/carbon-peak.pdf')?.id).toBe('carbon-peak');
  });

  it('matches by id equal to the file name without extension', () => {
    expect(matchManifestEntry(entries, 'en/shanxi-plan.md')?.id).toBe('shanxi-plan');
    expect(matchManifestEntry(entries, 'unknown.pdf')).toBeUndefined();
  });

  it('does not give an entry that names a file to another file with the same stem', () => {
    expect(matchManifestEntry(entries, 'named-elsewhere.pdf')).toBeUndefined();
  });

  it('lets manifest fields override detection and recomputes the level from a new region', () => {
    const detected = detectMetadata(fixture('en-shenzhen-notice.txt'), 'en-shenzhen-notice.txt');
    const [entry] = parseManifest(
      [{ id: 'x', region: 'Guangdong', title: 'Manifest title' }],
      'm.json',
    );
    expect(applyManifestEntry(detected, entry)).toMatchObject({
      title: 'Manifest title',
      region: 'Guangdong',
      level: 'provincial',
      date: '2022-06-01',
    });
  });
});
