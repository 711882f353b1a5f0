import { Worker, parentPort } from 'node:worker_threads';
import { createRequire, builtinModules } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A fixed number of worker threads running one module, each doing one task at a time, all
 * started at creation, and optionally the calling thread as one more lane on the same queue.
 * Tasks queue in order. A task that throws in its worker rejects with the worker's one-line
 * message; a worker that dies (uncaught error, out of memory, `process.exit`) rejects the task
 * it held with the reason and is replaced when there is more work, so one bad input never stops
 * the pool.
 */
export interface WorkerPool<Input, Output> {
  /** Worker threads (the calling thread's lane not counted). */
  readonly size: number;
  run(input: Input): Promise<Output>;
  /** Stops every worker; queued tasks reject. */
  close(): Promise<void>;
}

export interface WorkerPoolOptions<Input = unknown, Output = unknown> {
  size: number;
  /** The worker's module; it calls `answerTasks`. May be TypeScript (see workerScript). */
  module: URL;
  /** Given to every worker as `workerData` (structured-cloned). */
  workerData?: unknown;
  /**
   * The calling thread's lane: when set, this thread also takes tasks from the queue, one at a
   * time, whenever no worker is idle; the handler must give what the worker module would.
   */
  inThread?: (input: Input) => Promise<Output>;
}

type Reply<Output> = { ok: true; value: Output } | { ok: false; error: string };

interface Pending<Input, Output> {
  input: Input;
  resolve: (value: Output) => void;
  reject: (error: Error) => void;
}

/**
 * How a worker loads a TypeScript module. The app runs under tsx, but a worker does not inherit
 * tsx's module hooks, and `execArgv: ['--import', 'tsx']` does not help on Node 20 (tsx#354:
 * "Unknown file extension .ts"). Registering tsx inside each worker works, but every worker then
 * runs its own hooks thread and compiles the module graph again: measured here, two such workers
 * took 16 s to answer their first task where one took 4.5 s. So the module is bundled once with
 * esbuild (tsx's own compiler; about 0.2 s), packages left as imports resolved from here, into a
 * content-addressed file in the temp dir that workers load as plain JavaScript. Without esbuild,
 * the tsx registration is the fallback.
 */
function workerScript(module: URL): { script: string | URL; eval: boolean } {
  try {
    return { script: bundle(module), eval: false };
  } catch {
    const tsx = import.meta.resolve('tsx/esm/api');
    return {
      script: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`,
      eval: true,
    };
  }
}

function bundle(module: URL): URL {
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const built = esbuild.buildSync({
    entryPoints: [fileURLToPath(module)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  let code = built.outputFiles[0].text;
  // The bundle lives in the temp dir, where bare imports would not find node_modules: point
  // each package import at the file it resolves to from here.
  const externals = new Set(
    Object.values(built.metafile.outputs).flatMap((o) =>
      o.imports.filter((i) => i.external).map((i) => i.path),
    ),
  );
  for (const name of externals) {
    if (name.startsWith('node:') || builtinModules.includes(name)) continue;
    const quoted = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    code = code.replace(
      new RegExp(`(\\bfrom\\s*|\\bimport\\s*\\(\\s*|\\bimport\\s+)${quoted}`, 'g'),
      `$1${JSON.stringify(import.meta.resolve(name))}`,
    );
  }
  const dir = join(tmpdir(), 'policyqa-workers');
  const file = join(
    dir,
    `${basename(fileURLToPath(module)).replace(/\.ts$/, '')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`,
  );
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return pathToFileURL(file);
}

export function createWorkerPool<Input, Output>(
  options: WorkerPoolOptions<Input, Output>,
): WorkerPool<Input, Output> {
  const inThread = options.inThread;
  // Workers may be none only when the calling thread takes tasks itself.
  const size = Math.max(inThread ? 0 : 1, Math.floor(options.size));
  const { script, eval: isCode } = workerScript(options.module);
  const queue: Pending<Input, Output>[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending<Input, Output>>();
  let workers = 0;
  let inThreadBusy = false;
  let closed = false;

  function spawn() {
    const worker = new Worker(script, { eval: isCode, workerData: options.workerData });
    workers++;
    let lastError: Error | null = null;
    worker.on('message', (reply: Reply<Output>) => {
      const task = busy.get(worker);
      if (!task) return;
      busy.delete(worker);
      if (reply.ok) task.resolve(reply.value);
      else task.reject(new Error(reply.error));
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => (lastError = error));
    worker.on('exit', (code) => {
      workers--;
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      const task = busy.get(worker);
      busy.delete(worker);
      if (task) {
        const reason = lastError ? firstLine(lastError.message) : `exit code ${code}`;
        task.reject(new Error(`its worker thread stopped (${reason})`));
      }
      if (!closed) dispatch();
    });
    idle.push(worker);
  }

  function runInThread(task: Pending<Input, Output>) {
    inThreadBusy = true;
    // Started from a microtask, so the dispatch that chose it (inside `run`) returns first.
    Promise.resolve()
      .then(() => inThread!(task.input))
      .then(task.resolve, (error: unknown) =>
        task.reject(new Error(firstLine(error instanceof Error ? error.message : String(error)))),
      )
      .finally(() => {
        inThreadBusy = false;
        dispatch();
      });
  }

  function dispatch() {
    while (queue.length > 0 && !closed) {
      if (idle.length === 0) {
        if (workers < size) {
          spawn();
          continue;
        }
        // Every worker is busy: this thread takes the next task if it is free.
        if (inThread && !inThreadBusy) {
          runInThread(queue.shift()!);
          continue;
        }
        return;
      }
      const worker = idle.shift()!;
      const task = queue.shift()!;
      busy.set(worker, task);
      worker.postMessage(task.input);
    }
  }

  // Start every worker now: loading the modules takes a worker seconds (pdf.js, LangChain, zod),
  // which overlaps whatever the caller does next (opening the database, walking directories).
  for (let i = 0; i < size; i++) spawn();

  return {
    size,
    run(input) {
      if (closed) return Promise.reject(new Error('the worker pool is closed'));
      return new Promise<Output>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        dispatch();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('the worker pool is closed'));
      const all = [...idle, ...busy.keys()];
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}

/**
 * The worker side: answers each task the pool sends with `handler`'s result, or with its error's
 * first line. Call once at the top of a worker module.
 */
export function answerTasks<Input, Output>(handler: (input: Input) => Promise<Output>): void {
  if (!parentPort) throw new Error('answerTasks runs in a worker thread');
  const port = parentPort;
  port.on('message', (input: Input) => {
    handler(input).then(
      (value) => port.postMessage({ ok: true, value } satisfies Reply<Output>),
      (error: unknown) =>
        port.postMessage({
          ok: false,
          error: firstLine(error instanceof Error ? error.message : String(error)),
        } satisfies Reply<Output>),
    );
  });
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
