/**
 * Consistency check of the realistic dataset: every expected document exists in a manifest and
 * on disk, every must-include token occurs (by the eval's own matching rule) in the text of at
 * least one expected document, unanswerable questions expect nothing, ids are unique, and the
 * split covers every question once.
 *
 *   npx tsx eval/realistic/check.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { includesToken } from '../scoring.ts';
import { QUESTION_CATEGORIES } from '../dataset.ts';
import { REGIONS } from './provincial.ts';

interface Row {
  id: string;
  question: string;
  lang: string;
  expected_doc_ids: string[];
  must_include: string[];
  alt_must_include?: string[][];
  category: string;
  answerable: boolean;
}

const CATEGORIES = new Set(QUESTION_CATEGORIES);

function docText(path: string): string {
  const raw = readFileSync(path, 'utf8');
  if (!path.endsWith('.html')) return raw;
  return raw
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function checkDataset(dir: string): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  const meta = new Map<string, { region: string; level: string; language: string }>();
  for (const lang of ['en', 'zh']) {
    const manifest = JSON.parse(
      readFileSync(join(dir, 'corpus', lang, 'manifest.json'), 'utf8'),
    ) as {
      id: string;
      file: string;
      region: string;
      level: string;
      language: string;
      date: string;
    }[];
    for (const m of manifest) {
      const path = join(dir, 'corpus', lang, m.file);
      if (!existsSync(path)) problems.push(`manifest ${lang}: ${m.id}: file ${m.file} missing`);
      else texts.set(m.id, docText(path));
      if (m.language !== lang) problems.push(`manifest ${lang}: ${m.id}: language ${m.language}`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(m.date))
        problems.push(`manifest ${lang}: ${m.id}: bad date ${m.date}`);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.id))
        problems.push(`manifest ${lang}: ${m.id}: id not kebab-case`);
      meta.set(m.id, m);
      const size = Buffer.byteLength(texts.get(m.id) ?? '', 'utf8');
      if (size < 1000) problems.push(`${m.id}: only ${size} bytes of text`);
    }
  }
  const rows = readFileSync(join(dir, 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const seen = new Set<string>();
  for (const q of rows) {
    if (seen.has(q.id)) problems.push(`${q.id}: duplicate id`);
    seen.add(q.id);
    if (!CATEGORIES.has(q.category)) problems.push(`${q.id}: unknown category ${q.category}`);
    if (!q.answerable) {
      if (q.expected_doc_ids.length || q.must_include.length)
        problems.push(`${q.id}: unanswerable but expects something`);
      continue;
    }
    if (!q.expected_doc_ids.length) problems.push(`${q.id}: no expected documents`);
    if (!q.must_include.length) problems.push(`${q.id}: no must_include`);
    for (const id of q.expected_doc_ids)
      if (!texts.has(id)) problems.push(`${q.id}: expected document ${id} does not exist`);
    for (const token of q.must_include) {
      // A region name may live only in the metadata (which_region): accept the manifest region or its Chinese name.
      const isRegionOf = (id: string) => {
        const region = meta.get(id)?.region;
        const r = REGIONS.find((x) => x.en === region);
        return region === token || (r !== undefined && (r.short === token || r.zh === token));
      };
      if (
        !q.expected_doc_ids.some(
          (id) =>
            includesToken(texts.get(id) ?? '', token) ||
            (q.category === 'which_region' && isRegionOf(id)),
        )
      )
        problems.push(
          `${q.id}: token "${token}" not found in any expected document (${q.expected_doc_ids.join(', ')})`,
        );
    }
    if (q.category === 'cross_lingual') {
      if (q.expected_doc_ids.some((id) => meta.get(id)?.language === q.lang))
        problems.push(
          `${q.id}: cross_lingual question has an expected document in its own language`,
        );
    }
    if (q.category === 'national_default') {
      if (q.expected_doc_ids.some((id) => meta.get(id)?.level !== 'national'))
        problems.push(`${q.id}: national_default expects a non-national document`);
    }
  }
  const split = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as {
    dev: string[];
    holdout: string[];
  };
  const inSplit = [...split.dev, ...split.holdout];
  if (inSplit.length !== new Set(inSplit).size) problems.push('split: an id appears twice');
  for (const id of seen) if (!inSplit.includes(id)) problems.push(`split: ${id} missing`);
  for (const id of inSplit) if (!seen.has(id)) problems.push(`split: unknown id ${id}`);
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = checkDataset(dirname(fileURLToPath(import.meta.url)));
  for (const p of problems) console.error(p);
  console.log(problems.length ? `${problems.length} problem(s)` : 'check: ok');
  process.exit(problems.length ? 1 : 0);
}
