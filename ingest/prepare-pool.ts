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
 * `jobs` lanes that prepare documents (load → chunk → embed → extract targets) for an ingester
 * in the main thread, which keeps the hash check and the database writes. With `inThread`, the
 * main thread is one of the lanes (so `jobs - 1` workers start), taking files from the same
 * queue whenever every worker is busy; without it, `jobs` workers. A file that crashes its
 * worker fails alone: the worker is replaced.
 */
export function createPreparePool(options: {
  jobs: number;
  env: Record<string, string | undefined>;
  /** This thread's preparer (same configuration as the workers'), when it takes files too. */
  inThread?: Preparer;
}): { prepare: Preparer; jobs: number; workers: number; close(): Promise<void> } {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const pool = createWorkerPool<PrepareInput, PreparedDocument>({
    size: options.inThread ? jobs - 1 : jobs,
    module: new URL('./prepare-worker.ts', import.meta.url),
    workerData: { env: options.env, prompts: loadPrompts() } satisfies PrepareWorkerData,
    // pdf.js loads its own worker script by path, so pdf-parse stays in node_modules.
    external: ['pdf-parse'],
    inThread: options.inThread,
  });
  return {
    prepare: (input) => pool.run(input),
    jobs,
    workers: pool.size,
    close: () => pool.close(),
  };
}
