import { countCjk, CJK_RANGE } from '../src/text/cjk.ts';
import type { Section } from './loaders/types.ts';
import { splitSentences } from '../src/text/sentences.ts';

/**
 * Structure-aware chunking.
 *
 * The document text is the sections' texts joined by a blank line; every chunk is an exact
 * slice of it (`text.slice(start, end) === chunk.text`), so citations can always be traced
 * back to the characters they came from.
 *
 * Units are sentences (and lines: headings, list items, table rows never split). A chunk
 * grows unit by unit to a size budget that differs for Chinese (denser) and Latin text; it
 * closes early at a structural boundary (a new heading path, a chapter/article marker) once
 * it holds a fair amount of text; when it closes only because of size, the next chunk repeats
 * the last sentence (overlap) so a statement cut at the border is still whole somewhere.
 */
export interface Chunk {
  ordinal: number;
  text: string;
  start: number;
  end: number;
  heading: string | null;
  page_from: number | null;
  page_to: number | null;
}

export interface ChunkOptions {
  /** Budget in characters for Chinese text (default 420). */
  cjkBudget?: number;
  /** Budget in characters for Latin text (default 1100). */
  latinBudget?: number;
}

export const SECTION_SEPARATOR = '\n\n';

interface Unit {
  start: number;
  end: number;
  page: number | null;
  heading: string | null;
  boundary: boolean;
}

const BOUNDARY_RE = new RegExp(
  String.raw`^(?:第[一二三四五六七八九十百零〇\d]+[章节条部分]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|Chapter\s+[IVXLC\d]+|Article\s+\d+|Section\s+\d+|Part\s+[IVXLC\d]+|#{1,6}\s|\d+(?:\.\d+)*\.?\s+[A-Z${CJK_RANGE}])`,
  'i',
);

export function documentText(sections: Section[]): string {
  return sections.map((s) => s.text).join(SECTION_SEPARATOR);
}

export function chunkSections(
  sections: Section[],
  options: ChunkOptions = {},
): { text: string; chunks: Chunk[] } {
  const text = documentText(sections);
  const cjkShare = countCjk(text) / Math.max(1, text.length);
  const budget = cjkShare > 0.3 ? (options.cjkBudget ?? 420) : (options.latinBudget ?? 1100);

  const units: Unit[] = [];
  let offset = 0;
  for (const section of sections) {
    const heading =
      section.heading && section.heading.length > 0 ? section.heading.join(' > ') : null;
    let first = true;
    for (const span of splitSentences(section.text)) {
      units.push({
        start: offset + span.start,
        end: offset + span.end,
        page: section.page ?? null,
        heading,
        boundary: first || BOUNDARY_RE.test(span.text),
      });
      first = false;
    }
    offset += section.text.length + SECTION_SEPARATOR.length;
  }

  const chunks: Chunk[] = [];
  let current: Unit[] = [];
  const size = (list: Unit[]) =>
    list.length === 0 ? 0 : list[list.length - 1].end - list[0].start;
  const flush = () => {
    if (current.length === 0) return;
    const start = current[0].start;
    const end = current[current.length - 1].end;
    const pages = current.map((u) => u.page).filter((p): p is number => p !== null);
    chunks.push({
      ordinal: chunks.length,
      text: text.slice(start, end),
      start,
      end,
      heading: current.find((u) => u.heading !== null)?.heading ?? null,
      page_from: pages.length ? Math.min(...pages) : null,
      page_to: pages.length ? Math.max(...pages) : null,
    });
  };

  for (const unit of units) {
    const grown = current.length === 0 ? unit.end - unit.start : unit.end - current[0].start;
    const atBoundary = unit.boundary && size(current) >= budget * 0.35;
    const headingChanged =
      current.length > 0 &&
      unit.heading !== current[current.length - 1].heading &&
      size(current) >= budget * 0.2;
    if (current.length > 0 && (atBoundary || headingChanged)) {
      flush();
      current = [unit];
      continue;
    }
    if (current.length > 0 && grown > budget) {
      flush();
      const last = current[current.length - 1];
      // Overlap: carry the last sentence over unless it is itself large or a heading line.
      const carry =
        last.end - last.start < budget * 0.4 && !last.boundary && last.heading === unit.heading;
      current = carry ? [last, unit] : [unit];
      continue;
    }
    current.push(unit);
  }
  flush();
  return { text, chunks };
}
