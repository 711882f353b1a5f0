/**
 * Deterministic generator of the realistic development corpus and its questions.
 *
 *   npx tsx eval/realistic/generate.ts
 *
 * Writes eval/realistic/corpus/{en,zh}/ (documents + manifest.json), eval/realistic/questions.jsonl
 * and eval/realistic/split.json, then runs the consistency check (check.ts). No randomness except
 * seeded PRNGs, so a rerun reproduces the same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Doc, render } from './lib.ts';
import { nationalDocs } from './national.ts';
import { provincialDocs } from './provincial.ts';
import { allQuestions } from './questions.ts';
import { checkDataset } from './check.ts';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, 'corpus');

function main(): void {
  const prov = provincialDocs();
  const docs: Doc[] = [...nationalDocs(), ...prov.map((p) => p.doc)];
  const ids = new Set<string>();
  for (const d of docs) {
    if (ids.has(d.meta.id)) throw new Error(`duplicate id ${d.meta.id}`);
    ids.add(d.meta.id);
  }
  rmSync(corpusDir, { recursive: true, force: true });
  for (const lang of ['en', 'zh'] as const) {
    const dir = join(corpusDir, lang);
    mkdirSync(dir, { recursive: true });
    const mine = docs
      .filter((d) => d.meta.language === lang)
      .sort((a, b) => a.meta.id.localeCompare(b.meta.id));
    for (const d of mine) writeFileSync(join(dir, d.meta.file), render(d));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify(
        mine.map((d) => d.meta),
        null,
        2,
      ) + '\n',
    );
  }
  const questions = allQuestions(prov);
  writeFileSync(
    join(here, 'questions.jsonl'),
    questions.map((q) => JSON.stringify(q)).join('\n') + '\n',
  );
  writeFileSync(
    join(here, 'split.json'),
    JSON.stringify({ dev: questions.map((q) => q.id), holdout: [] }, null, 2) + '\n',
  );

  const byCat: Record<string, number> = {};
  for (const q of questions) byCat[q.category] = (byCat[q.category] ?? 0) + 1;
  const level: Record<string, number> = {};
  for (const d of docs)
    level[`${d.meta.level}/${d.meta.language}`] =
      (level[`${d.meta.level}/${d.meta.language}`] ?? 0) + 1;
  console.log(`documents: ${docs.length}`, level);
  console.log(`questions: ${questions.length}`, byCat);
  const problems = checkDataset(here);
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  console.log('check: ok');
}

main();
