import { z } from 'zod';

/**
 * A quantified policy target, as stored in the `targets` table and returned by the API.
 * `value`/`unit` are canonical (see src/text/numbers.ts); `value_raw`/`unit_raw` are as stated.
 * `start`/`end` are offsets into the document's normalised text: text.slice(start, end) === quote.
 */
export const DIRECTIONS = [
  'reach',
  'about',
  'at least',
  'at most',
  'decrease',
  'increase',
] as const;

export const TargetSchema = z.object({
  metric: z
    .string()
    .min(1)
    .describe(
      'short normalised description of what is measured, e.g. "non-fossil energy share of energy consumption"',
    ),
  value: z.number().describe('the target value in the canonical unit'),
  unit: z.string().describe('canonical unit: %, GW, Mtce, kWh, yuan, vehicles, units, m2, t, ...'),
  value_raw: z.string().describe('the number exactly as written, e.g. "7000" or "20,000"'),
  unit_raw: z.string().describe('the unit exactly as written, e.g. "万千瓦" or "yuan"'),
  direction: z.enum(DIRECTIONS),
  qualifier: z
    .string()
    .nullable()
    .describe('strive/力争, approximately/左右, more than/以上 ... or null'),
  baseline_year: z.number().int().nullable(),
  target_year: z.number().int().nullable(),
  region: z.string().nullable(),
  level: z.enum(['national', 'provincial', 'municipal']).nullable(),
  sector: z.string().nullable(),
  binding: z
    .enum(['binding', 'expected'])
    .nullable()
    .describe('约束性 → binding, 预期性 → expected, when stated'),
  document_id: z.string(),
  chunk_id: z.string().nullable(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export type Target = z.infer<typeof TargetSchema>;

/** What an extractor produces before the pipeline attaches document/chunk provenance. */
export type ExtractedTarget = Omit<Target, 'document_id' | 'chunk_id'>;

/** Context an extractor gets about the document the text comes from. */
export interface ExtractionContext {
  documentId: string;
  /** Region from the document metadata ("National", "Shanghai", ...). */
  region: string | null;
  level: 'national' | 'provincial' | 'municipal' | null;
  /** Publication year, used to resolve relative years ("next year") and reject dates. */
  year: number | null;
  language: 'en' | 'zh';
}
