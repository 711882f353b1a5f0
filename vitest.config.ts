import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-heavy WASM; keep parallelism modest on 2 cores.
    maxWorkers: 2,
    pool: 'forks',
  },
});
