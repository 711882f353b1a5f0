import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { createRouter, digestRoute } from './contract.ts';
import { digestFor } from '../digest/service.ts';
import { digestToMarkdown } from '../digest/render-markdown.ts';
import { digestToHtml } from '../digest/render-html.ts';

/**
 * GET /api/digest?from=&to=&regions=&sectors=&kinds=&languages=&format=json|md|html: the cited
 * newsletter draft of a period (src/digest/). A period without documents is an empty digest
 * whose notice says what was searched, not an error.
 */
export function createDigestRoutes() {
  return createRouter().openapi(digestRoute, digest);
}

const digest: RouteHandler<typeof digestRoute, AppEnv> = async (c) => {
  const { from, to, format, ...filters } = c.req.valid('query');
  const scope = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  const result = await digestFor(c.var.services, { from, to }, scope);
  const name = `digest-${from}-${to}`;
  if (format === 'md' || format === 'markdown') {
    c.header('content-type', 'text/markdown; charset=utf-8');
    c.header('content-disposition', `inline; filename="${name}.md"`);
    return c.body(digestToMarkdown(result));
  }
  if (format === 'html') {
    c.header('content-disposition', `inline; filename="${name}.html"`);
    return c.html(digestToHtml(result));
  }
  return c.json(result);
};
