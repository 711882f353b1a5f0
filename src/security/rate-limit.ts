/**
 * Per-client token buckets (in process memory; per isolate on Workers). `take` returns 0 when
 * a token was available, else the milliseconds until one will be. perMinute = 0 disables.
 */
export interface RateLimiter {
  take(key: string): number;
}

export function createRateLimiter(
  options: { perMinute: number; burst: number },
  now: () => number = Date.now,
): RateLimiter {
  const buckets = new Map<string, { tokens: number; updated: number }>();
  const ratePerMs = options.perMinute / 60_000;
  return {
    take(key) {
      if (options.perMinute <= 0) return 0;
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: options.burst, updated: t };
      bucket.tokens = Math.min(options.burst, bucket.tokens + (t - bucket.updated) * ratePerMs);
      bucket.updated = t;
      buckets.set(key, bucket);
      if (buckets.size > 10_000) {
        // Forget the oldest clients rather than grow without bound.
        for (const k of Array.from(buckets.keys()).slice(0, 1000)) buckets.delete(k);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / ratePerMs);
    },
  };
}
