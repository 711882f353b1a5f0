/**
 * npm run digest -- --from YYYY-MM-DD --to YYYY-MM-DD [--out file.md|file.html|file.json]
 *   [--regions a,b] [--sectors a,b] [--kinds plan,notice] [--languages en,zh] [--database-url URL]
 *
 * The digest of a period from the configured database (DATABASE_URL, else the PGlite in
 * DATA_DIR, as `npm start` uses), printed as Markdown or written to --out in the format its
 * extension names. Exit 2 on bad arguments, 1 on other errors.
 */
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { loadConfig } from '../src/config.ts';
import { openRuntime } from '../src/node/runtime.ts';
import { digestFor } from '../src/digest/service.ts';
import { digestToMarkdown } from '../src/digest/render-markdown.ts';
import { digestToHtml } from '../src/digest/render-html.ts';
import { DigestScopeSchema } from '../src/routes/schemas.ts';
import { isCalendarDate } from '../src/text/dates.ts';

const HELP = `Usage: npm run digest -- --from YYYY-MM-DD --to YYYY-MM-DD [options]

Writes the cited digest of a period: top news, subnational updates, revised targets, perspectives.

Options:
  --from <date>, --to <date>  the period, inclusive (required)
  --out <file>                write to a file: .md, .html or .json (default: Markdown on stdout)
  --regions, --sectors, --kinds, --languages <a,b>   scope (as on GET /api/digest)
  --database-url <url>        PostgreSQL (default: DATABASE_URL, else the PGlite in DATA_DIR)
  -h, --help                  this help`;

class UsageError extends Error {}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      regions: { type: 'string' },
      sectors: { type: 'string' },
      kinds: { type: 'string' },
      languages: { type: 'string' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  for (const key of ['from', 'to'] as const) {
    if (!values[key]) throw new UsageError(`--${key} is required`);
    if (!isCalendarDate(values[key]!, { fromYear: 1900 }))
      throw new UsageError(`--${key} must be a calendar date as YYYY-MM-DD, got "${values[key]}"`);
  }
  if (values.from! > values.to!)
    throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  const format = values.out
    ? values.out.match(/\.(md|markdown|html?|json)$/i)?.[1]?.toLowerCase()
    : 'md';
  if (!format) throw new UsageError('--out must end in .md, .html or .json');
  const list = (value: string | undefined) =>
    value
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : undefined;
  const raw = {
    regions: list(values.regions),
    sectors: list(values.sectors),
    kinds: list(values.kinds),
    languages: list(values.languages),
  };
  const parsed = DigestScopeSchema.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success)
    throw new UsageError(
      parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '),
    );

  const env = {
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    ...(values['database-url'] ? { DATABASE_URL: values['database-url'] } : {}),
  };
  const runtime = await openRuntime(loadConfig(env));
  try {
    const digest = await digestFor(
      runtime.services,
      { from: values.from!, to: values.to! },
      parsed.data,
    );
    const text =
      format === 'json'
        ? JSON.stringify(digest, null, 2) + '\n'
        : format.startsWith('htm')
          ? digestToHtml(digest)
          : digestToMarkdown(digest);
    if (values.out) {
      await writeFile(values.out, text);
      console.error(
        `digest: ${digest.documents.length} documents, ${digest.citations.length} citations, ${digest.verification.checked_numbers} numbers checked → ${values.out}`,
      );
    } else {
      process.stdout.write(text);
    }
    if (digest.notice) console.error(`digest: ${digest.notice}`);
    return 0;
  } finally {
    await runtime.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(
      `digest: ${(error as Error).message.split('\n')[0]}${error instanceof UsageError ? `\n\n${HELP}` : ''}`,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
