import type { DigestScope, DigestStore, PeriodDocument, TargetStore } from '../store.ts';
import type { StoredTarget, TargetRevision } from '../store.ts';
import type { DocumentKind } from '../documents/kind.ts';
import { createCitations, type Citations } from './citations.ts';
import { groupBy, type DigestContext } from './context.ts';
import { documentItem } from './document-item.ts';
import { renumber } from './renumber.ts';
import { revisionItems } from './revisions.ts';
import { subnationalItems } from './subnational.ts';
import type { Digest, DigestSection } from './types.ts';

/**
 * Builds the digest of a period (inclusive dates, YYYY-MM-DD) and scope from the store:
 *  - top: national documents, each with its headline and its targets as bullets by target year
 *    (`document-item.ts`);
 *  - subnational: provincial and municipal documents grouped by topic, a sentence naming the
 *    regions of each group, each document's headline and figures, and a comparison table for a
 *    canonical metric several regions of the group set (`subnational.ts`, `comparison-tables.ts`);
 *  - revised: targets of the period's documents that change an earlier document's value
 *    (`revisions.ts`);
 *  - perspectives: reports and newsletters.
 * Extractive: every sentence is a quoted document sentence or a template filled from the targets
 * store, cited, and kept only if the number verifier finds its numbers in what it cites.
 */
/** What the digest reads: a period's documents and passages, their targets and the revisions. */
export type DigestSource = DigestStore & Pick<TargetStore, 'listTargets' | 'targetRevisions'>;

const PERSPECTIVE_KINDS: DocumentKind[] = ['report', 'newsletter'];

export async function buildDigest(
  store: DigestSource,
  period: { from: string; to: string },
  scope: DigestScope = {},
): Promise<Digest> {
  const started = performance.now();
  const { documents, context, revisions } = await loadPeriod(store, period, scope);
  const sections = buildSections(documents, revisions, context);
  for (const section of sections)
    section.items = section.items.filter((item) => item.text.trim() || item.bullets?.length);
  renumber(sections, context.citations);

  const digest = assemble(period, scope, documents, sections, context.citations);
  if (documents.length === 0) digest.notice = await emptyNotice(store, period, scope);
  digest.timings_ms.total = Math.round(performance.now() - started);
  return digest;
}

/** The period's documents, their opening chunks and targets, and the revisions among them. */
async function loadPeriod(
  store: DigestSource,
  period: { from: string; to: string },
  scope: DigestScope,
): Promise<{ documents: PeriodDocument[]; context: DigestContext; revisions: TargetRevision[] }> {
  const documents = await store.documentsInPeriod(period.from, period.to, scope);
  const ids = documents.map((d) => d.id);
  const [chunks, targets, revisions] = await Promise.all([
    store.openingChunks(ids),
    ids.length
      ? store.listTargets({ document_ids: ids, limit: 100_000 })
      : Promise.resolve([] as StoredTarget[]),
    ids.length
      ? store.targetRevisions(period.from, period.to, { regions: scope.regions })
      : Promise.resolve([] as TargetRevision[]),
  ]);
  const context: DigestContext = {
    citations: createCitations(),
    chunksOf: groupBy(chunks, (c) => c.document_id),
    targetsOf: groupBy(targets, (t) => t.document_id),
  };
  return { documents, context, revisions };
}

/** The four sections in order; citations are numbered as they are built, top news first. */
function buildSections(
  documents: PeriodDocument[],
  revisions: TargetRevision[],
  context: DigestContext,
): DigestSection[] {
  const national = documents.filter(
    (d) => d.level === 'national' && !PERSPECTIVE_KINDS.includes(d.kind),
  );
  const subnational = documents.filter(
    (d) => d.level !== 'national' && !PERSPECTIVE_KINDS.includes(d.kind),
  );
  const perspectives = documents.filter((d) => PERSPECTIVE_KINDS.includes(d.kind));
  const inPeriod = new Map(documents.map((d) => [d.id, d]));
  return [
    { kind: 'top', title: 'Top News', items: national.map((d) => documentItem(d, context, 'top')) },
    {
      kind: 'subnational',
      title: 'Subnational Updates',
      items: subnationalItems(subnational, context),
    },
    {
      kind: 'revised',
      title: 'Revised Targets',
      items: revisionItems(
        revisions.filter((r) => inPeriod.has(r.new.document_id)),
        inPeriod,
        context,
      ),
    },
    {
      kind: 'perspectives',
      title: 'Perspectives',
      items: perspectives.map((d) => documentItem(d, context, 'perspective')),
    },
  ];
}

function assemble(
  period: { from: string; to: string },
  scope: DigestScope,
  documents: PeriodDocument[],
  sections: DigestSection[],
  citations: Citations,
): Digest {
  return {
    period,
    scope,
    mode: 'extractive',
    documents,
    sections,
    citations: citations.list,
    verification: {
      checked_numbers: citations.stats.checked_numbers,
      verified_items: sections.reduce((n, s) => n + s.items.length, 0),
      dropped_sentences: citations.stats.dropped_sentences,
    },
    timings_ms: { total: 0 },
  };
}

/** What was searched when the period and scope hold no documents. */
async function emptyNotice(
  store: DigestSource,
  period: { from: string; to: string },
  scope: DigestScope,
): Promise<string> {
  const extent = await store.corpusExtent();
  return (
    `No documents were published from ${period.from} to ${period.to}${describeScope(scope)}. ` +
    `Searched ${extent.documents} documents${extent.latest ? `; the latest was published on ${extent.latest}` : ''}.`
  );
}

function describeScope(scope: DigestScope): string {
  const parts = [
    scope.regions?.length ? `regions ${scope.regions.join(', ')}` : '',
    scope.sectors?.length ? `sectors ${scope.sectors.join(', ')}` : '',
    scope.kinds?.length ? `kinds ${scope.kinds.join(', ')}` : '',
    scope.languages?.length ? `languages ${scope.languages.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}
