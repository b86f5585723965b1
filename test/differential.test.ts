// Differential testing of the whole pipeline on random vector fields (test/arbitrary-vector.ts):
// interpreter == wasm f64 (bitwise) == wasm f32 (1e-4) == unoptimized (1e-9) == finite
// differences (smooth programs), and optimized never more operations per point than unoptimized.
// Shrunk failures found by `npm run fuzz` are kept in test/fixtures/fuzz/ and replayed here.
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vectorProgramArb } from './arbitrary-vector.js';
import { disagreements } from './differential.js';
import { ROOT } from './helpers.js';

const FIXTURES = join(ROOT, 'test/fixtures/fuzz');
/** Programs per CI run, smooth and rough together (about 2,000: the bar). */
const RUNS = 1000;

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
