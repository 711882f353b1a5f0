// @ts-check
/**
 * The source panel (a side panel on wide screens, a bottom drawer on phones): the cited passage
 * with the quote highlighted, the document's metadata and link, and an "open document" view of
 * the whole text with its chunk boundaries, scrolled to the quote.
 *
 * Citations and targets both carry `document_id` and `start`/`end` offsets into the document's
 * normalised text, so the two are shown the same way.
 */
import { h, append, clear, safeExternalLink } from './dom.js';
import { t, label } from './i18n.js';
import { getJson, failureMessage } from './api.js';

/** Above this many characters a passage is trimmed to a window around the quote. */
const PASSAGE_LIMIT = 1400;
const CONTEXT = 500;

/**
 * @param {{ panel: HTMLElement, backdrop: HTMLElement }} elements
 */
export function createSourcePanel({ panel, backdrop }) {
  const documents = new Map();
  let trigger = null;
  let generation = 0;

  const fetchDocument = (id) => {
    if (!documents.has(id)) {
      const pending = getJson(`/api/documents/${encodeURIComponent(id)}`);
      pending.catch(() => documents.delete(id)); // Failed loads are retried on the next click.
      documents.set(id, pending);
    }
    return documents.get(id);
  };

  function close() {
    trigger?.classList.remove('active');
    if (panel.hidden) return;
    panel.hidden = true;
    backdrop.hidden = true;
    document.body.classList.remove('panel-open');
    panel.classList.remove('is-document');
    if (trigger?.isConnected) trigger.focus();
    trigger = null;
  }

  backdrop.addEventListener('click', close);
  document.addEventListener('keydown', (event) => {
    if (panel.hidden) return;
    if (event.key === 'Escape') close();
    else if (event.key === 'Tab' && panel.getAttribute('aria-modal') === 'true')
      keepFocusInside(panel, event);
  });

  /**
   * Opens the panel on a source. `source`: { n?, document_id, chunk_id?, title, issuer?, date?,
   * region?, url?, page?, heading?, quote, start, end }.
   */
  async function open(source, from) {
    const mine = ++generation;
    trigger?.classList.remove('active');
    trigger = from ?? null;
    trigger?.classList.add('active'); // The chip stays lit while its passage is shown.
    // Below 1280 px the panel covers the page (a drawer): it is then a modal dialog.
    const modal = window.matchMedia('(max-width: 1279px)').matches;
    panel.setAttribute('role', modal ? 'dialog' : 'complementary');
    if (modal) panel.setAttribute('aria-modal', 'true');
    else panel.removeAttribute('aria-modal');
    panel.hidden = false;
    backdrop.hidden = false;
    document.body.classList.add('panel-open');
    panel.classList.remove('is-document');
    const view = renderShell(source, close);
    clear(panel).append(view.root);
    view.heading.focus({ preventScroll: true });

    let documentData;
    try {
      documentData = await fetchDocument(source.document_id);
    } catch (error) {
      if (mine !== generation) return;
      view.passage.replaceChildren(
        label(h('p', { class: 'error-text' }), 'documentFailed', 'text', {
          message: failureMessage(error),
        }),
      );
      view.passage.append(quoteBlock(source.quote));
      return;
    }
    if (mine !== generation) return; // Another source was opened meanwhile.
    fillMetadata(view, source, documentData);
    const located = locate(documentData.text, source);
    view.passage.replaceChildren(
      located
        ? passageBlock(documentData, located, source.chunk_id)
        : quoteBlock(source.quote, true),
    );
    const openButton = label(h('button', { type: 'button', class: 'button' }), 'openDocument');
    openButton.addEventListener('click', () => showDocument(view, documentData, located, source));
    view.actions.prepend(openButton);
  }

  return { open, close };
}

/** Tab and Shift+Tab cycle within the open drawer. */
function keepFocusInside(panel, event) {
  const focusable = Array.from(
    panel.querySelectorAll('button, a[href], textarea, input, select, [tabindex="0"]'),
  ).filter((el) => !el.disabled && el.getClientRects().length > 0);
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (
    event.shiftKey &&
    (document.activeElement === first || !panel.contains(document.activeElement))
  ) {
    event.preventDefault();
    last.focus();
  } else if (
    !event.shiftKey &&
    (document.activeElement === last || !panel.contains(document.activeElement))
  ) {
    event.preventDefault();
    first.focus();
  }
}

function renderShell(source, close) {
  const heading = h(
    'h2',
    { id: 'source-title', tabindex: '-1' },
    source.title || source.document_id,
  );
  const closeButton = h('button', { type: 'button', class: 'icon-button close-button' }, '×');
  label(closeButton, 'close', 'aria');
  closeButton.addEventListener('click', close);
  const eyebrow =
    source.n != null
      ? label(h('p', { class: 'eyebrow' }), 'sourceN', 'text', { n: source.n })
      : label(h('p', { class: 'eyebrow' }), 'targetSource');
  const summary = h('p', { class: 'panel-summary' });
  const meta = h('dl', { class: 'meta' });
  const passage = h(
    'div',
    { class: 'passage-host' },
    label(h('p', { class: 'muted loading-text' }), 'loadingDocument'),
  );
  const actions = h('div', { class: 'panel-actions' });
  // The passage comes first: it is what the reader came to check; the details follow.
  const body = h(
    'div',
    { class: 'panel-body' },
    heading,
    summary,
    h(
      'section',
      { class: 'passage-section' },
      label(h('h3', { class: 'visually-hidden' }), 'passage'),
      passage,
    ),
    actions,
    meta,
  );
  const root = h(
    'div',
    { class: 'panel-inner' },
    h('div', { class: 'panel-head' }, eyebrow, closeButton),
    body,
  );
  const view = { root, heading, summary, meta, passage, actions, body };
  fillMetadata(view, source, null);
  return view;
}

function fillMetadata(view, source, documentData) {
  const pick = (key) => source[key] ?? documentData?.[key] ?? null;
  const page = source.page ?? null;
  view.summary.textContent = [
    pick('date'),
    pick('region'),
    page !== null ? t('pageN', { n: page }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const rows = [
    ['issuer', pick('issuer')],
    ['docNumber', documentData?.doc_number ?? null],
    ['section', source.heading ?? null],
  ].filter(([, value]) => value !== null && value !== undefined && value !== '');
  view.meta.replaceChildren(
    ...rows.flatMap(([key, value]) => [
      h('div', { class: 'meta-row' }, label(h('dt'), key), h('dd', null, String(value))),
    ]),
  );
  const url = pick('url');
  const existing = view.actions.querySelector('a.external');
  const link = url ? safeExternalLink(url, '') : null;
  if (link && !existing) {
    label(link, 'originalSource');
    link.append(h('span', { 'aria-hidden': 'true' }, ' ↗'));
    view.actions.append(link);
  }
}

/**
 * Where the quote is in the document text: at the given offsets when they match, else the
 * occurrence nearest to them (offsets can drift if a document was re-ingested), else null.
 */
export function locate(text, source) {
  const { start, end, quote } = source;
  if (typeof text !== 'string' || !quote) return null;
  if (Number.isInteger(start) && Number.isInteger(end) && text.slice(start, end) === quote)
    return { start, end };
  let best = -1;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (best < 0 || Math.abs(i - (start ?? 0)) < Math.abs(best - (start ?? 0))) best = i;
  }
  return best >= 0 ? { start: best, end: best + quote.length } : null;
}

function chunkAround(documentData, located, chunkId) {
  const chunks = documentData.chunks ?? [];
  return (
    chunks.find(
      (c) => c.chunk_id === chunkId && c.start <= located.start && located.end <= c.end,
    ) ??
    chunks.find((c) => c.start <= located.start && located.start < c.end) ??
    null
  );
}

function passageBlock(documentData, located, chunkId) {
  const text = documentData.text;
  const chunk = chunkAround(documentData, located, chunkId);
  let from = Math.min(chunk?.start ?? located.start - CONTEXT, located.start);
  let to = Math.max(chunk?.end ?? located.end + CONTEXT, located.end);
  if (to - from > PASSAGE_LIMIT) {
    from = Math.max(from, located.start - CONTEXT);
    to = Math.min(to, located.end + CONTEXT);
  }
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  const block = h('blockquote', { class: 'passage' });
  // Blank lines between paragraphs are shown as single breaks: the passage stays compact.
  const before = text
    .slice(from, located.start)
    .replace(/\n\s*\n/g, '\n')
    .trimStart();
  const after = text
    .slice(located.end, to)
    .replace(/\n\s*\n/g, '\n')
    .trimEnd();
  append(
    block,
    from > (chunk?.start ?? 0) ? '…' : '',
    before,
    h('mark', { class: 'quote' }, text.slice(located.start, located.end)),
    after,
    to < (chunk?.end ?? text.length) ? '…' : '',
  );
  return block;
}

function quoteBlock(quote, missing = false) {
  const block = h(
    'div',
    null,
    h('blockquote', { class: 'passage' }, h('mark', { class: 'quote' }, quote ?? '')),
  );
  if (missing) block.prepend(label(h('p', { class: 'muted small' }), 'quoteMissing'));
  return block;
}

/** The whole document, chunk by chunk, with the cited chunk marked and the quote highlighted. */
function showDocument(view, documentData, located, source) {
  const panel = view.root.parentElement;
  panel?.classList.add('is-document');
  const text = documentData.text ?? '';
  const chunks = (documentData.chunks ?? [])
    .slice()
    .sort((a, b) => a.start - b.start || a.ordinal - b.ordinal);
  const current = located ? chunkAround(documentData, located, source.chunk_id) : null;
  const container = h('div', { class: 'document-text' });
  let cursor = 0;
  let target = null;
  // Chunks may overlap; each character is shown once, under the first chunk that reaches it.
  for (const chunk of chunks) {
    const from = Math.max(cursor, chunk.start);
    if (chunk.end <= from) continue;
    if (from > cursor && text.slice(cursor, from).trim())
      container.append(h('div', { class: 'doc-gap' }, text.slice(cursor, from).trim()));
    const section = h('section', { class: 'doc-chunk', dataset: { chunkId: chunk.chunk_id } });
    const labelParts = [t('chunkLabel', { n: chunk.ordinal + 1 })];
    if (chunk.page_from != null)
      labelParts.push(
        chunk.page_to != null && chunk.page_to !== chunk.page_from
          ? t('pageRange', { from: chunk.page_from, to: chunk.page_to })
          : t('pageN', { n: chunk.page_from }),
      );
    if (chunk.heading) labelParts.push(chunk.heading);
    section.append(h('p', { class: 'chunk-label' }, labelParts.join(' · ')));
    const body = h('p', { class: 'chunk-text' });
    if (located && located.start < chunk.end && located.end > from && located.start >= from) {
      const mark = h(
        'mark',
        { class: 'quote' },
        text.slice(located.start, Math.min(located.end, chunk.end)),
      );
      append(
        body,
        text.slice(from, located.start),
        mark,
        text.slice(Math.min(located.end, chunk.end), chunk.end),
      );
      target = mark;
    } else {
      body.textContent = text.slice(from, chunk.end).trim();
    }
    if (chunk === current) section.classList.add('current');
    section.append(body);
    container.append(section);
    cursor = chunk.end;
  }
  if (text.slice(cursor).trim())
    container.append(h('div', { class: 'doc-gap' }, text.slice(cursor).trim()));

  const back = label(h('button', { type: 'button', class: 'ghost-button small' }), 'backToPassage');
  const heading = h(
    'h2',
    { id: 'source-title', tabindex: '-1' },
    documentData.title || source.title,
  );
  const bar = h(
    'div',
    { class: 'document-bar' },
    label(h('p', { class: 'muted small' }), 'wholeDocument', 'text', { chunks: chunks.length }),
    back,
  );
  const saved = Array.from(view.body.childNodes);
  view.body.replaceChildren(heading, bar, container);
  back.addEventListener('click', () => {
    panel?.classList.remove('is-document');
    view.body.replaceChildren(...saved);
    view.heading.focus({ preventScroll: true });
  });
  heading.focus({ preventScroll: true });
  requestAnimationFrame(() => (target ?? container).scrollIntoView({ block: 'center' }));
}
