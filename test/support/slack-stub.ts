/**
 * A local stand-in for Slack: the Web API methods the bot calls (chat.postMessage,
 * conversations.replies) and slash-command response URLs (/commands/...), on 127.0.0.1 with a
 * random port. Every call is recorded; failures can be scripted per method.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SlackThreadMessage } from '../../src/slack/client.ts';
import type { SlackDedupe } from '../../src/slack/deps.ts';

export type StubMethod = 'chat.postMessage' | 'conversations.replies' | 'response_url';

export interface StubCall {
  method: StubMethod;
  path: string;
  headers: IncomingMessage['headers'];
  /** JSON bodies parsed; form bodies as an object of strings. */
  body: Record<string, any>;
}

export interface SlackStub {
  /** `http://127.0.0.1:<port>` — allow it in `allowedResponseHosts` to receive responses. */
  origin: string;
  /** Base for the Web API, to pass as `apiUrl`. */
  apiUrl: string;
  /** A response_url on the stub. */
  responseUrl(id?: string): string;
  calls: StubCall[];
  callsTo(method: StubMethod): StubCall[];
  /** Messages `conversations.replies` returns for the thread (channel, ts). */
  setThread(channel: string, ts: string, messages: SlackThreadMessage[]): void;
  /** The next call to `method` fails: `{ ok: false, error }` with HTTP 200 for API methods, `status` for response_url. */
  failNext(method: StubMethod, failure: { error?: string; status?: number }): void;
  close(): Promise<void>;
}

export async function startSlackStub(options: { token?: string } = {}): Promise<SlackStub> {
  const calls: StubCall[] = [];
  const threads = new Map<string, SlackThreadMessage[]>();
  const failures = new Map<StubMethod, { error?: string; status?: number }>();
  let seq = 0;

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://stub').pathname;
    const method: StubMethod | null =
      path === '/api/chat.postMessage'
        ? 'chat.postMessage'
        : path === '/api/conversations.replies'
          ? 'conversations.replies'
          : path.startsWith('/commands/')
            ? 'response_url'
            : null;
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!method || req.method !== 'POST') return json(404, { ok: false, error: 'unknown_method' });

    const isForm = (req.headers['content-type'] ?? '').startsWith(
      'application/x-www-form-urlencoded',
    );
    const body = isForm ? Object.fromEntries(new URLSearchParams(raw)) : raw ? JSON.parse(raw) : {};
    calls.push({ method, path, headers: req.headers, body });

    const failure = failures.get(method);
    failures.delete(method);
    if (method === 'response_url') {
      if (failure) {
        res.writeHead(failure.status ?? 500, { 'content-type': 'text/plain' });
        return res.end(failure.error ?? 'internal_error');
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('ok');
    }
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`)
      return json(200, { ok: false, error: 'invalid_auth' });
    if (failure)
      return json(failure.status ?? 200, { ok: false, error: failure.error ?? 'internal_error' });
    if (method === 'chat.postMessage') {
      seq += 1;
      return json(200, {
        ok: true,
        channel: body.channel,
        ts: `1700000000.${String(seq).padStart(6, '0')}`,
        message: { text: body.text },
      });
    }
    return json(200, {
      ok: true,
      messages: threads.get(`${body.channel}/${body.ts}`) ?? [],
      has_more: false,
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    apiUrl: `${origin}/api`,
    responseUrl: (id = 'T1DC2JH3J/1/abc') => `${origin}/commands/${id}`,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    setThread: (channel, ts, messages) => void threads.set(`${channel}/${ts}`, messages),
    failNext: (method, failure) => void failures.set(method, failure),
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** In-memory `dedupe` for tests (the app's persistent one lives in SQL). */
export function createMemoryDedupe(
  now: () => number = Date.now,
): SlackDedupe & { claimed: string[] } {
  const expiries = new Map<string, number>();
  const claimed: string[] = [];
  return {
    claimed,
    async claim(eventId, ttlSeconds) {
      const expiry = expiries.get(eventId);
      if (expiry !== undefined && expiry > now()) return false;
      expiries.set(eventId, now() + ttlSeconds * 1000);
      claimed.push(eventId);
      return true;
    },
  };
}

/** Signs like Slack does, with node:crypto — independent of the Web Crypto code under test. */
export function signSlackRequest(
  signingSecret: string,
  rawBody: string,
  timestamp: number | string,
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

/** Collects `runInBackground` tasks so a test can wait for the answers. */
export function createBackground(): {
  runInBackground: (task: Promise<unknown>) => void;
  settle: () => Promise<void>;
  tasks: Promise<unknown>[];
} {
  const tasks: Promise<unknown>[] = [];
  return {
    tasks,
    runInBackground: (task) => void tasks.push(task),
    async settle() {
      // Tasks may schedule further tasks; loop until no new ones appear.
      let seen = -1;
      while (seen !== tasks.length) {
        seen = tasks.length;
        await Promise.allSettled(tasks);
      }
    },
  };
}
