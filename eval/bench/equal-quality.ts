import pg from 'pg';
import { PGVectorStore } from '@langchain/community/vectorstores/pgvector';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { BenchDatabase } from './backend.ts';
import { filteredLangchainRecall, type RecallQuery } from './recall.ts';

/**
 * The query comparison at equal quality (issue 21): LangChain's PGVectorStore with the same
 * region filter as ours, at the smallest `hnsw.ef_search` whose recall@10 against the exact
 * filtered neighbours comes within `tolerance` of our region-filtered search's recall, else an
 * exact scan. pgvector 0.8's iterative index scan (`relaxed_order`) is on, as a LangChain user
 * who filters would set it: without it the filter runs after the scan's ef_search candidates and
 * most queries get fewer than k rows back. The settings go in the connection's startup options
 * (one pool per setting) on PostgreSQL, and are SET before each use on PGlite's one session.
 */

/** From LangChain's default 40 upwards, then the exact scan (`null`). */
export const EF_SEARCH_STEPS: readonly number[] = [40, 80, 120, 200, 300, 400, 600, 800, 1000];

export interface LangchainSetting {
  /** null: an exact scan (index scans off). */
  efSearch: number | null;
  store: PGVectorStore;
  /** Makes the setting current (PGlite's shared session); a no-op on PostgreSQL. */
  apply(): Promise<void>;
  /** The pool LangChain queries through (for EXPLAIN under the same settings). */
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface EqualQualityStep {
  ef_search: number | null;
  /**
   * Whether PostgreSQL's plan for LangChain's filtered query used the HNSW index. pgvector's cost
   * estimate grows with ef_search, so at a high enough setting the planner prefers a sequential
   * scan and sort — an exact search whatever ef_search says.
   */
  uses_index: boolean;
  recall_at_10: number;
  /** Mean rows returned of the k asked for. */
  rows: number;
}

export interface EqualQuality {
  setting: LangchainSetting;
  recall: number;
  rows: number;
  /** Our recall minus the tolerance: what LangChain had to reach. */
  target: number;
  steps: EqualQualityStep[];
}

function settingStatements(efSearch: number | null): string[] {
  return efSearch === null
    ? ['SET enable_indexscan = off', 'RESET hnsw.ef_search', 'RESET hnsw.iterative_scan']
    : [
        'SET enable_indexscan = on',
        `SET hnsw.ef_search = ${efSearch}`,
        "SET hnsw.iterative_scan = 'relaxed_order'",
      ];
}

/** LangChain's store on its benchmark table, with `hnsw.ef_search` and iterative scans as given. */
export function langchainAt(
  database: BenchDatabase,
  embeddings: EmbeddingsInterface,
  table: string,
  efSearch: number | null,
): LangchainSetting {
  if (!database.connection) {
    const store = new PGVectorStore(embeddings, { pool: database.pool, tableName: table });
    return {
      efSearch,
      store,
      pool: database.pool,
      apply: async () => {
        for (const statement of settingStatements(efSearch)) await database.sql.query(statement);
      },
      close: async () => {},
    };
  }
  const options = settingStatements(efSearch)
    .filter((s) => s.startsWith('SET '))
    .map((s) => s.replace(/^SET (\S+) = '?([^']+)'?$/, '-c $1=$2'));
  const pool = new pg.Pool({
    connectionString: database.connection.url,
    max: 4,
    options: [`-c search_path=${database.connection.schema},public`, ...options].join(' '),
  });
  pool.on('error', () => {});
  const store = new PGVectorStore(embeddings, {
    pool,
    tableName: table,
    schemaName: database.connection.schema,
  });
  return { efSearch, store, pool, apply: async () => {}, close: () => pool.end() };
}

/** EXPLAIN of LangChain's filtered search (the statement `searchPostgres` builds) under the pool's settings. */
async function planUsesIndex(
  pool: pg.Pool,
  table: string,
  query: RecallQuery,
  k: number,
): Promise<boolean> {
  const text = `EXPLAIN (FORMAT JSON) SELECT *, "embedding" <=> $1 as "_distance" FROM ${table} WHERE metadata->>'region' = $3 ORDER BY "_distance" ASC LIMIT $2`;
  const { rows } = await pool.query(text, [`[${query.vector.join(',')}]`, k, query.region]);
  return /"Index Name"|Index Scan/.test(JSON.stringify(rows));
}

/**
 * Walks EF_SEARCH_STEPS until LangChain's filtered recall@10 reaches `ours - tolerance`; falls
 * back to the exact scan. The settings tried and not kept are closed; the caller closes the one
 * returned. Exact neighbours are computed once and reused across steps.
 */
export async function findEqualQuality(
  database: BenchDatabase,
  embeddings: EmbeddingsInterface,
  table: string,
  queries: RecallQuery[],
  ours: number,
  options: { tolerance?: number; k?: number; log?: (line: string) => void } = {},
): Promise<EqualQuality> {
  const tolerance = options.tolerance ?? 0.02;
  const k = options.k ?? 10;
  const target = ours - tolerance;
  const steps: EqualQualityStep[] = [];
  const truthCache = new Map<RecallQuery, number[]>();
  for (const efSearch of [...EF_SEARCH_STEPS, null]) {
    const setting = langchainAt(database, embeddings, table, efSearch);
    try {
      await setting.apply();
      const qualified = database.schema ? `${database.schema}.${table}` : table;
      const { recall, rows } = await filteredLangchainRecall(
        database.sql,
        setting.store,
        qualified,
        queries,
        k,
        truthCache,
      );
      const usesIndex =
        queries.length > 0 && (await planUsesIndex(setting.pool, qualified, queries[0], k));
      steps.push({ ef_search: efSearch, uses_index: usesIndex, recall_at_10: recall, rows });
      options.log?.(
        `LangChain filtered at ${efSearch === null ? 'exact scan' : `ef_search ${efSearch}`}: recall@10 ${recall.toFixed(3)} (target ${target.toFixed(3)}), ` +
          `${rows.toFixed(1)} of ${k} rows, plan: ${usesIndex ? 'HNSW index scan' : 'sequential scan and sort'}`,
      );
      if (recall >= target || efSearch === null) return { setting, recall, rows, target, steps };
    } catch (error) {
      await setting.close();
      throw error;
    }
    await setting.close();
  }
  throw new Error('unreachable: the exact scan always ends the search');
}
