/**
 * Writing Slack mrkdwn (https://api.slack.com/reference/surfaces/formatting): escaping, links,
 * the answer's `[n]` citation markers, and cutting long text without breaking a link or entity.
 */
import type { Citation } from '../domain.ts';

/** Slack requires exactly these three to be escaped in any text it renders. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<url|label>` for http(s) URLs; anything else (javascript:, relative paths) stays plain text. */
export function link(url: string | null | undefined, label: string): string {
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return safeLabel;
  // These characters would end the link markup early; percent-encoding keeps the URL equivalent.
  const safeUrl = url.replace(/[<>|]/g, (c) => encodeURIComponent(c));
  return `<${safeUrl}|${safeLabel}>`;
}

// A run of markers as answerers write them: "[1]", "[1][3]", "[1, 2]", "[1，2]", "[2、3]".
const MARKER_RUN = /(?:\[\d{1,3}(?:\s*[,，、]\s*\d{1,3})*\]\s?)+/g;
const MARKDOWN_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;

/**
 * The answer text as mrkdwn: escaped; a run of citation markers becomes one bracket whose numbers
 * link to the cited document when it has a URL ("[1][2]" → "[<url|1>, 2]"); the Markdown an LLM
 * may write (`**bold**`, `# heading`, `[text](url)`) becomes its mrkdwn equivalent.
 */
export function formatAnswerMrkdwn(answer: string, citations: Citation[]): string {
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  // Markdown emphasis first, on the whole text, so "**2030 [1]**" is not split by the marker.
  const text = answer
    .replace(/\*\*([^*\n]+)\*\*/g, '*$1*')
    .replace(/__([^_\n]+)__/g, '_$1_')
    .replace(/^#{1,6}\s+(.+)$/gm, '*$1*');
  const pieces: string[] = [];
  let last = 0;
  const tokens = new RegExp(`${MARKDOWN_LINK.source}|${MARKER_RUN.source}`, 'g');
  for (const match of text.matchAll(tokens)) {
    pieces.push(escapeMrkdwn(text.slice(last, match.index)));
    if (match[1] !== undefined && match[2] !== undefined) {
      pieces.push(link(match[2], match[1]));
    } else {
      const numbers = [...new Set((match[0].match(/\d+/g) ?? []).map(Number))];
      const trailing = /\s$/.exec(match[0])?.[0] ?? '';
      pieces.push(
        `[${numbers.map((n) => link(byNumber.get(n)?.url, String(n))).join(', ')}]${trailing}`,
      );
    }
    last = match.index + match[0].length;
  }
  pieces.push(escapeMrkdwn(text.slice(last)));
  return pieces.join('').trim();
}

/**
 * Splits mrkdwn into pieces of at most `max` characters, preferring paragraph, line and word
 * boundaries and never cutting inside `<...>` markup or an `&...;` entity. At most `maxPieces`
 * pieces; when text remains, the last piece ends with "…".
 */
export function splitMrkdwn(
  text: string,
  max: number,
  maxPieces = Number.POSITIVE_INFINITY,
): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > 0 && pieces.length < maxPieces) {
    if (rest.length <= max) {
      pieces.push(rest);
      return pieces;
    }
    const last = pieces.length === maxPieces - 1;
    const at = safeCut(rest, last ? max - 1 : max);
    pieces.push(last ? `${rest.slice(0, at).trimEnd()}…` : rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  return pieces;
}

/** Cuts to at most `max` characters on a safe boundary, adding "…" when something was cut. */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeCut(text, max - 1)).trimEnd()}…`;
}

/** Plain-text truncation (fallback `text`, plain_text elements), on a code point boundary. */
export function truncatePlain(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

function safeCut(text: string, max: number): number {
  let at = max;
  const open = text.lastIndexOf('<', at - 1);
  if (open >= 0 && text.indexOf('>', open) >= at) at = open;
  const amp = text.lastIndexOf('&', at - 1);
  if (amp >= 0 && amp > at - 8 && !text.slice(amp, at).includes(';')) at = amp;
  // A surrogate pair split in two renders as garbage.
  if (at > 0 && /[\uD800-\uDBFF]/.test(text[at - 1])) at -= 1;
  const window = text.slice(0, at);
  const floor = Math.floor(at * 0.6);
  for (const boundary of ['\n\n', '\n', '。', '. ', ' ']) {
    const found = window.lastIndexOf(boundary);
    if (found >= floor) return found + boundary.length;
  }
  return at > 0 ? at : Math.min(max, text.length);
}
