/**
 * Slack request signing (https://api.slack.com/authentication/verifying-requests-from-slack).
 * Web Crypto only, so the same check runs on Node and on Workers.
 */

/** Slack's replay window: requests signed more than five minutes away from our clock are refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface VerifySlackRequestInput {
  signingSecret: string;
  /** `X-Slack-Request-Timestamp` header: Unix time in seconds, as sent. */
  timestamp: string | null | undefined;
  /** `X-Slack-Signature` header: `v0=` + 64 hex characters. */
  signature: string | null | undefined;
  /** The body exactly as received, before any parsing or decoding. */
  rawBody: string;
  /** Clock in milliseconds (default `Date.now`); injected by tests. */
  now?: () => number;
}

const encoder = new TextEncoder();

/**
 * True when `signature` is Slack's HMAC-SHA256 over `v0:{timestamp}:{rawBody}` with the signing
 * secret and the timestamp is within five minutes of `now`. Never throws: a missing header, an
 * empty secret, a malformed timestamp or a signature of the wrong length is simply `false`.
 */
export async function verifySlackRequest(input: VerifySlackRequestInput): Promise<boolean> {
  const { signingSecret, timestamp, signature, rawBody, now = Date.now } = input;
  if (!signingSecret || !timestamp || !signature) return false;
  // Digits only: `Number(' 1e9 ')` would accept forms Slack never sends.
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  const skew = Math.abs(now() / 1000 - Number(timestamp));
  if (!(skew <= MAX_CLOCK_SKEW_SECONDS)) return false;

  const expected = `v0=${await hmacSha256Hex(signingSecret, `v0:${timestamp}:${rawBody}`)}`;
  return timingSafeEqual(encoder.encode(expected), encoder.encode(signature));
}

/** Hex HMAC-SHA256 of `message` keyed by `secret`, both UTF-8. */
export async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Compares every byte whatever the first difference, so the time taken does not reveal how much
 * of a forged signature was right. The length is not secret (it is fixed by the scheme).
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}
