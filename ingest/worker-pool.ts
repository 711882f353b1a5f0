import { Worker, parentPort } from 'node:worker_threads';
import { createRequire, builtinModules } from 'node:module';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A fixed number of worker threads running one module, each doing one task at a time, all
 * started at creation. Tasks queue in order. A task that throws in its worker rejects with the
 * worker's one-line message; a worker that dies (uncaught error, out of memory, `process.exit`)
 * rejects the task it held with the reason and is replaced when there is more work, so one bad
 * input never stops the pool.
 */
export interface WorkerPool<Input, Output> {
  readonly size: number;
  run(input: Input): Promise<Output>;
  /** Stops every worker; queued tasks reject. */
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  size: number;
  /** The worker's module; it calls `answerTasks`. May be TypeScript (see workerScript). */
  module: URL;
  /** Given to every worker as `workerData` (structured-cloned). */
  workerData?: unknown;
  /**
   * Packages the worker imports from node_modules instead of carrying in its bundle (one that
   * loads files of its own by path, as pdf.js does its worker script).
   */
  external?: string[];
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
 * runs its own hooks thread and compiles the module graph again. So the module is bundled with
 * esbuild (tsx's own compiler), packages included except `external`, minified, into a file in
 * the temp dir that workers load as plain JavaScript: one file to compile instead of hundreds of
 * package modules to resolve (docs/decisions/0011-ingest-main-thread.md). The bundle is reused
 * while every file it was built from keeps its size and modification time. Without esbuild,
 * the tsx registration is the fallback.
 */
function workerScript(module: URL, external: string[]): { script: string | URL; eval: boolean } {
  try {
    return { script: bundle(module, external), eval: false };
  } catch {
    const tsx = import.meta.resolve('tsx/esm/api');
    return {
      script: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`,
      eval: true,
    };
  }
}

/** What a bundle was built from: each input file's absolute path, size and modification time. */
interface BundleStamp {
  bundle: string;
  inputs: [path: string, size: number, mtimeMs: number][];
}

function bundle(module: URL, external: string[]): URL {
  const entry = fileURLToPath(module);
  const dir = join(tmpdir(), 'policyqa-workers');
  const stem = basename(entry).replace(/\.ts$/, '');
  const key = createHash('sha256')
    .update(JSON.stringify([entry, external, process.version]))
    .digest('hex')
    .slice(0, 16);
  const stampFile = join(dir, `${stem}-${key}.json`);
  const reused = reusableBundle(stampFile);
  if (reused) {
    // Modification time is last use: what no checkout has used for a week is removed (below).
    markUsed([reused, stampFile]);
    return pathToFileURL(reused);
  }

  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const cwd = process.cwd();
  const built = esbuild.buildSync({
    entryPoints: [entry],
    absWorkingDir: cwd,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    minify: true,
    // Bundled CommonJS packages call require(), which an ES module does not have.
    banner: {
      js: "import { createRequire as __workerRequire } from 'node:module'; const require = __workerRequire(import.meta.url);",
    },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  let code = built.outputFiles[0].text;
  // The bundle lives in the temp dir, where bare imports would not find node_modules: point
  // each package import left out of it at the file it resolves to from here.
  const externals = new Set(
    Object.values(built.metafile.outputs).flatMap((o) =>
      o.imports.filter((i) => i.external).map((i) => i.path),
    ),
  );
  for (const name of externals) {
    if (name.startsWith('node:') || builtinModules.includes(name)) continue;
    const quoted = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    code = code.replace(
      new RegExp(`(\\bfrom\\s*|\\bimport\\s*\\(\\s*|\\bimport\\s*)${quoted}`, 'g'),
      `$1${JSON.stringify(import.meta.resolve(name))}`,
    );
  }
  const file = join(
    dir,
    `${stem}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`,
  );
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file)) writeAtomically(file, code);
  const stamp: BundleStamp = {
    bundle: file,
    inputs: Object.keys(built.metafile.inputs).map((input) => {
      const path = resolve(cwd, input);
      const stat = statSync(path);
      return [path, stat.size, stat.mtimeMs];
    }),
  };
  writeAtomically(stampFile, JSON.stringify(stamp));
  markUsed([file]);
  removeUnused(dir, Date.now() - BUNDLE_UNUSED_MS);
  return pathToFileURL(file);
}

/** How long a bundle or stamp no run has used stays in the temp dir. */
export const BUNDLE_UNUSED_MS = 7 * 24 * 3_600_000;

function markUsed(files: string[]) {
  const now = new Date();
  for (const file of files) {
    try {
      utimesSync(file, now, now);
    } catch {
      // Another process removed or replaced it; the next run rebuilds.
    }
  }
}

/**
 * Removes the bundles and stamps in `dir` last used before `before` (milliseconds since the
 * epoch): every checkout and source change leaves its own, and nothing else cleans the temp dir.
 */
export function removeUnused(dir: string, before: number): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!/-[0-9a-f]{16}\.(?:mjs|json)$/.test(name)) continue;
    const file = join(dir, name);
    try {
      if (statSync(file).mtimeMs >= before) continue;
      rmSync(file, { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

/** The bundle a stamp names, if it exists and none of its inputs changed since; else null. */
function reusableBundle(stampFile: string): string | null {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as BundleStamp;
    if (!existsSync(stamp.bundle)) return null;
    for (const [path, size, mtimeMs] of stamp.inputs) {
      const stat = statSync(path);
      if (stat.size !== size || stat.mtimeMs !== mtimeMs) return null;
    }
    return stamp.bundle;
  } catch {
    return null;
  }
}

function writeAtomically(file: string, text: string) {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

export function createWorkerPool<Input, Output>(
  options: WorkerPoolOptions,
): WorkerPool<Input, Output> {
  const size = Math.max(1, Math.floor(options.size));
  const { script, eval: isCode } = workerScript(options.module, options.external ?? []);
  const queue: Pending<Input, Output>[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending<Input, Output>>();
  let workers = 0;
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

  function dispatch() {
    while (queue.length > 0 && !closed) {
      if (idle.length === 0) {
        if (workers >= size) return;
        spawn();
        continue;
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
