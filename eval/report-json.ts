/**
 * The report object (the `report.json` contract in DESIGN.md), how scored cases are summarised
 * into it, metric lookup by dotted path, threshold checks, and writing the three report files.
 * Ratios are 0–1. A metric with nothing to measure (no unanswerable questions, no citations) is
 * `null`, not 0, so it neither flatters nor punishes a run.
 */
import type { CaseResult } from './run.ts';
import { mean, percentile, type TargetScore } from './scoring.ts';

/** Metrics shared by the whole run and each category. */
export interface CaseMetrics {
  count: number;
  passed: number;
  pass_rate: number | null;
  /** Over answerable questions with expected documents. */
  retrieval: {
    hit_at_1: number | null;
    hit_at_k: number | null;
    recall_at_k: number | null;
    mrr: number | null;
    count: number;
  };
  /** `must_include_accuracy` is over answerable questions (declining counts as a miss). */
  answer: {
    must_include_accuracy: number | null;
    /** Answerable questions whose answer, up to its first citation marker, holds every must-include token. */
    lead_correct: number | null;
    citation_validity: number | null;
    cited_expected_rate: number | null;
    count: number;
    citations: number;
  };
  /** `precision`: distinct cited documents that are expected ones, pooled over questions with expected documents. */
  citations: { precision: number | null; cited_documents: number };
  unanswerable: { count: number; accuracy: number | null };
  latency_ms: { p50: number; p95: number; max: number; mean: number | null };
}

export interface CategorySummary {
  count: number;
  passed: number;
  pass_rate: number | null;
  hit_at_1: number | null;
  hit_at_k: number | null;
  recall_at_k: number | null;
  mrr: number | null;
  must_include_accuracy: number | null;
  lead_correct: number | null;
  citation_validity: number | null;
  citation_precision: number | null;
  unanswerable_count: number;
  unanswerable_accuracy: number | null;
  latency_p50: number;
}

/** The report.json object. Field names are a contract; add fields, never rename. */
export interface EvalReport {
  questions: number;
  passed: number;
  failed: number;
  /** Cases whose ask threw. */
  errors: number;
  pass_rate: number | null;
  retrieval: CaseMetrics['retrieval'] & { k: number };
  answer: CaseMetrics['answer'];
  citations: CaseMetrics['citations'];
  unanswerable: CaseMetrics['unanswerable'];
  targets: TargetScore | null;
  latency_ms: CaseMetrics['latency_ms'];
  by_category: Record<string, CategorySummary>;
  cases: CaseResult[];
  generated_at: string;
  settings: Record<string, unknown> & { k: number };
}

export interface SummarizeOptions {
  k: number;
  targets?: TargetScore | null;
  /** Recorded verbatim (dataset, corpus, mode, embeddings ...); `k` is always added. */
  settings?: Record<string, unknown>;
  /** Timestamp of the run (default now); fixed in tests. */
  generatedAt?: Date;
}

/** Category key for cases without one. */
export const UNCATEGORISED = 'uncategorised';

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Computes every case-derived metric over a set of cases (the run, or one category). */
export function caseMetrics(cases: readonly CaseResult[]): CaseMetrics {
  const retrievalCases = cases.filter((c) => c.hit !== null);
  const answerable = cases.filter((c) => c.answerable_expected);
  const unanswerable = cases.filter((c) => !c.answerable_expected);
  const citations = cases.flatMap((c) => c.citations);
  // Cited-expected is pooled over the citations of cases that have expected documents.
  const expectedCitations = cases
    .filter((c) => c.cited_expected_rate !== null)
    .flatMap((c) => c.citations.map((x) => c.expected_doc_ids.includes(x.document_id)));
  // Citation precision is pooled over the distinct cited documents of each scored question.
  const citedDocs = cases
    .filter((c) => c.citation_precision !== null)
    .flatMap((c) =>
      [...new Set(c.citations.map((x) => x.document_id))].map((id) =>
        c.expected_doc_ids.includes(id),
      ),
    );
  const latencies = cases.map((c) => c.latency_ms);
  const passed = cases.filter((c) => c.pass).length;
  return {
    count: cases.length,
    passed,
    pass_rate: ratio(passed, cases.length),
    retrieval: {
      hit_at_1: ratio(retrievalCases.filter((c) => c.hit_at_1).length, retrievalCases.length),
      hit_at_k: ratio(retrievalCases.filter((c) => c.hit).length, retrievalCases.length),
      recall_at_k: mean(retrievalCases.map((c) => c.recall ?? 0)),
      mrr: mean(retrievalCases.map((c) => c.rr ?? 0)),
      count: retrievalCases.length,
    },
    answer: {
      must_include_accuracy: ratio(
        answerable.filter((c) => c.must_include_pass).length,
        answerable.length,
      ),
      lead_correct: ratio(answerable.filter((c) => c.lead_correct).length, answerable.length),
      citation_validity: ratio(citations.filter((c) => c.valid).length, citations.length),
      cited_expected_rate: ratio(
        expectedCitations.filter(Boolean).length,
        expectedCitations.length,
      ),
      count: answerable.length,
      citations: citations.length,
    },
    citations: {
      precision: ratio(citedDocs.filter(Boolean).length, citedDocs.length),
      cited_documents: citedDocs.length,
    },
    unanswerable: {
      count: unanswerable.length,
      accuracy: ratio(
        unanswerable.filter((c) => c.answerable === false).length,
        unanswerable.length,
      ),
    },
    latency_ms: {
      p50: latencies.length ? Math.round(percentile(latencies, 50)) : 0,
      p95: latencies.length ? Math.round(percentile(latencies, 95)) : 0,
      max: latencies.length ? Math.max(...latencies) : 0,
      mean: latencies.length ? Math.round(mean(latencies) ?? 0) : null,
    },
  };
}

function categorySummary(cases: readonly CaseResult[]): CategorySummary {
  const m = caseMetrics(cases);
  return {
    count: m.count,
    passed: m.passed,
    pass_rate: m.pass_rate,
    hit_at_1: m.retrieval.hit_at_1,
    hit_at_k: m.retrieval.hit_at_k,
    recall_at_k: m.retrieval.recall_at_k,
    mrr: m.retrieval.mrr,
    must_include_accuracy: m.answer.must_include_accuracy,
    lead_correct: m.answer.lead_correct,
    citation_validity: m.answer.citation_validity,
    citation_precision: m.citations.precision,
    unanswerable_count: m.unanswerable.count,
    unanswerable_accuracy: m.unanswerable.accuracy,
    latency_p50: m.latency_ms.p50,
  };
}

/**
 * Builds the report object from scored cases. Retrieval metrics are over answerable questions
 * with expected documents; must-include accuracy over answerable questions; unanswerable accuracy
 * over questions marked `answerable: false`; citation validity pooled over all citations.
 * Categories are sorted by name; cases without one go under "uncategorised".
 */
export function summarize(cases: readonly CaseResult[], options: SummarizeOptions): EvalReport {
  const m = caseMetrics(cases);
  const groups = new Map<string, CaseResult[]>();
  for (const c of cases) {
    const key = c.category ?? UNCATEGORISED;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const byCategory: Record<string, CategorySummary> = {};
  for (const key of [...groups.keys()].sort())
    byCategory[key] = categorySummary(groups.get(key) ?? []);

  return {
    questions: m.count,
    passed: m.passed,
    failed: m.count - m.passed,
    errors: cases.filter((c) => c.error !== undefined).length,
    pass_rate: m.pass_rate,
    retrieval: { ...m.retrieval, k: options.k },
    answer: m.answer,
    citations: m.citations,
    unanswerable: m.unanswerable,
    targets: options.targets ?? null,
    latency_ms: m.latency_ms,
    by_category: byCategory,
    cases: [...cases],
    generated_at: (options.generatedAt ?? new Date()).toISOString(),
    settings: { ...options.settings, k: options.k },
  };
}

/**
 * A value of the report by dotted path ("retrieval.hit_at_k", "targets.f1",
 * "by_category.numbers.hit_at_k"). `undefined` when the path does not exist or is not a number
 * or null.
 */
export function getMetric(report: EvalReport, path: string): number | null | undefined {
  let value: unknown = report;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null) return null;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Metrics where lower is better: the threshold is a ceiling. Everything else is a floor. */
export function isLowerBetter(path: string): boolean {
  return (
    path.startsWith('latency_ms.') ||
    path.endsWith('latency_p50') ||
    path === 'errors' ||
    path === 'failed' ||
    path.endsWith('.fp') ||
    path.endsWith('.fn')
  );
}

/**
 * Checks the report against thresholds keyed by dotted metric path, e.g.
 * `{ "retrieval.hit_at_k": 0.85, "unanswerable.accuracy": 0.8, "latency_ms.p95": 3000 }`.
 * Ratios are floors (value must be ≥); latency, error and fp/fn counts are ceilings (≤).
 * Returns one message per failed threshold, empty when all hold. A metric missing from the
 * report, or with no value, is a failure: a gate that cannot be measured must not pass silently.
 */
export function checkThresholds(report: EvalReport, thresholds: Record<string, number>): string[] {
  const failures: string[] = [];
  for (const [path, limit] of Object.entries(thresholds)) {
    const value = getMetric(report, path);
    if (value === undefined) {
      const hint =
        path.startsWith('targets.') && report.targets === null
          ? ' (targets were not scored: pass a gold targets file)'
          : '';
      failures.push(`${path}: no such metric in the report${hint}`);
    } else if (value === null) {
      failures.push(`${path}: no value in this run (nothing to measure), threshold ${limit}`);
    } else if (isLowerBetter(path) ? value > limit : value < limit) {
      const relation = isLowerBetter(path) ? 'above the maximum' : 'below the minimum';
      failures.push(`${path} = ${formatNumber(value)}, ${relation} ${formatNumber(limit)}`);
    }
  }
  return failures;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}
