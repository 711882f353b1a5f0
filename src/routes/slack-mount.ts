import type { Hono, Context } from 'hono';
import type { AppEnv } from '../app.ts';

/** Placeholder until the Slack sub-app lands: 404 JSON explaining how to enable it. */
export function mountSlack(app: Hono<AppEnv>, _rateLimited: (c: Context<AppEnv>, next: () => Promise<void>) => Promise<void>) {
  app.post('/slack/*', (c) => c.json({ error: { code: 'not_found', message: 'Slack integration is not configured (set SLACK_SIGNING_SECRET)' } }, 404));
}
