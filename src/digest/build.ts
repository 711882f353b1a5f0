import type {
  DigestChunk,
  DigestScope,
  DigestStore,
  PeriodDocument,
  StoredTarget,
  TargetRevision,
  TargetStore,
} from '../store.ts';
import { KIND_NAMES, type DocumentKind } from '../documents/kind.ts';
import { metricName } from '../targets/metrics.ts';
import { presentTarget } from '../targets/present.ts';
import { createCitations, type Citations } from './citations.ts';
import { countWord, headlineSentence, shortIssuer, titleSpan } from './headline.ts';
import { topicOf } from './topics.ts';
import type { Digest, DigestBullet, DigestItem, DigestSection } from './types.ts';

/**
 * Builds the digest of a period (inclusive dates, YYYY-MM-DD) and scope from the store:
 *  - top: national documents, each with its headline and its targets as bullets by target year;
 *  - subnational: provincial and municipal documents grouped by topic, a sentence naming the
 *    regions of each group, each document's headline and figures, and a comparison table for a
 *    canonical metric several regions of the group set;
 *  - revised: targets of the period's documents that change an earlier document's value;
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
  const citations = createCitations();
  const chunksOf = groupBy(chunks, (c) => c.document_id);
  const targetsOf = groupBy(targets, (t) => t.document_id);
  const context: Context = { citations, chunksOf, targetsOf };

  const national = documents.filter(
    (d) => d.level === 'national' && !PERSPECTIVE_KINDS.includes(d.kind),
  );
  const subnational = documents.filter(
    (d) => d.level !== 'national' && !PERSPECTIVE_KINDS.includes(d.kind),
  );
  const perspectives = documents.filter((d) => PERSPECTIVE_KINDS.includes(d.kind));
  const inPeriod = new Map(documents.map((d) => [d.id, d]));

  const sections: DigestSection[] = [
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
  for (const section of sections)
    section.items = section.items.filter((item) => item.text.trim() || item.bullets?.length);
  renumber(sections, citations);

  const digest: Digest = {
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
  if (documents.length === 0) {
    const extent = await store.corpusExtent();
    digest.notice =
      `No documents were published from ${period.from} to ${period.to}${describeScope(scope)}. ` +
      `Searched ${extent.documents} documents${extent.latest ? `; the latest was published on ${extent.latest}` : ''}.`;
  }
  digest.timings_ms.total = Math.round(performance.now() - started);
  return digest;
}

interface Context {
  citations: Citations;
  chunksOf: Map<string, DigestChunk[]>;
  targetsOf: Map<string, StoredTarget[]>;
}

/** One document: "Issuer issued _Title_ [t]. Headline sentence. [h]" and its targets as bullets. */
function documentItem(
  document: PeriodDocument,
  context: Context,
  mode: 'top' | 'subnational' | 'perspective',
): DigestItem {
  const { citations } = context;
  const chunks = context.chunksOf.get(document.id) ?? [];
  const title = titleSpan(chunks, document.title);
  const headline = headlineSentence(chunks, document.title);
  const titleMark = title ? ` [${citations.cite(document, source(title))}]` : '';
  const issuer = shortIssuer(document.issuer);
  const intro =
    mode === 'perspective'
      ? `_${document.title}_${issuer ? ` (${issuer})` : ''}${titleMark}.`
      : mode === 'subnational'
        ? `${document.region}: ${issuer ? `${issuer} issued ` : ''}_${document.title}_${titleMark}.`
        : `${issuer ? `${issuer} issued` : 'Issued:'} _${document.title}_${titleMark}.`;
  const kept: string[] = [];
  if (citations.verified(intro)) kept.push(intro);
  if (headline) {
    const sentence = `${headline.text} [${citations.cite(document, source(headline))}]`;
    if (citations.verified(sentence)) kept.push(sentence);
  }
  const targets = mode === 'perspective' ? [] : dedupe(context.targetsOf.get(document.id) ?? []);
  const bullets = targets
    .map((t) => targetBullet(t, document, citations))
    .filter((b): b is DigestBullet => b !== null);
  const shown = targets.filter((_, i) => bullets[i] !== undefined);
  return {
    type: mode === 'perspective' ? 'perspective' : 'document',
    text: kept.join(' '),
    citations: markers(kept.join(' ')),
    targets: shown.map(presentTarget),
    regions: [document.region],
    document_id: document.id,
    title: document.title,
    kind: document.kind,
    bullets: sortBullets(bullets),
  };
}

const DIRECTION_WORDS: Record<string, string> = {
  'at least': 'at least ',
  'at most': 'at most ',
  about: 'about ',
  decrease: 'down by ',
  increase: 'up by ',
  reach: '',
};

/** "Name: at least **20,000 yuan** [n]", figures as the document writes them; null if unverified. */
function targetBullet(
  target: StoredTarget,
  document: PeriodDocument,
  citations: Citations,
): DigestBullet | null {
  const n = citations.cite(document, {
    chunk_id: target.chunk_id,
    quote: target.quote,
    start: target.start,
    end: target.end,
    page: null,
    heading: null,
  });
  const name = metricName(target.metric_key)?.en ?? target.metric;
  const text = `${name}: ${DIRECTION_WORDS[target.direction] ?? ''}**${figure(target.value_raw, target.unit_raw)}**${target.qualifier && /strive|力争/i.test(target.qualifier) ? ' (striving)' : ''} [${n}]`;
  return citations.verified(text)
    ? { target_year: target.target_year, text, citations: [n] }
    : null;
}

function figure(valueRaw: string, unitRaw: string): string {
  if (!unitRaw) return valueRaw;
  return /^[%\u3400-\u9fff‰]/.test(unitRaw) ? `${valueRaw}${unitRaw}` : `${valueRaw} ${unitRaw}`;
}

/** Provincial and municipal documents by topic: a group sentence, then each document, then tables. */
function subnationalItems(documents: PeriodDocument[], context: Context): DigestItem[] {
  const groups = groupBy(documents, (d) => topicOf(d).key);
  const ordered = [...groups.values()].sort(
    (a, b) => b.length - a.length || a[0]!.date.localeCompare(b[0]!.date),
  );
  const items: DigestItem[] = [];
  for (const group of ordered) {
    const topic = topicOf(group[0]!);
    const documentItems = group.map((d) => documentItem(d, context, 'subnational'));
    const regions = unique(group.map((d) => d.region));
    const marks = new Map(group.map((d, i) => [d.region, documentItems[i]!.citations[0]]));
    const named = regions.map((r) => (marks.get(r) ? `${r} [${marks.get(r)}]` : r));
    const kinds = unique(group.map((d) => d.kind));
    const kindWords =
      kinds.length === 1 ? KIND_NAMES[kinds[0]!].en[regions.length > 1 ? 1 : 0] : 'policies';
    const level = group.every((d) => d.level === 'municipal') ? 'municipal' : 'provincial';
    const text =
      regions.length > 1
        ? `${countWord(regions.length, true)} ${level} regions issued ${kindWords} on ${topic.en}: ${list(named)}.`
        : `${named[0]} issued ${kinds.length === 1 ? withArticle(kindWords) : 'a policy'} on ${topic.en}.`;
    if (context.citations.verified(text))
      items.push({ type: 'group', text, citations: markers(text), targets: [], regions });
    items.push(...documentItems, ...comparisonTables(documentItems, group, context));
  }
  return items;
}

/** A table for each canonical metric that two or more regions of a group set. */
function comparisonTables(
  documentItems: DigestItem[],
  group: PeriodDocument[],
  context: Context,
): DigestItem[] {
  const byMetric = new Map<string, { document: PeriodDocument; target: StoredTarget }[]>();
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
  const tables: DigestItem[] = [];
  for (const [key, rows] of byMetric) {
    const regions = unique(rows.map((r) => r.document.region));
    if (regions.length < 2) continue;
    const name = metricName(key);
    const cells = rows.map(({ document, target }) => ({
      document,
      target,
      n: context.citations.cite(document, {
        chunk_id: target.chunk_id,
        quote: target.quote,
        start: target.start,
        end: target.end,
        page: null,
        heading: null,
      }),
    }));
    const text = `${name?.en ?? key}: ${cells.map((c) => `${c.document.region} **${figure(c.target.value_raw, c.target.unit_raw)}** [${c.n}]`).join('; ')}.`;
    if (!context.citations.verified(text)) continue;
    tables.push({
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
    });
  }
  return tables;
}

/** "Hebei changed its 2025 target for X from **4 …** in _Old_ [a] to **6 …** in _New_ [b]." */
function revisionItems(
  revisions: TargetRevision[],
  inPeriod: Map<string, PeriodDocument>,
  context: Context,
): DigestItem[] {
  const items: DigestItem[] = [];
  for (const revision of revisions) {
    const newDocument = inPeriod.get(revision.new.document_id)!;
    const oldDocument: PeriodDocument = {
      ...newDocument,
      id: revision.old.document_id,
      title: revision.old.title,
      date: revision.old.date ?? '',
      issuer: null,
      url: null,
    };
    const cite = (document: PeriodDocument, side: TargetRevision['old']) =>
      context.citations.cite(document, {
        chunk_id: side.chunk_id,
        quote: side.quote,
        start: side.start,
        end: side.end,
        page: null,
        heading: null,
      });
    const a = cite(oldDocument, revision.old);
    const b = cite(newDocument, revision.new);
    const name = metricName(revision.metric_key)?.en ?? revision.metric_key;
    const from = `**${figure(revision.old.value_raw, revision.old.unit_raw)}** in _${revision.old.title}_ [${a}]`;
    const to = `**${figure(revision.new.value_raw, revision.new.unit_raw)}** in _${revision.new.title}_ [${b}]`;
    const withYear = `${revision.region} changed its ${revision.target_year} target for ${name.toLowerCase()} from ${from} to ${to}.`;
    const withoutYear = `${revision.region} changed its target for ${name.toLowerCase()} from ${from} to ${to}.`;
    const text = [withYear, withoutYear].find((t) => context.citations.verified(t));
    if (!text) continue;
    items.push({
      type: 'revision',
      text,
      citations: [a, b],
      targets: [],
      regions: [revision.region],
    });
  }
  return items;
}

function source(sentence: {
  chunk_id: string;
  text: string;
  start: number;
  end: number;
  page_from: number | null;
  heading: string | null;
}) {
  return {
    chunk_id: sentence.chunk_id,
    quote: sentence.text,
    start: sentence.start,
    end: sentence.end,
    page: sentence.page_from,
    heading: sentence.heading,
  };
}

/** One target per figure and metric (a table row and its prose sentence are extracted once each). */
function dedupe(targets: StoredTarget[]): StoredTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.value}|${t.unit}|${t.target_year}|${t.metric_key ?? t.metric}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortBullets(bullets: DigestBullet[]): DigestBullet[] {
  return [...bullets].sort((a, b) => (a.target_year ?? 9999) - (b.target_year ?? 9999));
}

function renumber(sections: DigestSection[], citations: Citations): void {
  const texts = sections.flatMap((s) =>
    s.items.flatMap((i) => [i.text, ...(i.bullets ?? []).map((b) => b.text)]),
  );
  const map = citations.compact(texts);
  const rewrite = (text: string) =>
    text.replace(/\[(\d{1,4})\]/g, (_, n: string) => `[${map.get(Number(n)) ?? n}]`);
  for (const item of sections.flatMap((s) => s.items)) {
    item.text = rewrite(item.text);
    item.citations = item.citations.map((n) => map.get(n) ?? n);
    for (const bullet of item.bullets ?? []) {
      bullet.text = rewrite(bullet.text);
      bullet.citations = bullet.citations.map((n) => map.get(n) ?? n);
    }
    if (item.table)
      for (const row of item.table.rows) row.citation = map.get(row.citation) ?? row.citation;
  }
}

function markers(text: string): number[] {
  return unique(Array.from(text.matchAll(/\[(\d{1,4})\]/g), (m) => Number(m[1])));
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

function list(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "an implementation plan", "a notice", but "opinions", "rules", "measures" (plural nouns). */
function withArticle(words: string): string {
  if (/s$/.test(words)) return words;
  return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const value of values) map.set(key(value), [...(map.get(key(value)) ?? []), value]);
  return map;
}
