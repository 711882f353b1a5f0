/**
 * What the neighbours of a found quantity tell about it: a number inside another is dropped, the
 * bare side of a range borrows the other side's unit and scale, and a bare 1–3 in a sentence about
 * PUE is a ratio.
 */
import { tidy, type UnitMatch } from './number-units.ts';
import type { Parsed } from './quantity.ts';

const RANGE_CONNECTOR_RE = /^\s*(?:-|–|—|~|至|到|to|and)\s*$/i;
const PUE_RE = /PUE|power usage effectiveness|电能利用效率/i;

/** Of quantities sorted by start (longest first at a tie), those not inside an earlier one. */
export function dropOverlaps(sorted: Parsed[]): Parsed[] {
  const kept: Parsed[] = [];
  for (const q of sorted) {
    const last = kept[kept.length - 1];
    if (last && q.start < last.end) continue;
    kept.push(q);
  }
  return kept;
}

/** "10,000 to 140,000 Yuan", "5-10万千瓦", "RMB 10-20 million": the bare side borrows unit and scale. */
export function lendRangeUnits(text: string, quantities: Parsed[]): void {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1]!;
    if (a.kind === 'year' || b.kind === 'year') continue;
    if (!RANGE_CONNECTOR_RE.test(text.slice(a.end, b.start))) continue;
    if (a.unitMatch && !b.unitMatch) relend(b, b.scale, a.unitMatch);
    if (!a.unitMatch && b.unitMatch) {
      const scale = a.scale === 1 && a.number < b.number ? b.scale : a.scale;
      relend(a, scale, b.unitMatch, b.scaleRaw);
    } else if (
      a.unitMatch &&
      b.unitMatch &&
      a.scale === 1 &&
      b.scale !== 1 &&
      a.number < b.number &&
      a.unitMatch.length === 0
    ) {
      relend(a, b.scale, a.unitMatch, b.scaleRaw);
    }
  }
}

/** Gives `q` the unit (and scale) a range lends it, re-deriving its value and written unit. */
function relend(q: Parsed, scale: number, unitMatch: UnitMatch, borrowedScaleRaw = ''): void {
  q.scale = scale;
  q.unitMatch = unitMatch;
  q.value = tidy(q.number * scale * unitMatch.factor);
  q.unit = unitMatch.unit;
  q.kind = unitMatch.kind;
  const scaleRaw = q.scaleRaw || (scale !== 1 ? borrowedScaleRaw : '');
  const joiner = /^[A-Za-z]/.test(scaleRaw) && /^[A-Za-z]/.test(unitMatch.raw) ? ' ' : '';
  q.raw_unit = `${scaleRaw}${joiner}${unitMatch.raw}` || null;
}

/** A bare 1–3 in a sentence about PUE is a ratio ("PUE 1.25", "PUE值不高于1.3"). */
export function markRatios(text: string, quantities: Parsed[]): void {
  for (const q of quantities) {
    if (q.unit !== null || q.kind === 'year' || q.scale !== 1 || q.value < 1 || q.value > 3)
      continue;
    const before = text.slice(Math.max(0, q.start - 300), q.start);
    if (PUE_RE.test(before.slice(lastBoundary(before) + 1))) {
      q.unit = 'ratio';
      q.kind = 'ratio';
    }
  }
}

/** The offset of the last sentence boundary in `text`, or -1. */
function lastBoundary(text: string): number {
  let at = -1;
  for (const m of text.matchAll(/[。;；!?！？\n]|\.(?=\s)/g)) at = m.index!;
  return at;
}
