/**
 * `/policy` slash commands. Slack wants an answer within 3 seconds, so the handler replies at once
 * ("Searching…", usage, or a refusal) and answers later by POSTing to the command's response_url.
 *
 *   /policy <question>                        ephemeral answer
 *   /policy share <question>                  answer in the channel
 *   /policy compare <region> <region> [topic] "Compare A and B topic targets", rendered as a table
 *   /policy [share] digest [from] [to]        the digest of a period (src/slack/digest.ts)
 *   /policy | /policy help                    usage
 */
import { normalizeInline } from '../text/normalize.ts';
import { MAX_QUESTION_CHARS, askWithTimeout, errorFields, failureReason } from './ask.ts';
import { renderAnswer, renderText } from './blocks.ts';
import type { SlackClient } from './client.ts';
import type { SlackLog, SlackRateLimit } from './deps.ts';
import { MESSAGES, detectLang, usageText, type Lang } from './messages.ts';
import { isAllowedResponseUrl } from './response-url.ts';
import { decodeSlackText } from './slack-text.ts';
import type { Asker } from '../domain.ts';
import {
  parseDigestWords,
  renderDigest,
  type DigestProvider,
  type DigestRequest,
} from './digest.ts';

export type ParsedCommand =
  | { kind: 'help' }
  | { kind: 'ask'; question: string; share: boolean; compare: boolean }
  | { kind: 'digest'; request: DigestRequest; share: boolean }
  | { kind: 'invalid'; message: string };

const HELP = new Set(['help', '帮助', '?', '？']);
const SHARE = new Set(['share', '分享']);
const COMPARE = new Set(['compare', '对比', '比较']);
// "compare the 2025 and 2030 targets" is a question, not "compare <the> <2025>".
const NOT_A_REGION = new Set([
  'the',
  'how',
  'what',
  'which',
  'between',
  'a',
  'an',
  'its',
  'their',
  'to',
  'with',
]);
const JOINERS = new Set(['and', 'vs', 'vs.', 'versus', '&', '和', '与', '及']);

/** Parses the command text (already decoded from Slack markup and normalised). */
export function parseCommandText(text: string): ParsedCommand {
  let words = tokenize(text);
  if (words.length === 0 || (words.length === 1 && HELP.has(words[0].toLowerCase())))
    return { kind: 'help' };

  let share = false;
  if (SHARE.has(words[0].toLowerCase())) {
    share = true;
    words = words.slice(1);
    if (words.length === 0) return { kind: 'invalid', message: 'Add a question after `share`.' };
  }
  const digest = parseDigestWords(words);
  if (digest && 'invalid' in digest) return { kind: 'invalid', message: digest.invalid };
  if (digest) return { kind: 'digest', request: digest.request, share };
  if (!COMPARE.has(words[0].toLowerCase()))
    return { kind: 'ask', question: words.join(' '), share, compare: false };

  const rest = words.slice(1).filter((word, i) => !(i === 1 && JOINERS.has(word.toLowerCase())));
  if (rest.length > 0 && NOT_A_REGION.has(rest[0].toLowerCase())) {
    return { kind: 'ask', question: words.join(' '), share, compare: false };
  }
  if (rest.length < 2) {
    return {
      kind: 'invalid',
      message:
        'Usage: `compare <region> <region> [topic]`, e.g. `compare Shanghai Guangdong renewable energy`.',
    };
  }
  const [a, b, ...topic] = rest;
  return { kind: 'ask', question: compareQuestion(a, b, topic.join(' ')), share, compare: true };
}

/** The question a comparison asks; the ask pipeline answers it from the targets store. */
export function compareQuestion(a: string, b: string, topic: string): string {
  return `Compare ${a} and ${b} ${topic ? `${topic} ` : ''}targets`;
}

/** Words, with "double" or “curly” quotes grouping a name that has spaces ("Inner Mongolia"). */
function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)) {
    const word = (match[1] ?? match[2] ?? match[3]).trim();
    if (word) words.push(word);
  }
  return words;
}

/** The immediate JSON reply to a slash command. */
export interface CommandReply {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks?: unknown[];
}

export interface CommandHandlerDeps {
  asker: Asker;
  client: SlackClient;
  allowedResponseHosts: string[];
  runInBackground: (task: Promise<unknown>) => void;
  rateLimit?: SlackRateLimit;
  log: SlackLog;
  askTimeoutMs: number;
  /** Builds digests for `/policy digest`; without it the command says the digest is unavailable. */
  digest?: DigestProvider;
}

/**
 * Returns the handler for a verified slash-command form body. It never waits for the answer:
 * the reply waits only for the user's rate-limit budget, and the answer is scheduled with
 * `runInBackground`.
 */
export function createCommandHandler(
  deps: CommandHandlerDeps,
): (form: URLSearchParams) => Promise<CommandReply> {
  return async (form) => {
    const command = form.get('command') || '/policy';
    const userId = form.get('user_id') ?? '';
    const fields = {
      command,
      user_id: userId,
      team_id: form.get('team_id'),
      channel_id: form.get('channel_id'),
    };
    const parsed = parseCommandText(normalizeInline(decodeSlackText(form.get('text') ?? '')));

    if (parsed.kind === 'help')
      return { response_type: 'ephemeral', ...renderText(usageText(command)) };
    if (parsed.kind === 'invalid')
      return { response_type: 'ephemeral', ...renderText(parsed.message) };
    if (parsed.kind === 'digest') {
      const responseUrl = form.get('response_url');
      if (!deps.digest)
        return { response_type: 'ephemeral', ...renderText('The digest is not available here.') };
      if (!isAllowedResponseUrl(responseUrl, deps.allowedResponseHosts)) {
        deps.log('warn', 'slash command refused: response_url not allowed', {
          ...fields,
          response_host: hostOf(responseUrl),
        });
        return { response_type: 'ephemeral', ...renderText(MESSAGES.en.refusedResponseUrl) };
      }
      if (deps.rateLimit && !(await deps.rateLimit.take(`slack:${userId}`)))
        return { response_type: 'ephemeral', ...renderText(MESSAGES.en.slowDown) };
      deps.runInBackground(
        sendDigest(deps, {
          request: parsed.request,
          share: parsed.share,
          responseUrl: responseUrl as string,
          fields,
        }),
      );
      return { response_type: 'ephemeral', text: 'Building the digest…' };
    }

    const lang = detectLang(parsed.question);
    const text = MESSAGES[lang];
    if (parsed.question.length > MAX_QUESTION_CHARS)
      return { response_type: 'ephemeral', ...renderText(text.tooLong(MAX_QUESTION_CHARS)) };

    const responseUrl = form.get('response_url');
    if (!isAllowedResponseUrl(responseUrl, deps.allowedResponseHosts)) {
      deps.log('warn', 'slash command refused: response_url not allowed', {
        ...fields,
        response_host: hostOf(responseUrl),
      });
      return { response_type: 'ephemeral', ...renderText(text.refusedResponseUrl) };
    }
    if (deps.rateLimit && !(await deps.rateLimit.take(`slack:${userId}`))) {
      deps.log('info', 'slash command rate limited', fields);
      return { response_type: 'ephemeral', ...renderText(text.slowDown) };
    }

    deps.runInBackground(
      answer(deps, { ...parsed, lang, responseUrl: responseUrl as string, fields }),
    );
    return { response_type: 'ephemeral', text: text.searching };
  };
}

async function answer(
  deps: CommandHandlerDeps,
  job: {
    question: string;
    share: boolean;
    compare: boolean;
    lang: Lang;
    responseUrl: string;
    fields: Record<string, unknown>;
  },
): Promise<void> {
  const started = Date.now();
  try {
    const response = await askWithTimeout(
      deps.asker,
      { question: job.question },
      deps.askTimeoutMs,
    );
    const message = renderAnswer(response, {
      lang: job.lang,
      question: job.question,
      preferTable: job.compare,
    });
    await deps.client.respond(job.responseUrl, {
      response_type: job.share ? 'in_channel' : 'ephemeral',
      ...message,
    });
    deps.log('info', 'slash command answered', {
      ...job.fields,
      answerable: response.answerable,
      ms: Date.now() - started,
    });
  } catch (error) {
    deps.log('error', 'slash command failed', {
      ...job.fields,
      ...errorFields(error),
      ms: Date.now() - started,
    });
    try {
      await deps.client.respond(job.responseUrl, {
        response_type: 'ephemeral',
        ...renderText(MESSAGES[job.lang].failed(failureReason(error, job.lang))),
      });
    } catch (reportError) {
      deps.log('error', 'slash command failure could not be reported to the user', {
        ...job.fields,
        ...errorFields(reportError),
      });
    }
  }
}

async function sendDigest(
  deps: CommandHandlerDeps,
  job: {
    request: DigestRequest;
    share: boolean;
    responseUrl: string;
    fields: Record<string, unknown>;
  },
): Promise<void> {
  const started = Date.now();
  try {
    const digest = await deps.digest!(job.request);
    await deps.client.respond(job.responseUrl, {
      response_type: job.share ? 'in_channel' : 'ephemeral',
      ...renderDigest(digest),
    });
    deps.log('info', 'slash command digest sent', {
      ...job.fields,
      documents: digest.documents.length,
      ms: Date.now() - started,
    });
  } catch (error) {
    deps.log('error', 'slash command digest failed', {
      ...job.fields,
      ...errorFields(error),
      ms: Date.now() - started,
    });
    await deps.client
      .respond(job.responseUrl, {
        response_type: 'ephemeral',
        ...renderText(MESSAGES.en.failed(failureReason(error, 'en'))),
      })
      .catch((reportError: unknown) =>
        deps.log('error', 'slash command failure could not be reported to the user', {
          ...job.fields,
          ...errorFields(reportError),
        }),
      );
  }
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return 'unparseable';
  }
}
