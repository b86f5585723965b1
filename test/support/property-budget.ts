// Property tests run by a time budget with a floor count, so that a busy machine makes a run try
// fewer cases instead of timing out (a 900 s timeout was hit at load 4 to 6): every run tries at
// least `floor` cases, the coverage each CI run promises whatever the load, then more until
// `seconds` have passed since the property started, `max` at most. It prints what it tried.
// The long runs stay in `npm run fuzz`; DIVC_PROPERTY_SECONDS scales every budget (0: floors only).
import fc from 'fast-check';

export interface Budget {
  /** Cases every run tries, however long they take. */
  floor: number;
  /** Seconds after which no new case starts once the floor is reached. */
  seconds: number;
  /** Cases at most (default 20 x floor). */
  max?: number;
}

const scale = (): number => {
  const s = Number(process.env.DIVC_PROPERTY_SECONDS ?? 1);
  return Number.isFinite(s) && s >= 0 ? s : 1;
};

/**
 * fc.assert over `arb` by a time budget. Once the floor is reached and the time is up, the
 * remaining draws are passed without running the predicate (fast-check still draws them, which
 * costs little next to a compile); a failure turns that off, so shrinking sees every candidate.
 * Returns the number of cases the predicate ran, not counting shrinking.
 */
export async function assertForBudget<T>(label: string, arb: fc.Arbitrary<T>, predicate: (value: T) => Promise<void> | void, budget: Budget): Promise<number> {
  const start = performance.now(), deadline = start + budget.seconds * 1000 * scale();
  let tried = 0, failing = false;
  const property = fc.asyncProperty(arb, async (value) => {
    if (!failing && tried >= budget.floor && performance.now() > deadline) return;
    if (!failing) tried++;
    try {
      await predicate(value);
    } catch (e) {
      failing = true;
      throw e;
    }
  });
  await fc.assert(property, { numRuns: budget.max ?? budget.floor * 20 });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`${label}: ${tried} cases in ${seconds} s (floor ${budget.floor}, budget ${budget.seconds} s)`);
  return tried;
}
