import type { PGVectorStore } from '@langchain/community/vectorstores/pgvector';
import type { Store } from '../../src/store.ts';
import type { BenchDocument } from './generator.ts';
import type { BenchDatabase } from './backend.ts';
import type { BenchOptions } from './types.ts';
import { saveDocuments } from './ours.ts';
import {
  clusterChunksByRegion,
  dropSearchIndexes,
  ensureSearchIndexes,
} from '../../src/db/search-indexes.ts';
import { addDocuments, buildLangchainIndex, LANGCHAIN_TABLE } from './langchain.ts';
import { timed } from './measure.ts';

/** The last documents (about `share` of the chunks) are ingested after the index exists. */
export function split(
  documents: BenchDocument[],
  share: number,
): { bulk: BenchDocument[]; online: BenchDocument[] } {
  const total = documents.reduce((a, d) => a + d.chunks.length, 0);
  let online = 0;
  let cut = documents.length;
  while (cut > 1 && online < total * share) online += documents[--cut].chunks.length;
  return { bulk: documents.slice(0, cut), online: documents.slice(cut) };
}

function slices<T>(items: T[], count: number): T[][] {
  const size = Math.ceil(items.length / Math.max(1, count));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What each side loads into, and how. */
interface Loaders {
  store: Store;
  langchain: PGVectorStore;
  documented: PGVectorStore;
  vectorsOf: (d: BenchDocument) => number[][];
  concurrency: number;
}

/**
 * Ingest, three ways over the same documents in interleaved rounds (the order rotates each round):
 * - ours: the store's bulk path, indexes dropped, load, then GIN and HNSW built once;
 * - LangChain as documented: `createHnswIndex` first, then `addDocuments` (its HNSW example);
 * - LangChain bulk: `addDocuments` into a bare table, `createHnswIndex` after (the faster way to
 *   use it, which its documentation does not show) — reported alongside.
 * Then a small incremental load with the HNSW index in place, ours vs LangChain bulk's table.
 */
export async function measureIngest(
  database: BenchDatabase,
  store: Store,
  langchain: PGVectorStore,
  documented: PGVectorStore,
  bulk: BenchDocument[],
  online: BenchDocument[],
  vectorsOf: (d: BenchDocument) => number[][],
  options: BenchOptions,
) {
  const concurrency = database.kind === 'pglite' ? 1 : options.concurrency;
  const loaders: Loaders = { store, langchain, documented, vectorsOf, concurrency };
  await dropSearchIndexes(database.sql);
  const load = await bulkLoad(loaders, bulk, options);
  const indexes = await buildIndexes(database, langchain, options);
  const incremental = await onlineLoad(loaders, online, options);

  const ours = load.chunks / ((load.oursMs + indexes.oursMs) / 1000);
  const theirs = load.chunks / (load.documentedMs / 1000);
  const theirsBulk = load.chunks / ((load.theirsMs + indexes.theirsMs) / 1000);
  return {
    ours_chunks_per_s: ours,
    langchain_chunks_per_s: theirs,
    ratio: ours / theirs,
    langchain_bulk_chunks_per_s: theirsBulk,
    ratio_bulk: ours / theirsBulk,
    ours_load_chunks_per_s: load.chunks / (load.oursMs / 1000),
    langchain_load_chunks_per_s: load.chunks / (load.theirsMs / 1000),
    ours_index_s: indexes.oursMs / 1000,
    ours_hnsw_s: indexes.oursHnswMs / 1000,
    ours_gin_s: indexes.oursGinMs / 1000,
    ours_cluster_s: indexes.oursClusterMs / 1000,
    langchain_index_s: indexes.theirsMs / 1000,
    ours_online_chunks_per_s: incremental.chunks / (incremental.oursMs / 1000),
    langchain_online_chunks_per_s: incremental.chunks / (incremental.theirsMs / 1000),
    bulk_chunks: load.chunks,
    online_chunks: incremental.chunks,
    concurrency,
    maintenance_work_mem: options.maintenanceWorkMem,
  };
}

/**
 * The bulk load in interleaved rounds: all three sides load under the same conditions
 * (checkpoints, autovacuum, other work on the machine), and none always goes first.
 */
async function bulkLoad(loaders: Loaders, bulk: BenchDocument[], options: BenchOptions) {
  const { store, langchain, documented, vectorsOf, concurrency } = loaders;
  let oursMs = 0;
  let theirsMs = 0;
  let documentedMs = 0;
  let chunks = 0;
  const rounds = slices(bulk, options.rounds);
  for (const [i, round] of rounds.entries()) {
    const sides = [
      async () =>
        (oursMs += (await timed(() => saveDocuments(store, round, vectorsOf, concurrency))).ms),
      async () =>
        (documentedMs += (await timed(() => addDocuments(documented, round, vectorsOf))).ms),
      async () => (theirsMs += (await timed(() => addDocuments(langchain, round, vectorsOf))).ms),
    ];
    for (let s = 0; s < sides.length; s++) await sides[(s + i) % sides.length]!();
    chunks += round.reduce((a, d) => a + d.chunks.length, 0);
    options.log(
      `bulk load round ${i + 1}/${rounds.length}: ${chunks} chunks (ours ${(oursMs / 1000).toFixed(1)} s, ` +
        `LangChain documented ${(documentedMs / 1000).toFixed(1)} s, LangChain bulk ${(theirsMs / 1000).toFixed(1)} s)`,
    );
  }
  return { oursMs, theirsMs, documentedMs, chunks };
}

/** Our GIN and HNSW indexes, then LangChain bulk's HNSW index, each built once after the load. */
async function buildIndexes(
  database: BenchDatabase,
  langchain: PGVectorStore,
  options: BenchOptions,
) {
  const log = options.log;
  log(`index builds (ours: GIN and HNSW with maintenance_work_mem ${options.maintenanceWorkMem})`);
  // On PostgreSQL the two builds run at once on two connections (see ensureSearchIndexes).
  let oursGinMs = 0;
  let oursHnswMs = 0;
  let oursClusterMs = 0;
  const ours = await timed(async () => {
    // As `npm run ingest -- --bulk --cluster` does: the chunks in region order, then the indexes.
    if (options.cluster) oursClusterMs = await clusterChunksByRegion(database.sql);
    const built = await ensureSearchIndexes(database.sql, {
      maintenanceWorkMem: options.maintenanceWorkMem,
    });
    if (!built.hnsw || !built.gin)
      throw new Error('the search indexes were not dropped before the bulk load');
    oursGinMs = built.ms.gin;
    oursHnswMs = built.ms.hnsw;
  });
  log(
    `HNSW build (LangChain createHnswIndex) — ours took ${(ours.ms / 1000).toFixed(1)} s for CLUSTER (${(oursClusterMs / 1000).toFixed(1)} s), GIN (${(oursGinMs / 1000).toFixed(1)} s) ` +
      `and HNSW (${(oursHnswMs / 1000).toFixed(1)} s)${database.kind === 'postgres' ? ' built at once' : ''}`,
  );
  const theirs = await timed(() => buildLangchainIndex(langchain));
  if (!(await hasHnswIndex(database)))
    throw new Error(
      'LangChain createHnswIndex did not create its index (it logs and swallows errors)',
    );
  log(`LangChain index took ${(theirs.ms / 1000).toFixed(1)} s`);
  return { oursMs: ours.ms, oursGinMs, oursHnswMs, oursClusterMs, theirsMs: theirs.ms };
}

/** A small incremental load with the HNSW index in place, ours vs LangChain bulk's table, alternating. */
async function onlineLoad(loaders: Loaders, online: BenchDocument[], options: BenchOptions) {
  const { store, langchain, vectorsOf, concurrency } = loaders;
  let oursMs = 0;
  let theirsMs = 0;
  let chunks = 0;
  for (const [i, round] of slices(online, 2).entries()) {
    const ours = async () =>
      (oursMs += (await timed(() => saveDocuments(store, round, vectorsOf, concurrency))).ms);
    const theirs = async () =>
      (theirsMs += (await timed(() => addDocuments(langchain, round, vectorsOf))).ms);
    if (i % 2 === 0) await ours().then(theirs);
    else await theirs().then(ours);
    chunks += round.reduce((a, d) => a + d.chunks.length, 0);
  }
  options.log(
    `incremental ingest with the index in place: ${chunks} chunks (ours ${(oursMs / 1000).toFixed(1)} s, LangChain ${(theirsMs / 1000).toFixed(1)} s)`,
  );
  return { oursMs, theirsMs, chunks };
}

async function hasHnswIndex(database: BenchDatabase): Promise<boolean> {
  const { rows } = await database.sql.query(
    `SELECT 1 FROM pg_indexes WHERE tablename = $1 AND schemaname = coalesce($2, current_schema()) AND indexdef ILIKE '%USING hnsw%'`,
    [LANGCHAIN_TABLE, database.schema],
  );
  return rows.length > 0;
}
