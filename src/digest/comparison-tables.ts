import type { PeriodDocument } from '../store.ts';
import type { StoredTarget } from '../store.ts';
import { metricName } from '../targets/metrics.ts';
import { presentTarget } from '../targets/present.ts';
import { dedupe, figure, markers, targetSource, unique, type DigestContext } from './context.ts';
import type { DigestItem } from './types.ts';

interface Row {
  document: PeriodDocument;
  target: StoredTarget;
}

/** A table for each canonical metric that two or more regions of a group set. */
export function comparisonTables(
  documentItems: DigestItem[],
  group: PeriodDocument[],
  context: DigestContext,
): DigestItem[] {
  const tables: DigestItem[] = [];
  for (const [key, rows] of shownTargetsByMetric(documentItems, group, context)) {
    const table = comparisonTable(key, rows, context);
    if (table) tables.push(table);
  }
  return tables;
}

/** The group's targets with a canonical metric that its document items show, by metric. */
function shownTargetsByMetric(
  documentItems: DigestItem[],
  group: PeriodDocument[],
  context: DigestContext,
): Map<string, Row[]> {
  const byMetric = new Map<string, Row[]>();
  for (const document of group) {
    for (const target of dedupe(context.targetsOf.get(document.id) ?? [])) {
      if (!target.metric_key) continue;
      const shown = documentItems.some(
        (item) =>
          item.document_id === document.id &&
          item.targets.some((t) => t.start === target.start && t.value === target.value),
      );
      if (shown)
        byMetric.set(target.metric_key, [
          ...(byMetric.get(target.metric_key) ?? []),
          { document, target },
        ]);
    }
  }
  return byMetric;
}

/** One metric's table, with its prose form as the item text; null below two regions or if unverified. */
function comparisonTable(key: string, rows: Row[], context: DigestContext): DigestItem | null {
  const regions = unique(rows.map((r) => r.document.region));
  if (regions.length < 2) return null;
  const name = metricName(key);
  const cells = rows.map(({ document, target }) => ({
    document,
    target,
    n: context.citations.cite(document, targetSource(target)),
  }));
  const text = `${name?.en ?? key}: ${cells.map((c) => `${c.document.region} **${figure(c.target.value_raw, c.target.unit_raw)}** [${c.n}]`).join('; ')}.`;
  if (!context.citations.verified(text)) return null;
  return {
    type: 'table',
    text,
    citations: markers(text),
    targets: cells.map((c) => presentTarget(c.target)),
    regions,
    table: {
      metric: key,
      metric_name: name,
      columns: ['Region', 'Value', 'Unit', 'Target year', 'Source'],
      rows: cells.map((c) => ({
        region: c.document.region,
        value: c.target.value,
        unit: c.target.unit,
        value_raw: c.target.value_raw,
        unit_raw: c.target.unit_raw,
        target_year: c.target.target_year,
        citation: c.n,
      })),
    },
  };
}
