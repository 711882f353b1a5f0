// @ts-check
/**
 * The Digest page (#/digest): the cited newsletter draft of a period (GET /api/digest). The
 * period defaults to the latest two months that hold documents; scope filters narrow it. Figures
 * are bold, titles italic, and every [n] is a chip that opens the cited passage in the source
 * panel. "Copy as Markdown" and "Download HTML" fetch the server's renderings of the same digest.
 */
import { h, append, byId } from './dom.js';
import { t, label, onLangChange } from './i18n.js';
import { getJson, isAbort, failureMessage } from './api.js';
import { loadDocuments, facets, fillOptions, sectorName } from './corpus.js';
import { citationChip } from './answer-text.js';
import { copyText } from './copy.js';

/** @typedef {import('./api.js').Digest} Digest */
/** @typedef {import('../../../digest/types.ts').DigestCitation} DigestCitation */
/** @typedef {Map<number, DigestCitation>} CitationsByNumber */

const KINDS = [
  'plan',
  'implementation_plan',
  'notice',
  'opinions',
  'measures',
  'rules',
  'report',
  'newsletter',
  'other',
];

/** @param {{ openSource: import('./source-panel.js').OpenSource }} options */
export function createDigestPage({ openSource }) {
  const form = byId('digest-filters', HTMLFormElement);
  const from = byId('digest-from', HTMLInputElement);
  const to = byId('digest-to', HTMLInputElement);
  const region = byId('digest-region', HTMLSelectElement);
  const sector = byId('digest-sector', HTMLSelectElement);
  const kind = byId('digest-kind', HTMLSelectElement);
  const language = byId('digest-language', HTMLSelectElement);
  const status = byId('digest-status', HTMLElement);
  const output = byId('digest-output', HTMLElement);
  const copyButton = byId('digest-copy', HTMLButtonElement);
  const download = byId('digest-html', HTMLAnchorElement);
  const copyHost = byId('digest-copy-host', HTMLElement);
  let started = false;
  /** @type {AbortController | null} */
  let request = null;
  /** @type {Digest | null} */
  let digest = null;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void refresh();
  });
  form.addEventListener('change', () => void refresh());
  copyButton.addEventListener('click', async () => {
    try {
      const response = await fetch(`/api/digest?${params('md')}`);
      if (!response.ok)
        throw new Error((await response.json()).error?.message ?? response.statusText);
      await copyText(await response.text(), copyHost);
    } catch (error) {
      label(status, 'digestFailed', 'text', { message: failureMessage(error) });
    }
  });
  onLangChange(() => {
    if (digest) render();
  });

  /** @param {'md' | 'html'} [format] */
  function params(format) {
    const query = new URLSearchParams({ from: from.value, to: to.value });
    if (region.value) query.set('regions', region.value);
    if (sector.value) query.set('sectors', sector.value);
    if (kind.value) query.set('kinds', kind.value);
    if (language.value) query.set('languages', language.value);
    if (format) query.set('format', format);
    return query;
  }

  async function refresh() {
    if (!from.value || !to.value) return;
    download.href = `/api/digest?${params('html')}`;
    download.setAttribute('download', `digest-${from.value}-${to.value}.html`);
    request?.abort();
    const controller = (request = new AbortController());
    label(status, 'digestLoading');
    output.setAttribute('aria-busy', 'true');
    try {
      const body = await getJson(`/api/digest?${params()}`, controller.signal);
      if (controller !== request) return;
      digest = body;
      render();
    } catch (error) {
      if (isAbort(error)) return;
      digest = null;
      output.replaceChildren();
      label(status, 'digestFailed', 'text', { message: failureMessage(error) });
    } finally {
      if (controller === request) output.setAttribute('aria-busy', 'false');
    }
  }

  function render() {
    if (!digest) return;
    /** @type {CitationsByNumber} */
    const byNumber = new Map(digest.citations.map((c) => [c.n, c]));
    label(status, 'digestSummary', 'text', {
      n: digest.documents.length,
      sources: digest.citations.length,
    });
    /** @type {HTMLElement[]} */
    const nodes = [];
    if (digest.notice)
      nodes.push(h('p', { class: 'digest-notice', 'data-testid': 'digest-notice' }, digest.notice));
    for (const section of digest.sections) {
      if (section.items.length === 0) continue;
      const host = h(
        'section',
        {
          class: `digest-section ${section.kind}`,
          'data-testid': `digest-section-${section.kind}`,
        },
        h('h2', null, section.title),
      );
      for (const item of section.items) host.append(itemNode(item, byNumber));
      nodes.push(host);
    }
    output.replaceChildren(...nodes);
  }

  /**
   * One item of a section: a comparison table, or a paragraph with its bullets by target year.
   * @param {import('../../../digest/types.ts').DigestItem} item
   * @param {CitationsByNumber} byNumber
   */
  function itemNode(item, byNumber) {
    if (item.type === 'table' && item.table) {
      const rows = item.table.rows.map((r) =>
        h(
          'tr',
          null,
          h('td', null, r.region),
          h('td', null, h('strong', null, `${r.value_raw} ${r.unit_raw}`.trim())),
          h('td', null, r.target_year == null ? '—' : String(r.target_year)),
          h('td', null, chip(r.citation, byNumber)),
        ),
      );
      const caption =
        item.table.metric_name?.[document.documentElement.lang === 'zh-CN' ? 'zh' : 'en'] ??
        item.table.metric;
      return h(
        'table',
        { class: 'data-table digest-table' },
        h('caption', null, caption),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ...['region', 'value', 'targetYear', 'source'].map((key) => label(h('th'), key)),
          ),
        ),
        h('tbody', null, ...rows),
      );
    }
    const box = h(
      'div',
      { class: `digest-item ${item.type}`, 'data-testid': 'digest-item' },
      append(h('p'), ...inline(item.text, byNumber)),
    );
    /** @type {Map<number | null, import('../../../digest/types.ts').DigestBullet[]>} */
    const years = new Map();
    for (const bullet of item.bullets ?? [])
      years.set(bullet.target_year, [...(years.get(bullet.target_year) ?? []), bullet]);
    for (const [year, bullets] of years) {
      box.append(
        h(
          'p',
          { class: 'digest-year' },
          year == null ? t('digestOtherFigures') : t('digestByYear', { year }),
        ),
      );
      box.append(
        h('ul', null, ...bullets.map((b) => append(h('li'), ...inline(b.text, byNumber)))),
      );
    }
    return box;
  }

  /**
   * The chip of citation `n`, or the marker as text when the digest has no such citation.
   * @param {number} n
   * @param {CitationsByNumber} byNumber
   */
  function chip(n, byNumber) {
    const citation = byNumber.get(n);
    return citation ? citationChip(citation, openSource) : `[${n}]`;
  }

  /**
   * The digest's markup as nodes: **figure** → strong, _title_ → em, [n] → a chip; the rest is text.
   * @param {string} text
   * @param {CitationsByNumber} byNumber
   */
  function inline(text, byNumber) {
    /** @type {(Node | string)[]} */
    const out = [];
    let cursor = 0;
    for (const match of text.matchAll(
      /\*\*([^*]+)\*\*|(?<![\w])_([^_\n]+)_(?![\w])|\[(\d{1,4})\]/g,
    )) {
      if (match.index > cursor) out.push(text.slice(cursor, match.index));
      if (match[1] !== undefined) out.push(h('strong', null, match[1]));
      else if (match[2] !== undefined) out.push(h('em', null, match[2]));
      else out.push(chip(Number(match[3]), byNumber));
      cursor = match.index + match[0].length;
    }
    if (cursor < text.length) out.push(text.slice(cursor));
    return out;
  }

  /** Called when the page is shown; on first show, picks the latest two months with documents. */
  async function show() {
    if (started) return;
    started = true;
    fillOptions(kind, KINDS, (k) => t(`kind_${k}`));
    try {
      const documents = await loadDocuments();
      const { regions, sectors } = facets(documents);
      fillOptions(region, regions);
      fillOptions(sector, sectors, sectorName);
      if (!from.value || !to.value) setPeriod(defaultPeriod(documents));
    } catch {
      if (!from.value || !to.value) setPeriod(defaultPeriod([]));
    }
    void refresh();
  }

  /** @param {{ from: string, to: string }} period */
  function setPeriod(period) {
    from.value = period.from;
    to.value = period.to;
  }

  return { show };
}

/**
 * The latest two calendar months that hold documents: the month of the newest one and the one before.
 * @param {Pick<import('./api.js').DocumentSummary, 'date'>[]} documents
 */
export function defaultPeriod(documents) {
  const latest =
    documents
      .map((d) => d.date)
      .filter(Boolean)
      .sort()
      .pop() ?? new Date().toISOString().slice(0, 10);
  const [year, month] = latest.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 2, 1));
  const end = new Date(Date.UTC(year, month, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}
