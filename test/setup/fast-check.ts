// setupFiles (vitest.config.ts), in every test file's process: fast-check runs on the run's seed
// (test/setup/seed.ts), and a failing property's error ends with the command that replays it.
import fc from 'fast-check';
import { relative } from 'node:path';
import { expect, inject } from 'vitest';
import { ROOT } from '../support/helpers.js';

const seed = inject('divcSeed');
fc.configureGlobal({ seed });
fc.installGlobalPlugin(() => ({
  onAllRunsComplete: (details) => {
    if (!details.failed) return;
    const file = relative(ROOT, expect.getState().testPath ?? '<file>');
    // fast-check's own report (seed, path, counterexample, shrinks), the predicate's error as cause
    throw new Error(`${fc.defaultReportMessage(details)}\n\nReplay: DIVC_SEED=${seed} npx vitest run ${file}`, { cause: details.errorInstance });
  },
}));
