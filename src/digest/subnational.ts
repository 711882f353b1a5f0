import type { PeriodDocument } from '../store.ts';
import { KIND_NAMES } from '../documents/kind.ts';
import { comparisonTables } from './comparison-tables.ts';
import { groupBy, markers, unique, type DigestContext } from './context.ts';
import { documentItem } from './document-item.ts';
import { countWord } from './headline.ts';
import { topicOf } from './topics.ts';
import type { DigestItem } from './types.ts';

/**
 * Provincial and municipal documents by topic, the largest group first: a group sentence, then
 * each document, then the comparison tables of the group.
 */
export function subnationalItems(
  documents: PeriodDocument[],
  context: DigestContext,
): DigestItem[] {
  const groups = groupBy(documents, (d) => topicOf(d).key);
  const ordered = [...groups.values()].sort(
    (a, b) => b.length - a.length || a[0]!.date.localeCompare(b[0]!.date),
  );
  const items: DigestItem[] = [];
  for (const group of ordered) {
    const documentItems = group.map((d) => documentItem(d, context, 'subnational'));
    const heading = groupItem(group, documentItems, context);
    if (heading) items.push(heading);
    items.push(...documentItems, ...comparisonTables(documentItems, group, context));
  }
  return items;
}

/** "Six provincial regions issued implementation plans on …: A [1], B [2] and C [3]." if verified. */
function groupItem(
  group: PeriodDocument[],
  documentItems: DigestItem[],
  context: DigestContext,
): DigestItem | null {
  const topic = topicOf(group[0]!);
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
  if (!context.citations.verified(text)) return null;
  return { type: 'group', text, citations: markers(text), targets: [], regions };
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
