import pg from 'pg';
import { openDatabase, type Database } from '../../src/node/database.ts';

/**
 * The database backends every integration suite runs on: embedded PGlite always, PostgreSQL
 * when TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL suite gets its own schema so
 * suites can run in parallel against one server.
 */
export const BACKENDS: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export async function openTestDatabase(
  kind: 'pglite' | 'postgres',
  embeddingDimensions = 512,
): Promise<Database> {
  if (kind === 'pglite') return openDatabase({ dataDir: 'memory://', embeddingDimensions });
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = await openDatabase({
    databaseUrl: url,
    schema,
    poolSize: 4,
    embeddingDimensions,
  });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}
