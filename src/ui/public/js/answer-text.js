// @ts-check
/**
 * Answer text → DOM. `[n]` markers become citation chips; a sentence followed by the verifier's
 * `⚠unverified` marker is wrapped in a warning span. Everything else is text nodes.
 */
import { h, append } from './dom.js';
import { t, label } from './i18n.js';

export const UNVERIFIED_MARK = '⚠unverified';
const MARKER = /\[(\d{1,3}(?:\s*[,，]\s*\d{1,3})*)\]/g;
const TRAILING_MARKERS = /(\s*\[\d{1,3}(?:\s*[,，]\s*\d{1,3})*\])*\s*$/;
const LEADING_MARKERS = /^(\s*\[\d{1,3}(?:\s*[,，]\s*\d{1,3})*\])*\s*/;
// A sentence ends at CJK full stops (no space needed) or Latin ones followed by a space; closing
// quotes stay with their sentence.
const SENTENCE_END = /[。！？；][”’」』）)]?|[.!?;]["'”’)]?(?=\s)/g;

/**
 * A cited source as a chip needs it: its number and title (an answer's citation, a digest's source).
 * @typedef {{ n: number, title: string }} Cited
 */
/**
 * What a chip does when clicked: open its source.
 * @template {Cited} C
 * @typedef {(citation: C, chip: HTMLElement) => void} OnCite
 */

/**
 * Renders `text` into `container` (replacing its content).
 * @template {Cited} C
 * @param {HTMLElement} container
 * @param {string} text
 * @param {{ citations: C[], onCite: OnCite<C>, streaming?: boolean }} options
 */
export function renderAnswerText(container, text, options) {
  const shown = options.streaming ? holdBackPartialToken(text) : text;
  const byNumber = new Map(options.citations.map((c) => [c.n, c]));
  const blocks = shown.split(/\n{2,}/).filter((b) => b.trim());
  const nodes = blocks.map((block) => renderBlock(block.trim(), byNumber, options.onCite));
  container.replaceChildren(...nodes);
}

/**
 * While streaming, a half-received "[1" or "⚠unver" is held back instead of flashing as text.
 * @param {string} text
 */
function holdBackPartialToken(text) {
  const bracket = /\[\d{0,3}(?:\s*[,，]\s*\d{0,3})*$/.exec(text);
  if (bracket) return text.slice(0, bracket.index);
  const flag = text.lastIndexOf('⚠');
  if (flag >= 0 && UNVERIFIED_MARK.startsWith(text.slice(flag))) return text.slice(0, flag);
  return text;
}

/**
 * One paragraph or list of the answer.
 * @template {Cited} C
 * @param {string} block
 * @param {Map<number, C>} byNumber
 * @param {OnCite<C>} onCite
 */
function renderBlock(block, byNumber, onCite) {
  const lines = block.split('\n');
  const isList = lines.length > 1 && lines.every((line) => /^\s*([-*•]|\d+[.)、])\s+/.test(line));
  if (isList) {
    const ordered = /^\s*\d/.test(lines[0]);
    return h(
      ordered ? 'ol' : 'ul',
      null,
      ...lines.map((line) =>
        append(h('li'), ...inline(line.replace(/^\s*([-*•]|\d+[.)、])\s+/, ''), byNumber, onCite)),
      ),
    );
  }
  return append(h('p'), ...inline(block, byNumber, onCite));
}

/**
 * Text with markers → nodes, wrapping each flagged sentence.
 * @template {Cited} C
 * @param {string} text
 * @param {Map<number, C>} byNumber
 * @param {OnCite<C>} onCite
 */
function inline(text, byNumber, onCite) {
  /** @type {(Node | string)[]} */
  const out = [];
  let cursor = 0;
  let index = text.indexOf(UNVERIFIED_MARK);
  while (index >= 0) {
    const start = cursor + sentenceStart(text.slice(cursor, index));
    out.push(...withChips(text.slice(cursor, start), byNumber, onCite));
    const flagged = h('span', { class: 'unverified', tabindex: '0' });
    label(flagged, 'unverifiedTip', 'title');
    append(flagged, ...withChips(text.slice(start, index).trimEnd(), byNumber, onCite));
    const badge = label(
      h('span', { class: 'unverified-badge', 'aria-hidden': 'true' }),
      'unverified',
    );
    const explanation = label(h('span', { class: 'visually-hidden' }), 'unverifiedTip');
    out.push(flagged, ' ', badge, explanation);
    cursor = index + UNVERIFIED_MARK.length;
    index = text.indexOf(UNVERIFIED_MARK, cursor);
  }
  out.push(...withChips(text.slice(cursor), byNumber, onCite));
  return out;
}

/**
 * Offset in `before` where its last sentence starts (after earlier sentences and their markers).
 * @param {string} before
 */
export function sentenceStart(before) {
  const core = before.replace(TRAILING_MARKERS, '').replace(/[.!?。！？…]+["'”’」』)）]*$/, '');
  let start = 0;
  for (const match of core.matchAll(SENTENCE_END)) start = match.index + match[0].length;
  return start + (LEADING_MARKERS.exec(before.slice(start))?.[0].length ?? 0);
}

/**
 * Text with its `[n]` markers as chips; a bracketed number that cites nothing stays text.
 * @template {Cited} C
 * @param {string} text
 * @param {Map<number, C>} byNumber
 * @param {OnCite<C>} onCite
 */
function withChips(text, byNumber, onCite) {
  /** @type {(Node | string)[]} */
  const out = [];
  let cursor = 0;
  for (const match of text.matchAll(MARKER)) {
    const numbers = match[1].split(/\s*[,，]\s*/).map(Number);
    if (!numbers.every((n) => byNumber.has(n))) continue; // Not a citation (e.g. "[2024]"): keep as text.
    if (match.index > cursor) out.push(text.slice(cursor, match.index).replace(/\s+$/, ' '));
    for (const n of numbers) out.push(citationChip(/** @type {C} */ (byNumber.get(n)), onCite));
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) out.push(text.slice(cursor));
  return out;
}

/**
 * A numbered chip that opens the cited passage.
 * @template {Cited} C
 * @param {C} citation
 * @param {OnCite<C>} onCite
 */
export function citationChip(citation, onCite) {
  const chip = h(
    'button',
    {
      type: 'button',
      class: 'chip',
      'data-testid': 'citation',
      dataset: { n: String(citation.n) },
    },
    String(citation.n),
  );
  label(chip, 'citationLabel', 'aria', { n: citation.n, title: citation.title });
  chip.title = citation.title;
  chip.addEventListener('click', () => onCite(citation, chip));
  return chip;
}

/**
 * The answer as plain text with a numbered source list, for the clipboard.
 * @param {string} question
 * @param {string} answer
 * @param {import('./api.js').Citation[]} citations
 */
export function answerAsPlainText(question, answer, citations) {
  const lines = [
    question ? `Q: ${question}` : '',
    answer.split(UNVERIFIED_MARK).join(`[${t('unverified')}]`),
    '',
  ];
  if (citations.length) lines.push(`${t('sources')}:`);
  for (const c of citations) {
    const details = [
      c.issuer,
      c.date,
      c.region,
      c.page != null ? t('pageN', { n: c.page }) : null,
      c.heading,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`[${c.n}] ${c.title}${details ? ` — ${details}` : ''}`);
    lines.push(`    “${c.quote}”`);
    if (c.url && /^https?:\/\//i.test(c.url)) lines.push(`    ${c.url}`);
  }
  return (
    lines
      .filter((line, i) => i > 0 || line)
      .join('\n')
      .trim() + '\n'
  );
}
