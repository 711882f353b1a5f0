import { describe, it, expect, beforeAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseQuestions, parseGoldTargets } from '../../eval/dataset.ts';
import { includesToken } from '../../eval/scoring.ts';
import { collectJobs, readJobBytes } from '../../ingest/walk.ts';
import { loadDocument } from '../../ingest/loaders/index.ts';
import { documentText } from '../../ingest/chunker.ts';
import { defaultDocumentId } from '../../ingest/pipeline.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The sample eval set is only meaningful if its expectations are true of the corpus. */
describe('eval/datasets/sample.jsonl against ingest/corpus', () => {
  const texts = new Map<string, string>();
  beforeAll(async () => {
    for (const job of await collectJobs([join(ROOT, 'ingest', 'corpus')])) {
      const loaded = await loadDocument(await readJobBytes(job), job.path);
      texts.set(job.manifest?.id ?? defaultDocumentId(job.path), documentText(loaded.sections));
    }
  }, 120_000);

  it('has at least 80 questions across the required categories', async () => {
    const questions = parseQuestions(
      await readFile(join(ROOT, 'eval/datasets/sample.jsonl'), 'utf8'),
      'sample.jsonl',
    );
    expect(questions.length).toBeGreaterThanOrEqual(80);
    const categories = new Set(questions.map((q) => q.category));
    for (const c of [
      'single_fact',
      'comparison',
      'which_region',
      'cross_lingual',
      'paraphrase',
      'follow_up',
      'unanswerable',
    ])
      expect(categories).toContain(c);
  });

  it('names only documents that exist, and every must-include token occurs in an expected document', async () => {
    const questions = parseQuestions(
      await readFile(join(ROOT, 'eval/datasets/sample.jsonl'), 'utf8'),
      'sample.jsonl',
    );
    const problems: string[] = [];
    for (const q of questions) {
      for (const id of q.expected_doc_ids)
        if (!texts.has(id)) problems.push(`${q.id}: unknown document ${id}`);
      const lists = [q.must_include, ...(q.alt_must_include ?? [])];
      const ok = lists.some((tokens) =>
        tokens.every((token) =>
          q.expected_doc_ids.some((id) => includesToken(texts.get(id) ?? '', token)),
        ),
      );
      if (q.answerable && !ok)
        problems.push(
          `${q.id}: must_include ${JSON.stringify(q.must_include)} not found in ${q.expected_doc_ids.join(', ')}`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('has at least 80 gold targets, each on an existing document', async () => {
    const gold = parseGoldTargets(
      await readFile(join(ROOT, 'eval/datasets/targets.jsonl'), 'utf8'),
      'targets.jsonl',
    );
    expect(gold.length).toBeGreaterThanOrEqual(80);
    expect(gold.filter((g) => !texts.has(g.doc_id)).map((g) => g.doc_id)).toEqual([]);
  });
});
