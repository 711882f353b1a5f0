import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from 'hono/body-limit';
import { AppError, errorBody } from './errors.ts';
import type { Services } from './services.ts';
import type { AppEnv } from './app-env.ts';
import { createApiRoutes } from './routes/api.ts';
import { createAdminRoutes } from './routes/admin.ts';
import { createOpenApiDocument } from './routes/openapi.ts';
import { createMemoryRateLimitStore } from './security/rate-limit-store.ts';
import { mountSlack } from './routes/slack-mount.ts';

export type { AppEnv } from './app-env.ts';

export interface AppOptions {
  /** Services for this request: one instance per process on Node, per request on Workers. */
  services: (c: Context) => Services | Promise<Services>;
  /** Static UI assets (runtime-specific; passed in like hono's serve-static getContent). */
  assets?: (path: string, c: Context) => Promise<Response | null>;
  /** Configuration needed before services exist (limits, CORS). */
  settings: {
    maxJsonBytes: number;
    maxUploadBytes: number;
    corsOrigins: string[];
    rateLimit: { perMinute: number; burst: number };
    trustProxy?: boolean;
  };
  /**
   * The connecting peer's address (runtime-specific: the socket on Node, cf-connecting-ip set by
   * Cloudflare's edge on Workers). Used as the rate-limit key.
   */
  remoteAddress?: (c: Context) => string | undefined;
}

const DB_DOWN =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|connect ECONN|timeout exceeded when trying to connect|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error|Connection ended/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  if (
    e.code &&
    [
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
    ].includes(e.code)
  )
    return true;
  return DB_DOWN.test(e.message ?? '');
}

/** Builds the Hono app: routes, middleware and the one error handler. */
export function createApp(options: AppOptions) {
  const app = new Hono<AppEnv>();
  // The buckets live in services.rateLimits (PostgreSQL, shared by every instance, or memory
  // on PGlite). When that store cannot be reached, each process counts alone in this one rather
  // than refuse every request (which then meets the same outage as 503) or let every one through.
  const localBuckets = createMemoryRateLimitStore(options.settings.rateLimit);
  let storeWarnedAt = -Infinity;

  app.use('*', async (c, next) => {
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
      const services = c.var.services;
      services?.logger.info('request', {
        request_id: requestId,
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        status: c.res.status,
        latency_ms: Date.now() - started,
        ...c.var.logFields,
      });
    }
  });

  app.use(
    '*',
    secureHeaders({
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
    }),
  );

  app.use(
    '/api/*',
    cors({
      origin: (origin) =>
        options.settings.corsOrigins.includes(origin) || options.settings.corsOrigins.includes('*')
          ? origin
          : null,
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization', 'Accept'],
      maxAge: 600,
    }),
  );

  app.use('*', async (c, next) => {
    c.set('services', await options.services(c));
    await next();
  });

  // PostgreSQL cannot hold U+0000 in text: a %00 in a path or query parameter would fail the
  // query with a 500. Refused here once, for every route, before any handler decodes it.
  app.use('*', async (c, next) => {
    if (c.req.url.includes('%00'))
      throw new AppError('bad_request', 'NUL characters (%00) are not allowed in the URL');
    await next();
  });

  const jsonLimit = bodyLimit({
    maxSize: options.settings.maxJsonBytes,
    onError: () => {
      throw new AppError(
        'payload_too_large',
        `request body is larger than ${Math.round(options.settings.maxJsonBytes / 1024)} KB`,
      );
    },
  });
  app.use('/api/*', async (c, next) =>
    c.req.method === 'POST' && c.req.path === '/api/documents' ? next() : jsonLimit(c, next),
  );

  const rateLimited = async (c: Context<AppEnv>, next: () => Promise<void>) => {
    const key = clientKey(c, {
      trustProxy: options.settings.trustProxy ?? false,
      remoteAddress: options.remoteAddress,
    });
    const services = c.var.services;
    const now = Date.now();
    let wait: number;
    try {
      wait = await services.rateLimits.take(key, now);
    } catch (error) {
      if (now - storeWarnedAt > 60_000) {
        storeWarnedAt = now;
        services.logger.warn(
          'rate-limit store unavailable; counting per process until it is back',
          { error: (error as Error).message },
        );
      }
      wait = await localBuckets.take(key, now);
    }
    if (wait > 0)
      throw new AppError('rate_limited', 'too many requests; slow down', {
        headers: { 'Retry-After': String(Math.ceil(wait / 1000)) },
      });
    await next();
  };
  // The reads that cost the database real work share each client's budget with /api/ask:
  // a search runs the hybrid retrieval, and /api/targets can return 10,000 rows or a CSV.
  app.use('/api/ask', rateLimited);
  app.use('/api/search', rateLimited);
  app.use('/api/targets', rateLimited);
  app.use('/api/targets/changes', rateLimited);
  app.use('/api/digest', rateLimited);

  app.get('/healthz', async (c) => {
    const services = c.var.services;
    try {
      await services.store.ping();
    } catch (error) {
      // A reachable database can still refuse service with a reason of its own (on Workers, the
      // first query of an isolate checks the embedding model: 409 with the fix). Say that.
      if (error instanceof AppError) throw error;
      throw new AppError('database_unavailable', 'database is unreachable', {
        cause: error,
        headers: { 'Retry-After': '5' },
      });
    }
    return c.json({
      status: 'ok',
      database: 'up',
      documents: await services.store.countDocuments(),
      embeddings: services.embeddingModel.model,
      llm: services.config.llm ? 'on' : 'off',
    });
  });

  app.get('/openapi.json', (c) => c.json(createOpenApiDocument()));
  app.route('/api', createAdminRoutes({ maxUploadBytes: options.settings.maxUploadBytes }));
  app.route('/api', createApiRoutes());
  mountSlack(app, rateLimited);

  if (options.assets) {
    const assets = options.assets;
    app.get('*', async (c, next) => {
      const path = new URL(c.req.url).pathname;
      if (path.startsWith('/api/') || path.startsWith('/slack/')) return next();
      const response = await assets(path === '/' ? '/index.html' : path, c);
      return response ?? next();
    });
  }

  // A path the API serves, asked with a method it does not take ("GET /api/ask"): 405 with the
  // methods it does take, not "no route".
  const endpoints = app.routes
    .filter(
      (route) => route.method !== 'ALL' && route.path.startsWith('/') && !route.path.includes('*'),
    )
    .map((route) => ({
      method: route.method,
      pattern: new RegExp(
        `^${route.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}$`,
      ),
    }));
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = Array.from(
      new Set(endpoints.filter((e) => e.pattern.test(path)).map((e) => e.method)),
    );
    if (allowed.length > 0) {
      c.header('Allow', allowed.join(', '));
      return c.json(
        errorBody(
          'method_not_allowed',
          `${c.req.method} is not allowed on ${path} (allowed: ${allowed.join(', ')})`,
        ),
        405,
      );
    }
    return c.json(errorBody('not_found', `no route for ${c.req.method} ${path}`), 404);
  });

  app.onError((error, c) => {
    if (error instanceof AppError) {
      for (const [k, v] of Object.entries(error.headers ?? {})) c.header(k, v);
      if (error.status >= 500)
        c.var.services?.logger.error(error.message, {
          request_id: c.var.requestId,
          cause: (error.cause as Error)?.message,
        });
      return c.json(errorBody(error.code, error.message), error.status as 400);
    }
    if (error instanceof HTTPException) {
      const status = error.status;
      const code =
        status === 413
          ? 'payload_too_large'
          : status === 401
            ? 'unauthorized'
            : status === 404
              ? 'not_found'
              : 'bad_request';
      return c.json(errorBody(code, error.message || 'bad request'), status);
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
  });

  return app;
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
