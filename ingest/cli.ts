import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import { loadConfig } from '../src/config.ts';
import { openRuntime } from '../src/node/runtime.ts';
import { createLogger } from '../src/logger.ts';
import { ingestPaths } from './run.ts';
import { reembedAll, reextractAll } from './maintenance.ts';
import {
  clusterChunksByRegion,
  dropSearchIndexes,
  ensureSearchIndexes,
} from '../src/db/search-indexes.ts';
import type { SqlClient } from '../src/db/sql-client.ts';
import { createIngester, type IngestResult } from './pipeline.ts';
import { createPreparePool, defaultJobs } from './prepare-pool.ts';

const HELP = `Usage: npm run ingest -- [options] <file|dir>...

Ingests policy documents (PDF, HTML, Markdown, plain text in UTF-8/UTF-16/GB18030) into the
database: DATABASE_URL if set, else the embedded PGlite in DATA_DIR (default ./data).
Directories are walked recursively; a manifest.json in a directory gives metadata.
Each document is one transaction: it lands whole or not at all. Unchanged files are skipped.

Options:
  --replace          re-ingest even when the file is unchanged
  --dry-run          load, chunk and extract, but write nothing
  --bulk             for large loads: drop the vector and lexical search indexes, ingest, then
                     build them once (several times faster than updating them per chunk;
                     searches scan meanwhile, so run it alone; a killed run's indexes are
                     rebuilt at the next start)
  --cluster          rewrite the chunks in region order (CLUSTER), so a region's search reads
                     fewer pages: worth it past ~100,000 chunks. With --bulk it runs before the
                     index builds; alone it rebuilds every index too. Searches wait meanwhile
  --delete <id>      delete a document by id (repeatable)
  --reembed          recompute every chunk's embedding with the configured model
  --reextract        re-run target extraction on every document
  --jobs <n>         files prepared at once (parse, chunk, embed, extract targets), each in a
                     worker thread; the database writes stay in the main thread, one
                     transaction per document (default: the number of cores, here ${defaultJobs()};
                     --jobs 1 runs everything in the main thread, without workers)
  --database-url <u> use this PostgreSQL instead of DATABASE_URL / PGlite
  -h, --help         this help

Exit code: 0 when every file landed (or was unchanged), 1 if any failed (the others still land).`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      replace: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      bulk: { type: 'boolean', default: false },
      cluster: { type: 'boolean', default: false },
      delete: { type: 'string', multiple: true },
      reembed: { type: 'boolean', default: false },
      reextract: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (
    values.help ||
    (positionals.length === 0 &&
      !values.delete &&
      !values.reembed &&
      !values.reextract &&
      !values.cluster)
  ) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`ingest: --jobs must be a whole number ≥ 1 (got "${values.jobs}")`);
    return 2;
  }
  const env: Record<string, string | undefined> = {
    ...process.env,
    SEED_CORPUS: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  if (values['database-url']) env.DATABASE_URL = values['database-url'];
  const config = loadConfig(env);
  const logger = createLogger({ level: config.logLevel, write: (line) => console.error(line) });
  // --jobs 1 is today's path: no workers at all. Otherwise the pool prepares documents (its
  // workers start loading while the database opens) and this thread writes each one as it arrives.
  const pool = positionals.length > 0 && jobs > 1 ? createPreparePool({ size: jobs, env }) : null;
  const runtime = await openRuntime(config, { logger, skipModelCheck: values.reembed }).catch(
    async (error: unknown) => {
      await pool?.close();
      throw error;
    },
  );
  let exitCode = 0;
  try {
    for (const id of values.delete ?? []) {
      const deleted = await runtime.services.store.deleteDocument(id);
      console.log(deleted ? `deleted ${id}` : `no document with id ${id}`);
      if (!deleted) exitCode = 1;
    }
    if (values.reembed) {
      const n = await reembedAll(
        runtime.services.store,
        runtime.services.embeddings,
        runtime.services.embeddingModel,
      );
      console.log(`re-embedded ${n} chunks with ${runtime.services.embeddingModel.model}`);
    }
    if (positionals.length > 0) {
      const bulk = values.bulk && !values['dry-run'];
      if (bulk) await dropSearchIndexes(runtime.database.sql);
      let results: IngestResult[];
      const ingester = pool
        ? createIngester({
            store: runtime.services.store,
            embeddings: runtime.services.embeddings,
            extractTargets: runtime.services.extractTargets,
            prepare: pool.prepare,
          })
        : runtime.ingester;
      const started = Date.now();
      const cpuBefore = process.cpuUsage();
      let elapsedMs = 0;
      let cpu = cpuBefore;
      try {
        results = await runWithProgress(ingester, positionals, {
          replace: values.replace,
          dryRun: values['dry-run'],
          concurrency: pool ? 2 * pool.size : 1,
        });
      } finally {
        elapsedMs = Date.now() - started;
        cpu = process.cpuUsage(cpuBefore);
        await pool?.close();
        if (bulk) {
          if (values.cluster) await cluster(runtime.database.sql);
          console.error('bulk: building the search indexes…');
          const built = await ensureSearchIndexes(runtime.database.sql);
          console.error(
            `bulk: HNSW ${(built.ms.hnsw / 1000).toFixed(1)} s, GIN ${(built.ms.gin / 1000).toFixed(1)} s`,
          );
        }
      }
      printSummary(results, elapsedMs, (cpu.user + cpu.system) / 1e6);
      if (results.some((r) => r.status === 'failed')) exitCode = 1;
    }
    if (values.cluster && !values['dry-run'] && !(positionals.length > 0 && values.bulk))
      await cluster(runtime.database.sql);
    if (values.reextract) {
      const n = await reextractAll(runtime.services.store, runtime.services.extractTargets);
      console.log(`re-extracted targets: ${n} targets`);
    }
  } finally {
    await pool?.close();
    await runtime.close();
  }
  return exitCode;
}

async function runWithProgress(
  ingester: ReturnType<typeof createIngester>,
  paths: string[],
  options: { replace: boolean; dryRun: boolean; concurrency: number },
) {
  const tty = process.stderr.isTTY;
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          format:
            'ingest [{bar}] {value}/{total} docs | {chunks} chunks | {rate} docs/s | ETA {eta_formatted} | {file}',
          hideCursor: true,
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let chunks = 0;
  const started = Date.now();
  return ingestPaths(ingester, paths, {
    ...options,
    onStart: (total) => bar?.start(total, 0, { chunks: 0, rate: '0.0', file: '' }),
    onResult: (result, done, total) => {
      chunks += result.chunks;
      const rate = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      if (bar) bar.update(done, { chunks, rate, file: basename(result.file) });
      else
        console.error(
          `[${done}/${total}] ${result.status.padEnd(9)} ${basename(result.file)}${result.error ? ` — ${result.error}` : ` (${result.chunks} chunks, ${result.targets} targets, ${result.ms} ms)`}`,
        );
      if (done === total) bar?.stop();
    },
  });
}

/**
 * `wallMs`: the run's elapsed time (documents overlap with --jobs, so their own times add up to
 * more). `cpuSeconds`: this process's CPU time over the run, worker threads included — how many
 * cores the run actually got (a busy machine may give a process fewer than --jobs).
 */
function printSummary(results: IngestResult[], wallMs: number, cpuSeconds: number) {
  const count = (s: IngestResult['status']) => results.filter((r) => r.status === s).length;
  const rows = results.map((r) => [
    basename(r.file),
    r.id ?? '',
    r.status,
    String(r.pages ?? ''),
    String(r.chunks),
    String(r.targets),
    r.error ?? '',
  ]);
  const header = ['file', 'id', 'status', 'pages', 'chunks', 'targets', 'reason'];
  const widths = header.map((h, i) =>
    Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i])))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  const pages = results.reduce((a, r) => a + (r.pages ?? 0), 0);
  const chunks = results.reduce((a, r) => a + r.chunks, 0);
  const secs = Math.max(0.001, wallMs / 1000);
  console.log(
    `\ningested ${count('inserted') + count('replaced')} (new ${count('inserted')}, replaced ${count('replaced')}), unchanged ${count('unchanged')}, ` +
      `${count('dry-run') ? `dry-run ${count('dry-run')}, ` : ''}failed ${count('failed')} — ${chunks} chunks in ${secs.toFixed(1)} s ` +
      `(${(results.length / secs).toFixed(1)} docs/s, ${(pages / secs).toFixed(1)} pages/s, ${(chunks / secs).toFixed(0)} chunks/s; ` +
      `CPU ${cpuSeconds.toFixed(1)} s, ${(cpuSeconds / secs).toFixed(1)} cores busy)`,
  );
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`ingest: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  },
);

/** CLUSTER the chunks by region, saying so on stderr (it holds the table's lock meanwhile). */
async function cluster(sql: SqlClient): Promise<void> {
  console.error('cluster: ordering the chunks by region…');
  const ms = await clusterChunksByRegion(sql);
  console.error(`cluster: CLUSTER ${(ms / 1000).toFixed(1)} s`);
}
