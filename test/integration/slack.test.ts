/**
 * The Slack sub-app end to end against a local Slack stand-in (test/support/slack-stub.ts):
 * signatures, slash commands via response_url, events answered in threads. The asker is a fake
 * returning canned responses, since the Slack layer is what is under test here.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AskRequest, AskResponse, Asker } from '../../src/domain.ts';
import {
  createDisabledSlackRoutes,
  createSlackRoutes,
  type SlackRoutesDeps,
} from '../../src/routes/slack.ts';
import type { Digest } from '../../src/digest/types.ts';
import type { DigestRequest } from '../../src/slack/digest.ts';
import {
  createBackground,
  createMemoryDedupe,
  signSlackRequest,
  startSlackStub,
  type SlackStub,
} from '../support/slack-stub.ts';

const SECRET = 'integration-signing-secret';
const BOT_TOKEN = 'xoxb-integration-token';
const BOT_USER = 'UBOTPOLICY';
const NOW_SECONDS = 1_700_000_000;
const fixture = (name: string): AskResponse =>
  JSON.parse(readFileSync(new URL(`../fixtures/slack/${name}`, import.meta.url), 'utf8'));

let stub: SlackStub;
beforeAll(async () => {
  stub = await startSlackStub({ token: BOT_TOKEN });
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.calls.length = 0;
});

interface FakeAsker extends Asker {
  requests: AskRequest[];
}

function fakeAsker(
  behaviour: { response?: AskResponse; delayMs?: number; error?: Error } = {},
): FakeAsker {
  const requests: AskRequest[] = [];
  return {
    requests,
    async ask(request) {
      requests.push(request);
      if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
      if (behaviour.error) throw behaviour.error;
      return behaviour.response ?? fixture('answer-shanghai.json');
    },
  };
}

function setup(options: { asker?: FakeAsker; deps?: Partial<SlackRoutesDeps> } = {}) {
  const asker = options.asker ?? fakeAsker();
  const background = createBackground();
  const dedupe = createMemoryDedupe(() => NOW_SECONDS * 1000);
  const fetched: string[] = [];
  const logs: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const app = createSlackRoutes({
    asker,
    signingSecret: SECRET,
    botToken: BOT_TOKEN,
    apiUrl: stub.apiUrl,
    allowedResponseHosts: ['hooks.slack.com', stub.origin],
    fetch: (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    },
    runInBackground: background.runInBackground,
    dedupe,
    now: () => NOW_SECONDS * 1000,
    log: (level, message, fields) => void logs.push({ level, message, fields }),
    ...options.deps,
  });

  const post = (
    path: string,
    body: string,
    init: {
      contentType: string;
      headers?: Record<string, string>;
      timestamp?: number;
      sign?: boolean;
    },
  ) =>
    app.request(path, {
      method: 'POST',
      headers: {
        'content-type': init.contentType,
        ...(init.sign === false
          ? {}
          : signSlackRequest(SECRET, body, init.timestamp ?? NOW_SECONDS)),
        ...init.headers,
      },
      body,
    });
  const command = (text: string, extra: Record<string, string> = {}) =>
    post('/commands', slashForm(text, extra), { contentType: 'application/x-www-form-urlencoded' });
  const event = (payload: unknown, headers: Record<string, string> = {}) =>
    post('/events', JSON.stringify(payload), { contentType: 'application/json', headers });

  return { app, asker, background, dedupe, fetched, logs, post, command, event };
}

function slashForm(text: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T1DC2JH3J',
    team_domain: 'climate-desk',
    channel_id: 'C0POLICY',
    channel_name: 'policy',
    user_id: 'U2CERLKJA',
    user_name: 'analyst',
    command: '/policy',
    text,
    response_url: stub.responseUrl(),
    trigger_id: '398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
    ...extra,
  }).toString();
}

function eventCallback(event: Record<string, unknown>, eventId = 'Ev01MENTION') {
  return {
    token: 'deprecated',
    team_id: 'T1DC2JH3J',
    api_app_id: 'A0POLICY',
    type: 'event_callback',
    event_id: eventId,
    event_time: NOW_SECONDS,
    authorizations: [{ team_id: 'T1DC2JH3J', user_id: BOT_USER, is_bot: true }],
    event,
  };
}

/** All mrkdwn texts of a recorded message's blocks. */
function blockTexts(body: Record<string, any>): string[] {
  return (body.blocks ?? []).flatMap((block: any) => [
    ...(block.text ? [block.text.text] : []),
    ...(block.fields ?? []).map((field: any) => field.text),
    ...(block.elements ?? []).map((element: any) => element.text),
  ]);
}

describe('Slack request verification', () => {
  it("accepts Slack's documented worked example (clock injected) and replies with usage for its empty text", async () => {
    const rawBody =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const { post, asker, fetched } = setup({
      deps: { signingSecret: '8f742231b10e8888abcd99yyyzzz85a5', now: () => 1531420618 * 1000 },
    });
    const response = await post('/commands', rawBody, {
      contentType: 'application/x-www-form-urlencoded',
      sign: false,
      headers: {
        'x-slack-request-timestamp': '1531420618',
        'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
      },
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('*/webhook-collect share <question>*');
    expect(asker.requests).toHaveLength(0);
    expect(fetched).toHaveLength(0);
  });

  const body = () => slashForm('What is the 2025 target?');
  const forgeries: [
    string,
    (post: ReturnType<typeof setup>['post']) => Response | Promise<Response>,
  ][] = [
    [
      'a forged signature',
      (post) =>
        post('/commands', body(), {
          contentType: 'application/x-www-form-urlencoded',
          headers: { 'x-slack-signature': `v0=${'0'.repeat(64)}` },
        }),
    ],
    [
      'a timestamp 6 minutes old',
      (post) =>
        post('/commands', body(), {
          contentType: 'application/x-www-form-urlencoded',
          timestamp: NOW_SECONDS - 360,
        }),
    ],
    [
      'missing headers',
      (post) =>
        post('/commands', body(), {
          contentType: 'application/x-www-form-urlencoded',
          sign: false,
        }),
    ],
    [
      'a body altered after signing',
      (post) =>
        post('/commands', body().replace('2025', '2030'), {
          contentType: 'application/x-www-form-urlencoded',
          headers: signSlackRequest(SECRET, body(), NOW_SECONDS),
        }),
    ],
    [
      'an unsigned event',
      (post) =>
        post(
          '/events',
          JSON.stringify(
            eventCallback({
              type: 'app_mention',
              user: 'U1',
              channel: 'C1',
              ts: '1.1',
              text: 'hi',
            }),
          ),
          { contentType: 'application/json', sign: false },
        ),
    ],
  ];
  for (const [name, send] of forgeries) {
    it(`answers 401 to ${name} and never asks`, async () => {
      const { post, asker, fetched, background } = setup();
      const response = await send(post);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: 'unauthorized', message: 'Slack request signature could not be verified' },
      });
      await background.settle();
      expect(asker.requests).toHaveLength(0);
      expect(fetched).toHaveLength(0);
    });
  }
});

describe('POST /commands', () => {
  it('acks within 3 s with "Searching…" while a slow answer is still coming, then posts the answer to response_url', async () => {
    const { command, asker, background } = setup({ asker: fakeAsker({ delayMs: 1500 }) });
    const started = performance.now();
    const response = await command('What is Shanghai’s 2025 non-fossil energy target?');
    const ackMs = performance.now() - started;

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: 'Searching…' });
    expect(ackMs).toBeLessThan(3000);
    expect(stub.callsTo('response_url')).toHaveLength(0); // the ack did not wait for the answer

    await background.settle();
    expect(asker.requests).toEqual([
      { question: 'What is Shanghai’s 2025 non-fossil energy target?' },
    ]);
    const [answer] = stub.callsTo('response_url');
    expect(answer.path).toBe('/commands/T1DC2JH3J/1/abc');
    expect(answer.body.response_type).toBe('ephemeral');
    const texts = blockTexts(answer.body);
    expect(
      texts.some((text) =>
        text.includes('Shanghai aims for non-fossil energy to reach *about 20%*'),
      ),
    ).toBe(true);
    expect(
      texts.some(
        (text) =>
          text.includes('Shanghai Implementation Plan for Carbon Peaking') && text.includes('p. 4'),
      ),
    ).toBe(true);
    expect(texts).toContain('*non-fossil energy share of energy consumption*: ≈20% (2025)');
  });

  it('acknowledges a Chinese question in Chinese', async () => {
    const { command, background } = setup();
    const response = await command('上海2025年非化石能源目标是多少？');
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: '正在检索…' });
    await background.settle();
  });

  it('"share" posts the answer in the channel', async () => {
    const { command, asker, background } = setup();
    await command('share What is Shanghai’s 2025 target?');
    await background.settle();
    expect(asker.requests[0].question).toBe('What is Shanghai’s 2025 target?');
    expect(stub.callsTo('response_url')[0].body.response_type).toBe('in_channel');
  });

  it('"compare" asks for the comparison and renders the returned table', async () => {
    const { command, asker, background } = setup({
      asker: fakeAsker({ response: fixture('compare-table.json') }),
    });
    await command('compare Shanghai Guangdong renewable energy');
    await background.settle();
    expect(asker.requests[0].question).toBe(
      'Compare Shanghai and Guangdong renewable energy targets',
    );
    const table = blockTexts(stub.callsTo('response_url')[0].body).find((text) =>
      text.includes('```'),
    );
    expect(table).toMatch(/metric\s+Shanghai\s+Guangdong/);
    expect(table).toMatch(/non-fossil energy share \(2025\)\s+≈20%\s+≥32%/);
  });

  describe('/policy digest', () => {
    const digestFixture = (period: { from: string; to: string }): Digest => ({
      period,
      scope: {},
      mode: 'extractive',
      documents: [
        {
          id: 'hebei',
          title: 'Implementation Plan of Hebei',
          issuer: null,
          date: '2024-08-28',
          region: 'Hebei',
          level: 'provincial',
          kind: 'implementation_plan',
          sectors: [],
          language: 'en',
          url: null,
        },
      ],
      sections: [
        { kind: 'top', title: 'Top News', items: [] },
        {
          kind: 'subnational',
          title: 'Subnational Updates',
          items: [
            {
              type: 'document',
              text: 'Hebei: issued _Implementation Plan of Hebei_ [1].',
              citations: [1],
              targets: [],
              regions: ['Hebei'],
              bullets: [
                {
                  target_year: 2024,
                  text: 'Subsidy per vehicle for buying an NEV: **20,000 yuan** [2]',
                  citations: [2],
                },
              ],
            },
          ],
        },
        { kind: 'revised', title: 'Revised Targets', items: [] },
        { kind: 'perspectives', title: 'Perspectives', items: [] },
      ],
      citations: [
        {
          n: 1,
          document_id: 'hebei',
          chunk_id: 'hebei:0',
          title: 'Implementation Plan of Hebei',
          issuer: null,
          date: '2024-08-28',
          region: 'Hebei',
          url: null,
          page: null,
          heading: null,
          quote: 'Implementation Plan of Hebei',
          start: 2,
          end: 30,
        },
        {
          n: 2,
          document_id: 'hebei',
          chunk_id: 'hebei:3',
          title: 'Implementation Plan of Hebei',
          issuer: null,
          date: '2024-08-28',
          region: 'Hebei',
          url: null,
          page: null,
          heading: null,
          quote: 'shall receive a subsidy of 20,000 yuan',
          start: 500,
          end: 538,
        },
      ],
      verification: { checked_numbers: 1, verified_items: 1, dropped_sentences: 0 },
      timings_ms: { total: 3 },
    });
    const provider = () => {
      const requests: DigestRequest[] = [];
      const digest = async (request: DigestRequest) => {
        requests.push(request);
        return digestFixture({
          from: request.from ?? '2024-07-01',
          to: request.to ?? '2024-08-31',
        });
      };
      return { requests, digest };
    };

    it('acks at once, then posts the digest of the months asked for as Block Kit, only to the user', async () => {
      const { requests, digest } = provider();
      const { command, asker, background } = setup({ deps: { digest } });
      const ack = await (await command('digest 2024-07 2024-08')).json();
      expect(ack).toEqual({ response_type: 'ephemeral', text: 'Building the digest…' });
      await background.settle();
      expect(requests).toEqual([{ from: '2024-07-01', to: '2024-08-31' }]);
      expect(asker.requests).toEqual([]);
      const body = stub.callsTo('response_url')[0].body;
      expect(body.response_type).toBe('ephemeral');
      const texts = blockTexts(body);
      expect(texts[0]).toContain('*Policy digest 2024-07-01 – 2024-08-31*');
      expect(texts).toContain('*Subnational Updates*');
      expect(texts.join('\n')).toContain(
        '• 2024: Subsidy per vehicle for buying an NEV: *20,000 yuan* [2]',
      );
      expect(texts.join('\n')).toContain('[2] Implementation Plan of Hebei · 2024-08-28');
      expect(texts).not.toContain('*Top News*');
    });

    it('"share digest" without dates posts the latest digest in the channel', async () => {
      const { requests, digest } = provider();
      const { command, background } = setup({ deps: { digest } });
      await command('share digest');
      await background.settle();
      expect(requests).toEqual([{ from: undefined, to: undefined }]);
      expect(stub.callsTo('response_url')[0].body.response_type).toBe('in_channel');
    });

    it.each([
      ['digest 2024-09 2024-07', /starts \(2024-09-01\) after it ends \(2024-07-31\)/],
      ['digest July', /Dates must be YYYY-MM-DD or YYYY-MM/],
    ])('refuses "%s" at once, building nothing', async (text, message) => {
      const { requests, digest } = provider();
      const { command, background } = setup({ deps: { digest } });
      const body = await (await command(text)).json();
      expect(body.text).toMatch(message);
      await background.settle();
      expect(requests).toEqual([]);
      expect(stub.callsTo('response_url')).toEqual([]);
    });
  });

  it('replies with usage at once for "help", without asking or fetching', async () => {
    const { command, asker, fetched, background } = setup();
    const body = await (await command('help')).json();
    expect(body.text).toContain('*/policy compare <region> <region> [topic]*');
    expect(background.tasks).toHaveLength(0);
    expect(asker.requests).toHaveLength(0);
    expect(fetched).toHaveLength(0);
  });

  it('refuses a response_url on a host that is not allowed, and fetches nothing', async () => {
    const { command, asker, fetched, background, logs } = setup();
    const response = await command('What is the 2025 target?', {
      response_url: 'https://attacker.example.com/commands/T1/2/abc',
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/refused/);
    await background.settle();
    expect(asker.requests).toHaveLength(0);
    expect(fetched).toHaveLength(0);
    expect(logs.find((log) => log.level === 'warn')?.fields?.response_host).toBe(
      'attacker.example.com',
    );
  });

  it('tells a user who is rate limited to slow down, without asking', async () => {
    const keys: string[] = [];
    const { command, asker } = setup({
      deps: { rateLimit: { take: (key) => (keys.push(key), false) } },
    });
    const body = await (await command('What is the 2025 target?')).json();
    expect(body.text).toMatch(/faster than I can answer/);
    expect(keys).toEqual(['slack:U2CERLKJA']);
    expect(asker.requests).toHaveLength(0);
  });

  it('tells the user in Slack when answering fails, and logs it', async () => {
    const { command, background, logs } = setup({
      asker: fakeAsker({ error: new Error('connection refused to 10.0.0.5') }),
    });
    await command('What is the 2025 target?');
    await background.settle();
    const [report] = stub.callsTo('response_url');
    expect(report.body.text).toBe(
      'Sorry, I could not answer that: something went wrong on our side. The error has been logged.',
    );
    expect(JSON.stringify(report.body)).not.toContain('10.0.0.5'); // internals stay in the log
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'slash command failed',
        fields: expect.objectContaining({ error: 'connection refused to 10.0.0.5' }),
      }),
    );
  });

  it('reports a response_url that rejects the answer by trying once more with the error, and logs both', async () => {
    const { command, background, logs } = setup();
    stub.failNext('response_url', { status: 500, error: 'internal_error' });
    await command('What is the 2025 target?');
    await background.settle();
    const calls = stub.callsTo('response_url');
    expect(calls).toHaveLength(2);
    expect(calls[1].body.text).toMatch(
      /^Sorry, I could not answer that: Slack response_url failed: HTTP 500 internal_error/,
    );
    expect(logs.filter((log) => log.level === 'error').map((log) => log.message)).toEqual([
      'slash command failed',
    ]);
  });

  it("answers Slack's ssl_check with an empty 200", async () => {
    const { post } = setup();
    const response = await post('/commands', 'ssl_check=1&token=x', {
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('POST /events', () => {
  const mention = {
    type: 'app_mention',
    user: 'U2CERLKJA',
    channel: 'C0POLICY',
    ts: '1700000000.000100',
    text: `<@${BOT_USER}> What is Shanghai's 2025 non-fossil target?`,
  };

  it('echoes the url_verification challenge', async () => {
    const { event } = setup();
    const response = await event({
      token: 'x',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    expect(await response.json()).toEqual({
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
    });
  });

  it('answers a mention in its thread, with the mention stripped from the question', async () => {
    const { event, asker, background } = setup({ asker: fakeAsker({ delayMs: 200 }) });
    const response = await event(eventCallback(mention));
    expect(response.status).toBe(200);
    expect(stub.callsTo('chat.postMessage')).toHaveLength(0); // acked before answering
    await background.settle();

    expect(asker.requests).toEqual([{ question: "What is Shanghai's 2025 non-fossil target?" }]);
    expect(stub.callsTo('conversations.replies')).toHaveLength(0);
    const [post] = stub.callsTo('chat.postMessage');
    expect(post.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(post.body).toMatchObject({ channel: 'C0POLICY', thread_ts: '1700000000.000100' });
    expect(post.body.text).toContain('about 20%');
    expect(
      blockTexts(post.body).some((text) =>
        text.includes('Shanghai Implementation Plan for Carbon Peaking'),
      ),
    ).toBe(true);
  });

  it('passes the earlier thread messages as history for a follow-up mention in a thread', async () => {
    stub.setThread('C0POLICY', '1700000000.000100', [
      {
        ts: '1700000000.000100',
        user: 'U2CERLKJA',
        text: `<@${BOT_USER}> What is Shanghai's 2025 non-fossil target?`,
      },
      {
        ts: '1700000000.000200',
        user: BOT_USER,
        bot_id: 'B0POLICY',
        text: 'Shanghai aims for about 20% by 2025 [1].',
      },
      { ts: '1700000000.000300', user: 'U2CERLKJA', text: `<@${BOT_USER}> And for 2030?` },
    ]);
    const { event, asker, background } = setup();
    await event(
      eventCallback(
        {
          ...mention,
          ts: '1700000000.000300',
          thread_ts: '1700000000.000100',
          text: `<@${BOT_USER}> And for 2030?`,
        },
        'Ev02FOLLOWUP',
      ),
    );
    await background.settle();

    expect(stub.callsTo('conversations.replies')[0].body).toMatchObject({
      channel: 'C0POLICY',
      ts: '1700000000.000100',
    });
    expect(asker.requests).toEqual([
      {
        question: 'And for 2030?',
        history: [
          { role: 'user', content: "What is Shanghai's 2025 non-fossil target?" },
          { role: 'assistant', content: 'Shanghai aims for about 20% by 2025 [1].' },
        ],
      },
    ]);
    expect(stub.callsTo('chat.postMessage')[0].body.thread_ts).toBe('1700000000.000100');
  });

  it('still answers a follow-up when the thread cannot be read, and says so', async () => {
    stub.failNext('conversations.replies', { error: 'missing_scope' });
    const { event, asker, background, logs } = setup();
    await event(
      eventCallback(
        { ...mention, ts: '1700000000.000300', thread_ts: '1700000000.000100' },
        'Ev03NOHISTORY',
      ),
    );
    await background.settle();
    expect(asker.requests[0].history).toBeUndefined();
    expect(blockTexts(stub.callsTo('chat.postMessage')[0].body)).toContain(
      'I could not read the earlier messages of this thread, so I answered the question on its own.',
    );
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        fields: expect.objectContaining({
          error: 'Slack conversations.replies failed: missing_scope',
        }),
      }),
    );
  });

  it('answers a retried event once', async () => {
    const { event, asker, background } = setup();
    const first = await event(eventCallback(mention, 'Ev04RETRY'));
    const retry = await event(eventCallback(mention, 'Ev04RETRY'), {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await background.settle();
    expect(asker.requests).toHaveLength(1);
    expect(stub.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('ignores messages from bots, including its own, and edits', async () => {
    const { event, asker, background, dedupe } = setup();
    const dm = {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U2CERLKJA',
      ts: '1700000000.000500',
      text: 'hello',
    };
    await event(eventCallback({ ...dm, bot_id: 'B0OTHER', subtype: 'bot_message' }, 'Ev05A'));
    await event(eventCallback({ ...dm, user: BOT_USER }, 'Ev05B'));
    await event(
      eventCallback({ ...mention, bot_profile: { id: 'B0OTHER' }, bot_id: 'B0OTHER' }, 'Ev05C'),
    );
    await event(eventCallback({ ...dm, subtype: 'message_changed' }, 'Ev05D'));
    await background.settle();
    expect(asker.requests).toHaveLength(0);
    expect(dedupe.claimed).toHaveLength(0);
    expect(stub.calls).toHaveLength(0);
  });

  it('answers a direct message in the DM, threaded on the message', async () => {
    const { event, asker, background } = setup();
    await event(
      eventCallback(
        {
          type: 'message',
          channel_type: 'im',
          channel: 'D0DM',
          user: 'U2CERLKJA',
          ts: '1700000000.000600',
          text: '广东省2030年新能源汽车目标？',
        },
        'Ev06DM',
      ),
    );
    await background.settle();
    expect(asker.requests[0].question).toBe('广东省2030年新能源汽车目标？');
    expect(stub.callsTo('chat.postMessage')[0].body).toMatchObject({
      channel: 'D0DM',
      thread_ts: '1700000000.000600',
    });
  });

  it('tells the user in the thread when answering fails', async () => {
    const { event, background, logs } = setup({ asker: fakeAsker({ error: new Error('boom') }) });
    await event(eventCallback(mention, 'Ev07FAIL'));
    await background.settle();
    const [post] = stub.callsTo('chat.postMessage');
    expect(post.body).toMatchObject({
      channel: 'C0POLICY',
      thread_ts: '1700000000.000100',
      text: 'Sorry, I could not answer that: something went wrong on our side. The error has been logged.',
    });
    expect(logs.some((log) => log.level === 'error' && log.message === 'slack event failed')).toBe(
      true,
    );
  });

  it("treats Slack's { ok: false } on chat.postMessage as a failure: logged, and the user is told", async () => {
    stub.failNext('chat.postMessage', { error: 'msg_too_long' });
    const { event, background, logs } = setup();
    await event(eventCallback(mention, 'Ev08OKFALSE'));
    await background.settle();
    const posts = stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1].body.text).toBe(
      'Sorry, I could not answer that: Slack chat.postMessage failed: msg_too_long. The error has been logged.',
    );
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 'error',
        fields: expect.objectContaining({ error: 'Slack chat.postMessage failed: msg_too_long' }),
      }),
    );
    expect(JSON.stringify(logs)).not.toContain(BOT_TOKEN);
  });

  it('acks but logs an error when no bot token is configured', async () => {
    const { event, asker, background, logs } = setup({ deps: { botToken: undefined } });
    expect((await event(eventCallback(mention, 'Ev09NOTOKEN'))).status).toBe(200);
    await background.settle();
    expect(asker.requests).toHaveLength(0);
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'slack event cannot be answered: SLACK_BOT_TOKEN is not set',
      }),
    );
  });

  it('answers 400 to a body that is not JSON', async () => {
    const { post } = setup();
    const response = await post('/events', 'not json', { contentType: 'application/json' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('bad_request');
  });
});

describe('createDisabledSlackRoutes', () => {
  it('explains that Slack is not configured', async () => {
    const response = await createDisabledSlackRoutes().request('/events', {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        code: 'not_found',
        message: 'Slack integration is not configured (set SLACK_SIGNING_SECRET)',
      },
    });
  });
});
