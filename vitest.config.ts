import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // one fast-check seed per run, printed; DIVC_SEED replays it (docs/TESTING.md)
    globalSetup: ['test/setup/seed.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
  },
});
