// Mutation testing (docs/TESTING.md, "Mutation testing"): `npm run mutate`, or one file with
// `npm run mutate -- --mutate compiler/ir/rules.ts`. Not in CI: minutes to an hour a file.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  // the files where a silent error costs most (issue 14); the WGSL polyfills are WGSL text in a
  // template literal, which Stryker does not mutate: docs/TESTING.md says how they were checked
  mutate: [
    'compiler/ir/rules.ts',
    'compiler/ir/fold.ts',
    'compiler/passes/derivative-rules.ts',
    'compiler/passes/divergence.ts',
    'compiler/passes/bottleneck.ts',
    'compiler/backend/wasm-math.ts',
    'runtime/chunks.ts',
    'runtime/conditions.ts',
    'runtime/threads.ts',
  ],
  checkers: [],
  plugins: ["@stryker-mutator/*", "./stryker-ignore.mjs"],
  ignorers: ["divc-docs"],
  ignorePatterns: ['scratch', 'reports', 'docs/api', 'examples/playground/dist', 'test/.out'],
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 80, break: null },
  cleanTempDir: 'always',
};
