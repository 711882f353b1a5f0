import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/node/database.ts';

/**
 * `npm run ingest -- --jobs N` prepares documents in worker threads and writes them from the main
 * thread. Whatever N is, the database must end up holding the same rows, and a file that cannot
 * be read fails alone, with its reason, and makes the exit code 1.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const PG_URL = process.env.TEST_DATABASE_URL;

/** Markdown in both languages, both sample PDFs, an HTML page and one broken PDF. */
function writeCorpus(dir: string) {
  cpSync(join(FIXTURES, 'corpus-mini'), dir, { recursive: true });
  for (const file of [
    'en-plan.pdf',
    'zh-plan.pdf',
    'chrome-page.html',
    'gb18030.txt',
    'truncated.pdf',
  ])
    cpSync(join(FIXTURES, 'loaders', file), join(dir, file));
}

function ingestCli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every row the ingest wrote, as text, without the columns that only say when or in which order. */
async function snapshot(sql: Database['sql']) {
  const rows = async (table: string) =>
    (
      await sql.query<{ row: string }>(
        `SELECT (to_jsonb(t) - 'id' - 'ingested_at' - 'created_at') || jsonb_build_object('key', t.id::text) AS row FROM ${table} t ORDER BY 1`,
        [],
      )
    ).rows.map((r) => (typeof r.row === 'string' ? r.row : JSON.stringify(r.row)));
  // A target's own id is a sequence number: it follows the order documents were written in.
  const targets = (
    await sql.query<{ row: unknown }>(
      `SELECT to_jsonb(t) - 'id' - 'created_at' AS row FROM targets t`,
      [],
    )
  ).rows
    .map((r) => JSON.stringify(r.row))
    .sort();
  return { documents: await rows('documents'), chunks: await rows('chunks'), targets };
}

/** File name → [status, reason] from the CLI's summary table. */
function summary(stdout: string) {
  return Object.fromEntries(
    Array.from(
      stdout.matchAll(
        /^(\S+\.(?:md|txt|html|pdf)) +\S* +(inserted|failed) +(?:\d+ +)?\d+ +\d+ *(.*)$/gm,
      ),
      (m) => [m[1], [m[2], m[3].trim()]],
    ),
  );
}

interface Target {
  name: string;
  args: (label: string) => string[];
  env: (label: string) => Record<string, string>;
  open: (label: string) => Promise<Database>;
  cleanup: () => Promise<void>;
}

const dirs: string[] = [];
const targets: Target[] = [
  {
    name: 'PGlite',
    args: () => [],
    env: (label) => ({ DATA_DIR: join(dirs[0], `data-${label}`) }),
    open: (label) =>
      openDatabase({ dataDir: join(dirs[0], `data-${label}`), embeddingDimensions: 512 }),
    cleanup: async () => {},
  },
];
if (PG_URL) {
  const prefix = `t_jobs_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const url = (label: string) => {
    const u = new URL(PG_URL);
    u.searchParams.set('options', `-c search_path=${prefix}_${label},public`);
    return u.toString();
  };
  targets.push({
    name: 'PostgreSQL',
    args: (label) => ['--database-url', url(label)],
    env: () => ({}),
    open: (label) =>
      openDatabase({
        databaseUrl: PG_URL,
        schema: `${prefix}_${label}`,
        embeddingDimensions: 512,
        poolSize: 2,
      }),
    cleanup: async () => {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      for (const label of ['one', 'two'])
        await admin.query(`DROP SCHEMA IF EXISTS ${prefix}_${label} CASCADE`);
      await admin.end();
    },
  });
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    for (const label of ['one', 'two']) await admin.query(`CREATE SCHEMA ${prefix}_${label}`);
    await admin.end();
  });
}

beforeAll(() => {
  dirs.push(mkdtempSync(join(tmpdir(), 'policyqa-jobs-')));
  writeCorpus(join(dirs[0], 'corpus'));
});
afterAll(async () => {
  for (const t of targets) await t.cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.each(targets)('npm run ingest -- --jobs on $name', (target) => {
  it('writes the same documents, chunks and targets with --jobs 2 (worker threads) as with --jobs 1, and fails only the broken PDF', async () => {
    const corpus = join(dirs[0], 'corpus');
    const [one, two] = await Promise.all([
      ingestCli([...target.args('one'), '--jobs', '1', corpus], target.env('one')),
      ingestCli([...target.args('two'), '--jobs', '2', corpus], target.env('two')),
    ]);
    for (const run of [one, two]) {
      expect(run.code, run.stderr).toBe(1);
      const files = summary(run.stdout);
      expect(Object.keys(files).sort(), run.stdout).toEqual([
        'chrome-page.html',
        'en-plan.pdf',
        'gb18030.txt',
        'shanxi-plan.md',
        'truncated.pdf',
        'zh-plan.md',
        'zh-plan.pdf',
      ]);
      expect(files['truncated.pdf']).toEqual([
        'failed',
        'truncated.pdf: not a readable PDF (Invalid PDF structure)',
      ]);
      for (const [file, [status]] of Object.entries(files))
        if (file !== 'truncated.pdf') expect(status, file).toBe('inserted');
      expect(run.stdout).toMatch(/ingested 6 \(new 6, replaced 0\), unchanged 0, failed 1/);
    }
    // The one-job run printed no sign of workers; both print the same table apart from timing.
    const table = (stdout: string) =>
      stdout.split('\n').filter((line) => !line.startsWith('ingested'));
    expect(table(two.stdout)).toEqual(table(one.stdout));

    const [a, b] = [await target.open('one'), await target.open('two')];
    try {
      const [rowsOne, rowsTwo] = [await snapshot(a.sql), await snapshot(b.sql)];
      expect(rowsOne.documents.length).toBe(6);
      expect(rowsOne.chunks.length).toBeGreaterThan(10);
      expect(rowsOne.targets.length).toBeGreaterThan(5);
      expect(rowsTwo.documents).toEqual(rowsOne.documents);
      expect(rowsTwo.chunks).toEqual(rowsOne.chunks);
      expect(rowsTwo.targets).toEqual(rowsOne.targets);
    } finally {
      await a.close();
      await b.close();
    }
  }, 240_000);
});
