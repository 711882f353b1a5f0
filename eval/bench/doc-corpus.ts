import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { PROVINCES } from './phrases.ts';

/**
 * A realistic document corpus for the document-ingest benchmark, generated deterministically
 * from the sample corpus: each document is a sample document with its province (English and
 * Chinese names) replaced by another and its percentages and quantities moved, so every file
 * has new content (a new hash, new targets) but the shape, length and language of a real plan.
 * Two in five are PDFs, half of them Chinese, printed from `ingest/corpus-src` by Chromium the
 * way the sample corpus's PDFs were (Skia: Liberation fonts as CID TrueType for English, Noto CJK
 * as Type 3 fonts for Chinese — what makes Chinese PDFs slow to parse). The rest are the sample
 * corpus's Markdown, text and HTML files, varied the same way.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'ingest', 'corpus');
const SOURCES = join(ROOT, 'ingest', 'corpus-src');
/** Bump when the generated files would change, so a cached corpus is not reused. */
const VERSION = 1;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface DocumentCorpus {
  dir: string;
  files: string[];
  pdfs: string[];
  /** Whether the files were generated now (false: reused from an earlier run). */
  generated: boolean;
}

const zhShort = (zh: string) =>
  zh.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');

/** Every province name (English, Chinese full and short), longest first, so one pass replaces them all. */
const NAME_PATTERN = new RegExp(
  PROVINCES.flatMap((p) => [p.name, p.zh, zhShort(p.zh)])
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/** The text of document `k` made from `text`: another province, other figures. */
export function varyText(text: string, k: number): string {
  const province = PROVINCES[(k * 7 + 3) % PROVINCES.length];
  const step = (k % 5) + 1;
  return text
    .replace(NAME_PATTERN, (name) => {
      if (/^[A-Za-z ]+$/.test(name)) return province.name;
      return PROVINCES.some((p) => p.zh === name) ? province.zh : zhShort(province.zh);
    })
    .replace(
      /(\d+(?:\.\d+)?)(\s?)(%|％|GW|万千瓦|亿千瓦|万吨|亿吨|million|billion)/g,
      (_, value: string, space: string, unit: string) => {
        const decimals = value.includes('.') ? value.split('.')[1].length : 0;
        return `${(Number(value) + step * (decimals ? 0.1 : 1)).toFixed(decimals)}${space}${unit}`;
      },
    );
}

/** Only the body of an HTML page is varied: the style sheet's numbers are sizes and margins. */
function varyHtml(html: string, k: number): string {
  const at = html.search(/<body[\s>]/i);
  return at < 0 ? varyText(html, k) : html.slice(0, at) + varyText(html.slice(at), k);
}

function listFiles(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.includes(extname(f).toLowerCase()))
    .map((f) => join(dir, f))
    .sort();
}

/**
 * Writes `count` documents into a directory under the system temp dir (reused when a previous
 * run made the same corpus). Needs Chromium for the PDFs (`CHROMIUM_PATH`, default
 * /usr/bin/chromium).
 */
export async function generateDocumentCorpus(
  count: number,
  log: (line: string) => void = () => {},
): Promise<DocumentCorpus> {
  const dir = join(tmpdir(), `policyqa-bench-docs-v${VERSION}-${count}`);
  const done = join(dir, '.complete');
  const plain = listFiles(CORPUS, ['.md', '.txt', '.html']);
  const printable = {
    en: listFiles(join(SOURCES, 'en'), ['.html']),
    zh: listFiles(join(SOURCES, 'zh'), ['.html']),
  };
  const plan: { file: string; source: string; pdf: boolean }[] = [];
  let pdfIndex = 0;
  let plainIndex = 0;
  for (let k = 0; k < count; k++) {
    const pdf = k % 5 < 2;
    let source: string;
    if (pdf) {
      const list = pdfIndex % 2 === 0 ? printable.zh : printable.en;
      source = list[Math.floor(pdfIndex / 2) % list.length];
      pdfIndex++;
    } else {
      source = plain[plainIndex++ % plain.length];
    }
    const name = basename(source, extname(source));
    plan.push({
      file: join(dir, `${String(k).padStart(4, '0')}-${name}${pdf ? '.pdf' : extname(source)}`),
      source,
      pdf,
    });
  }
  const result = (generated: boolean): DocumentCorpus => ({
    dir,
    files: plan.map((p) => p.file),
    pdfs: plan.filter((p) => p.pdf).map((p) => p.file),
    generated,
  });
  if (existsSync(done)) return result(false);

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  plan.forEach((p, k) => {
    if (!p.pdf) writeFileSync(p.file, varyText(readFileSync(p.source, 'utf8'), k));
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const pdfs = plan.map((p, k) => ({ ...p, k })).filter((p) => p.pdf);
    let printed = 0;
    const lane = async () => {
      const page = await browser.newPage();
      for (let next = pdfs.shift(); next; next = pdfs.shift()) {
        await page.setContent(varyHtml(readFileSync(next.source, 'utf8'), next.k), {
          waitUntil: 'load',
        });
        writeFileSync(
          next.file,
          await page.pdf({ preferCSSPageSize: true, printBackground: true }),
        );
        if (++printed % 20 === 0) log(`printed ${printed} PDFs`);
      }
      await page.close();
    };
    await Promise.all([lane(), lane()]);
  } finally {
    await browser.close();
  }
  writeFileSync(done, new Date().toISOString());
  return result(true);
}
