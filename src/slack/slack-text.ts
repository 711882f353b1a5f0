/**
 * Reading text that comes *from* Slack (command text, message text): Slack escapes &, < and >
 * and wraps mentions, channels and links in angle brackets.
 * See https://api.slack.com/reference/surfaces/formatting#escaping.
 */
import { normalizeInline } from '../text/normalize.ts';

/**
 * Removes mentions of the bot (`<@U123>` or `<@U123|name>`). When the bot's user id is unknown,
 * only a leading mention is removed, since that is how people address it.
 */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (botUserId) {
    const escaped = botUserId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return text.replace(new RegExp(`<@${escaped}(?:\\|[^>]*)?>`, 'g'), ' ');
  }
  return text.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/, ' ');
}

/**
 * Slack markup → plain text: `<@U1|ana>` → `@ana`, `<#C1|general>` → `#general`,
 * `<https://x|label>` → `label`, `<https://x>` → `https://x`, `<!here>` → `@here`, entities decoded.
 */
export function decodeSlackText(text: string): string {
  const plain = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target, label] = splitOnce(inner, '|');
    if (target.startsWith('@')) return label ? `@${label}` : target;
    if (target.startsWith('#')) return label ? `#${label}` : target;
    if (target.startsWith('!')) return `@${(label ?? target.slice(1)).replace(/\^.*$/, '')}`;
    return label ?? target;
  });
  // &amp; last, so "&amp;lt;" becomes "&lt;" as the sender typed it.
  return plain.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The question a user typed, after removing the bot mention and Slack markup, normalised. */
export function questionFromSlackText(text: string, botUserId: string | undefined): string {
  return normalizeInline(decodeSlackText(stripBotMention(text, botUserId)));
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
