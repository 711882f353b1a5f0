import { PasswordException, PDFParse, VerbosityLevel } from 'pdf-parse';
import { normalizeInline, normalizeText } from '../../src/text/normalize.ts';
import { cleanPageLines, isTableRow } from './pdf-lines.ts';
import { createSectionBuilder, detectHeading } from './sections.ts';
import { LoadError, type Loader, type LoadedDocument } from './types.ts';

/**
 * PDF loader (.pdf), on pdf-parse (pdf.js). Sections never cross pages and carry their 1-based
 * `page`; within a page, chapter/section/article headings start new sections and the heading
 * path carries over to the next page. Running headers/footers and page numbers are removed,
 * broken words and wrapped lines are joined (see pdf-lines.ts). Title from the PDF metadata.
 *
 * @throws LoadError naming the file: not a PDF, not readable (corrupt/truncated), encrypted with
 *   a user password, or no text layer (scans: OCR is not supported).
 */
export const loadPdf: Loader = async (bytes, fileName) => {
  if (!looksLikePdf(bytes)) throw new LoadError(`${fileName}: not a PDF file`);
  // pdf.js may transfer (detach) the buffer it is given; hand it a copy so the caller's bytes survive.
  const parser = new PDFParse({ data: bytes.slice(), verbosity: VerbosityLevel.ERRORS });
  let pages: { num: number; text: string }[];
  let title: string | undefined;
  try {
    const info = await parser.getInfo();
    title = metadataTitle(info.info?.Title);
    pages = (await parser.getText()).pages;
  } catch (error) {
    throw toLoadError(error, fileName);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  return buildDocument(pages, fileName, title);
};

function buildDocument(
  pages: { num: number; text: string }[],
  fileName: string,
  title: string | undefined,
): LoadedDocument {
  // Normalise first (Kangxi radicals, full-width digits) so that header matching and joining
  // see the characters the index will; tabs (pdf-parse's cell gaps) survive for table detection.
  const rawLines = pages.map((page) =>
    page.text.split('\n').map((line) => line.split('\t').map(normalizeInline).join('\t')),
  );
  const cleaned = cleanPageLines(rawLines);
  const builder = createSectionBuilder();
  pages.forEach((page, index) => {
    builder.startPage(page.num);
    for (const line of cleaned[index]) {
      const text = normalizeText(line);
      if (!text) continue;
      // "1. Total 35% 40%" is a table row, not a numbered heading.
      const heading = isTableRow(line) ? undefined : detectHeading(text);
      if (heading) builder.heading(heading.level, heading.label, text);
      else builder.line(text);
    }
  });
  const sections = builder.finish();
  if (sections.length === 0)
    throw new LoadError(`${fileName}: no extractable text; OCR is not supported`);
  const document: LoadedDocument = { sections, pages: pages.length };
  if (title) document.title = title;
  return document;
}

/** The PDF header may follow a little junk (the spec allows it within the first 1024 bytes). */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function toLoadError(error: unknown, fileName: string): LoadError {
  if (error instanceof PasswordException)
    return new LoadError(`${fileName}: encrypted PDF is not supported`, { cause: error });
  const reason =
    error instanceof Error && error.message
      ? error.message.replace(/\s+/g, ' ').replace(/\.$/, '')
      : String(error);
  return new LoadError(`${fileName}: not a readable PDF (${reason})`, { cause: error });
}

/** Word processors and printers fill Title with file names and "Microsoft Word - x.doc"; those are not titles. */
function metadataTitle(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const title = normalizeText(raw)
    .replace(/^Microsoft Word - /, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!title || /^untitled$/i.test(title) || /\.(pdf|docx?|wps|html?|txt)$/i.test(title))
    return undefined;
  return title;
}
