/**
 * `/policy [share] digest [from] [to]`: the digest of a period as Block Kit. Dates are YYYY-MM-DD
 * or YYYY-MM (a whole month); without them, the two latest months that hold documents.
 */
import { isCalendarDate } from '../text/dates.ts';
import type { Digest, DigestItem } from '../digest/types.ts';
import { buildDigest, type DigestSource } from '../digest/build.ts';
import { LIMITS, context, divider, section, type Block, type SlackMessage } from './block-kit.ts';
import { escapeMrkdwn, truncateMrkdwn } from './mrkdwn.ts';

export interface DigestRequest {
  from?: string;
  to?: string;
}

/** A digest service: builds the digest of a period, choosing the latest two months when none is given. */
export type DigestProvider = (request: DigestRequest) => Promise<Digest>;

const DIGEST = new Set(['digest', '简报', '摘要']);

/** Parses the words after `/policy [share]`: null when they are not a digest command. */
export function parseDigestWords(
  words: string[],
): { request: DigestRequest } | { invalid: string } | null {
  if (words.length === 0 || !DIGEST.has(words[0]!.toLowerCase())) return null;
  const dates = words.slice(1);
  if (dates.length > 2)
    return {
      invalid:
        'Usage: `digest [from] [to]`, dates as YYYY-MM-DD or YYYY-MM, e.g. `digest 2024-07 2024-08`.',
    };
  const from = dates[0] ? dayOf(dates[0], 'first') : undefined;
  const to = dates[1] ? dayOf(dates[1], 'last') : dates[0] ? dayOf(dates[0], 'last') : undefined;
  if (from === null || to === null)
    return { invalid: 'Dates must be YYYY-MM-DD or YYYY-MM, e.g. `digest 2024-07-01 2024-08-31`.' };
  if (from && to && from > to)
    return { invalid: `The period starts (${from}) after it ends (${to}).` };
  // One date: that day, or that whole month.
  return {
    request:
      dates.length === 1 ? { from, to: /^\d{4}-\d{2}$/.test(dates[0]!) ? to : from } : { from, to },
  };
}

function dayOf(text: string, end: 'first' | 'last'): string | null {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return null;
    const day = end === 'first' ? 1 : new Date(Date.UTC(year, m, 0)).getUTCDate();
    return `${month[1]}-${month[2]}-${String(day).padStart(2, '0')}`;
  }
  return isCalendarDate(text) ? text : null;
}

/** "from to": the first day of the month before `latest`'s month, and `latest` itself. */
export function latestTwoMonths(latest: string): { from: string; to: string } {
  const [y, m] = latest.split('-').map(Number);
  const start = new Date(Date.UTC(y!, m! - 2, 1));
  return { from: start.toISOString().slice(0, 10), to: latest };
}

/** The digest provider the app wires into Slack: a given period, else the latest two months with documents. */
export function createDigestProvider(
  store: DigestSource,
  build: (period: { from: string; to: string }) => Promise<Digest> = (period) =>
    buildDigest(store, period),
): DigestProvider {
  return async (request) => {
    if (request.from && request.to) return build({ from: request.from, to: request.to });
    const { latest } = await store.corpusExtent();
    return build(latestTwoMonths(latest ?? new Date().toISOString().slice(0, 10)));
  };
}

const MAX_ITEMS_PER_SECTION = 8;
const MAX_BULLETS = 6;

/** The digest as a Slack message: each section's items with their figures, then the first sources. */
export function renderDigest(digest: Digest): SlackMessage {
  const title = `Policy digest ${digest.period.from} – ${digest.period.to}`;
  const blocks: Block[] = [
    section(
      `*${escapeMrkdwn(title)}*\n${digest.documents.length} documents; every sentence is cited [n] and every figure checked against its source.`,
    ),
  ];
  if (digest.notice) blocks.push(section(escapeMrkdwn(digest.notice)));
  for (const part of digest.sections) {
    if (part.items.length === 0) continue;
    blocks.push(divider(), section(`*${escapeMrkdwn(part.title)}*`));
    const shown = part.items.filter((i) => i.type !== 'table').slice(0, MAX_ITEMS_PER_SECTION);
    for (const item of shown)
      blocks.push(section(truncateMrkdwn(itemMrkdwn(item), LIMITS.sectionText)));
    const more = part.items.filter((i) => i.type !== 'table').length - shown.length;
    if (more > 0)
      blocks.push(
        context(
          `…and ${more} more in the full digest (GET /api/digest?from=${digest.period.from}&to=${digest.period.to}&format=html).`,
        ),
      );
  }
  const sources = digest.citations
    .slice(0, 8)
    .map((c) => `[${c.n}] ${escapeMrkdwn(c.title)}${c.date ? ` · ${c.date}` : ''}`);
  if (sources.length)
    blocks.push(divider(), context(truncateMrkdwn(sources.join('\n'), LIMITS.field)));
  return {
    text: truncateMrkdwn(`${title}: ${digest.documents.length} documents`, LIMITS.fallbackText),
    blocks: blocks.slice(0, LIMITS.blocks),
  };
}

function itemMrkdwn(item: DigestItem): string {
  const lines = [toMrkdwn(item.text)];
  const bullets = item.bullets ?? [];
  for (const bullet of bullets.slice(0, MAX_BULLETS))
    lines.push(`• ${bullet.target_year ? `${bullet.target_year}: ` : ''}${toMrkdwn(bullet.text)}`);
  if (bullets.length > MAX_BULLETS)
    lines.push(`• …and ${bullets.length - MAX_BULLETS} more figures`);
  return lines.join('\n');
}

/** The digest's Markdown (**figure**, _title_) as Slack mrkdwn (*figure*, _title_), text escaped. */
function toMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/\*\*([^*]+)\*\*/g, '*$1*');
}
