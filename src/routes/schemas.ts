import { z } from '@hono/zod-openapi';
import { MAX_HISTORY_TURNS, MAX_K, MAX_QUESTION_CHARS, MAX_TURN_CHARS } from '../limits.ts';
import { canonicalRegion } from '../text/regions.ts';
import { DOCUMENT_KINDS } from '../documents/kind.ts';

/**
 * Request schemas shared by the routes and the OpenAPI document. Unknown keys are rejected.
 * Strings refuse NUL: PostgreSQL cannot store U+0000 in text or jsonb and would fail the query
 * (a 500) instead of the clean 400 that names the field.
 */
const NO_NUL = 'must not contain NUL characters (\\u0000)';
const text = () => z.string().refine((v) => !v.includes('\u0000'), NO_NUL);

/** A region as the store files it, whatever name or case it is given in ("shanxi", "山西省"). */
export const RegionName = text().min(1).max(100).transform(canonicalRegion);
/** Sectors are stored in lower case ("energy", "carbon-market"). */
export const SectorName = text()
  .min(1)
  .max(100)
  .transform((sector) => sector.trim().toLowerCase());

/** A document kind; an unknown one is refused naming the allowed ones. */
export const KindName = z.enum(DOCUMENT_KINDS, {
  error: (issue) =>
    `unknown kind ${JSON.stringify(issue.input)} (allowed: ${DOCUMENT_KINDS.join(', ')})`,
});

/** A year range that ends before it starts can match nothing: refused, naming year_from. */
export function yearRangeProblem(
  from: number | undefined,
  to: number | undefined,
): string | undefined {
  return from !== undefined && to !== undefined && from > to
    ? `${from} is after year_to ${to}`
    : undefined;
}

/** A year bound of a filter (publication years on /api/search and /api/ask). */
export const Year = z.number().int().min(1900).max(2200);

/** The fields of a search filter, each with its limits: the JSON filters of /api/ask and the query keys of /api/search and /api/digest. */
export const FilterFields = {
  regions: z.array(RegionName).max(50),
  sectors: z.array(SectorName).max(50),
  year_from: Year,
  year_to: Year,
  languages: z.array(z.enum(['en', 'zh'])).max(2),
  document_ids: z.array(text().min(1).max(200)).max(200),
  kinds: z.array(KindName).max(DOCUMENT_KINDS.length),
};

/** Refuses a filter whose year range ends before it starts, naming year_from. */
export function refuseReversedYears(
  filters: { year_from?: number; year_to?: number },
  ctx: z.RefinementCtx,
): void {
  const problem = yearRangeProblem(filters.year_from, filters.year_to);
  if (problem) ctx.addIssue({ code: 'custom', path: ['year_from'], message: problem });
}

const Filters = z
  .object({
    regions: FilterFields.regions.optional(),
    sectors: FilterFields.sectors.optional(),
    year_from: FilterFields.year_from.optional(),
    year_to: FilterFields.year_to.optional(),
    languages: FilterFields.languages.optional(),
    document_ids: FilterFields.document_ids.optional(),
    kinds: FilterFields.kinds.optional(),
  })
  .strict()
  .superRefine(refuseReversedYears);

export const AskRequestSchema = z
  .object({
    question: z
      .string({ error: 'question must be a string' })
      .trim()
      .min(1, 'question must not be empty')
      .max(MAX_QUESTION_CHARS, `question is too long (max ${MAX_QUESTION_CHARS} characters)`),
    history: z
      .array(
        z
          .object({ role: z.enum(['user', 'assistant']), content: text().max(MAX_TURN_CHARS) })
          .strict(),
      )
      .max(MAX_HISTORY_TURNS)
      .optional(),
    filters: Filters.optional(),
    k: z.number().int().min(1).max(MAX_K).optional(),
  })
  .strict();

export const FeedbackRequestSchema = z
  .object({
    question: text().min(1).max(MAX_QUESTION_CHARS),
    answer: text().max(20000),
    // Stored as jsonb, which refuses the \u0000 escape as well.
    citations: z
      .array(z.unknown())
      .max(50)
      .refine((v) => !JSON.stringify(v).includes('\\u0000'), NO_NUL)
      .optional()
      .default([]),
    verdict: z.enum(['up', 'down']),
    comment: text().max(2000).optional().nullable(),
  })
  .strict();

/** The scope of a digest: the publication filters of /api/search without years (the period is the range). */
export const DigestScopeSchema = z
  .object({
    regions: FilterFields.regions.optional(),
    sectors: FilterFields.sectors.optional(),
    kinds: FilterFields.kinds.optional(),
    languages: FilterFields.languages.optional(),
  })
  .strict();
