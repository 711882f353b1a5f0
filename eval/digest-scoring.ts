import { verifyAnswer } from '../src/answer/verify.ts';
import { findQuantities } from '../src/text/numbers.ts';
import type { Digest } from '../src/digest/types.ts';

/** A quantitative fact of the newsletter, with the corpus document it comes from. */
export interface NewsletterFact {
  id: string;
  document_id: string;
  value: number;
  /** Canonical unit (src/text/numbers.ts), absent for a bare number. */
  unit?: string;
  text: string;
}

export interface DigestScore {
  recall: number;
  stated: number;
  missed: NewsletterFact[];
  numbers: number;
  unverifiedNumbers: number;
  verification: number;
}

const TITLE = /_[^_\n]+_/g;
const MARKER = /\[(\d{1,4})\]/g;

/**
 * Fact recall: a fact is stated when a sentence or bullet that cites its document states its value
 * (same canonical unit, or a bare number). Number verification: the verifier run again over every
 * sentence of the finished digest; a number in an unverified sentence counts as unverified.
 */
export function scoreDigest(digest: Digest, facts: NewsletterFact[]): DigestScore {
  const passages = new Map(digest.citations.map((c) => [c.n, c.quote]));
  const documentOf = new Map(digest.citations.map((c) => [c.n, c.document_id]));
  const texts = digest.sections
    .flatMap((s) => s.items.flatMap((i) => [i.text, ...(i.bullets ?? []).map((b) => b.text)]))
    .filter(Boolean);
  let numbers = 0;
  let unverifiedNumbers = 0;
  const statements: {
    documents: Set<string>;
    quantities: { value: number; unit: string | null }[];
  }[] = [];
  for (const text of texts) {
    const claim = text.replace(TITLE, 'the document');
    const result = verifyAnswer(claim, passages);
    const count = findQuantities(claim.replace(MARKER, ' ')).length;
    numbers += count;
    if (result.unverified.length) unverifiedNumbers += count;
    statements.push({
      documents: new Set(
        Array.from(text.matchAll(MARKER), (m) => documentOf.get(Number(m[1]))!).filter(Boolean),
      ),
      quantities: findQuantities(claim.replace(MARKER, ' ')),
    });
  }
  const states = (fact: NewsletterFact) =>
    statements.some(
      (s) => s.documents.has(fact.document_id) && s.quantities.some((q) => sameValue(q, fact)),
    );
  const missed = facts.filter((fact) => !states(fact));
  return {
    recall: facts.length ? (facts.length - missed.length) / facts.length : 1,
    stated: facts.length - missed.length,
    missed,
    numbers,
    unverifiedNumbers,
    verification: numbers ? (numbers - unverifiedNumbers) / numbers : 1,
  };
}

function sameValue(q: { value: number; unit: string | null }, fact: NewsletterFact): boolean {
  const close =
    Math.abs(q.value - fact.value) <= 0.005 * Math.max(Math.abs(q.value), Math.abs(fact.value));
  return close && (q.unit === (fact.unit ?? null) || q.unit === null || fact.unit === undefined);
}
