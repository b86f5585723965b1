// Every builtin's value and derivative against outside references: mpmath at 60 digits
// (test/fixtures/builtins/derivatives.json, copied from the shared references; nothing in it was
// computed by divc). f64: values within 2 ulps, derivatives (div f of a one-input field; for binary
// builtins df/da + df/db) within 1e-14 of max(1, |reference|); f32 (rows at float32 inputs): values
// within 1e-6 of max(1, |reference|). Where the reference overflows (null), the kernel must not give
// a finite number. The interpreter equals the f64 kernel bit for bit on every row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, compile, interpret } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';
import { ROOT } from '../support/helpers.js';

type Row = (number | null)[];
interface Fixture { unary: Record<string, Row[]>; unary32: Record<string, Row[]>; binary: Record<string, Row[]> }
export const DERIVATIVES = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/builtins/derivatives.json'), 'utf8')) as Fixture;

/** Distance in ulps of the reference (the spacing of doubles at |want|). */
export function ulps(got: number, want: number): number {
  if (Object.is(got, want)) return 0;
  if (!Number.isFinite(got)) return Infinity;
  const spacing = Math.max(2 ** (Math.floor(Math.log2(Math.max(Math.abs(want), 2 ** -1022))) - 52), 2 ** -1074);
  return Math.abs(got - want) / spacing;
}

export const F64_ULPS = 2;
export const DERIVATIVE_TOL = 1e-14;
export const F32_TOL = 1e-6;

const unarySource = (name: string) => `field g(x) = (${name}(x))`;
const binarySource = (name: string) => (name === 'mod' ? 'field g(a, b) = (a % b, a % b)' : `field g(a, b) = (${name}(a, b), ${name}(a, b))`);

/** f at the rows' inputs and its derivative, from the kernel (and the interpreter in f64). */
export async function runRows(src: string, inputs: number[][], precision: 'f64' | 'f32') {
  const out = compile(src, { precision });
  expect(out.diagnostics).toEqual([]);
  const k = await load(out.wasm!);
  const r = await k.evaluate(inputs.flat());
  k.dispose();
  const dim = inputs[0]!.length;
  return inputs.map((_, i) => ({ value: r.values[i * dim]!, derivative: r.divergence[i]! }));
}

function checkValue(got: number, want: number | null, what: string) {
  if (want === null) expect(Number.isFinite(got), `${what}: ${got} should overflow`).toBe(false);
  else expect(ulps(got, want), `${what} = ${got}, mpmath ${want}`).toBeLessThanOrEqual(F64_ULPS);
}
function checkClose(got: number, want: number | null, tol: number, what: string) {
  if (want === null) expect(Number.isFinite(got), `${what}: ${got} should overflow`).toBe(false);
  else expect(Math.abs(got - want), `${what} = ${got}, mpmath ${want}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(want)));
}

describe('builtins against mpmath (f64)', () => {
  it.each(Object.keys(DERIVATIVES.unary))('%s', async (name) => {
    const rows = DERIVATIVES.unary[name]!;
    const src = unarySource(name);
    const got = await runRows(src, rows.map((r) => [r[0]!]), 'f64');
    rows.forEach(([x, f, d], i) => {
      checkValue(got[i]!.value, f!, `${name}(${x})`);
      checkClose(got[i]!.derivative, d!, DERIVATIVE_TOL, `${name}'(${x})`);
    });
  });

  it.each(Object.keys(DERIVATIVES.binary))('%s', async (name) => {
    const rows = DERIVATIVES.binary[name]!;
    const got = await runRows(binarySource(name), rows.map((r) => [r[0]!, r[1]!]), 'f64');
    rows.forEach(([a, b, f, da, db], i) => {
      checkValue(got[i]!.value, f!, `${name}(${a}, ${b})`);
      const want = da === null || db === null ? null : da! + db!;
      checkClose(got[i]!.derivative, want, DERIVATIVE_TOL, `d${name}/da + d${name}/db at (${a}, ${b})`);
    });
  });
});

describe('builtins against mpmath (f32 kernels at float32 inputs)', () => {
  it.each(Object.keys(DERIVATIVES.unary32))('%s', async (name) => {
    const rows = DERIVATIVES.unary32[name]!.filter((r) => r[1] === null || Math.abs(r[1]!) < 3.4e38);
    const got = await runRows(unarySource(name), rows.map((r) => [r[0]!]), 'f32');
    rows.forEach(([x, f], i) => checkClose(got[i]!.value, f!, F32_TOL, `${name}(${x}) f32`));
  });
});

describe('the interpreter equals the f64 kernel bit for bit on every row', () => {
  it('unary and binary builtins', async () => {
    for (const [name, rows] of Object.entries(DERIVATIVES.unary)) {
      const src = unarySource(name);
      const got = await runRows(src, rows.map((r) => [r[0]!]), 'f64');
      const { evaluate } = analyze(src).programs!;
      rows.forEach(([x], i) => {
        const ref = interpret(evaluate, [x!], []);
        expect(got[i]!.value, `${name}(${x})`).toBe(ref.values[0]);
        expect(got[i]!.derivative, `${name}'(${x})`).toBe(ref.divergence);
      });
    }
  });
});
