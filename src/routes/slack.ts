import { errorBody } from '../errors.ts';
/**
 * Slack sub-app (mounted at /slack): POST /commands (slash commands, form-encoded) and
 * POST /events (Events API, JSON). Every request is verified against the signing secret on the
 * raw body before anything is parsed; then the handler acks at once and answers in the background.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_ASK_TIMEOUT_MS } from '../slack/ask.ts';
import { createSlackClient, DEFAULT_SLACK_API_URL } from '../slack/client.ts';
import { createCommandHandler } from '../slack/commands.ts';
import { consoleLog, type SlackRoutesDeps } from '../slack/deps.ts';
import { createEventHandler } from '../slack/events.ts';
import { DEFAULT_ALLOWED_RESPONSE_HOSTS } from '../slack/response-url.ts';
import { verifySlackRequest } from '../slack/verify.ts';

export type { SlackRoutesDeps } from '../slack/deps.ts';

/** Slack's payloads are a few KB; anything far larger is not from Slack. */
const MAX_BODY_BYTES = 1024 * 1024;

type Env = { Variables: { rawBody: string } };

export function createSlackRoutes(deps: SlackRoutesDeps): Hono<Env> {
  const log = deps.log ?? consoleLog;
  const now = deps.now ?? Date.now;
  const askTimeoutMs = deps.askTimeoutMs ?? DEFAULT_ASK_TIMEOUT_MS;
  const runInBackground = (task: Promise<unknown>) =>
    // The tasks report their own failures; this catch only keeps a bug from becoming an unhandled rejection.
    deps.runInBackground(
      task.catch((error: unknown) =>
        log('error', 'slack background task crashed', { error: String(error) }),
      ),
    );
  const apiClient = createSlackClient({
    token: deps.botToken,
    apiUrl: deps.apiUrl ?? DEFAULT_SLACK_API_URL,
    fetch: deps.fetch,
  });

  const handleCommand = createCommandHandler({
    asker: deps.asker,
    client: apiClient,
    allowedResponseHosts: deps.allowedResponseHosts ?? DEFAULT_ALLOWED_RESPONSE_HOSTS,
    runInBackground,
    rateLimit: deps.rateLimit,
    log,
    askTimeoutMs,
    digest: deps.digest,
  });
  const handleEvent = createEventHandler({
    asker: deps.asker,
    client: deps.botToken ? apiClient : undefined,
    dedupe: deps.dedupe,
    runInBackground,
    rateLimit: deps.rateLimit,
    log,
    askTimeoutMs,
  });

  const app = new Hono<Env>();

  // Counts the bytes as they stream in (a missing or understated content-length does not get a
  // huge body past the limit), before the signature check buffers the body.
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, 413, 'payload_too_large', 'Request body too large'),
    }),
  );

  app.use('*', async (c, next) => {
    const timestamp = c.req.header('x-slack-request-timestamp');
    const signature = c.req.header('x-slack-signature');
    // Read once, as text: the signature covers the exact bytes, so nothing may parse them first.
    const rawBody = await c.req.text();
    const valid = await verifySlackRequest({
      signingSecret: deps.signingSecret,
      timestamp,
      signature,
      rawBody,
      now,
    });
    if (!valid) {
      log('warn', 'slack request rejected: signature not verified', {
        path: c.req.path,
        has_signature: Boolean(signature),
        has_timestamp: Boolean(timestamp),
      });
      return errorResponse(c, 401, 'unauthorized', 'Slack request signature could not be verified');
    }
    c.set('rawBody', rawBody);
    await next();
  });

  app.post('/commands', async (c) => {
    const form = new URLSearchParams(c.get('rawBody'));
    // Slack checks the certificate of a newly configured URL with this request; it wants a 200.
    if (form.get('ssl_check') === '1') return c.body(null, 200);
    return c.json(await handleCommand(form));
  });

  app.post('/events', async (c) => {
    let payload: unknown;
    try {
      payload = JSON.parse(c.get('rawBody'));
    } catch {
      return errorResponse(c, 400, 'bad_request', 'Slack event body is not JSON');
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
      return errorResponse(c, 400, 'bad_request', 'Slack event body must be a JSON object');
    const body = await handleEvent(payload, {
      retryNum: c.req.header('x-slack-retry-num'),
      retryReason: c.req.header('x-slack-retry-reason'),
    });
    return c.json(body);
  });

  return app;
}

/**
 * Mounted instead of createSlackRoutes when SLACK_SIGNING_SECRET is unset, so /slack/* explains
 * itself rather than answering a generic 404.
 */
export function createDisabledSlackRoutes(): Hono {
  const app = new Hono();
  app.all('*', (c) =>
    c.json(
      errorBody('not_found', 'Slack integration is not configured (set SLACK_SIGNING_SECRET)'),
      404,
    ),
  );
  return app;
}

// A response rather than a thrown AppError: this sub-app is also used on its own (tests, other
// hosts), where the parent's onError is absent, and the body must match the app's error shape.
function errorResponse(
  c: Context,
  status: 400 | 401 | 413,
  code: string,
  message: string,
): Response {
  return c.json(errorBody(code, message), status);
}
