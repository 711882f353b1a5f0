import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from './database.ts';
import { createServices, type Services } from '../services.ts';
import type { Config } from '../config.ts';
import { createLogger, type Logger } from '../logger.ts';
import { createIngester } from '../../ingest/pipeline.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Prompt templates from prompts/*.md (Node reads files; Workers bundles them as text). */
export function loadPrompts(): {
  answer: string;
  condense: string;
  rewrite: string;
  extractTargets: string;
  digest: string;
} {
  const read = (name: string) => readFileSync(join(ROOT, 'prompts', name), 'utf8');
  return {
    answer: read('answer.md'),
    condense: read('condense.md'),
    rewrite: read('rewrite.md'),
    extractTargets: read('extract-targets.md'),
    digest: read('digest.md'),
  };
}

export interface Runtime {
  database: Database;
  services: Services;
  ingester: ReturnType<typeof createIngester>;
  /** Background tasks (Slack jobs) that shutdown waits for. */
  pending: Set<Promise<unknown>>;
  close(): Promise<void>;
}

/**
 * Node wiring shared by the server, the ingest CLI and the eval: open the database, check the
 * embedding model, build services and the ingester.
 */
export async function openRuntime(
  config: Config,
  options: { logger?: Logger; migrate?: boolean; skipModelCheck?: boolean } = {},
): Promise<Runtime> {
  const logger =
    options.logger ??
    createLogger({
      level: config.logLevel,
      secrets: [
        config.adminToken,
        config.slack?.signingSecret,
        config.slack?.botToken,
        config.llm?.apiKey,
      ].filter((s): s is string => !!s),
    });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    embeddingDimensions: config.embeddings.dimensions,
    migrate: options.migrate,
  });
  const pending = new Set<Promise<unknown>>();
  const runInBackground = (task: Promise<unknown>) => {
    const tracked = task
      .catch((error) => logger.error('background task failed', { error: (error as Error).message }))
      .finally(() => pending.delete(tracked));
    pending.add(tracked);
  };
  try {
    const services = createServices({
      config,
      sql: database.sql,
      prompts: loadPrompts(),
      logger,
      runInBackground,
    });
    if (!options.skipModelCheck)
      await services.store.checkEmbeddingModel(
        services.embeddingModel.model,
        services.embeddingModel.dimensions,
      );
    const ingester = createIngester({
      store: services.store,
      embeddings: services.embeddings,
      extractTargets: services.extractTargets,
    });
    services.ingestUpload = (input) =>
      ingester.ingest({
        bytes: input.bytes,
        fileName: input.fileName,
        metadata: input.metadata as never,
        replace: input.replace,
      });
    return {
      database,
      services,
      ingester,
      pending,
      async close() {
        await Promise.allSettled(Array.from(pending));
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
