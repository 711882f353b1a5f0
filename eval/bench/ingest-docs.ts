import { spawn, spawnSync } from 'node:child_process';
import { loadavg, availableParallelism } from 'node:os';
import pg from 'pg';
import { loadConfig, maskUrl } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createServices } from '../../src/services.ts';
import { openDatabase, type Database } from '../../src/node/database.ts';
import { loadPrompts } from '../../src/node/runtime.ts';
import { createIngester, type IngestResult } from '../../ingest/pipeline.ts';
import { createPreparePool } from '../../ingest/prepare-pool.ts';
import { ingestPaths } from '../../ingest/run.ts';
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
  seconds: number;
  documents: number;
  pages: number;
  chunks: number;
  failed: number;
}

export interface IngestDocsResult {
  corpus: { documents: number; pdfs: number; pdf_pages: number; pdfs_zh: number; chunks: number; dir: string };
  cores: number;
  load_average: { start: number; end: number };
  runs: IngestRun[];
  /** null when pdftotext is not installed. */
  pdftotext: { processes: number; seconds: number; pages: number }[] | null;
}

const LOGGER = createLogger({ level: 'warn', write: (line) => process.stderr.write(`${line}\n`) });

function environment(): Record<string, string | undefined> {
  // The default offline configuration, whatever this shell has: the figures must compare.
  const env: Record<string, string | undefined> = { ...process.env, SEED_CORPUS: 'false', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  return env;
}

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

/** One `npm run ingest` of `files` at `jobs` into `database`, timed from the pool's start. */
async function ingestRun(label: string, database: Database, files: string[], jobs: number, options: { dryRun?: boolean } = {}): Promise<IngestRun & { results: IngestResult[] }> {
  const env = environment();
  const config = loadConfig(env);
  const services = createServices({ config, sql: database.sql, prompts: loadPrompts(), logger: LOGGER, runInBackground: () => {} });
  await services.store.checkEmbeddingModel(services.embeddingModel.model, services.embeddingModel.dimensions);
  const started = performance.now();
  const pool = jobs > 1 ? createPreparePool({ size: jobs, env }) : null;
  let results: IngestResult[];
  try {
    const ingester = createIngester({ store: services.store, embeddings: services.embeddings, extractTargets: services.extractTargets, prepare: pool?.prepare });
    results = await ingestPaths(ingester, files, { dryRun: options.dryRun, concurrency: pool ? 2 * pool.size : 1 });
  } finally {
    await pool?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const failed = results.filter((r) => r.status === 'failed');
  for (const r of failed.slice(0, 5)) LOGGER.warn('benchmark document failed', { error: r.error });
  return {
    label,
    jobs,
    seconds,
    documents: results.length,
    pages: results.reduce((n, r) => n + (r.pages ?? 0), 0),
    chunks: results.reduce((n, r) => n + r.chunks, 0),
    failed: failed.length,
    results,
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
        const child = spawn('pdftotext', ['-q', '-enc', 'UTF-8', path, '/dev/null'], { stdio: 'ignore' });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pdftotext failed on ${path} (exit ${code})`))));
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
  log(`corpus in ${corpus.dir} (${corpus.generated ? 'generated' : 'reused'}): ${corpus.files.length} files, ${corpus.pdfs.length} PDFs`);
  const loadStart = loadavg()[0];
  const runs: (IngestRun & { results: IngestResult[] })[] = [];

  // Interleaved per backend (1 job, then the default), so a change in the machine's load hits both.
  const pglite = async (label: string, files: string[], j: number, dryRun = false) => {
    const database = await openDatabase({ dataDir: 'memory://', embeddingDimensions: 512 });
    try {
      log(`${label}, ${j} job${j > 1 ? 's' : ''}…`);
      const run = await ingestRun(label, database, files, j, { dryRun });
      log(`  ${run.seconds.toFixed(1)} s, ${run.failed} failed`);
      runs.push(run);
    } finally {
      await database.close();
    }
  };
  for (const j of [1, jobs]) await pglite('PGlite', corpus.files, j);
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    for (const j of [1, jobs]) {
      await withSchema(url, async (schema) => {
        const database = await openDatabase({ databaseUrl: url, schema, poolSize: 10, embeddingDimensions: 512 });
        try {
          log(`PostgreSQL ${maskUrl(url)}, ${j} job${j > 1 ? 's' : ''}…`);
          const run = await ingestRun('PostgreSQL 15', database, corpus.files, j);
          log(`  ${run.seconds.toFixed(1)} s, ${run.failed} failed`);
          runs.push(run);
        } finally {
          await database.close();
        }
      });
    }
  }
  // PDFs alone, no writes: our whole per-document work (parse, chunk, embed, extract) on the
  // files pdftotext reads.
  for (const j of [1, jobs]) await pglite('PDFs only, no writes (--dry-run)', corpus.pdfs, j, true);

  const pdfPages = runs[0].results.filter((r) => r.file.endsWith('.pdf')).reduce((n, r) => n + (r.pages ?? 0), 0);
  let floor: IngestDocsResult['pdftotext'] = null;
  if (pdftotextInstalled()) {
    floor = [];
    for (const processes of [1, jobs]) {
      log(`pdftotext, ${processes} process${processes > 1 ? 'es' : ''}…`);
      floor.push({ processes, seconds: await pdftotext(corpus.pdfs, processes), pages: pdfPages });
    }
  } else log('pdftotext not installed (Debian: apt-get install poppler-utils): its rows are skipped');

  const first = runs[0].results;
  return {
    corpus: {
      documents: corpus.files.length,
      pdfs: corpus.pdfs.length,
      pdf_pages: pdfPages,
      pdfs_zh: first.filter((r) => r.file.endsWith('.pdf') && /-zh-/.test(r.file)).length,
      chunks: runs[0].chunks,
      dir: corpus.dir,
    },
    cores: availableParallelism(),
    load_average: { start: loadStart, end: loadavg()[0] },
    runs: runs.map(({ results: _results, ...run }) => run),
    pdftotext: floor,
  };
}

export function formatIngestDocs(result: IngestDocsResult): string {
  const c = result.corpus;
  const lines = [
    `Document ingest: ${c.documents} documents (${c.pdfs} PDFs, ${c.pdfs_zh} of them Chinese, ${c.pdf_pages} pages; ${c.documents - c.pdfs} Markdown, text and HTML), ` +
      `${c.chunks} chunks; ${result.cores} cores, load average ${result.load_average.start.toFixed(1)} at the start, ${result.load_average.end.toFixed(1)} at the end`,
    '',
    `${'run'.padEnd(38)}${'jobs'.padStart(5)}${'seconds'.padStart(9)}${'docs/s'.padStart(8)}${'pages/s'.padStart(9)}${'chunks/s'.padStart(10)}${'vs 1 job'.padStart(10)}${'failed'.padStart(8)}`,
  ];
  const oneJob = new Map(result.runs.filter((r) => r.jobs === 1).map((r) => [r.label, r]));
  for (const r of result.runs) {
    const base = oneJob.get(r.label);
    const ratio = base && r.jobs > 1 ? `${(base.seconds / r.seconds).toFixed(2)}×` : '';
    lines.push(
      `${r.label.padEnd(38)}${String(r.jobs).padStart(5)}${r.seconds.toFixed(1).padStart(9)}${(r.documents / r.seconds).toFixed(2).padStart(8)}` +
        `${(r.pages / r.seconds).toFixed(2).padStart(9)}${(r.chunks / r.seconds).toFixed(1).padStart(10)}${ratio.padStart(10)}${String(r.failed).padStart(8)}`,
    );
  }
  if (result.pdftotext) {
    for (const f of result.pdftotext) {
      lines.push(`${`pdftotext (poppler), text only`.padEnd(38)}${String(f.processes).padStart(5)}${f.seconds.toFixed(1).padStart(9)}${(c.pdfs / f.seconds).toFixed(2).padStart(8)}${(f.pages / f.seconds).toFixed(2).padStart(9)}`);
    }
    lines.push('');
    for (const f of result.pdftotext) {
      const ours = result.runs.find((r) => r.label.startsWith('PDFs only') && r.jobs === f.processes);
      if (ours) lines.push(`our PDF pages/s as a share of pdftotext's at ${f.processes} job(s): ${(ours.pages / ours.seconds).toFixed(2)} / ${(f.pages / f.seconds).toFixed(1)} = ${((ours.pages / ours.seconds) / (f.pages / f.seconds)).toFixed(3)}`);
    }
  } else {
    lines.push(`${'pdftotext'.padEnd(38)}  not installed (apt-get install poppler-utils)`);
  }
  lines.push('');
  const head = result.runs.filter((r) => r.jobs > 1 && !r.label.startsWith('PDFs only'));
  for (const r of head) {
    const base = oneJob.get(r.label)!;
    const ratio = base.seconds / r.seconds;
    lines.push(`${ratio >= 1.7 ? 'PASS' : 'FAIL'}  ${r.label}: ${r.jobs} jobs ≥ 1.7× one job: ${(r.documents / r.seconds).toFixed(2)} vs ${(base.documents / base.seconds).toFixed(2)} docs/s = ${ratio.toFixed(2)}×`);
  }
  return lines.join('\n');
}
