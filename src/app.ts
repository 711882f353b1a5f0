import type { Context } from 'hono';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Services } from './services.ts';
import type { AppEnv } from './app-env.ts';
import { createApiRoutes } from './routes/api.ts';
import { createAdminRoutes } from './routes/admin.ts';
import { healthRoute, OPENAPI_INFO, registerSharedContract } from './routes/contract.ts';
import { health } from './routes/health.ts';
import { mountSlack } from './routes/slack-mount.ts';
import {
  apiCors,
  jsonBodyLimit,
  RATE_LIMITED_PATHS,
  rateLimit,
  refuseNul,
  requestLog,
  securityHeaders,
} from './routes/middleware.ts';
import { handleError, notFound } from './routes/error-handler.ts';

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

type App = OpenAPIHono<AppEnv>;

/** Builds the Hono app: middleware, routes, the OpenAPI document and the one error handler. */
export function createApp(options: AppOptions) {
  const app: App = new OpenAPIHono<AppEnv>();
  useMiddleware(app, options);
  mountRoutes(app, options);
  if (options.assets) serveAssets(app, options.assets);
  app.notFound(notFound(app.routes));
  app.onError(handleError);
  return app;
}

/** Request log, security headers, CORS, services on c.var, NUL refusal, body limit, rate limit. */
function useMiddleware(app: App, options: AppOptions): void {
  const { settings } = options;
  app.use('*', requestLog);
  app.use('*', securityHeaders);
  app.use('/api/*', apiCors(settings.corsOrigins));
  app.use('*', async (c, next) => {
    c.set('services', await options.services(c));
    await next();
  });
  app.use('*', refuseNul);
  app.use('/api/*', jsonBodyLimit(settings.maxJsonBytes));
  const limited = rateLimit({
    ...settings.rateLimit,
    trustProxy: settings.trustProxy ?? false,
    remoteAddress: options.remoteAddress,
  });
  for (const path of RATE_LIMITED_PATHS) app.use(path, limited);
}

/** Health, the OpenAPI document, the admin and public API, and Slack. */
function mountRoutes(app: App, options: AppOptions): void {
  app.openapi(healthRoute, health);
  app.route('/api', createAdminRoutes({ maxUploadBytes: options.settings.maxUploadBytes }));
  app.route('/api', createApiRoutes());
  mountSlack(app);
  registerSharedContract(app);
  let document: unknown;
  app.get('/openapi.json', (c) => c.json((document ??= app.getOpenAPI31Document(OPENAPI_INFO))));
}

/** The chat UI's static files for any GET outside /api and /slack. */
function serveAssets(app: App, assets: NonNullable<AppOptions['assets']>): void {
  app.get('*', async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (path.startsWith('/api/') || path.startsWith('/slack/')) return next();
    const response = await assets(path === '/' ? '/index.html' : path, c);
    return response ?? next();
  });
}
