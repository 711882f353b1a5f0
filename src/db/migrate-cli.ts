import { loadConfig, maskUrl } from '../config.ts';
import { openDatabase, loadMigrations } from '../node/database.ts';
import { migrate } from './migrate.ts';
import { backfillLexicalVectors } from './lexical-backfill.ts';

// `npm run migrate`: applies pending migrations to DATABASE_URL (or the PGlite in DATA_DIR).
// Workers never migrate at request time; run this from Node before deploying.
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('Usage: npm run migrate   (applies src/db/migrations/*.sql to DATABASE_URL, else the PGlite in DATA_DIR)');
  process.exit(0);
}
try {
  const config = loadConfig(process.env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, embeddingDimensions: config.embeddings.dimensions, migrate: false });
  const applied = await migrate(database.sql, loadMigrations(), { embeddingDimensions: config.embeddings.dimensions });
  // Chunks written before migration 005 get their lexical vectors here (the Workers never write them).
  const backfilled = await backfillLexicalVectors(database.sql);
  console.log(
    `${config.databaseUrl ? maskUrl(config.databaseUrl) : database.location}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}` +
      (backfilled > 0 ? `; lexical vectors computed for ${backfilled} chunks` : ''),
  );
  await database.close();
} catch (error) {
  console.error(`migrate: ${(error as Error).message.split('\n')[0]}`);
  process.exit(1);
}
