import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { AdminStore, DocumentStore, TargetStore } from '../src/store.ts';
import type { TargetExtractor } from '../src/targets/extractor.ts';
import { extractDocumentTargets } from './document-targets.ts';

/**
 * Whole-corpus maintenance: re-embedding with another model, re-extracting targets after the
 * extractor improved. Each document is its own transaction, so an interruption leaves every
 * document either old or new, never half.
 */
export async function reembedAll(
  store: DocumentStore & AdminStore,
  embeddings: EmbeddingsInterface,
  model: { model: string; dimensions: number },
): Promise<number> {
  await store.resizeEmbeddings(model.dimensions);
  let total = 0;
  for (const document of await store.listDocuments()) {
    const full = await store.getDocument(document.id);
    if (!full) continue;
    const texts = full.chunks.map((c) => full.text.slice(c.start, c.end));
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += 64)
      vectors.push(...(await embeddings.embedDocuments(texts.slice(i, i + 64))));
    await store.updateEmbeddings(
      full.chunks.map((c, i) => ({ id: c.chunk_id, embedding: vectors[i] })),
    );
    total += texts.length;
  }
  await store.setMeta('embedding_model', model.model);
  await store.setMeta('embedding_dimensions', String(model.dimensions));
  return total;
}

export async function reextractAll(
  store: DocumentStore & TargetStore,
  extractTargets: TargetExtractor,
): Promise<number> {
  let total = 0;
  for (const document of await store.listDocuments()) {
    const full = await store.getDocument(document.id);
    if (!full) continue;
    const targets = await extractDocumentTargets(
      extractTargets,
      full,
      full.chunks.map((c) => ({
        id: c.chunk_id,
        start: c.start,
        end: c.end,
        text: full.text.slice(c.start, c.end),
      })),
    );
    await store.replaceTargets(full.id, targets);
    total += targets.length;
  }
  return total;
}
