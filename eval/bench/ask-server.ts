import { openDatabase } from '../../src/node/database.ts';
import { serveBenchApp } from './app-server.ts';
import { EMBEDDING_DIMENSIONS } from './backend.ts';

/**
 * Child process for the end-to-end measurement on PostgreSQL: the app alone in its own process,
 * so its resident memory is the server's and not the benchmark's. Prints one JSON line with the
 * URL, then serves until stdin closes or SIGTERM arrives.
 */
async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  const schema = process.env.BENCH_SCHEMA;
  if (!url || !schema) throw new Error('BENCH_DATABASE_URL and BENCH_SCHEMA are required');
  const database = await openDatabase({
    databaseUrl: url,
    schema,
    embeddingDimensions: EMBEDDING_DIMENSIONS,
    migrate: false,
    poolSize: 10,
  });
  const server = await serveBenchApp(database.sql);
  const stop = async () => {
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  process.stdout.write(JSON.stringify({ url: server.url }) + '\n');
}

main().catch((error) => {
  process.stderr.write(`ask-server: ${(error as Error).message}\n`);
  process.exit(1);
});
