import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runBench, DEFAULTS, type BenchOptions } from './run.ts';
import { formatReport, formatVerdicts, verdicts } from './report.ts';
import { runIngestDocsBench, formatIngestDocs } from './ingest-docs.ts';
import { availableParallelism } from 'node:os';

const HELP = `npm run bench -- [options]

Ingest and query speed of Policy QA against LangChain's PGVectorStore on the same database,
same chunks and same HashingEmbeddings (512 dims), and the distance to pgvector's own HNSW query.

Database: DATABASE_URL (or --database-url) → PostgreSQL, in a fresh schema bench_<id> that is
dropped at the end (the app's tables are never touched); otherwise an in-memory PGlite.

Options:
  --chunks N                 synthetic chunks (default 50000 on PostgreSQL, 5000 on PGlite)
  --queries N                timed queries per side after the warm-up (default ${DEFAULTS.queries})
  --recall-queries N         queries for recall@10 against an exact scan (default ${DEFAULTS.recallQueries})
  --ask-requests N           timed /api/ask requests (default ${DEFAULTS.askRequests})
  --warmup N                 warm-up queries and requests (default ${DEFAULTS.warmup})
  --seed N                   generator seed (default ${DEFAULTS.seed})
  --concurrency N            documents saved concurrently on our side, PostgreSQL only (default ${DEFAULTS.concurrency})
  --maintenance-work-mem M   memory for our HNSW build, e.g. 512MB (default ${DEFAULTS.maintenanceWorkMem})
  --database-url URL         PostgreSQL URL (default: $DATABASE_URL)
  --pglite                   use in-memory PGlite even when DATABASE_URL is set
  --json FILE                also write the result as JSON
  --keep-schema              PostgreSQL: keep the bench_<id> schema at the end (its name goes to stderr)
  --cluster                  order our chunks by region (CLUSTER) before the index builds, as
                             npm run ingest -- --bulk --cluster does; counted in our ingest time
  -h, --help                 this text

Document ingest (instead of the above):
  --ingest-docs              generate a corpus of real-looking documents from the sample corpus
                             (two in five PDFs printed by Chromium like the sample's, half of them
                             Chinese; cached in the temp dir) and time \`npm run ingest\`'s path on it
                             at one job and at --jobs, on PGlite and, with DATABASE_URL, PostgreSQL;
                             the PDFs alone without writes; and pdftotext (poppler-utils, skipped
                             when not installed) on the same PDFs as the floor for text extraction
  --docs N                   documents in that corpus (default 200)
  --jobs N                   the many-jobs side (default: the core count, here ${availableParallelism()}, as npm run ingest)

Output: a table on stdout, then PASS/FAIL lines for the goals (ingest ≥ 3× LangChain, our hybrid
p95 ≤ LangChain p95 at equal quality, recall@10 ≥ 0.95, /api/ask p95 ≤ 50 ms at 50,000 chunks on
PostgreSQL). Equal quality: LangChain with the same region filter and pgvector's iterative index
scan, at the smallest hnsw.ef_search (40 … 1000, then an exact scan) whose recall@10 against
the exact filtered neighbours is within 0.02 of ours; its unfiltered ef_search 40 line is kept,
labelled unequal. They are information, not the exit code. Progress goes to stderr.`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      chunks: { type: 'string' },
      queries: { type: 'string' },
      'recall-queries': { type: 'string' },
      'ask-requests': { type: 'string' },
      warmup: { type: 'string' },
      seed: { type: 'string' },
      concurrency: { type: 'string' },
      'maintenance-work-mem': { type: 'string' },
      'database-url': { type: 'string' },
      pglite: { type: 'boolean' },
      json: { type: 'string' },
      'keep-schema': { type: 'boolean' },
      cluster: { type: 'boolean' },
      'ingest-docs': { type: 'boolean' },
      docs: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const databaseUrl = values.pglite
    ? undefined
    : (values['database-url'] ?? (process.env.DATABASE_URL || undefined));
  if (values['ingest-docs']) {
    const result = await runIngestDocsBench({
      docs: positive('docs', values.docs, 200),
      jobs: positive('jobs', values.jobs, availableParallelism()),
      databaseUrl,
      log: (line) => process.stderr.write(`[bench] ${line}\n`),
    });
    console.log(formatIngestDocs(result));
    if (values.json)
      writeFileSync(values.json, JSON.stringify({ ingest_docs: result }, null, 2) + '\n');
    return;
  }
  const options: BenchOptions = {
    chunks: positive('chunks', values.chunks, databaseUrl ? 50_000 : 5_000),
    queries: positive('queries', values.queries, DEFAULTS.queries),
    recallQueries: positive('recall-queries', values['recall-queries'], DEFAULTS.recallQueries),
    askRequests: positive('ask-requests', values['ask-requests'], DEFAULTS.askRequests),
    warmup: positive('warmup', values.warmup, DEFAULTS.warmup),
    seed: positive('seed', values.seed, DEFAULTS.seed),
    databaseUrl,
    concurrency: positive('concurrency', values.concurrency, DEFAULTS.concurrency),
    maintenanceWorkMem: values['maintenance-work-mem'] ?? DEFAULTS.maintenanceWorkMem,
    onlineShare: DEFAULTS.onlineShare,
    rounds: DEFAULTS.rounds,
    keepSchema: values['keep-schema'] ?? false,
    cluster: values.cluster ?? false,
    log: (line) => process.stderr.write(`[bench] ${line}\n`),
  };
  const result = await runBench(options);
  const checks = verdicts(result);
  console.log(formatReport(result));
  console.log('');
  console.log(formatVerdicts(checks));
  if (values.json)
    writeFileSync(values.json, JSON.stringify({ ...result, checks }, null, 2) + '\n');
}

main().catch((error) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
