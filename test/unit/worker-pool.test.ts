import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createWorkerPool, type WorkerPool } from '../../ingest/worker-pool.ts';

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

  describe('with the calling thread as one more lane', () => {
    it('shares one queue: the thread takes a task only while every worker is busy', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const taken: string[] = [];
      pool = createWorkerPool<string, string>({
        size: 1,
        module: MODULE,
        inThread: async (input) => {
          taken.push(input);
          await gate;
          return `here ${input}`;
        },
      });
      expect(pool.size).toBe(1);
      const answers = ['a', 'b', 'c', 'd', 'e'].map((x) => pool!.run(x));
      // The worker (still starting) holds a; the thread takes b and keeps it until released, so
      // c, d and e wait for the worker.
      const [c, d, e] = await Promise.all(answers.slice(2));
      expect([c, d, e]).toEqual(['c', 'd', 'e'].map((x) => `done ${x} (TypeScript: string)`));
      expect(taken).toEqual(['b']);
      release();
      expect(await Promise.all(answers.slice(0, 2))).toEqual([
        'done a (TypeScript: string)',
        'here b',
      ]);
    });

    it('with no worker, answers everything in this thread, one task at a time', async () => {
      let running = 0;
      let most = 0;
      pool = createWorkerPool<string, string>({
        size: 0,
        module: MODULE,
        inThread: async (input) => {
          most = Math.max(most, ++running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running--;
          return `here ${input}`;
        },
      });
      expect(pool.size).toBe(0);
      expect(await Promise.all(['a', 'b', 'c'].map((x) => pool!.run(x)))).toEqual([
        'here a',
        'here b',
        'here c',
      ]);
      expect(most).toBe(1);
    });

    it("fails only the task this thread's handler threw on, with the first line", async () => {
      pool = createWorkerPool<string, string>({
        size: 0,
        module: MODULE,
        inThread: (input) => {
          if (input === 'throw') throw new Error('cannot read this one\nmore');
          return Promise.resolve(`here ${input}`);
        },
      });
      const settled = await Promise.allSettled(['a', 'throw', 'b'].map((x) => pool!.run(x)));
      expect(
        settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message)),
      ).toEqual(['here a', 'cannot read this one', 'here b']);
    });

    it('replaces a dying worker while the thread keeps taking tasks', async () => {
      pool = createWorkerPool<string, string>({
        size: 1,
        module: MODULE,
        inThread: async (input) => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          return `here ${input}`;
        },
      });
      const inputs = ['exit', 'a', 'b', 'c', 'd', 'e', 'f'];
      const settled = await Promise.allSettled(inputs.map((x) => pool!.run(x)));
      const outcome = settled.map((s) =>
        s.status === 'fulfilled' ? s.value : (s.reason as Error).message,
      );
      expect(outcome[0]).toBe('its worker thread stopped (exit code 3)');
      for (const [i, x] of inputs.entries())
        if (i > 0) expect([`here ${x}`, `done ${x} (TypeScript: string)`]).toContain(outcome[i]);
      // A replacement worker answers once the thread is busy.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      await pool.close();
      pool = createWorkerPool<string, string>({
        size: 1,
        module: MODULE,
        inThread: async (input) => {
          await gate;
          return `here ${input}`;
        },
      });
      const held = pool.run('exit');
      const mine = pool.run('held');
      await expect(held).rejects.toThrow('its worker thread stopped (exit code 3)');
      expect(await pool.run('g')).toBe('done g (TypeScript: string)');
      release();
      expect(await mine).toBe('here held');
    }, 60_000);
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
});
