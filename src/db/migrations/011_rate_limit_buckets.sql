-- Per-client token buckets for the rate limit (RATE_LIMIT_PER_MINUTE / RATE_LIMIT_BURST), kept
-- in the database so that every server process and every instance on it (Node workers,
-- replicas behind a load balancer, Workers isolates) spends one budget per client instead of
-- one each. Written by src/db/rate-limit-store.ts in one statement per request
-- (INSERT … ON CONFLICT … DO UPDATE … RETURNING, the refill computed in it), so concurrent
-- requests of one client serialise on the row lock and cannot both take the last token.
--
-- UNLOGGED: a bucket is worth nothing after a crash (every client simply starts with a full
-- burst again), and skipping the WAL makes each request's write cheaper; unlogged tables are
-- also not sent to replicas, which is right, since only the primary can take these writes.
-- Times are the app's clock in milliseconds since the epoch (the store's `take(key, now)`).
-- `granted` records whether the last take got a token: the remaining tokens alone cannot say
-- so (0.4 left may follow a take from 1.4, or a refusal at 0.4).
--
-- Only the primary key is indexed and fillfactor leaves room on each page, so an update is a
-- HOT update (no index write). The occasional purge of buckets idle long enough to be full
-- again scans the table, which holds one row per recently active client.
CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit_buckets (
  key text PRIMARY KEY,
  tokens double precision NOT NULL,
  updated_ms bigint NOT NULL,
  granted boolean NOT NULL
) WITH (fillfactor = 70);
