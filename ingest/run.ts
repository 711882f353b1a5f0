import { basename } from 'node:path';
import type { IngestResult } from './pipeline.ts';
import type { createIngester } from './pipeline.ts';
import { collectJobs, readJobBytes } from './walk.ts';

/**
 * Ingests files and directories one document at a time (each its own transaction), reporting
 * progress after each. A failure is recorded and the next file proceeds.
 */
export async function ingestPaths(
  ingester: ReturnType<typeof createIngester>,
  paths: string[],
  options: { replace?: boolean; dryRun?: boolean; onStart?: (total: number) => void; onResult?: (result: IngestResult, done: number, total: number) => void } = {},
): Promise<IngestResult[]> {
  const jobs = await collectJobs(paths);
  options.onStart?.(jobs.length);
  const results: IngestResult[] = [];
  for (const job of jobs) {
    let result: IngestResult;
    try {
      const bytes = await readJobBytes(job);
      result = await ingester.ingest({ bytes, fileName: basename(job.path), metadata: job.manifest, replace: options.replace, dryRun: options.dryRun });
    } catch (error) {
      result = { file: job.path, id: null, status: 'failed', chunks: 0, targets: 0, pages: null, characters: 0, ms: 0, error: (error as Error).message };
    }
    result.file = job.path;
    if (result.error && !result.error.includes(basename(job.path))) result.error = `${basename(job.path)}: ${result.error}`;
    results.push(result);
    options.onResult?.(result, results.length, jobs.length);
  }
  return results;
}
