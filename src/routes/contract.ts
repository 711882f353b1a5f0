import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { AskRequestSchema, FeedbackRequestSchema } from './schemas.ts';
import {
  ChangesQuery,
  DigestQuery,
  DocumentsQuery,
  SearchQuery,
  TargetsQuery,
} from './query-schemas.ts';
import { jsonBody, refuseInvalid } from './params.ts';

/**
 * The HTTP contract: every route's method, path, request schemas and responses, declared once.
 * The routers validate requests with these schemas and `/openapi.json` is generated from them.
 */

/** The title block of the OpenAPI document. */
export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Policy QA',
    version: '0.1.0',
    description:
      'Questions over Chinese climate and carbon-neutrality policy documents, answered with verified citations and structured targets.',
  },
};

/** A router whose failed validations become 400s in the error envelope. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: refuseInvalid });
}

/** The error envelope (built by `errorBody` in src/errors.ts). */
const ErrorSchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string() }),
  })
  .openapi('Error');

const error = {
  description: 'Error',
  content: { 'application/json': { schema: ErrorSchema } },
};
const described = (description: string) => ({ description });
const admin = [{ bearer: [] }];
const documentId = z.object({ id: z.string() });

const CITATION_FIELDS = [
  'n',
  'chunk_id',
  'document_id',
  'title',
  'issuer',
  'date',
  'region',
  'url',
  'page',
  'heading',
  'quote',
  'start',
  'end',
] as const;

/** The JSON answer of POST /api/ask (documented, not validated: the pipeline's types build it). */
const AskResponseSchema = z
  .object({
    answer: z.string(),
    answerable: z.boolean(),
    mode: z.enum(['llm', 'extractive']),
    citations: z.array(
      z.object(Object.fromEntries(CITATION_FIELDS.map((k) => [k, z.unknown()]))).partial(),
    ),
    targets: z.array(z.object({})),
    searched: z.object({ documents: z.number().int(), filters: z.object({}) }).partial(),
    timings_ms: z.record(z.string(), z.number()),
    unverified: z.array(z.string()).optional(),
    closest: z.array(z.object({})).optional(),
    notice: z.string().optional(),
    table: z.object({}).optional(),
  })
  .openapi('AskResponse');

export const askRoute = createRoute({
  method: 'post',
  path: '/ask',
  summary:
    'Ask a question (JSON, or SSE with Accept: text/event-stream: events citations, delta, targets, done)',
  middleware: [jsonBody] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: AskRequestSchema } } },
  },
  responses: {
    200: {
      description: 'Answer with citations and targets',
      content: {
        'application/json': { schema: AskResponseSchema },
        'text/event-stream': {},
      },
    },
    400: error,
    429: error,
    503: error,
  },
});

export const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  summary: 'Hybrid passage search',
  request: { query: SearchQuery },
  responses: { 200: described('{ results: [...] }'), 400: error },
});

export const listDocumentsRoute = createRoute({
  method: 'get',
  path: '/documents',
  summary: 'List documents with chunk_count and kind',
  request: { query: DocumentsQuery },
  responses: { 200: described('{ documents: [...] }'), 400: error },
});

export const uploadRoute = createRoute({
  method: 'post',
  path: '/documents',
  summary: 'Upload documents (admin, multipart field "file")',
  security: admin,
  responses: {
    201: described('per-file results'),
    401: error,
    403: error,
    413: error,
    422: error,
  },
});

export const getDocumentRoute = createRoute({
  method: 'get',
  path: '/documents/{id}',
  summary: 'Document metadata and normalised text with chunk boundaries',
  request: { params: documentId },
  responses: { 200: described('document'), 404: error },
});

export const deleteDocumentRoute = createRoute({
  method: 'delete',
  path: '/documents/{id}',
  summary: 'Delete a document (admin)',
  security: admin,
  request: { params: documentId },
  responses: { 200: described('deleted'), 401: error, 404: error },
});

export const targetsRoute = createRoute({
  method: 'get',
  path: '/targets',
  summary:
    'Structured policy targets (JSON or CSV). Each target: metric (canonical key or null), metric_name {en, zh}, label (raw wording), value, unit, ...',
  request: { query: TargetsQuery },
  responses: { 200: described('{ targets: [...] } or text/csv'), 400: error },
});

export const targetChangesRoute = createRoute({
  method: 'get',
  path: '/targets/changes',
  summary:
    "Revised targets: targets set by documents published in [from, to] that change an earlier document's value for the same region, canonical metric and target year",
  request: { query: ChangesQuery },
  responses: {
    200: described(
      '{ period, changes: [{ region, metric, metric_name, target_year, old: { value, unit, document_id, title, date, quote, chunk_id, start, end }, new: {...} }] }',
    ),
    400: error,
  },
});

export const digestRoute = createRoute({
  method: 'get',
  path: '/',
  summary:
    'Cited newsletter draft of a period: top news (national documents), subnational updates (grouped by topic, with comparison tables), revised targets, perspectives (reports). Every sentence carries [n] markers resolving to citations; every number is verified against its cited passage. A period without documents answers an empty digest with a notice.',
  request: { query: DigestQuery },
  responses: {
    200: {
      description:
        'JSON { period, scope, mode, documents, sections: [{ kind: top|subnational|revised|perspectives, title, items: [{ type, text, citations, targets, regions, bullets?, table? }] }], citations: [{ n, document_id, chunk_id, title, quote, start, end, page, ... }], verification, notice? }, or Markdown, or a self-contained HTML page',
      content: { 'application/json': {}, 'text/markdown': {}, 'text/html': {} },
    },
    400: error,
    429: error,
  },
});

export const feedbackRoute = createRoute({
  method: 'post',
  path: '/feedback',
  summary: 'Store feedback on an answer',
  middleware: [jsonBody] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: FeedbackRequestSchema } } },
  },
  responses: { 201: described('stored'), 400: error },
});

export const listFeedbackRoute = createRoute({
  method: 'get',
  path: '/feedback',
  summary: 'List feedback (admin)',
  security: admin,
  responses: { 200: described('{ feedback: [...] }') },
});

export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness and database check',
  responses: { 200: described('ok'), 503: error },
});

/** The Slack endpoints, documented here; the Slack sub-app serves them (src/routes/slack-mount.ts). */
export const slackRoutes = [
  createRoute({
    method: 'post',
    path: '/slack/commands',
    summary: 'Slack slash command (signed)',
    responses: { 200: described('ack'), 401: error },
  }),
  createRoute({
    method: 'post',
    path: '/slack/events',
    summary: 'Slack Events API (signed)',
    responses: { 200: described('ack'), 401: error },
  }),
];

/** Adds what no router declares to `app`'s OpenAPI registry: the admin token scheme and the Slack paths. */
export function registerSharedContract(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
  });
  for (const route of slackRoutes) app.openAPIRegistry.registerPath(route);
}
