import { Hono } from 'hono';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { parseOrThrow, periodFromQuery, rejectUnknownQuery } from './params.ts';
import { DigestScopeSchema } from './schemas.ts';
import { digestFor } from '../digest/service.ts';
import { digestToMarkdown } from '../digest/render-markdown.ts';
import { digestToHtml } from '../digest/render-html.ts';

const DIGEST_QUERY_KEYS = [
  'from',
  'to',
  'regions',
  'region',
  'sectors',
  'sector',
  'kinds',
  'kind',
  'languages',
  'language',
  'format',
];

/**
 * GET /api/digest?from=&to=&regions=&sectors=&kinds=&languages=&format=json|md|html: the cited
 * newsletter draft of a period (src/digest/). A period without documents is an empty digest
 * whose notice says what was searched, not an error.
 */
export function createDigestRoutes() {
  const routes = new Hono<AppEnv>();

  routes.get('/', async (c) => {
    rejectUnknownQuery(c, DIGEST_QUERY_KEYS);
    const period = periodFromQuery(c);
    const list = (...keys: string[]) => {
      const values = keys
        .flatMap((k) => c.req.queries(k) ?? [])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
      return values.length ? values : undefined;
    };
    const format = c.req.query('format') ?? 'json';
    if (!['json', 'md', 'markdown', 'html'].includes(format))
      throw new AppError('bad_request', 'format must be json, md or html');
    const raw = {
      regions: list('regions', 'region'),
      sectors: list('sectors', 'sector'),
      kinds: list('kinds', 'kind'),
      languages: list('languages', 'language'),
    };
    const scope = parseOrThrow(
      DigestScopeSchema,
      Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
    );
    const digest = await digestFor(c.var.services, period, scope);
    const name = `digest-${period.from}-${period.to}`;
    if (format === 'md' || format === 'markdown') {
      c.header('content-type', 'text/markdown; charset=utf-8');
      c.header('content-disposition', `inline; filename="${name}.md"`);
      return c.body(digestToMarkdown(digest));
    }
    if (format === 'html') {
      c.header('content-disposition', `inline; filename="${name}.html"`);
      return c.html(digestToHtml(digest));
    }
    return c.json(digest);
  });

  return routes;
}
