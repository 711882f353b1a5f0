import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, errorBody } from '../errors.ts';
import type { AppEnv } from '../app-env.ts';

/** The one error handler: every failure becomes the error envelope with its status. */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof AppError) return appErrorResponse(error, c);
  if (error instanceof HTTPException) {
    const status = error.status;
    return c.json(
      errorBody(HTTP_EXCEPTION_CODES[status] ?? 'bad_request', error.message || 'bad request'),
      status,
    );
  }
  if (isDatabaseUnavailable(error)) {
    c.var.services?.logger.error('database unavailable', {
      request_id: c.var.requestId,
      error: (error as Error).message,
    });
    c.header('Retry-After', '5');
    return c.json(
      errorBody('database_unavailable', 'the database is unavailable; try again shortly'),
      503,
    );
  }
  c.var.services?.logger.error('unhandled error', {
    request_id: c.var.requestId,
    error: (error as Error).message,
    stack: (error as Error).stack?.split('\n').slice(0, 4).join(' | '),
  });
  return c.json(errorBody('internal', 'internal error'), 500);
};

/** Codes for the HTTPExceptions of hono and @hono/zod-openapi (its media-type gate: 415); any other is a 400. */
const HTTP_EXCEPTION_CODES: Record<number, string> = {
  401: 'unauthorized',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

function appErrorResponse(error: AppError, c: Context<AppEnv>) {
  for (const [k, v] of Object.entries(error.headers ?? {})) c.header(k, v);
  if (error.status >= 500)
    c.var.services?.logger.error(error.message, {
      request_id: c.var.requestId,
      cause: (error.cause as Error)?.message,
    });
  return c.json(errorBody(error.code, error.message), error.status as 400);
}

const DB_DOWN =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|connect ECONN|timeout exceeded when trying to connect|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error|Connection ended/i;

const DB_DOWN_CODES = [
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
];

/** True when an error says the database cannot be reached (a 503 to retry, not a 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code && DB_DOWN_CODES.includes(e.code)) return true;
  return DB_DOWN.test(e.message ?? '');
}

/**
 * No route: 404, or 405 with an Allow header when the path is one the app serves with other
 * methods ("GET /api/ask"). `routes` are the app's routes once everything is mounted.
 */
export function notFound(routes: { method: string; path: string }[]): NotFoundHandler<AppEnv> {
  const endpoints = routes
    .filter(
      (route) => route.method !== 'ALL' && route.path.startsWith('/') && !route.path.includes('*'),
    )
    .map((route) => ({
      method: route.method,
      pattern: new RegExp(
        `^${route.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}$`,
      ),
    }));
  return (c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = Array.from(
      new Set(endpoints.filter((e) => e.pattern.test(path)).map((e) => e.method)),
    );
    if (allowed.length === 0)
      return c.json(errorBody('not_found', `no route for ${c.req.method} ${path}`), 404);
    c.header('Allow', allowed.join(', '));
    return c.json(
      errorBody(
        'method_not_allowed',
        `${c.req.method} is not allowed on ${path} (allowed: ${allowed.join(', ')})`,
      ),
      405,
    );
  };
}
