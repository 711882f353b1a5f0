import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { BACKENDS, openTestDatabase } from '../support/databases.ts';
import type { Database } from '../../src/node/database.ts';
import { createStore } from '../../src/db/store.ts';
import { clusterChunksByRegion } from '../../src/db/search-indexes.ts';
import { HashingEmbeddings } from '../../src/embeddings/hashing.ts';
import { seedDocument } from '../support/fake-store.ts';

/** How many runs of one region the heap holds, in physical order (1 per region when clustered). */
async function regionRuns(database: Database): Promise<number> {
  const { rows } = await database.sql.query<{ region: string }>(
    'SELECT region FROM chunks ORDER BY ctid',
  );
  return rows.filter((r, i) => i === 0 || r.region !== rows[i - 1]!.region).length;
}

describe.each(BACKENDS)('ordering the chunks by region (ingest --cluster) on %s', (kind) => {
  let database: Database;
  const embeddings = new HashingEmbeddings({ dimensions: 512 });
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const store = createStore(database.sql);
    // Regions interleaved as a bulk load of many provinces' plans writes them.
    const regions = ['Hebei', 'Anhui', 'Hebei', 'Jiangsu', 'Anhui', 'Hebei'];
    for (const [i, region] of regions.entries()) {
      const texts = [
        `By 2025, ${region} will cut energy consumption per unit of GDP by ${10 + i}%.`,
        `${region} will build ${100 + i} charging points by 2025.`,
      ];
      await seedDocument(
        store,
        { id: `doc-${i}`, title: `${region} plan ${i}`, region },
        texts.map((text) => ({ text, embedding: embeddings.embedSync(text) })),
      );
    }
  });
  afterAll(async () => database?.close());

  it('rewrites the table in region order and leaves every search result as it was', async () => {
    const store = createStore(database.sql);
    const search = async () => {
      const vector = embeddings.embedSync('energy consumption per unit of GDP');
      const filtered = await store.vectorSearch(vector, { regions: ['Hebei'] }, 5);
      const all = await store.vectorSearch(vector, undefined, 5);
      return [filtered, all].map((rows) => rows.map((r) => [r.chunk_id, r.score.toFixed(6)]));
    };
    const before = await search();
    expect(await regionRuns(database)).toBeGreaterThan(3);

    const ms = await clusterChunksByRegion(database.sql);
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(await regionRuns(database)).toBe(3);
    expect(await search()).toEqual(before);
    const { rows } = await database.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM chunks',
    );
    expect(rows[0]!.n).toBe(12);
  });
});
