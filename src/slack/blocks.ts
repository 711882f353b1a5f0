/**
 * Renders an AskResponse as a Slack message: the answer with linked citation markers, notices,
 * the comparison table, the main targets as fields, closest passages when the corpus has no
 * answer, and one context line per source. Pure functions; limits from block-kit.ts.
 */
import type { AskResponse, Citation, Passage } from '../domain.ts';
import type { Target } from '../targets/schema.ts';
import { targetDisplayName } from '../targets/present.ts';
import {
  LIMITS,
  context,
  divider,
  mrkdwn,
  section,
  type Block,
  type SlackMessage,
} from './block-kit.ts';
import { MESSAGES, type Lang } from './messages.ts';
import {
  escapeMrkdwn,
  formatAnswerMrkdwn,
  link,
  splitMrkdwn,
  truncateMrkdwn,
  truncatePlain,
} from './mrkdwn.ts';
import { renderTextTable, type Cell } from './table.ts';

export interface RenderAnswerOptions {
  lang: Lang;
  /** Echoed above the answer, for slash commands (the channel does not always show what was asked). */
  question?: string;
  /** For comparisons: without a `table` in the response, show the targets as a table, not fields. */
  preferTable?: boolean;
  /** Extra lines shown as context under the answer (e.g. the thread history could not be read). */
  notes?: string[];
}

/** How many targets are listed as fields; the rest are in the API response and the web UI. */
export const MAX_TARGET_FIELDS = 6;
const MAX_CITATIONS = 10;
const MAX_CLOSEST = 3;
const MAX_ANSWER_SECTIONS = 5;

export function renderAnswer(response: AskResponse, options: RenderAnswerOptions): SlackMessage {
  const text = MESSAGES[options.lang];
  const blocks: Block[] = [];

  if (options.question) {
    blocks.push(
      context(`*${text.question}:* ${escapeMrkdwn(truncatePlain(options.question, 300))}`),
    );
  }

  const answer = formatAnswerMrkdwn(response.answer, response.citations);
  const body = response.answerable
    ? answer
    : [`*${text.notFound(response.searched.documents)}*`, answer].filter(Boolean).join('\n');
  for (const piece of splitMrkdwn(body, LIMITS.sectionText, MAX_ANSWER_SECTIONS))
    blocks.push(section(piece));

  const unverified =
    response.unverified?.length ?? response.verification?.unverified_sentences ?? 0;
  if (unverified > 0) blocks.push(context(text.unverified(unverified)));
  if (response.notice)
    blocks.push(
      context(
        `:information_source: ${truncateMrkdwn(escapeMrkdwn(response.notice), LIMITS.sectionText)}`,
      ),
    );
  for (const note of options.notes ?? []) blocks.push(context(escapeMrkdwn(note)));

  const table = response.table?.rows.length
    ? response.table
    : options.preferTable && response.targets.length > 0
      ? targetsTable(response.targets, options.lang)
      : undefined;
  if (table) {
    blocks.push(
      section(
        `*${text.comparison}*\n${renderTextTable(table.columns, table.rows, { maxChars: LIMITS.sectionText - 40, moreRows: text.moreRows })}`,
      ),
    );
  }
  const targetsInTable = table !== undefined && !response.table?.rows.length;
  if (response.targets.length > 0 && !targetsInTable)
    blocks.push(targetFields(response.targets, options.lang));

  if (!response.answerable && response.closest?.length)
    blocks.push(closestPassages(response.closest, options.lang));

  if (response.citations.length > 0) {
    blocks.push(divider());
    for (const citation of response.citations.slice(0, MAX_CITATIONS))
      blocks.push(context(citationLine(citation, options.lang)));
  }
  blocks.push(context(text.searchedFooter(response.searched.documents, response.mode)));

  // The fallback shows in notifications and is read back as thread history: plain words, no Markdown.
  const plainAnswer = response.answer.replace(/\*\*([^*\n]+)\*\*/g, '$1');
  const fallback = response.answerable
    ? plainAnswer
    : [text.notFound(response.searched.documents), plainAnswer].filter(Boolean).join('\n');
  return {
    text: truncatePlain(fallback, LIMITS.fallbackText),
    blocks: blocks.slice(0, LIMITS.blocks),
  };
}

/** A short message in the bot's voice (usage, acknowledgements, errors); `body` is mrkdwn. */
export function renderText(body: string): SlackMessage {
  return {
    text: truncatePlain(body, LIMITS.fallbackText),
    blocks: [section(truncateMrkdwn(body, LIMITS.sectionText))],
  };
}

/** "[1] <url|Title>, p. 12 · Issuer · 2024-05-30" and the supporting quote on a second line. */
export function citationLine(citation: Citation, lang: Lang): string {
  const parts = [`*[${citation.n}]* ${link(citation.url, citation.title || citation.document_id)}`];
  if (citation.page !== null) parts.push(MESSAGES[lang].page(citation.page));
  if (citation.issuer) parts.push(escapeMrkdwn(citation.issuer));
  if (citation.date) parts.push(escapeMrkdwn(citation.date));
  const quote = citation.quote.trim()
    ? `\n“${escapeMrkdwn(truncatePlain(citation.quote.replace(/\s+/g, ' ').trim(), 200))}”`
    : '';
  return truncateMrkdwn(parts.join(' · ') + quote, LIMITS.sectionText);
}

/**
 * "metric: value unit (target year)", with a direction sign (≥ at least, ≤ at most, ≈ about, ↓ decrease, ↑ increase).
 * The metric is its canonical name in the reader's language when it has one, else the raw label.
 */
export function formatTarget(
  target: Target & { metric_key?: string | null },
  withRegion = false,
  lang: Lang = 'en',
): string {
  const region = withRegion && target.region ? ` — ${escapeMrkdwn(target.region)}` : '';
  const year = target.target_year !== null ? ` (${target.target_year})` : '';
  return `*${escapeMrkdwn(targetDisplayName(target, lang))}*: ${escapeMrkdwn(formatTargetValue(target))}${year}${region}`;
}

const DIRECTION_SIGN: Record<Target['direction'], string> = {
  reach: '',
  about: '≈',
  'at least': '≥',
  'at most': '≤',
  decrease: '↓',
  increase: '↑',
};

function formatTargetValue(target: Target): string {
  const value = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(target.value);
  const unit = !target.unit ? '' : target.unit === '%' ? '%' : ` ${target.unit}`;
  return `${DIRECTION_SIGN[target.direction]}${value}${unit}`;
}

function targetFields(targets: Target[], lang: Lang): Block {
  const shown = targets.slice(0, MAX_TARGET_FIELDS);
  const regions = new Set(shown.map((target) => target.region));
  return {
    type: 'section',
    text: mrkdwn(`*${MESSAGES[lang].targets}*`),
    fields: shown.map((target) =>
      mrkdwn(truncateMrkdwn(formatTarget(target, regions.size > 1, lang), LIMITS.field)),
    ),
  };
}

function targetsTable(targets: Target[], lang: Lang): { columns: string[]; rows: Cell[][] } {
  const columns =
    lang === 'zh' ? ['地区', '指标', '目标值', '年份'] : ['Region', 'Metric', 'Target', 'Year'];
  return {
    columns,
    rows: targets.map((target) => [
      target.region,
      targetDisplayName(target, lang),
      formatTargetValue(target),
      target.target_year,
    ]),
  };
}

function closestPassages(passages: Passage[], lang: Lang): Block {
  const lines = passages.slice(0, MAX_CLOSEST).map((passage) => {
    const page = passage.page !== null ? `, ${MESSAGES[lang].page(passage.page)}` : '';
    const excerpt = escapeMrkdwn(truncatePlain(passage.text.replace(/\s+/g, ' ').trim(), 220));
    return `• *${escapeMrkdwn(passage.title || passage.document_id)}*${page}: “${excerpt}”`;
  });
  return section(
    truncateMrkdwn(`*${MESSAGES[lang].closest}*\n${lines.join('\n')}`, LIMITS.sectionText),
  );
}
