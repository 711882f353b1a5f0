import { splitSentences } from '../text/sentences.ts';
import { findQuantities, sameQuantity, type Quantity } from '../text/numbers.ts';

/**
 * Citation and number verification, applied to every answer whichever answerer wrote it:
 *  1. A marker [n] that names no passage given to the answerer is removed.
 *  2. Every number in a sentence (percentages, 万/亿 amounts, GW/千瓦, tce, yuan, years) must
 *     occur — after unit normalisation — in a passage that sentence cites. A sentence with an
 *     unsupported number, or a number and no citation at all, is marked unverified: the marker
 *     is visible in the answer text and the sentence is listed in the result.
 */
export const UNVERIFIED_MARK = '⚠unverified';

export interface VerificationResult {
  answer: string;
  removedCitations: number[];
  unverified: string[];
  checkedNumbers: number;
  /** The [n] markers that remain in the answer, in order of first use. */
  usedCitations: number[];
}

const MARKER_RE = /\[(\d{1,3})\]/g;

export function verifyAnswer(answer: string, passages: Map<number, string>): VerificationResult {
  const removed = new Set<number>();
  const cleaned = answer
    .replace(MARKER_RE, (marker, n: string) => {
      if (passages.has(Number(n))) return marker;
      removed.add(Number(n));
      return '';
    })
    .replace(/ +([。，.,;；])/g, '$1');

  const quantitiesOf = new Map<number, Quantity[]>();
  const passageQuantities = (n: number) => {
    let q = quantitiesOf.get(n);
    if (!q) {
      q = findQuantities(passages.get(n) ?? '');
      quantitiesOf.set(n, q);
    }
    return q;
  };

  const unverified: string[] = [];
  const used: number[] = [];
  let checked = 0;
  let out = '';
  let cursor = 0;
  const spans = splitSentences(cleaned);
  // Markers that open a span belong to the sentence before it ("…达到20%。 [1]").
  const leading = (text: string) => text.match(/^(\s*\[\d{1,3}\])+/)?.[0] ?? '';
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const own = span.text.slice(leading(span.text).length);
    if (!own.replace(MARKER_RE, '').trim()) {
      out += cleaned.slice(cursor, span.end);
      cursor = span.end;
      continue;
    }
    // A clause split off at "；" / ";" cites what its sentence cites: the markers up to the
    // sentence's end ("…1000亿元；…10000辆。 [1]" checks both clauses against [1]).
    let last = i;
    while (last + 1 < spans.length && endsClause(spans[last].text)) last++;
    const rest = spans
      .slice(i + 1, last + 1)
      .map((s) => s.text)
      .join(' ');
    const next = spans[last + 1] ? leading(spans[last + 1].text) : '';
    const cited = Array.from((own + rest + next).matchAll(MARKER_RE), (m) => Number(m[1]));
    for (const n of cited) if (!used.includes(n)) used.push(n);
    const claim = span.text.replace(MARKER_RE, ' ');
    const numbers = findQuantities(claim);
    checked += numbers.length;
    const supported = numbers.every((q) =>
      cited.some((n) => supports(passages.get(n) ?? '', passageQuantities(n), q)),
    );
    const ok = numbers.length === 0 || (cited.length > 0 && supported);
    out += cleaned.slice(cursor, span.end);
    if (!ok) {
      unverified.push(own.replace(/\s*\[\d{1,3}\]/g, '').trim());
      out += ` ${UNVERIFIED_MARK}`;
    }
    cursor = span.end;
  }
  out += cleaned.slice(cursor);
  return {
    answer: out.trim(),
    removedCitations: Array.from(removed),
    unverified,
    checkedNumbers: checked,
    usedCitations: used,
  };
}

/** A span that ends a clause, not a sentence: its last character (markers aside) is "；" or ";". */
function endsClause(text: string): boolean {
  return /[；;]$/.test(text.replace(MARKER_RE, '').trimEnd());
}

function supports(passage: string, quantities: Quantity[], q: Quantity): boolean {
  if (quantities.some((p) => sameQuantity(p, q))) return true;
  // A bare number (no unit) is supported by the same digits standing alone in the passage.
  const digits = q.raw_value.replace(/,/g, '');
  const plain = passage.replace(/(\d),(?=\d{3})/g, '$1');
  return new RegExp(`(?<![\\d.])${digits.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(plain);
}
