// Self-check for the second development set: run with `npx tsx eval/dev2/check.ts`.
// Verifies the corpus manifests (every file listed, every entry's file present, field formats),
// the questions (schema, categories, every expected_doc_id in a manifest, every must_include /
// alt_must_include token verbatim in the text of one of the question's expected documents, history
// turns well-formed) and the gold targets (schema, doc in a manifest, quote verbatim in the document,
// value present in the quote as written or in a power-of-ten unit such as 万千瓦 -> GW, 亿元 -> yuan).
// A which_region token may instead be the manifest `region` of an expected document (the region is
// then named only by the document's metadata, e.g. an English question answered by a Chinese plan).
// Standalone on purpose: it imports nothing from the answer pipeline.
import { hasCjk } from '../../src/text/cjk.ts';
import { QUESTION_CATEGORIES } from '../dataset.ts';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, 'corpus');
const questionsPath = join(here, 'questions.jsonl');
const targetsPath = join(here, 'targets.jsonl');
const splitPath = join(here, 'split.json');

interface Entry {
  id: string;
  file: string;
  title: string;
  issuer: string;
  doc_number: string | null;
  date: string;
  region: string;
  level: string;
  sectors: string[];
  language: string;
  url: string | null;
}
interface Question {
  id: string;
  question: string;
  lang: string;
  expected_doc_ids: string[];
  must_include: string[];
  alt_must_include?: string[][];
  category: string;
  answerable: boolean;
  history?: { role: string; content: string }[];
}
interface Target {
  doc_id: string;
  metric: string;
  value: number;
  unit: string;
  direction: string;
  target_year: number | null;
  baseline_year?: number;
  region: string;
  quote: string;
}

const CATEGORIES = QUESTION_CATEGORIES;
const errors: string[] = [];
const err = (m: string) => errors.push(m);

const docs = new Map<string, Entry & { text: string }>();
for (const lang of ['en', 'zh']) {
  const dir = join(corpusDir, lang);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Entry[];
  const listed = new Set<string>();
  for (const e of manifest) {
    const where = `${lang}/manifest.json ${e.id}`;
    for (const k of [
      'id',
      'file',
      'title',
      'issuer',
      'date',
      'region',
      'level',
      'language',
    ] as const) {
      if (typeof e[k] !== 'string' || !e[k]) err(`${where}: missing ${k}`);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date) || Number.isNaN(Date.parse(e.date)))
      err(`${where}: bad date ${e.date}`);
    if (!['national', 'provincial', 'municipal'].includes(e.level))
      err(`${where}: bad level ${e.level}`);
    if ((e.level === 'national') !== (e.region === 'National'))
      err(`${where}: level/region mismatch`);
    if (!/^[A-Z][A-Za-z ]+$/.test(e.region))
      err(`${where}: region not a canonical English name: ${e.region}`);
    if (e.language !== lang) err(`${where}: language ${e.language} in ${lang}/`);
    if (!Array.isArray(e.sectors) || e.sectors.length === 0) err(`${where}: sectors`);
    if (docs.has(e.id)) err(`${where}: duplicate id`);
    const path = resolve(dir, e.file);
    listed.add(path);
    if (!existsSync(path)) {
      err(`${where}: file ${e.file} missing`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    if (text.includes('\uFFFD')) err(`${where}: not valid UTF-8`);
    docs.set(e.id, { ...e, text });
  }
  for (const f of readdirSync(dir)) {
    if (f === 'manifest.json') continue;
    if (!listed.has(resolve(dir, f))) err(`${lang}/${f}: no manifest entry`);
  }
}

const lines = readFileSync(questionsPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const seen = new Set<string>();
const byCat = new Map<string, { en: number; zh: number }>();
let metadataTokens = 0;
lines.forEach((line, i) => {
  let q: Question;
  try {
    q = JSON.parse(line);
  } catch {
    err(`questions.jsonl line ${i + 1}: not JSON`);
    return;
  }
  const where = `${q.id ?? `line ${i + 1}`}`;
  if (!/^d2-\d{3}$/.test(q.id)) err(`${where}: id format`);
  if (q.history !== undefined) {
    if (!Array.isArray(q.history) || q.history.length === 0)
      err(`${where}: history must be a non-empty array`);
    else
      q.history.forEach((h, j) => {
        if (
          !['user', 'assistant'].includes(h.role) ||
          typeof h.content !== 'string' ||
          !h.content.trim()
        )
          err(`${where}: history[${j}]`);
      });
    if (q.answerable === false) err(`${where}: follow-ups are answerable here`);
  }
  if (seen.has(q.id)) err(`${where}: duplicate id`);
  seen.add(q.id);
  if (typeof q.question !== 'string' || q.question.length < 8) err(`${where}: question`);
  if (!['en', 'zh'].includes(q.lang)) err(`${where}: lang`);
  const hasHan = hasCjk(q.question);
  if ((q.lang === 'zh') !== hasHan)
    err(`${where}: lang ${q.lang} does not match the question text`);
  if (!CATEGORIES.includes(q.category)) err(`${where}: category ${q.category}`);
  if (typeof q.answerable !== 'boolean') err(`${where}: answerable must be boolean`);
  const c = byCat.get(q.category) ?? { en: 0, zh: 0 };
  c[q.lang as 'en' | 'zh']++;
  byCat.set(q.category, c);
  if (q.category === 'unanswerable' || q.answerable === false) {
    if (q.category !== 'unanswerable' || q.answerable !== false)
      err(`${where}: unanswerable category and answerable:false go together`);
    if (q.expected_doc_ids.length || q.must_include.length || q.alt_must_include?.length)
      err(`${where}: unanswerable must have empty lists`);
    return;
  }
  if (!q.expected_doc_ids.length) err(`${where}: no expected_doc_ids`);
  if (!q.must_include.length) err(`${where}: no must_include`);
  const expected = q.expected_doc_ids.map((id) => docs.get(id));
  q.expected_doc_ids.forEach((id, j) => {
    if (!expected[j]) err(`${where}: unknown doc ${id}`);
  });
  const present = expected.filter((d): d is Entry & { text: string } => !!d);
  const checkToken = (t: string, label: string) => {
    if (typeof t !== 'string' || !t.trim()) {
      err(`${where}: empty ${label} token`);
      return;
    }
    if (present.some((d) => d.text.includes(t))) return;
    if (q.category === 'which_region' && present.some((d) => d.region === t)) {
      metadataTokens++;
      return;
    }
    err(`${where}: ${label} token "${t}" not found verbatim in ${q.expected_doc_ids.join(', ')}`);
  };
  q.must_include.forEach((t) => checkToken(t, 'must_include'));
  (q.alt_must_include ?? []).forEach((alt, j) =>
    alt.forEach((t) => checkToken(t, `alt_must_include[${j}]`)),
  );
  if (q.category === 'cross_lingual' && present.some((d) => d.language === q.lang))
    err(`${where}: cross_lingual but an expected document is in the question's language`);
  if (q.category === 'national_default' && present.some((d) => d.level !== 'national'))
    err(`${where}: national_default must expect national documents`);
});

// Gold targets
const DIRECTIONS = ['reach', 'at least', 'at most', 'about', 'decrease', 'increase'];
const targetLines = readFileSync(targetsPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const targetDocs = new Set<string>();
const numbersIn = (quote: string): number[] =>
  (quote.replace(/(\d),(?=\d{3})/g, '$1').match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
const valueInQuote = (value: number, quote: string): boolean =>
  numbersIn(quote).some((n) => {
    for (let k = -12; k <= 12; k++) {
      const scaled = n * 10 ** k;
      if (Math.abs(scaled - value) <= 1e-9 * Math.max(1, Math.abs(value))) return true;
    }
    return false;
  });
targetLines.forEach((line, i) => {
  let t: Target;
  try {
    t = JSON.parse(line);
  } catch {
    err(`targets.jsonl line ${i + 1}: not JSON`);
    return;
  }
  const where = `targets.jsonl line ${i + 1} (${t.doc_id})`;
  const doc = docs.get(t.doc_id);
  if (!doc) {
    err(`${where}: unknown doc`);
    return;
  }
  targetDocs.add(t.doc_id);
  if (typeof t.metric !== 'string' || !t.metric) err(`${where}: metric`);
  if (typeof t.value !== 'number' || !Number.isFinite(t.value)) err(`${where}: value`);
  if (typeof t.unit !== 'string' || !t.unit) err(`${where}: unit`);
  if (!DIRECTIONS.includes(t.direction)) err(`${where}: direction ${t.direction}`);
  if (
    t.target_year !== null &&
    !(Number.isInteger(t.target_year) && t.target_year >= 2020 && t.target_year <= 2060)
  )
    err(`${where}: target_year`);
  if (
    t.baseline_year !== undefined &&
    !(Number.isInteger(t.baseline_year) && t.baseline_year < (t.target_year ?? 9999))
  )
    err(`${where}: baseline_year`);
  if (t.region !== doc.region)
    err(`${where}: region ${t.region} but the document's is ${doc.region}`);
  if (typeof t.quote !== 'string' || !doc.text.includes(t.quote))
    err(`${where}: quote not verbatim in the document: ${t.quote}`);
  else if (!valueInQuote(t.value, t.quote))
    err(`${where}: value ${t.value} not in the quote: ${t.quote}`);
});
if (existsSync(splitPath)) {
  const split = JSON.parse(readFileSync(splitPath, 'utf8')) as { dev: string[]; holdout: string[] };
  const listed = new Set([...split.dev, ...split.holdout]);
  for (const id of targetDocs)
    if (!listed.has(id)) err(`split.json: gold document ${id} in no split`);
  for (const id of listed) if (!targetDocs.has(id)) err(`split.json: ${id} has no gold targets`);
}

let bytes = 0;
const walk = (p: string) => {
  for (const f of readdirSync(p)) {
    const fp = join(p, f);
    const s = statSync(fp);
    if (s.isDirectory()) walk(fp);
    else bytes += s.size;
  }
};
walk(here);

const all = [...docs.values()];
const count = (pred: (d: Entry) => boolean) => all.filter(pred).length;
console.log(
  `documents: ${docs.size} (en ${count((d) => d.language === 'en')}, zh ${count((d) => d.language === 'zh')}; national ${count((d) => d.level === 'national')}, provincial ${count((d) => d.level === 'provincial')}, municipal ${count((d) => d.level === 'municipal')})`,
);
console.log(`questions: ${lines.length}`);
for (const cat of CATEGORIES) {
  const c = byCat.get(cat) ?? { en: 0, zh: 0 };
  console.log(`  ${cat.padEnd(20)} en ${String(c.en).padStart(2)}  zh ${String(c.zh).padStart(2)}`);
}
console.log(`region tokens satisfied by manifest metadata: ${metadataTokens}`);
console.log(`gold targets: ${targetLines.length} in ${targetDocs.size} documents`);
console.log(`folder size: ${(bytes / 1024).toFixed(0)} KiB`);
if (docs.size < 40) err(`only ${docs.size} documents (need at least 40)`);
if (lines.length < 100) err(`only ${lines.length} questions (need at least 100)`);
for (const cat of CATEGORIES) {
  const c = byCat.get(cat) ?? { en: 0, zh: 0 };
  if (c.en + c.zh < 8) err(`category ${cat}: only ${c.en + c.zh} questions (need at least 8)`);
}
if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log('OK');
