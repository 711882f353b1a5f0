import { spawn, spawnSync } from 'node:child_process';
import { loadavg, availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import pg from 'pg';
import { basename, join } from 'node:path';
import { generateDocumentCorpus, type DocumentCorpus } from './doc-corpus.ts';

/**
 * The document-ingest benchmark (`npm run bench -- --ingest-docs`): a generated corpus of real-
 * looking documents (see doc-corpus.ts) through `npm run ingest`'s own path — ingestPaths, the
 * ingester, and with more than one job the worker pool — at one job and at `jobs`, into a fresh
 * database each time; and `pdftotext` over the same PDFs as the floor for text extraction alone.
 * Timings include starting the workers.
 */
export interface IngestDocsOptions {
  docs: number;
  /** The "default" side: `npm run ingest`'s default is the core count. */
  jobs: number;
  /** Also measure PostgreSQL (fresh schema, dropped after). */
  databaseUrl?: string;
  log: (line: string) => void;
}

export interface IngestRun {
  label: string;
  jobs: number;
  /** The ingest itself, first file to last (the CLI's summary). */
  seconds: number;
  /** The whole `npm run ingest` process: start-up, database open and migration included. */
  process_seconds: number;
  /** CPU time of the ingest process over the ingest, worker threads included (not PostgreSQL's). */
  cpu_seconds: number;
  documents: number;
  pages: number;
  chunks: number;
  failed: number;
}

export interface IngestDocsResult {
  corpus: {
    documents: number;
    pdfs: number;
    pdf_pages: number;
    pdfs_zh: number;
    chunks: number;
    dir: string;
  };
  cores: number;
  load_average: { start: number; end: number };
  runs: IngestRun[];
  /** null when pdftotext is not installed. */
  pdftotext: { processes: number; seconds: number; pages: number }[] | null;
}

const ROOT = join(import.meta.dirname, '..', '..');

async function withSchema<T>(url: string, fn: (schema: string) => Promise<T>): Promise<T> {
  const schema = `bench_docs_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE SCHEMA ${schema}`);
  try {
    return await fn(schema);
  } finally {
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

/**
 * One `npm run ingest` in its own process, as a user runs it: cold module caches, its own
 * worker pool, a fresh database. Figures come from its summary (the ingest itself, timed from the
 * first file to the last, and the CPU the process got meanwhile, worker threads included); the
 * process's whole wall time (start-up, opening and migrating the database) is kept beside them.
 */
async function ingestRun(
  label: string,
  files: string[],
  jobs: number,
  target: { args: string[]; env: Record<string, string> },
  dryRun = false,
): Promise<IngestRun> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && key !== 'DATABASE_URL') env[key] = value;
  const args = [
    '--import',
    'tsx',
    'ingest/cli.ts',
    '--jobs',
    String(jobs),
    ...(dryRun ? ['--dry-run'] : []),
    ...target.args,
    ...files,
  ];
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...env, LOG_LEVEL: 'warn', ...target.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
  });
  const processSeconds = (performance.now() - started) / 1000;
  const summary = /failed (\d+) — (\d+) chunks in ([\d.]+) s .*CPU ([\d.]+) s/.exec(stdout);
  if (!summary)
    throw new Error(
      `npm run ingest (${label}, --jobs ${jobs}) printed no summary (exit ${code}): ${stderr.split('\n').slice(-3).join(' ')}`,
    );
  const rows = Array.from(
    stdout.matchAll(
      /^\S+\.(?:md|txt|html|pdf) +\S* +(?:inserted|replaced|unchanged|dry-run|failed) +(?:(\d+) +)?\d+ +\d+/gm,
    ),
  );
  return {
    label,
    jobs,
    seconds: Number(summary[3]),
    process_seconds: processSeconds,
    cpu_seconds: Number(summary[4]),
    documents: rows.length,
    pages: rows.reduce((n, m) => n + Number(m[1] ?? 0), 0),
    chunks: Number(summary[2]),
    failed: Number(summary[1]),
  };
}

function pdftotextInstalled(): boolean {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** pdftotext over every PDF, `processes` at a time; the text goes to /dev/null. */
async function pdftotext(pdfs: string[], processes: number): Promise<number> {
  const queue = [...pdfs];
  const started = performance.now();
  const lane = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const path = file;
      await new Promise<void>((resolve, reject) => {
        const child = spawn('pdftotext', ['-q', '-enc', 'UTF-8', path, '/dev/null'], {
          stdio: 'ignore',
        });
        child.on('error', reject);
        child.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`pdftotext failed on ${path} (exit ${code})`)),
        );
      });
    }
  };
  await Promise.all(Array.from({ length: processes }, lane));
  return (performance.now() - started) / 1000;
}

export async function runIngestDocsBench(options: IngestDocsOptions): Promise<IngestDocsResult> {
  const { log } = options;
  const jobs = Math.max(2, options.jobs);
  log(`corpus: ${options.docs} documents…`);
  const corpus: DocumentCorpus = await generateDocumentCorpus(options.docs, log);
  log(
    `corpus in ${corpus.dir} (${corpus.generated ? 'generated' : 'reused'}): ${corpus.files.length} files, ${corpus.pdfs.length} PDFs`,
  );
  const loadStart = loadavg()[0];
  const runs: IngestRun[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'policyqa-bench-ingest-'));
  const pglite = () => ({ args: [], env: { DATA_DIR: mkdtempSync(join(scratch, 'data-')) } });
  const record = async (
    label: string,
    files: string[],
    j: number,
    target: { args: string[]; env: Record<string, string> },
    dryRun = false,
  ) => {
    log(`${label}, ${j} job${j > 1 ? 's' : ''}…`);
    const run = await ingestRun(label, files, j, target, dryRun);
    log(
      `  ${run.seconds.toFixed(1)} s ingesting (process ${run.process_seconds.toFixed(1)} s), CPU ${run.cpu_seconds.toFixed(1)} s, ${run.failed} failed`,
    );
    runs.push(run);
  };
  try {
    // One job, then the default, per database, so a change in the machine's load hits both.
    for (const j of [1, jobs]) await record('PGlite', corpus.files, j, pglite());
    if (options.databaseUrl) {
      const url = options.databaseUrl;
      for (const j of [1, jobs]) {
        await withSchema(url, async (schema) => {
          const u = new URL(url);
          u.searchParams.set('options', `-c search_path=${schema},public`);
          await record('PostgreSQL 15', corpus.files, j, {
            args: ['--database-url', u.toString()],
            env: {},
          });
        });
      }
    }
    // PDFs alone, no writes: our whole per-document work (parse, chunk, embed, extract) on the
    // files pdftotext reads.
    for (const j of [1, jobs])
      await record('PDFs only, no writes (--dry-run)', corpus.pdfs, j, pglite(), true);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const pdfRun = runs.find((r) => r.label.startsWith('PDFs only'))!;
  const pdfPages = pdfRun.pages;
  let floor: IngestDocsResult['pdftotext'] = null;
  if (pdftotextInstalled()) {
    floor = [];
    for (const processes of [1, jobs]) {
      log(`pdftotext, ${processes} process${processes > 1 ? 'es' : ''}…`);
      floor.push({ processes, seconds: await pdftotext(corpus.pdfs, processes), pages: pdfPages });
    }
  } else
    log('pdftotext not installed (Debian: apt-get install poppler-utils): its rows are skipped');

  return {
    corpus: {
      documents: corpus.files.length,
      pdfs: corpus.pdfs.length,
      pdf_pages: pdfPages,
      pdfs_zh: corpus.pdfs.filter((f) => /-zh-/.test(basename(f))).length,
      chunks: runs[0].chunks,
      dir: corpus.dir,
    },
    cores: availableParallelism(),
    load_average: { start: loadStart, end: loadavg()[0] },
    runs,
    pdftotext: floor,
  };
}

export function formatIngestDocs(result: IngestDocsResult): string {
  const c = result.corpus;
  const lines = [
    `Document ingest: ${c.documents} documents (${c.pdfs} PDFs, ${c.pdfs_zh} of them Chinese, ${c.pdf_pages} pages; ${c.documents - c.pdfs} Markdown, text and HTML), ` +
      `${c.chunks} chunks; ${result.cores} cores, load average ${result.load_average.start.toFixed(1)} at the start, ${result.load_average.end.toFixed(1)} at the end`,
    'Each run is its own `npm run ingest` process into a fresh database; seconds = its ingest (first file to last), process = its whole life',
    "(start-up, database open and migration); CPU = the ingest process's CPU time over the ingest, worker threads included.",
    '',
    `${'run'.padEnd(34)}${'jobs'.padStart(5)}${'seconds'.padStart(9)}${'docs/s'.padStart(8)}${'pages/s'.padStart(9)}${'chunks/s'.padStart(10)}${'vs 1 job'.padStart(10)}` +
      `${'process s'.padStart(11)}${'CPU s'.padStart(8)}${'cores'.padStart(7)}${'failed'.padStart(8)}`,
  ];
  const oneJob = new Map(result.runs.filter((r) => r.jobs === 1).map((r) => [r.label, r]));
  for (const r of result.runs) {
    const base = oneJob.get(r.label);
    const ratio = base && r.jobs > 1 ? `${(base.seconds / r.seconds).toFixed(2)}×` : '';
    lines.push(
      `${r.label.padEnd(34)}${String(r.jobs).padStart(5)}${r.seconds.toFixed(1).padStart(9)}${(r.documents / r.seconds).toFixed(2).padStart(8)}` +
        `${(r.pages / r.seconds).toFixed(2).padStart(9)}${(r.chunks / r.seconds).toFixed(1).padStart(10)}${ratio.padStart(10)}` +
        `${r.process_seconds.toFixed(1).padStart(11)}${r.cpu_seconds.toFixed(1).padStart(8)}${(r.cpu_seconds / r.seconds).toFixed(2).padStart(7)}${String(r.failed).padStart(8)}`,
    );
  }
  if (result.pdftotext) {
    for (const f of result.pdftotext) {
      lines.push(
        `${'pdftotext (poppler), text only'.padEnd(34)}${String(f.processes).padStart(5)}${f.seconds.toFixed(1).padStart(9)}${(c.pdfs / f.seconds).toFixed(2).padStart(8)}${(f.pages / f.seconds).toFixed(2).padStart(9)}`,
      );
    }
    lines.push('');
    for (const f of result.pdftotext) {
      const ours = result.runs.find(
        (r) => r.label.startsWith('PDFs only') && r.jobs === f.processes,
      );
      if (ours)
        lines.push(
          `our PDF pages/s as a share of pdftotext's, ${f.processes} at a time: ${(ours.pages / ours.seconds).toFixed(2)} / ${(f.pages / f.seconds).toFixed(2)} = ${(ours.pages / ours.seconds / (f.pages / f.seconds)).toFixed(3)}`,
        );
    }
  } else {
    lines.push(`${'pdftotext'.padEnd(34)}  not installed (apt-get install poppler-utils): skipped`);
  }
  lines.push('');
  for (const r of result.runs.filter((run) => run.jobs > 1 && !run.label.startsWith('PDFs only'))) {
    const base = oneJob.get(r.label)!;
    const ratio = base.seconds / r.seconds;
    lines.push(
      `${ratio >= 1.7 ? 'PASS' : 'FAIL'}  ${r.label}: ${r.jobs} jobs ≥ 1.7× one job: ${(r.documents / r.seconds).toFixed(2)} vs ${(base.documents / base.seconds).toFixed(2)} docs/s = ${ratio.toFixed(2)}×`,
    );
  }
  return lines.join('\n');
}
