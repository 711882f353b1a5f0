/**
 * Tables as monospace text for a mrkdwn code block. Slack has no table block that every client
 * renders, and `fields` lose column alignment; a code block keeps rows comparable at a glance.
 */
import { escapeMrkdwn } from './mrkdwn.ts';

export type Cell = string | number | null | undefined;

export interface TextTableOptions {
  /** Upper bound on the returned string's length, code fences included (Slack: 3000 per section). */
  maxChars?: number;
  /** Widest a column may be, in display columns. */
  maxCellWidth?: number;
  /** Line appended when rows had to be left out; receives how many. */
  moreRows?: (n: number) => string;
}

/**
 * Renders the table as a ``` code block, columns padded to their widest cell. Han, kana, Hangul
 * and full-width characters count as two columns, as monospace fonts draw them. Rows that would
 * exceed `maxChars` are left out and counted on a final line.
 */
export function renderTextTable(
  columns: string[],
  rows: Cell[][],
  options: TextTableOptions = {},
): string {
  const { maxChars = 3000, maxCellWidth = 48, moreRows = (n: number) => `… ${n} more` } = options;
  const cells = [columns, ...rows].map((row) =>
    columns.map((_, i) => clip(cellText(row[i]), maxCellWidth)),
  );
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i]))));
  const lines = cells.map((row) =>
    row
      .map((cell, i) => pad(cell, widths[i]))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));

  const fence = (body: string[]) => escapeMrkdwn(['```', ...body, '```'].join('\n'));
  const kept = lines.slice(0, 2);
  for (let i = 2; i < lines.length; i++) {
    const omitted = lines.length - i - 1;
    const tail = omitted > 0 ? [moreRows(omitted)] : [];
    if (fence([...kept, lines[i], ...tail]).length > maxChars) {
      return fence([...kept, moreRows(lines.length - i)]);
    }
    kept.push(lines[i]);
  }
  return fence(kept);
}

/** Display columns a string takes in a monospace font. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char) ? 2 : 1;
  return width;
}

function isWide(char: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u.test(
    char,
  );
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined || cell === '') return '—';
  // Backticks would close the code block early; newlines would break the row.
  return String(cell).replace(/\s+/g, ' ').replace(/`/g, "'").trim();
}

function clip(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > maxWidth - 1) break;
    out += char;
  }
  return `${out}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
