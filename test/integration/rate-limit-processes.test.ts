import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openTestDatabase } from '../support/databases.ts';
import type { Database } from '../../src/node/database.ts';
import { signSlackRequest, startSlackStub, type SlackStub } from '../support/slack-stub.ts';

/**
 * Two instances behind one database (issue 21): server A is a cluster of two workers
 * (WEB_CONCURRENCY=2), server B a single process, each on its own port, both on the same
 * PostgreSQL schema. One client sending to both alternately gets one budget (RATE_LIMIT_BURST
 * 5), not one per process. A killed worker is replaced; then SIGTERM stops the cluster: every
 * worker finishes and the primary exits 0. A Slack user's budget is shared the same way.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const PG_URL = process.env.TEST_DATABASE_URL;

interface Server {
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Worker pids, from their 'worker starting' log lines (cluster only). */
  workers: number[];
  /** Resolves on the next 'listening' line after it is called. */
  nextListening(): Promise<void>;
}

const SLACK_SECRET = 'rate-limit-test-signing-secret';

function startServer(
  databaseUrl: string,
  webConcurrency: number,
  slackOrigin: string,
): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'entry-node.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      WEB_CONCURRENCY: String(webConcurrency),
      SEED_CORPUS: 'false',
      RATE_LIMIT_PER_MINUTE: '1',
      RATE_LIMIT_BURST: '5',
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'info',
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_ALLOWED_RESPONSE_HOSTS: slackOrigin,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const workers: number[] = [];
  let onListening: (() => void) | null = null;
  const nextListening = () => new Promise<void>((resolve) => (onListening = resolve));
  return new Promise((resolve, reject) => {
    let listening = 0;
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { message?: string; url?: string; pid?: number };
      if (entry.message === 'worker starting' && entry.pid) workers.push(entry.pid);
      if (entry.message !== 'listening') return;
      onListening?.();
      onListening = null;
      // Each worker logs 'listening'; the port is ready once all of them have.
      if (++listening === webConcurrency)
        resolve({ url: entry.url!, child, exited, workers, nextListening });
    });
    void exited.then((code) =>
      reject(new Error(`server exited with ${code} before listening: ${stderr.slice(0, 500)}`)),
    );
  });
}

describe.skipIf(!PG_URL)('the rate limit across two server processes on one PostgreSQL', () => {
  let database: Database;
  let a: Server;
  let b: Server;
  let slack: SlackStub;

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    const schema = (
      await database.sql.query<{ schema: string }>('SELECT current_schema() AS schema')
    ).rows[0].schema;
    const url = new URL(PG_URL!);
    url.searchParams.set('options', `-c search_path=${schema},public`);
    slack = await startSlackStub();
    [a, b] = await Promise.all([
      startServer(url.toString(), 2, slack.origin),
      startServer(url.toString(), 1, slack.origin),
    ]);
  });
  afterAll(async () => {
    for (const server of [a, b])
      if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await database?.close();
    await slack?.close();
  });

  it('gives one client one burst across both, then 429 with Retry-After from either', async () => {
    expect(new URL(a.url).port).not.toBe(new URL(b.url).port);
    const ask = (server: Server, client: string) =>
      fetch(`${server.url}/api/targets?limit=1`, { headers: { 'x-forwarded-for': client } });
    const statuses: number[] = [];
    const refusals: Response[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await ask(i % 2 ? b : a, '198.51.100.7');
      statuses.push(response.status);
      if (response.status === 429) refusals.push(response);
      else await response.arrayBuffer();
    }
    // RATE_LIMIT_PER_MINUTE 1: a second of requests refills nothing worth a token.
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    for (const refusal of refusals.slice(0, 2)) {
      expect(Number(refusal.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refusal.json()) as { error: { code: string } }).error.code).toBe(
        'rate_limited',
      );
    }
    // Another client has a budget of its own, on either server.
    expect((await ask(b, '198.51.100.8')).status).toBe(200);
    expect((await ask(a, '198.51.100.8')).status).toBe(200);
    expect(
      (
        await database.sql.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM rate_limit_buckets',
          [],
        )
      ).rows[0].n,
    ).toBe(2);
  });

  it("gives a Slack user one budget across both (RATE_LIMIT_BURST 5: a Slack user's burst is 3)", async () => {
    const command = async (server: Server, user: string) => {
      const body = new URLSearchParams({
        command: '/policy',
        text: 'What is the 2025 target?',
        user_id: user,
        team_id: 'T1',
        channel_id: 'C1',
        response_url: slack.responseUrl(),
      }).toString();
      const response = await fetch(`${server.url}/slack/commands`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...signSlackRequest(SLACK_SECRET, body, Math.floor(Date.now() / 1000)),
        },
        body,
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { text: string }).text;
    };
    const replies: string[] = [];
    for (let i = 0; i < 6; i++) replies.push(await command(i % 2 ? a : b, 'U-SHARED'));
    const slowedDown = replies.map((text) => /faster than I can answer/.test(text));
    expect(slowedDown).toEqual([false, false, false, true, true, true]);
    // Another user has a budget of their own.
    expect(await command(a, 'U-OTHER')).not.toMatch(/faster than I can answer/);
    const keys = await database.sql.query<{ key: string }>(
      "SELECT key FROM rate_limit_buckets WHERE key LIKE 'slack:%' ORDER BY key",
      [],
    );
    expect(keys.rows.map((r) => r.key)).toEqual(['slack:U-OTHER', 'slack:U-SHARED']);
  });

  it('replaces a cluster worker that dies, and keeps serving meanwhile', async () => {
    expect(a.workers).toHaveLength(2);
    // A keep-alive connection to the killed worker dies with it, and a connection the primary
    // handed to it just before it died is never answered (as behind any balancer); a client's
    // retry, after an error or a 5 s timeout, on a new connection reaches a live worker.
    const health = async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return (await fetch(`${a.url}/healthz`, { signal: AbortSignal.timeout(5_000) })).status;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    };
    const replaced = a.nextListening();
    process.kill(a.workers[0], 'SIGKILL');
    for (let i = 0; i < 4; i++) expect(await health()).toBe(200);
    await replaced;
    expect(a.workers).toHaveLength(3);
    expect(await health()).toBe(200);
  });

  it('stops the whole cluster on SIGTERM: the primary exits 0 once its workers have', async () => {
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
  });
});
