import { z } from 'zod';

/**
 * Request schemas shared by the routes and the OpenAPI document. Unknown keys are rejected.
 * Strings refuse NUL: PostgreSQL cannot store U+0000 in text or jsonb and would fail the query
 * (a 500) instead of the clean 400 that names the field.
 */
const NO_NUL = 'must not contain NUL characters (\\u0000)';
const text = () => z.string().refine((v) => !v.includes('\u0000'), NO_NUL);

const Filters = z
  .object({
    regions: z.array(text().min(1).max(100)).max(50).optional(),
    sectors: z.array(text().min(1).max(100)).max(50).optional(),
    year_from: z.number().int().min(1900).max(2200).optional(),
    year_to: z.number().int().min(1900).max(2200).optional(),
    languages: z.array(z.enum(['en', 'zh'])).max(2).optional(),
    document_ids: z.array(text().min(1).max(200)).max(200).optional(),
  })
  .strict();

export const AskRequestSchema = z
  .object({
    question: z.string({ error: 'question must be a string' }).trim().min(1, 'question must not be empty').max(2000, 'question is too long (max 2000 characters)'),
    history: z
      .array(z.object({ role: z.enum(['user', 'assistant']), content: text().max(8000) }).strict())
      .max(20)
      .optional(),
    filters: Filters.optional(),
    k: z.number().int().min(1).max(20).optional(),
  })
  .strict();

export const FeedbackRequestSchema = z
  .object({
    question: text().min(1).max(2000),
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

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(2000),
  k: z.coerce.number().int().min(1).max(50).optional().default(10),
});

export const FiltersSchema = Filters;
