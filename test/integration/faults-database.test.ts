import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../../src/node/database.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'corpus-mini');
const PG_URL = process.env.TEST_DATABASE_URL;
const ROOT = join(import.meta.dirname, '..', '..');

const DATABASE_ROUTES: [string, RequestInit?][] = [
  [
    '/api/ask',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        question: "What is Shanxi's 2025 energy intensity reduction target?",
      }),
    },
  ],
  ['/api/search?q=energy%20intensity'],
  ['/api/documents'],
  ['/healthz'],
];

if (PG_URL) {
  describe('a PostgreSQL outage while serving', () => {
    let proxy: TcpProxy;
    let t: TestApp;
    const schema = `t_faults_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;

    const adminQuery = async (text: string) => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        return await client.query(text);
      } finally {
        await client.end();
      }
    };

    beforeAll(async () => {
      await adminQuery(`CREATE SCHEMA ${schema}`);
      const target = new URL(PG_URL);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const database = await openDatabase({
        databaseUrl: proxy.rewrite(PG_URL),
        schema,
        poolSize: 4,
        embeddingDimensions: 512,
      });
      t = await createTestApp({
        database,
        corpus: [MINI],
        env: { ADMIN_TOKEN: 'admin-token-for-faults' },
      });
    });
    afterAll(async () => {
      await t?.close();
      await proxy?.close();
      await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    });

    // A failed test must not leave the next one without a database.
    afterEach(() => proxy.restore());

    const call = (path: string, init?: RequestInit) => t.app.request(path, init);
    // Hono's app.request runs in microtasks, so without a pause the pool could hand out an idle
    // client whose reset the event loop has not read yet. Any real gap between requests is longer.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

    it('answers 503 database_unavailable with Retry-After on every database route, then 200 again once the server is back', async () => {
      expect((await call(...DATABASE_ROUTES[0])).status).toBe(200);
      proxy.cut();
      await settle();
      const outcomes = [];
      for (const [path, init] of DATABASE_ROUTES) {
        const started = Date.now();
        const res = await call(path, init);
        const body = await res.json();
        outcomes.push({
          path,
          status: res.status,
          code: body.error?.code,
          retryAfter: res.headers.get('retry-after'),
          ms: Date.now() - started,
          leak: /ECONN|stack|at \w+ \(/.test(JSON.stringify(body)),
        });
      }
      for (const o of outcomes) {
        expect(o, o.path).toMatchObject({
          status: 503,
          code: 'database_unavailable',
          retryAfter: expect.stringMatching(/^\d+$/),
          leak: false,
        });
        // pg's connectionTimeoutMillis is 5 s: a refused server must fail fast, never hang.
        expect(o.ms, o.path).toBeLessThan(6000);
      }
      proxy.restore();
      for (const [path, init] of DATABASE_ROUTES)
        expect((await call(path, init)).status, path).toBe(200);
    });

    it('answers 503 to a request whose query is in flight when the connection dies, and serves the next one', async () => {
      const cutting = proxy.cutWhen('FROM chunks');
      const res = await call(...DATABASE_ROUTES[0]);
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe('database_unavailable');
      await cutting;
      await settle();
      proxy.restore();
      const again = await call(...DATABASE_ROUTES[0]);
      expect(again.status).toBe(200);
      expect((await again.json()).answer).toContain('14.5%');
    });

    it('answers an upload during an outage with 503 and Retry-After, storing nothing; the same upload lands afterwards', async () => {
      const upload = () => {
        const form = new FormData();
        form.append(
          'file',
          new File(
            [
              '# Outage Plan\n\nArticle 1 By 2030, the share of non-fossil energy shall reach 31%.\n',
            ],
            'outage-plan.md',
          ),
        );
        return call('/api/documents', {
          method: 'POST',
          headers: { authorization: 'Bearer admin-token-for-faults' },
          body: form,
        });
      };
      proxy.cut();
      const refused = await upload();
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      const body = await refused.json();
      expect(body.error.code).toBe('database_unavailable');
      expect(JSON.stringify(body)).not.toMatch(/ECONN|127\.0\.0\.1|stack/);
      proxy.restore();
      await settle();
      const { rows } = await adminQuery(
        `SELECT count(*)::int AS n FROM ${schema}.documents WHERE id = 'outage-plan'`,
      );
      expect(rows[0].n).toBe(0);
      const landed = await upload();
      expect(landed.status).toBe(201);
      expect((await landed.json()).results[0].status).toBe('inserted');
    });

    it('leaves nothing of a document whose ingest transaction loses the connection, and ingests it whole afterwards', async () => {
      const before = (await (await call('/api/documents')).json()).documents.length;
      const text =
        '# Test Plan\n\n' +
        Array.from(
          { length: 400 },
          (_, i) =>
            `Section ${i}: by 2030 the share of non-fossil energy shall reach ${20 + (i % 10)}%.\n`,
        ).join('\n');
      const input = { bytes: new TextEncoder().encode(text), fileName: 'cut-plan.md' };
      const cutting = proxy.cutWhen('INSERT INTO chunks');
      const result = await t.ingester.ingest(input);
      expect(result.status).toBe('failed');
      await cutting;
      await settle();
      proxy.restore();
      const after = (await (await call('/api/documents')).json()).documents;
      expect(after.length).toBe(before);
      expect(after.map((d: { id: string }) => d.id)).not.toContain('cut-plan');
      const { rows } = await adminQuery(
        `SELECT count(*)::int AS n FROM ${schema}.chunks WHERE document_id = 'cut-plan'`,
      );
      expect(rows[0].n).toBe(0);

      const retried = await t.ingester.ingest(input);
      expect(retried.status).toBe('inserted');
      const doc = (await (await call('/api/documents')).json()).documents.find(
        (d: { id: string }) => d.id === 'cut-plan',
      );
      expect(doc.chunk_count).toBe(retried.chunks);
    });
  });
}

/**
 * The server entry as a child process with a clean environment. Plain node with tsx's loader
 * rather than the tsx CLI: the CLI relays a signal to its child and SIGKILLs it when the child
 * does not acknowledge within 30 ms, which a busy event loop (PGlite runs on it) often misses.
 */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/entry-node.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waiters: (() => void)[] = [];
  child.stdout!.on('data', (d) => {
    stdout += d;
    for (const w of waiters) w();
  });
  child.stderr!.on('data', (d) => (stderr += d));
  /** Resolves with the first match of `pattern` in stdout; rejects if the process exits first. */
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const m = stdout.match(pattern);
        if (m) resolve(m);
      };
      waiters.push(check);
      check();
      exited.then((code) =>
        reject(new Error(`server exited with ${code} before printing ${pattern}: ${stderr}`)),
      );
    });
  return {
    child,
    exited,
    waitFor,
    get stderr() {
      return stderr;
    },
    get stdout() {
      return stdout;
    },
  };
}
type Server = ReturnType<typeof startServer>;

const running: Server[] = [];
afterAll(() => {
  for (const server of running)
    if (server.child.exitCode === null && server.child.signalCode === null)
      server.child.kill('SIGKILL');
});

describe('startup with an unreachable PostgreSQL', () => {
  it('exits non-zero promptly with one line naming the host, password masked', async () => {
    const started = Date.now();
    const server = startServer({ DATABASE_URL: 'postgres://u:secretpw@127.0.0.1:1/x' });
    running.push(server);
    expect(await server.exited).not.toBe(0);
    // Loading the app's modules alone takes seconds on a busy 2-core machine; what this bounds
    // is that a refused connection fails at once instead of waiting on some timeout.
    expect(Date.now() - started).toBeLessThan(30_000);
    const lines = server.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /cannot connect to PostgreSQL at postgres:\/\/u:\*+@127\.0\.0\.1:1\/x/,
    );
    expect(server.stderr + server.stdout).not.toContain('secretpw');
  });
});

describe('the Node server on an embedded data directory', () => {
  let dataDir: string;
  let lockPath: string;
  let server: Server;
  let url: string;
  let deadPid: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'policyqa-server-'));
    lockPath = join(dataDir, '.policy-qa.lock');
    // A lock left behind by a process that died without cleaning up (kill -9, power loss).
    const dead = spawn(process.execPath, ['-e', '']);
    deadPid = await new Promise<number>((resolve) => dead.on('exit', () => resolve(dead.pid!)));
    writeFileSync(lockPath, String(deadPid));
    server = startServer({
      DATA_DIR: dataDir,
      SEED_CORPUS: 'true',
      CORPUS_DIR: MINI,
      ADMIN_TOKEN: 'admin-token-for-faults',
    });
    running.push(server);
    url = (await server.waitFor(/"message":"listening","url":"([^"]+)"/))[1];
  }, 120_000);
  afterAll(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes over a stale lock left by a dead process', async () => {
    const holder = Number(readFileSync(lockPath, 'utf8'));
    expect(holder).not.toBe(deadPid);
    expect(() => process.kill(holder, 0)).not.toThrow();
    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({
      status: 'ok',
      documents: 2,
    });
  });

  it("answers a request line Node's parser refuses (unencoded Chinese, as curl sends it) in the API's error shape, and keeps serving", async () => {
    const { port } = new URL(url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write(
          Buffer.from('GET /api/targets?region=上海 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'),
        ),
      );
      let received = '';
      socket.on('data', (d) => (received += d));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    const [head, body] = raw.split('\r\n\r\n');
    expect(head!.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(JSON.parse(body!).error).toEqual({
      code: 'bad_request',
      message: expect.stringContaining('percent-encode non-ASCII characters'),
    });
    expect((await fetch(`${url}/api/targets?region=${encodeURIComponent('上海')}`)).status).toBe(
      200,
    );
  });

  it('refuses a second server on the same directory with one clear line, leaving the first untouched', async () => {
    const second = startServer({ DATA_DIR: dataDir, SEED_CORPUS: 'true', CORPUS_DIR: MINI });
    running.push(second);
    expect(await second.exited).not.toBe(0);
    const lines = second.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`data directory ${dataDir} is in use by another process \\(pid \\d+\\)`),
    );
    expect(existsSync(lockPath)).toBe(true);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  }, 90_000);

  it('on SIGTERM finishes the requests in flight (even one whose client left), refuses new connections, exits 0 and removes the lock', async () => {
    const { port } = new URL(url);
    const open = async () => {
      const socket = connect(Number(port), '127.0.0.1');
      socket.on('error', () => {});
      await new Promise((resolve) => socket.on('connect', resolve));
      return socket;
    };

    // An upload whose client goes away while the server ingests it: nothing holds the
    // connection open any more, yet the work must finish before the database closes.
    // About 100 KB: its ingest outlasts the rest of this shutdown by a wide margin.
    const text =
      '# Abandoned Upload Plan\n\n' +
      Array.from(
        { length: 900 },
        (_, i) =>
          `## Part ${i}\n\nBy 2030 the city shall cut coal use by ${i % 40}% and build ${i} charging stations in every district.\n`,
      ).join('\n');
    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/markdown' }), 'abandoned-upload.md');
    const multipart = new Request('http://x/', { method: 'POST', body: form });
    const uploadBody = Buffer.from(await multipart.arrayBuffer());
    const upload = await open();
    upload.write(
      `POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer admin-token-for-faults\r\n` +
        `Content-Type: ${multipart.headers.get('content-type')}\r\nContent-Length: ${uploadBody.length}\r\n\r\n`,
    );
    upload.write(uploadBody);

    // A question whose body is still arriving when the signal lands: in flight for sure.
    const body = JSON.stringify({
      question: "What is Shanxi's 2025 energy intensity reduction target?",
    });
    const ask = await open();
    let response = '';
    ask.on('data', (d) => (response += d));
    const closed = new Promise((resolve) => ask.on('close', resolve));
    ask.write(
      `POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    ask.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 300));
    upload.destroy();

    server.child.kill('SIGTERM');
    await server.waitFor(/"message":"shutting down"/);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();

    const finishedAt = Date.now();
    ask.write(body.slice(10));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)).answer).toContain('14.5%');
    expect(await server.exited).toBe(0);
    // Waiting out a keep-alive timeout (5 s) or the 15 s forced exit would show up here.
    expect(Date.now() - finishedAt).toBeLessThan(5000);
    const log = server.stdout;
    expect(log).toMatch(/"method":"POST","path":"\/api\/documents","status":201/);
    expect(log.indexOf('"path":"/api/documents","status":201')).toBeLessThan(
      log.indexOf('"message":"stopped"'),
    );
    expect(log).not.toMatch(/"level":"error"/);
    expect(existsSync(lockPath)).toBe(false);
  }, 60_000);
});

if (PG_URL) {
  describe('the Node server on PostgreSQL', () => {
    const schema = `t_server_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    let server: Server;
    let url: string;

    beforeAll(async () => {
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const databaseUrl = new URL(PG_URL);
      databaseUrl.searchParams.set('options', `-c search_path=${schema},public`);
      server = startServer({
        DATABASE_URL: databaseUrl.toString(),
        SEED_CORPUS: 'true',
        CORPUS_DIR: MINI,
      });
      running.push(server);
      url = (await server.waitFor(/"message":"listening","url":"([^"]+)"/))[1];
    }, 120_000);
    afterAll(async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    });

    it('on SIGTERM lets requests whose clients already left finish before closing the pool', async () => {
      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ documents: 2 });
      const { port } = new URL(url);
      const body = JSON.stringify({ question: '广东到2025年非化石能源消费比重目标是多少？' });
      // Clients that send a question and hang up at once, as a load generator does when it stops.
      const sockets = await Promise.all(
        Array.from({ length: 8 }, async () => {
          const socket = connect(Number(port), '127.0.0.1');
          socket.on('error', () => {});
          await new Promise((resolve) => socket.on('connect', resolve));
          socket.write(
            `POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
          );
          return socket;
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 30));
      for (const socket of sockets) socket.destroy();
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      const asks = Array.from(server.stdout.matchAll(/"path":"\/api\/ask","status":(\d+)/g), (m) =>
        Number(m[1]),
      );
      expect(asks.length).toBeGreaterThan(0);
      expect(asks.filter((status) => status !== 200)).toEqual([]);
      expect(server.stdout).not.toMatch(/"level":"error"/);
    }, 60_000);
  });
}
