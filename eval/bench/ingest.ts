import type { PGVectorStore } from '@langchain/community/vectorstores/pgvector';
import type { Store } from '../../src/store.ts';
import type { BenchDocument } from './generator.ts';
import type { BenchDatabase } from './backend.ts';
import type { BenchOptions } from './types.ts';
import { saveDocuments } from './ours.ts';
import { dropSearchIndexes, ensureSearchIndexes } from '../../src/db/search-indexes.ts';
import { addDocuments, buildLangchainIndex, LANGCHAIN_TABLE } from './langchain.ts';
import { timed } from './measure.ts';

/**
 * Ingest, three ways over the same documents in interleaved rounds (the order rotates each round):
 * - ours: the store's bulk path, indexes dropped, load, then GIN and HNSW built once;
 * - LangChain as documented: `createHnswIndex` first, then `addDocuments` (its HNSW example);
 * - LangChain bulk: `addDocuments` into a bare table, `createHnswIndex` after (the faster way to
 *   use it, which its documentation does not show) — reported alongside.
 * Then a small incremental load with the HNSW index in place, ours vs LangChain bulk's table.
 */
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
  const log = options.log;
  const concurrency = database.kind === 'pglite' ? 1 : options.concurrency;
  await dropSearchIndexes(database.sql);

  // Interleaved rounds: both sides load under the same conditions (checkpoints, autovacuum,
  // other work on the machine), and neither always goes first.
  let oursLoadMs = 0;
  let theirsLoadMs = 0;
  let documentedMs = 0;
  let bulkChunks = 0;
  const rounds = slices(bulk, options.rounds);
  for (const [i, round] of rounds.entries()) {
    const sides = [
      async () =>
        (oursLoadMs += (await timed(() => saveDocuments(store, round, vectorsOf, concurrency))).ms),
      async () =>
        (documentedMs += (await timed(() => addDocuments(documented, round, vectorsOf))).ms),
      async () =>
        (theirsLoadMs += (await timed(() => addDocuments(langchain, round, vectorsOf))).ms),
    ];
    for (let s = 0; s < sides.length; s++) await sides[(s + i) % sides.length]!();
    bulkChunks += round.reduce((a, d) => a + d.chunks.length, 0);
    log(
      `bulk load round ${i + 1}/${rounds.length}: ${bulkChunks} chunks (ours ${(oursLoadMs / 1000).toFixed(1)} s, ` +
        `LangChain documented ${(documentedMs / 1000).toFixed(1)} s, LangChain bulk ${(theirsLoadMs / 1000).toFixed(1)} s)`,
    );
  }

  log(`index builds (ours: GIN and HNSW with maintenance_work_mem ${options.maintenanceWorkMem})`);
  // On PostgreSQL the two builds run at once on two connections (see ensureSearchIndexes).
  let oursGin = { ms: 0 };
  let oursHnsw = { ms: 0 };
  const oursIndexes = await timed(async () => {
    const built = await ensureSearchIndexes(database.sql, {
      maintenanceWorkMem: options.maintenanceWorkMem,
    });
    if (!built.hnsw || !built.gin)
      throw new Error('the search indexes were not dropped before the bulk load');
    oursGin = { ms: built.ms.gin };
    oursHnsw = { ms: built.ms.hnsw };
  });
  log(
    `HNSW build (LangChain createHnswIndex) — ours took ${(oursIndexes.ms / 1000).toFixed(1)} s for GIN (${(oursGin.ms / 1000).toFixed(1)} s) ` +
      `and HNSW (${(oursHnsw.ms / 1000).toFixed(1)} s)${database.kind === 'postgres' ? ' built at once' : ''}`,
  );
  const theirsIndex = await timed(() => buildLangchainIndex(langchain));
  if (!(await hasHnswIndex(database)))
    throw new Error(
      'LangChain createHnswIndex did not create its index (it logs and swallows errors)',
    );
  log(`LangChain index took ${(theirsIndex.ms / 1000).toFixed(1)} s`);

  let oursOnlineMs = 0;
  let theirsOnlineMs = 0;
  let onlineChunks = 0;
  for (const [i, round] of slices(online, 2).entries()) {
    const ours = async () =>
      (oursOnlineMs += (await timed(() => saveDocuments(store, round, vectorsOf, concurrency))).ms);
    const theirs = async () =>
      (theirsOnlineMs += (await timed(() => addDocuments(langchain, round, vectorsOf))).ms);
    if (i % 2 === 0) await ours().then(theirs);
    else await theirs().then(ours);
    onlineChunks += round.reduce((a, d) => a + d.chunks.length, 0);
  }
  log(
    `incremental ingest with the index in place: ${onlineChunks} chunks (ours ${(oursOnlineMs / 1000).toFixed(1)} s, LangChain ${(theirsOnlineMs / 1000).toFixed(1)} s)`,
  );

  const ours = bulkChunks / ((oursLoadMs + oursIndexes.ms) / 1000);
  const theirs = bulkChunks / (documentedMs / 1000);
  const theirsBulk = bulkChunks / ((theirsLoadMs + theirsIndex.ms) / 1000);
  return {
    ours_chunks_per_s: ours,
    langchain_chunks_per_s: theirs,
    ratio: ours / theirs,
    langchain_bulk_chunks_per_s: theirsBulk,
    ratio_bulk: ours / theirsBulk,
    ours_load_chunks_per_s: bulkChunks / (oursLoadMs / 1000),
    langchain_load_chunks_per_s: bulkChunks / (theirsLoadMs / 1000),
    ours_index_s: oursIndexes.ms / 1000,
    ours_hnsw_s: oursHnsw.ms / 1000,
    ours_gin_s: oursGin.ms / 1000,
    langchain_index_s: theirsIndex.ms / 1000,
    ours_online_chunks_per_s: onlineChunks / (oursOnlineMs / 1000),
    langchain_online_chunks_per_s: onlineChunks / (theirsOnlineMs / 1000),
    bulk_chunks: bulkChunks,
    online_chunks: onlineChunks,
    concurrency,
    maintenance_work_mem: options.maintenanceWorkMem,
  };
}

async function hasHnswIndex(database: BenchDatabase): Promise<boolean> {
  const { rows } = await database.sql.query(
    `SELECT 1 FROM pg_indexes WHERE tablename = $1 AND schemaname = coalesce($2, current_schema()) AND indexdef ILIKE '%USING hnsw%'`,
    [LANGCHAIN_TABLE, database.schema],
  );
  return rows.length > 0;
}
