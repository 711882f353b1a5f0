/**
 * The one percentile definition of the eval, the benchmark and the load test, so their p95s
 * compare: nearest rank — the smallest sample such that at least p% of the samples are at or
 * below it (always an observed value, never interpolated). NaN for no samples; order of the
 * input does not matter, and non-finite samples are ignored.
 */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
