import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  createMemoryRateLimitStore,
  type RateLimitPolicy,
  type RateLimitStore,
} from '../../src/security/rate-limit-store.ts';
import { createPgRateLimitStore } from '../../src/db/rate-limit-store.ts';
import { openDatabase, type Database } from '../../src/node/database.ts';
import { BACKENDS, openTestDatabase } from '../support/databases.ts';

/**
 * One contract for every place the per-client token buckets can live: process memory (PGlite
 * deployments) and the rate_limit_buckets table (migration 011) on both databases. The table
 * version must also hold when several processes share it, which the pool-level race below
 * checks; test/integration/rate-limit-processes.test.ts checks it with two real servers.
 */

const POLICY: RateLimitPolicy = { perMinute: 60, burst: 5 }; // one token a second
const T0 = 1_750_000_000_000;

type Case = {
  name: string;
  open(): Promise<{ store: (policy: RateLimitPolicy) => RateLimitStore; close(): Promise<void> }>;
};
const CASES: Case[] = [
  {
    name: 'memory',
    open: async () => ({
      store: (policy) => createMemoryRateLimitStore(policy),
      close: async () => {},
    }),
  },
  ...BACKENDS.map((kind) => ({
    name: `table on ${kind}`,
    open: async () => {
      const database = await openTestDatabase(kind);
      return {
        store: (policy: RateLimitPolicy) => createPgRateLimitStore(database.sql, policy),
        close: () => database.close(),
      };
    },
  })),
];

describe.each(CASES)('RateLimitStore: $name', ({ open }) => {
  let opened: Awaited<ReturnType<Case['open']>>;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(async () => opened?.close());

  it('grants a full burst to a new client, then refuses with the milliseconds until the next token', async () => {
    const store = opened.store(POLICY);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) waits.push(await store.take('burst-client', T0));
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits[5]).toBe(1000);
    expect(waits[6]).toBe(1000);
  });

  it('refills at perMinute, never past the burst', async () => {
    const store = opened.store(POLICY);
    for (let i = 0; i < 5; i++) expect(await store.take('refill-client', T0)).toBe(0);
    expect(await store.take('refill-client', T0 + 400)).toBe(600);
    expect(await store.take('refill-client', T0 + 1000)).toBe(0);
    expect(await store.take('refill-client', T0 + 1000)).toBe(1000);
    // A long pause fills the bucket to the burst and no further.
    const granted = [];
    for (let i = 0; i < 8; i++)
      granted.push((await store.take('refill-client', T0 + 3_600_000)) === 0);
    expect(granted.filter(Boolean)).toHaveLength(5);
  });

  it('keeps clients apart, and a clock step backwards neither refills nor breaks a bucket', async () => {
    const store = opened.store(POLICY);
    for (let i = 0; i < 5; i++) await store.take('client-a', T0);
    expect(await store.take('client-a', T0)).toBeGreaterThan(0);
    expect(await store.take('client-b', T0)).toBe(0);
    expect(await store.take('client-a', T0 - 60_000)).toBeGreaterThan(0);
  });

  it('is off at perMinute 0', async () => {
    const store = opened.store({ perMinute: 0, burst: 1 });
    for (let i = 0; i < 3; i++) expect(await store.take('unlimited', T0)).toBe(0);
  });

  it('gives concurrent takes of one client exactly the burst', async () => {
    const store = opened.store(POLICY);
    const waits = await Promise.all(
      Array.from({ length: 20 }, () => store.take('concurrent-client', T0)),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'the rate_limit_buckets table shared by two pools (two processes’ worth of connections)',
  () => {
    let first: Database;
    let second: Database;
    beforeAll(async () => {
      first = await openTestDatabase('postgres');
      // The same schema through a pool of its own, as another server process would have.
      const schema = (
        await first.sql.query<{ schema: string }>('SELECT current_schema() AS schema')
      ).rows[0].schema;
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.searchParams.set('options', `-c search_path=${schema},public`);
      second = await openDatabase({
        databaseUrl: url.toString(),
        poolSize: 4,
        embeddingDimensions: 512,
        migrate: false,
      });
    });
    afterAll(async () => {
      await second?.close();
      await first?.close();
    });

    it('grants one burst per client across both, racing', async () => {
      const a = createPgRateLimitStore(first.sql, POLICY);
      const b = createPgRateLimitStore(second.sql, POLICY);
      const waits = await Promise.all(
        Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).take('shared-client', T0)),
      );
      expect(waits.filter((w) => w === 0)).toHaveLength(5);
    });

    it('costs one round trip per request (measured against SELECT 1, printed)', async () => {
      const store = createPgRateLimitStore(first.sql, { perMinute: 1_000_000, burst: 1_000_000 });
      for (let i = 0; i < 50; i++) await store.take(`warm-${i % 10}`, T0);
      const n = 1000;
      const time = async (fn: (i: number) => Promise<unknown>) => {
        const started = performance.now();
        for (let i = 0; i < n; i++) await fn(i);
        return ((performance.now() - started) / n) * 1000;
      };
      const ping = await time(() => first.sql.query('SELECT 1', []));
      const take = await time((i) => store.take(`client-${i % 100}`, T0 + i));
      // Many clients at once, as many instances would send: takes per second through the pool's 4 connections.
      const parallel = 4_000;
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < parallel) await store.take(`busy-${next++ % 500}`, T0);
        }),
      );
      const perSecond = parallel / ((performance.now() - started) / 1000);
      console.log(
        `rate-limit table: ${take.toFixed(0)} µs per take vs ${ping.toFixed(0)} µs per SELECT 1 (sequential, ${n} each); ${perSecond.toFixed(0)} takes/s with 16 concurrent callers on a 4-connection pool`,
      );
      expect(take).toBeLessThan(50_000);
    });
  },
);
