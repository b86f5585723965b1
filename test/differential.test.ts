// Differential testing of the whole pipeline on random vector fields (test/arbitrary-vector.ts):
// interpreter == wasm f64 (bitwise), interpreter in emulated f32 == wasm f32 (bitwise),
// interpreter == unoptimized (1e-9) == finite differences (smooth programs), optimized never
// more operations per point than unoptimized, and the AST oracle (test/oracle/) upstream of the
// IR; fields using grad and potentials included.
// Shrunk failures found by `npm run fuzz` are kept in test/fixtures/fuzz/ and replayed here.
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vectorProgramArb } from './arbitrary-vector.js';
import { disagreements } from './differential.js';
import { ROOT } from './helpers.js';

const FIXTURES = join(ROOT, 'test/fixtures/fuzz');
/**
 * Programs per CI run, for smooth and for rough. 1,000 each (about 2,000: the bar) until
 * a quarter of the programs became fields using grad (about 1.5 times a plain field's compile
 * time, larger ones more), the AST oracle joined and points and params got ordinary magnitudes.
 * CPU time of this file with DIVC_SEED=12345 on a loaded machine: 370 s before (1,000 each),
 * 354 s with 800 each; 850 each keeps it within about 10 s of its time before.
 */
const RUNS = 850;

describe('differential testing, random vector fields', () => {
  it.each([true, false])('smooth = %s: every backend and the optimizer agree', async (smooth) => {
    await fc.assert(fc.asyncProperty(vectorProgramArb(smooth), async (p) => {
      expect(await disagreements(p)).toEqual([]);
    }), { numRuns: RUNS });
  }, 600_000);

  const kept = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith('.json')) : [];
  it.runIf(kept.length > 0).each(kept)('regression fixture %s', async (file) => {
    expect(await disagreements(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')))).toEqual([]);
  });
});
