import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Services } from '../services.ts';
import { createSlackRoutes, createDisabledSlackRoutes } from './slack.ts';
import { createDigestProvider } from '../slack/digest.ts';
import { digestFor } from '../digest/service.ts';
import { createFallbackTake } from '../security/rate-limit-store.ts';
import { slackPolicy } from '../services.ts';

/**
 * Mounts the Slack endpoints. The Slack sub-app is built once per Services instance (once per
 * process on Node, per request on Workers) because it captures the asker and secrets; with no
 * SLACK_SIGNING_SECRET the endpoints answer 404 with a message saying how to enable them.
 */
export function mountSlack(app: Hono<AppEnv>) {
  const cache = new WeakMap<Services, Hono>();
  const disabled = new Hono().route('/slack', createDisabledSlackRoutes());
  let loggedDisabled = false;

  app.all('/slack/*', async (c) => {
    const services = c.var.services;
    const slack = services.config.slack;
    if (!slack) {
      if (!loggedDisabled)
        services.logger.warn('Slack endpoints are disabled: SLACK_SIGNING_SECRET is not set');
      loggedDisabled = true;
      return disabled.fetch(c.req.raw);
    }
    let sub = cache.get(services);
    if (!sub) {
      // Each user's budget lives where the API's does (PostgreSQL: shared by every instance).
      const take = createFallbackTake(slackPolicy(services.config.rateLimit));
      const warn = (error: Error) =>
        services.logger.warn('Slack rate-limit store unavailable; counting per process', {
          component: 'slack',
          error: error.message,
        });
      sub = new Hono().route(
        '/slack',
        createSlackRoutes({
          asker: services.asker,
          signingSecret: slack.signingSecret,
          botToken: slack.botToken,
          apiUrl: slack.apiUrl,
          allowedResponseHosts: slack.allowedResponseHosts,
          fetch: services.fetch,
          runInBackground: services.runInBackground,
          dedupe: { claim: (id, ttl) => services.store.claimSlackEvent(id, ttl) },
          rateLimit: {
            take: async (key) =>
              (await take(services.slackRateLimits, key, Date.now(), warn)) === 0,
          },
          log: (level, message, fields) =>
            services.logger[level](message, { component: 'slack', ...fields }),
          digest: createDigestProvider(services.store, (period) => digestFor(services, period)),
        }),
      );
      cache.set(services, sub);
    }
    return sub.fetch(c.req.raw);
  });
}
