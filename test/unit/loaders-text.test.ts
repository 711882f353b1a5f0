import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  decodeDeclared,
  decodeText,
  isPlausibleText,
  loadText,
} from '../../ingest/loaders/text.ts';
import { detectHeading } from '../../ingest/loaders/sections.ts';
import { LoadError } from '../../ingest/loaders/types.ts';

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../fixtures/loaders/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('decodeText', () => {
  it('decodes a GB18030 file (not valid UTF-8) to the right characters', async () => {
    const bytes = await fixture('gb18030.txt');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = decodeText(bytes, 'gb18030.txt');
    expect(text.startsWith('关于加快建立健全绿色低碳循环发展经济体系的实施意见')).toBe(true);
    expect(text).toContain('第三条　到２０２５年，单位地区生产总值能耗比２０２０年下降１４％');
  });

  it('decodes UTF-16LE with a byte-order mark and drops the mark', async () => {
    const text = decodeText(await fixture('utf16le-bom.txt'), 'utf16le-bom.txt');
    expect(text.startsWith('Provincial Notice on Energy Conservation')).toBe(true);
  });

  it('decodes UTF-16BE and UTF-8 with a byte-order mark', () => {
    const be = new Uint8Array([0xfe, 0xff, 0x78, 0xb3, 0x8f, 0xbe, 0x5c, 0xf0]); // 碳达峰
    expect(decodeText(be, 'be.txt')).toBe('碳达峰');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('目标')]), 'bom.txt')).toBe('目标');
  });

  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    expect(decodeText(utf8('二氧化碳 CO2'), 'a.txt')).toBe('二氧化碳 CO2');
  });

  it('rejects an empty or whitespace-only file', async () => {
    const empty = catchError(() => decodeText(new Uint8Array(), 'empty.txt'));
    expect(empty).toBeInstanceOf(LoadError);
    expect((empty as LoadError).message).toBe('empty.txt: empty file');
    expect((catchError(() => decodeText(utf8(' \n\t\r\n'), 'blank.txt')) as Error).message).toBe(
      'blank.txt: empty file',
    );
    await expect(loadText(await fixture('empty.txt'), 'empty.txt')).rejects.toThrow(
      'empty.txt: empty file',
    );
  });

  it('rejects binary content with NUL bytes', () => {
    const error = catchError(() =>
      decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 'archive.txt'),
    );
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(/^archive\.txt: contains NUL bytes; not a text file/);
  });

  it('rejects bytes that are neither UTF-8 nor plausible GB18030', () => {
    // Valid GB18030 byte pairs, but control characters and rare symbols: not text.
    const bytes = new Uint8Array([0x81, 0x30, 0x81, 0x30, 0x01, 0x02, 0xa1, 0xa1, 0xff, 0x03]);
    const error = catchError(() => decodeText(bytes, 'noise.txt'));
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toBe(
      'noise.txt: cannot decode text: not UTF-8, UTF-16 or GB18030',
    );
  });

  it('judges decoded text plausible only when it reads like CJK or Latin prose', () => {
    expect(isPlausibleText('到2025年，单位GDP能耗下降13.5%。')).toBe(true);
    expect(isPlausibleText('abc\u0001def')).toBe(false);
    expect(isPlausibleText('ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ')).toBe(false);
  });

  it('follows a declared charset and falls back to detection when the declaration is wrong', () => {
    const gbk = new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa]); // 中国 in GBK
    expect(decodeDeclared(gbk, 'page.html', 'gb2312')).toBe('中国');
    expect(decodeDeclared(utf8('中国'), 'page.html', 'gb2312')).toBe('中国');
    expect(decodeDeclared(utf8('中国'), 'page.html', 'x-unknown-charset')).toBe('中国');
  });
});

describe('loadText', () => {
  it('groups a GB18030 regulation into chapter > article sections with normalised text', async () => {
    const document = await loadText(await fixture('gb18030.txt'), 'gb18030.txt');
    const article3 = document.sections.find((section) => section.text.startsWith('第三条'));
    expect(article3?.heading).toEqual(['第二章 主要目标', '第三条']);
    // Full-width digits, ％ and the ideographic space are folded by normalizeText (Chinese
    // punctuation is kept); the line that continues the article stays in its section.
    expect(article3?.text).toBe(
      '第三条 到2025年，单位地区生产总值能耗比2020年下降14%，单位地区生产总值二氧化碳排放比2020年下降18%。\n非化石能源消费比重达到20%左右。',
    );
    expect(document.sections[0]).toEqual({
      text: '关于加快建立健全绿色低碳循环发展经济体系的实施意见',
    });
    for (const section of document.sections) expect(section.text).not.toBe('');
  });

  it('keeps every line: the sections joined give the whole normalised text', async () => {
    const document = await loadText(await fixture('utf16le-bom.txt'), 'utf16le-bom.txt');
    expect(document.sections.map((section) => section.text).join('\n\n')).toBe(
      [
        'Provincial Notice on Energy Conservation',
        'Chapter I General Provisions',
        'Article 1 This notice applies to all key energy-consuming units in the province.',
        'Chapter II Targets',
        'Article 2 By 2025, energy consumption per unit of GDP shall fall by 14% compared with 2020.',
      ].join('\n\n'),
    );
    expect(document.sections[4].heading).toEqual(['Chapter II Targets', 'Article 2']);
  });

  it('nests sections under 一、 headings and numbered headings, and paragraphs stay together', async () => {
    const source =
      '一、总体要求\n坚持节约优先。\n\n推动绿色转型。\n二、主要目标\n1. General Requirements\nText under it.\n';
    const document = await loadText(utf8(source), 'plan.txt');
    expect(document.sections).toEqual([
      { text: '一、总体要求\n坚持节约优先。\n\n推动绿色转型。', heading: ['一、总体要求'] },
      { text: '二、主要目标', heading: ['二、主要目标'] },
      {
        text: '1. General Requirements\nText under it.',
        heading: ['二、主要目标', '1. General Requirements'],
      },
    ]);
  });
});

describe('detectHeading', () => {
  it('finds Chinese and English chapter, section and article headings', () => {
    expect(detectHeading('第一章 总则')).toMatchObject({ kind: 'chapter', label: '第一章 总则' });
    expect(detectHeading('第二节 能源')).toMatchObject({ kind: 'section' });
    expect(detectHeading('第十二条 重点排放单位应当……')).toMatchObject({
      kind: 'article',
      label: '第十二条',
    });
    expect(detectHeading('Article 12 Key emitters shall report.')).toMatchObject({
      kind: 'article',
      label: 'Article 12',
    });
    expect(detectHeading('Chapter IV Supervision')).toMatchObject({ kind: 'chapter' });
    expect(detectHeading('Section 2 Scope')).toMatchObject({ kind: 'section' });
  });

  it('orders Chinese outline levels 一、 > （一） > 1. > 第一条', () => {
    const levels = [
      '一、总体要求',
      '（一）指导思想',
      '1. 推进煤炭消费替代',
      '第一条 本办法适用于全省。',
    ].map((line) => detectHeading(line)?.level);
    expect(levels).toEqual([...levels].sort((a, b) => a! - b!));
    expect(new Set(levels).size).toBe(4);
  });

  it('ignores sentences and cross-references that merely start like headings', () => {
    expect(detectHeading('第三条规定的排放单位应当报告。')).toBeUndefined();
    expect(
      detectHeading('第二章所列目标应当在2025年前完成,各地区应当制定实施方案并报省人民政府备案。'),
    ).toBeUndefined();
    expect(
      detectHeading(
        '一、加快能源结构调整,到2025年非化石能源消费比重达到20%左右,煤炭消费比重持续下降。',
      ),
    ).toBeUndefined();
    expect(detectHeading('1. Reduce coal use in every city by 2025.')).toBeUndefined();
    // A numbered paragraph whose first line wrapped: it holds a full stop, so it is not a title.
    expect(
      detectHeading('1. 推进煤炭消费替代和转型升级。“十四五”时期严格合理控制煤炭消费增长，“十'),
    ).toBeUndefined();
    expect(
      detectHeading('（一）指导思想。以习近平新时代中国特色社会主义思想为指导'),
    ).toBeUndefined();
  });
});
