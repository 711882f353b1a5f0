import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, dirname, basename, resolve } from 'node:path';
import { parseManifest, matchManifestEntry, type ManifestEntry } from './manifest.ts';
import { SUPPORTED_EXTENSIONS } from './loaders/index.ts';

/** A file to ingest, with the manifest entry (if any) that describes it. */
export interface IngestJob {
  path: string;
  manifest?: ManifestEntry;
}

/**
 * Expands files and directories (recursively) into ingest jobs. In each directory, a
 * `manifest.json` gives metadata for the files below it; entries match by `file` (relative to
 * the manifest), else by `id` = file name without extension. Hidden files, and files with
 * extensions no loader reads, are skipped in directories (a named file is always attempted,
 * so an unsupported one is reported rather than silently ignored).
 */
export async function collectJobs(paths: string[]): Promise<IngestJob[]> {
  const jobs: IngestJob[] = [];
  for (const p of paths) {
    const full = resolve(p);
    const info = await stat(full).catch(() => null);
    if (!info) {
      jobs.push({ path: full });
      continue;
    }
    if (info.isDirectory()) await walk(full, [], jobs);
    else {
      const manifests = await manifestsAbove(full);
      jobs.push({ path: full, manifest: findEntry(manifests, full) });
    }
  }
  return jobs;
}

interface LoadedManifest {
  dir: string;
  entries: ManifestEntry[];
}

async function readManifest(dir: string): Promise<LoadedManifest | null> {
  const path = join(dir, 'manifest.json');
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return { dir, entries: parseManifest(json, path) };
}

async function manifestsAbove(file: string): Promise<LoadedManifest[]> {
  const manifest = await readManifest(dirname(file));
  return manifest ? [manifest] : [];
}

function findEntry(manifests: LoadedManifest[], file: string): ManifestEntry | undefined {
  for (let i = manifests.length - 1; i >= 0; i--) {
    const entry = matchManifestEntry(
      manifests[i].entries,
      relative(manifests[i].dir, file).split('\\').join('/'),
    );
    if (entry) return entry;
  }
  return undefined;
}

async function walk(dir: string, inherited: LoadedManifest[], jobs: IngestJob[]): Promise<void> {
  const own = await readManifest(dir);
  const manifests = own ? [...inherited, own] : inherited;
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, manifests, jobs);
    else if (entry.isFile() && entry.name !== 'manifest.json') {
      const ext = entry.name.slice(entry.name.lastIndexOf('.')).toLowerCase();
      if (!SUPPORTED_EXTENSIONS.includes(ext)) continue;
      jobs.push({ path: full, manifest: findEntry(manifests, full) });
    }
  }
}

export async function readJobBytes(job: IngestJob): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(job.path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      `${basename(job.path)}: ${code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`,
    );
  }
}
