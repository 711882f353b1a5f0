import { loadConfig } from './src/config.ts';
import { openRuntime } from './src/node/runtime.ts';
import { buildDigest } from './src/digest/build.ts';
const runtime = await openRuntime(loadConfig({ ...process.env, DATA_DIR: '/tmp/dg-data', SEED_CORPUS: 'false', LOG_LEVEL: 'error' }));
for (let i = 0; i < 2; i++) {
  const t0 = performance.now();
  const d = await buildDigest(runtime.services.store, { from: process.argv[2] ?? '2024-06-01', to: process.argv[3] ?? '2024-10-31' });
  console.error('ms', Math.round(performance.now() - t0));
  if (i === 1) console.log(JSON.stringify(d, null, 1));
}
await runtime.close();
