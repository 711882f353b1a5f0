/**
 * Duplicates among rule-extracted targets: the same target found twice in one passage, and a
 * table row that restates a target the prose already gives.
 */
import { CJK_RANGE } from '../text/cjk.ts';
import type { ExtractedTarget } from './schema.ts';

/** Every overlapping pair of adjacent Chinese characters (group 1). */
const CJK_BIGRAMS = new RegExp(`(?=([${CJK_RANGE}]{2}))`, 'g');

/**
 * A table row that restates a target the prose already gives (same value, unit and year, and a
 * metric sharing words) is not a second target: the gold and the tracker count it once.
 */
export function restates(row: ExtractedTarget, prose: ExtractedTarget): boolean {
  if (row.unit !== prose.unit || row.target_year !== prose.target_year) return false;
  if (
    Math.abs(row.value - prose.value) >
    0.005 * Math.max(Math.abs(row.value), Math.abs(prose.value))
  )
    return false;
  const words = (metric: string) => {
    const lower = metric.toLowerCase();
    const latin = lower.match(/[a-z][a-z-]{3,}/g) ?? [];
    const cjk = [...lower.matchAll(CJK_BIGRAMS)].map((m) => m[1]!);
    return new Set([...latin, ...cjk]);
  };
  const a = words(row.metric);
  return [...words(prose.metric)].some((w) => a.has(w));
}

/** Sorted by start; a second target with the same quote range, value, unit and year is dropped. */
export function dedupe(targets: ExtractedTarget[]): ExtractedTarget[] {
  const seen = new Set<string>();
  return targets
    .map((t, index) => ({ t, index }))
    .sort((a, b) => a.t.start - b.t.start || a.index - b.index)
    .filter(({ t }) => {
      const key = `${t.start}:${t.end}:${t.value}:${t.unit}:${t.target_year}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ t }) => t);
}
