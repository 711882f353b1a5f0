import { cpus, totalmem, loadavg } from 'node:os';
import { HashingEmbeddings } from '../../src/embeddings/hashing.ts';
import { createStore } from '../../src/db/store.ts';
import {
  generateDocuments,
  generateQueries,
  DEFAULT_SEED,
  type BenchDocument,
} from './generator.ts';
import { openBenchDatabase } from './backend.ts';
import {
  createLangchainStore,
  createDocumentedLangchainStore,
  LANGCHAIN_TABLE,
  LANGCHAIN_DOCUMENTED_TABLE,
} from './langchain.ts';
import { timed } from './measure.ts';
import { measureIngest, split } from './ingest.ts';
import { measureQueries } from './queries.ts';
import {
  hnswRecall,
  hnswRecallByEfSearch,
  filteredSearchRecall,
  langchainRecall,
} from './recall.ts';
import { findEqualQuality } from './equal-quality.ts';
import { SESSION_SETTINGS } from '../../src/db/sql-client.ts';
import { efSearchFor } from '../../src/db/search-store.ts';
import { measureAsk } from './ask.ts';
import type { BenchOptions, BenchResult } from './types.ts';

export type { BenchOptions, BenchResult } from './types.ts';

/** Unfiltered hnsw.ef_search settings above the app's (400) whose recall the report also shows. */
const LARGER_EF_SEARCH = [600, 800, 1000];

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

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const started = performance.now();
  const log = options.log;
  const embeddings = new HashingEmbeddings({ dimensions: 512 });

  log(`generating ${options.chunks} chunks (seed ${options.seed})`);
  const documents = generateDocuments({ chunks: options.chunks, seed: options.seed });
  const embedded = await timed(
    async () =>
      new Map(
        documents.map((d) => [d, d.chunks.map((c) => embeddings.embedSync(c.text))] as const),
      ),
  );
  const vectorsOf = (d: BenchDocument) => embedded.value.get(d)!;

  const database = await openBenchDatabase(options.databaseUrl, { keep: options.keepSchema });
  log(`database: ${database.location}`);
  try {
    const store = createStore(database.sql);
    await store.checkEmbeddingModel(embeddings.model, embeddings.dimensions);
    const langchain = await createLangchainStore(embeddings, database.pool, database.schema);
    const documented = await createDocumentedLangchainStore(
      embeddings,
      database.pool,
      database.schema,
    );

    const { bulk, online } = split(documents, options.onlineShare);
    const ingest = await measureIngest(
      database,
      store,
      langchain,
      documented,
      bulk,
      online,
      vectorsOf,
      options,
    );

    log('vacuum analyze');
    await database.sql.query('VACUUM ANALYZE chunks');
    const qualified = (table: string) => `${database.schema ? database.schema + '.' : ''}${table}`;
    for (const table of [LANGCHAIN_TABLE, LANGCHAIN_DOCUMENTED_TABLE])
      await database.sql.query(`VACUUM ANALYZE ${qualified(table)}`);

    log(`recall@10 on ${options.recallQueries} queries`);
    const recallQueries = generateQueries({
      count: options.recallQueries,
      seed: options.seed + 1,
    }).map((q) => ({ vector: embeddings.embedSync(q.text), region: q.region }));
    const recall = await hnswRecall(database.sql, store, recallQueries, 10);
    const recallByEf = await hnswRecallByEfSearch(database.sql, recallQueries, LARGER_EF_SEARCH);
    const recallFiltered = await filteredSearchRecall(database.sql, store, recallQueries, 10);
    // PGlite: one session for both sides, so LangChain's defaults are restored for its turn.
    const langchainDefaults = async () => {
      if (database.sharedSession)
        for (const s of [
          'RESET enable_indexscan',
          'RESET hnsw.ef_search',
          'RESET hnsw.iterative_scan',
        ])
          await database.sql.query(s);
    };
    const oursAgain = async () => {
      if (database.sharedSession)
        for (const s of ['RESET enable_indexscan', ...SESSION_SETTINGS])
          await database.sql.query(s);
    };
    await langchainDefaults();
    const recallLangchain = await langchainRecall(
      database.sql,
      langchain,
      qualified(LANGCHAIN_TABLE),
      recallQueries,
      10,
    );
    log(
      `equal quality: LangChain with the region filter, ef_search from 40 until recall@10 ≥ ${(recallFiltered - 0.02).toFixed(3)}`,
    );
    const equal = await findEqualQuality(
      database,
      embeddings,
      LANGCHAIN_TABLE,
      recallQueries,
      recallFiltered,
      { log },
    );
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
    const askQueries = generateQueries({
      count: options.askRequests + options.warmup,
      seed: options.seed + 2,
    });
    const ask = await measureAsk(database, askQueries.slice(options.warmup), options.warmup);
    // Keep the corpus alive until here: the in-process (PGlite) memory figure is honest about it.
    void embedded.value.size;

    return {
      chunks: options.chunks,
      documents: documents.length,
      ingest: { ...ingest, embed_chunks_per_s: options.chunks / (embedded.ms / 1000) },
      query,
      recall_at_10: recall,
      recall_ef_search: efSearchFor(options.chunks),
      recall_at_10_by_ef_search: recallByEf,
      recall_at_10_filtered: recallFiltered,
      recall_at_10_langchain: recallLangchain,
      recall_queries: recallQueries.length,
      ask: {
        p50_ms: ask.p50_ms,
        p95_ms: ask.p95_ms,
        requests: ask.requests,
        answerable: ask.answerable,
        server: ask.server,
      },
      rss_mb: ask.rss_mb,
      backend: database.kind,
      machine: {
        cpus: cpus().length,
        memory_gb: totalmem() / 1024 ** 3,
        node: process.version,
        load_average: loadavg(),
      },
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await database.close();
  }
}
