// @ts-check
/**
 * The HTTP API as the UI uses it. Every failure becomes an ApiError whose message is the
 * server's own `error.message` (shown to the user as is), or a network error.
 */
import { readEventStream } from './sse.js';
import { t } from './i18n.js';

/**
 * The API's shapes as the server declares them (type-only imports: nothing loads at run time).
 * @typedef {import('../../../domain.ts').AskRequest} AskRequest
 * @typedef {import('../../../domain.ts').SearchFilters} SearchFilters
 * @typedef {import('../../../targets/present.ts').PresentedTarget} PresentedTarget
 * @typedef {Omit<import('../../../domain.ts').AskResponse, 'targets'> & { targets: PresentedTarget[] }} AskResponse
 * @typedef {import('../../../domain.ts').Citation} Citation
 * @typedef {import('../../../domain.ts').Passage} Passage
 * @typedef {import('../../../store.ts').DocumentSummary} DocumentSummary
 * @typedef {import('../../../store.ts').DocumentDetail} DocumentDetail
 * @typedef {import('../../../digest/types.ts').Digest} Digest
 */

/**
 * What `askStream` calls as the answer streams in, each with its event's parsed payload.
 * @typedef {object} AskHandlers
 * @property {(payload: Pick<AskResponse, 'citations' | 'answerable' | 'mode'>) => void} [onCitations]
 * @property {(payload: { text: string }) => void} [onDelta]
 * @property {(payload: Pick<AskResponse, 'targets' | 'table'>) => void} [onTargets]
 * @property {(response: AskResponse) => void} [onDone]
 */

export class ApiError extends Error {
  /** @param {string} code @param {string} message @param {number} [status] */
  constructor(code, message, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/**
 * True for the rejection of a request its AbortController cancelled (not a failure to show).
 * @param {unknown} error
 */
export function isAbort(error) {
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  );
}

/**
 * A failure's message for the user: the server's own, else "the server could not be reached".
 * @param {unknown} error
 */
export function failureMessage(error) {
  return (error instanceof Error && error.message) || t('networkError');
}

/** @param {Response} response */
async function failure(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy page, an empty body): fall back to the status line.
  }
  const error = body && typeof body === 'object' ? body.error : null;
  return new ApiError(
    error?.code ?? 'http_' + response.status,
    error?.message ?? `${response.status} ${response.statusText}`.trim(),
    response.status,
  );
}

/**
 * @param {string} url
 * @param {RequestInit} init
 */
async function request(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('network', '');
  }
  if (!response.ok) throw await failure(response);
  return response;
}

/**
 * GET a JSON resource.
 * @param {string} url
 * @param {AbortSignal} [signal]
 * @returns {Promise<any>} the parsed body, of the shape the route declares
 */
export async function getJson(url, signal) {
  return (await request(url, { headers: { accept: 'application/json' }, signal })).json();
}

/**
 * POST JSON, returning the JSON reply.
 * @param {string} url
 * @param {unknown} body
 * @returns {Promise<any>} the parsed reply, of the shape the route declares
 */
export async function postJson(url, body) {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

/**
 * POST /api/ask as a stream. Handlers get the parsed payload of each event: onCitations
 * {citations, answerable, mode}, onDelta {text}, onTargets {targets, table}, onDone (the full
 * AskResponse). An `error` event rejects with an ApiError. A server that answers with plain JSON
 * (no stream) is handled as a single `done`.
 * @param {AskRequest} body
 * @param {AskHandlers} handlers
 * @param {AbortSignal} [signal]
 * @returns {Promise<AskResponse>}
 */
export async function askStream(body, handlers, signal) {
  const response = await request('/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  });
  if (
    !(response.headers.get('content-type') ?? '').includes('text/event-stream') ||
    !response.body
  ) {
    const full = await response.json();
    handlers.onDone?.(full);
    return full;
  }
  let final = null;
  let streamError = null;
  await readEventStream(response.body, (name, data) => {
    let payload;
    try {
      payload = JSON.parse(data);
    } catch {
      return; // A malformed event is skipped; `done` carries the full answer anyway.
    }
    if (name === 'citations') handlers.onCitations?.(payload);
    else if (name === 'delta') handlers.onDelta?.(payload);
    else if (name === 'targets') handlers.onTargets?.(payload);
    else if (name === 'done') {
      final = payload;
      handlers.onDone?.(payload);
    } else if (name === 'error')
      streamError = new ApiError(
        payload?.error?.code ?? 'internal',
        payload?.error?.message ?? 'internal error',
      );
  });
  if (streamError) throw streamError;
  if (!final) throw new ApiError('incomplete', 'the answer stream ended early');
  return final;
}
