/**
 * What the words around one quantity in a sentence say, for the rule extractor (rules.ts): the
 * unit a bare count takes from its clause's subject, its role in a range, the sentence's English
 * subject, a clause's label, the rest of its clause without other numbers, and a trailing
 * "(binding)"/"（约束性）" marker. Pure functions of the passage text and offsets into it.
 */
import { hasCjk } from '../text/cjk.ts';
import { countedUnit, findQuantities, SCALE_WORDS, type Quantity } from '../text/numbers.ts';
import { type Direction } from './rules-lexicon.ts';
import { stripMarkup, type Range } from './rules-clauses.ts';

/**
 * "the number of key products with … shall rise to about 200": a bare count takes its unit from
 * the "number of" phrase that is the subject of its clause.
 */
export function countedBySubject(text: string, sentenceStart: number, q: Quantity): Quantity {
  if (q.unit !== null || q.raw_unit !== null || !Number.isInteger(q.value)) return q;
  const before = text.slice(sentenceStart, q.start);
  const m =
    /\bthe number of ([A-Za-z][\w\s-]{1,80}?)\s+(?:will|shall|should|must|is|are|to)\b[^,;:]*$/i.exec(
      before,
    );
  const unit = m ? countedUnit(m[1]!) : null;
  return unit ? { ...q, unit, kind: 'count' } : q;
}

/**
 * Units a bare number borrows from a neighbour in its sentence: "4 million, 11.5 million and 2.9
 * million tonnes respectively" (a list whose unit is written once, at its end) and "250,000
 * charging points, 60,000 of them public" (a part counted in its whole's unit).
 */
export function sharedUnits(text: string, quantities: Quantity[]): Quantity[] {
  const out = [...quantities];
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i]!;
    const next = out[i + 1]!;
    if (q.unit !== null || next.unit === null || !q.raw_unit || !next.raw_unit) continue;
    const listed =
      SCALE_WORDS[q.raw_unit.toLowerCase()] !== undefined &&
      next.raw_unit.startsWith(q.raw_unit) &&
      /^\s*(?:,|、|and|和|及|与)\s*$/i.test(text.slice(q.end, next.start));
    if (!listed) continue;
    const reparsed = findQuantities(`${q.raw_value} ${next.raw_unit}`)[0];
    if (reparsed?.unit === next.unit)
      out[i] = {
        ...q,
        value: reparsed.value,
        unit: reparsed.unit,
        kind: reparsed.kind,
        raw_unit: reparsed.raw_unit,
      };
  }
  for (let i = 1; i < out.length; i++) {
    const q = out[i]!;
    const whole = out[i - 1]!;
    if (q.unit !== null || q.raw_unit !== null || whole.kind !== 'count' || whole.unit === null)
      continue;
    if (/^\s*of (?:them|which|these)\b/i.test(text.slice(q.end, q.end + 16)))
      out[i] = { ...q, unit: whole.unit, kind: 'count' };
  }
  return out;
}

/** "ranging from 10,000 to 140,000 Yuan", "5-10万千瓦": the low end is a floor, the high end a cap. */
export function rangeRole(
  text: string,
  window: string,
  q: Quantity,
  previous: Quantity | undefined,
  next: Quantity | undefined,
): Direction | null {
  const joins = (a: Quantity, b: Quantity, lead: string) => {
    if (a.unit !== b.unit || a.value >= b.value) return false;
    const between = text.slice(a.end, b.start);
    return (
      /^\s*(?:-|–|—|~|至|到|to)\s*$/i.test(between) ||
      (/^\s*and\s*$/i.test(between) && /\bbetween\s*$/i.test(lead))
    );
  };
  if (next && joins(q, next, window)) return 'at least';
  if (previous && joins(previous, q, text.slice(Math.max(0, previous.start - 12), previous.start)))
    return 'at most';
  return null;
}

export function englishSentenceSubject(text: string, clauses: Range[]): string | null {
  for (const clause of clauses) {
    const body = stripMarkup(text.slice(clause.start, clause.end)).trim();
    if (hasCjk(body)) return null;
    if (
      /^(?:by|in|before|until|annually|for)\b[^,]*$/i.test(body) &&
      !/\b(?:will|shall|should|must)\b/i.test(body)
    )
      continue;
    const m = /^(.*?)\s+(?:will|shall|should|must)\b/i.exec(body);
    if (!m) return null;
    const subject = m[1]!.replace(/^(?:the|a|an)\s+/i, '').trim();
    return subject.length > 0 &&
      subject.length <= 40 &&
      !/\b(?:who|which|that|it|they)\b/i.test(subject)
      ? subject
      : null;
  }
  return null;
}

/** "Non-fossil energy share:" → "Non-fossil energy share"; a generic or dated heading is no label. */
export function labelOf(clause: string): string {
  const m = /^\s*([^:：]{2,80})[:：]\s*$/.exec(clause);
  if (
    !m ||
    /(?:19|20)\d{2}|^(?:主要)?目标$|^(?:main |key )?(?:targets?|goals?|objectives?)$/i.test(
      m[1]!.trim(),
    )
  )
    return '';
  return m[1]!.trim();
}

export function afterWithoutNumbers(
  text: string,
  q: Quantity,
  clauseEnd: number,
  quantities: Quantity[],
): string {
  let out = '';
  let at = q.end;
  for (const other of quantities) {
    if (other.start < q.end || other.start >= clauseEnd) continue;
    out += text.slice(at, other.start);
    at = other.end;
  }
  out += text.slice(at, clauseEnd);
  return stripMarkup(out).replace(/^\s*(?:and|or|,|、|和|及)\s*/i, '');
}

export function bindingTail(text: string, from: number, clauseEnd: number): string {
  const m =
    /^[^,，;；。]*?[(（](?:约束性|预期性|binding|expected|obligatory|anticipatory)[)）]/i.exec(
      text.slice(from, clauseEnd + 12),
    );
  return m ? m[0] : '';
}
