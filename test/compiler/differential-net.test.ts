// Differential testing of the tensor level on random networks (test/support/arbitrary-net.ts): loop
// kernel == tensor interpreter (bitwise) == scalar level (1e-9) == finite differences (smooth),
// f32 bitwise against the tensor interpreter in emulated f32; and the loop kernel's vjp against the
// scalar level's (1e-9) and finite differences (smooth). `npm run fuzz -- --nets` runs the same
// property for longer.
import { describe, expect, it } from 'vitest';
import { netProgramArb } from '../support/arbitrary-net.js';
import { netDisagreements } from '../support/differential-net.js';
import { assertForBudget } from '../support/property-budget.js';

/** Networks per CI run and kind (smooth, rough): 40 each was a fixed count; now a floor and a budget. */
const BUDGET = { floor: 15, seconds: 30, max: 200 };

describe('differential testing, random networks at the tensor level', () => {
  it.each([true, false])('smooth = %s: loop kernels, the tensor interpreter and the scalar level agree', async (smooth) => {
    await assertForBudget(`networks, smooth = ${smooth}`, netProgramArb(smooth), async (p) => {
      expect(await netDisagreements(p)).toEqual([]);
    }, BUDGET);
  }, 400_000);
});
