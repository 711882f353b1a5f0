import type { RouteHandler } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../app-env.ts';
import type { healthRoute } from './contract.ts';

/** GET /healthz: the database answers, with the document count and the models in use. */
export const health: RouteHandler<typeof healthRoute, AppEnv> = async (c) => {
  const services = c.var.services;
  try {
    await services.store.ping();
  } catch (error) {
    // A reachable database can still refuse service with a reason of its own (on Workers, the
    // first query of an isolate checks the embedding model: 409 with the fix). Say that.
    if (error instanceof AppError) throw error;
    throw new AppError('database_unavailable', 'database is unreachable', {
      cause: error,
      headers: { 'Retry-After': '5' },
    });
  }
  return c.json({
    status: 'ok',
    database: 'up',
    documents: await services.store.countDocuments(),
    embeddings: services.embeddingModel.model,
    llm: services.config.llm ? 'on' : 'off',
  });
};
