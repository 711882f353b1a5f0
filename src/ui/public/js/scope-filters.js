// @ts-check
/**
 * The search scope applied to every question (sent as `filters`): region, sector, document
 * years and language. The sidebar is always shown on wide screens and toggled on narrow ones.
 */
import { loadDocuments, facets, fillOptions, sectorName } from './corpus.js';
import { t, label } from './i18n.js';
import { failureMessage } from './api.js';
import { byId } from './dom.js';

/** @typedef {import('./api.js').SearchFilters} SearchFilters */

export function createScopeFilters() {
  const form = byId('filters', HTMLFormElement);
  const region = byId('filter-region', HTMLSelectElement);
  const sector = byId('filter-sector', HTMLSelectElement);
  const yearFrom = byId('filter-year-from', HTMLInputElement);
  const yearTo = byId('filter-year-to', HTMLInputElement);
  const language = byId('filter-language', HTMLSelectElement);
  const summary = byId('corpus-summary', HTMLElement);
  const scopeSummary = byId('scope-summary', HTMLElement);
  const count = byId('filters-count', HTMLElement);
  const toggle = byId('filters-toggle', HTMLButtonElement);
  const sidebar = byId('scope', HTMLElement);
  let documentCount = 0;

  toggle.addEventListener('click', () => {
    const open = !sidebar.classList.contains('open');
    sidebar.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });
  byId('filters-reset', HTMLButtonElement).addEventListener('click', () => {
    form.reset();
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());

  /** @param {HTMLInputElement} input */
  function year(input) {
    const value = Number(input.value);
    return input.value && Number.isInteger(value) && value >= 1900 && value <= 2200
      ? value
      : undefined;
  }

  /**
   * The filters for /api/ask, or undefined when nothing narrows the search.
   * @returns {SearchFilters | undefined}
   */
  function current() {
    /** @type {SearchFilters} */
    const filters = {};
    if (region.value) filters.regions = [region.value];
    if (sector.value) filters.sectors = [sector.value];
    const from = year(yearFrom);
    const to = year(yearTo);
    if (from !== undefined) filters.year_from = from;
    if (to !== undefined) filters.year_to = to;
    if (language.value) filters.languages = [/** @type {'en' | 'zh'} */ (language.value)];
    return Object.keys(filters).length ? filters : undefined;
  }

  /**
   * The filters in a few words, for the scope summary and the question's note.
   * @param {SearchFilters | undefined} filters
   */
  function describe(filters) {
    if (!filters) return '';
    const parts = [];
    if (filters.regions) parts.push(filters.regions.join(', '));
    if (filters.sectors) parts.push(filters.sectors.map(sectorName).join(', '));
    if (filters.year_from !== undefined || filters.year_to !== undefined)
      parts.push(`${filters.year_from ?? '…'}–${filters.year_to ?? '…'}`);
    if (filters.languages)
      parts.push(filters.languages.map((l) => t(l === 'zh' ? 'chinese' : 'english')).join(', '));
    return parts.join(' · ');
  }

  function update() {
    const filters = current();
    const n = filters ? Object.keys(filters).length : 0;
    count.hidden = n === 0;
    count.textContent = String(n);
    if (filters) label(scopeSummary, 'scopeSome', 'text', { summary: describe(filters) });
    else label(scopeSummary, 'scopeAll');
  }

  async function load() {
    label(summary, 'corpusLoading');
    try {
      const documents = await loadDocuments();
      const { regions, sectors } = facets(documents);
      fillOptions(region, regions);
      fillOptions(sector, sectors, sectorName);
      documentCount = documents.length;
      const targets = documents.reduce((sum, d) => sum + (d.target_count ?? 0), 0);
      label(summary, 'corpusSummary', 'text', {
        documents: documents.length,
        regions: regions.length,
        targets,
      });
    } catch (error) {
      label(summary, 'corpusFailed', 'text', { message: failureMessage(error) });
    }
  }

  update();
  void load();
  return { current, describe, documentCount: () => documentCount };
}
