import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Node-only modules must stay out of the runtime-neutral core (src/), which also runs on
// Cloudflare Workers. Only the Node entry, the Workers entry and src/node/ (the Node wiring
// of the database and runtime) may import them.
const NODE_ONLY = {
  patterns: [
    {
      group: ['node:*'],
      message: 'src/ is runtime-neutral: Node built-ins belong in src/entry-node.ts or src/node/.',
    },
    {
      group: [
        'pg',
        'pg/*',
        'pdf-parse',
        'pdf-parse/*',
        '@hono/node-server',
        '@hono/node-server/*',
        '@electric-sql/pglite',
        '@electric-sql/pglite/*',
        '@electric-sql/pglite-pgvector',
        'cli-progress',
      ],
      message: 'Node-only package: import it from src/entry-node.ts or src/node/ and pass it in.',
    },
    {
      group: ['../ingest/*', '../../ingest/*', '../../../ingest/*'],
      message: 'ingest/ is Node-only; src/ must not import it.',
    },
  ],
  paths: [
    'fs',
    'path',
    'os',
    'child_process',
    'http',
    'https',
    'crypto',
    'buffer',
    'stream',
    'url',
    'util',
    'net',
    'tls',
    'zlib',
    'worker_threads',
  ].map((name) => ({
    name,
    message: 'src/ is runtime-neutral: use Web APIs (crypto.subtle, fetch, TextEncoder).',
  })),
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'dist/',
      '.wrangler/',
      'eval/out/',
      'artifacts/',
      'ingest/corpus-src/',
      'src/ui/public/vendor/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/entry-node.ts', 'src/entry-workers.ts', 'src/node/**'],
    rules: { 'no-restricted-imports': ['error', NODE_ONLY] },
  },
  {
    files: ['src/entry-workers.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...NODE_ONLY,
          patterns: NODE_ONLY.patterns.map((p) => ({
            ...p,
            group: p.group.filter((g) => g !== 'pg' && g !== 'pg/*'),
          })),
        },
      ],
    },
  },
  {
    // The UI's names are checked by tsc against the DOM library (src/ui/jsconfig.json),
    // as typescript-eslint advises for type-checked code, instead of a hand-kept globals list.
    files: ['src/ui/public/**/*.js'],
    rules: { 'no-undef': 'off' },
  },
);
