import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** Runs wrangler (the pinned devDependency) the way the docs tell people to: no login, no network. */
export const ROOT = join(import.meta.dirname, '..', '..');
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const PROXY_GUARD = pathToFileURL(join(import.meta.dirname, 'hyperdrive-proxy-guard.mjs')).href;

/** Quiet and non-interactive: no metrics, no update check, no prompts. */
export function wranglerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    CI: 'true',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Bundle {
  dir: string;
  /** The Worker script (`entry-workers.js`). */
  script: string;
  bytes: number;
  gzipBytes: number;
  /** Every module wrangler put in the bundle, from the source map. */
  sources: string[];
  /** Non-JS modules uploaded beside the script (the prompt texts). */
  modules: string[];
  output: string;
}

/** `wrangler deploy --dry-run --outdir <dir>`: bundles exactly what a deploy would upload, offline. */
export async function buildBundle(outdir: string): Promise<Bundle> {
  const output = await run(
    process.execPath,
    [WRANGLER, 'deploy', '--dry-run', '--outdir', outdir],
    120_000,
  );
  const files = readdirSync(outdir);
  const scriptName = files.find((f) => f.endsWith('.js'));
  if (!scriptName) throw new Error(`no script in ${outdir}: ${files.join(', ')}\n${output}`);
  const script = join(outdir, scriptName);
  const code = readFileSync(script);
  const map = JSON.parse(readFileSync(`${script}.map`, 'utf8')) as { sources: string[] };
  return {
    dir: outdir,
    script,
    bytes: statSync(script).size,
    gzipBytes: gzipSync(code).length,
    sources: map.sources,
    modules: files.filter((f) => !f.endsWith('.js') && !f.endsWith('.map') && f !== 'README.md'),
    output,
  };
}

export interface WranglerDev {
  url: string;
  /** Everything wrangler and the Worker printed so far (for failure messages and log assertions). */
  logs(): string;
  /** Stops wrangler and workerd (the whole process group). */
  stop(): Promise<void>;
}

/**
 * Starts `wrangler dev` on a free port and resolves once the Worker answers `/openapi.json`.
 * `script` overrides wrangler.toml's `main`; `vars` become `--var KEY:VALUE`.
 */
export async function startWranglerDev(options: {
  script?: string;
  vars?: Record<string, string>;
  env?: Record<string, string>;
  persistTo: string;
  timeoutMs?: number;
}): Promise<WranglerDev> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const args = [WRANGLER, 'dev'];
  if (options.script) args.push(options.script);
  args.push(
    '--port',
    String(port),
    '--ip',
    '127.0.0.1',
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    options.persistTo,
    '--show-interactive-dev-session=false',
    '--log-level',
    'log',
  );
  for (const [key, value] of Object.entries(options.vars ?? {}))
    args.push('--var', `${key}:${value}`);
  // The local Hyperdrive proxy dies on a socket reset (see hyperdrive-proxy-guard.mjs).
  const hyperdriveUrl = options.env?.CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE;
  const guard = {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${PROXY_GUARD}`.trim(),
    POLICY_QA_GUARD_PORTS: hyperdriveUrl ? new URL(hyperdriveUrl).port || '5432' : '',
  };
  // detached: its own process group, so stop() reaches workerd too.
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: wranglerEnv({ ...guard, ...options.env }),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stdout!.on('data', (d: Buffer) => (logs += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (logs += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const dev: WranglerDev = {
    url: `http://127.0.0.1:${port}`,
    logs: () => logs,
    async stop() {
      await stopGroup(child, exited);
      // Resets the guard absorbed would have killed wrangler: say so rather than hide them.
      const resets = logs.match(/\[hyperdrive-proxy-guard\].*/g);
      if (resets)
        console.warn(
          `[workers] wrangler dev's Hyperdrive proxy saw ${resets.length} socket error(s): ${[...new Set(resets)].join('; ')}`,
        );
    },
  };

  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`wrangler dev exited with ${child.exitCode}:\n${logs}`);
    try {
      const response = await fetch(`${dev.url}/openapi.json`, {
        signal: AbortSignal.timeout(5000),
      });
      if (response.ok) return dev;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await dev.stop();
  throw new Error(`wrangler dev did not answer within ${options.timeoutMs ?? 90_000} ms:\n${logs}`);
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const killed = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000)),
  ]);
  if (!killed) {
    signal('SIGKILL');
    await exited;
  }
  // workerd may outlive wrangler for a moment; make sure the group is gone.
  signal('SIGKILL');
}

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: wranglerEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`wrangler ${args.slice(1).join(' ')} exited with ${code}:\n${output}`));
    });
  });
}
