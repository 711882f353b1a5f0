import type { ExtractionContext, Target } from '../src/targets/schema.ts';
import type { TargetExtractor } from '../src/targets/extractor.ts';

/** The document facts target extraction needs (a DocumentInput or a stored document). */
export interface TargetSource {
  id: string;
  region: string | null;
  level: string | null;
  date: string | null;
  language: 'en' | 'zh';
}

/**
 * Targets of every chunk of a document, with offsets shifted from chunk to document
 * coordinates and the same target found in two overlapping chunks kept once. Used at ingest
 * and by `--reextract`.
 */
export async function extractDocumentTargets(
  extract: TargetExtractor,
  document: TargetSource,
  chunks: { id: string; start: number; text: string }[],
): Promise<Target[]> {
  const context: ExtractionContext = {
    documentId: document.id,
    region: document.region,
    level: (document.level as ExtractionContext['level']) ?? null,
    year: document.date ? Number(document.date.slice(0, 4)) : null,
    language: document.language,
  };
  const seen = new Set<string>();
  const out: Target[] = [];
  for (const chunk of chunks) {
    for (const t of await extract(chunk.text, context)) {
      const start = chunk.start + t.start;
      const end = chunk.start + t.end;
      const key = `${start}:${end}:${t.value}:${t.unit}:${t.target_year}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...t, start, end, document_id: document.id, chunk_id: chunk.id });
    }
  }
  return out;
}
