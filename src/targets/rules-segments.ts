/**
 * Cut a passage into what the rule extractor reads: sentences (with paragraph and list-item
 * context, so "By 2027:" can govern the bullets under it) and table blocks. Offsets are into the
 * passage; a soft line break inside a wrapped PDF paragraph does not end a sentence.
 */
import { endsWithCjk, hasCjk, startsWithCjk } from '../text/cjk.ts';

export interface Sentence {
  /** Offsets into the passage, trimmed, list marker excluded. */
  start: number;
  end: number;
  paragraph: number;
  listItem: boolean;
  /** Ends with a colon, or is a bare time phrase ("By 2025,") on its own line. */
  leadIn: boolean;
  /**
   * A section heading on its own line ("Chapter III Targets for 2027", "（一）“十四五”阶段目标"):
   * 1 for chapters (Chapter, 第一章, 一、), 2 for articles (Article, 第六条, （一）); null otherwise.
   */
  heading: 1 | 2 | null;
}

export interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface TableRow {
  start: number;
  end: number;
  cells: Cell[];
}

export interface Segments {
  sentences: Sentence[];
  tables: TableRow[][];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const LIST_MARKER_RE =
  /^(?:[-*•·]\s+|\d{1,2}[.、)](?!\d)\s*|\(\d{1,2}\)\s*|[(（][一二三四五六七八九十]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}、\s*|第[一二三四五六七八九十\d]{1,3}[条章节]\s*)/;
const HARD_END_RE = /[。;；!?！？:：]$|\.$/;
const CN_ORDINAL = '[一二三四五六七八九十百零〇\\d]{1,4}';
const CHAPTER_RE = new RegExp(
  `^(?:(?:Chapter|Part)\\s+[IVXLC\\d]+\\b|第${CN_ORDINAL}[章篇部]|[一二三四五六七八九十]{1,3}、)`,
  'i',
);
const ARTICLE_RE = new RegExp(
  `^(?:(?:Article|Section)\\s+[IVXLC\\d]+\\b|第${CN_ORDINAL}[条节]|[(（][一二三四五六七八九十]{1,3}[)）])`,
  'i',
);
/** A heading is short and unpunctuated: "第四条 具体指标" is one, "（一）农业领域。全省……" is a list item. */
const HEADING_MAX = 60;
const HEADING_MAX_CJK = 30;
const ABBREVIATION_RE =
  /(?:\b(?:No|no|e\.g|i\.e|etc|vs|Fig|Art|St|Mr|Dr|approx|Co|Ltd|Inc)|\b[A-Z])$/;

export function segment(text: string): Segments {
  const lines = splitLines(text);
  const sentences: Sentence[] = [];
  const tables: TableRow[][] = [];
  let paragraph = 0;
  let unit: { start: number; end: number; listItem: boolean } | null = null;
  let bridged = false;

  const flush = () => {
    if (unit)
      sentences.push(...splitSentences(text, unit.start, unit.end, paragraph, unit.listItem));
    unit = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.trim() === '') {
      // A PDF page break in mid-sentence leaves a blank line inside it ("单位国内生产总\n\n值能源消耗…").
      if (unit && continuesAcrossBreak(lines, i)) {
        bridged = true;
        continue;
      }
      flush();
      paragraph++;
      continue;
    }
    const rank = headingRank(line.text);
    if (rank !== null) {
      flush();
      paragraph++;
      push(sentences, text, line.start, line.end, paragraph, false);
      const pushed = sentences[sentences.length - 1];
      if (pushed) pushed.heading = rank;
      paragraph++;
      continue;
    }
    if (isTableRow(line.text)) {
      const block: TableRow[] = [];
      while (i < lines.length && isTableRow(lines[i]!.text)) {
        const row = tableRow(lines[i]!);
        if (row) block.push(row);
        i++;
      }
      i--;
      flush();
      if (block.length >= 2) tables.push(block);
      paragraph++;
      continue;
    }
    const marker = LIST_MARKER_RE.exec(line.text);
    const previous = i > 0 ? lines[i - 1]!.text.trim() : '';
    const startsUnit =
      !bridged &&
      (!unit ||
        marker !== null ||
        HARD_END_RE.test(previous) ||
        (previous.length < 20 && !/[,，、]$/.test(previous)));
    bridged = false;
    if (startsUnit) {
      flush();
      const contentStart = line.start + (marker ? marker[0].length : 0);
      unit = { start: contentStart, end: line.end, listItem: marker !== null };
    } else {
      unit!.end = line.end;
    }
  }
  flush();
  return { sentences, tables };
}

function headingRank(line: string): 1 | 2 | null {
  const text = line.replace(/\*\*|__/g, '').trim();
  if (
    text.length > (hasCjk(text) ? HEADING_MAX_CJK : HEADING_MAX) ||
    /[。.;；!?！？:：,，]$/.test(text) ||
    /[。;；!?！？]/.test(text)
  )
    return null;
  if (CHAPTER_RE.test(text)) return 1;
  if (ARTICLE_RE.test(text)) return 2;
  return null;
}

/** Blank lines at `at` sit inside a sentence: the text before stops mid-word, the text after goes on. */
function continuesAcrossBreak(lines: Line[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && lines[before]!.text.trim() === '') before--;
  let after = at + 1;
  while (after < lines.length && lines[after]!.text.trim() === '') after++;
  if (before < 0 || after >= lines.length) return false;
  const previous = lines[before]!.text.trim();
  const next = lines[after]!.text.trim();
  if (
    previous.length < 30 ||
    isTableRow(next) ||
    LIST_MARKER_RE.test(next) ||
    headingRank(next) !== null
  )
    return false;
  const cjkJoin = endsWithCjk(previous) && startsWithCjk(next);
  const latinJoin = /[a-z,]$/.test(previous) && /^[a-z]/.test(next);
  return cjkJoin || latinJoin;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

function splitSentences(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  listItem: boolean,
): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    const terminal =
      '。;；!！?？'.includes(ch) ||
      (ch === '.' &&
        /\s/.test(text[i + 1] ?? ' ') &&
        !ABBREVIATION_RE.test(text.slice(Math.max(from, i - 8), i)));
    if (terminal && depth === 0) {
      push(out, text, start, i + 1, paragraph, listItem && start === from);
      start = i + 1;
    }
  }
  push(out, text, start, to, paragraph, listItem && start === from);
  // A list item keeps its flag on every sentence: the lead-in governs all of them.
  if (listItem) for (const s of out) s.listItem = true;
  return out;
}

function push(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
  listItem: boolean,
): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  const body = text.slice(start, end);
  const leadIn =
    /[:：]$/.test(body) || (body.length <= 40 && /[,，]$/.test(body) && /\d{4}/.test(body));
  out.push({ start, end, paragraph, listItem, leadIn, heading: null });
}

function isTableRow(line: string): boolean {
  return (line.match(/\|/g)?.length ?? 0) >= 2 || (line.match(/\t/g)?.length ?? 0) >= 2;
}

function tableRow(line: Line): TableRow | null {
  if (/^[\s|:\-–—+]+$/.test(line.text)) return null; // markdown separator row
  const separator = line.text.includes('|') ? '|' : '\t';
  const cells: Cell[] = [];
  let offset = line.start;
  const parts = line.text.split(separator);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const edge = separator === '|' && (i === 0 || i === parts.length - 1) && text === '';
    if (!edge) cells.push({ text, start: offset + lead, end: offset + lead + text.length });
    offset += part.length + 1;
  }
  let start = line.start;
  let end = line.end;
  while (start < end && /\s/.test(line.text[start - line.start]!)) start++;
  while (end > start && /\s/.test(line.text[end - 1 - line.start]!)) end--;
  return { start, end, cells };
}
