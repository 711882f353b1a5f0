import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BUNDLE_UNUSED_MS,
  createWorkerPool,
  removeUnused,
  type WorkerPool,
} from '../../ingest/worker-pool.ts';

const MODULE = new URL('../fixtures/workers/misbehaving-worker.ts', import.meta.url);

describe('createWorkerPool', () => {
  let pool: WorkerPool<string, string> | undefined;
  afterEach(async () => pool?.close());

  it('runs a TypeScript worker module and answers every task', async () => {
    pool = createWorkerPool<string, string>({ size: 2, module: MODULE });
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((x) => pool!.run(x)));
    expect(results).toEqual(['a', 'b', 'c', 'd', 'e'].map((x) => `done ${x} (TypeScript: string)`));
  });

  it('fails only the task that threw, with the first line of its message', async () => {
    pool = createWorkerPool<string, string>({ size: 1, module: MODULE });
    const settled = await Promise.allSettled(['a', 'throw', 'b'].map((x) => pool!.run(x)));
    expect(
      settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message)),
    ).toEqual([
      'done a (TypeScript: string)',
      'cannot read this one',
      'done b (TypeScript: string)',
    ]);
  });

  it('replaces a worker that dies and reports the task it held as failed, the rest still answered', async () => {
    pool = createWorkerPool<string, string>({ size: 2, module: MODULE });
    const inputs = ['a', 'exit', 'b', 'uncaught', 'c', 'd', 'exit', 'e'];
    const settled = await Promise.allSettled(inputs.map((x) => pool!.run(x)));
    const outcome = settled.map((s) =>
      s.status === 'fulfilled' ? s.value : (s.reason as Error).message,
    );
    expect(outcome).toEqual([
      'done a (TypeScript: string)',
      'its worker thread stopped (exit code 3)',
      'done b (TypeScript: string)',
      'its worker thread stopped (boom outside any task)',
      'done c (TypeScript: string)',
      'done d (TypeScript: string)',
      'its worker thread stopped (exit code 3)',
      'done e (TypeScript: string)',
    ]);
    // Still two workers' worth of capacity afterwards.
    expect(await Promise.all(['f', 'g'].map((x) => pool!.run(x)))).toEqual([
      'done f (TypeScript: string)',
      'done g (TypeScript: string)',
    ]);
  }, 60_000);

  it('rejects tasks still queued when it is closed', async () => {
    pool = createWorkerPool<string, string>({ size: 1, module: MODULE });
    const settled = Promise.allSettled([pool.run('a'), pool.run('b')]);
    await pool.close();
    const [first, queued] = await settled;
    expect(first.status).toBe('rejected');
    expect(queued).toEqual({ status: 'rejected', reason: new Error('the worker pool is closed') });
    await expect(pool.run('c')).rejects.toThrow('the worker pool is closed');
  });

  it('rebuilds the bundle it reuses when a file it was built from changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policyqa-pool-'));
    try {
      const answer = join(dir, 'answer.ts');
      const worker = join(dir, 'worker.ts');
      writeFileSync(answer, "export const ANSWER: string = 'first';\n");
      writeFileSync(
        worker,
        `import { answerTasks } from ${JSON.stringify(new URL('../../ingest/worker-pool.ts', import.meta.url).pathname)};\n` +
          "import { ANSWER } from './answer.ts';\n" +
          'answerTasks<string, string>(async (input) => `${ANSWER} ${input}`);\n',
      );
      const ask = async () => {
        const p = createWorkerPool<string, string>({ size: 1, module: pathToFileURL(worker) });
        try {
          return await p.run('x');
        } finally {
          await p.close();
        }
      };
      expect(await ask()).toBe('first x');
      expect(await ask()).toBe('first x');
      writeFileSync(answer, "export const ANSWER: string = 'second';\n");
      expect(await ask()).toBe('second x');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('removes the bundles and stamps no run has used for a week, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policyqa-bundles-'));
    try {
      const old = (Date.now() - BUNDLE_UNUSED_MS - 60_000) / 1000;
      for (const name of [
        'prepare-worker-0123456789abcdef.mjs',
        'prepare-worker-0123456789abcdef.json',
      ])
        writeFileSync(join(dir, name), '');
      for (const name of [
        'prepare-worker-0123456789abcdef.mjs',
        'prepare-worker-0123456789abcdef.json',
      ])
        utimesSync(join(dir, name), old, old);
      writeFileSync(join(dir, 'prepare-worker-fedcba9876543210.mjs'), ''); // used just now
      writeFileSync(join(dir, 'notes.txt'), ''); // not a bundle
      utimesSync(join(dir, 'notes.txt'), old, old);
      const removed = removeUnused(dir, Date.now() - BUNDLE_UNUSED_MS);
      expect(removed.sort()).toEqual([
        'prepare-worker-0123456789abcdef.json',
        'prepare-worker-0123456789abcdef.mjs',
      ]);
      expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'prepare-worker-fedcba9876543210.mjs']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
