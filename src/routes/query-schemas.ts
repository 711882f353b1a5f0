import { z } from '@hono/zod-openapi';
import { MAX_QUESTION_CHARS } from '../limits.ts';
import { canonicalRegion } from '../text/regions.ts';
import { DOCUMENT_KINDS } from '../documents/kind.ts';
import { isMetricKey } from '../targets/metrics.ts';
import { isCalendarDate } from '../text/dates.ts';
import { FilterFields, KindName, refuseReversedYears, yearRangeProblem } from './schemas.ts';
import { queryChoice, queryInteger, queryList, queryObject, queryValue, refuse } from './query.ts';

/**
 * The query strings of the GET routes: each key, its limits and its message written once, read by
 * the route's validator and by the OpenAPI document alike.
 */

const KINDS_DESCRIPTION = `comma-separated document kinds: ${DOCUMENT_KINDS.join(', ')}`;

/** A publication year bound on /api/search: any integer text, then the filter's range. */
const publicationYear = (key: string) =>
  queryInteger(
    (text) => Number.isInteger(Number(text)),
    `${key} must be an integer`,
    FilterFields.year_from,
  ).openapi({ type: 'integer', description: 'publication year bound' });

/** GET /api/search: the question, how many passages, and the search filters. */
export const SearchQuery = queryObject(
  {
    q: queryValue(z.string().trim().min(1, 'q must not be empty').max(MAX_QUESTION_CHARS)),
    k: queryValue(z.coerce.number().int().min(1).max(50).optional().default(10)).openapi({
      type: 'integer',
    }),
    regions: queryList(FilterFields.regions),
    sectors: queryList(FilterFields.sectors),
    year_from: publicationYear('year_from'),
    year_to: publicationYear('year_to'),
    languages: queryList(FilterFields.languages),
    document_ids: queryList(FilterFields.document_ids),
    kinds: queryList(FilterFields.kinds),
  },
  {
    region: 'regions',
    sector: 'sectors',
    language: 'languages',
    document_id: 'document_ids',
    kind: 'kinds',
  },
  { aliasOnlyWhenKeyEmpty: true },
).superRefine(refuseReversedYears);

/** GET /api/documents: document kinds. */
export const DocumentsQuery = queryObject(
  { kinds: queryList(z.array(KindName), KINDS_DESCRIPTION) },
  { kind: 'kinds' },
);

/** A target year bound on /api/targets: up to four digits. */
const targetYear = (key: string) =>
  queryInteger((text) => /^\d{1,4}$/.test(text), `${key} must be a year`);

/** GET /api/targets: filters (any region name, sectors in any case), a label search, limit, format. */
export const TargetsQuery = queryObject(
  {
    region: queryList(z.array(z.string()).transform((names) => names.map(canonicalRegion))),
    sector: queryList(
      z.array(z.string()).transform((sectors) => sectors.map((s) => s.toLowerCase())),
    ),
    document_id: queryList(z.array(z.string())),
    target_year: targetYear('target_year'),
    year_from: targetYear('year_from'),
    year_to: targetYear('year_to'),
    q: queryValue(
      z
        .string()
        .optional()
        .refine((q) => !q || q.length <= 200, {
          message: 'q is too long (max 200 characters)',
          params: { whole: true },
        }),
    ).openapi({ type: 'string' }),
    metric: queryList(
      z.array(z.string()).superRefine((keys, ctx) => {
        const unknown = keys.find((key) => !isMetricKey(key));
        if (unknown !== undefined)
          refuse(
            ctx,
            `unknown metric "${unknown}": metric takes a canonical key such as non_fossil_share_energy (see src/targets/metrics.json); use q= to search labels`,
          );
      }),
      'canonical metric keys, comma-separated',
    ),
    limit: queryValue(
      z
        .string()
        .optional()
        .transform((text, ctx) => {
          const limit = text ? Number(text) : 1000;
          return Number.isInteger(limit) && limit >= 1 && limit <= 10_000
            ? limit
            : refuse(ctx, 'limit must be an integer from 1 to 10000');
        }),
    ).openapi({ type: 'string' }),
    format: queryChoice(['json', 'csv'], 'json', 'format must be json or csv'),
    // bom=1: a byte-order mark before the CSV, without which Excel reads UTF-8 Chinese as mojibake.
    bom: queryChoice(['0', '1', 'true', 'false'], '0', 'bom must be 1 or 0'),
  },
  { regions: 'region', sectors: 'sector', document_ids: 'document_id', metrics: 'metric' },
).superRefine((query, ctx) => {
  const reversed = yearRangeProblem(query.year_from, query.year_to);
  if (reversed) refuse(ctx, `year_from: ${reversed}`);
});

/** A calendar day of a period (YYYY-MM-DD), required. */
const periodDay = (key: 'from' | 'to') =>
  queryValue(
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value === '')
          return refuse(ctx, `${key} is required (a date as YYYY-MM-DD)`);
        if (!isCalendarDate(value, { fromYear: 1900 }))
          return refuse(
            ctx,
            `${key} must be a calendar date as YYYY-MM-DD, got "${value.slice(0, 40)}"`,
          );
        return value;
      }),
  ).openapi({ type: 'string', format: 'date' });

/** A period can match nothing when it ends before it starts: refused, as year ranges are. */
function refuseReversedPeriod(period: { from: string; to: string }, ctx: z.RefinementCtx) {
  if (period.from > period.to)
    ctx.addIssue({
      code: 'custom',
      path: ['from'],
      message: `${period.from} is after to ${period.to}`,
    });
}

/** GET /api/targets/changes: the period and the regions. */
export const ChangesQuery = queryObject(
  {
    from: periodDay('from'),
    to: periodDay('to'),
    regions: queryList(z.array(z.string()).transform((names) => names.map(canonicalRegion))),
  },
  { region: 'regions' },
).superRefine(refuseReversedPeriod);

/** GET /api/digest: the period, the publication scope and the format. */
export const DigestQuery = queryObject(
  {
    from: periodDay('from'),
    to: periodDay('to'),
    regions: queryList(FilterFields.regions),
    sectors: queryList(FilterFields.sectors),
    kinds: queryList(FilterFields.kinds, KINDS_DESCRIPTION),
    languages: queryList(FilterFields.languages),
    format: queryChoice(
      ['json', 'md', 'markdown', 'html'],
      'json',
      'format must be json, md or html',
    ).openapi({ enum: ['json', 'md', 'html'] }),
  },
  { region: 'regions', sector: 'sectors', kind: 'kinds', language: 'languages' },
).superRefine(refuseReversedPeriod);
