/**
 * Digest quality on the sample corpus, against the CCNT newsletter (../shared/reference):
 *
 *   npm run eval:digest -- [--from 2024-06-01 --to 2024-10-31] [--min-recall 0.8 --min-verification 1 --max-ms 2000]
 *
 * Ingests the corpus into a fresh in-memory PGlite through the real pipeline, builds the digest
 * of the newsletter's period offline, and reports
 *  - fact recall: the share of the newsletter's quantitative facts whose source document is in
 *    the corpus (eval/digest/newsletter-facts.jsonl) that the digest states in a sentence or
 *    bullet citing that document;
 *  - number verification: the share of numbers in the digest found in the passages their
 *    sentence cites (the answer verifier run again over the finished digest; must be 1.0);
 *  - build time: the digest of the whole corpus (every document: 2000-01-01 to today), warm.
 */
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../src/config.ts';
import { openRuntime } from '../src/node/runtime.ts';
import { createLogger } from '../src/logger.ts';
import { ingestPaths } from '../ingest/run.ts';
import { buildDigest } from '../src/digest/build.ts';
import { scoreDigest, type NewsletterFact } from './digest-scoring.ts';

const HELP = `Usage: npm run eval:digest -- [options]

Options:
  --from <date> --to <date>   the period (default 2024-06-01 to 2024-10-31, the newsletter's)
  --corpus <dir>              corpus to ingest (default ingest/corpus)
  --facts <file>              facts, JSONL (default eval/digest/newsletter-facts.jsonl)
  --min-recall <x>            exit 1 when fact recall is below x
  --min-verification <x>      exit 1 when number verification is below x
  --max-ms <n>                exit 1 when the whole-corpus digest takes longer (warm)
  --verbose                   list the facts the digest does not state
  -h, --help                  this help`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string', default: '2024-06-01' },
      to: { type: 'string', default: '2024-10-31' },
      corpus: { type: 'string', default: 'ingest/corpus' },
      facts: { type: 'string', default: 'eval/digest/newsletter-facts.jsonl' },
      'min-recall': { type: 'string' },
      'min-verification': { type: 'string' },
      'max-ms': { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const facts = (await readFile(values.facts!, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NewsletterFact);
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
    const results = await ingestPaths(runtime.ingester, [values.corpus!]);
    for (const failed of results.filter((r) => r.status === 'failed'))
      console.error(`ingest failed: ${failed.error}`);
    const store = runtime.services.store;
    const digest = await buildDigest(store, { from: values.from!, to: values.to! });
    const whole = { from: '2000-01-01', to: new Date().toISOString().slice(0, 10) };
    let started = performance.now();
    await buildDigest(store, whole);
    const coldMs = performance.now() - started;
    started = performance.now();
    const wholeDigest = await buildDigest(store, whole);
    const warmMs = performance.now() - started;

    const score = scoreDigest(digest, facts);
    const wholeScore = scoreDigest(wholeDigest, []);
    console.log(
      `digest ${values.from} to ${values.to}: ${digest.documents.length} documents, ${digest.citations.length} citations, ${score.numbers} numbers`,
    );
    console.log(
      facts.length
        ? `fact recall          ${score.recall.toFixed(3)} (${score.stated} of ${facts.length} newsletter facts whose document is in the corpus)`
        : 'fact recall          n/a (no facts given)',
    );
    console.log(
      `sentences dropped    ${digest.verification.dropped_sentences} (a number the verifier did not find in what the sentence cites)`,
    );
    console.log(
      `number verification  ${score.verification.toFixed(3)} (${score.numbers - score.unverifiedNumbers} of ${score.numbers}; whole corpus ${wholeScore.verification.toFixed(3)} of ${wholeScore.numbers})`,
    );
    console.log(
      `whole-corpus digest  ${Math.round(warmMs)} ms warm, ${Math.round(coldMs)} ms first (${wholeDigest.documents.length} documents, PGlite in memory, offline)`,
    );
    if (values.verbose)
      for (const fact of score.missed)
        console.log(
          `  missed ${fact.id} ${fact.document_id} ${fact.value} ${fact.unit ?? ''} — ${fact.text}`,
        );

    const failures: string[] = [];
    const min = (name: string) =>
      values[name as 'min-recall'] === undefined ? null : Number(values[name as 'min-recall']);
    if (min('min-recall') !== null && score.recall < min('min-recall')!)
      failures.push(`fact recall ${score.recall.toFixed(3)} < ${min('min-recall')}`);
    const minVerification = min('min-verification');
    if (
      minVerification !== null &&
      Math.min(score.verification, wholeScore.verification) < minVerification
    )
      failures.push(`number verification below ${minVerification}`);
    if (min('max-ms') !== null && warmMs > min('max-ms')!)
      failures.push(`whole-corpus digest ${Math.round(warmMs)} ms > ${min('max-ms')} ms`);
    for (const failure of failures) console.error(`FAIL ${failure}`);
    return failures.length ? 1 : 0;
  } finally {
    await runtime.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`eval:digest: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  },
);
