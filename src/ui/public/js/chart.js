// @ts-check
/**
 * Targets counted by target year, stacked by region: an inline SVG drawn here (no chart
 * library). The most frequent regions get their own colour; the rest are grouped as "other".
 */
import { h, svg, clear } from './dom.js';
import { t, label } from './i18n.js';

// Distinguishable for common colour-vision deficiencies, each ≥ 3:1 against white.
const PALETTE = ['#0b6e4f', '#2f6db5', '#c2571a', '#7b4fa6', '#a3780b', '#1f8a9e', '#b03a5b'];
const OTHER = '#8a8f98';
const HEIGHT = 240;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 34 };

/** @typedef {Pick<import('./api.js').PresentedTarget, 'target_year' | 'region'>} ChartTarget */

/** @param {HTMLElement} host @param {ChartTarget[]} targets */
export function drawTargetsChart(host, targets) {
  clear(host);
  const dated = /** @type {(ChartTarget & { target_year: number })[]} */ (
    targets.filter((target) => Number.isInteger(target.target_year))
  );
  if (dated.length === 0) {
    host.append(label(h('p', { class: 'muted' }), 'chartEmpty'));
    return;
  }
  /** @type {Map<string, number>} */
  const regionTotals = new Map();
  for (const target of dated)
    regionTotals.set(target.region || '—', (regionTotals.get(target.region || '—') ?? 0) + 1);
  const ranked = Array.from(regionTotals.entries()).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  const named = ranked
    .slice(0, ranked.length > PALETTE.length ? PALETTE.length - 1 : PALETTE.length)
    .map(([region]) => region);
  const series = [...named, ...(ranked.length > named.length ? [null] : [])]; // null: other regions
  /** @param {string | null} region @returns {string | null} */
  const seriesOf = (region) => (named.includes(region || '—') ? region || '—' : null);
  /** @param {string | null} s */
  const colour = (s) => (s === null ? OTHER : PALETTE[named.indexOf(s)]);

  const years = Array.from(new Set(dated.map((target) => target.target_year))).sort(
    (a, b) => a - b,
  );
  /** @type {Map<number, Map<string | null, number>>} */
  const counts = new Map(years.map((year) => [year, new Map()]));
  /** @param {number} year */
  const countsOf = (year) => counts.get(year) ?? new Map();
  /** @param {number} year */
  const totalOf = (year) => Array.from(countsOf(year).values()).reduce((a, b) => a + b, 0);
  for (const target of dated) {
    const bucket = countsOf(target.target_year);
    const key = seriesOf(target.region);
    bucket.set(key, (bucket.get(key) ?? 0) + 1);
  }
  const maxTotal = Math.max(...years.map(totalOf));
  const step = niceStep(maxTotal);
  const top = Math.ceil(maxTotal / step) * step;

  // Drawn at the host's pixel width so labels keep their size on phones and wide screens alike.
  const WIDTH = Math.max(300, Math.round(host.clientWidth || 720));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const band = plotWidth / years.length;
  const barWidth = Math.max(4, Math.min(44, band * 0.64));
  /** @param {number} value */
  const y = (value) => MARGIN.top + plotHeight - (value / top) * plotHeight;

  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    role: 'img',
    class: 'chart-svg',
  });
  chart.setAttribute(
    'aria-label',
    `${t('chartAria')} ${years.map((year) => `${year}: ${totalOf(year)}`).join(', ')}`,
  );
  for (let value = 0; value <= top; value += step) {
    chart.append(
      svg('line', {
        x1: MARGIN.left,
        x2: WIDTH - MARGIN.right,
        y1: y(value),
        y2: y(value),
        class: value === 0 ? 'axis' : 'grid',
      }),
    );
    chart.append(
      svg('text', {
        x: MARGIN.left - 6,
        y: y(value) + 4,
        'text-anchor': 'end',
        class: 'tick',
        text: String(value),
      }),
    );
  }
  const labelEvery = Math.ceil(years.length / Math.floor(plotWidth / 40));
  years.forEach((year, index) => {
    const x = MARGIN.left + band * index + (band - barWidth) / 2;
    let base = 0;
    for (const s of series) {
      const n = countsOf(year).get(s) ?? 0;
      if (!n) continue;
      const rect = svg('rect', {
        x,
        y: y(base + n),
        width: barWidth,
        height: Math.max(1, y(base) - y(base + n) - 1),
        fill: colour(s),
        rx: 1.5,
      });
      rect.append(svg('title', { text: `${year} · ${s === null ? t('chartOther') : s}: ${n}` }));
      chart.append(rect);
      base += n;
    }
    if (index % labelEvery === 0)
      chart.append(
        svg('text', {
          x: x + barWidth / 2,
          y: HEIGHT - 8,
          'text-anchor': 'middle',
          class: 'tick',
          text: String(year),
        }),
      );
  });

  const legend = h('ul', { class: 'legend' });
  for (const s of series) {
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = colour(s);
    const count =
      s === null
        ? ranked.slice(named.length).reduce((sum, [, n]) => sum + n, 0)
        : regionTotals.get(s);
    legend.append(
      h(
        'li',
        null,
        swatch,
        s === null ? t('chartOther') : s,
        h('span', { class: 'muted' }, ` ${count}`),
      ),
    );
  }
  host.append(chart, legend);
  const undated = targets.length - dated.length;
  if (undated > 0)
    host.append(label(h('p', { class: 'muted small' }), 'chartNoYear', 'text', { n: undated }));
}

/**
 * 1, 2 or 5 × 10^k, giving about four gridlines.
 * @param {number} max
 */
function niceStep(max) {
  const rough = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? rough;
  return Math.max(1, step);
}
