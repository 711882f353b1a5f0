import type { MetricName } from './metrics.ts';

// `metric` is the canonical key, `metric_en`/`metric_zh` its names, `label` the raw wording.
const COLUMNS = [
  'document_id',
  'title',
  'region',
  'level',
  'sector',
  'metric',
  'metric_en',
  'metric_zh',
  'label',
  'value',
  'unit',
  'value_raw',
  'unit_raw',
  'direction',
  'qualifier',
  'baseline_year',
  'target_year',
  'binding',
  'quote',
  'chunk_id',
  'start',
  'end',
] as const;

/**
 * RFC 4180 CSV with a header row. Cells that a spreadsheet would run as a formula
 * (leading = + - @) are prefixed with an apostrophe (CSV injection).
 */
export function targetsToCsv(
  targets: { metric: string | null; metric_name: MetricName | null; label: string }[],
): string {
  const lines = [COLUMNS.join(',')];
  for (const t of targets) {
    const record = {
      ...t,
      metric_en: t.metric_name?.en ?? null,
      metric_zh: t.metric_name?.zh ?? null,
    } as unknown as Record<string, unknown>;
    lines.push(COLUMNS.map((c) => cell(record[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
