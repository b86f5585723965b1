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
 * time, larger ones more) and the AST oracle joined: with the same seed, 900 each took 435 s of
 * CPU where 1,000 had taken 370 s (a loaded machine); 800 each keeps the file within about 15 s
 * of its time before.
 */
const RUNS = 800;

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
