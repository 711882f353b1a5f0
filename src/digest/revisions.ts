import type { PeriodDocument } from '../store.ts';
import type { TargetRevision } from '../store.ts';
import { metricName } from '../targets/metrics.ts';
import { figure, targetSource, type DigestContext } from './context.ts';
import type { DigestItem } from './types.ts';

/**
 * "Hebei changed its 2025 target for X from **4 …** in _Old_ [a] to **6 …** in _New_ [b]." for
 * each revision whose new side is a document of the period (`inPeriod`).
 */
export function revisionItems(
  revisions: TargetRevision[],
  inPeriod: Map<string, PeriodDocument>,
  context: DigestContext,
): DigestItem[] {
  const items: DigestItem[] = [];
  for (const revision of revisions) {
    const item = revisionItem(revision, inPeriod.get(revision.new.document_id)!, context);
    if (item) items.push(item);
  }
  return items;
}

function revisionItem(
  revision: TargetRevision,
  newDocument: PeriodDocument,
  context: DigestContext,
): DigestItem | null {
  // The earlier document may lie outside the period: it is cited with what the revision knows of it.
  const oldDocument: PeriodDocument = {
    ...newDocument,
    id: revision.old.document_id,
    title: revision.old.title,
    date: revision.old.date ?? '',
    issuer: null,
    url: null,
  };
  const a = context.citations.cite(oldDocument, targetSource(revision.old));
  const b = context.citations.cite(newDocument, targetSource(revision.new));
  const name = metricName(revision.metric_key)?.en ?? revision.metric_key;
  const from = `**${figure(revision.old.value_raw, revision.old.unit_raw)}** in _${revision.old.title}_ [${a}]`;
  const to = `**${figure(revision.new.value_raw, revision.new.unit_raw)}** in _${revision.new.title}_ [${b}]`;
  const withYear = `${revision.region} changed its ${revision.target_year} target for ${name.toLowerCase()} from ${from} to ${to}.`;
  const withoutYear = `${revision.region} changed its target for ${name.toLowerCase()} from ${from} to ${to}.`;
  const text = [withYear, withoutYear].find((t) => context.citations.verified(t));
  if (!text) return null;
  return {
    type: 'revision',
    text,
    citations: [a, b],
    targets: [],
    regions: [revision.region],
  };
}
