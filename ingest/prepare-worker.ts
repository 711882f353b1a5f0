import { workerData } from 'node:worker_threads';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createServices } from '../src/services.ts';
import type { SqlClient } from '../src/db/sql-client.ts';
import { prepareDocument, type PrepareInput, type PreparedDocument } from './prepare.ts';
import { answerTasks } from './worker-pool.ts';
import type { PrepareWorkerData } from './prepare-pool.ts';

// One worker thread of the ingest pool: load → chunk → embed → extract for one file at a time.
// Its embeddings and target extractor come from the same composition root and configuration as
// the main thread's, so a document prepared here is the one the main thread would have prepared.
// Writes stay in the main thread: this side has no database.

const NO_DATABASE: SqlClient = {
  dialect: 'postgres',
  query: () => Promise.reject(new Error('an ingest worker has no database connection')),
  transaction: () => Promise.reject(new Error('an ingest worker has no database connection')),
  close: () => Promise.resolve(),
};

const { env, prompts } = workerData as PrepareWorkerData;
const config = loadConfig(env);
const logger = createLogger({ level: config.logLevel, write: (line) => console.error(line) });
const services = createServices({
  config,
  sql: NO_DATABASE,
  prompts,
  logger,
  runInBackground: () => {},
});

answerTasks<PrepareInput, PreparedDocument>((input) =>
  prepareDocument(input, {
    embeddings: services.embeddings,
    extractTargets: services.extractTargets,
  }),
);
