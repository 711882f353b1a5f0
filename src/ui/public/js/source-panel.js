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

/**
 * What the panel shows: a citation, a target, or a passage offered as closest (its whole text as
 * the quote). `n` is set for a citation; `start`/`end` are offsets into the document's text.
 * @typedef {object} Source
 * @property {number} [n]
 * @property {string} document_id
 * @property {string | null} [chunk_id]
 * @property {string} [title]
 * @property {string | null} [issuer]
 * @property {string | null} [date]
 * @property {string | null} [region]
 * @property {string | null} [url]
 * @property {number | null} [page]
 * @property {string | null} [heading]
 * @property {string} quote
 * @property {number} [start]
 * @property {number} [end]
 */
/** @typedef {(source: Source, trigger: HTMLElement) => void} OpenSource */
/** @typedef {import('./api.js').DocumentDetail} DocumentDetail */
/** @typedef {{ start: number, end: number }} Located */
/** @typedef {ReturnType<typeof renderShell>} PanelView */

/** Above this many characters a passage is trimmed to a window around the quote. */
const PASSAGE_LIMIT = 1400;
const CONTEXT = 500;

/**
 * @param {{ panel: HTMLElement, backdrop: HTMLElement }} elements
 */
export function createSourcePanel({ panel, backdrop }) {
  /** @type {Map<string, Promise<DocumentDetail>>} */
  const documents = new Map();
  /** @type {HTMLElement | null} */
  let trigger = null;
  let generation = 0;

  /** @param {string} id */
  const fetchDocument = (id) => {
    if (!documents.has(id)) {
      const pending = getJson(`/api/documents/${encodeURIComponent(id)}`);
      pending.catch(() => documents.delete(id)); // Failed loads are retried on the next click.
      documents.set(id, pending);
    }
    return /** @type {Promise<DocumentDetail>} */ (documents.get(id));
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
   * @param {Source} source
   * @param {HTMLElement} [from] the control that opened it, lit while open and focused on close
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

/**
 * Tab and Shift+Tab cycle within the open drawer.
 * @param {HTMLElement} panel
 * @param {KeyboardEvent} event
 */
function keepFocusInside(panel, event) {
  const candidates = /** @type {HTMLElement[]} */ (
    Array.from(panel.querySelectorAll('button, a[href], textarea, input, select, [tabindex="0"]'))
  );
  const focusable = candidates.filter(
    (el) => !('disabled' in el && el.disabled) && el.getClientRects().length > 0,
  );
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

/**
 * The panel's frame for a source: heading, summary, passage host, actions, metadata.
 * @param {Source} source
 * @param {() => void} close
 */
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

/**
 * The source's details, completed from its document once loaded.
 * @param {Pick<PanelView, 'summary' | 'meta' | 'actions'>} view
 * @param {Source} source
 * @param {DocumentDetail | null} documentData
 */
function fillMetadata(view, source, documentData) {
  /** @param {'date' | 'region' | 'issuer' | 'url'} key */
  const pick = (key) => source[key] ?? documentData?.[key] ?? null;
  const page = source.page ?? null;
  view.summary.textContent = [
    pick('date'),
    pick('region'),
    page !== null ? t('pageN', { n: page }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  /** @type {[string, string | null][]} */
  const details = [
    ['issuer', pick('issuer')],
    ['docNumber', documentData?.doc_number ?? null],
    ['section', source.heading ?? null],
  ];
  const rows = details.filter(([, value]) => value !== null && value !== undefined && value !== '');
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
 * @param {unknown} text
 * @param {Pick<Source, 'start' | 'end' | 'quote'>} source
 * @returns {Located | null}
 */
export function locate(text, source) {
  const { start, end, quote } = source;
  if (typeof text !== 'string' || !quote) return null;
  const exact = typeof start === 'number' && typeof end === 'number';
  if (exact && Number.isInteger(start) && Number.isInteger(end) && text.slice(start, end) === quote)
    return { start, end };
  let best = -1;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (best < 0 || Math.abs(i - (start ?? 0)) < Math.abs(best - (start ?? 0))) best = i;
  }
  return best >= 0 ? { start: best, end: best + quote.length } : null;
}

/**
 * The chunk that holds the located quote: the cited one when it does, else the first that does.
 * @param {DocumentDetail} documentData
 * @param {Located} located
 * @param {string | null | undefined} chunkId
 */
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

/**
 * The quote highlighted inside its chunk, trimmed to a window around it when the chunk is long.
 * @param {DocumentDetail} documentData
 * @param {Located} located
 * @param {string | null | undefined} chunkId
 */
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

/**
 * The quote alone, when the document is unavailable or does not hold it (`missing`).
 * @param {string | undefined} quote
 */
function quoteBlock(quote, missing = false) {
  const block = h(
    'div',
    null,
    h('blockquote', { class: 'passage' }, h('mark', { class: 'quote' }, quote ?? '')),
  );
  if (missing) block.prepend(label(h('p', { class: 'muted small' }), 'quoteMissing'));
  return block;
}

/**
 * The whole document, chunk by chunk, with the cited chunk marked and the quote highlighted.
 * @param {PanelView} view
 * @param {DocumentDetail} documentData
 * @param {Located | null} located
 * @param {Source} source
 */
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
