import { describe, it, expect, beforeAll, afterAll, onTestFinished } from 'vitest';
import { join, basename } from 'node:path';
import { spawn } from 'node:child_process';
import { mkdtempSync, cpSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/node/database.ts';
import { SESSION_SETTINGS } from '../../src/db/sql-client.ts';
import { createPgPoolClient } from '../../src/db/pg-adapter.ts';
import { dropSearchIndexes, ensureSearchIndexes } from '../../src/db/search-indexes.ts';
import { ingestPaths } from '../../ingest/run.ts';
import { createIngester } from '../../ingest/pipeline.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

/**
 * Ingestion scales out as several `ingest` processes against one database (DESIGN.md), so two
 * runs over the same files must write each document exactly once, and a re-ingest must swap a
 * document's chunks in one step that readers never see half-done.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const MINI = join(import.meta.dirname, '..', 'fixtures', 'corpus-mini');
const PG_URL = process.env.TEST_DATABASE_URL;

const TOPICS = [
  ['Hebei', 'reduce coal consumption', 'photovoltaic capacity'],
  ['Hubei', 'cut energy intensity', 'wind power capacity'],
  ['Fujian', 'lower carbon intensity', 'offshore wind capacity'],
  ['Gansu', 'curb industrial emissions', 'new energy storage capacity'],
  ['Jilin', 'improve building efficiency', 'biomass heating capacity'],
];

/** corpus-mini plus generated provincial plans: enough documents for two runs to overlap. */
function writeCorpus(dir: string) {
  cpSync(MINI, dir, { recursive: true });
  TOPICS.forEach(([province, goal, capacity], i) => {
    const sections = Array.from({ length: 12 }, (_, s) => {
      const year = 2025 + (s % 3) * 5;
      return (
        `## Section ${s + 1}\n\nBy ${year}, ${province} shall ${goal} by ${5 + s}% compared with 2020 (revision A), and ${capacity} shall reach ${10 * (s + 1)} GW. ` +
        `Cities shall report progress on ${goal} every quarter, and enterprises shall disclose their ${capacity} plans (revision A).`
      );
    });
    writeFileSync(
      join(dir, `gen-${province.toLowerCase()}-plan.md`),
      `# ${province} Provincial Plan ${i + 1} for Peaking Carbon Emissions\n\n${sections.join('\n\n')}\n`,
    );
  });
  // A Chinese document too: both languages go through the same write path.
  writeFileSync(
    join(dir, 'gen-zh-plan.md'),
    '# 河北省碳达峰实施方案\n\n' +
      Array.from(
        { length: 10 },
        (_, s) =>
          `## 第${s + 1}节\n\n到2025年，单位地区生产总值能耗比2020年下降${13 + s}%，非化石能源消费比重达到${20 + s}%（修订A）。`,
      ).join('\n\n') +
      '\n',
  );
}

/** A long plan (about 700 KB, some 1,200 chunks): its write transaction takes a while. */
function writeLargeDocument(path: string) {
  const words =
    'energy conservation carbon emission reduction renewable capacity grid storage building transport industry coal power efficiency monitoring finance market pilot county enterprise technology innovation standard'.split(
      ' ',
    );
  const parts = ['# Provincial Plan for Green and Low-Carbon Development\n'];
  let size = 0;
  for (let i = 0; size < 700_000; i++) {
    if (i % 15 === 0) parts.push(`\n## Chapter ${i / 15 + 1}\n`);
    const text = Array.from({ length: 60 }, (_, w) => words[(i * 7 + w * 13) % words.length]).join(
      ' ',
    );
    const line = `Article ${i}. The province shall strengthen ${text}.\n`;
    parts.push(line);
    size += line.length;
  }
  writeFileSync(path, parts.join('\n'));
}

interface Counts {
  documents: number;
  chunks: number;
  targets: number;
  perDocument: Map<string, number>;
  duplicateOrdinals: number;
}

async function counts(sql: Database['sql']): Promise<Counts> {
  const one = async (text: string) => Number((await sql.query<{ n: number }>(text, [])).rows[0].n);
  const perDocument = new Map(
    (
      await sql.query<{ id: string; n: number }>(
        'SELECT d.id, count(c.id)::int AS n FROM documents d LEFT JOIN chunks c ON c.document_id = d.id GROUP BY d.id',
        [],
      )
    ).rows.map((r) => [r.id, Number(r.n)]),
  );
  return {
    documents: await one('SELECT count(*)::int AS n FROM documents'),
    chunks: await one('SELECT count(*)::int AS n FROM chunks'),
    targets: await one('SELECT count(*)::int AS n FROM targets'),
    perDocument,
    duplicateOrdinals: await one(
      'SELECT count(*)::int AS n FROM (SELECT document_id, ordinal FROM chunks GROUP BY 1, 2 HAVING count(*) > 1) d',
    ),
  };
}

describe('two ingests of one directory at once on PGlite (one connection, two ingesters)', () => {
  let corpus: string;
  let a: TestApp;
  beforeAll(async () => {
    corpus = mkdtempSync(join(tmpdir(), 'policyqa-ingest-'));
    writeCorpus(corpus);
    a = await createTestApp({ kind: 'pglite' });
  });
  afterAll(async () => {
    await a?.close();
    rmSync(corpus, { recursive: true, force: true });
  });

  it('writes every document once, and a third run reports every file unchanged', async () => {
    const ingester = createIngester({
      store: a.services.store,
      embeddings: a.services.embeddings,
      extractTargets: a.services.extractTargets,
    });
    const [first, other] = await Promise.all([
      ingestPaths(a.ingester, [corpus]),
      ingestPaths(ingester, [corpus]),
    ]);
    expect([...first, ...other].filter((r) => r.status === 'failed')).toEqual([]);
    for (const r of first) {
      const twin = other.find((o) => o.id === r.id)!;
      // Exactly one of the two runs wrote it; the other found it already there.
      expect([r.status, twin.status].sort(), r.id!).toEqual(['inserted', 'unchanged']);
    }
    const written = [...first, ...other].filter((r) => r.status === 'inserted');
    const c = await counts(a.database.sql);
    expect(c.documents).toBe(first.length);
    expect(c.chunks).toBe(written.reduce((n, r) => n + r.chunks, 0));
    expect(c.targets).toBe(written.reduce((n, r) => n + r.targets, 0));
    expect(c.duplicateOrdinals).toBe(0);
    for (const r of written) expect(c.perDocument.get(r.id!), r.id!).toBe(r.chunks);

    const again = await ingestPaths(a.ingester, [corpus]);
    expect(again.map((r) => r.status)).toEqual(again.map(() => 'unchanged'));
  });
});

if (PG_URL) {
  describe('ingest processes on PostgreSQL', () => {
    const schema = `t_ingest_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
    const APP_NAME = `policyqa-${schema}`;
    // The CLI takes a URL only: the schema travels in the startup options.
    const url = (() => {
      const u = new URL(PG_URL);
      u.searchParams.set('options', `-c search_path=${schema},public`);
      u.searchParams.set('application_name', APP_NAME);
      return u.toString();
    })();
    let corpus: string;
    let t: TestApp;
    const admin = new pg.Client({ connectionString: PG_URL });

    /** `npm run ingest` as a separate process (plain node + tsx, so the pid is the worker itself). */
    const ingestCli = (paths: string[], extra: string[] = []) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'ingest/cli.ts', '--database-url', url, ...extra, ...paths],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (d) => (stdout += d));
      child.stderr!.on('data', (d) => (stderr += d));
      const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
        child.on('exit', (code) => resolve({ code, stdout, stderr })),
      );
      return { child, done, stderr: () => stderr };
    };
    /** File name → status, from the CLI's summary table. */
    const statuses = (stdout: string) =>
      Object.fromEntries(
        Array.from(
          stdout.matchAll(
            /^(\S+\.(?:md|txt|html|pdf))\s+\S+\s+(inserted|replaced|unchanged|failed)\b/gm,
          ),
          (m) => [m[1], m[2]],
        ),
      );

    beforeAll(async () => {
      corpus = mkdtempSync(join(tmpdir(), 'policyqa-ingest-pg-'));
      writeCorpus(corpus);
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
    });
    afterAll(async () => {
      await t?.close();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
      rmSync(corpus, { recursive: true, force: true });
    });

    it('finds, drops and rebuilds the search indexes of the chunks table search_path resolves to, not a same-named index further down the path', async () => {
      const [front, back] = [`${schema}_front`, `${schema}_back`];
      for (const s of [front, back]) {
        await admin.query(`CREATE SCHEMA ${s}`);
        onTestFinished(() =>
          admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`).then(() => undefined),
        );
        await (
          await openDatabase({
            databaseUrl: PG_URL,
            schema: s,
            embeddingDimensions: 512,
            poolSize: 1,
          })
        ).close();
      }
      // A session whose search_path is "front, back": both schemas have chunks and both indexes.
      const pool = new pg.Pool({
        connectionString: PG_URL,
        max: 2,
        options: `-c search_path=${front},${back},public`,
      });
      onTestFinished(() => pool.end());
      const sql = createPgPoolClient(pool);
      const names = async (s: string) =>
        (
          await admin.query(
            `SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND indexname IN ('chunks_embedding_hnsw_en', 'chunks_embedding_hnsw_zh', 'chunks_terms_gin') ORDER BY 1`,
            [s],
          )
        ).rows.map((r) => r.indexname);
      const both = ['chunks_embedding_hnsw_en', 'chunks_embedding_hnsw_zh', 'chunks_terms_gin'];
      await dropSearchIndexes(sql);
      expect(await names(front)).toEqual([]);
      expect(await names(back)).toEqual(both);
      // Dropping again must not reach through to the next schema's indexes.
      await dropSearchIndexes(sql);
      expect(await names(back)).toEqual(both);
      const built = await ensureSearchIndexes(sql);
      expect({ hnsw: built.hnsw, gin: built.gin }).toEqual({ hnsw: true, gin: true });
      expect(await names(front)).toEqual(both);
    });

    it('migrates a fresh database once when several processes start on it together', async () => {
      const opened = await Promise.allSettled(
        [1, 2, 3].map(() => openDatabase({ databaseUrl: url, embeddingDimensions: 512 })),
      );
      for (const o of opened) if (o.status === 'fulfilled') await o.value.close();
      expect(
        opened
          .filter((o) => o.status === 'rejected')
          .map((o) => (o as PromiseRejectedResult).reason.message),
      ).toEqual([]);
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n, count(DISTINCT name)::int AS d FROM ${schema}.schema_migrations`,
      );
      expect(rows[0].n).toBe(rows[0].d);
    });

    it('two ingest processes of one directory write every document once while questions keep being answered', async () => {
      const database = await openDatabase({
        databaseUrl: url,
        embeddingDimensions: 512,
        poolSize: 4,
      });
      // The URL's options (search_path) must not displace the session settings the pool adds.
      const settings = (
        await database.sql.query<{ path: string; ef: string }>(
          "SELECT current_setting('search_path') AS path, current_setting('hnsw.ef_search') AS ef",
          [],
        )
      ).rows[0];
      const configuredEf = /hnsw\.ef_search = (\d+)/.exec(SESSION_SETTINGS.join(';'))?.[1];
      expect(configuredEf).toMatch(/^\d+$/);
      expect(settings).toEqual({ path: `${schema},public`, ef: configuredEf });
      t = await createTestApp({ database });

      // Process start-up takes seconds and varies more than the ingest itself: hold both
      // processes at their first read of `meta` until both are there, so their work overlaps.
      await admin.query('BEGIN');
      await admin.query(`LOCK TABLE ${schema}.meta IN ACCESS EXCLUSIVE MODE`);
      const runs = [ingestCli([corpus]), ingestCli([corpus])];
      for (let waiting = 0; waiting < 2;) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const { rows } = await t.database.sql.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'",
          [APP_NAME],
        );
        waiting = rows[0].n;
        if (runs.some((r) => r.child.exitCode !== null)) break;
      }
      await admin.query('COMMIT');
      let running = true;
      const finished = Promise.all(runs.map((r) => r.done)).finally(() => (running = false));
      const answers: number[] = [];
      const questions = [
        "What is Shanxi's 2025 energy intensity reduction target?",
        '广东到2025年非化石能源消费比重目标是多少？',
        'How much wind power capacity shall Hubei reach?',
      ];
      while (running) {
        const res = await t.app.request('/api/ask', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: questions[answers.length % questions.length] }),
        });
        answers.push(res.status);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const [one, two] = await finished;
      expect(one.code, one.stderr).toBe(0);
      expect(two.code, two.stderr).toBe(0);
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.filter((s) => s !== 200)).toEqual([]);

      const first = statuses(one.stdout);
      const other = statuses(two.stdout);
      expect(Object.keys(first).length).toBe(8);
      for (const file of Object.keys(first))
        expect([first[file], other[file]].sort(), file).toEqual(['inserted', 'unchanged']);

      // The reference: what one ingest of the same files produces (a dry run writes nothing).
      const reference = await ingestPaths(t.ingester, [corpus], { dryRun: true });
      const actual = await counts(t.database.sql);
      expect(actual.documents).toBe(reference.length);
      expect(actual.chunks).toBe(reference.reduce((n, r) => n + r.chunks, 0));
      expect(actual.targets).toBe(reference.reduce((n, r) => n + r.targets, 0));
      expect(actual.duplicateOrdinals).toBe(0);
      expect(actual.perDocument).toEqual(new Map(reference.map((r) => [r.id, r.chunks])));
    }, 120_000);

    it('re-ingesting reports unchanged files and swaps a changed one whole, readers never seeing it half-written', async () => {
      const changed = join(corpus, 'gen-hubei-plan.md');
      writeFileSync(
        changed,
        readFileSync(changed, 'utf8').replaceAll('revision A', 'revision B') +
          '\n## Section 13\n\nBy 2035, Hubei shall phase out coal boilers (revision B).\n',
      );
      const before = (await (await t.app.request('/api/documents/gen-hubei-plan')).json()) as {
        chunk_count: number;
        chunks: unknown[];
      };
      expect(before.chunks.length).toBeGreaterThan(0);

      const run = ingestCli([corpus]);
      let running = true;
      void run.done.finally(() => (running = false));
      // Every read during the swap sees the old version or the new one, never a mix or nothing.
      const seen = new Set<string>();
      while (running) {
        const { rows } = await t.database.sql.query<{
          docs: number;
          a: number;
          b: number;
          n: number;
        }>(
          `SELECT (SELECT count(*)::int FROM documents WHERE id = $1) AS docs,
                  count(*) FILTER (WHERE text LIKE '%revision A%')::int AS a,
                  count(*) FILTER (WHERE text LIKE '%revision B%')::int AS b, count(*)::int AS n
             FROM chunks WHERE document_id = $1`,
          ['gen-hubei-plan'],
        );
        const r = rows[0];
        expect(r.docs).toBe(1);
        expect(r.n).toBeGreaterThan(0);
        expect(r.a === 0 || r.b === 0, JSON.stringify(r)).toBe(true);
        seen.add(r.b > 0 ? 'new' : 'old');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const result = await run.done;
      expect(result.code, result.stderr).toBe(0);
      const status = statuses(result.stdout);
      expect(status[basename(changed)]).toBe('replaced');
      expect(
        Object.entries(status)
          .filter(([file]) => file !== basename(changed))
          .map(([, s]) => s),
      ).toEqual(Array(7).fill('unchanged'));

      const after = (await (await t.app.request('/api/documents/gen-hubei-plan')).json()) as {
        id: string;
        text: string;
        chunk_count: number;
        chunks: { chunk_id: string }[];
      };
      expect(after.id).toBe('gen-hubei-plan');
      expect(after.text).toContain('revision B');
      expect(after.text).not.toContain('revision A');
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE text LIKE '%revision A%')::int AS old FROM ${schema}.chunks WHERE document_id = 'gen-hubei-plan'`,
      );
      expect(rows[0]).toEqual({ n: after.chunks.length, old: 0 });
      expect(after.chunk_count).toBe(after.chunks.length);
      expect(seen.has('new')).toBe(true);
    }, 90_000);

    it('leaves no trace of a document whose ingest process is killed mid-transaction, and a re-run lands it whole', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'policyqa-crash-'));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      writeLargeDocument(join(dir, 'large-plan.md'));
      const documentsBefore = (await counts(t.database.sql)).documents;
      const run = ingestCli([dir]);
      // Kill it while its transaction is writing chunks (seen from the server side).
      let writing = false;
      while (!writing && run.child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const { rows } = await t.database.sql.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL AND query LIKE 'INSERT INTO chunks%'",
          [APP_NAME],
        );
        writing = rows[0].n > 0;
      }
      expect(writing, run.stderr()).toBe(true);
      run.child.kill('SIGKILL');
      await run.done;

      const one = async (text: string) => (await admin.query(text)).rows[0].n as number;
      expect(
        await one(`SELECT count(*)::int AS n FROM ${schema}.documents WHERE id = 'large-plan'`),
      ).toBe(0);
      expect(
        await one(
          `SELECT count(*)::int AS n FROM ${schema}.chunks WHERE document_id = 'large-plan'`,
        ),
      ).toBe(0);
      expect(
        await one(
          `SELECT count(*)::int AS n FROM ${schema}.targets WHERE document_id = 'large-plan'`,
        ),
      ).toBe(0);
      expect((await counts(t.database.sql)).documents).toBe(documentsBefore);

      // The dead backend's transaction (and its per-document lock) must not block a re-run.
      const [result] = await ingestPaths(t.ingester, [dir]);
      expect(result.status).toBe('inserted');
      expect((await counts(t.database.sql)).perDocument.get('large-plan')).toBe(result.chunks);
    }, 90_000);
  });
}
