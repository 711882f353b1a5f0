import { parseArgs } from 'node:util';
import { readFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../src/config.ts';
import { openRuntime, type Runtime } from '../src/node/runtime.ts';
import { createLogger } from '../src/logger.ts';
import { ingestPaths } from '../ingest/run.ts';
import { parseQuestions, parseGoldTargets, type EvalQuestion, type GoldTarget } from './dataset.ts';
import { runEval } from './run.ts';
import { summarize, checkThresholds, type EvalReport } from './report-json.ts';
import { writeReports } from './report-files.ts';
import { formatSummaryTable } from './report-md.ts';
import { compareReports } from './compare.ts';
import { scoreTargets } from './scoring.ts';
import { createProgressReporter } from './progress.ts';

const HELP = `Usage: npm run eval -- --dataset <questions.jsonl> [options]

Runs every question through the same ask pipeline as the API (in process) and scores it.

Options:
  --dataset <file>       questions, JSONL (required)
  --corpus <dir>         ingest this corpus into a fresh in-memory PGlite first (reproducible);
                         repeat it to ingest several; without it, the configured database
                         (DATABASE_URL / DATA_DIR) is used as is
  --split <split.json> --part <name>
                         score only the questions whose ids the split file lists under <name>
                         ({ "dev": [...], "holdout": [...] })
  --database-url <url>   with --corpus: ingest into this PostgreSQL instead (its tables must be empty
                         or hold the same corpus)
  --targets <gold.jsonl> gold targets: report extraction precision / recall / F1
  --out <dir>            write report.json, report.md, report.html (default eval/out)
  --k <n>                passages per question and k of hit@k (default 5)
  --concurrency <n>      questions in flight (default 4)
  --compare <report>     print deltas against an earlier report.json
  --thresholds <file>    fail (exit 1) when a metric is below its threshold (eval/thresholds.json)
  -h, --help             this help`;

const OPTIONS = {
  dataset: { type: 'string' },
  corpus: { type: 'string', multiple: true },
  split: { type: 'string' },
  part: { type: 'string' },
  'database-url': { type: 'string' },
  targets: { type: 'string' },
  out: { type: 'string', default: 'eval/out' },
  k: { type: 'string', default: '5' },
  concurrency: { type: 'string', default: '4' },
  compare: { type: 'string' },
  thresholds: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** The parsed command line: help, a usage error (exit 2), or what to run. */
interface Run {
  values: Values & { dataset: string };
  k: number;
  concurrency: number;
  corpora: string[];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: OPTIONS });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.dataset) {
    console.error('eval: --dataset is required\n');
    console.error(HELP);
    return 2;
  }
  const run: Run = {
    values: { ...values, dataset: values.dataset },
    k: integerOption('--k', values.k, 1, 50),
    concurrency: integerOption('--concurrency', values.concurrency, 1, 64),
    corpora: values.corpus ?? [],
  };
  const questions = await selectPart(
    parseQuestions(await readFile(values.dataset, 'utf8'), values.dataset),
    values.split,
    values.part,
  );
  const gold = values.targets
    ? parseGoldTargets(await readFile(values.targets, 'utf8'), values.targets)
    : null;

  const { runtime, config } = await openEvalRuntime(run);
  try {
    if (run.corpora.length > 0) await ingestCorpora(runtime, run.corpora);
    const report = await evaluate(runtime, config, run, questions, gold);
    await writeAndPrint(report, run.values.out);
    if (values.compare) await printComparison(report, values.compare);
    return values.thresholds ? await gate(report, values.thresholds) : 0;
  } finally {
    await runtime.close();
  }
}

function integerOption(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

/** With --corpus: a fresh in-memory PGlite (or the --database-url); else the configured database. */
async function openEvalRuntime(run: Run): Promise<{ runtime: Runtime; config: Config }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '0',
    SEED_CORPUS: 'false',
  };
  if (run.corpora.length > 0) {
    env.DATABASE_URL = run.values['database-url'];
    env.DATA_DIR = 'memory://';
  } else if (run.values['database-url']) env.DATABASE_URL = run.values['database-url'];
  const config = loadConfig(env);
  const logger = createLogger({ level: 'error', write: (line) => console.error(line) });
  return { runtime: await openRuntime(config, { logger }), config };
}

async function ingestCorpora(runtime: Runtime, corpora: string[]): Promise<void> {
  const started = Date.now();
  const results = await ingestPaths(runtime.ingester, corpora);
  const failed = results.filter((r) => r.status === 'failed');
  for (const f of failed) console.error(`ingest failed: ${f.error}`);
  console.error(
    `corpus: ${results.length - failed.length} documents, ${results.reduce((a, r) => a + r.chunks, 0)} chunks in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** Every question through the ask pipeline, the targets against the gold ones, as a report. */
async function evaluate(
  runtime: Runtime,
  config: Config,
  run: Run,
  questions: EvalQuestion[],
  gold: GoldTarget[] | null,
): Promise<EvalReport> {
  const { store } = runtime.services;
  const progress = createProgressReporter({ label: 'eval' });
  const cases = await runEval({
    asker: runtime.services.asker,
    questions,
    k: run.k,
    concurrency: run.concurrency,
    onProgress: progress.onProgress,
    chunkText: async (ids) =>
      new Map((await store.getChunks(ids)).map((c) => [c.chunk_id, c.text])),
  });
  progress.stop();
  const targets = gold ? scoreTargets(await store.listTargets({ limit: 100_000 }), gold) : null;
  return summarize(cases, {
    k: run.k,
    targets,
    settings: {
      dataset: run.values.dataset,
      corpus: run.corpora.length === 0 ? null : run.corpora.join(', '),
      part: run.values.part ?? null,
      database: runtime.database.kind,
      mode: config.llm ? 'llm' : 'extractive',
      embeddings: runtime.services.embeddingModel.model,
    },
  });
}

async function writeAndPrint(report: EvalReport, outDir: string): Promise<void> {
  const out = resolve(outDir);
  await mkdir(out, { recursive: true });
  const files = await writeReports(report, out);
  console.log(formatSummaryTable(report));
  console.log(`\nreports: ${files.json}\n         ${files.md}\n         ${files.html}`);
}

async function printComparison(report: EvalReport, previousFile: string): Promise<void> {
  const previous = JSON.parse(await readFile(previousFile, 'utf8')) as EvalReport;
  console.log('\n' + compareReports(report, previous));
}

/** 1 when a metric is below its threshold in the file, else 0. */
async function gate(report: EvalReport, thresholdsFile: string): Promise<number> {
  const thresholds = JSON.parse(await readFile(thresholdsFile, 'utf8')) as Record<string, number>;
  const failures = checkThresholds(report, thresholds);
  if (failures.length) {
    console.error(`\neval gate FAILED:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  console.log(
    `\neval gate passed (${Object.keys(thresholds).length} thresholds from ${thresholdsFile})`,
  );
  return 0;
}

/** The questions a split file lists under `part` (all of them without a split file), in dataset order. */
async function selectPart<T extends { id: string }>(
  questions: T[],
  splitFile: string | undefined,
  part: string | undefined,
): Promise<T[]> {
  if (!splitFile && !part) return questions;
  if (!splitFile || !part) throw new Error('--split and --part go together');
  const split = JSON.parse(await readFile(splitFile, 'utf8')) as Record<string, unknown>;
  const ids = split[part];
  if (!Array.isArray(ids))
    throw new Error(
      `${splitFile} has no list "${part}" (it has: ${Object.keys(split).join(', ')})`,
    );
  const wanted = new Set(ids.map(String));
  const selected = questions.filter((q) => wanted.has(q.id));
  if (selected.length === 0)
    throw new Error(`no question of the dataset is listed under "${part}" in ${splitFile}`);
  return selected;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`eval: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  },
);
