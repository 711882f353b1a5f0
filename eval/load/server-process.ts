import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * `npm start` as a child process for `npm run load -- --start --web-concurrency N` and
 * `--compare-concurrency`: the real entry (src/entry-node.ts) with its cluster, on a free port,
 * rate limit off, seeding the sample corpus into an empty database. Resolves once /healthz
 * answers 200 with documents; `close()` sends SIGTERM and waits for the exit.
 */

const ROOT = join(import.meta.dirname, '..', '..');

export interface ServerProcess {
  url: string;
  /** WEB_CONCURRENCY as passed (undefined: the server's default). */
  webConcurrency?: number;
  close(): Promise<number | null>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startServerProcess(options: {
  webConcurrency?: number;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    PORT: String(port),
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
  };
  if (options.webConcurrency === undefined) delete env.WEB_CONCURRENCY;
  else env.WEB_CONCURRENCY = String(options.webConcurrency);
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'entry-node.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  for (;;) {
    if (exitCode !== undefined)
      throw new Error(`the server exited with code ${exitCode} before it was ready`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready within ${(options.timeoutMs ?? 300_000) / 1000} s`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      const body = (await response.json()) as { documents?: number };
      if (response.ok && (body.documents ?? 0) > 0) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    webConcurrency: options.webConcurrency,
    async close() {
      if (exitCode === undefined) child.kill('SIGTERM');
      return exited;
    },
  };
}
