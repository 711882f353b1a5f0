import { describe, expect, it } from 'vitest';
import { createSlackClient } from '../../src/slack/client.ts';
import { isAppError } from '../../src/errors.ts';

const TOKEN = 'xoxb-test-secret-token';

/** A fetch that records requests and answers from a script, in order. */
function scriptedFetch(...responses: (() => Response)[]) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    requests.push({ url: String(input), init });
    const next = responses.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  }) as typeof fetch;
  return { fetchImpl, requests };
}
const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createSlackClient', () => {
  it('posts a message as JSON with the bot token in the Authorization header', async () => {
    const { fetchImpl, requests } = scriptedFetch(json({ ok: true, ts: '1700000000.000200' }));
    const client = createSlackClient({
      token: TOKEN,
      apiUrl: 'https://slack.test/api/',
      fetch: fetchImpl,
    });
    const result = await client.postMessage({
      channel: 'C1',
      thread_ts: '1700000000.000100',
      text: 'hello',
    });
    expect(result).toEqual({ ts: '1700000000.000200' });
    expect(requests[0].url).toBe('https://slack.test/api/chat.postMessage');
    expect(new Headers(requests[0].init.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(String(requests[0].init.body))).toMatchObject({
      channel: 'C1',
      thread_ts: '1700000000.000100',
      text: 'hello',
    });
  });

  it("treats Slack's HTTP 200 { ok: false } as a failure naming the method and error, without the token", async () => {
    const { fetchImpl } = scriptedFetch(json({ ok: false, error: 'channel_not_found' }));
    const client = createSlackClient({ token: TOKEN, fetch: fetchImpl });
    const error = await client.postMessage({ channel: 'C404', text: 'x' }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('upstream_error');
    expect((error as Error).message).toBe('Slack chat.postMessage failed: channel_not_found');
    expect(
      JSON.stringify({
        message: (error as Error).message,
        details: (error as { details?: unknown }).details,
      }),
    ).not.toContain(TOKEN);
  });

  it('fails on a non-2xx status such as a rate limit', async () => {
    const { fetchImpl } = scriptedFetch(() => new Response('', { status: 429 }));
    const client = createSlackClient({ token: TOKEN, fetch: fetchImpl });
    await expect(client.postMessage({ channel: 'C1', text: 'x' })).rejects.toThrow(
      'Slack chat.postMessage failed: http_429',
    );
  });

  it('reads thread replies as a form POST and follows the cursor', async () => {
    const { fetchImpl, requests } = scriptedFetch(
      json({
        ok: true,
        messages: [{ ts: '1.000001', text: 'a' }],
        has_more: true,
        response_metadata: { next_cursor: 'page2' },
      }),
      json({ ok: true, messages: [{ ts: '1.000002', text: 'b' }], has_more: false }),
    );
    const client = createSlackClient({ token: TOKEN, fetch: fetchImpl });
    const messages = await client.replies({ channel: 'C1', ts: '1.000001' });
    expect(messages.map((message) => message.text)).toEqual(['a', 'b']);
    expect(new URLSearchParams(String(requests[1].init.body)).get('cursor')).toBe('page2');
    expect(new URLSearchParams(String(requests[0].init.body)).get('ts')).toBe('1.000001');
  });

  it('refuses Web API calls without a token instead of sending an empty bearer', async () => {
    const { fetchImpl, requests } = scriptedFetch();
    const client = createSlackClient({ fetch: fetchImpl });
    await expect(client.postMessage({ channel: 'C1', text: 'x' })).rejects.toThrow(
      /SLACK_BOT_TOKEN/,
    );
    expect(requests).toHaveLength(0);
  });

  it('posts to a response_url without the token and fails on "expired_url"', async () => {
    const { fetchImpl, requests } = scriptedFetch(
      () => new Response('ok'),
      () => new Response('expired_url', { status: 404 }),
    );
    const client = createSlackClient({ token: TOKEN, fetch: fetchImpl });
    await client.respond('https://hooks.slack.com/commands/T1/2/abc', {
      response_type: 'in_channel',
      text: 'answer',
    });
    expect(new Headers(requests[0].init.headers).get('authorization')).toBeNull();
    expect(JSON.parse(String(requests[0].init.body))).toEqual({
      response_type: 'in_channel',
      text: 'answer',
    });
    await expect(
      client.respond('https://hooks.slack.com/commands/T1/2/abc', {
        response_type: 'ephemeral',
        text: 'x',
      }),
    ).rejects.toThrow('Slack response_url failed: HTTP 404 expired_url');
  });
});
