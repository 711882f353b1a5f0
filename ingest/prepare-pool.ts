import { availableParallelism } from 'node:os';
import { createWorkerPool } from './worker-pool.ts';
import { loadPrompts } from '../src/node/runtime.ts';
import type { PrepareInput, PreparedDocument, Preparer } from './prepare.ts';

export interface PrepareWorkerData {
  /** The environment the configuration is read from (the CLI's, with its overrides). */
  env: Record<string, string | undefined>;
  /** The prompt templates, read here: a worker runs from a bundle in the temp dir (worker-pool.ts). */
  prompts: ReturnType<typeof loadPrompts>;
}

/** `--jobs` when not given: one job per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * `size` worker threads that prepare documents (load → chunk → embed → extract targets) for an
 * ingester in the main thread, which keeps the hash check and the database writes. A file that
 * crashes its worker fails alone: the worker is replaced.
 */
export function createPreparePool(options: {
  size: number;
  env: Record<string, string | undefined>;
}): { prepare: Preparer; size: number; close(): Promise<void> } {
  const pool = createWorkerPool<PrepareInput, PreparedDocument>({
    size: options.size,
    module: new URL('./prepare-worker.ts', import.meta.url),
    workerData: { env: options.env, prompts: loadPrompts() } satisfies PrepareWorkerData,
    // pdf.js loads its own worker script by path, so pdf-parse stays in node_modules.
    external: ['pdf-parse'],
  });
  return { prepare: (input) => pool.run(input), size: pool.size, close: () => pool.close() };
}
