import { basename } from 'node:path';
import type { IngestResult } from './pipeline.ts';
import type { createIngester } from './pipeline.ts';
import { collectJobs, readJobBytes, type IngestJob } from './walk.ts';

export interface IngestPathsOptions {
  replace?: boolean;
  dryRun?: boolean;
  /**
   * Documents in flight at once (default 1: one after the other). With a worker pool behind the
   * ingester, about twice the pool's size keeps every worker fed while finished documents are
   * being written; each document is still its own transaction.
   */
  concurrency?: number;
  onStart?: (total: number) => void;
  /** Called as each document finishes, in the order they finish; `done` counts them. */
  onResult?: (result: IngestResult, done: number, total: number) => void;
}

/**
 * Ingests files and directories, each document its own transaction, reporting progress after
 * each. A failure is recorded and the other files proceed. Results come back in the order of the
 * files (directories walked in name order), whatever order they finished in.
 */
export async function ingestPaths(
  ingester: ReturnType<typeof createIngester>,
  paths: string[],
  options: IngestPathsOptions = {},
): Promise<IngestResult[]> {
  const jobs = await collectJobs(paths);
  options.onStart?.(jobs.length);
  const results: IngestResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const index = next++;
      const result = await ingestJob(ingester, jobs[index], options);
      results[index] = result;
      options.onResult?.(result, ++done, jobs.length);
    }
  };
  const lanes = Math.max(1, Math.min(jobs.length, Math.floor(options.concurrency ?? 1)));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}

async function ingestJob(
  ingester: ReturnType<typeof createIngester>,
  job: IngestJob,
  options: IngestPathsOptions,
): Promise<IngestResult> {
  let result: IngestResult;
  try {
    const bytes = await readJobBytes(job);
    result = await ingester.ingest({
      bytes,
      fileName: basename(job.path),
      metadata: job.manifest,
      replace: options.replace,
      dryRun: options.dryRun,
    });
  } catch (error) {
    result = {
      file: job.path,
      id: null,
      status: 'failed',
      chunks: 0,
      targets: 0,
      pages: null,
      characters: 0,
      ms: 0,
      error: (error as Error).message,
    };
  }
  result.file = job.path;
  if (result.error && !result.error.includes(basename(job.path)))
    result.error = `${basename(job.path)}: ${result.error}`;
  return result;
}
