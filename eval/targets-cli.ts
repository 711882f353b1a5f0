/**
 * Target-extraction score on the sample corpus, per split (eval/targets-split.json):
 *
 *   npx tsx eval/targets-cli.ts [--split dev|holdout|all] [--verbose]
 *
 * Ingests the corpus into a fresh in-memory PGlite through the real pipeline (the same chunking,
 * extractor and de-duplication as `npm run ingest`), lists every stored target and
 * scores it against the gold file with `scoreTargets`. The default split is `dev`: the held-out
 * documents are for an occasional honest check, not for tuning, so they are scored only when
 * asked for, and their errors are never listed.
 */
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../src/config.ts';
import { openRuntime } from '../src/node/runtime.ts';
import { createLogger } from '../src/logger.ts';
import { ingestPaths } from '../ingest/run.ts';
import type { Target } from '../src/targets/schema.ts';
import type { StoredTarget } from '../src/store.ts';
import { parseGoldTargets, type GoldTarget } from './dataset.ts';
import { scoreTargets, type PrfCounts, type TargetScore } from './scoring.ts';

const HELP = `Usage: npx tsx eval/targets-cli.ts [options]

Scores the rule-based target extractor against gold targets, per split and per document.

Options:
  --split <dev|holdout|all>  which documents to score (default dev; "all" prints dev, holdout and all)
  --verbose                  list false positives and misses (dev documents only)
  --corpus <dir>             corpus to ingest (default ingest/corpus)
  --gold <file>              gold targets, JSONL (default eval/datasets/targets.jsonl)
  --split-file <file>        split definition (default eval/targets-split.json)
  --min-precision <x>        exit 1 when a scored split's precision is below x (a gate for CI)
  --min-f1 <x>               exit 1 when a scored split's F1 is below x
  -h, --help                 this help`;

interface Split {
  holdout: string[];
  dev: string[];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'dev' },
      verbose: { type: 'boolean', short: 'v', default: false },
      corpus: { type: 'string', default: 'ingest/corpus' },
      gold: { type: 'string', default: 'eval/datasets/targets.jsonl' },
      'split-file': { type: 'string', default: 'eval/targets-split.json' },
      'min-precision': { type: 'string' },
      'min-f1': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!['dev', 'holdout', 'all'].includes(values.split!)) {
    console.error(`targets: --split must be dev, holdout or all\n\n${HELP}`);
    return 2;
  }
  const minimum = (name: 'min-precision' | 'min-f1'): number | null => {
    const raw = values[name];
    if (raw === undefined) return null;
    const x = Number(raw);
    if (!Number.isFinite(x) || x < 0 || x > 1)
      throw new Error(`--${name} must be a number between 0 and 1, got "${raw}"`);
    return x;
  };
  const minPrecision = minimum('min-precision');
  const minF1 = minimum('min-f1');
  const split = JSON.parse(await readFile(values['split-file']!, 'utf8')) as Split;
  const gold = parseGoldTargets(await readFile(values.gold!, 'utf8'), values.gold!);
  const known = new Set([...split.dev, ...split.holdout]);
  const unassigned = [...new Set(gold.map((g) => g.doc_id))].filter((id) => !known.has(id));
  if (unassigned.length)
    console.error(`warning: gold documents in no split: ${unassigned.join(', ')}`);

  const targets = await extractCorpus(values.corpus!);
  const splits: [string, string[]][] =
    values.split === 'all'
      ? [
          ['dev', split.dev],
          ['holdout', split.holdout],
          ['all', [...split.dev, ...split.holdout]],
        ]
      : [[values.split!, values.split === 'dev' ? split.dev : split.holdout]];

  const summary: string[] = [];
  const canonical: string[] = [];
  const failures: string[] = [];
  for (const [name, ids] of splits) {
    const docs = new Set(ids);
    const score = scoreTargets(
      targets.filter((t) => docs.has(t.document_id)),
      gold.filter((g) => docs.has(g.doc_id)),
    );
    if (name !== 'all') printDocuments(name, score);
    summary.push(`${name.padEnd(8)} ${formatPrf(score)}`);
    // Comparison tables, revisions and the digest line targets up by their canonical metric:
    // the share of correctly extracted targets that got one, and the labels of those that did not.
    const mapped = score.matches.filter((m) => (m.extracted as StoredTarget).metric_key).length;
    canonical.push(
      `${name.padEnd(8)} ${score.matches.length ? (mapped / score.matches.length).toFixed(3) : '—'} (${mapped} of ${score.matches.length} gold-matched targets; ${score.matches.length - mapped} unmapped)`,
    );
    if (values.verbose && name === 'dev') {
      const unmapped = score.matches
        .filter((m) => !(m.extracted as StoredTarget).metric_key)
        .map(
          (m) =>
            `  ${m.extracted.document_id} | ${m.extracted.value} ${m.extracted.unit} | ${m.extracted.metric}`,
        );
      if (unmapped.length)
        console.log(
          `\ndev: gold-matched targets without a canonical metric (${unmapped.length})\n${unmapped.join('\n')}`,
        );
    }
    if (ids.length > 0 && minPrecision !== null && score.precision < minPrecision)
      failures.push(`${name} precision ${score.precision.toFixed(3)} < ${minPrecision}`);
    if (ids.length > 0 && minF1 !== null && score.f1 < minF1)
      failures.push(`${name} F1 ${score.f1.toFixed(3)} < ${minF1}`);
    if (values.verbose && name === 'dev') printErrors(score, targets);
  }
  console.log(`\nsplit    ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp  fp  fn`);
  for (const line of summary) console.log(line);
  console.log('\ncanonical metric share (src/targets/metrics.json)');
  for (const line of canonical) console.log(line);
  for (const failure of failures) console.error(`FAIL ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

/** Every target the real ingest pipeline stores for the corpus. */
async function extractCorpus(corpus: string): Promise<Target[]> {
  const env = {
    ...process.env,
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '0',
    SEED_CORPUS: 'false',
    DATA_DIR: 'memory://',
    DATABASE_URL: undefined,
    TARGET_EXTRACTOR: 'rules',
  };
  const runtime = await openRuntime(loadConfig(env), {
    logger: createLogger({ level: 'error', write: (line) => console.error(line) }),
  });
  try {
    const started = Date.now();
    const results = await ingestPaths(runtime.ingester, [corpus]);
    for (const failed of results.filter((r) => r.status === 'failed'))
      console.error(`ingest failed: ${failed.error}`);
    console.error(
      `corpus: ${results.length} documents, ${results.reduce((a, r) => a + r.targets, 0)} targets in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return await runtime.services.store.listTargets({ limit: 100_000 });
  } finally {
    await runtime.close();
  }
}

function formatPrf(c: PrfCounts): string {
  const n = (x: number) => x.toFixed(3).padStart(6);
  return `${n(c.precision)} ${n(c.recall)} ${n(c.f1)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`;
}

function printDocuments(name: string, score: TargetScore): void {
  console.log(`\n${name}: per document`);
  const docs = Object.keys(score.by_document).sort();
  const width = Math.max(...docs.map((d) => d.length), 8);
  console.log(
    `${'document'.padEnd(width)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp  fp  fn`,
  );
  for (const doc of docs) console.log(`${doc.padEnd(width)} ${formatPrf(score.by_document[doc]!)}`);
}

function printErrors(score: TargetScore, all: Target[]): void {
  const clip = (s: string, n = 160) =>
    (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');
  console.log(`\ndev: false positives (${score.false_positives.length})`);
  for (const t of [...score.false_positives].sort(
    (a, b) => a.document_id.localeCompare(b.document_id) || a.start - b.start,
  )) {
    console.log(
      `  FP ${t.document_id} | ${t.value} ${t.unit} ${t.direction} y=${t.target_year} b=${t.baseline_year} | ${t.metric}\n     "${clip(t.quote)}"`,
    );
  }
  console.log(`\ndev: misses (${score.misses.length})`);
  for (const g of [...score.misses].sort((a, b) => a.doc_id.localeCompare(b.doc_id))) {
    console.log(
      `  FN ${g.doc_id} | ${g.value} ${g.unit} ${g.direction} y=${g.target_year} | ${g.metric}${g.quote ? `\n     "${clip(g.quote)}"` : ''}`,
    );
    // The same figure extracted with another year or unit is the usual cause of a miss.
    for (const t of nearTargets(g, all))
      console.log(
        `     ~ extracted ${t.value} ${t.unit} y=${t.target_year} ${t.direction} | ${t.metric}`,
      );
  }
}

function nearTargets(g: GoldTarget, all: Target[]): Target[] {
  return all
    .filter(
      (t) =>
        t.document_id === g.doc_id &&
        Math.abs(t.value - g.value) <= Math.abs(g.value) * 0.005 + 1e-9,
    )
    .slice(0, 3);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`targets: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  },
);
