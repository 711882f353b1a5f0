import { startsWithCjk } from '../text/cjk.ts';
import type { DigestChunk } from '../store.ts';
import type { StoredTarget } from '../store.ts';
import type { Citations, CitationSource } from './citations.ts';

/** What every section builder reads: the shared citations, each document's opening chunks and targets. */
export interface DigestContext {
  citations: Citations;
  chunksOf: Map<string, DigestChunk[]>;
  targetsOf: Map<string, StoredTarget[]>;
}

/** A target's sentence as a citation source (targets carry no page or heading). */
export function targetSource(target: {
  chunk_id: string | null;
  quote: string;
  start: number;
  end: number;
}): CitationSource {
  return {
    chunk_id: target.chunk_id,
    quote: target.quote,
    start: target.start,
    end: target.end,
    page: null,
    heading: null,
  };
}

/** One target per figure and metric (a table row and its prose sentence are extracted once each). */
export function dedupe(targets: StoredTarget[]): StoredTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.value}|${t.unit}|${t.target_year}|${t.metric_key ?? t.metric}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A figure as the document writes it: "20,000 yuan", but "13.5%" and "20万辆" without a space. */
export function figure(valueRaw: string, unitRaw: string): string {
  if (!unitRaw) return valueRaw;
  return /^[%‰]/.test(unitRaw) || startsWithCjk(unitRaw)
    ? `${valueRaw}${unitRaw}`
    : `${valueRaw} ${unitRaw}`;
}

/** The citation numbers of the [n] markers in `text`, in order of first use. */
export function markers(text: string): number[] {
  return unique(Array.from(text.matchAll(/\[(\d{1,4})\]/g), (m) => Number(m[1])));
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const value of values) map.set(key(value), [...(map.get(key(value)) ?? []), value]);
  return map;
}
