// @ts-check
/**
 * A table whose column headers sort it (click again to reverse). Sorting is by each column's
 * `value(row)`: numbers numerically, text by locale, empty values always last.
 */
import { h, append } from './dom.js';
import { label, lang } from './i18n.js';

/**
 * @template Row
 * @typedef {object} Column
 * @property {string} key
 * @property {string} [labelKey] i18n key for the header (else `title` is shown as is)
 * @property {string} [title]
 * @property {(row: Row) => unknown} value  sort key and default cell text
 * @property {(row: Row) => Node | string} [cell]
 * @property {boolean} [numeric] right-aligned
 * @property {string} [className]
 */

/**
 * @template Row
 * @typedef {HTMLDivElement & { currentRows(): Row[] }} SortableTable
 */

/**
 * @template Row
 * @param {{ columns: Column<Row>[], rows: Row[], testId?: string, caption?: string, className?: string }} options
 * @returns {SortableTable<Row>} a scroll container holding the table
 */
export function sortableTable(options) {
  const { columns } = options;
  let rows = options.rows.slice();
  /** @type {string | null} */
  let sortKey = null;
  let descending = false;

  const table = h('table', {
    class: `data-table ${options.className ?? ''}`.trim(),
    'data-testid': options.testId,
  });
  if (options.caption) table.append(h('caption', { class: 'visually-hidden' }, options.caption));
  const headRow = h('tr');
  const headers = columns.map((column) => {
    const button = h('button', { type: 'button', class: 'sort-button' });
    const text = h('span');
    if (column.labelKey) label(text, column.labelKey);
    else text.textContent = column.title ?? column.key;
    append(button, text, h('span', { class: 'sort-icon', 'aria-hidden': 'true' }));
    const th = h(
      'th',
      {
        scope: 'col',
        class: [column.numeric ? 'num' : '', column.className ?? ''].join(' ').trim() || null,
      },
      button,
    );
    button.addEventListener('click', () => sortBy(column));
    headRow.append(th);
    return th;
  });
  const body = h('tbody');
  table.append(h('thead', null, headRow), body);

  function renderBody() {
    body.replaceChildren(
      ...rows.map((row) =>
        h(
          'tr',
          null,
          ...columns.map((column) =>
            h(
              'td',
              {
                class:
                  [column.numeric ? 'num' : '', column.className ?? ''].join(' ').trim() || null,
              },
              column.cell ? column.cell(row) : display(column.value(row)),
            ),
          ),
        ),
      ),
    );
  }

  /** @param {Column<Row>} column */
  function sortBy(column) {
    descending = sortKey === column.key ? !descending : false;
    sortKey = column.key;
    const collator = new Intl.Collator(lang() === 'zh' ? 'zh-CN' : 'en', {
      numeric: true,
      sensitivity: 'base',
    });
    rows.sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const xEmpty = x === null || x === undefined || x === '';
      const yEmpty = y === null || y === undefined || y === '';
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? 0 : xEmpty ? 1 : -1;
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      return descending ? -order : order;
    });
    headers.forEach((th, i) => {
      if (columns[i] === column)
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
    renderBody();
  }

  renderBody();
  // Focusable so keyboard users can scroll a table wider than the screen.
  const wrapper = h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': options.caption ?? null },
    table,
  );
  /** The rows in their current (sorted) order, for CSV export. */
  return Object.assign(wrapper, { currentRows: () => rows.slice() });
}

/** @param {unknown} value */
function display(value) {
  if (value === null || value === undefined) return '—';
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

/**
 * Numbers with grouping, at most 4 decimals (policy values are rarely finer).
 * @param {number} value
 */
export function formatNumber(value) {
  return new Intl.NumberFormat(lang() === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: 4,
  }).format(value);
}
