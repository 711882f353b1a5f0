import type { Citation } from '../domain.ts';
import type { DocumentKind } from '../documents/kind.ts';
import type { MetricName } from '../targets/metrics.ts';
import type { PresentedTarget } from '../targets/present.ts';
import type { DigestScope, PeriodDocument } from '../store.ts';

/**
 * A digest: what was issued in a period, which targets were set and which changed, as a
 * newsletter draft. Every sentence of `text` (and of each bullet) carries [n] markers that
 * resolve to `citations`, and every number in it was found in a passage it cites (the answer
 * verifier, src/answer/verify.ts); what could not be verified was left out and counted.
 * Titles (between underscores) are names, not claims, and are not checked for numbers; group
 * headings' counts and target years come from the store's metadata.
 */
export interface Digest {
  period: { from: string; to: string };
  scope: DigestScope;
  /** llm: the model worded some headlines (each verified); extractive otherwise. */
  mode: 'extractive' | 'llm';
  documents: PeriodDocument[];
  sections: DigestSection[];
  citations: DigestCitation[];
  verification: { checked_numbers: number; verified_items: number; dropped_sentences: number };
  /** Set when the period and scope hold no documents: what was searched. */
  notice?: string;
  timings_ms: { total: number };
}

export type SectionKind = 'top' | 'subnational' | 'revised' | 'perspectives';

export interface DigestSection {
  kind: SectionKind;
  title: string;
  items: DigestItem[];
}

export interface DigestBullet {
  target_year: number | null;
  text: string;
  citations: number[];
}

export interface ComparisonTable {
  metric: string;
  metric_name: MetricName | null;
  columns: string[];
  rows: {
    region: string;
    value: number;
    unit: string;
    value_raw: string;
    unit_raw: string;
    target_year: number | null;
    citation: number;
  }[];
}

export interface DigestItem {
  /** group: a heading sentence over the documents after it; document: one document's headline and targets. */
  type: 'group' | 'document' | 'table' | 'revision' | 'perspective';
  text: string;
  citations: number[];
  targets: PresentedTarget[];
  regions: string[];
  document_id?: string;
  title?: string;
  kind?: DocumentKind;
  bullets?: DigestBullet[];
  table?: ComparisonTable;
}

/** The domain's citation, except that a target's sentence may have no chunk (a target's `chunk_id` is nullable). */
export type DigestCitation = Omit<Citation, 'chunk_id'> & { chunk_id: string | null };
