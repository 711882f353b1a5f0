import type { ChunkRow, SearchFilters } from '../../src/domain.ts';
import type {
  CatalogueStore,
  ChunkInput,
  DocumentInput,
  DocumentStore,
  DocumentSummary,
  ScoredChunkId,
  SearchStore,
  StoredTarget,
  TargetStore,
} from '../../src/store.ts';
import type { Target } from '../../src/targets/schema.ts';
import { canonicalMetric } from '../../src/targets/metrics.ts';
import { detectKind } from '../../src/documents/kind.ts';
import { chunkTokenString } from '../../src/text/tokens.ts';
import {
  documentLexicalVector,
  queryLexicalVector,
  type SparseVector,
} from '../../src/text/lexical-vector.ts';
import { extractTargets } from '../../src/targets/rules.ts';
import { extractDocumentTargets } from '../../ingest/document-targets.ts';

/**
 * The store's documents, catalogue, search and targets ports in memory, for unit tests of the
 * retriever and the answerers. Rankings use the same measures as the SQL: cosine similarity for
 * vector lists, the inner product of lexical vectors (src/text/lexical-vector.ts) for lexical
 * ones, ties by chunk id. A chunk saved with an empty embedding is in no vector list, so a test
 * can rank by words alone. Filters mean what they mean in SQL. Target revisions (one SQL
 * statement of pairings, tested on both databases) are not faked.
 */
export type FakeStore = DocumentStore &
  CatalogueStore &
  SearchStore &
  Omit<TargetStore, 'targetRevisions'>;

interface SavedChunk {
  row: ChunkRow;
  embedding: number[];
  lexical: SparseVector;
}

interface SavedDocument {
  input: DocumentInput;
  chunks: SavedChunk[];
  targets: StoredTarget[];
  ingestedAt: number;
}

export function createFakeStore(): FakeStore {
  const documents = new Map<string, SavedDocument>();
  let version = 0;
  const allChunks = () => Array.from(documents.values()).flatMap((d) => d.chunks);
  const allTargets = () => Array.from(documents.values()).flatMap((d) => d.targets);
  const passes = (document: DocumentInput, filters: SearchFilters = {}) => {
    const year = document.date ? Number(document.date.slice(0, 4)) : null;
    const any = <T>(values: T[] | undefined, test: (v: T) => boolean) =>
      !values?.length || values.some(test);
    return (
      any(filters.regions, (r) => r === document.region) &&
      any(filters.sectors, (s) => document.sectors.includes(s)) &&
      any(filters.languages, (l) => l === document.language) &&
      any(filters.document_ids, (id) => id === document.id) &&
      (filters.year_from === undefined || (year !== null && year >= filters.year_from)) &&
      (filters.year_to === undefined || (year !== null && year <= filters.year_to))
    );
  };
  const summary = (d: SavedDocument): DocumentSummary => ({
    id: d.input.id,
    title: d.input.title,
    issuer: d.input.issuer,
    doc_number: d.input.doc_number,
    date: d.input.date,
    region: d.input.region,
    level: d.input.level,
    sectors: d.input.sectors,
    language: d.input.language,
    kind: d.input.kind ?? detectKind(d.input.title),
    url: d.input.url,
    file_name: d.input.file_name,
    pages: d.input.pages,
    chunk_count: d.chunks.length,
    target_count: d.targets.length,
    content_hash: d.input.content_hash,
    ingested_at: new Date(d.ingestedAt).toISOString(),
  });

  const store: FakeStore = {
    async saveDocument(document, chunks, targets, options = {}) {
      const existing = documents.get(document.id);
      if (existing && existing.input.content_hash === document.content_hash && !options.replace)
        return 'unchanged';
      documents.set(document.id, {
        input: document,
        chunks: chunks.map((c) => savedChunk(document, c)),
        targets: targets.map((t) => storedTarget(t, document.title)),
        ingestedAt: Date.now(),
      });
      version++;
      return existing ? 'replaced' : 'inserted';
    },
    async deleteDocument(id) {
      const deleted = documents.delete(id);
      if (deleted) version++;
      return deleted;
    },
    async listDocuments(options = {}) {
      return Array.from(documents.values())
        .map(summary)
        .filter((d) => !options.kinds?.length || options.kinds.includes(d.kind))
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
    },
    async getDocument(id) {
      const d = documents.get(id);
      if (!d) return null;
      const chunks = d.chunks.map(({ row }) => ({
        chunk_id: row.chunk_id,
        ordinal: row.ordinal,
        heading: row.heading,
        page_from: row.page_from,
        page_to: row.page_to,
        start: row.start,
        end: row.end,
      }));
      return { ...summary(d), text: d.input.text, metadata: d.input.metadata ?? {}, chunks };
    },
    async documentIdsOfKinds(kinds) {
      return (await store.listDocuments({ kinds })).map((d) => d.id).sort();
    },
    async documentHash(id) {
      return documents.get(id)?.input.content_hash ?? null;
    },
    async documentHashState(id) {
      const d = documents.get(id);
      return d ? { content_hash: d.input.content_hash, legacy: false } : null;
    },
    async upgradeContentHash() {},

    async catalogueVersion() {
      return String(version);
    },
    async listCatalogue() {
      return Array.from(documents.values(), ({ input }) => ({
        id: input.id,
        title: input.title,
        issuer: input.issuer,
        doc_number: input.doc_number,
        region: input.region,
        language: input.language,
      })).sort((a, b) => a.id.localeCompare(b.id));
    },

    async searchLists(lists, filters, limit) {
      const candidates = Array.from(documents.values())
        .filter((d) => passes(d.input, filters))
        .flatMap((d) => d.chunks);
      return lists.map((list) => {
        const scored: ScoredChunkId[] = [];
        const query = list.kind === 'lexical' ? queryLexicalVector(list.terms) : null;
        for (const c of candidates) {
          if (list.kind === 'vector' && c.embedding.length > 0)
            scored.push({ chunk_id: c.row.chunk_id, score: cosine(list.vector, c.embedding) });
          if (query) {
            const score = innerProduct(query, c.lexical);
            if (score > 0) scored.push({ chunk_id: c.row.chunk_id, score });
          }
        }
        return scored
          .sort((a, b) => b.score - a.score || a.chunk_id.localeCompare(b.chunk_id))
          .slice(0, limit);
      });
    },
    async vectorSearch(embedding, filters, limit) {
      return (await store.searchLists([{ kind: 'vector', vector: embedding }], filters, limit))[0]!;
    },
    async lexicalSearch(terms, filters, limit) {
      return (await store.searchLists([{ kind: 'lexical', terms }], filters, limit))[0]!;
    },
    async countDocuments(filters) {
      return Array.from(documents.values()).filter((d) => passes(d.input, filters)).length;
    },
    async getChunks(ids) {
      const byId = new Map(allChunks().map((c) => [c.row.chunk_id, c.row]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    async getChunksByOrdinal(positions) {
      return allChunks()
        .filter((c) =>
          positions.some((p) => p.document_id === c.row.document_id && p.ordinal === c.row.ordinal),
        )
        .map((c) => c.row);
    },

    async listTargets(query = {}) {
      const q = query.q?.trim().toLowerCase();
      const within = <T>(values: T[] | undefined, value: T) =>
        !values?.length || values.includes(value);
      return allTargets()
        .filter(
          (t) =>
            within(query.regions, t.region) &&
            within(query.sectors, t.sector) &&
            within(query.document_ids, t.document_id) &&
            within(query.metrics, t.metric_key) &&
            (query.target_year === undefined || t.target_year === query.target_year) &&
            (query.year_from === undefined || (t.target_year ?? -Infinity) >= query.year_from) &&
            (query.year_to === undefined || (t.target_year ?? Infinity) <= query.year_to) &&
            (!q || t.metric.toLowerCase().includes(q) || t.quote.toLowerCase().includes(q)),
        )
        .sort(
          (a, b) =>
            (a.region ?? '').localeCompare(b.region ?? '') ||
            (a.target_year ?? Infinity) - (b.target_year ?? Infinity) ||
            a.document_id.localeCompare(b.document_id) ||
            a.start - b.start,
        )
        .slice(0, query.limit ?? 1000);
    },
    async targetsForChunks(chunkIds) {
      return allTargets()
        .filter((t) => t.chunk_id !== null && chunkIds.includes(t.chunk_id))
        .sort((a, b) => a.document_id.localeCompare(b.document_id) || a.start - b.start);
    },
    async replaceTargets(documentId, targets) {
      const d = documents.get(documentId);
      if (d) d.targets = targets.map((t) => storedTarget(t, d.input.title));
    },
  };
  return store;
}

/** One passage of a seeded document: its text, and optionally its heading and embedding. */
export type FakePassage = string | { text: string; heading?: string; embedding?: number[] };

/**
 * Saves a document made of `passages` (joined by blank lines, one chunk each, ids
 * `<id>#<ordinal>`) with the targets the rule extractor finds in it, as ingest would.
 */
export async function seedDocument(
  store: DocumentStore,
  document: Pick<DocumentInput, 'id' | 'title' | 'region'> & Partial<DocumentInput>,
  passages: FakePassage[],
): Promise<void> {
  const parts = passages.map((p) => (typeof p === 'string' ? { text: p } : p));
  const chunks: ChunkInput[] = [];
  let offset = 0;
  for (const [ordinal, part] of parts.entries()) {
    chunks.push({
      id: `${document.id}#${ordinal}`,
      ordinal,
      text: part.text,
      heading: part.heading ?? null,
      page_from: 1,
      page_to: 1,
      start: offset,
      end: offset + part.text.length,
      tokens: chunkTokenString(part.heading ?? null, part.text, document.title),
      embedding: part.embedding ?? [],
    });
    offset += part.text.length + 2;
  }
  const input: DocumentInput = {
    issuer: null,
    doc_number: null,
    date: '2024-01-15',
    level: document.region === 'National' ? 'national' : 'provincial',
    sectors: [],
    language: 'en',
    url: null,
    file_name: null,
    content_hash: document.id,
    pages: 1,
    ...document,
    text: parts.map((p) => p.text).join('\n\n'),
  };
  const targets = await extractDocumentTargets({ document: extractTargets }, input, chunks);
  await store.saveDocument(input, chunks, targets);
}

function savedChunk(document: DocumentInput, chunk: ChunkInput): SavedChunk {
  return {
    row: {
      chunk_id: chunk.id,
      document_id: document.id,
      ordinal: chunk.ordinal,
      text: chunk.text,
      heading: chunk.heading,
      page_from: chunk.page_from,
      page_to: chunk.page_to,
      start: chunk.start,
      end: chunk.end,
      title: document.title,
      issuer: document.issuer,
      date: document.date,
      region: document.region,
      url: document.url,
      language: document.language,
    },
    embedding: chunk.embedding,
    lexical: documentLexicalVector(chunk.tokens),
  };
}

function storedTarget(target: Target, title: string): StoredTarget {
  const metricKey = canonicalMetric(target.metric, target.quote, target.unit, target.value_raw);
  return { ...target, title, metric_key: metricKey };
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * (b[i] ?? 0);
    na += a[i]! * a[i]!;
    nb += (b[i] ?? 0) * (b[i] ?? 0);
  }
  return dot / (Math.sqrt(na * nb) || 1);
}

/** The inner product of two sparse vectors with ascending indices (sparsevec's <#>, negated). */
function innerProduct(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.indices.length && j < b.indices.length;) {
    if (a.indices[i] === b.indices[j]) sum += a.values[i++]! * b.values[j++]!;
    else if (a.indices[i]! < b.indices[j]!) i++;
    else j++;
  }
  return sum;
}
