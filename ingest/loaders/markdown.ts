import { normalizeText } from '../../src/text/normalize.ts';
import { addTextLines, createSectionBuilder } from './sections.ts';
import { decodeText } from './text.ts';
import { LoadError, type Loader } from './types.ts';

const ATX_HEADING = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^(=+|-+)\s*$/;
const FENCE = /^(```|~~~)/;
const TABLE_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
const LINK_DEFINITION = /^\[[^\]]+\]:\s+\S+/;
/** Markdown structure is explicit; inside it only these detected headings refine the path (a "1." is a list). */
const REFINING_KINDS = ['chapter', 'section', 'article'] as const;

/**
 * Markdown loader (.md, .markdown). `#` headings become the heading path (levels 1–6, the
 * heading text opens its section); article/chapter lines inside a section nest below it. Tables
 * become one line per row with cells joined by " | "; emphasis, link and image syntax is removed,
 * code blocks are kept as text. The first level-1 heading (or front-matter `title:`) is the title.
 */
export const loadMarkdown: Loader = async (bytes, fileName) => {
  const source = normalizeText(decodeText(bytes, fileName));
  const builder = createSectionBuilder();
  const { lines, frontMatterTitle } = stripFrontMatter(source.split('\n'));
  let title = frontMatterTitle;
  let inFence = false;

  const addHeading = (level: number, raw: string) => {
    const text = cleanInline(raw);
    if (!text) return;
    if (level === 1 && title === undefined) title = text;
    builder.heading(level, text);
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (FENCE.test(line.trim())) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      builder.line(line);
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      addHeading(atx[1].length, atx[2] ?? '');
      continue;
    }
    const next = lines[index + 1];
    if (
      next !== undefined &&
      line.trim() &&
      !line.includes('|') &&
      SETEXT_UNDERLINE.test(next.trim()) &&
      !isListItem(line)
    ) {
      addHeading(next.trim().startsWith('=') ? 1 : 2, line);
      index += 1;
      continue;
    }
    if (TABLE_SEPARATOR.test(line.trim()) && line.includes('-') && line.includes('|')) continue;
    if (LINK_DEFINITION.test(line.trim()) || /^\s*<!--.*-->\s*$/.test(line)) continue;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      builder.paragraphBreak(); // thematic break
      continue;
    }
    const text = isTableRow(line) ? tableRow(line) : cleanInline(blockPrefix(line));
    addTextLines(builder, [text], { levelOffset: 6, kinds: REFINING_KINDS });
  }

  const sections = builder.finish();
  if (sections.length === 0) throw new LoadError(`${fileName}: no text found`);
  return title === undefined ? { sections } : { sections, title };
};

function stripFrontMatter(lines: string[]): { lines: string[]; frontMatterTitle?: string } {
  if (lines[0]?.trim() !== '---') return { lines };
  const end = lines.indexOf('---', 1);
  if (end < 0) return { lines };
  const titleLine = lines.slice(1, end).find((line) => /^title\s*:/i.test(line));
  const title = titleLine
    ?.replace(/^title\s*:\s*/i, '')
    .replace(/^["']|["']$/g, '')
    .trim();
  return { lines: lines.slice(end + 1), ...(title ? { frontMatterTitle: title } : {}) };
}

function isListItem(line: string): boolean {
  return /^\s*([-*+]|\d+[.)])\s/.test(line);
}

function isTableRow(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith('|') && trimmed.length > 1;
}

function tableRow(line: string): string {
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cleanInline(cell.replace(/\\\|/g, '|')));
  return cells.join(' | ');
}

/** Drops blockquote markers and normalises bullet markers to "- " (kept: they separate list items). */
function blockPrefix(line: string): string {
  return line.replace(/^(\s*>)+\s?/, '').replace(/^(\s*)[*+]\s+/, '$1- ');
}

/** Inline Markdown → text: images dropped, links → their text, emphasis and code markers removed. */
export function cleanInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .trim();
}
