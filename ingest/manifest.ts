/**
 * The corpus manifest contract (`manifest.json`, and the same fields on an upload form): parse
 * and validate entries, match files to entries, and lay an entry over the metadata detected from
 * a document's text (ingest/metadata.ts).
 */
import { z } from 'zod';
import { canonicalRegion } from '../src/text/regions.ts';
import { levelForRegion, type DetectedMetadata } from './metadata.ts';
import { isCalendarDate } from '../src/text/dates.ts';
import { DOCUMENT_KINDS, detectKind } from '../src/documents/kind.ts';

const absentIfEmpty = (value: unknown) => (value === null || value === '' ? undefined : value);
const optionalText = z.preprocess(absentIfEmpty, z.string().trim().min(1).optional());

/** One entry of `manifest.json`. Unknown extra fields are kept, not rejected. */
export const ManifestEntrySchema = z
  .object({
    id: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .refine((id) => !/[/\\]/.test(id), 'must not contain "/" or "\\"'),
    file: optionalText,
    title: optionalText,
    issuer: optionalText,
    doc_number: optionalText,
    date: z.preprocess(
      absentIfEmpty,
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
        .refine((value) => isCalendarDate(value), 'not a calendar date')
        .optional(),
    ),
    // Any alias ("内蒙古", "Inner Mongolia Autonomous Region") becomes the canonical name.
    region: optionalText.transform((region) =>
      region === undefined ? undefined : canonicalRegion(region),
    ),
    level: z.preprocess(absentIfEmpty, z.enum(['national', 'provincial', 'municipal']).optional()),
    sectors: z.preprocess(
      absentIfEmpty,
      z.array(z.string().trim().toLowerCase().min(1)).optional(),
    ),
    language: z.preprocess(absentIfEmpty, z.enum(['en', 'zh']).optional()),
    kind: z.preprocess(
      absentIfEmpty,
      z.enum(DOCUMENT_KINDS, { error: `expected one of ${DOCUMENT_KINDS.join(', ')}` }).optional(),
    ),
    // Only web links: a manifest must not smuggle javascript:, data: or file: URLs into the UI.
    url: z.preprocess(absentIfEmpty, z.url({ protocol: /^https?$/ }).optional()),
  })
  .loose();

export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

/**
 * Validates a parsed `manifest.json`: an array of entries, or an object whose `documents` is
 * that array. Throws an Error naming `source`, the entry index and the field for the first
 * malformed entry, and for duplicate ids or files.
 */
export function parseManifest(json: unknown, source: string): ManifestEntry[] {
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' &&
        json !== null &&
        Array.isArray((json as { documents?: unknown }).documents)
      ? (json as { documents: unknown[] }).documents
      : null;
  if (list === null)
    throw new Error(
      `${source}: expected an array of entries or an object with a "documents" array`,
    );

  const entries: ManifestEntry[] = [];
  const idIndex = new Map<string, number>();
  const fileIndex = new Map<string, number>();
  list.forEach((item, index) => {
    const result = ManifestEntrySchema.safeParse(item);
    if (!result.success) {
      const problems = result.error.issues.map((issue) =>
        issue.path.length === 0
          ? issue.message
          : `field "${issue.path.join('.')}": ${issue.message}`,
      );
      throw new Error(`${source}: entry ${index}: ${problems.join('; ')}`);
    }
    const entry = result.data;
    const sameId = idIndex.get(entry.id);
    if (sameId !== undefined)
      throw new Error(
        `${source}: entry ${index}: field "id": duplicate id "${entry.id}" (also entry ${sameId})`,
      );
    idIndex.set(entry.id, index);
    if (entry.file) {
      const sameFile = fileIndex.get(normalizePath(entry.file));
      if (sameFile !== undefined)
        throw new Error(
          `${source}: entry ${index}: field "file": "${entry.file}" is already used by entry ${sameFile}`,
        );
      fileIndex.set(normalizePath(entry.file), index);
    }
    entries.push(entry);
  });
  return entries;
}

/** Forward slashes, no leading "./", NFC (macOS hands out NFD file names). */
function normalizePath(path: string): string {
  return path
    .normalize('NFC')
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^(?:\.\/)+/, '');
}

/**
 * The entry for a file, given its path relative to the manifest's directory: the entry whose
 * `file` is that path, else an entry without `file` whose `id` is the file name without its
 * extension. (An entry that names a file belongs to that file only.)
 */
export function matchManifestEntry(
  entries: ManifestEntry[],
  relativePath: string,
): ManifestEntry | undefined {
  const path = normalizePath(relativePath);
  const byFile = entries.find(
    (entry) => entry.file !== undefined && normalizePath(entry.file) === path,
  );
  if (byFile) return byFile;
  const stem = (path.split('/').pop() ?? path).replace(/\.[^.]*$/, '');
  return entries.find((entry) => entry.file === undefined && entry.id === stem);
}

/**
 * Detected metadata overridden by whatever the entry states; a region stated without a level
 * brings its own level (a national-looking notice filed as Guangdong's is provincial).
 */
export function applyManifestEntry(
  detected: DetectedMetadata,
  entry: Partial<ManifestEntry> | undefined,
): DetectedMetadata {
  if (!entry) return detected;
  // An upload form's fields arrive as typed ("广东", "Transport"): filed as a manifest's are.
  const region = entry.region !== undefined ? canonicalRegion(entry.region) : detected.region;
  return {
    title: entry.title ?? detected.title,
    date: entry.date ?? detected.date,
    issuer: entry.issuer ?? detected.issuer,
    doc_number: entry.doc_number ?? detected.doc_number,
    region,
    level: entry.level ?? (entry.region ? levelForRegion(region) : detected.level),
    language: entry.language ?? detected.language,
    sectors: entry.sectors?.map((sector) => sector.toLowerCase()) ?? detected.sectors,
    // A stated kind wins; a stated title names the kind the detected title may not.
    kind: entry.kind ?? (entry.title ? detectKind(entry.title) : detected.kind),
  };
}
