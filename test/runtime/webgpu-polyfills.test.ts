// The WGSL polyfills (compiler/backend/wgsl.ts POLYFILLS) at the inputs where each one's branches
// differ (NaN operands, saturation, series cut-offs, axes, zeros, overflow), against the wasm f32
// kernel: written against the hand-made mutants of docs/TESTING.md, "Mutation testing", that the
// accuracy and convention tests on WebGPU let through. Dawn on lavapipe, as
// test/runtime/webgpu.test.ts.
import { expect, it } from 'vitest';
import { compile } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';

const OUTS = [
  'min(x[0], x[1])', 'max(x[0], x[1])', 'expm1(x[2])', 'log1p(x[3])', 'tanh(x[4])', 'sigmoid(x[5])',
  'softplus(x[6])', 'asin(x[7])', 'acos(x[8])', 'atanh(x[9])', 'cbrt(x[10])', 'pow(x[11], x[12])',
  'hypot(x[13], x[14])', 'x[15] % x[16]', 'atan2(x[17], x[18])', 'erf(x[19])', 'max(x[20], 1e300)',
];
const N = 21;
const SRC = `field f(x: [${N}]) = [${[...OUTS, ...Array.from({ length: N - OUTS.length }, (_, i) => `x[${OUTS.length + i}]`)].join(', ')}]`;
const NaN_ = Number.NaN;
const ROWS = [
  [1, 2, 0.3, 0.05, 0.5, -3, -20, 0.999, -0.999, 0.9, -27, -2, 3, 3, 4, -7, 3, 0, -1, 0.3, 5],
  [2, NaN_, 1.5, 0.5, 50, 3, 20, -0.5, 0.5, -0.5, 8, -2, 0.5, 0, 0, 7, -3, -0, -1, 1.5, -5],
  [NaN_, 1, -2, -0.5, -50, 0, 0, 0, 0, 0, 0.001, -2, 2, 0, 5, -7.5, -2, 1, 0, -2, 0],
  [-3, -3, -0.2, -0.08, 0.1, 40, -40, 1, -1, 0.999, -0.008, 0, 2, 1e20, 1e20, 7, 3.5, -1, 0, 0.2, 1],
  [5, -1, 0.01, 0.09, -8, -40, 3, -1, 1, -0.999, 1e-6, 1.5, -2, 3e-20, 4e-20, -1, 0.25, 2, 2, -0.4, NaN_],
];

it('each polyfill agrees with the wasm f32 kernel where its branches differ', async () => {
  const wasm = compile(SRC, { precision: 'f32' }).wasm!;
  const gpu = await load(wasm, { backend: 'webgpu' }), cpu = await load(wasm, { backend: 'wasm', threads: 1 });
  const points = Float32Array.from(ROWS.flat());
  const [g, c] = [await gpu.evaluate(points), await cpu.evaluate(points)];
  expect(gpu.backend).toBe('webgpu');
  const bad: string[] = [];
  ROWS.forEach((row, r) => OUTS.forEach((out, k) => {
    const got = g.values[r * N + k]!, want = c.values[r * N + k]!;
    const ok = Number.isNaN(want) ? Number.isNaN(got) : !Number.isFinite(want) ? got === want : Math.abs(got - want) <= 1e-4 * Math.max(1, Math.abs(want));
    if (!ok) bad.push(`${out} at ${JSON.stringify(row.slice(0, 21))}: WGSL ${got}, wasm ${want}`);
  }));
  expect(bad).toEqual([]);
  gpu.dispose(); cpu.dispose();
}, 60_000);

it('floored % stays in [0, b) (b > 0) or (b, 0] (b < 0) where the f32 quotient rounds across an integer', async () => {
  // found by search in emulated f32: a - b floor(a / b) lands at b or past 0 before the corrections
  const ROWS_MOD = [
    [30.807476043701172, 1.7115265130996704], [-6.981204509735107, -0.6981204748153687], // past 0
    [-3.8092315196990967, 1.9046156406402588], [3.8092315196990967, -1.9046156406402588], // at b
  ];
  const wasm = compile('field m(x: [2]) = [x[0] % x[1], 0]', { precision: 'f32' }).wasm!;
  const gpu = await load(wasm, { backend: 'webgpu' }), cpu = await load(wasm, { backend: 'wasm', threads: 1 });
  const points = Float32Array.from(ROWS_MOD.flat());
  const [g, c] = [await gpu.evaluate(points), await cpu.evaluate(points)];
  expect(gpu.backend).toBe('webgpu');
  ROWS_MOD.forEach(([a, b], r) => {
    const got = g.values[2 * r]!;
    expect(b! > 0 ? got >= 0 && got < b! : got <= 0 && got > b!, `${a} % ${b} = ${got}`).toBe(true);
    // where the exact result is just inside the range, as the wasm kernel's (the f64 result rounded once)
    if (r < 2) expect(Math.abs(got - c.values[2 * r]!), `${a} % ${b}`).toBeLessThanOrEqual(1e-5);
  });
  gpu.dispose(); cpu.dispose();
}, 60_000);
