import type { Services } from './services.ts';

/** Per-request variables every route reads (`c.var`): below app.ts, so app and routes both import it. */
export type AppEnv = {
  Variables: {
    services: Services;
    requestId: string;
    logFields: Record<string, unknown>;
  };
};
