import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { AppError, errorBody } from '../errors.ts';
import type { AppEnv } from '../app-env.ts';
import {
  AskRequestSchema,
  FeedbackRequestSchema,
  SearchQuerySchema,
  yearRangeProblem,
} from './schemas.ts';
import {
  parseOrThrow,
  readJson,
  filtersFromQuery,
  rejectUnknownQuery,
  FILTER_QUERY_KEYS,
  kindsFromQuery,
  resolveKindFilter,
  periodFromQuery,
} from './params.ts';
import { canonicalRegion } from '../text/regions.ts';
import { targetsToCsv } from '../targets/csv.ts';
import { presentRevision, presentTarget } from '../targets/present.ts';
import { isMetricKey } from '../targets/metrics.ts';
import type { AskRequest, AskResponse } from '../domain.ts';
import type { StoredTarget } from '../store.ts';
import { createDigestRoutes } from './digest.ts';

/** Public API: ask, search, documents, targets, feedback. */
export function createApiRoutes() {
  const api = new Hono<AppEnv>();

  api.post('/ask', async (c) => {
    const services = c.var.services;
    const parsed = parseOrThrow(AskRequestSchema, await readJson(c));
    if (services.config.logQuestions)
      c.set('logFields', { question: parsed.question.slice(0, 300) });
    // Kinds become document ids for the retriever; the response echoes the filters as asked.
    const body = {
      ...parsed,
      filters: await resolveKindFilter(services.store, parsed.filters),
    } as AskRequest;
    const ask = async () =>
      presentAnswer(await services.asker.ask(body, { signal: c.req.raw.signal }), parsed.filters);
    const wantsStream = (c.req.header('accept') ?? '').includes('text/event-stream');
    if (!wantsStream) {
      return c.json(await ask());
    }
    return streamSSE(c, async (stream) => {
      try {
        const response = await ask();
        await stream.writeSSE({
          event: 'citations',
          data: JSON.stringify({
            citations: response.citations,
            answerable: response.answerable,
            mode: response.mode,
          }),
        });
        // The answer is verified before any of it is sent; it then streams in small pieces.
        for (const piece of pieces(response.answer))
          await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: piece }) });
        await stream.writeSSE({
          event: 'targets',
          data: JSON.stringify({ targets: response.targets, table: response.table ?? null }),
        });
        await stream.writeSSE({ event: 'done', data: JSON.stringify(response) });
      } catch (error) {
        const appError = error instanceof AppError ? error : null;
        if (!appError)
          services.logger.error('ask stream failed', { error: (error as Error).message });
        await stream.writeSSE({
          event: 'error',
          data: JSON.stringify(
            errorBody(appError?.code ?? 'internal', appError?.message ?? 'internal error'),
          ),
        });
      }
    });
  });

  api.get('/search', async (c) => {
    rejectUnknownQuery(c, ['q', 'k', ...FILTER_QUERY_KEYS]);
    const { q, k } = parseOrThrow(SearchQuerySchema, { q: c.req.query('q'), k: c.req.query('k') });
    const filters = await resolveKindFilter(c.var.services.store, filtersFromQuery(c));
    const { passages } = await c.var.services.retriever.retrieve(q, { k, filters });
    return c.json({
      results: passages.map((p) => ({
        chunk_id: p.chunk_id,
        document_id: p.document_id,
        title: p.title,
        page: p.page_from,
        heading: p.heading,
        text: p.text,
        score: Number(p.score.toFixed(6)),
        region: p.region,
        date: p.date,
      })),
    });
  });

  api.get('/documents', async (c) => {
    rejectUnknownQuery(c, ['kinds', 'kind']);
    const documents = await c.var.services.store.listDocuments({ kinds: kindsFromQuery(c) });
    return c.json({ documents: documents.map(({ content_hash: _hash, ...d }) => d) });
  });

  api.get('/documents/:id', async (c) => {
    const document = await c.var.services.store.getDocument(c.req.param('id'));
    if (!document) throw new AppError('not_found', `no document with id "${c.req.param('id')}"`);
    const { content_hash: _hash, ...rest } = document;
    return c.json(rest);
  });

  api.get('/targets', async (c) => {
    rejectUnknownQuery(c, TARGET_QUERY_KEYS);
    const int = (key: string) => {
      const v = c.req.query(key);
      if (v === undefined || v === '') return undefined;
      if (!/^\d{1,4}$/.test(v)) throw new AppError('bad_request', `${key} must be a year`);
      return Number(v);
    };
    const list = (...keys: string[]) => {
      const values = keys
        .flatMap((k) => c.req.queries(k) ?? [])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
      return values.length ? values : undefined;
    };
    const limitText = c.req.query('limit');
    const limit = limitText ? Number(limitText) : 1000;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
      throw new AppError('bad_request', 'limit must be an integer from 1 to 10000');
    const q = c.req.query('q');
    if (q && q.length > 200)
      throw new AppError('bad_request', 'q is too long (max 200 characters)');
    const metrics = list('metric', 'metrics');
    const unknownMetric = metrics?.find((key) => !isMetricKey(key));
    if (unknownMetric)
      throw new AppError(
        'bad_request',
        `unknown metric "${unknownMetric}": metric takes a canonical key such as non_fossil_share_energy (see src/targets/metrics.json); use q= to search labels`,
      );
    const [yearFrom, yearTo] = [int('year_from'), int('year_to')];
    const reversed = yearRangeProblem(yearFrom, yearTo);
    if (reversed) throw new AppError('bad_request', `year_from: ${reversed}`);
    const targets = await c.var.services.store.listTargets({
      regions: list('region', 'regions')?.map(canonicalRegion),
      sectors: list('sector', 'sectors')?.map((sector) => sector.toLowerCase()),
      document_ids: list('document_id', 'document_ids'),
      target_year: int('target_year'),
      year_from: yearFrom,
      year_to: yearTo,
      q,
      metrics,
      limit,
    });
    const presented = targets.map(presentTarget);
    const format = c.req.query('format') ?? 'json';
    const bom = c.req.query('bom');
    if (bom !== undefined && !['0', '1', 'true', 'false'].includes(bom))
      throw new AppError('bad_request', 'bom must be 1 or 0');
    if (format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'attachment; filename="targets.csv"');
      // bom=1: a byte-order mark first, without which Excel reads UTF-8 Chinese as mojibake.
      return c.body((bom === '1' || bom === 'true' ? '\uFEFF' : '') + targetsToCsv(presented));
    }
    if (format !== 'json') throw new AppError('bad_request', 'format must be json or csv');
    return c.json({ targets: presented });
  });

  api.get('/targets/changes', async (c) => {
    rejectUnknownQuery(c, ['from', 'to', 'regions', 'region']);
    const period = periodFromQuery(c);
    const regions = [...(c.req.queries('regions') ?? []), ...(c.req.queries('region') ?? [])]
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    const revisions = await c.var.services.store.targetRevisions(period.from, period.to, {
      regions: regions.length ? regions.map(canonicalRegion) : undefined,
    });
    return c.json({ period, changes: revisions.map(presentRevision) });
  });

  api.route('/digest', createDigestRoutes());

  api.post('/feedback', async (c) => {
    const body = parseOrThrow(FeedbackRequestSchema, await readJson(c));
    const saved = await c.var.services.store.addFeedback({
      question: body.question,
      answer: body.answer,
      citations: body.citations,
      verdict: body.verdict,
      comment: body.comment ?? null,
    });
    return c.json({ id: saved.id, created_at: saved.created_at }, 201);
  });

  return api;
}

/** The query keys GET /api/targets reads (year_from/year_to bound the target year there). */
const TARGET_QUERY_KEYS = [
  'region',
  'regions',
  'sector',
  'sectors',
  'document_id',
  'document_ids',
  'target_year',
  'year_from',
  'year_to',
  'q',
  'metric',
  'metrics',
  'limit',
  'format',
  'bom',
];

/** The answer as the API returns it: targets presented with canonical metrics, filters as asked. */
function presentAnswer(response: AskResponse, filters: unknown): AskResponse {
  return {
    ...response,
    targets: (response.targets as StoredTarget[]).map(presentTarget) as never,
    searched: {
      ...response.searched,
      filters: (filters ?? {}) as AskResponse['searched']['filters'],
    },
  };
}

/** Splits text into short pieces at word or character boundaries for streaming. */
function pieces(text: string): string[] {
  const out: string[] = [];
  const parts = text.match(/[\u3400-\u9fff]{1,12}|\S+\s*|\s+/g) ?? [];
  let buffer = '';
  for (const part of parts) {
    buffer += part;
    if (buffer.length >= 24) {
      out.push(buffer);
      buffer = '';
    }
  }
  if (buffer) out.push(buffer);
  return out;
}
