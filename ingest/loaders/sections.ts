import { CJK_RANGE } from '../../src/text/cjk.ts';
import { normalizeText } from '../../src/text/normalize.ts';
import type { Section } from './types.ts';

/**
 * Structural headings found inside running text. Policy documents mark structure with words, not
 * markup (a PDF has no <h2>, a GB18030 .txt has no "#"), so every loader shares this detector.
 * `level` orders them (smaller = outer), following Chinese outlines:
 * chapter 第一章 (1) > section 第一节 (2) > 一、 (3) > （一） (4) > 1. (5) > article 第一条 (6).
 */
export interface DetectedHeading {
  kind: 'chapter' | 'section' | 'enumerated' | 'article';
  level: number;
  /** What goes into the heading path: the whole line, or just "第三条"/"Article 3" for articles. */
  label: string;
}

const CN_NUMBER = '[一二三四五六七八九十百千零〇两\\d]+';
const CN_CHAPTER = new RegExp(`^第${CN_NUMBER}[编章]`);
const CN_SECTION = new RegExp(`^第${CN_NUMBER}节`);
// An article's text follows its token on the same line ("第三条 到2025年……"); a token glued to
// words like 的/规定 at a line start is a cross-reference that wrapped, not a new article.
const CN_ARTICLE = new RegExp(`^(第${CN_NUMBER}条)(?=$|\\s|[^的规所中之款项至和或及与、，。,])`);
const CN_ENUMERATED = /^[一二三四五六七八九十]+、\S/;
const CN_PARENTHESISED = /^[（(][一二三四五六七八九十]+[）)]\s*\S/;
const EN_CHAPTER = /^(?:Chapter|CHAPTER|Part|PART)\s+(?:[IVXLC]+|\d+)\b/;
const EN_SECTION = /^(?:Section|SECTION)\s+\d+(?:\.\d+)*\b/;
const EN_ARTICLE = /^((?:Article|ARTICLE)\s+(?:\d+|[IVXLC]+))\b/;
const NUMBERED = new RegExp(String.raw`^\d{1,2}\.\s*[A-Z${CJK_RANGE}]`);
const SENTENCE_END = /[。；;.!！?？:：,，]$/;
/** A title never holds a full stop or a clause break; "1. 推进煤炭消费替代。“十四五”时期…" is a paragraph. */
const SENTENCE_INSIDE = /[。；;！？!?，,]|\.\s/;

/** Returns the heading a line starts with, if any. `line` is one normalised, trimmed line. */
export function detectHeading(line: string): DetectedHeading | undefined {
  const article = CN_ARTICLE.exec(line) ?? EN_ARTICLE.exec(line);
  if (article) return { kind: 'article', level: 6, label: article[1] };
  if (SENTENCE_END.test(line)) return undefined;
  // Titles are short; a long line starting with "第二章" is prose that refers to a chapter.
  if (line.length <= 40 && CN_CHAPTER.test(line)) return { kind: 'chapter', level: 1, label: line };
  if (line.length <= 40 && CN_SECTION.test(line)) return { kind: 'section', level: 2, label: line };
  if (line.length <= 100 && EN_CHAPTER.test(line))
    return { kind: 'chapter', level: 1, label: line };
  if (line.length <= 100 && EN_SECTION.test(line))
    return { kind: 'section', level: 2, label: line };
  const titleLike = !SENTENCE_INSIDE.test(line.replace(/^\d{1,2}\.\s*/, ''));
  if (titleLike && line.length <= 30 && CN_ENUMERATED.test(line))
    return { kind: 'enumerated', level: 3, label: line };
  if (titleLike && line.length <= 30 && CN_PARENTHESISED.test(line))
    return { kind: 'enumerated', level: 4, label: line };
  if (titleLike && line.length <= 60 && NUMBERED.test(line) && line.split(/\s+/).length <= 9) {
    return { kind: 'enumerated', level: 5, label: line };
  }
  return undefined;
}

/**
 * Accumulates lines into sections. A heading closes the current section and opens a new one
 * whose text starts with the heading line itself, so joining all section texts with "\n\n"
 * gives back the document text. The heading path is a stack: a heading pops every entry at its
 * level or deeper. Levels are numbers so that loaders can nest detected headings under markup
 * headings (Markdown `##` at level 2, a "第三条" inside it at 6 + 6).
 */
export interface SectionBuilder {
  /** Adds one line of running text to the current section. */
  line(text: string): void;
  /** Starts a new section under `label` at `level`; `text` (default `label`) opens the section. */
  heading(level: number, label: string, text?: string): void;
  /** Marks a paragraph break; consecutive breaks collapse into one. */
  paragraphBreak(): void;
  /** Closes the current section and tags the following ones with `page` (the heading path carries over). */
  startPage(page: number): void;
  /** Closes the current section and returns all sections (none with empty text). */
  finish(): Section[];
}

export function createSectionBuilder(): SectionBuilder {
  const sections: Section[] = [];
  const stack: { level: number; label: string }[] = [];
  let lines: string[] = [];
  let pendingBreak = false;
  let page: number | undefined;

  function flush(): void {
    const text = normalizeText(lines.join('\n'));
    lines = [];
    pendingBreak = false;
    if (!text) return;
    const section: Section = { text };
    if (page !== undefined) section.page = page;
    if (stack.length > 0) section.heading = stack.map((entry) => entry.label);
    sections.push(section);
  }

  function line(text: string): void {
    if (pendingBreak && lines.length > 0) lines.push('');
    pendingBreak = false;
    lines.push(text);
  }

  return {
    line,
    heading(level, label, text = label) {
      flush();
      while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
      stack.push({ level, label });
      line(text);
    },
    paragraphBreak() {
      pendingBreak = true;
    },
    startPage(next) {
      flush();
      page = next;
    },
    finish() {
      flush();
      return sections;
    },
  };
}

/**
 * Feeds plain lines to a builder, turning detected headings into sections. Blank lines are
 * paragraph breaks. `levelOffset` nests detected headings under markup headings; `kinds`
 * limits detection (a Markdown "1. Item" is a list, not a heading).
 */
export function addTextLines(
  builder: SectionBuilder,
  lines: Iterable<string>,
  options: { levelOffset?: number; kinds?: readonly DetectedHeading['kind'][] } = {},
): void {
  const offset = options.levelOffset ?? 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      builder.paragraphBreak();
      continue;
    }
    const heading = detectHeading(line);
    if (heading && (!options.kinds || options.kinds.includes(heading.kind))) {
      builder.heading(offset + heading.level, heading.label, line);
    } else {
      builder.line(line);
    }
  }
}
