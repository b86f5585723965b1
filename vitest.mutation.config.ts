// vitest for `npm run mutate` (stryker.config.mjs, docs/TESTING.md "Mutation testing"): the main
// config with only fast test files that run the mutated sources from compiler/ and runtime/
// directly (not through dist/ or the CLI). Slow files (differential, tensor, webgpu, golden,
// browser) are left out: every surviving mutant reruns all the tests that cover it, and a
// mutant in module-level data (the rewrite rules) is covered by every test. browser/threads,
// a few seconds in Chromium, is in: it hands its pages Stryker's mutant and takes back their coverage.
// DIVC_MUTATION_TESTS=compiler/rules,compiler/optimizer narrows the run to those files
// (test/<folder>/<name>.test.ts).
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification, type Reporter, type Vitest } from 'vitest/node';
import base from './vitest.config.js';

export const MUTATION_TESTS = [
  'compiler/rules', 'compiler/rule-matcher', 'compiler/derivative-rules', 'runtime/chunks', 'compiler/divergence-pass',
  'compiler/tensor-gradient-partials', 'runtime/conditions-pack', 'runtime/threads-kernel', 'runtime/threads-pool',
  'compiler/optimizer', 'compiler/grad', 'compiler/sincos', 'compiler/native-math', 'compiler/conventions',
  'compiler/agreement', 'compiler/builtins-mpmath', 'compiler/accuracy', 'compiler/concat', 'compiler/oracle', 'runtime/kernel',
  'browser/threads',
];

const chosen = process.env.DIVC_MUTATION_TESTS?.split(',').map((s) => s.trim()).filter(Boolean) ?? MUTATION_TESTS;

const files = chosen.map((name) => `test/${name}.test.ts`);

/** Files in the order listed, not vitest's slowest-first: the fast, focused files kill most
 *  mutants, and Stryker's bail skips the rest once one test fails. */
class ListedOrder extends BaseSequencer {
  override async sort(specs: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (s: TestSpecification) => files.findIndex((f) => s.moduleId.endsWith(f));
    return [...specs].sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * A test file that fails to load (a mutant of module-level data, like a rewrite rule, that throws
 * at import) holds no tests, and Stryker's vitest runner (9.6.1; stryker-js#6150) builds a mutant's
 * result from the tests alone: no failed test, so it would count as survived. This gives such a
 * file one failed test carrying its load error.
 */
class LoadFailureAsTest implements Reporter {
  private ctx!: Vitest;
  onInit(ctx: Vitest): void {
    this.ctx = ctx;
  }
  onTestRunEnd(): void {
    for (const file of this.ctx.state.getFiles()) {
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      file.tasks.push({
        type: 'test', id: `${file.id}_load`, name: 'loads', mode: 'run', file, suite: file, meta: {}, context: undefined as never,
        result: { state: 'fail', errors: file.result.errors ?? [{ message: 'the file did not load' }], duration: 0 },
      } as unknown as (typeof file.tasks)[number]);
    }
  }
}

export default defineConfig({
  ...base,
  test: { ...base.test, maxWorkers: 1, include: files, sequence: { sequencer: ListedOrder }, reporters: ['default', new LoadFailureAsTest()] },
});
