import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Services } from '../services.ts';
import { createSlackRoutes, createDisabledSlackRoutes } from './slack.ts';
import { createDigestProvider } from '../slack/digest.ts';
import { digestFor } from '../digest/service.ts';
import { createRateLimiter } from '../security/rate-limit.ts';

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
      const limiter = createRateLimiter({
        perMinute: services.config.rateLimit.perMinute,
        burst: Math.max(3, Math.ceil(services.config.rateLimit.burst / 4)),
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
          rateLimit: { take: (key) => limiter.take(key) === 0 },
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
