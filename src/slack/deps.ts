/**
 * What the Slack routes need from the rest of the app. Runtime-specific pieces (how background
 * work outlives the response, where dedupe state lives) are passed in, so the same handlers run
 * on Node and on Workers.
 */
import type { Asker } from '../domain.ts';
import type { DigestProvider } from './digest.ts';

export type SlackLogLevel = 'debug' | 'info' | 'warn' | 'error';
export type SlackLog = (
  level: SlackLogLevel,
  message: string,
  fields?: Record<string, unknown>,
) => void;

export interface SlackDedupe {
  /**
   * Records `eventId` for `ttlSeconds`; resolves `true` only for the first claim, so a retried
   * event is answered once even across instances. Must be atomic (e.g. INSERT ... ON CONFLICT).
   */
  claim(eventId: string, ttlSeconds: number): Promise<boolean>;
}

export interface SlackRateLimit {
  /** Takes one token for `key` (`slack:<user_id>`); `false` when the caller must slow down. */
  take(key: string): Promise<boolean> | boolean;
}

export interface SlackRoutesDeps {
  asker: Asker;
  /** `SLACK_SIGNING_SECRET`: every request must carry a valid signature made with it. */
  signingSecret: string;
  /** `SLACK_BOT_TOKEN` (`xoxb-...`): needed to answer mentions and DMs; slash commands work without it. */
  botToken?: string;
  /** Slack Web API base (default https://slack.com/api); a local stub in tests. */
  apiUrl?: string;
  /**
   * Where slash-command answers may be POSTed (default `['hooks.slack.com']`). A bare host name
   * requires https on the default port; an entry with a scheme (`http://127.0.0.1:4000`) allows
   * exactly that origin, for local testing.
   */
  allowedResponseHosts?: string[];
  fetch: typeof fetch;
  /** Keeps work alive after the 200 ack: `ctx.waitUntil` on Workers, a tracked promise on Node. */
  runInBackground: (task: Promise<unknown>) => void;
  dedupe: SlackDedupe;
  rateLimit?: SlackRateLimit;
  /** Clock in milliseconds (default `Date.now`). */
  now?: () => number;
  log?: SlackLog;
  /** Longest an answer may take before the user is told it timed out (default 120 s). */
  askTimeoutMs?: number;
  /** Builds digests for `/policy digest` (absent: the command answers that it is unavailable). */
  digest?: DigestProvider;
}

/** Default logger: one JSON line per event on the console (available on Node and Workers). */
export const consoleLog: SlackLog = (level, message, fields = {}) => {
  const line = JSON.stringify({ level, message, component: 'slack', ...fields });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
};
