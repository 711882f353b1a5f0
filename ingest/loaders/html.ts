import * as cheerio from 'cheerio';
import { normalizeInline } from '../../src/text/normalize.ts';
import { addTextLines, createSectionBuilder } from './sections.ts';
import { decodeDeclared } from './text.ts';
import { LoadError, type Loader } from './types.ts';

/** The part of cheerio's (domhandler's) node shape that the walk reads. */
interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  children?: HtmlNode[];
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[] };

const CHROME_ELEMENTS =
  'script, style, noscript, template, nav, aside, form, iframe, object, embed, svg, canvas, button, select, input, textarea, link, meta';
/** Class/id words that mark site chrome on government and news sites (dqwz = 当前位置, the breadcrumb). */
const CHROME_NAME =
  /nav|menu|breadcrumb|crumb|footer|sidebar|share|copyright|related|toolbar|dqwz/i;
/** Footer lines that survive markup-based removal on sites that use bare <div>s. */
const CHROME_TEXT =
  /版权所有|ICP备|网站标识码|公网安备|主办单位|承办单位|copyright\s*©|all rights reserved/i;
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'td',
  'th',
  'tr',
  'ul',
  'h5',
  'h6',
  'caption',
  'tbody',
  'thead',
  'tfoot',
]);
/** Elements whose children may be the main content; the descent never enters a paragraph. */
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'center',
  'font',
  'span',
]);

/**
 * HTML loader (.html, .htm). Decodes by BOM, declared charset (GB2312/GBK pages are common) or
 * detection; drops site chrome (menus, breadcrumbs, sidebars, share bars, related links,
 * footers, scripts); takes the element holding most of the remaining non-link text as the main
 * content. `<h1>`–`<h4>` become the heading path, paragraphs and list items become lines,
 * tables one line per row with cells joined by " | ". Title: the first `<h1>`, else `<title>`.
 */
export const loadHtml: Loader = async (bytes, fileName) => {
  const $ = cheerio.load(decodeHtml(bytes, fileName));
  const pageTitle = siteTitle($('title').first().text());
  removeChrome($);
  const body = ($('body').get(0) ?? $.root().get(0)) as unknown as HtmlNode;
  const main = findMainContent(body);
  const blocks = collectBlocks(main);
  // The document's <h1> often sits just above the content element (next to the date line);
  // keep it as the outermost heading rather than losing it with the chrome.
  const h1 = findFirst(body, 'h1');
  if (h1 && !findFirst(main, 'h1')) {
    const text = normalizeInline(inlineText(h1));
    if (text) blocks.unshift({ kind: 'heading', level: 1, text });
  }

  const builder = createSectionBuilder();
  let title: string | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (block.level === 1 && title === undefined) title = block.text;
      builder.heading(block.level, block.text);
    } else if (block.kind === 'table') {
      builder.paragraphBreak();
      for (const row of block.rows) builder.line(row);
      builder.paragraphBreak();
    } else {
      addTextLines(builder, [block.text], { levelOffset: 4 });
      builder.paragraphBreak();
    }
  }
  const sections = builder.finish();
  if (sections.length === 0) throw new LoadError(`${fileName}: no text found`);
  title ??= pageTitle;
  return title ? { sections, title } : { sections };
};

/** The charset an HTML file declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Markup is ASCII in every encoding we meet, so latin1 is a safe lens for sniffing.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1].toLowerCase();
}

function decodeHtml(bytes: Uint8Array, fileName: string): string {
  return decodeDeclared(bytes, fileName, declaredCharset(bytes));
}

function removeChrome($: cheerio.CheerioAPI): void {
  $(CHROME_ELEMENTS).remove();
  // A page <header>/<footer> is chrome; inside an article it usually holds the title or date.
  $('header, footer').not('article header, main header, article footer, main footer').remove();
  const total = textLength($('body').get(0) as unknown as HtmlNode | undefined);
  $('[class], [id]').each((_, element) => {
    const names = `${$(element).attr('class') ?? ''} ${$(element).attr('id') ?? ''}`;
    if (!CHROME_NAME.test(names)) return;
    // Guard against a wrapper named like "nav-layout" that holds the whole page.
    if (textLength(element as unknown as HtmlNode) > total * 0.5) return;
    $(element).remove();
  });
}

/** Descends from `root` while one container child holds ≥ 70% of the non-link text. */
function findMainContent(root: HtmlNode): HtmlNode {
  let node = root;
  for (;;) {
    const total = textLength(node, false);
    if (total === 0) return node;
    const next = elementChildren(node).find(
      (child) => CONTAINERS.has(child.name!) && textLength(child, false) >= total * 0.7,
    );
    if (!next) return node;
    node = next;
  }
}

function collectBlocks(root: HtmlNode): Block[] {
  const blocks: Block[] = [];
  let line = '';
  const flush = () => {
    const text = normalizeInline(line);
    line = '';
    if (text && !(CHROME_TEXT.test(text) && text.length < 200))
      blocks.push({ kind: 'paragraph', text });
  };
  const walk = (node: HtmlNode) => {
    if (node.type === 'text') {
      line += node.data ?? '';
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = node.name ?? '';
    if (/^h[1-4]$/.test(name)) {
      flush();
      const text = normalizeInline(inlineText(node));
      if (text) blocks.push({ kind: 'heading', level: Number(name[1]), text });
      return;
    }
    if (name === 'br') return flush();
    if (name === 'img') return;
    if (name === 'table' && isDataTable(node)) {
      flush();
      const rows = tableRows(node);
      if (rows.length > 0) blocks.push({ kind: 'table', rows });
      return;
    }
    const block = BLOCK_ELEMENTS.has(name) || name === 'table';
    if (block) flush();
    for (const child of node.children ?? []) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** Layout tables (old government sites are built from them) are walked like <div>s. */
function isDataTable(table: HtmlNode): boolean {
  let dataLike = true;
  const visit = (node: HtmlNode, depth: number) => {
    for (const child of elementChildren(node)) {
      if (child.name === 'table' || (depth > 0 && /^(h[1-4]|p|div|ul|ol)$/.test(child.name!)))
        dataLike = false;
      if ((child.name === 'td' || child.name === 'th') && textLength(child) > 300) dataLike = false;
      visit(child, child.name === 'td' || child.name === 'th' ? 1 : depth);
    }
  };
  visit(table, 0);
  return dataLike;
}

function tableRows(table: HtmlNode): string[] {
  const rows: string[] = [];
  const visit = (node: HtmlNode) => {
    for (const child of elementChildren(node)) {
      if (child.name === 'tr') {
        const cells = elementChildren(child)
          .filter((cell) => cell.name === 'td' || cell.name === 'th')
          .map((cell) => normalizeInline(inlineText(cell)));
        if (cells.some((cell) => cell !== '')) rows.push(cells.join(' | '));
      } else {
        visit(child);
      }
    }
  };
  visit(table);
  return rows;
}

function inlineText(node: HtmlNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.name === 'br') return ' ';
  const inner = (node.children ?? []).map(inlineText).join('');
  return BLOCK_ELEMENTS.has(node.name ?? '') ? ` ${inner} ` : inner;
}

function findFirst(node: HtmlNode, name: string): HtmlNode | undefined {
  for (const child of elementChildren(node)) {
    if (child.name === name) return child;
    const found = findFirst(child, name);
    if (found) return found;
  }
  return undefined;
}

function elementChildren(node: HtmlNode): HtmlNode[] {
  return (node.children ?? []).filter((child) => child.type === 'tag');
}

/** Visible characters under `node`; with `countLinks` false, text inside <a> does not count (menus are all links). */
function textLength(node: HtmlNode | undefined, countLinks = true): number {
  if (!node) return 0;
  if (node.type === 'text') return (node.data ?? '').replace(/\s+/g, '').length;
  if (!countLinks && node.name === 'a') return 0;
  let length = 0;
  for (const child of node.children ?? []) length += textLength(child, countLinks);
  return length;
}

/** "通知标题_政策文件_某某省人民政府门户网站" → "通知标题": sites append channel and site names. */
function siteTitle(raw: string): string | undefined {
  const title = normalizeInline(raw);
  if (!title) return undefined;
  const first = title.split(/\s*(?:_|\s\|\s|\s-\s|\s–\s|\s—\s)\s*/)[0];
  return first.length >= 4 ? first : title;
}
