import { verifyAnswer } from '../answer/verify.ts';
import type { PeriodDocument } from '../store.ts';
import type { DigestCitation } from './types.ts';

/**
 * The digest's numbered citations, shared by every section (one number per exact passage), and
 * the check every sentence passes before it is kept: the answer verifier (src/answer/verify.ts)
 * run over the sentence against the passages it cites. Titles, written between underscores, are
 * names rather than claims ("_Action Plan … (2024-2025)_"), so their digits are not checked.
 */
export interface CitationSource {
  chunk_id: string | null;
  quote: string;
  start: number;
  end: number;
  page: number | null;
  heading: string | null;
}

const TITLE = /_[^_\n]+_/g;

export function createCitations() {
  const list: DigestCitation[] = [];
  const byKey = new Map<string, number>();
  const passages = new Map<number, string>();
  const stats = { checked_numbers: 0, dropped_sentences: 0 };

  return {
    list,
    stats,

    /** The number of the citation for this passage of this document, adding it if new. */
    cite(document: PeriodDocument, source: CitationSource): number {
      const key = `${document.id}|${source.start}|${source.end}`;
      const known = byKey.get(key);
      if (known !== undefined) return known;
      const n = list.length + 1;
      list.push({
        n,
        document_id: document.id,
        chunk_id: source.chunk_id,
        title: document.title,
        issuer: document.issuer,
        date: document.date,
        region: document.region,
        url: document.url,
        page: source.page,
        heading: source.heading,
        quote: source.quote,
        start: source.start,
        end: source.end,
      });
      byKey.set(key, n);
      passages.set(n, source.quote);
      return n;
    },

    /**
     * True when every number in `text` (titles aside) is found in a passage the sentence cites;
     * a false sentence is counted as dropped, and the caller leaves it out.
     */
    verified(text: string): boolean {
      const result = verifyAnswer(text.replace(TITLE, 'the document'), passages);
      stats.checked_numbers += result.checkedNumbers;
      const ok = result.unverified.length === 0 && result.removedCitations.length === 0;
      if (!ok) stats.dropped_sentences++;
      return ok;
    },

    /** Drops citations no kept text uses and renumbers the rest in order of first use. */
    compact(texts: string[]): Map<number, number> {
      const used: number[] = [];
      for (const text of texts)
        for (const m of text.matchAll(/\[(\d{1,4})\]/g))
          if (!used.includes(Number(m[1]))) used.push(Number(m[1]));
      const renumber = new Map(used.map((old, i) => [old, i + 1]));
      const kept = used.map((old, i) => ({ ...list[old - 1]!, n: i + 1 }));
      list.splice(0, list.length, ...kept);
      return renumber;
    },
  };
}

export type Citations = ReturnType<typeof createCitations>;
