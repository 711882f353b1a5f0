/** The benchmark's options and its `--json` result: below run.ts, so the measuring modules and the report import them without a cycle. */
import type { EqualQualityStep } from './equal-quality.ts';
export interface BenchOptions {
  /** PostgreSQL: leave the bench schema in place at the end, to study its tables by hand. */
  keepSchema?: boolean;
  /** Order our chunks by region (CLUSTER) before the index builds, counted in our ingest time. */
  cluster?: boolean;
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
    /** CLUSTER of the chunks by region before the index builds (part of ours). */
    ours_cluster_s: number;
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
  /** Recall of the app's unfiltered vector search (store.vectorSearch, its graphs) against an exact scan. */
  recall_at_10: number;
  /** The hnsw.ef_search that search used (larger past LARGE_GRAPH chunks). */
  recall_ef_search: number;
  /** The same unfiltered HNSW search at larger hnsw.ef_search settings (PostgreSQL only). */
  recall_at_10_by_ef_search: { ef_search: number; recall_at_10: number; mean_ms: number }[];
  /** Recall of the app's region-filtered vector search (store.vectorSearch) against an exact scan. */
  recall_at_10_filtered: number;
  /** Recall of LangChain's timed search (its one HNSW graph at its default ef_search) against an exact scan of its table. */
  recall_at_10_langchain: number;
  recall_queries: number;
  ask: {
    p50_ms: number;
    p95_ms: number;
    requests: number;
    answerable: number;
    server: 'child-process' | 'in-process';
  };
  rss_mb: number;
  backend: 'postgres' | 'pglite';
  machine: { cpus: number; memory_gb: number; node: string; load_average: number[] };
  seconds: number;
}
