import type { CatalogueEntry } from '../domain.ts';
import { documentNumberKeys } from './document-router.ts';

/**
 * Language versions of one document: entries of the same region whose document numbers share a
 * year and serial ("发改能源〔2023〕1044号" and "Fa Gai Neng Yuan [2023] No. 1044") but whose
 * languages differ. Computed once per catalogue (the asker caches the catalogue array).
 */
const TWINS = new WeakMap<readonly CatalogueEntry[], Map<string, CatalogueEntry[]>>();

export function languageTwins(
  catalogue: readonly CatalogueEntry[],
): ReadonlyMap<string, CatalogueEntry[]> {
  let twins = TWINS.get(catalogue);
  if (twins) return twins;
  twins = new Map();
  const byKey = new Map<string, CatalogueEntry[]>();
  for (const entry of catalogue) {
    if (!entry.doc_number) continue;
    const keys = new Set(documentNumberKeys(entry.doc_number).map((k) => k.key));
    for (const key of keys) {
      const id = `${entry.region}|${key}`;
      byKey.set(id, [...(byKey.get(id) ?? []), entry]);
    }
  }
  for (const group of byKey.values())
    for (const entry of group)
      for (const other of group)
        if (other.language !== entry.language && other.id !== entry.id) {
          const list = twins.get(entry.id) ?? [];
          if (!list.some((e) => e.id === other.id)) list.push(other);
          twins.set(entry.id, list);
        }
  TWINS.set(catalogue, twins);
  return twins;
}

/** The versions of document `id` in `language` (empty when it has none, or is itself in it). */
export function twinsIn(
  catalogue: readonly CatalogueEntry[],
  id: string,
  language: 'en' | 'zh',
): string[] {
  return (languageTwins(catalogue).get(id) ?? [])
    .filter((e) => e.language === language)
    .map((e) => e.id);
}
