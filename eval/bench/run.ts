import { cpus, totalmem, loadavg } from 'node:os';
import { HashingEmbeddings } from '../../src/embeddings/hashing.ts';
import { createStore } from '../../src/db/store.ts';
import { generateDocuments, generateQueries, DEFAULT_SEED, type BenchDocument } from './generator.ts';
import { openBenchDatabase } from './backend.ts';
import { createLangchainStore, createDocumentedLangchainStore, LANGCHAIN_TABLE, LANGCHAIN_DOCUMENTED_TABLE } from './langchain.ts';
import { timed } from './measure.ts';
import { measureIngest, split } from './ingest.ts';
import { measureQueries } from './queries.ts';
import { hnswRecall, filteredSearchRecall, langchainRecall } from './recall.ts';
import { findEqualQuality, type EqualQualityStep } from './equal-quality.ts';
import { SESSION_SETTINGS } from '../../src/db/sql-client.ts';
import { measureAsk } from './ask.ts';

export interface BenchOptions {
  chunks: number;
  /** Timed queries per side (after the warm-up). */
  queries: number;
  recallQueries: number;
  askRequests: number;
  warmup: number;
  seed: number;
  databaseUrl?: string;
  /** Documents saved concurrently on our side (one transaction each). */
  concurrency: number;
  maintenanceWorkMem: string;
  /** Share of the chunks ingested after the index exists (incremental ingest). */
  onlineShare: number;
  /** Interleaved ingest rounds (ours, theirs / theirs, ours ...). */
  rounds: number;
  log: (line: string) => void;
}

export const DEFAULTS = {
  queries: 500,
  recallQueries: 200,
  askRequests: 500,
  warmup: 50,
  seed: DEFAULT_SEED,
  concurrency: 2,
  maintenanceWorkMem: '512MB',
  onlineShare: 0.02,
  rounds: 10,
} as const;

/** The JSON written by `--json`; the first-level field names are the contract of the benchmark issue. */
export interface BenchResult {
  chunks: number;
  documents: number;
  ingest: {
    /** Bulk part, load plus index builds: chunks per second until the store is searchable with its indexes. */
    ours_chunks_per_s: number;
    /** LangChain as its HNSW example uses it: createHnswIndex, then addDocuments. */
    langchain_chunks_per_s: number;
    /** ours / langchain on the figures above. */
    ratio: number;
    /** LangChain's faster, undocumented way: addDocuments into a bare table, createHnswIndex after. */
    langchain_bulk_chunks_per_s: number;
    ratio_bulk: number;
    ours_load_chunks_per_s: number;
    langchain_load_chunks_per_s: number;
    /** Index builds after the load, wall time (ours: GIN and HNSW, at once on PostgreSQL). */
    ours_index_s: number;
    /** Our HNSW build alone (overlapping the GIN build on PostgreSQL). */
    ours_hnsw_s: number;
    langchain_index_s: number;
    /** Our lexical GIN index, also built after the load (LangChain has no lexical index); overlaps the HNSW build on PostgreSQL. */
    ours_gin_s: number;
    /** Incremental part: rows inserted while the HNSW index exists (the app's everyday ingest). */
    ours_online_chunks_per_s: number;
    langchain_online_chunks_per_s: number;
    bulk_chunks: number;
    online_chunks: number;
    /** HashingEmbeddings throughput (not part of either side's figures: both use the same vectors). */
    embed_chunks_per_s: number;
    concurrency: number;
    maintenance_work_mem: string;
  };
  query: {
    ours_p50_ms: number;
    ours_p95_ms: number;
    langchain_p50_ms: number;
    langchain_p95_ms: number;
    /** LangChain with the same region filter as ours (its metadata filter, after its HNSW scan). */
    langchain_filtered_p50_ms: number;
    langchain_filtered_p95_ms: number;
    /** Rows LangChain's filtered search returned per query, of the 10 asked for. */
    langchain_filtered_rows: number;
    /**
     * LangChain at equal quality: same region filter, iterative index scan (relaxed_order), at the
     * smallest ef_search whose filtered recall@10 is within 0.02 of ours (null: an exact scan).
     */
    langchain_equal_p50_ms: number;
    langchain_equal_p95_ms: number;
    langchain_equal_recall_at_10: number;
    langchain_equal_ef_search: number | null;
    /** Mean rows returned of the 10 asked for, in the timed queries. */
    langchain_equal_rows: number;
    /** Every setting tried on the way, with its recall and rows. */
    langchain_equal_steps: EqualQualityStep[];
    raw_hnsw_p50_ms: number;
    raw_hnsw_p95_ms: number;
    /** ours / raw HNSW. */
    overhead_p50: number;
    overhead_p95: number;
    queries: number;
    ef_search_ours: number;
    ef_search_langchain: number;
  };
  recall_at_10: number;
  /** Recall of the app's region-filtered vector search (store.vectorSearch) against an exact scan. */
  recall_at_10_filtered: number;
  /** Recall of LangChain's timed search (its one HNSW graph at its default ef_search) against an exact scan of its table. */
  recall_at_10_langchain: number;
  recall_queries: number;
  ask: { p50_ms: number; p95_ms: number; requests: number; answerable: number; server: 'child-process' | 'in-process' };
  rss_mb: number;
  backend: 'postgres' | 'pglite';
  machine: { cpus: number; memory_gb: number; node: string; load_average: number[] };
  seconds: number;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const started = performance.now();
  const log = options.log;
  const embeddings = new HashingEmbeddings({ dimensions: 512 });

  log(`generating ${options.chunks} chunks (seed ${options.seed})`);
  const documents = generateDocuments({ chunks: options.chunks, seed: options.seed });
  const embedded = await timed(async () => new Map(documents.map((d) => [d, d.chunks.map((c) => embeddings.embedSync(c.text))] as const)));
  const vectorsOf = (d: BenchDocument) => embedded.value.get(d)!;

  const database = await openBenchDatabase(options.databaseUrl);
  log(`database: ${database.location}`);
  try {
    const store = createStore(database.sql);
    await store.checkEmbeddingModel(embeddings.model, embeddings.dimensions);
    const langchain = await createLangchainStore(embeddings, database.pool, database.schema);
    const documented = await createDocumentedLangchainStore(embeddings, database.pool, database.schema);

    const { bulk, online } = split(documents, options.onlineShare);
    const ingest = await measureIngest(database, store, langchain, documented, bulk, online, vectorsOf, options);

    log('vacuum analyze');
    await database.sql.query('VACUUM ANALYZE chunks');
    const qualified = (table: string) => `${database.schema ? database.schema + '.' : ''}${table}`;
    for (const table of [LANGCHAIN_TABLE, LANGCHAIN_DOCUMENTED_TABLE]) await database.sql.query(`VACUUM ANALYZE ${qualified(table)}`);

    log(`recall@10 on ${options.recallQueries} queries`);
    const recallQueries = generateQueries({ count: options.recallQueries, seed: options.seed + 1 }).map((q) => ({ vector: embeddings.embedSync(q.text), region: q.region }));
    const recall = await hnswRecall(database.sql, recallQueries, 10);
    const recallFiltered = await filteredSearchRecall(database.sql, store, recallQueries, 10);
    // PGlite: one session for both sides, so LangChain's defaults are restored for its turn.
    const langchainDefaults = async () => {
      if (database.sharedSession) for (const s of ['RESET enable_indexscan', 'RESET hnsw.ef_search', 'RESET hnsw.iterative_scan']) await database.sql.query(s);
    };
    const oursAgain = async () => {
      if (database.sharedSession) for (const s of ['RESET enable_indexscan', ...SESSION_SETTINGS]) await database.sql.query(s);
    };
    await langchainDefaults();
    const recallLangchain = await langchainRecall(database.sql, langchain, qualified(LANGCHAIN_TABLE), recallQueries, 10);
    log(`equal quality: LangChain with the region filter, ef_search from 40 until recall@10 ≥ ${(recallFiltered - 0.02).toFixed(3)}`);
    const equal = await findEqualQuality(database, embeddings, LANGCHAIN_TABLE, recallQueries, recallFiltered, { log });
    await oursAgain();

    let queryFigures: Awaited<ReturnType<typeof measureQueries>>;
    try {
      queryFigures = await measureQueries(database, store, langchain, equal.setting, options);
    } finally {
      await equal.setting.close();
    }
    await oursAgain();
    const query: BenchResult['query'] = {
      ...queryFigures,
      langchain_equal_recall_at_10: equal.recall,
      langchain_equal_ef_search: equal.setting.efSearch,
      langchain_equal_steps: equal.steps,
    };

    log(`/api/ask: ${options.askRequests} requests`);
    const askQueries = generateQueries({ count: options.askRequests + options.warmup, seed: options.seed + 2 });
    const ask = await measureAsk(database, askQueries.slice(options.warmup), options.warmup);
    // Keep the corpus alive until here: the in-process (PGlite) memory figure is honest about it.
    void embedded.value.size;

    return {
      chunks: options.chunks,
      documents: documents.length,
      ingest: { ...ingest, embed_chunks_per_s: options.chunks / (embedded.ms / 1000) },
      query,
      recall_at_10: recall,
      recall_at_10_filtered: recallFiltered,
      recall_at_10_langchain: recallLangchain,
      recall_queries: recallQueries.length,
      ask: { p50_ms: ask.p50_ms, p95_ms: ask.p95_ms, requests: ask.requests, answerable: ask.answerable, server: ask.server },
      rss_mb: ask.rss_mb,
      backend: database.kind,
      machine: { cpus: cpus().length, memory_gb: totalmem() / 1024 ** 3, node: process.version, load_average: loadavg() },
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await database.close();
  }
}
