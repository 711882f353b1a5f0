import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cleanInline, loadMarkdown } from '../../ingest/loaders/markdown.ts';

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../fixtures/loaders/${name}`, import.meta.url)));
const markdown = (text: string) => new TextEncoder().encode(text);

describe('loadMarkdown on notes.md', () => {
  it('turns # headings into heading paths and the first # into the title', async () => {
    const document = await loadMarkdown(await fixture('notes.md'), 'notes.md');
    const title = "China's 2030 Carbon Peaking Action Plan: notes";
    expect(document.title).toBe(title);
    expect(document.sections.map((section) => section.heading)).toEqual([
      [title],
      [title, 'Main targets'],
      [title, 'Main targets', 'Wind and solar'],
      [title, 'Original wording'],
      [title, 'Original wording', '第五条'],
    ]);
    expect(document.sections[2].text).toBe(
      'Wind and solar\n\nInstalled wind and solar capacity reaches over 1,200 GW by 2030.',
    );
  });

  it('keeps table rows one per line without the separator row', async () => {
    const document = await loadMarkdown(await fixture('notes.md'), 'notes.md');
    const lines = document.sections[1].text.split('\n');
    expect(lines).toContain('Indicator | 2025 | 2030');
    expect(lines).toContain('Non-fossil share of energy consumption | ~20% | ~25%');
    expect(document.sections[1].text).not.toContain('---');
  });

  it('removes emphasis, link and image syntax but keeps the words and code', async () => {
    const document = await loadMarkdown(await fixture('notes.md'), 'notes.md');
    const text = document.sections.map((section) => section.text).join('\n\n');
    expect(text).toContain('Summary of the State Council action plan issued in October 2021.');
    expect(text).toContain('By 2025 the share of non-fossil energy consumption reaches about 20%.');
    expect(text).toContain('raw excerpt kept as text: 碳达峰 = carbon peaking');
    for (const syntax of ['**', '__', '](', 'cover.png', '![', '```', '#'])
      expect(text, syntax).not.toContain(syntax);
  });
});

describe('loadMarkdown details', () => {
  it('keeps # lines inside code fences as text', async () => {
    const document = await loadMarkdown(
      markdown('# Plan\n\n```\n# not a heading\n```\n'),
      'fence.md',
    );
    expect(document.sections).toEqual([{ text: 'Plan\n\n# not a heading', heading: ['Plan'] }]);
  });

  it('reads setext headings and a front-matter title', async () => {
    const document = await loadMarkdown(
      markdown('---\ntitle: "Grid notes"\n---\nTargets\n-------\nGrid storage reaches 30 GW.\n'),
      'setext.md',
    );
    expect(document.title).toBe('Grid notes');
    expect(document.sections).toEqual([
      { text: 'Targets\nGrid storage reaches 30 GW.', heading: ['Targets'] },
    ]);
  });

  it('cleans inline syntax', () => {
    expect(
      cleanInline('**over 60%** of [charging](https://x.org/a_(b)) _off-peak_ `kWh` \\(V2G\\)'),
    ).toBe('over 60% of charging off-peak kWh (V2G)');
    expect(cleanInline('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4');
  });
});
