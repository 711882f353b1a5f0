/**
 * The three Slack calls the bot makes, over an injected `fetch` (Node's, Workers', or a test
 * stub's). Slack reports most Web API failures as HTTP 200 with `{ ok: false, error }`; both
 * that and a non-2xx status throw an `AppError('upstream_error')` naming the method and Slack's
 * error code. The token is sent only in the Authorization header and never appears in errors.
 */
import { AppError } from '../errors.ts';
import type { SlackMessage } from './block-kit.ts';

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api';

/** A message as `conversations.replies` returns it (the fields the bot reads). */
export interface SlackThreadMessage {
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  bot_profile?: unknown;
}

export interface PostMessageInput extends SlackMessage {
  channel: string;
  thread_ts?: string;
}

/** What a `response_url` accepts: a message plus whether the channel sees it. */
export interface ResponsePayload extends SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
}

export interface SlackClient {
  /** `chat.postMessage`; resolves to the new message's `ts`. */
  postMessage(message: PostMessageInput): Promise<{ ts: string }>;
  /** `conversations.replies`, oldest first, following `next_cursor` up to `maxPages` pages. */
  replies(input: {
    channel: string;
    ts: string;
    limit?: number;
    maxPages?: number;
  }): Promise<SlackThreadMessage[]>;
  /** POSTs to a slash command's `response_url`. The caller has checked the URL's host. */
  respond(responseUrl: string, payload: ResponsePayload): Promise<void>;
}

export interface SlackClientOptions {
  /** Bot token (`xoxb-...`); required for postMessage and replies, not for respond. */
  token?: string;
  apiUrl?: string;
  fetch: typeof fetch;
  /** Per-request timeout (default 10 s): a hung Slack call must not hold a Worker's waitUntil. */
  timeoutMs?: number;
}

export function createSlackClient(options: SlackClientOptions): SlackClient {
  // Held in a local so it is called without a `this`: Workers' fetch throws "Illegal invocation"
  // when called as a method of another object.
  const fetchImpl = options.fetch;
  const apiUrl = (options.apiUrl ?? DEFAULT_SLACK_API_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call(
    method: string,
    init: { json?: unknown; form?: Record<string, string> },
  ): Promise<Record<string, unknown>> {
    if (!options.token)
      throw new AppError(
        'upstream_error',
        `Slack ${method} needs a bot token (set SLACK_BOT_TOKEN)`,
      );
    const body = init.form ? new URLSearchParams(init.form).toString() : JSON.stringify(init.json);
    const contentType = init.form
      ? 'application/x-www-form-urlencoded'
      : 'application/json; charset=utf-8';
    let response: Response;
    try {
      response = await fetchImpl(`${apiUrl}/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.token}`, 'content-type': contentType },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw new AppError('upstream_error', `Slack ${method} could not be reached`, {
        cause,
        details: { method },
      });
    }
    const data = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (!response.ok || !data || data.ok !== true) {
      const error = typeof data?.error === 'string' ? data.error : `http_${response.status}`;
      throw new AppError('upstream_error', `Slack ${method} failed: ${error}`, {
        details: { method, error, status: response.status },
      });
    }
    return data;
  }

  return {
    async postMessage(message) {
      const data = await call('chat.postMessage', {
        json: { ...message, unfurl_links: false, unfurl_media: false },
      });
      return { ts: String(data.ts ?? '') };
    },

    async replies({ channel, ts, limit = 100, maxPages = 5 }) {
      const messages: SlackThreadMessage[] = [];
      let cursor = '';
      for (let page = 0; page < maxPages; page++) {
        const form: Record<string, string> = { channel, ts, limit: String(limit) };
        if (cursor) form.cursor = cursor;
        const data = await call('conversations.replies', { form });
        if (Array.isArray(data.messages)) messages.push(...(data.messages as SlackThreadMessage[]));
        const metadata = data.response_metadata as { next_cursor?: string } | undefined;
        cursor = data.has_more ? (metadata?.next_cursor ?? '') : '';
        if (!cursor) break;
      }
      return messages;
    },

    async respond(responseUrl, payload) {
      let response: Response;
      try {
        response = await fetchImpl(responseUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify(payload),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (cause) {
        throw new AppError('upstream_error', 'Slack response_url could not be reached', { cause });
      }
      if (!response.ok) {
        // Slack answers e.g. 404 "expired_url" or "used_url" (a response_url takes 5 posts in 30 min).
        const detail = (await response.text().catch(() => '')).slice(0, 200);
        throw new AppError(
          'upstream_error',
          `Slack response_url failed: HTTP ${response.status} ${detail}`.trim(),
          {
            details: { status: response.status },
          },
        );
      }
    },
  };
}
