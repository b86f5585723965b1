// The rough half of test/compiler/differential.test.ts (random vector fields with non-smooth builtins,
// comparisons and selections): the same checks, in a file of its own so that vitest runs the two
// halves in parallel.
import { describe, expect, it } from 'vitest';
import { vectorProgramArb } from '../support/arbitrary-vector.js';
import { BUDGET, disagreements } from '../support/differential.js';
import { assertForBudget } from '../support/property-budget.js';

describe('differential testing, random vector fields', () => {
  it('rough: every backend and the optimizer agree', async () => {
    await assertForBudget('rough vector fields', vectorProgramArb(false), async (p) => {
      expect(await disagreements(p)).toEqual([]);
    }, BUDGET);
  }, 600_000);
});
