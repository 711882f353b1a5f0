import { describe, it, expect } from 'vitest';
import { chunkSections, SECTION_SEPARATOR } from '../../ingest/chunker.ts';
import type { Section } from '../../ingest/loaders/types.ts';

const zhArticle = (n: number) =>
  `第${n}条 到2025年，全省非化石能源消费比重达到${20 + n}%左右，单位地区生产总值能耗比2020年下降${n}.5%。加快推进风电和光伏发电规模化发展，积极稳妥推进水电开发，因地制宜发展生物质能。`;

describe('chunkSections', () => {
  it('makes every chunk an exact slice of the document text (offsets round-trip)', () => {
    const sections: Section[] = [
      { text: '# Title\nIntro sentence one. Intro sentence two.', heading: ['Title'] },
      {
        text: Array.from(
          { length: 30 },
          (_, i) =>
            `Sentence ${i} states that by 2025 the share will reach ${i}.5% compared with 2020.`,
        ).join(' '),
        heading: ['Title', 'Chapter I'],
        page: 2,
      },
      {
        text: Array.from({ length: 8 }, (_, i) => zhArticle(i + 1)).join('\n'),
        heading: ['第二章'],
        page: 3,
      },
    ];
    const { text, chunks } = chunkSections(sections);
    expect(text).toBe(sections.map((s) => s.text).join(SECTION_SEPARATOR));
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(text.slice(c.start, c.end)).toBe(c.text);
    chunks.forEach((c, i) => expect(c.ordinal).toBe(i));
  });

  it('never splits inside a sentence or a number', () => {
    const long = Array.from(
      { length: 40 },
      (_, i) => `By 2030, capacity in zone ${i} shall reach 1,234.5 GW.`,
    ).join(' ');
    const { chunks } = chunkSections([{ text: long }]);
    for (const c of chunks) {
      expect(c.text.startsWith('By 2030')).toBe(true);
      expect(c.text.endsWith('GW.')).toBe(true);
    }
  });

  it('keeps table rows whole, one per line', () => {
    const rows = Array.from(
      { length: 60 },
      (_, i) => `指标${i} | 2020年 ${i}% | 2025年 ${i + 5}% | 约束性`,
    ).join('\n');
    const { chunks } = chunkSections([{ text: rows }]);
    for (const c of chunks)
      for (const line of c.text.split('\n')) expect(line).toMatch(/^指标\d+ \| .* \| 约束性$/);
  });

  it('uses a smaller budget for Chinese than for English text', () => {
    const zh = chunkSections([
      {
        text: Array.from({ length: 12 }, (_, i) => zhArticle(i + 1).replace(/^第\d+条 /, '')).join(
          '',
        ),
      },
    ]);
    const en = chunkSections([
      {
        text: Array.from(
          { length: 12 },
          (_, i) =>
            `By 2025 the share of non-fossil energy in region ${i} shall reach about ${20 + i}% of total consumption.`,
        ).join(' '),
      },
    ]);
    const maxZh = Math.max(...zh.chunks.map((c) => c.text.length));
    const maxEn = Math.max(...en.chunks.map((c) => c.text.length));
    expect(maxZh).toBeLessThanOrEqual(420 + 120);
    expect(maxEn).toBeGreaterThan(maxZh);
  });

  it('starts a new chunk at an article boundary and carries the heading path and pages', () => {
    const text = Array.from({ length: 6 }, (_, i) => zhArticle(i + 1)).join('\n');
    const { chunks } = chunkSections([{ text, heading: ['第一章 发展目标'], page: 4 }]);
    for (const c of chunks.slice(1)) expect(c.text).toMatch(/^第\d+条/);
    expect(
      chunks.every((c) => c.heading === '第一章 发展目标' && c.page_from === 4 && c.page_to === 4),
    ).toBe(true);
  });

  it('overlaps by one sentence when a chunk closes for size alone', () => {
    const text = Array.from(
      { length: 40 },
      (_, i) => `Measure ${i} is described here in one plain sentence of moderate length.`,
    ).join(' ');
    const { chunks } = chunkSections([{ text }]);
    expect(chunks.length).toBeGreaterThan(1);
    const lastOfFirst = chunks[0].text.split(/(?<=\.) /).pop()!;
    expect(chunks[1].text.startsWith(lastOfFirst)).toBe(true);
  });
});
