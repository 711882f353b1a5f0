import { createMiddleware } from 'hono/factory';
import type { z } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';
import type { SearchFilters } from '../domain.ts';
import type { DocumentKind } from '../documents/kind.ts';
import { isWholeMessage } from './query.ts';

/**
 * The one 400 message for failed validation: the first problem that names its parameter itself
 * (those checks used to stop the request on their own), else up to five `path: message` issues.
 */
export function issuesMessage(issues: readonly z.core.$ZodIssue[]): string {
  const whole = issues.find(isWholeMessage);
  if (whole) return whole.message;
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** Validates with zod and turns the problems into one 400 message. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('bad_request', issuesMessage(result.error.issues));
  return result.data;
}

/**
 * The routes' validation hook: a request that fails its route's schema is a 400 in the error
 * envelope, thrown to the one onError.
 */
export function refuseInvalid(result: { success: boolean; error?: z.ZodError }): void {
  if (!result.success) throw new AppError('bad_request', issuesMessage(result.error!.issues));
}

/**
 * A JSON request body, read before the route's schema sees it. JSON only: a cross-site form or
 * text/plain POST (no CORS preflight) must not reach the API. Empty and malformed bodies get
 * messages of their own.
 */
export const jsonBody = createMiddleware(async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/application\/json/i.test(type))
    throw new AppError('unsupported_media_type', 'send the request body as application/json');
  const text = await c.req.text();
  if (!text.trim()) throw new AppError('bad_request', 'request body is empty; send a JSON object');
  try {
    JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'request body is not valid JSON');
  }
  await next();
});

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
