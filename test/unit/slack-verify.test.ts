import { describe, expect, it } from 'vitest';
import { timingSafeEqual, verifySlackRequest } from '../../src/slack/verify.ts';
import { signSlackRequest } from '../support/slack-stub.ts';

// Slack's documented example: https://api.slack.com/authentication/verifying-requests-from-slack
const EXAMPLE = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  rawBody:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};
const atExampleTime =
  (offsetSeconds = 0) =>
  () =>
    (1531420618 + offsetSeconds) * 1000;

describe('verifySlackRequest', () => {
  it("accepts Slack's documented worked example with the clock at its timestamp", async () => {
    expect(await verifySlackRequest({ ...EXAMPLE, now: atExampleTime() })).toBe(true);
  });

  it('accepts a request signed 4 minutes 59 seconds ago or ahead', async () => {
    expect(await verifySlackRequest({ ...EXAMPLE, now: atExampleTime(299) })).toBe(true);
    expect(await verifySlackRequest({ ...EXAMPLE, now: atExampleTime(-299) })).toBe(true);
  });

  it('refuses a timestamp more than five minutes old or in the future (replay window)', async () => {
    expect(await verifySlackRequest({ ...EXAMPLE, now: atExampleTime(301) })).toBe(false);
    expect(await verifySlackRequest({ ...EXAMPLE, now: atExampleTime(-301) })).toBe(false);
    expect(await verifySlackRequest({ ...EXAMPLE, now: atExampleTime(6 * 60) })).toBe(false);
  });

  it('refuses when the body was altered after signing', async () => {
    const rawBody = EXAMPLE.rawBody.replace('text=&', 'text=drop%20table&');
    expect(await verifySlackRequest({ ...EXAMPLE, rawBody, now: atExampleTime() })).toBe(false);
  });

  it('refuses a signature made with another secret, or one hex digit off', async () => {
    const other = signSlackRequest('another-secret', EXAMPLE.rawBody, EXAMPLE.timestamp)[
      'x-slack-signature'
    ];
    expect(await verifySlackRequest({ ...EXAMPLE, signature: other, now: atExampleTime() })).toBe(
      false,
    );
    const oneOff = EXAMPLE.signature.slice(0, -1) + '4';
    expect(await verifySlackRequest({ ...EXAMPLE, signature: oneOff, now: atExampleTime() })).toBe(
      false,
    );
  });

  it('refuses missing headers, an empty secret, a wrong-length signature and a non-numeric timestamp', async () => {
    const now = atExampleTime();
    expect(await verifySlackRequest({ ...EXAMPLE, signature: undefined, now })).toBe(false);
    expect(await verifySlackRequest({ ...EXAMPLE, timestamp: null, now })).toBe(false);
    expect(await verifySlackRequest({ ...EXAMPLE, signingSecret: '', now })).toBe(false);
    expect(
      await verifySlackRequest({ ...EXAMPLE, signature: EXAMPLE.signature.slice(0, 20), now }),
    ).toBe(false);
    expect(await verifySlackRequest({ ...EXAMPLE, signature: `${EXAMPLE.signature}00`, now })).toBe(
      false,
    );
    expect(await verifySlackRequest({ ...EXAMPLE, timestamp: '1531420618.5', now })).toBe(false);
  });

  it('verifies what node:crypto signs, for a UTF-8 (Chinese) body', async () => {
    const rawBody = 'text=%E4%B8%8A%E6%B5%B7%202025%20目标';
    const headers = signSlackRequest('s3cret', rawBody, 1_700_000_000);
    const result = await verifySlackRequest({
      signingSecret: 's3cret',
      timestamp: headers['x-slack-request-timestamp'],
      signature: headers['x-slack-signature'],
      rawBody,
      now: () => 1_700_000_000_000,
    });
    expect(result).toBe(true);
  });
});

describe('timingSafeEqual', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('is true only for identical bytes of the same length', () => {
    expect(timingSafeEqual(bytes('v0=abc'), bytes('v0=abc'))).toBe(true);
    expect(timingSafeEqual(bytes('v0=abc'), bytes('v0=abd'))).toBe(false);
    expect(timingSafeEqual(bytes('v0=abc'), bytes('v0=ab'))).toBe(false);
    expect(timingSafeEqual(bytes(''), bytes(''))).toBe(true);
  });
});
