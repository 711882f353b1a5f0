import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { createFallbackTake } from '../security/rate-limit-store.ts';

/** The middleware every request passes, one named step each (mounted in order by createApp). */

type Middleware = MiddlewareHandler<AppEnv>;

/** A request id (the caller's, cleaned, or a new one) on the response, and one JSON log line per request. */
export const requestLog: Middleware = async (c, next) => {
  const started = Date.now();
  const requestId =
    c.req
      .header('x-request-id')
      ?.replace(/[^\w.-]/g, '')
      .slice(0, 64) || crypto.randomUUID();
  c.set('requestId', requestId);
  c.set('logFields', {});
  c.header('x-request-id', requestId);
  try {
    await next();
  } finally {
    c.var.services?.logger.info('request', {
      request_id: requestId,
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      latency_ms: Date.now() - started,
      ...c.var.logFields,
    });
  }
};

/** CSP (same-origin scripts and styles only, no framing) and the other security headers. */
export const securityHeaders: Middleware = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  crossOriginEmbedderPolicy: false,
});

/** CORS for /api/*: only the configured origins (none by default; `*` for any). */
export function apiCors(origins: string[]): Middleware {
  return cors({
    origin: (origin) => (origins.includes(origin) || origins.includes('*') ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization', 'Accept'],
    maxAge: 600,
  });
}

/**
 * PostgreSQL cannot hold U+0000 in text: a %00 in a path or query parameter would fail the
 * query with a 500. Refused here once, for every route, before any handler decodes it.
 */
export const refuseNul: Middleware = async (c, next) => {
  if (c.req.url.includes('%00'))
    throw new AppError('bad_request', 'NUL characters (%00) are not allowed in the URL');
  await next();
};

/** MAX_JSON_KB on every /api request body except uploads, which have their own limit. */
export function jsonBodyLimit(maxBytes: number): Middleware {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError(
        'payload_too_large',
        `request body is larger than ${Math.round(maxBytes / 1024)} KB`,
      );
    },
  });
  return async (c, next) =>
    c.req.method === 'POST' && c.req.path === '/api/documents' ? next() : limit(c, next);
}

/**
 * The reads that cost the database real work share each client's budget with /api/ask: a search
 * runs the hybrid retrieval, and /api/targets can return 10,000 rows or a CSV.
 */
export const RATE_LIMITED_PATHS = [
  '/api/ask',
  '/api/search',
  '/api/targets',
  '/api/targets/changes',
  '/api/digest',
];

/**
 * Each client's token bucket (429 with Retry-After when empty). The buckets live in
 * services.rateLimits (PostgreSQL, shared by every instance, or memory on PGlite). When that store
 * cannot be reached, each process counts alone in a local one rather than refuse every request
 * (which then meets the same outage as 503) or let every one through.
 */
export function rateLimit(options: {
  perMinute: number;
  burst: number;
  trustProxy: boolean;
  remoteAddress?: (c: Context) => string | undefined;
}): Middleware {
  const take = createFallbackTake(options);
  return async (c, next) => {
    const key = clientKey(c, options);
    const services = c.var.services;
    const wait = await take(services.rateLimits, key, Date.now(), (error) =>
      services.logger.warn('rate-limit store unavailable; counting per process until it is back', {
        error: error.message,
      }),
    );
    if (wait > 0)
      throw new AppError('rate_limited', 'too many requests; slow down', {
        headers: { 'Retry-After': String(Math.ceil(wait / 1000)) },
      });
    await next();
  };
}

/**
 * The client identity for rate limiting: the connecting peer, or — only with TRUST_PROXY, behind
 * a proxy that sets it — the first X-Forwarded-For hop. Headers a client can set itself are not
 * trusted otherwise, or anyone could dodge the limit by inventing a new address per request.
 */
export function clientKey(
  c: Context,
  options: { trustProxy: boolean; remoteAddress?: (c: Context) => string | undefined },
): string {
  if (options.trustProxy) {
    const forwarded =
      c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || c.req.header('x-real-ip');
    if (forwarded) return forwarded;
  }
  return options.remoteAddress?.(c) || 'local';
}
