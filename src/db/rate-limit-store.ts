import type { SqlClient } from './sql-client.ts';
import {
  waitForToken,
  type RateLimitPolicy,
  type RateLimitStore,
} from '../security/rate-limit-store.ts';

/**
 * Token buckets in PostgreSQL (migration 011), one row per client key, shared by every process
 * and instance on the database. One statement per request: the bucket is created full minus the
 * token taken, or refilled for the time since its last take (capped at the burst) and, when a
 * whole token is there, decremented — all under the row lock, so two processes taking a
 * client's last token at once cannot both get it. $1 key, $2 now (ms), $3 burst, $4 tokens per ms.
 */
const TAKE_TOKEN = `INSERT INTO rate_limit_buckets AS b (key, tokens, updated_ms, granted)
  VALUES ($1, $3::float8 - 1, $2::bigint, true)
  ON CONFLICT (key) DO UPDATE SET
    tokens = LEAST($3::float8, b.tokens + GREATEST(0, $2::bigint - b.updated_ms) * $4::float8)
      - CASE WHEN LEAST($3::float8, b.tokens + GREATEST(0, $2::bigint - b.updated_ms) * $4::float8) >= 1 THEN 1 ELSE 0 END,
    granted = LEAST($3::float8, b.tokens + GREATEST(0, $2::bigint - b.updated_ms) * $4::float8) >= 1,
    updated_ms = GREATEST(b.updated_ms, $2::bigint)
  RETURNING tokens, granted`;

/** Buckets idle long enough to be full again carry no state worth keeping. $1: the cut-off (ms). */
const PURGE_FULL_BUCKETS = 'DELETE FROM rate_limit_buckets WHERE updated_ms < $1::bigint';

/** About one take in this many also purges idle buckets (no timer: Workers have none that outlives a request). */
const PURGE_EVERY = 1000;

export function createPgRateLimitStore(
  sql: SqlClient,
  policy: RateLimitPolicy,
  random: () => number = Math.random,
): RateLimitStore {
  const ratePerMs = policy.perMinute / 60_000;
  // Past the refill time a bucket is full again; at least an hour, because the Slack budget
  // (a smaller burst) shares the table and must not purge the API's buckets early.
  const purgeAfterMs =
    policy.perMinute > 0 ? Math.max(3_600_000, Math.ceil(policy.burst / ratePerMs)) : 0;
  return {
    async take(key, now) {
      if (policy.perMinute <= 0) return 0;
      const { rows } = await sql.query<{ tokens: number; granted: boolean }>(TAKE_TOKEN, [
        key,
        Math.floor(now),
        policy.burst,
        ratePerMs,
      ]);
      if (random() < 1 / PURGE_EVERY)
        await sql.query(PURGE_FULL_BUCKETS, [Math.floor(now) - purgeAfterMs]).catch(() => {});
      const row = rows[0];
      return row.granted ? 0 : waitForToken(Number(row.tokens), policy);
    },
  };
}
