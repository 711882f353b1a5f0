import type { ExtractionContext, Target, ExtractedTarget } from '../src/targets/schema.ts';
import type { TargetExtractor } from '../src/targets/extractor.ts';

/** The document facts target extraction needs (a DocumentInput or a stored document). */
export interface TargetSource {
  id: string;
  region: string | null;
  level: string | null;
  date: string | null;
  language: 'en' | 'zh';
  /** The whole normalised text (chunk offsets point into it). */
  text: string;
}

/**
 * Targets of a document in document coordinates, each attached to the chunk its quote starts
 * in. Document-scope extraction runs once on the whole text; passage-scope extraction runs per
 * chunk (offsets shifted), and its targets are kept where the document-scope ones do not
 * already hold the same figure at the same place; a target found in two overlapping chunks is
 * kept once. Used at ingest and by `--reextract`.
 */
export async function extractDocumentTargets(
  extractor: TargetExtractor,
  document: TargetSource,
  chunks: { id: string; start: number; end: number; text: string }[],
): Promise<Target[]> {
  const context: ExtractionContext = {
    documentId: document.id,
    region: document.region,
    level: (document.level as ExtractionContext['level']) ?? null,
    year: document.date ? Number(document.date.slice(0, 4)) : null,
    language: document.language,
  };
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (t: ExtractedTarget, start: number, end: number, chunkId: string | undefined) => {
    const key = `${start}:${end}:${t.value}:${t.unit}:${t.target_year}`;
    const overlapping = out.some(
      (o) =>
        o.value === t.value &&
        o.unit === t.unit &&
        o.target_year === t.target_year &&
        o.start < end &&
        start < o.end,
    );
    if (seen.has(key) || overlapping || !chunkId) return;
    seen.add(key);
    out.push({ ...t, start, end, document_id: document.id, chunk_id: chunkId });
  };
  const chunkAt = (offset: number) => chunks.find((c) => c.start <= offset && offset < c.end)?.id;

  if (extractor.document) {
    for (const t of await extractor.document(document.text, context))
      add(t, t.start, t.end, chunkAt(t.start));
  }
  if (extractor.passage) {
    for (const chunk of chunks) {
      for (const t of await extractor.passage(chunk.text, context))
        add(t, chunk.start + t.start, chunk.start + t.end, chunk.id);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
