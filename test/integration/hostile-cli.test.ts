/**
 * Hostile input to the ingest CLI (`npm run ingest`, spawned for real with a temporary
 * DATA_DIR): missing paths, corrupt and unsupported files and malformed manifests end with
 * exit code 1 and a one-line reason naming the culprit, and never stop the good files from
 * landing.
 *
 * (Manifest entry validation is also checked in process through `collectJobs`, the walk the CLI
 * runs, to keep the number of spawned processes small.)
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/node/database.ts';
import { createStore } from '../../src/db/store.ts';
import { dropSearchIndexes } from '../../src/db/search-indexes.ts';
import { collectJobs } from '../../ingest/walk.ts';
import { LOADER_FIXTURES, MINI_CORPUS } from '../fixtures/hostile/harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// The project's own tsx, as `npx tsx` would resolve it (without npm's start-up cost).
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const temps: string[] = [];

interface Run {
  dataDir: string;
  code: number;
  stdout: string;
  stderr: string;
  output: string;
}

async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hostile-cli-'));
  temps.push(dir);
  return dir;
}

/** Runs the ingest CLI with its own PGlite data directory and no DATABASE_URL. */
function cli(args: string[], dataDir: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    SEED_CORPUS: 'true',
    LOG_LEVEL: 'warn',
    NO_COLOR: '1',
  };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['ingest/cli.ts', ...args],
      { cwd: ROOT, env, timeout: 120_000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ dataDir, code, stdout, stderr, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

async function storedDocuments(dataDir: string): Promise<{ id: string; chunk_count: number }[]> {
  const database = await openDatabase({ dataDir, embeddingDimensions: 512 });
  try {
    return (await createStore(database.sql).listDocuments()).map((d) => ({
      id: d.id,
      chunk_count: d.chunk_count,
    }));
  } finally {
    await database.close();
  }
}

afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

// Spawning is the slow part (tsx start-up, then PGlite's WASM; a fresh data directory costs
// several seconds of initdb and migrations). So: --help runs alongside one ingest run that
// carries several hostile inputs at once; the malformed-manifest run then reuses that run's data
// directory (and must leave it unchanged). Each `it` checks one consequence.
let help: Run;
let mixed: Run;
let badManifest: Run;
let mixedDataDir: string;
let manifestPath: string;
let stored: { id: string; chunk_count: number }[];

beforeAll(async () => {
  const dir = await temp();
  const corpus = join(dir, 'corpus');
  await mkdir(corpus);
  await copyFile(join(MINI_CORPUS, 'shanxi-plan.md'), join(corpus, 'shanxi-plan.md'));
  await copyFile(join(LOADER_FIXTURES, 'truncated.pdf'), join(corpus, 'broken-plan.pdf'));
  await writeFile(join(dir, 'setup.exe'), new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]));
  await writeFile(join(dir, 'plan.docx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
  mixedDataDir = join(dir, 'db');

  const manifestCorpus = join(dir, 'manifest-corpus');
  await mkdir(manifestCorpus);
  await copyFile(join(MINI_CORPUS, 'zh-plan.md'), join(manifestCorpus, 'zh-plan.md'));
  manifestPath = join(manifestCorpus, 'manifest.json');
  await writeFile(manifestPath, '[{"id": "guangdong-energy", "file": "zh-plan.md",');

  [help, mixed] = await Promise.all([
    cli(['--help'], join(dir, 'never-created')),
    cli(
      [corpus, join(dir, 'setup.exe'), join(dir, 'plan.docx'), '/nonexistent/dir/missing-plan.md'],
      mixedDataDir,
    ),
  ]);
  badManifest = await cli([manifestCorpus], mixedDataDir);
  stored = await storedDocuments(mixedDataDir);
}, 240_000);

describe('the ingest CLI given a corrupt, an unsupported, a missing and a good file in one run', () => {
  const lineFor = (name: string) => mixed.stdout.split('\n').find((line) => line.startsWith(name));

  it('exits 1 because some files failed', () => {
    expect(mixed.code, mixed.output).toBe(1);
  });

  it('prints the summary table and the totals', () => {
    expect(mixed.stdout).toMatch(/^file\s+id\s+status\s+pages\s+chunks\s+targets\s+reason$/m);
    expect(mixed.stdout).toMatch(/ingested 1 \(new 1, replaced 0\), unchanged 0, failed 4/);
  });

  it('lands the good file, readable from the database afterwards', () => {
    expect(lineFor('shanxi-plan.md')).toMatch(/^shanxi-plan\.md\s+shanxi-plan\s+inserted\b/);
    expect(stored.map((d) => d.id)).toEqual(['shanxi-plan']);
    expect(stored[0].chunk_count).toBeGreaterThan(0);
  });

  it.each([
    ['broken-plan.pdf', /broken-plan\.pdf: /],
    ['setup.exe', /setup\.exe: /],
    ['plan.docx', /plan\.docx: /],
    ['missing-plan.md', /missing-plan\.md: file not found/],
  ])('reports %s as failed with a one-line reason naming it', (name, reason) => {
    const line = lineFor(name);
    expect(line, mixed.stdout).toBeDefined();
    expect(line).toMatch(/\sfailed\s/);
    expect(line).toMatch(reason);
  });

  it('prints no stack trace', () => {
    expect(mixed.output).not.toMatch(/\n\s+at /);
  });
});

describe('the ingest CLI given --help or a malformed manifest', () => {
  it('--help prints the usage and exits 0 without creating a database', async () => {
    expect(help.code).toBe(0);
    expect(existsSync(help.dataDir)).toBe(false);
    expect(help.stdout).toContain('Usage: npm run ingest');
    expect(help.stdout).toContain('--dry-run');
  });

  it('a manifest.json that is not JSON exits 1 with a one-line error naming the file', () => {
    expect(badManifest.code).toBe(1);
    expect(badManifest.stderr).toMatch(/manifest\.json: not valid JSON/);
    expect(badManifest.stderr).toContain(manifestPath);
    expect(badManifest.stderr.trim().split('\n')).toHaveLength(1);
    expect(badManifest.output).not.toMatch(/\n\s+at /);
    expect(badManifest.stdout).not.toMatch(/inserted/);
  });

  it("a malformed manifest changes nothing in the database (only the earlier run's file is there)", () => {
    expect(stored.map((d) => d.id)).toEqual(['shanxi-plan']);
  });

  // The same walk the CLI runs, in process (no spawn): each malformed entry is named precisely.
  it.each([
    [
      'an impossible date',
      '[{"id": "a", "file": "shanxi-plan.md", "date": "2024-13-45"}]',
      /entry 0: field "date"/,
    ],
    [
      'an id with a path separator',
      '[{"id": "../../etc/passwd", "file": "shanxi-plan.md"}]',
      /entry 0: field "id"/,
    ],
    [
      'duplicate ids',
      '[{"id": "a", "file": "shanxi-plan.md"}, {"id": "a"}]',
      /entry 1: field "id": duplicate/,
    ],
    ['neither an array nor {documents}', '{"docs": []}', /expected an array/],
    ['a wrong type', '[{"id": 42}]', /entry 0: field "id"/],
  ])(
    'a manifest entry with %s is refused naming the file, entry and field',
    async (_name, manifest, message) => {
      const dir = await temp();
      await copyFile(join(MINI_CORPUS, 'shanxi-plan.md'), join(dir, 'shanxi-plan.md'));
      await writeFile(join(dir, 'manifest.json'), manifest);
      const error = await collectJobs([dir]).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(message);
      expect(error?.message).toContain(join(dir, 'manifest.json'));
    },
  );
});

describe('ingest --bulk', () => {
  const indexes = async (dataDir: string) => {
    // migrate: false — a normal open would rebuild missing indexes and hide what the CLI left.
    const database = await openDatabase({ dataDir, embeddingDimensions: 512, migrate: false });
    try {
      const { rows } = await database.sql.query<{ hnsw: string | null; gin: string | null }>(
        "SELECT nullif(concat_ws(' ', to_regclass('chunks_embedding_hnsw_en')::text, to_regclass('chunks_embedding_hnsw_zh')::text), '') AS hnsw, to_regclass('chunks_terms_gin')::text AS gin",
        [],
      );
      return rows[0];
    } finally {
      await database.close();
    }
  };

  it('drops the search indexes, ingests, and builds them again; a start rebuilds indexes a killed bulk run left dropped', async () => {
    const dataDir = await temp();
    const run = await cli(['--bulk', '--cluster', MINI_CORPUS], dataDir);
    expect(run.code, run.output).toBe(0);
    // --cluster orders the chunks by region before the indexes are built.
    expect(run.stderr).toMatch(
      /cluster: CLUSTER \d+\.\d s\n[^]*bulk: HNSW \d+\.\d s, GIN \d+\.\d s/,
    );
    expect(await indexes(dataDir)).toEqual({
      hnsw: 'chunks_embedding_hnsw_en chunks_embedding_hnsw_zh',
      gin: 'chunks_terms_gin',
    });
    expect((await storedDocuments(dataDir)).length).toBeGreaterThan(0);

    // What a bulk run killed mid-load leaves: data without its search indexes.
    const raw = await openDatabase({ dataDir, embeddingDimensions: 512, migrate: false });
    await dropSearchIndexes(raw.sql);
    await raw.close();
    expect(await indexes(dataDir)).toEqual({ hnsw: null, gin: null });
    const reopened = await openDatabase({ dataDir, embeddingDimensions: 512 });
    const hits = await createStore(reopened.sql).lexicalSearch(['energy'], undefined, 3);
    await reopened.close();
    expect(hits.length).toBeGreaterThan(0);
    expect(await indexes(dataDir)).toEqual({
      hnsw: 'chunks_embedding_hnsw_en chunks_embedding_hnsw_zh',
      gin: 'chunks_terms_gin',
    });
  }, 180_000);
});
