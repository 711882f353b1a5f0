import type { Context } from 'hono';
import { AppError } from '../errors.ts';
import type { SearchFilters } from '../domain.ts';
import { FiltersSchema, KindName } from './schemas.ts';
import { z } from 'zod';
import type { DocumentKind } from '../documents/kind.ts';

/** Validates with zod and turns the first problems into one 400 message. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const message = result.error.issues
      .slice(0, 5)
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    throw new AppError('bad_request', message);
  }
  return result.data;
}

export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  // JSON only: a cross-site form or text/plain POST (no CORS preflight) must not reach the API.
  if (!/application\/json/i.test(type))
    throw new AppError('unsupported_media_type', 'send the request body as application/json');
  const text = await c.req.text();
  if (!text.trim()) throw new AppError('bad_request', 'request body is empty; send a JSON object');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'request body is not valid JSON');
  }
}

/** The query keys filtersFromQuery reads. */
export const FILTER_QUERY_KEYS = [
  'regions',
  'region',
  'sectors',
  'sector',
  'year_from',
  'year_to',
  'languages',
  'language',
  'document_ids',
  'document_id',
  'kinds',
  'kind',
];

/**
 * A misspelt parameter ("regoin=Shanxi") would otherwise be ignored and the caller handed the
 * unfiltered result as if it were the filtered one: refused, naming it and the known ones.
 */
export function rejectUnknownQuery(c: Context, known: readonly string[]): void {
  const unknown = Object.keys(c.req.queries()).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    const list = known.length > 0 ? `known: ${known.join(', ')}` : 'this endpoint takes none';
    throw new AppError('bad_request', `unknown query parameter "${unknown[0]}" (${list})`);
  }
}

/** Filters from a query string: comma-separated or repeated keys (regions=A,B or regions=A&regions=B). */
export function filtersFromQuery(c: Context): SearchFilters {
  const list = (key: string) => {
    const values = c.req.queries(key) ?? [];
    const items = values
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    return items.length ? items : undefined;
  };
  const int = (key: string) => {
    const v = c.req.query(key);
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    if (!Number.isInteger(n)) throw new AppError('bad_request', `${key} must be an integer`);
    return n;
  };
  const raw = {
    regions: list('regions') ?? list('region'),
    sectors: list('sectors') ?? list('sector'),
    year_from: int('year_from'),
    year_to: int('year_to'),
    languages: list('languages') ?? list('language'),
    document_ids: list('document_ids') ?? list('document_id'),
    kinds: list('kinds') ?? list('kind'),
  };
  for (const key of Object.keys(raw) as (keyof typeof raw)[])
    if (raw[key] === undefined) delete raw[key];
  return parseOrThrow(FiltersSchema, raw) as SearchFilters & { kinds?: DocumentKind[] };
}

/** `kinds=plan,notice` from a query string, validated (400 naming the allowed kinds), or undefined. */
export function kindsFromQuery(c: Context): DocumentKind[] | undefined {
  const values = [...(c.req.queries('kinds') ?? []), ...(c.req.queries('kind') ?? [])]
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length
    ? parseOrThrow(z.array(KindName), values).map((kind, i) => (kind ?? values[i]) as DocumentKind)
    : undefined;
}

/**
 * Search filters with `kinds` turned into the document ids of those kinds (intersected with any
 * document_ids given): the retriever and its SQL filter by document, and a document's kind is
 * one row away. No document of those kinds → an id no document has, so nothing matches.
 */
export async function resolveKindFilter(
  store: { documentIdsOfKinds(kinds: DocumentKind[]): Promise<string[]> },
  filters: (SearchFilters & { kinds?: DocumentKind[] }) | undefined,
): Promise<SearchFilters | undefined> {
  if (!filters?.kinds?.length) {
    if (!filters) return filters;
    const { kinds: _kinds, ...rest } = filters;
    return rest;
  }
  const { kinds, ...rest } = filters;
  let ids = await store.documentIdsOfKinds(kinds);
  if (rest.document_ids?.length) ids = ids.filter((id) => rest.document_ids!.includes(id));
  return { ...rest, document_ids: ids.length ? ids : [NO_DOCUMENT] };
}

/** A document id that cannot exist (ids start with a letter or digit). */
const NO_DOCUMENT = '';

export interface Period {
  /** First day, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
}

/**
 * `from` and `to` from a query string as calendar dates (YYYY-MM-DD); both required, and `from`
 * not after `to` (a reversed period can match nothing: refused, as year ranges are).
 */
export function periodFromQuery(c: Context): Period {
  const read = (key: 'from' | 'to') => {
    const value = c.req.query(key);
    if (value === undefined || value === '')
      throw new AppError('bad_request', `${key} is required (a date as YYYY-MM-DD)`);
    if (!isCalendarDate(value))
      throw new AppError(
        'bad_request',
        `${key} must be a calendar date as YYYY-MM-DD, got "${value.slice(0, 40)}"`,
      );
    return value;
  };
  const period = { from: read('from'), to: read('to') };
  if (period.from > period.to)
    throw new AppError('bad_request', `from: ${period.from} is after to ${period.to}`);
  return period;
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return (
    year! >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day
  );
}
