import type { Citations } from './citations.ts';
import type { DigestSection } from './types.ts';

/**
 * Drops the citations no kept sentence uses and renumbers the rest in order of first use,
 * rewriting every [n] marker, citation list and table cell of the sections to match.
 */
export function renumber(sections: DigestSection[], citations: Citations): void {
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
