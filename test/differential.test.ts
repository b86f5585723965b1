// Differential testing of the whole pipeline on random vector fields (test/arbitrary-vector.ts):
// interpreter == wasm f64 (bitwise) == wasm f32 (1e-4) == unoptimized (1e-9) == finite
// differences (smooth programs), optimized never more operations per point than unoptimized, and
// the AST oracle (test/oracle/) upstream of the IR; fields using grad and potentials included.
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
 * Programs per CI run, for smooth and for rough (1,000 each, about 2,000: the bar, until
 * a quarter of the programs became potentials and another quarter fields using grad, each about
 * twice the compile time of a plain field, and the AST oracle joined: 900 each keeps the suite
 * within 30 s of its time before).
 */
const RUNS = 900;

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
