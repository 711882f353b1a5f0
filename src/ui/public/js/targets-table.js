// @ts-check
/**
 * Policy targets as a sortable table (metric, value, unit, baseline, target year, region,
 * source), with the client-side CSV of the rows as shown.
 */
import { h } from './dom.js';
import { t, label, lang } from './i18n.js';
import { sortableTable, formatNumber } from './sortable-table.js';
import { toCsv, downloadCsv } from './csv.js';

/** @typedef {import('./api.js').PresentedTarget} PresentedTarget */

/** @type {Record<string, string | undefined>} */
const DIRECTION_SIGN = {
  'at least': '≥ ',
  'at most': '≤ ',
  about: '≈ ',
  increase: '+',
  decrease: '−',
  reach: '',
};
/** @type {Record<string, string | undefined>} */
const DIRECTION_KEY = {
  'at least': 'atLeast',
  'at most': 'atMost',
  about: 'about',
  increase: 'increase',
  decrease: 'decrease',
};

/**
 * What a target measures, for a reader: the canonical metric's name in the interface language,
 * else the raw label the extractor found (`metric` is the canonical key, or null).
 * @param {Partial<Pick<PresentedTarget, 'metric_name' | 'label' | 'metric'>>} target
 */
export function metricText(target) {
  return (
    target.metric_name?.[lang()] || target.metric_name?.en || target.label || target.metric || ''
  );
}

/**
 * @param {PresentedTarget[]} targets rows from the API
 * @param {{ onSource: import('./source-panel.js').OpenSource, caption?: string }} options
 */
export function targetsTable(targets, options) {
  return sortableTable({
    testId: 'targets-table',
    caption: options.caption,
    className: 'targets',
    rows: targets,
    columns: [
      {
        key: 'metric',
        labelKey: 'metric',
        className: 'metric',
        value: (r) => metricText(r),
        cell: (r) => {
          const cell = h('span', { class: 'metric-text', title: r.quote || null }, metricText(r));
          return r.binding
            ? h('span', null, cell, ' ', h('span', { class: `tag ${r.binding}` }, r.binding))
            : cell;
        },
      },
      {
        key: 'value',
        labelKey: 'value',
        numeric: true,
        value: (r) => (typeof r.value === 'number' ? r.value : null),
        cell: (r) => {
          const raw = [r.value_raw, r.unit_raw].filter(Boolean).join(' ');
          const directionKey = DIRECTION_KEY[r.direction];
          const words = directionKey ? `${t(directionKey)} ` : '';
          return h(
            'span',
            { title: [words + raw, r.qualifier].filter(Boolean).join(' · ') || null },
            `${DIRECTION_SIGN[r.direction] ?? ''}${typeof r.value === 'number' ? formatNumber(r.value) : '—'}`,
          );
        },
      },
      { key: 'unit', labelKey: 'unit', value: (r) => r.unit || null },
      {
        key: 'baseline',
        labelKey: 'baseline',
        numeric: true,
        value: (r) => r.baseline_year ?? null,
        cell: (r) => (r.baseline_year == null ? '—' : String(r.baseline_year)),
      },
      {
        key: 'target_year',
        labelKey: 'targetYear',
        numeric: true,
        value: (r) => r.target_year ?? null,
        cell: (r) => (r.target_year == null ? '—' : String(r.target_year)),
      },
      { key: 'region', labelKey: 'region', value: (r) => r.region || null },
      {
        key: 'source',
        labelKey: 'source',
        className: 'source',
        value: (r) => r.title || r.document_id,
        cell: (r) => {
          const button = h(
            'button',
            { type: 'button', class: 'link-button source-link', title: r.quote || null },
            r.title || r.document_id,
          );
          button.addEventListener('click', () => options.onSource(r, button));
          return button;
        },
      },
    ],
  });
}

/** @type {(keyof PresentedTarget)[]} */
const CSV_COLUMNS = [
  'metric',
  'label',
  'value',
  'unit',
  'direction',
  'qualifier',
  'value_raw',
  'unit_raw',
  'baseline_year',
  'target_year',
  'region',
  'sector',
  'binding',
  'document_id',
  'title',
  'quote',
];

/**
 * A "Download CSV" button for the rows currently shown by `table` (in their sorted order).
 * @param {import('./sortable-table.js').SortableTable<PresentedTarget>} table
 * @param {string} fileName
 */
export function csvButton(table, fileName) {
  const button = label(h('button', { type: 'button', class: 'ghost-button small' }), 'downloadCsv');
  button.addEventListener('click', () => {
    const rows = table.currentRows().map((r) => CSV_COLUMNS.map((c) => r[c]));
    downloadCsv(fileName, toCsv(CSV_COLUMNS, rows));
  });
  return button;
}
