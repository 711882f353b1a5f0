import { parseArgs } from 'node:util';
import { readFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { openRuntime } from '../src/node/runtime.ts';
import { createLogger } from '../src/logger.ts';
import { ingestPaths } from '../ingest/run.ts';
import { parseQuestions, parseGoldTargets } from './dataset.ts';
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

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
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
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.dataset) {
    console.error('eval: --dataset is required\n');
    console.error(HELP);
    return 2;
  }
  const k = Number(values.k);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(k) || k < 1 || k > 50)
    throw new Error('--k must be an integer from 1 to 50');
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new Error('--concurrency must be an integer from 1 to 64');

  const questions = await selectPart(
    parseQuestions(await readFile(values.dataset, 'utf8'), values.dataset),
    values.split,
    values.part,
  );
  const corpora = values.corpus ?? [];
  const gold = values.targets
    ? parseGoldTargets(await readFile(values.targets, 'utf8'), values.targets)
    : null;

  const env: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '0',
    SEED_CORPUS: 'false',
  };
  if (corpora.length > 0) {
    env.DATABASE_URL = values['database-url'];
    env.DATA_DIR = 'memory://';
  } else if (values['database-url']) env.DATABASE_URL = values['database-url'];
  const config = loadConfig(env);
  const logger = createLogger({ level: 'error', write: (line) => console.error(line) });
  const runtime = await openRuntime(config, { logger });
  try {
    if (corpora.length > 0) {
      const started = Date.now();
      const results = await ingestPaths(runtime.ingester, corpora);
      const failed = results.filter((r) => r.status === 'failed');
      for (const f of failed) console.error(`ingest failed: ${f.error}`);
      console.error(
        `corpus: ${results.length - failed.length} documents, ${results.reduce((a, r) => a + r.chunks, 0)} chunks in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    const { store } = runtime.services;
    const progress = createProgressReporter({ label: 'eval' });
    const cases = await runEval({
      asker: runtime.services.asker,
      questions,
      k,
      concurrency,
      onProgress: progress.onProgress,
      chunkText: async (ids) =>
        new Map((await store.getChunks(ids)).map((c) => [c.chunk_id, c.text])),
    });
    progress.stop();
    const targets = gold ? scoreTargets(await store.listTargets({ limit: 100_000 }), gold) : null;
    const report = summarize(cases, {
      k,
      targets,
      settings: {
        dataset: values.dataset,
        corpus: corpora.length === 0 ? null : corpora.join(', '),
        part: values.part ?? null,
        database: runtime.database.kind,
        mode: config.llm ? 'llm' : 'extractive',
        embeddings: runtime.services.embeddingModel.model,
      },
    });
    const out = resolve(values.out!);
    await mkdir(out, { recursive: true });
    const files = await writeReports(report, out);
    console.log(formatSummaryTable(report));
    console.log(`\nreports: ${files.json}\n         ${files.md}\n         ${files.html}`);
    if (values.compare) {
      const previous = JSON.parse(await readFile(values.compare, 'utf8')) as EvalReport;
      console.log('\n' + compareReports(report, previous));
    }
    if (values.thresholds) {
      const thresholds = JSON.parse(await readFile(values.thresholds, 'utf8')) as Record<
        string,
        number
      >;
      const failures = checkThresholds(report, thresholds);
      if (failures.length) {
        console.error(`\neval gate FAILED:\n  ${failures.join('\n  ')}`);
        return 1;
      }
      console.log(
        `\neval gate passed (${Object.keys(thresholds).length} thresholds from ${values.thresholds})`,
      );
    }
    return 0;
  } finally {
    await runtime.close();
  }
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
