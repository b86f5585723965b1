// globalSetup (vitest.config.ts): one fast-check seed for the whole run, from DIVC_SEED or fresh,
// printed once and handed to every test file (each runs in its own process) by provide/inject.
// test/setup/fast-check.ts installs it; docs/TESTING.md, "Randomness and replay".
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext { divcSeed: number }
}

/** The seed from `DIVC_SEED` (an integer), or a fresh one. */
export function chooseSeed(env: string | undefined = process.env.DIVC_SEED): number {
  if (env === undefined || env.trim() === '') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(env);
  // fast-check's generators take 32 bits of it
  if (!Number.isInteger(seed) || Math.abs(seed) >= 2 ** 31) throw new Error(`DIVC_SEED must be an integer of magnitude below 2^31, got '${env}'`);
  return seed;
}

export default function setup(project: TestProject): void {
  const seed = chooseSeed();
  project.provide('divcSeed', seed);
  console.log(`divc: fast-check seed ${seed}${process.env.DIVC_SEED ? ' (from DIVC_SEED)' : ''}; replay a file with: DIVC_SEED=${seed} npx vitest run <file>`);
}
