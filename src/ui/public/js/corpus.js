// @ts-check
/**
 * The document list (GET /api/documents), loaded once and shared: it fills the region and
 * sector options of both the chat filters and the targets page.
 */
import { getJson } from './api.js';
import { h } from './dom.js';

/** @typedef {import('./api.js').DocumentSummary} DocumentSummary */

/** @type {Promise<DocumentSummary[]> | null} */
let pending = null;

/** @returns {Promise<DocumentSummary[]>} the documents (a failed load is retried on the next call) */
export function loadDocuments() {
  if (!pending) {
    pending = getJson('/api/documents').then((body) => body.documents ?? []);
    pending.catch(() => (pending = null));
  }
  return pending;
}

/**
 * Distinct regions (National first) and sectors of the documents, sorted.
 * @param {Pick<DocumentSummary, 'region' | 'sectors'>[]} documents
 */
export function facets(documents) {
  /** @type {Set<string>} */
  const regions = new Set();
  /** @type {Set<string>} */
  const sectors = new Set();
  for (const d of documents) {
    if (d.region) regions.add(d.region);
    for (const s of d.sectors ?? []) sectors.add(s);
  }
  const collator = new Intl.Collator('en');
  const regionList = Array.from(regions).sort((a, b) =>
    a === 'National' ? -1 : b === 'National' ? 1 : collator.compare(a, b),
  );
  return { regions: regionList, sectors: Array.from(sectors).sort(collator.compare) };
}

/**
 * Appends options after a select's first ("all") option, keeping the current choice.
 * @param {HTMLSelectElement} select
 * @param {string[]} values
 * @param {(value: string) => string} [display]
 */
export function fillOptions(select, values, display = (v) => v) {
  const chosen = select.value;
  const first = select.options[0];
  select.replaceChildren(first, ...values.map((value) => h('option', { value }, display(value))));
  if (values.includes(chosen)) select.value = chosen;
}

/**
 * Sector ids as words ("circular-economy" → "circular economy").
 * @param {string} sector
 */
export function sectorName(sector) {
  return sector.replace(/[-_]+/g, ' ');
}
