/**
 * Slack Events API: `url_verification`, mentions in channels (`app_mention`) and direct messages
 * (`message` with `channel_type: 'im'`). The HTTP reply is an immediate ack; the answer is posted
 * to the message's thread from `runInBackground`. Slack retries an event it thinks was not acked
 * (X-Slack-Retry-Num), so every event is claimed by `event_id` before it is answered.
 */
import type { Asker, ChatTurn } from '../domain.ts';
import { MAX_QUESTION_CHARS, askWithTimeout, errorFields, failureReason } from './ask.ts';
import type { SlackMessage } from './block-kit.ts';
import { renderAnswer, renderText } from './blocks.ts';
import type { SlackClient, SlackThreadMessage } from './client.ts';
import type { SlackDedupe, SlackLog, SlackRateLimit } from './deps.ts';
import { MESSAGES, detectLang, usageText } from './messages.ts';
import { decodeSlackText, questionFromSlackText } from './slack-text.ts';

/** How long an event id is remembered: Slack retries within minutes, an hour is ample. */
export const DEDUPE_TTL_SECONDS = 3600;
/** Earlier thread messages passed as history: enough for follow-ups, bounded for the prompt. */
import { MAX_SLACK_HISTORY_TURNS as MAX_HISTORY_TURNS } from '../limits.ts';

export { MAX_HISTORY_TURNS };
const MAX_TURN_CHARS = 2000;

/** The fields of a message or app_mention event the bot reads. */
export interface SlackEvent {
  type?: string;
  subtype?: string;
  channel?: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  bot_profile?: unknown;
  text?: string;
  ts?: string;
  thread_ts?: string;
}

// Subtypes that are still a person writing; everything else (message_changed, message_deleted,
// channel_join, ...) is housekeeping and must not trigger an answer.
const PERSON_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

/**
 * Why an event gets no answer, or `null` if it should be answered. Bots (including this one) are
 * ignored, so two bots cannot answer each other forever. Plain `message` events count only in
 * DMs: in channels the same message also arrives as `app_mention`, which is the one answered.
 */
export function ignoreReason(event: SlackEvent, botUserId: string | undefined): string | null {
  if (event.type !== 'app_mention' && event.type !== 'message')
    return `unsupported event type ${event.type}`;
  if (event.type === 'message' && event.channel_type !== 'im') return 'message outside a DM';
  if (event.bot_id || event.bot_profile || event.subtype === 'bot_message')
    return 'message from a bot';
  if (botUserId && event.user === botUserId) return 'own message';
  if (event.subtype && !PERSON_SUBTYPES.has(event.subtype)) return `subtype ${event.subtype}`;
  if (!event.user || !event.channel || !event.ts) return 'missing user, channel or ts';
  return null;
}

/**
 * Thread messages before `before` as chat turns, oldest first, the last `MAX_HISTORY_TURNS`:
 * bot messages are the assistant, everyone else the user (with the bot mention removed).
 */
export function threadHistory(
  messages: SlackThreadMessage[],
  options: { botUserId?: string; before: string },
): ChatTurn[] {
  const turns: ChatTurn[] = [];
  for (const message of [...messages].sort((a, b) => compareTs(a.ts, b.ts))) {
    if (compareTs(message.ts, options.before) >= 0) continue;
    const fromBot =
      Boolean(message.bot_id || message.bot_profile || message.subtype === 'bot_message') ||
      (options.botUserId !== undefined && message.user === options.botUserId);
    if (message.subtype && !fromBot && !PERSON_SUBTYPES.has(message.subtype)) continue;
    const content = fromBot
      ? decodeSlackText(message.text ?? '').trim()
      : questionFromSlackText(message.text ?? '', options.botUserId);
    if (content)
      turns.push({
        role: fromBot ? 'assistant' : 'user',
        content: content.slice(0, MAX_TURN_CHARS),
      });
  }
  return turns.slice(-MAX_HISTORY_TURNS);
}

/** Orders Slack timestamps ("1531420618.000200") exactly; as floats they lose the last digits. */
export function compareTs(a: string, b: string): number {
  const [aSeconds = '0', aMicros = ''] = a.split('.');
  const [bSeconds = '0', bMicros = ''] = b.split('.');
  return (
    Number(aSeconds) - Number(bSeconds) ||
    Number(aMicros.padEnd(6, '0')) - Number(bMicros.padEnd(6, '0'))
  );
}

export interface EventHandlerDeps {
  asker: Asker;
  /** Absent when no bot token is configured: events are then acked and logged, not answered. */
  client?: SlackClient;
  dedupe: SlackDedupe;
  runInBackground: (task: Promise<unknown>) => void;
  rateLimit?: SlackRateLimit;
  log: SlackLog;
  askTimeoutMs: number;
}

/** Request metadata Slack sends with retries. */
export interface EventDelivery {
  retryNum?: string | null;
  retryReason?: string | null;
}

/**
 * Returns the handler for a verified Events API payload; it resolves to the JSON body of the
 * 200 reply once the event is acked (claimed and scheduled, or ignored). Throws `TypeError`
 * for a payload that is not an object.
 */
export function createEventHandler(
  deps: EventHandlerDeps,
): (payload: unknown, delivery?: EventDelivery) => Promise<Record<string, unknown>> {
  return async (payload, delivery = {}) => {
    if (typeof payload !== 'object' || payload === null)
      throw new TypeError('Slack event payload must be a JSON object');
    const envelope = payload as {
      type?: string;
      challenge?: unknown;
      event_id?: string;
      event?: SlackEvent;
      authorizations?: { user_id?: string }[];
    };
    if (envelope.type === 'url_verification')
      return { challenge: String(envelope.challenge ?? '') };
    if (envelope.type !== 'event_callback' || !envelope.event) {
      deps.log('debug', 'slack payload ignored', { type: envelope.type });
      return { ok: true };
    }

    const event = envelope.event;
    const botUserId = envelope.authorizations?.[0]?.user_id;
    const fields = {
      event_id: envelope.event_id,
      event_type: event.type,
      channel: event.channel,
      user: event.user,
      retry_num: delivery.retryNum ?? undefined,
    };
    const reason = ignoreReason(event, botUserId);
    if (reason || !envelope.event_id) {
      deps.log('debug', 'slack event ignored', { ...fields, reason: reason ?? 'missing event_id' });
      return { ok: true };
    }
    if (!(await deps.dedupe.claim(envelope.event_id, DEDUPE_TTL_SECONDS))) {
      deps.log('info', 'slack event already claimed; not answering again', {
        ...fields,
        retry_reason: delivery.retryReason ?? undefined,
      });
      return { ok: true };
    }
    if (!deps.client) {
      deps.log('error', 'slack event cannot be answered: SLACK_BOT_TOKEN is not set', fields);
      return { ok: true };
    }
    deps.runInBackground(
      answerEvent(
        { ...deps, client: deps.client },
        event as SlackEvent & { channel: string; ts: string },
        botUserId,
        fields,
      ),
    );
    return { ok: true };
  };
}

async function answerEvent(
  deps: EventHandlerDeps & { client: SlackClient },
  event: SlackEvent & { channel: string; ts: string },
  botUserId: string | undefined,
  fields: Record<string, unknown>,
): Promise<void> {
  const started = Date.now();
  const question = questionFromSlackText(event.text ?? '', botUserId);
  const lang = detectLang(question);
  const text = MESSAGES[lang];
  const reply = (message: SlackMessage) =>
    deps.client.postMessage({
      channel: event.channel,
      thread_ts: event.thread_ts ?? event.ts,
      ...message,
    });

  try {
    if (!question) return void (await reply(renderText(usageText())));
    if (question.length > MAX_QUESTION_CHARS)
      return void (await reply(renderText(text.tooLong(MAX_QUESTION_CHARS))));
    if (deps.rateLimit && !(await deps.rateLimit.take(`slack:${event.user}`))) {
      deps.log('info', 'slack event rate limited', fields);
      return void (await reply(renderText(text.slowDown)));
    }

    const notes: string[] = [];
    let history: ChatTurn[] = [];
    if (event.thread_ts && event.thread_ts !== event.ts) {
      try {
        history = threadHistory(
          await deps.client.replies({ channel: event.channel, ts: event.thread_ts }),
          { botUserId, before: event.ts },
        );
      } catch (error) {
        // A follow-up without its context is still worth answering; say so rather than fail.
        deps.log('warn', 'slack thread history unavailable', { ...fields, ...errorFields(error) });
        notes.push(text.historyUnavailable);
      }
    }

    const response = await askWithTimeout(
      deps.asker,
      history.length > 0 ? { question, history } : { question },
      deps.askTimeoutMs,
    );
    await reply(renderAnswer(response, { lang, notes }));
    deps.log('info', 'slack event answered', {
      ...fields,
      history_turns: history.length,
      answerable: response.answerable,
      ms: Date.now() - started,
    });
  } catch (error) {
    deps.log('error', 'slack event failed', {
      ...fields,
      ...errorFields(error),
      ms: Date.now() - started,
    });
    try {
      await reply(renderText(text.failed(failureReason(error, lang))));
    } catch (reportError) {
      deps.log('error', 'slack event failure could not be reported to the user', {
        ...fields,
        ...errorFields(reportError),
      });
    }
  }
}
