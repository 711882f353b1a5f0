/**
 * Compares two eval reports (this run against a previous report.json): did the change make the
 * service better or worse, and on which questions. Output is plain fixed-width text for a
 * terminal or a CI log.
 */
import type { EvalReport } from './report-json.ts';
import { getMetric, isLowerBetter } from './report-json.ts';
import {
  SUMMARY_METRICS,
  excerpt,
  formatMetric,
  metricLabel,
  textTable,
  type MetricKind,
} from './report-md.ts';

/** Signed change with an arrow: ratios in percentage points, scores to 3 places, latency in ms. */
export function formatDelta(
  current: number | null | undefined,
  previous: number | null | undefined,
  kind: MetricKind,
  lowerIsBetter = false,
): string {
  if (current === null || current === undefined || previous === null || previous === undefined)
    return 'n/a';
  const delta = current - previous;
  const shown = kind === 'ratio' ? delta * 100 : delta;
  const digits = kind === 'ratio' ? 1 : kind === 'score' ? 3 : 0;
  // Round first so a change too small to print is reported as no change rather than "▲ +0.0".
  const rounded = Number(shown.toFixed(digits));
  if (rounded === 0) return '= 0';
  const unit = kind === 'ratio' ? ' pp' : kind === 'ms' ? ' ms' : '';
  const better = lowerIsBetter ? rounded < 0 : rounded > 0;
  return `${rounded > 0 ? '▲' : '▼'} ${rounded > 0 ? '+' : ''}${rounded.toFixed(digits)}${unit} (${better ? 'better' : 'worse'})`;
}

/**
 * A table of metric changes (previous → current, with ▲/▼ and signed deltas; ratios in
 * percentage points), then the cases that newly fail and newly pass, matched by question id.
 * Questions present in only one report are counted, not compared.
 */
export function compareReports(current: EvalReport, previous: EvalReport): string {
  const metrics = [
    { path: 'questions', label: 'Questions', kind: 'count' as MetricKind },
    ...SUMMARY_METRICS,
  ];
  const rows = metrics
    .filter(
      (m) => getMetric(current, m.path) !== undefined || getMetric(previous, m.path) !== undefined,
    )
    .map((m) => {
      const now = getMetric(current, m.path);
      const before = getMetric(previous, m.path);
      const change =
        m.kind === 'count'
          ? formatDelta(now, before, 'count')
          : formatDelta(now, before, m.kind, isLowerBetter(m.path));
      return [
        metricLabel(m.label, current),
        formatMetric(before, m.kind),
        formatMetric(now, m.kind),
        change,
      ];
    });

  const before = new Map(previous.cases.map((c) => [c.id, c]));
  const nowIds = new Set(current.cases.map((c) => c.id));
  const newlyFailing = current.cases.filter((c) => !c.pass && before.get(c.id)?.pass === true);
  const newlyPassing = current.cases.filter((c) => c.pass && before.get(c.id)?.pass === false);
  const added = current.cases.filter((c) => !before.has(c.id)).length;
  const removed = previous.cases.filter((c) => !nowIds.has(c.id)).length;

  const lines = [
    `Compared with the report of ${previous.generated_at}`,
    '',
    textTable(['Metric', 'Previous', 'Current', 'Change'], rows),
    '',
    `Newly failing (${newlyFailing.length}):`,
    ...(newlyFailing.length
      ? newlyFailing.map((c) => `  ✗ ${c.id}: ${excerpt(c.question, 80)} — ${c.why.join('; ')}`)
      : ['  none']),
    '',
    `Newly passing (${newlyPassing.length}):`,
    ...(newlyPassing.length
      ? newlyPassing.map((c) => `  ✓ ${c.id}: ${excerpt(c.question, 80)}`)
      : ['  none']),
  ];
  if (added || removed)
    lines.push('', `Questions only in this run: ${added}; only in the previous run: ${removed}.`);
  return `${lines.join('\n')}\n`;
}
