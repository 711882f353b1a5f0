// @ts-check
/**
 * The Targets page (#/targets): the whole targets store, filtered on the server, drawn as a
 * chart and a sortable table; the CSV link always matches the filters on screen.
 */
import { h, byId } from './dom.js';
import { t, label, onLangChange } from './i18n.js';
import { getJson, isAbort, failureMessage } from './api.js';
import { loadDocuments, facets, fillOptions, sectorName } from './corpus.js';
import { drawTargetsChart } from './chart.js';
import { targetsTable } from './targets-table.js';

/** @param {{ openSource: import('./source-panel.js').OpenSource }} options */
export function createTargetsPage({ openSource }) {
  const form = byId('targets-filters', HTMLFormElement);
  const region = byId('targets-region', HTMLSelectElement);
  const sector = byId('targets-sector', HTMLSelectElement);
  const yearFrom = byId('targets-year-from', HTMLInputElement);
  const yearTo = byId('targets-year-to', HTMLInputElement);
  const text = byId('targets-q', HTMLInputElement);
  const csv = byId('targets-csv', HTMLAnchorElement);
  const count = byId('targets-count', HTMLElement);
  const chart = byId('targets-chart', HTMLElement);
  const tableHost = byId('targets-table-host', HTMLElement);
  let started = false;
  let timer = 0;
  /** @type {AbortController | null} */
  let request = null;
  /** @type {import('./api.js').PresentedTarget[]} */
  let rows = [];

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250); // Typing in the text box: one request per pause.
  });
  form.addEventListener('change', () => {
    clearTimeout(timer);
    void refresh();
  });
  onLangChange(() => {
    if (started) render();
  });
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (started && !chart.closest('[hidden]')) drawTargetsChart(chart, rows);
    }, 150);
  });

  function params() {
    const query = new URLSearchParams();
    if (region.value) query.set('region', region.value);
    if (sector.value) query.set('sector', sector.value);
    if (/^\d{4}$/.test(yearFrom.value)) query.set('year_from', yearFrom.value);
    if (/^\d{4}$/.test(yearTo.value)) query.set('year_to', yearTo.value);
    if (text.value.trim()) query.set('q', text.value.trim().slice(0, 200));
    return query;
  }

  async function refresh() {
    const query = params();
    const csvQuery = new URLSearchParams(query);
    csvQuery.set('format', 'csv');
    csvQuery.set('bom', '1'); // for Excel: UTF-8 Chinese reads as mojibake without a byte-order mark
    csv.href = `/api/targets?${csvQuery}`;
    request?.abort();
    const controller = (request = new AbortController());
    label(count, 'targetsLoading');
    try {
      const body = await getJson(`/api/targets?${query}`, controller.signal);
      if (controller !== request) return;
      rows = body.targets ?? [];
      render();
    } catch (error) {
      if (isAbort(error)) return;
      label(count, 'targetsFailed', 'text', { message: failureMessage(error) });
    }
  }

  function render() {
    label(count, 'targetsCount', 'text', { n: rows.length });
    drawTargetsChart(chart, rows);
    tableHost.replaceChildren(
      rows.length
        ? targetsTable(rows, { onSource: openSource, caption: t('targetsTitle') })
        : label(h('p', { class: 'muted' }), 'noTargets'),
    );
  }

  /** Called when the page is shown; loads on first show. */
  async function show() {
    if (started) {
      drawTargetsChart(chart, rows); // The window may have been resized while the page was hidden.
      return;
    }
    started = true;
    void refresh();
    try {
      const { regions, sectors } = facets(await loadDocuments());
      fillOptions(region, regions);
      fillOptions(sector, sectors, sectorName);
    } catch {
      // The filters stay at "all"; the table itself still loads.
    }
  }

  return { show };
}
