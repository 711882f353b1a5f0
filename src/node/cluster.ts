import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../logger.ts';

/**
 * The primary of `WEB_CONCURRENCY` > 1: forks the workers (each runs src/entry-node.ts again,
 * with its own database pool, and shares the listening port through node:cluster), restarts a
 * worker that dies (at most `maxRestarts` within `restartWindowMs`, so a worker that cannot
 * start does not fork forever), and on SIGTERM/SIGINT passes SIGTERM to every worker, waits for
 * them to finish their requests, and exits — forcibly after `shutdownTimeoutMs`.
 */
export interface PrimaryOptions {
  workers: number;
  logger: Logger;
  shutdownTimeoutMs: number;
  maxRestarts?: number;
  restartWindowMs?: number;
  /** process.exit, injectable for tests. */
  exit?: (code: number) => void;
}

export function runPrimary(options: PrimaryOptions): {
  shutdown(reason: string, code?: number): void;
} {
  const log = options.logger;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const maxRestarts = options.maxRestarts ?? 5;
  const restartWindowMs = options.restartWindowMs ?? 60_000;
  const live = new Set<Worker>();
  const restarts: number[] = [];
  let stopping = false;
  let exitCode = 0;

  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (stopping) {
        // A worker still starting has no handler yet, and SIGTERM ends it outright: that is a
        // clean stop too; anything else (a crash while draining) makes the exit code 1.
        if (code !== 0 && signal !== 'SIGTERM') exitCode = 1;
        if (live.size === 0) {
          log.info('stopped', { workers: options.workers });
          exit(exitCode);
        }
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && restarts[0] < now - restartWindowMs) restarts.shift();
      if (restarts.length > maxRestarts) {
        log.error('workers keep exiting; stopping the server', {
          pid: worker.process.pid,
          code,
          signal,
          restarts: restarts.length,
          window_s: restartWindowMs / 1000,
        });
        shutdown('restart limit', 1);
        return;
      }
      log.error('worker exited; starting another', { pid: worker.process.pid, code, signal });
      fork();
    });
  };

  const shutdown = (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    log.info('shutting down', { signal: reason, workers: live.size });
    if (live.size === 0) return exit(exitCode);
    // Each worker stops accepting, finishes its requests and background jobs, closes its pool.
    for (const worker of live) worker.process.kill('SIGTERM');
    setTimeout(() => {
      log.error(`forced exit after ${options.shutdownTimeoutMs / 1000} s`, {
        workers_left: live.size,
      });
      for (const worker of live) worker.process.kill('SIGKILL');
      exit(1);
    }, options.shutdownTimeoutMs).unref();
  };

  for (let i = 0; i < options.workers; i++) fork();
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  return { shutdown };
}
