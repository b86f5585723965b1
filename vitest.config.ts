import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // every core (vitest's default leaves one free: on a 2-core CI machine, one file at a time
    // and 16 minutes; the main process only collects results)
    maxWorkers: availableParallelism(),
    // one fast-check seed per run, printed; DIVC_SEED replays it (docs/TESTING.md)
    globalSetup: ['test/setup/seed.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
  },
});
