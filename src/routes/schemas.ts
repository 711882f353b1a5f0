import { z } from 'zod';

/** Request schemas shared by the routes and the OpenAPI document. Unknown keys are rejected. */
const Filters = z
  .object({
    regions: z.array(z.string().min(1).max(100)).max(50).optional(),
    sectors: z.array(z.string().min(1).max(100)).max(50).optional(),
    year_from: z.number().int().min(1900).max(2200).optional(),
    year_to: z.number().int().min(1900).max(2200).optional(),
    languages: z.array(z.enum(['en', 'zh'])).max(2).optional(),
    document_ids: z.array(z.string().min(1).max(200)).max(200).optional(),
  })
  .strict();

export const AskRequestSchema = z
  .object({
    question: z.string({ error: 'question must be a string' }).trim().min(1, 'question must not be empty').max(2000, 'question is too long (max 2000 characters)'),
    history: z
      .array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(8000) }).strict())
      .max(20)
      .optional(),
    filters: Filters.optional(),
    k: z.number().int().min(1).max(20).optional(),
  })
  .strict();

export const FeedbackRequestSchema = z
  .object({
    question: z.string().min(1).max(2000),
    answer: z.string().max(20000),
    citations: z.array(z.unknown()).max(50).optional().default([]),
    verdict: z.enum(['up', 'down']),
    comment: z.string().max(2000).optional().nullable(),
  })
  .strict();

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(2000),
  k: z.coerce.number().int().min(1).max(50).optional().default(10),
});

export const FiltersSchema = Filters;
