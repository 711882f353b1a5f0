/**
 * Shared helpers of the realistic development corpus generator: a seeded PRNG, the document
 * model (blocks rendered to Markdown, HTML or plain text) and the manifest entry type.
 * Nothing here reads the pipeline in src/: the data is written independently of it.
 */

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, used to seed one PRNG per document. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rng = () => number;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

export function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export type Block =
  { type: 'h2' | 'h3' | 'p'; text: string } | { type: 'ol' | 'ul'; items: string[] };

export interface DocMeta {
  id: string;
  file: string;
  title: string;
  issuer: string;
  doc_number: string | null;
  date: string;
  region: string;
  level: 'national' | 'provincial' | 'municipal';
  sectors: string[];
  language: 'en' | 'zh';
  url: string | null;
}

export interface Doc {
  meta: DocMeta;
  blocks: Block[];
}

/**
 * A tiny markup for hand-written documents: `## ` h2, `### ` h3, `- ` bullet, `1. ` numbered
 * item, anything else a paragraph; blank lines separate nothing but are ignored.
 */
export function parseMarkup(src: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of src.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('### ')) blocks.push({ type: 'h3', text: line.slice(4) });
    else if (line.startsWith('## ')) blocks.push({ type: 'h2', text: line.slice(3) });
    else if (line.startsWith('- ') || /^\d+\. /.test(line)) {
      const type = line.startsWith('- ') ? 'ul' : 'ol';
      const text = line.replace(/^(- |\d+\. )/, '');
      const last = blocks[blocks.length - 1];
      if (last && last.type === type) last.items.push(text);
      else blocks.push({ type, items: [text] });
    } else blocks.push({ type: 'p', text: line });
  }
  return blocks;
}

function metaLines(meta: DocMeta): string[] {
  if (meta.language === 'zh') {
    const out = [meta.issuer];
    if (meta.doc_number) out.push(meta.doc_number);
    const [y, m, d] = meta.date.split('-').map(Number);
    out.push(`${y}年${m}月${d}日`);
    return out;
  }
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const [y, m, d] = meta.date.split('-').map(Number);
  const out = [`**Issued by:** ${meta.issuer}`];
  if (meta.doc_number) out.push(`**Document No.:** ${meta.doc_number}`);
  out.push(`**Date of issue:** ${d} ${months[m - 1]} ${y}`);
  return out;
}

export function renderMarkdown(doc: Doc): string {
  const out: string[] = [
    `# ${doc.meta.title}`,
    '',
    ...metaLines(doc.meta).flatMap((l) => [l, '']),
    '',
  ];
  for (const b of doc.blocks) {
    if (b.type === 'h2') out.push(`## ${b.text}`, '');
    else if (b.type === 'h3') out.push(`### ${b.text}`, '');
    else if (b.type === 'p') out.push(b.text, '');
    else if (b.type === 'ol' || b.type === 'ul') {
      const mark = b.type;
      b.items.forEach((item, i) => out.push(mark === 'ol' ? `${i + 1}. ${item}` : `- ${item}`));
      out.push('');
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

export function renderText(doc: Doc): string {
  const out: string[] = [
    doc.meta.title,
    '',
    ...metaLines(doc.meta).map((l) => l.replace(/\*\*/g, '')),
    '',
  ];
  for (const b of doc.blocks) {
    if (b.type === 'h2' || b.type === 'h3' || b.type === 'p') out.push(b.text, '');
    else if (b.type === 'ol' || b.type === 'ul') {
      const mark = b.type;
      b.items.forEach((item, i) => out.push(mark === 'ol' ? `${i + 1}. ${item}` : `• ${item}`));
      out.push('');
    }
  }
  return out.join('\n').trimEnd() + '\n';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderHtml(doc: Doc): string {
  const zh = doc.meta.language === 'zh';
  const site = zh
    ? `${doc.meta.issuer.split(/[、;；]/)[0]}门户网站`
    : `${doc.meta.issuer.split(/[;,]/)[0]} — official website`;
  const body: string[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'h2') body.push(`<h2>${esc(b.text)}</h2>`);
    else if (b.type === 'h3') body.push(`<h3>${esc(b.text)}</h3>`);
    else if (b.type === 'p') body.push(`<p>${esc(b.text)}</p>`);
    else if (b.type === 'ol' || b.type === 'ul')
      body.push(
        `<${b.type}>\n${b.items.map((i) => `  <li>${esc(i)}</li>`).join('\n')}\n</${b.type}>`,
      );
  }
  const meta = metaLines(doc.meta)
    .map((l) => `<span>${esc(l.replace(/\*\*/g, ''))}</span>`)
    .join(' ');
  return `<!DOCTYPE html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="${esc(doc.meta.title)}">
<meta name="PubDate" content="${doc.meta.date}">
<title>${esc(doc.meta.title)}_${esc(site)}</title>
</head>
<body>
<nav class="top-nav"><a href="/">${zh ? '首页' : 'Home'}</a> | <a href="/zwgk/">${zh ? '政务公开' : 'Government information'}</a> | <a href="/zcwj/">${zh ? '政策文件' : 'Policy documents'}</a> | <a href="/hdjl/">${zh ? '互动交流' : 'Interaction'}</a></nav>
<div class="breadcrumb">${zh ? '当前位置：首页 &gt; 政务公开 &gt; 政策文件' : 'You are here: Home &gt; Government information &gt; Policy documents'}</div>
<div class="article">
<h1>${esc(doc.meta.title)}</h1>
<div class="info">${meta}</div>
${body.join('\n')}
</div>
<footer>${zh ? `主办单位：${esc(doc.meta.issuer.split(/[、;；]/)[0])}\u3000网站标识码：${(doc.meta.id.length * 7919) % 100000}\u3000ICP备案号：京ICP备05070602号` : `Sponsored by ${esc(doc.meta.issuer.split(/[;,]/)[0])}. All rights reserved.`}</footer>
</body>
</html>
`;
}

export function render(doc: Doc): string {
  if (doc.meta.file.endsWith('.html')) return renderHtml(doc);
  if (doc.meta.file.endsWith('.txt')) return renderText(doc);
  return renderMarkdown(doc);
}

/** Plain text of a document as the check sees it (all block text, title and metadata). */
export function plainText(doc: Doc): string {
  return renderText(doc);
}
