import type { LoadReport } from './run-load.ts';

/** The table `npm run load -- --compare-concurrency` ends with: one row per setting, then the ratio of the last to the first. */
export function formatConcurrencyComparison(runs: { label: string; report: LoadReport }[]): string {
  const rows = [['WEB_CONCURRENCY', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx']];
  for (const { label, report } of runs) {
    rows.push([
      label,
      report.throughput.toFixed(1),
      report.latencyMs.p50.toFixed(0),
      report.latencyMs.p95.toFixed(0),
      report.latencyMs.p99.toFixed(0),
      String(report.errors + report.badBodies),
      String(report.non2xx),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const lines = rows.map((r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '),
  );
  if (runs.length >= 2) {
    const first = runs[0];
    const last = runs[runs.length - 1];
    const ratio = last.report.throughput / Math.max(first.report.throughput, 1e-9);
    lines.push(`req/s ratio (${last.label} / ${first.label}): ${ratio.toFixed(2)}×`);
  }
  return lines.join('\n');
}
