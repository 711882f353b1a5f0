import { z } from 'zod';
import { AskRequestSchema, FeedbackRequestSchema } from './schemas.ts';
import { DOCUMENT_KINDS } from '../documents/kind.ts';

/** The OpenAPI 3.1 document, with request bodies generated from the same zod schemas the routes use. */
export function createOpenApiDocument() {
  const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input' });
  const error = {
    description: 'Error',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  const filterParams = ['regions', 'sectors', 'languages', 'document_ids', 'kinds']
    .map((name) => ({
      name,
      in: 'query',
      schema: { type: 'string' },
      description: 'comma-separated list',
    }))
    .concat(
      ['year_from', 'year_to'].map((name) => ({
        name,
        in: 'query',
        schema: { type: 'integer' } as never,
        description: 'publication year bound',
      })),
    );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Policy QA',
      version: '0.1.0',
      description:
        'Questions over Chinese climate and carbon-neutrality policy documents, answered with verified citations and structured targets.',
    },
    paths: {
      '/api/ask': {
        post: {
          summary:
            'Ask a question (JSON, or SSE with Accept: text/event-stream: events citations, delta, targets, done)',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(AskRequestSchema) } },
          },
          responses: {
            '200': {
              description: 'Answer with citations and targets',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/AskResponse' } },
                'text/event-stream': {},
              },
            },
            '400': error,
            '429': error,
            '503': error,
          },
        },
      },
      '/api/search': {
        get: {
          summary: 'Hybrid passage search',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'k', in: 'query', schema: { type: 'integer' } },
            ...filterParams,
          ],
          responses: { '200': { description: '{ results: [...] }' }, '400': error },
        },
      },
      '/api/documents': {
        get: {
          summary: 'List documents with chunk_count and kind',
          parameters: [
            {
              name: 'kinds',
              in: 'query',
              schema: { type: 'string' },
              description: `comma-separated document kinds: ${DOCUMENT_KINDS.join(', ')}`,
            },
          ],
          responses: { '200': { description: '{ documents: [...] }' }, '400': error },
        },
        post: {
          summary: 'Upload documents (admin, multipart field "file")',
          security: [{ bearer: [] }],
          responses: {
            '201': { description: 'per-file results' },
            '401': error,
            '403': error,
            '413': error,
            '422': error,
          },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'Document metadata and normalised text with chunk boundaries',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'document' }, '404': error },
        },
        delete: {
          summary: 'Delete a document (admin)',
          security: [{ bearer: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'deleted' }, '401': error, '404': error },
        },
      },
      '/api/targets': {
        get: {
          summary:
            'Structured policy targets (JSON or CSV). Each target: metric (canonical key or null), metric_name {en, zh}, label (raw wording), value, unit, ...',
          parameters: [
            'region',
            'sector',
            'target_year',
            'year_from',
            'year_to',
            'document_id',
            'q',
            'metric',
            'limit',
            'format',
            'bom',
          ].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
          responses: { '200': { description: '{ targets: [...] } or text/csv' }, '400': error },
        },
      },
      '/api/targets/changes': {
        get: {
          summary:
            "Revised targets: targets set by documents published in [from, to] that change an earlier document's value for the same region, canonical metric and target year",
          parameters: [
            {
              name: 'from',
              in: 'query',
              required: true,
              schema: { type: 'string', format: 'date' },
            },
            { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
            {
              name: 'regions',
              in: 'query',
              schema: { type: 'string' },
              description: 'comma-separated list',
            },
          ],
          responses: {
            '200': {
              description:
                '{ period, changes: [{ region, metric, metric_name, target_year, old: { value, unit, document_id, title, date, quote, chunk_id, start, end }, new: {...} }] }',
            },
            '400': error,
          },
        },
      },
      '/api/digest': {
        get: {
          summary:
            'Cited newsletter draft of a period: top news (national documents), subnational updates (grouped by topic, with comparison tables), revised targets, perspectives (reports). Every sentence carries [n] markers resolving to citations; every number is verified against its cited passage. A period without documents answers an empty digest with a notice.',
          parameters: [
            {
              name: 'from',
              in: 'query',
              required: true,
              schema: { type: 'string', format: 'date' },
            },
            { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
            ...['regions', 'sectors', 'languages'].map((name) => ({
              name,
              in: 'query',
              schema: { type: 'string' },
              description: 'comma-separated list',
            })),
            {
              name: 'kinds',
              in: 'query',
              schema: { type: 'string' },
              description: `comma-separated document kinds: ${DOCUMENT_KINDS.join(', ')}`,
            },
            { name: 'format', in: 'query', schema: { enum: ['json', 'md', 'html'] } },
          ],
          responses: {
            '200': {
              description:
                'JSON { period, scope, mode, documents, sections: [{ kind: top|subnational|revised|perspectives, title, items: [{ type, text, citations, targets, regions, bullets?, table? }] }], citations: [{ n, document_id, chunk_id, title, quote, start, end, page, ... }], verification, notice? }, or Markdown, or a self-contained HTML page',
              content: { 'application/json': {}, 'text/markdown': {}, 'text/html': {} },
            },
            '400': error,
            '429': error,
          },
        },
      },
      '/api/feedback': {
        post: {
          summary: 'Store feedback on an answer',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(FeedbackRequestSchema) } },
          },
          responses: { '201': { description: 'stored' }, '400': error },
        },
        get: {
          summary: 'List feedback (admin)',
          security: [{ bearer: [] }],
          responses: { '200': { description: '{ feedback: [...] }' } },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness and database check',
          responses: { '200': { description: 'ok' }, '503': error },
        },
      },
      '/slack/commands': {
        post: {
          summary: 'Slack slash command (signed)',
          responses: { '200': { description: 'ack' }, '401': error },
        },
      },
      '/slack/events': {
        post: {
          summary: 'Slack Events API (signed)',
          responses: { '200': { description: 'ack' }, '401': error },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
        AskResponse: {
          type: 'object',
          required: [
            'answer',
            'answerable',
            'mode',
            'citations',
            'targets',
            'searched',
            'timings_ms',
          ],
          properties: {
            answer: { type: 'string' },
            answerable: { type: 'boolean' },
            mode: { enum: ['llm', 'extractive'] },
            citations: {
              type: 'array',
              items: {
                type: 'object',
                properties: Object.fromEntries(
                  [
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
                  ].map((k) => [k, {}]),
                ),
              },
            },
            targets: { type: 'array', items: { type: 'object' } },
            searched: {
              type: 'object',
              properties: { documents: { type: 'integer' }, filters: { type: 'object' } },
            },
            timings_ms: { type: 'object', additionalProperties: { type: 'number' } },
            unverified: { type: 'array', items: { type: 'string' } },
            closest: { type: 'array', items: { type: 'object' } },
            notice: { type: 'string' },
            table: { type: 'object' },
          },
        },
      },
    },
  };
}
