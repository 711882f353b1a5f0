/**
 * Text renderings of a report: `report.md` (summary, categories, targets, failures) and the
 * fixed-width summary table the CLI prints. Also the metric list and number formats the HTML
 * report and the comparison share, so all three say the same thing the same way.
 */
import type { EvalReport } from './report-json.ts';
import { getMetric } from './report-json.ts';

export type MetricKind = 'ratio' | 'score' | 'ms' | 'count';

/** The headline metrics, in display order, by dotted path into the report. */
export const SUMMARY_METRICS: { path: string; label: string; kind: MetricKind }[] = [
  { path: 'pass_rate', label: 'Cases passed', kind: 'ratio' },
  { path: 'retrieval.hit_at_1', label: 'Retrieval hit@1', kind: 'ratio' },
  { path: 'retrieval.hit_at_k', label: 'Retrieval hit@k', kind: 'ratio' },
  { path: 'retrieval.recall_at_k', label: 'Retrieval recall@k', kind: 'ratio' },
  { path: 'retrieval.mrr', label: 'Retrieval MRR', kind: 'score' },
  { path: 'answer.must_include_accuracy', label: 'Must-include accuracy', kind: 'ratio' },
  { path: 'answer.lead_correct', label: 'Lead correct', kind: 'ratio' },
  { path: 'citations.precision', label: 'Citation precision', kind: 'ratio' },
  { path: 'answer.citation_validity', label: 'Citation validity', kind: 'ratio' },
  { path: 'answer.cited_expected_rate', label: 'Citations to expected docs', kind: 'ratio' },
  { path: 'unanswerable.accuracy', label: 'Unanswerable declined', kind: 'ratio' },
  { path: 'targets.precision', label: 'Targets precision', kind: 'ratio' },
  { path: 'targets.recall', label: 'Targets recall', kind: 'ratio' },
  { path: 'targets.f1', label: 'Targets F1', kind: 'score' },
  { path: 'latency_ms.p50', label: 'Latency p50', kind: 'ms' },
  { path: 'latency_ms.p95', label: 'Latency p95', kind: 'ms' },
];

/** "1 error", "2 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A metric value for people: ratios as percentages, scores to 3 places, `—` for no value. */
export function formatMetric(value: number | null | undefined, kind: MetricKind): string {
  if (value === null || value === undefined) return '—';
  if (kind === 'ratio') return `${(value * 100).toFixed(1)}%`;
  if (kind === 'score') return value.toFixed(3);
  if (kind === 'ms') return `${Math.round(value)} ms`;
  return String(value);
}

/** The headline label with `k` filled in ("Retrieval hit@5"). */
export function metricLabel(label: string, report: EvalReport): string {
  return label.replace('@k', `@${report.retrieval.k}`);
}

/** First `max` characters of a text on one line, with an ellipsis when cut. */
export function excerpt(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** What a case expected, in one line: documents and tokens, or "decline". */
export function describeExpected(c: EvalReport['cases'][number]): string {
  if (!c.answerable_expected) return 'decline (not answerable from the corpus)';
  const parts: string[] = [];
  if (c.expected_doc_ids.length) parts.push(`docs: ${c.expected_doc_ids.join(', ')}`);
  if (c.must_include.length)
    parts.push(`tokens: ${c.must_include.map((t) => `'${t}'`).join(', ')}`);
  return parts.join('; ') || '(nothing specified)';
}

function visibleMetrics(report: EvalReport) {
  return SUMMARY_METRICS.filter((m) => !(m.path.startsWith('targets.') && report.targets === null));
}

/** Display width: CJK and other wide characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

/** Lays out rows as a fixed-width text table with a rule under the header. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The compact console summary the eval CLI prints after a run. */
export function formatSummaryTable(report: EvalReport): string {
  const rows = visibleMetrics(report).map((m) => [
    metricLabel(m.label, report),
    formatMetric(getMetric(report, m.path), m.kind),
  ]);
  rows.unshift([
    'Questions',
    `${report.questions} (${report.passed} passed, ${report.failed} failed${report.errors ? `, ${plural(report.errors, 'error')}` : ''})`,
  ]);
  const categories = Object.entries(report.by_category);
  const main = textTable(['Metric', 'Value'], rows);
  if (categories.length <= 1) return main;
  const categoryRows = categories.map(([name, s]) => [
    name,
    String(s.count),
    formatMetric(s.pass_rate, 'ratio'),
    formatMetric(s.hit_at_k, 'ratio'),
    formatMetric(s.must_include_accuracy, 'ratio'),
    formatMetric(s.lead_correct, 'ratio'),
    formatMetric(s.citation_precision, 'ratio'),
    formatMetric(s.unanswerable_accuracy, 'ratio'),
  ]);
  return `${main}\n\n${textTable(['Category', 'n', 'passed', `hit@${report.retrieval.k}`, 'must-include', 'lead', 'cite-prec', 'declined'], categoryRows)}`;
}

/** Escapes text for a Markdown table cell: pipes, line breaks, and HTML-significant characters. */
export function mdCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

function mdTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
  ].join('\n');
}

function targetsSection(report: EvalReport): string[] {
  const t = report.targets;
  if (!t) return [];
  const docs = Object.entries(t.by_document).map(([doc, s]) => [
    doc,
    String(s.tp),
    String(s.fp),
    String(s.fn),
    formatMetric(s.precision, 'ratio'),
    formatMetric(s.recall, 'ratio'),
    formatMetric(s.f1, 'score'),
  ]);
  const lines = [
    '## Targets',
    '',
    `Precision ${formatMetric(t.precision, 'ratio')}, recall ${formatMetric(t.recall, 'ratio')}, F1 ${formatMetric(t.f1, 'score')} (${t.tp} matched, ${t.fp} spurious, ${t.fn} missed).`,
    '',
    mdTable(['Document', 'TP', 'FP', 'FN', 'Precision', 'Recall', 'F1'], docs),
    '',
  ];
  if (t.misses.length) {
    lines.push(
      '### Missed gold targets',
      '',
      mdTable(
        ['Document', 'Metric', 'Value', 'Year'],
        t.misses.map((g) => [
          g.doc_id,
          g.metric,
          `${g.value} ${g.unit}`,
          String(g.target_year ?? '—'),
        ]),
      ),
      '',
    );
  }
  if (t.false_positives.length) {
    lines.push(
      '### Extracted targets with no gold match',
      '',
      mdTable(
        ['Document', 'Metric', 'Value', 'Year', 'Quote'],
        t.false_positives.map((x) => [
          x.document_id,
          x.metric,
          `${x.value} ${x.unit}`,
          String(x.target_year ?? '—'),
          excerpt(x.quote, 100),
        ]),
      ),
      '',
    );
  }
  return lines;
}

/** The `report.md` text: summary, per-category table, targets, and one row per failed case. */
export function renderMarkdown(report: EvalReport): string {
  const k = report.retrieval.k;
  const summary = visibleMetrics(report).map((m) => [
    metricLabel(m.label, report),
    formatMetric(getMetric(report, m.path), m.kind),
  ]);
  summary.unshift([
    'Questions',
    `${report.questions} (${report.passed} passed, ${report.failed} failed, ${plural(report.errors, 'error')})`,
  ]);
  const categories = Object.entries(report.by_category).map(([name, s]) => [
    name,
    String(s.count),
    formatMetric(s.pass_rate, 'ratio'),
    formatMetric(s.hit_at_k, 'ratio'),
    formatMetric(s.mrr, 'score'),
    formatMetric(s.must_include_accuracy, 'ratio'),
    formatMetric(s.lead_correct, 'ratio'),
    formatMetric(s.citation_precision, 'ratio'),
    s.unanswerable_count
      ? `${formatMetric(s.unanswerable_accuracy, 'ratio')} of ${s.unanswerable_count}`
      : '—',
    formatMetric(s.latency_p50, 'ms'),
  ]);
  const failures = report.cases
    .filter((c) => !c.pass)
    .map((c) => [
      c.id,
      excerpt(c.question, 120),
      describeExpected(c),
      c.error ? `(error) ${excerpt(c.error, 120)}` : excerpt(c.answer, 160) || '(empty answer)',
      c.why.join('; '),
    ]);
  const settings = Object.entries(report.settings)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');

  return [
    '# Policy QA evaluation report',
    '',
    `Generated ${report.generated_at}. Settings: ${mdCell(settings)}.`,
    '',
    '## Summary',
    '',
    mdTable(['Metric', 'Value'], summary),
    '',
    '## By category',
    '',
    mdTable(
      [
        'Category',
        'n',
        'Passed',
        `Hit@${k}`,
        'MRR',
        'Must-include',
        'Lead correct',
        'Citation precision',
        'Unanswerable declined',
        'Latency p50',
      ],
      categories,
    ),
    '',
    ...targetsSection(report),
    `## Failures (${failures.length})`,
    '',
    failures.length
      ? mdTable(['ID', 'Question', 'Expected', 'Got (answer excerpt)', 'Why'], failures)
      : 'No failures.',
    '',
  ].join('\n');
}
