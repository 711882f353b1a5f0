import { loadConfig, maskUrl } from '../config.ts';
import { openDatabase, upgradeDatabase } from './database.ts';

// `npm run migrate`: applies pending migrations to DATABASE_URL (or the PGlite in DATA_DIR).
// Workers never migrate at request time; run this from Node before deploying.
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    'Usage: npm run migrate   (applies src/db/migrations/*.sql to DATABASE_URL, else the PGlite in DATA_DIR)',
  );
  process.exit(0);
}
try {
  const config = loadConfig(process.env);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddingDimensions: config.embeddings.dimensions,
    migrate: false,
  });
  // What a start does: migrations, lexical vectors for chunks without them (the Workers never
  // write them), search indexes a migration dropped; under the migration lock on PostgreSQL.
  const { applied, backfilled } = await upgradeDatabase(database, config.embeddings.dimensions);
  console.log(
    `${config.databaseUrl ? maskUrl(config.databaseUrl) : database.location}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}` +
      (backfilled > 0 ? `; lexical vectors computed for ${backfilled} chunks` : ''),
  );
  await database.close();
} catch (error) {
  console.error(`migrate: ${(error as Error).message.split('\n')[0]}`);
  process.exit(1);
}
