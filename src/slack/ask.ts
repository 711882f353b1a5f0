/**
 * Asking on behalf of a Slack user: a deadline (an answer that never comes would leave
 * "Searching…" on screen forever) and the reason shown to the user when it fails.
 */
import type { AskRequest, AskResponse, Asker } from '../domain.ts';
import { AppError, isAppError } from '../errors.ts';
import { MESSAGES, type Lang } from './messages.ts';

export const DEFAULT_ASK_TIMEOUT_MS = 120_000;
/** Longer questions are refused before asking; the HTTP API has the same order of limit. */
export { MAX_QUESTION_CHARS } from '../limits.ts';
const TIMEOUT = 'timeout';

/**
 * Calls the asker with an abort signal, and rejects with `AppError('upstream_error')` carrying
 * `details.reason = 'timeout'` after `timeoutMs` even if the asker ignores the signal.
 */
export async function askWithTimeout(
  asker: Asker,
  request: AskRequest,
  timeoutMs: number,
): Promise<AskResponse> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new AppError('upstream_error', 'The answer took too long', {
          details: { reason: TIMEOUT },
        }),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([asker.ask(request, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The sentence shown to the user. An `AppError` message is safe to show by contract; anything
 * else is an unexpected failure whose message may hold internals, so it is only logged.
 */
export function failureReason(error: unknown, lang: Lang): string {
  const text = MESSAGES[lang];
  if (isAppError(error)) {
    const details = error.details as { reason?: string } | undefined;
    if (details?.reason === TIMEOUT) return text.timedOut;
    return /[.。!?！？]$/.test(error.message) ? error.message : `${error.message}.`;
  }
  return text.unexpected;
}

/** Error fields for logs: name, message and code, never the request or a token. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (isAppError(error))
    return { error_code: error.code, error: error.message, details: error.details };
  if (error instanceof Error) return { error: error.message, error_name: error.name };
  return { error: String(error) };
}
