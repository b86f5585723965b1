// Differential testing of the tensor level on random networks (test/arbitrary-net.ts): loop
// kernel == tensor interpreter (bitwise) == scalar level (1e-9) == finite differences (smooth),
// f32 bitwise against the tensor interpreter in emulated f32. `npm run fuzz -- --nets` runs the
// same property for longer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netProgramArb } from './arbitrary-net.js';
import { netDisagreements } from './differential-net.js';

/** Networks per CI run, smooth and rough together. */
const RUNS = 40;

describe('differential testing, random networks at the tensor level', () => {
  it.each([true, false])('smooth = %s: loop kernels, the tensor interpreter and the scalar level agree', async (smooth) => {
    await fc.assert(fc.asyncProperty(netProgramArb(smooth), async (p) => {
      expect(await netDisagreements(p)).toEqual([]);
    }), { numRuns: RUNS });
  }, 600_000);
});
