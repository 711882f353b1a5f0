/**
 * Parsers for the two JSONL inputs of an evaluation: questions and gold targets (formats fixed in
 * DESIGN.md). One JSON object per line; blank lines and lines starting with `//` are ignored so a
 * dataset can carry notes. Unknown fields are tolerated (dropped) so datasets can grow ahead of
 * the harness. Any malformed line throws `Error("<source>:<line>: <reason>")`: a typo in a
 * dataset must stop the run, not silently skew the score.
 */
import { z } from 'zod';
import type { ChatTurn, SearchFilters } from '../src/domain.ts';
import { DIRECTIONS } from '../src/targets/schema.ts';

/** The question categories of the realistic evaluation sets (dev, dev2, held-out): what each one tests. */
export const QUESTION_CATEGORIES: readonly string[] = [
  'national_default',
  'named_document',
  'single_fact',
  'cross_lingual',
  'which_region',
  'comparison',
  'unit_or_comparative',
  'paraphrase',
  'unanswerable',
];

/** One evaluation question. */
export interface EvalQuestion {
  id: string;
  question: string;
  lang?: 'en' | 'zh';
  /** Documents that hold the answer; any one of them in the top k is a retrieval hit. */
  expected_doc_ids: string[];
  /** Tokens the answer must contain (see `includesToken` in scoring.ts for the matching rule). */
  must_include: string[];
  /** Alternative token lists; the answer passes if it contains all of any one of them. */
  alt_must_include?: string[][];
  category?: string;
  /** False for questions the corpus cannot answer: the service should decline. Default true. */
  answerable: boolean;
  history?: ChatTurn[];
  filters?: SearchFilters;
}

/** One gold target line: what a perfect extractor would produce for `doc_id`. */
export interface GoldTarget {
  doc_id: string;
  metric: string;
  value: number;
  unit: string;
  direction: (typeof DIRECTIONS)[number];
  target_year: number | null;
  baseline_year?: number | null;
  region?: string | null;
  quote?: string;
}

const nonEmpty = z.string().trim().min(1);
const year = z.number().int().min(1900).max(2200);

const FiltersSchema = z.object({
  regions: z.array(z.string()).optional(),
  sectors: z.array(z.string()).optional(),
  year_from: z.number().int().optional(),
  year_to: z.number().int().optional(),
  languages: z.array(z.enum(['en', 'zh'])).optional(),
  document_ids: z.array(z.string()).optional(),
});

const QuestionSchema = z
  .object({
    id: z.union([nonEmpty, z.number().int().transform(String)]),
    question: nonEmpty,
    lang: z.enum(['en', 'zh']).optional(),
    expected_doc_ids: z.array(nonEmpty).optional(),
    must_include: z.array(nonEmpty).optional(),
    alt_must_include: z.array(z.array(nonEmpty).min(1)).optional(),
    category: nonEmpty.optional(),
    answerable: z.boolean().default(true),
    history: z
      .array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() }))
      .optional(),
    filters: FiltersSchema.optional(),
  })
  // An unanswerable question has nothing to expect, so it may omit both lists; an answerable
  // one must state them (empty arrays allowed) so a forgotten field is not read as "anything goes".
  .superRefine((q, ctx) => {
    if (!q.answerable) return;
    for (const field of ['expected_doc_ids', 'must_include'] as const) {
      if (q[field] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'required for an answerable question (use [] for none)',
        });
    }
  });

const GoldTargetSchema = z.object({
  doc_id: nonEmpty,
  metric: nonEmpty,
  value: z.number().refine(Number.isFinite, 'must be a finite number'),
  unit: z.string().trim(),
  direction: z.enum(DIRECTIONS),
  target_year: year.nullable(),
  baseline_year: year.nullable().optional(),
  region: z.string().nullable().optional(),
  quote: z.string().optional(),
});

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  // Zod does not keep the input on issues; its message says "received undefined" for absent keys.
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
    return `missing required field "${path}"`;
  return path ? `field "${path}": ${issue.message}` : issue.message;
}

/** Parses JSONL into validated rows, each with its 1-based line number. */
function parseJsonl<T>(
  text: string,
  source: string,
  schema: z.ZodType<T>,
): { row: T; line: number }[] {
  const rows: { row: T; line: number }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const trimmed = raw.trim();
      if (trimmed === '' || trimmed.startsWith('//')) return;
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch (error) {
        throw new Error(`${source}:${line}: invalid JSON (${(error as Error).message})`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`${source}:${line}: expected a JSON object`);
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success)
        throw new Error(`${source}:${line}: ${parsed.error.issues.map(describeIssue).join('; ')}`);
      rows.push({ row: parsed.data, line });
    });
  return rows;
}

/**
 * Parses an eval dataset (JSONL). `source` names the file in error messages.
 * Defaults: `answerable` true; `expected_doc_ids`/`must_include` [] for unanswerable questions.
 * @throws Error("<source>:<line>: <reason>") on bad JSON, a missing or ill-typed field, or a
 *   duplicate id (the message names both lines).
 */
export function parseQuestions(text: string, source: string): EvalQuestion[] {
  const seen = new Map<string, number>();
  return parseJsonl(text, source, QuestionSchema).map(({ row, line }) => {
    const first = seen.get(row.id);
    if (first !== undefined)
      throw new Error(
        `${source}:${line}: duplicate question id "${row.id}" (first defined on line ${first})`,
      );
    seen.set(row.id, line);
    const question: EvalQuestion = {
      id: row.id,
      question: row.question,
      expected_doc_ids: row.expected_doc_ids ?? [],
      must_include: row.must_include ?? [],
      answerable: row.answerable,
    };
    if (row.lang !== undefined) question.lang = row.lang;
    if (row.alt_must_include !== undefined) question.alt_must_include = row.alt_must_include;
    if (row.category !== undefined) question.category = row.category;
    if (row.history !== undefined) question.history = row.history;
    if (row.filters !== undefined) question.filters = row.filters;
    return question;
  });
}

/**
 * Parses a gold targets file (JSONL). `value`/`unit` may be in any unit scoring.ts can convert
 * (`7000` `万千瓦` equals `70` `GW`); `target_year` is required but may be null.
 * @throws Error("<source>:<line>: <reason>") on bad JSON or a missing or ill-typed field.
 */
export function parseGoldTargets(text: string, source: string): GoldTarget[] {
  return parseJsonl(text, source, GoldTargetSchema).map(({ row }) => row);
}
