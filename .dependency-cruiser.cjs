/* global module */
/**
 * Import rules checked by `npm run lint` (dependency-cruiser: it reads TypeScript imports as
 * written, `import type` included, and reports the whole cycle, which ESLint's import/no-cycle
 * does only with a resolver plugin and at several times the cost on this tree).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Layers point down: a module must not import, directly or through others, a module that imports it.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|artifacts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
