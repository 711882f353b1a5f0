import { CJK_RANGE, hasCjk } from '../../src/text/cjk.ts';
import { detectHeading } from './sections.ts';
import { splitSentences } from '../../src/text/sentences.ts';

/**
 * Line-level clean-up of PDF page text, which arrives as visual lines: a running header and
 * footer on every page, a page number, words hyphenated at the right margin and sentences
 * wrapped across lines. Pure functions over `string[]` per page so they can be tested alone.
 */

/** Lines this close to a page edge are where headers, footers and page numbers live. */
const EDGE_LINES = 3;
const PAGE_NUMBER = [
  /^[-–—―\s]*\d{1,4}[-–—―\s]*$/, // 3, - 3 -, — 3 —
  /^[-–—\s]*[ivxlc]{1,6}[-–—\s]*$/, // front matter: iii
  /^第\s*\d+\s*页(\s*[,，、/]?\s*共\s*\d+\s*页)?$/, // 第 3 页, 第3页/共8页
  /^共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页$/,
  /^page\s+\d+(\s*(of|\/)\s*\d+)?$/i, // Page 3, Page 3 of 8
  /^\d+\s*\/\s*\d+$/, // 3 / 8
];
/** Sentence-final marks, also before a closing quote or bracket ("……。”"); ASCII forms too (English, or folded text). */
const SENTENCE_END = /[。；：！？;:!?.…][”’」』)）"']*$/;
const CJK_OPENING = new RegExp(String.raw`^[${CJK_RANGE}“《(（\d]`);
const CJK_WRAP_END = new RegExp(String.raw`[${CJK_RANGE}，、“”‘’《》(（)）,\d%]$`);
const NUMBER_CELL = new RegExp(String.raw`^[-+−~≈<>≤≥]?\d[\d,.]*[%‰]?[${CJK_RANGE}]{0,4}$|^[-—–]$`);

/**
 * Removes headers/footers and page numbers, carries a sentence cut by a page break back to the
 * page where it starts, then joins wrapped lines. Input and output: lines per page.
 */
export function cleanPageLines(pages: string[][]): string[][] {
  const trimmed = pages.map((lines) =>
    lines.map((line) => line.trim()).filter((line) => line !== ''),
  );
  const repeating = repeatingEdgeLines(trimmed);
  const stripped = trimmed.map((lines) => stripEdges(lines, repeating));
  for (let i = 0; i + 1 < stripped.length; i++) carryAcrossPageBreak(stripped[i], stripped[i + 1]);
  return stripped.map((lines) => joinWrappedLines(lines));
}

/**
 * "…单位国内生产总" ending one page and "值能源消耗比2020年下降13.5%。单位…" opening the next are one
 * sentence (and one word) cut by the break; left apart, neither half is found by a search for
 * it. When the page's last line would join the next page's first line as a wrapped line (the
 * same test as within a page), the next page's lines up to the end of that sentence move to
 * this page; the rest of the line they end in stays. The sentence is then cited on the page
 * where it starts. Mutates both pages.
 */
function carryAcrossPageBreak(page: string[], next: string[]): void {
  if (page.length === 0 || next.length === 0) return;
  if (joinPair(page[page.length - 1], next[0], fullWidthOf(page)) === undefined) return;
  const nextWidth = fullWidthOf(next);
  while (next.length > 0) {
    const line = next[0];
    const end = splitSentences(line)[0]?.end ?? line.length;
    if (end < line.length) {
      page.push(line.slice(0, end));
      // What stays is judged as the whole line was: a full line wraps onto the one below it.
      const wrapped = next.length > 1 ? joinPair(line, next[1], nextWidth) : undefined;
      next.splice(0, wrapped === undefined ? 1 : 2, (wrapped ?? line).slice(end).trim());
      return;
    }
    page.push(next.shift()!);
    // The sentence goes on only if the next line continues this one.
    if (next.length === 0 || joinPair(line, next[0], nextWidth) === undefined) return;
  }
}

/** Header/footer identity: digits vary ("Page 3", "2023年第5期"), the rest repeats. */
function edgeKey(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

function edgeLines(lines: string[]): string[] {
  // pdf-parse emits lines in content-stream order, which need not be top-to-bottom (Chromium
  // writes margin boxes first), so both ends of the page are edges.
  return [
    ...lines.slice(0, EDGE_LINES),
    ...lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES)),
  ];
}

/** Keys of lines found at an edge of at least 60% of the pages; needs at least three pages of evidence. */
export function repeatingEdgeLines(pages: string[][]): Set<string> {
  const repeating = new Set<string>();
  if (pages.length < 3) return repeating;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edgeLines(lines).map(edgeKey)))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(3, Math.ceil(pages.length * 0.6));
  for (const [key, count] of counts) if (count >= needed) repeating.add(key);
  return repeating;
}

export function isPageNumber(line: string): boolean {
  const compact = line.replace(/\t/g, ' ').trim();
  return PAGE_NUMBER.some((pattern) => pattern.test(compact));
}

function stripEdges(lines: string[], repeating: Set<string>): string[] {
  const isArtefact = (line: string) => repeating.has(edgeKey(line)) || isPageNumber(line);
  let start = 0;
  let end = lines.length;
  while (start < end && start < EDGE_LINES + 1 && isArtefact(lines[start])) start += 1;
  while (end > start && lines.length - end < EDGE_LINES + 1 && isArtefact(lines[end - 1])) end -= 1;
  return lines.slice(start, end);
}

/**
 * A table row: pdf-parse's tab (a wide horizontal gap) separates cells and some cell after the
 * first is all numbers, or the line ends in two numbers ("Forest coverage 24.0% 24.1%").
 * "Article 4<tab>Targets for 2025" is a heading with a gap, not a row. Rows are never joined.
 */
export function isTableRow(line: string): boolean {
  const isNumbers = (text: string) => {
    const words = text.split(/\s+/).filter(Boolean);
    return words.length > 0 && words.every((word) => NUMBER_CELL.test(word));
  };
  const cells = line.split('\t').filter((cell) => cell.trim() !== '');
  if (cells.length >= 2 && cells.slice(1).some(isNumbers)) return true;
  const words = line.split(/\s+/).filter(Boolean);
  return words.length >= 2 && isNumbers(words.slice(-2).join(' '));
}

/** Approximate printed width: CJK characters are about twice as wide as Latin ones. */
function visualWidth(line: string): number {
  let width = 0;
  for (const char of line)
    width += hasCjk(char) || /[\u3000-\u303f\uff00-\uffef]/.test(char) ? 2 : 1;
  return width;
}

/** A line at least this wide fills the page's measure (the widest line, less a margin for justification). */
function fullWidthOf(lines: string[]): number {
  return Math.max(0, ...lines.map(visualWidth)) * 0.8;
}

/** Joins lines that continue the previous one; keeps headings and table rows on their own lines. */
export function joinWrappedLines(lines: string[]): string[] {
  const fullWidth = fullWidthOf(lines);
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const joined = previous === undefined ? undefined : joinPair(previous, line, fullWidth);
    if (joined === undefined) out.push(line);
    else out[out.length - 1] = joined;
  }
  return out;
}

function joinPair(previous: string, next: string, fullWidth: number): string | undefined {
  if (isTableRow(previous) || isTableRow(next)) return undefined;
  if (detectHeading(next.replace(/\s+/g, ' '))) return undefined;
  // An article heading carries its text on the same line, which may wrap; other headings stand alone.
  const heading = detectHeading(previous.replace(/\s+/g, ' '));
  if (heading && heading.kind !== 'article') return undefined;
  const left = previous.replace(/\t/g, ' ');
  // "emis-" + "sions": a word hyphenated at the margin. (A compound broken exactly at its own
  // hyphen loses it; telling the two apart needs a dictionary.)
  if (/[A-Za-z]-$/.test(left) && /^[a-z]/.test(next)) return left.slice(0, -1) + next;
  // "Guangdong-" + "Hong Kong": a capital after the break means the hyphen is the compound's own.
  if (/[A-Za-z]-$/.test(left) && /^[A-Z]/.test(next)) return left + next;
  if (SENTENCE_END.test(left)) return undefined;
  const full = visualWidth(left) >= fullWidth && visualWidth(left) >= 30;
  const lastChar = left.slice(-1);
  const firstChar = next.charAt(0);
  // Chinese wraps anywhere, so only a line that fills the width continues onto the next one.
  if (full && (hasCjk(left) || hasCjk(next)) && CJK_WRAP_END.test(left) && CJK_OPENING.test(next)) {
    return (
      left +
      (hasCjk(lastChar) || hasCjk(firstChar) || /[，、“《(（,]/.test(lastChar) ? '' : ' ') +
      next
    );
  }
  if (/[a-z]/.test(firstChar)) return `${left} ${next}`;
  if (full && /[\d(“"']/.test(firstChar) && /[A-Za-z,]$/.test(left)) return `${left} ${next}`;
  return undefined;
}
