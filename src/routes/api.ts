import { CJK_RANGE } from '../text/cjk.ts';
import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { AppError, errorBody } from '../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { resolveKindFilter } from './params.ts';
import {
  askRoute,
  createRouter,
  feedbackRoute,
  getDocumentRoute,
  listDocumentsRoute,
  searchRoute,
  targetChangesRoute,
  targetsRoute,
} from './contract.ts';
import { targetsToCsv } from '../targets/csv.ts';
import { presentRevision, presentTarget } from '../targets/present.ts';
import type { AskRequest, AskResponse } from '../domain.ts';
import type { StoredTarget } from '../store.ts';
import { createDigestRoutes } from './digest.ts';

/** Public API: ask, search, documents, targets, feedback; each route's contract is in contract.ts. */
export function createApiRoutes() {
  return createRouter()
    .openapi(askRoute, ask)
    .openapi(searchRoute, search)
    .openapi(listDocumentsRoute, listDocuments)
    .openapi(getDocumentRoute, getDocument)
    .openapi(targetsRoute, listTargets)
    .openapi(targetChangesRoute, targetChanges)
    .route('/digest', createDigestRoutes())
    .openapi(feedbackRoute, addFeedback);
}

/** POST /api/ask: the answer as JSON, or as SSE events when the client asks for a stream. */
const ask: RouteHandler<typeof askRoute, AppEnv> = async (c) => {
  const services = c.var.services;
  const parsed = c.req.valid('json');
  if (services.config.logQuestions) c.set('logFields', { question: parsed.question.slice(0, 300) });
  // Kinds become document ids for the retriever; the response echoes the filters as asked.
  const body = {
    ...parsed,
    filters: await resolveKindFilter(services.store, parsed.filters),
  } as AskRequest;
  const answer = async () =>
    presentAnswer(await services.asker.ask(body, { signal: c.req.raw.signal }), parsed.filters);
  const wantsStream = (c.req.header('accept') ?? '').includes('text/event-stream');
  if (!wantsStream) return c.json(await answer(), 200);
  return streamAnswer(c, answer) as never;
};

/** The answer as SSE: citations first, the verified answer in small pieces, targets, then all of it. */
function streamAnswer(c: Context<AppEnv>, answer: () => Promise<AskResponse>) {
  return streamSSE(c, async (stream) => {
    try {
      const response = await answer();
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
        c.var.services.logger.error('ask stream failed', { error: (error as Error).message });
      await stream.writeSSE({
        event: 'error',
        data: JSON.stringify(
          errorBody(appError?.code ?? 'internal', appError?.message ?? 'internal error'),
        ),
      });
    }
  });
}

/** GET /api/search: ranked passages. */
const search: RouteHandler<typeof searchRoute, AppEnv> = async (c) => {
  const { q, k, ...filters } = c.req.valid('query');
  const resolved = await resolveKindFilter(c.var.services.store, dropAbsent(filters));
  const { passages } = await c.var.services.retriever.retrieve(q, { k, filters: resolved });
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
};

/** GET /api/documents: metadata of every document (of the given kinds). */
const listDocuments: RouteHandler<typeof listDocumentsRoute, AppEnv> = async (c) => {
  const { kinds } = c.req.valid('query');
  const documents = await c.var.services.store.listDocuments({ kinds });
  return c.json({ documents: documents.map(({ content_hash: _hash, ...d }) => d) });
};

/** GET /api/documents/:id: metadata, normalised text and chunk boundaries. */
const getDocument: RouteHandler<typeof getDocumentRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const document = await c.var.services.store.getDocument(id);
  if (!document) throw new AppError('not_found', `no document with id "${id}"`);
  const { content_hash: _hash, ...rest } = document;
  return c.json(rest);
};

/** GET /api/targets: targets as JSON, or as CSV (with a byte-order mark for Excel on bom=1). */
const listTargets: RouteHandler<typeof targetsRoute, AppEnv> = async (c) => {
  const { region, sector, document_id, metric, format, bom, ...rest } = c.req.valid('query');
  const targets = await c.var.services.store.listTargets({
    ...rest,
    regions: region,
    sectors: sector,
    document_ids: document_id,
    metrics: metric,
  });
  const presented = targets.map(presentTarget);
  if (format === 'json') return c.json({ targets: presented });
  c.header('content-type', 'text/csv; charset=utf-8');
  c.header('content-disposition', 'attachment; filename="targets.csv"');
  const mark = bom === '1' || bom === 'true' ? '\uFEFF' : '';
  return c.body(mark + targetsToCsv(presented));
};

/** GET /api/targets/changes: targets that later documents of the period revised. */
const targetChanges: RouteHandler<typeof targetChangesRoute, AppEnv> = async (c) => {
  const { from, to, regions } = c.req.valid('query');
  const revisions = await c.var.services.store.targetRevisions(from, to, { regions });
  return c.json({ period: { from, to }, changes: revisions.map(presentRevision) });
};

/** POST /api/feedback: a verdict on an answer. */
const addFeedback: RouteHandler<typeof feedbackRoute, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const saved = await c.var.services.store.addFeedback({
    question: body.question,
    answer: body.answer,
    citations: body.citations,
    verdict: body.verdict,
    comment: body.comment ?? null,
  });
  return c.json({ id: saved.id, created_at: saved.created_at }, 201);
};

/** The filters given, without the keys the query string left out. */
function dropAbsent<T extends object>(filters: T): T {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as T;
}

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

/** A run of up to 12 Chinese characters, a word with its trailing space, or a space run. */
const STREAM_PIECE = new RegExp(`[${CJK_RANGE}]{1,12}|\\S+\\s*|\\s+`, 'g');

/** Splits text into short pieces at word or character boundaries for streaming. */
function pieces(text: string): string[] {
  const out: string[] = [];
  const parts = text.match(STREAM_PIECE) ?? [];
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
