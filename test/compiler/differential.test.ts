// Differential testing of the whole pipeline on random vector fields (test/support/arbitrary-vector.ts):
// interpreter == wasm f64 (bitwise), interpreter in emulated f32 == wasm f32 (bitwise),
// interpreter == unoptimized (1e-9) == finite differences (smooth programs), optimized never
// more operations per point than unoptimized, and the AST oracle (test/oracle/) upstream of the
// IR; fields using grad and potentials included.
// Shrunk failures found by `npm run fuzz` are kept in test/fixtures/fuzz/ and replayed here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vectorProgramArb } from '../support/arbitrary-vector.js';
import { BUDGET, disagreements } from '../support/differential.js';
import { ROOT } from '../support/helpers.js';
import { assertForBudget } from '../support/property-budget.js';

const FIXTURES = join(ROOT, 'test/fixtures/fuzz');

describe('differential testing, random vector fields', () => {
  // the rough programs are test/compiler/differential-rough.test.ts: a file of their own runs in the other
  // vitest worker, in parallel with this one (each half runs by the same time budget)
  it('smooth: every backend and the optimizer agree', async () => {
    await assertForBudget('smooth vector fields', vectorProgramArb(true), async (p) => {
      expect(await disagreements(p)).toEqual([]);
    }, BUDGET);
  }, 600_000);

  const kept = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith('.json')) : [];
  it.runIf(kept.length > 0).each(kept)('regression fixture %s', async (file) => {
    expect(await disagreements(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')))).toEqual([]);
  });
});
