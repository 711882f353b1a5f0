/**
 * Where the per-client token buckets live. In process memory on PGlite (one process serves),
 * in PostgreSQL otherwise (src/db/rate-limit-store.ts), so that every process and instance on
 * one database spends one budget per client. Chosen in the composition root (services.ts).
 */
export interface RateLimitStore {
  /**
   * Takes one token from `key`'s bucket at `now` (milliseconds since the epoch). Resolves 0
   * when a token was taken, else the milliseconds until one will be available. Rejects when the
   * backing database cannot be reached (the caller decides how to degrade).
   */
  take(key: string, now: number): Promise<number>;
}

/** A bucket's size and refill: `perMinute` tokens a minute up to `burst`; perMinute 0 disables. */
export interface RateLimitPolicy {
  perMinute: number;
  burst: number;
}

/** The milliseconds until a bucket holding `tokens` (< 1) has one again. */
export function waitForToken(tokens: number, policy: RateLimitPolicy): number {
  return Math.max(1, Math.ceil((1 - tokens) / (policy.perMinute / 60_000)));
}

/** Takes a token from a shared store, or from this process's own buckets while it is unreachable. */
export type FallbackTake = (
  shared: RateLimitStore,
  key: string,
  now: number,
  onUnavailable: (error: Error) => void,
) => Promise<number>;

/**
 * Counting that survives an outage of the shared store: while it cannot be reached, each process
 * counts alone (`onUnavailable` called at most once a minute) rather than refuse every caller or
 * let every one through. The local buckets live as long as the returned function.
 */
export function createFallbackTake(policy: RateLimitPolicy): FallbackTake {
  const local = createMemoryRateLimitStore(policy);
  let warnedAt = -Infinity;
  return async (shared, key, now, onUnavailable) => {
    try {
      return await shared.take(key, now);
    } catch (error) {
      if (now - warnedAt > 60_000) {
        warnedAt = now;
        onUnavailable(error as Error);
      }
      return local.take(key, now);
    }
  };
}

/**
 * Buckets in a Map (per process; per isolate on Workers). Forgets the oldest clients past
 * 10,000 rather than grow without bound.
 */
export function createMemoryRateLimitStore(policy: RateLimitPolicy): RateLimitStore {
  const buckets = new Map<string, { tokens: number; updated: number }>();
  const ratePerMs = policy.perMinute / 60_000;
  return {
    async take(key, now) {
      if (policy.perMinute <= 0) return 0;
      const bucket = buckets.get(key) ?? { tokens: policy.burst, updated: now };
      bucket.tokens = Math.min(
        policy.burst,
        bucket.tokens + Math.max(0, now - bucket.updated) * ratePerMs,
      );
      bucket.updated = Math.max(bucket.updated, now);
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > 10_000) {
        for (const k of Array.from(buckets.keys()).slice(0, 1000)) buckets.delete(k);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return waitForToken(bucket.tokens, policy);
    },
  };
}
