import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../ingest/loaders/pdf.ts';
import {
  cleanPageLines,
  isPageNumber,
  isTableRow,
  joinWrappedLines,
} from '../../ingest/loaders/pdf-lines.ts';
import { LoadError, type LoadedDocument } from '../../ingest/loaders/types.ts';

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../fixtures/loaders/${name}`, import.meta.url)));
const fullText = (document: LoadedDocument) =>
  document.sections.map((section) => section.text).join('\n\n');
const KANGXI = /[\u2F00-\u2FDF\u2E80-\u2EFF]/;

async function loadError(name: string): Promise<LoadError> {
  const error = await loadPdf(await fixture(name), name).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LoadError);
  return error as LoadError;
}

describe('loadPdf on an English plan (en-plan.pdf, 3 pages)', () => {
  it('tags every section with the page it was printed on', async () => {
    const document = await loadPdf(await fixture('en-plan.pdf'), 'en-plan.pdf');
    expect(document.pages).toBe(3);
    expect(document.title).toBe('Provincial Climate Action Plan 2021-2025');
    const pageOf = (needle: string) =>
      document.sections.find((section) => section.text.includes(needle))?.page;
    expect(pageOf('Article 1 This plan')).toBe(1);
    expect(pageOf('Carbon intensity reduction')).toBe(2);
    expect(pageOf('Article 5 The provincial government')).toBe(3);
    for (const section of document.sections) expect(section.text.trim()).not.toBe('');
  });

  it('removes the running header, the footer and the page numbers', async () => {
    const text = fullText(await loadPdf(await fixture('en-plan.pdf'), 'en-plan.pdf'));
    expect(text).not.toContain('Consultation Draft');
    expect(text).not.toContain('Issued by the Provincial Development and Reform Commission');
    expect(text).not.toMatch(/Page \d of 3/);
    // The title line resembles the header but is not repeated, so it stays.
    expect(text).toContain('Provincial Climate Action Plan 2021-2025');
  });

  it('rejoins a word hyphenated at the line end and keeps real hyphens', async () => {
    const text = fullText(await loadPdf(await fixture('en-plan.pdf'), 'en-plan.pdf'));
    expect(text).toContain('annual greenhouse gas emissions to the provincial ecology department');
    expect(text).not.toContain('emis-');
    expect(text).toContain('a low-carbon transport plan');
    expect(text).toContain('dual-carbon goals');
  });

  it('joins a wrapped sentence into one line', async () => {
    const text = fullText(await loadPdf(await fixture('en-plan.pdf'), 'en-plan.pdf'));
    expect(text).toContain(
      'peak carbon dioxide emissions before 2030 and reach carbon neutrality before 2060, in line with',
    );
  });

  it('keeps each table row intact on its own line', async () => {
    const text = fullText(await loadPdf(await fixture('en-plan.pdf'), 'en-plan.pdf'));
    const lines = text.split('\n');
    expect(lines).toContain('Indicator 2020 2025');
    expect(lines).toContain('Carbon intensity reduction 0% 18%');
    expect(lines).toContain('Non-fossil energy share 15.9% 20%');
    expect(lines).toContain('Forest coverage 24.0% 24.1%');
  });

  it('builds heading paths from chapter and article lines, carried across pages', async () => {
    const document = await loadPdf(await fixture('en-plan.pdf'), 'en-plan.pdf');
    const article3 = document.sections.find((section) => section.text.startsWith('Article 3'));
    expect(article3?.heading).toEqual(['Chapter II Main Targets', 'Article 3']);
    expect(article3?.text).toContain('Forest coverage'); // the table belongs to the article
  });
});

describe('loadPdf on a Chinese plan (zh-plan.pdf, 3 pages)', () => {
  it('extracts normalised Chinese text without Kangxi radicals', async () => {
    const document = await loadPdf(await fixture('zh-plan.pdf'), 'zh-plan.pdf');
    const text = fullText(document);
    expect(text).toContain('“十四五”期间');
    expect(text).toContain('第二章 主要目标');
    expect(text).not.toMatch(KANGXI);
    expect(document.title).toBe('江苏省碳达峰实施方案');
  });

  it('joins wrapped Chinese lines without inserting spaces', async () => {
    const text = fullText(await loadPdf(await fixture('zh-plan.pdf'), 'zh-plan.pdf'));
    expect(text).toContain('碳达峰碳中和的重大战略决策，扎实推进全省碳达峰工作');
    expect(text).toContain('单位地区生产总值二氧化碳排放比2005年下降65%以上');
    expect(text).toContain('建立健全统计核算、考核评价和监督检查制度。');
  });

  it('removes the repeated header and the "— N —" page numbers', async () => {
    const text = fullText(await loadPdf(await fixture('zh-plan.pdf'), 'zh-plan.pdf'));
    expect(text).not.toContain('苏政办发');
    expect(text).not.toMatch(/— \d —/);
  });

  it('puts articles under their chapter, also when the chapter began on an earlier page', async () => {
    const document = await loadPdf(await fixture('zh-plan.pdf'), 'zh-plan.pdf');
    const article = (token: string) =>
      document.sections.find((section) => section.text.startsWith(token));
    expect(article('第一条')).toMatchObject({ page: 1, heading: ['第一章 总则', '第一条'] });
    expect(article('第五条')).toMatchObject({ page: 2, heading: ['第二章 主要目标', '第五条'] });
    expect(article('第七条')).toMatchObject({ page: 3, heading: ['第三章 保障措施', '第七条'] });
    expect(article('第四条')?.text.split('\n')).toContain('非化石能源消费比重 12.8% 18%');
  });
});

describe('loadPdf errors', () => {
  it('rejects an encrypted PDF', async () => {
    expect((await loadError('encrypted.pdf')).message).toBe(
      'encrypted.pdf: encrypted PDF is not supported',
    );
  });

  it('rejects a PDF without a text layer', async () => {
    expect((await loadError('no-text.pdf')).message).toBe(
      'no-text.pdf: no extractable text; OCR is not supported',
    );
  });

  it('rejects a truncated PDF with a one-line reason', async () => {
    const { message } = await loadError('truncated.pdf');
    expect(message).toMatch(/^truncated\.pdf: not a readable PDF \(.+\)$/);
    expect(message).not.toContain('\n');
  });

  it('rejects random bytes named .pdf', async () => {
    expect((await loadError('random.pdf')).message).toBe('random.pdf: not a PDF file');
  });

  it("leaves the caller's bytes usable after loading", async () => {
    const bytes = await fixture('en-plan.pdf');
    await loadPdf(bytes, 'en-plan.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
    await expect(loadPdf(bytes, 'en-plan.pdf')).resolves.toMatchObject({ pages: 3 });
  });
});

describe('PDF line clean-up', () => {
  it('recognises bare page numbers in the usual forms', () => {
    for (const line of [
      '3',
      '- 3 -',
      '— 12 —',
      '第 3 页',
      '第3页/共8页',
      'Page 3 of 8',
      'page 4',
      '3 / 8',
      'iv',
    ]) {
      expect(isPageNumber(line), line).toBe(true);
    }
    for (const line of ['Article 3', '2025年', 'By 2025 the province'])
      expect(isPageNumber(line), line).toBe(false);
  });

  it('does not treat prose with two years as a table row', () => {
    expect(
      isTableRow('Article 3 By 2025 the province shall meet the following targets, against 2020'),
    ).toBe(false);
    expect(isTableRow('Forest coverage 24.0% 24.1%')).toBe(true);
    expect(isTableRow('可再生能源发电装机容量\t2800万千瓦\t5000万千瓦')).toBe(true);
  });

  it('needs a line to repeat on at least three pages before removing it', () => {
    const twoPages = [
      ['Annual Report', 'First page text.'],
      ['Annual Report', 'Second page text.'],
    ];
    expect(cleanPageLines(twoPages)).toEqual([
      ['Annual Report', 'First page text.'],
      ['Annual Report', 'Second page text.'],
    ]);
    const bodies = ['Coal use fell.', 'Wind grew fast.', 'Solar doubled.', 'Grids expanded.'];
    const fourPages = bodies.map((body, index) => [
      `Energy Bulletin No. ${index + 7}`,
      body,
      `- ${index + 1} -`,
    ]);
    expect(cleanPageLines(fourPages)).toEqual(bodies.map((body) => [body]));
  });

  it('keeps the hyphen of a compound broken at its own hyphen', () => {
    expect(
      joinWrappedLines(['It shall serve the Guangdong-', 'Hong Kong-Macao Greater Bay Area.']),
    ).toEqual(['It shall serve the Guangdong-Hong Kong-Macao Greater Bay Area.']);
  });

  it('does not join a heading or a short title with the following line', () => {
    expect(joinWrappedLines(['第一章 总则', '第一条 为了保护环境，制定本办法。'])).toEqual([
      '第一章 总则',
      '第一条 为了保护环境，制定本办法。',
    ]);
    expect(joinWrappedLines(['Chapter I General', 'provisions follow here.'])).toEqual([
      'Chapter I General',
      'provisions follow here.',
    ]);
  });

  it('joins a sentence cut by a page break onto the page where it starts, up to its end', () => {
    // Full-width lines: "单位国内生产总" ends page 1 mid-word and the sentence ends on page 2.
    const zh = [
      [
        '到2025年，重点行业能源利用效率大幅提升，煤炭消费增长得到严格合理控制，新型电力',
        '系统加快构建。到2025年，非化石能源消费比重达到20%左右，单位国内生产总',
      ],
      [
        '值能源消耗比2020年下降13.5%。单位国内生产总值二氧化碳排放比',
        '2020年下降18%，为实现碳达峰奠定坚实基础。',
      ],
    ];
    expect(cleanPageLines(zh)).toEqual([
      [
        '到2025年，重点行业能源利用效率大幅提升，煤炭消费增长得到严格合理控制，新型电力系统加快构建。到2025年，非化石能源消费比重达到20%左右，单位国内生产总值能源消耗比2020年下降13.5%。',
      ],
      ['单位国内生产总值二氧化碳排放比2020年下降18%，为实现碳达峰奠定坚实基础。'],
    ]);
    const en = [
      [
        'Article 3 By 2025, the energy consumption per unit of regional GDP',
        'shall fall by 14.5% compared with 2020, and the carbon intensity shall',
      ],
      ['fall by 18%. Article 4 The province shall build new energy storage', 'of 6 GW by 2025.'],
    ];
    expect(cleanPageLines(en)).toEqual([
      [
        'Article 3 By 2025, the energy consumption per unit of regional GDP shall fall by 14.5% compared with 2020, and the carbon intensity shall fall by 18%.',
      ],
      ['Article 4 The province shall build new energy storage of 6 GW by 2025.'],
    ]);
  });

  it('keeps a page break after a finished sentence, before a heading, or after a short line', () => {
    const finished = [
      ['到2025年，非化石能源消费比重达到20%左右，单位国内生产总值能源消耗下降13.5%。'],
      ['单位国内生产总值二氧化碳排放下降18%，为实现碳达峰奠定坚实基础。'],
    ];
    expect(cleanPageLines(finished)).toEqual(finished);
    const heading = [
      ['到2025年，非化石能源消费比重达到20%左右，单位国内生产总值能源消耗下降'],
      ['（二）“十五五”阶段目标', '到2030年，非化石能源消费比重达到25%左右。'],
    ];
    expect(cleanPageLines(heading)).toEqual(heading);
    const short = [
      [
        '到2025年，非化石能源消费比重达到20%左右，单位国内生产总值能源消耗下降13.5%。',
        '二氧化碳排放',
      ],
      ['比2020年下降18%。'],
    ];
    expect(cleanPageLines(short)).toEqual(short);
  });
});
