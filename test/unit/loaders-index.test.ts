import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadDocument, loaderFor, SUPPORTED_EXTENSIONS } from '../../ingest/loaders/index.ts';
import { loadHtml } from '../../ingest/loaders/html.ts';
import { loadMarkdown } from '../../ingest/loaders/markdown.ts';
import { loadPdf } from '../../ingest/loaders/pdf.ts';
import { loadText } from '../../ingest/loaders/text.ts';
import { LoadError } from '../../ingest/loaders/types.ts';

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../fixtures/loaders/${name}`, import.meta.url)));

async function loadError(bytes: Uint8Array, fileName: string): Promise<LoadError> {
  const error = await loadDocument(bytes, fileName).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(LoadError);
  return error as LoadError;
}

describe('loaderFor', () => {
  it('picks a loader by extension, case-insensitively', () => {
    expect(loaderFor('plan.PDF')).toBe(loadPdf);
    expect(loaderFor('dir.v2/page.Htm')).toBe(loadHtml);
    expect(loaderFor('page.html')).toBe(loadHtml);
    expect(loaderFor('notes.markdown')).toBe(loadMarkdown);
    expect(loaderFor('notes.md')).toBe(loadMarkdown);
    expect(loaderFor('law.TXT')).toBe(loadText);
    expect(loaderFor('law.text')).toBe(loadText);
    expect(loaderFor('report.docx')).toBeUndefined();
    expect(loaderFor('README')).toBeUndefined();
    expect(SUPPORTED_EXTENSIONS).toEqual([
      '.pdf',
      '.html',
      '.htm',
      '.md',
      '.markdown',
      '.txt',
      '.text',
    ]);
  });
});

describe('loadDocument', () => {
  it('loads every fixture kind into non-empty sections', async () => {
    for (const name of [
      'en-plan.pdf',
      'zh-plan.pdf',
      'chrome-page.html',
      'gbk-page.html',
      'notes.md',
      'gb18030.txt',
      'utf16le-bom.txt',
    ]) {
      const document = await loadDocument(await fixture(name), name);
      expect(document.sections.length, name).toBeGreaterThan(0);
      for (const section of document.sections) expect(section.text.trim(), name).not.toBe('');
    }
  });

  it('names the file and the supported types for an unsupported extension', async () => {
    const { message } = await loadError(new Uint8Array([1, 2, 3]), 'report.docx');
    expect(message).toBe(
      "report.docx: unsupported file type '.docx' (supported: .pdf, .html, .htm, .md, .markdown, .txt, .text)",
    );
    expect((await loadError(new Uint8Array([1]), 'Makefile')).message).toMatch(
      /^Makefile: unsupported file type \(no extension\)/,
    );
  });

  it('passes loader errors through with the file name', async () => {
    expect((await loadError(await fixture('empty.txt'), 'empty.txt')).message).toBe(
      'empty.txt: empty file',
    );
    expect((await loadError(await fixture('random.pdf'), 'random.pdf')).message).toBe(
      'random.pdf: not a PDF file',
    );
  });

  it('reports a document whose markup holds no text', async () => {
    const bytes = new TextEncoder().encode('# \n\n![only an image](a.png)\n');
    expect((await loadError(bytes, 'image-only.md')).message).toBe('image-only.md: no text found');
  });
});
