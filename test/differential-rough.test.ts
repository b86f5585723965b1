// The rough half of test/differential.test.ts (random vector fields with non-smooth builtins,
// comparisons and selections): the same checks, in a file of its own so that vitest runs the two
// halves in parallel.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vectorProgramArb } from './arbitrary-vector.js';
import { disagreements, RUNS } from './differential.js';

describe('differential testing, random vector fields', () => {
  it('rough: every backend and the optimizer agree', async () => {
    await fc.assert(fc.asyncProperty(vectorProgramArb(false), async (p) => {
      expect(await disagreements(p)).toEqual([]);
    }), { numRuns: RUNS });
  }, 900_000);
});
