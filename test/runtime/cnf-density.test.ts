// examples/cnf-density: a 2-D CNF (FFJORD) with weights from a .safetensors file. Its density,
// computed by k.logDensity (f64, RK4), integrates to 1 on a grid over [-4, 4]^2, and matches an
// independent computation written here from the same weights: dense matrix products in plain JS,
// the trace of the Jacobian by hand (checked against central differences), the same RK4 (to
// rounding) and a converged RK4 against the kernel's Dormand-Prince (to 1e-6). The example's
// script runs, and the weights file is what make-weights.mjs writes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.js';
import { load, type Kernel } from '../../runtime/index.js';
import { matchParams, readTensors, type Tensor } from '../../runtime/params-file.js';
import { ROOT } from '../support/helpers.js';

const DIR = join(ROOT, 'examples/cnf-density');
const WEIGHTS = join(DIR, 'cnf.safetensors');
const tensors = (): Record<string, Tensor> => readTensors(readFileSync(WEIGHTS), WEIGHTS);

/** The CNF of cnf.div in plain JS: f(x; t) and its divergence, the Jacobian's trace by the chain rule. */
function reference(t: Record<string, Tensor>) {
  const [W1, b1, W2, b2, W3, b3] = ['W1', 'b1', 'W2', 'b2', 'W3', 'b3'].map((name) => Array.from(t[name]!.data));
  const H = b1!.length;
  const w = (m: number[], row: number, cols: number, col: number) => m[row * cols + col]!;
  const f = (x1: number, x2: number, time: number): [number, number, number] => {
    // layer 1: a = tanh(W1 [x; t] + b1), da/dx_d = (1 - a^2) W1[:, d]
    const h1 = new Array<number>(H), d1 = [new Array<number>(H), new Array<number>(H)];
    for (let i = 0; i < H; i++) {
      const a = Math.tanh(w(W1!, i, 3, 0) * x1 + w(W1!, i, 3, 1) * x2 + w(W1!, i, 3, 2) * time + b1![i]!);
      h1[i] = a;
      for (let d = 0; d < 2; d++) d1[d]![i] = (1 - a * a) * w(W1!, i, 3, d);
    }
    // layer 2 on [h1; t]
    const h2 = new Array<number>(H), d2 = [new Array<number>(H), new Array<number>(H)];
    for (let i = 0; i < H; i++) {
      let s = b2![i]! + w(W2!, i, H + 1, H) * time;
      const ds = [0, 0];
      for (let j = 0; j < H; j++) {
        s += w(W2!, i, H + 1, j) * h1[j]!;
        for (let d = 0; d < 2; d++) ds[d]! += w(W2!, i, H + 1, j) * d1[d]![j]!;
      }
      const a = Math.tanh(s);
      h2[i] = a;
      for (let d = 0; d < 2; d++) d2[d]![i] = (1 - a * a) * ds[d]!;
    }
    // output W3 [h2; t] + b3, and div f = sum_d d f_d / d x_d
    const out: [number, number] = [b3![0]! + w(W3!, 0, H + 1, H) * time, b3![1]! + w(W3!, 1, H + 1, H) * time];
    let div = 0;
    for (let j = 0; j < H; j++) {
      for (let d = 0; d < 2; d++) {
        out[d]! += w(W3!, d, H + 1, j) * h2[j]!;
        div += w(W3!, d, H + 1, j) * d2[d]![j]!;
      }
    }
    return [out[0], out[1], div];
  };
  /** log p(x) = log N(z; 0, I) + the integral of div f, classic RK4 with `steps` equal steps from t = 0 to 1. */
  const logDensity = (x: number, y: number, steps: number): number => {
    const h = 1 / steps;
    let integral = 0;
    for (let s = 0; s < steps; s++) {
      const t0 = s * h;
      const k1 = f(x, y, t0);
      const k2 = f(x + (h / 2) * k1[0], y + (h / 2) * k1[1], t0 + h / 2);
      const k3 = f(x + (h / 2) * k2[0], y + (h / 2) * k2[1], t0 + h / 2);
      const k4 = f(x + h * k3[0], y + h * k3[1], t0 + h);
      x += (h / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
      y += (h / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
      integral += (h / 6) * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]);
    }
    return -0.5 * (x * x + y * y) - Math.log(2 * Math.PI) + integral;
  };
  return { f, logDensity };
}

// the mass of the density (near its peak, at (-0.14, -1.14)), its arms, and the tails and a corner
const POINTS = [[0, -1], [-0.2, -1.2], [1.5, 0], [-2, 1], [2.5, 2.5], [0.7, -2.6], [-3.5, 3.5], [3.9, -3.9]];

describe('examples/cnf-density', () => {
  let k: Kernel;
  const ref = reference(tensors());
  beforeAll(async () => {
    k = await load(compile(readFileSync(join(DIR, 'cnf.div'), 'utf8')).wasm!, { backend: 'wasm', threads: 1 });
    k.setParams(matchParams(tensors(), k.params).values);
  });
  afterAll(() => k?.dispose());

  it('the reference divergence is the trace of the Jacobian (central differences)', () => {
    const e = 1e-5;
    for (const [x, y] of POINTS) {
      for (const time of [0, 0.37, 1]) {
        const trace = (ref.f(x! + e, y!, time)[0] - ref.f(x! - e, y!, time)[0] + ref.f(x!, y! + e, time)[1] - ref.f(x!, y! - e, time)[1]) / (2 * e);
        expect(Math.abs(ref.f(x!, y!, time)[2] - trace), `(${x}, ${y}; ${time})`).toBeLessThan(1e-7 * Math.max(1, Math.abs(trace)));
      }
    }
  });

  it('the flow is not trivial: it moves the points and div f is not 0 along their paths', async () => {
    const r = await k.flow(POINTS.slice(0, 6), { t0: 0, t1: 1, method: 'rk4', steps: 8 });
    for (let i = 0; i < 6; i++) {
      expect(Math.hypot(r.points[2 * i]! - POINTS[i]![0]!, r.points[2 * i + 1]! - POINTS[i]![1]!)).toBeGreaterThan(0.25);
      expect(Math.abs(r.integral[i]!)).toBeGreaterThan(0.1);
    }
  });

  it('log p matches the plain-JS RK4 of the same weights (8 steps: to rounding) and a converged one (to 1e-6)', async () => {
    const rk4 = await k.logDensity(POINTS, { t0: 0, t1: 1, method: 'rk4', steps: 8, base: 'normal' });
    POINTS.forEach(([x, y], i) => {
      const want = ref.logDensity(x!, y!, 8);
      expect(Math.abs(rk4[i]! - want), `(${x}, ${y}): ${rk4[i]} vs ${want}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(want)));
    });
    // Dormand-Prince at tight tolerances against 512 RK4 steps (converged far below 1e-6), where the mass is
    const dopri = await k.logDensity(POINTS.slice(0, 6), { t0: 0, t1: 1, method: 'dopri5', rtol: 1e-9, atol: 1e-11, base: 'normal' });
    POINTS.slice(0, 6).forEach(([x, y], i) => {
      const want = ref.logDensity(x!, y!, 512);
      expect(Math.abs(dopri[i]! - want), `(${x}, ${y}): ${dopri[i]} vs ${want}`).toBeLessThan(1e-6);
    });
  });

  it('the density integrates to 1 within 1% on a 128 x 128 grid over [-4, 4]^2 (RK4, 8 steps)', async () => {
    const n = 128, L = 4, h = (2 * L) / n;
    const points = new Float64Array(2 * n * n);
    for (let c = 0; c < n * n; c++) {
      points[2 * c] = -L + ((c % n) + 0.5) * h;
      points[2 * c + 1] = -L + (Math.floor(c / n) + 0.5) * h;
    }
    const logp = await k.logDensity(points, { t0: 0, t1: 1, method: 'rk4', steps: 8, base: 'normal' });
    let mass = 0, peak = 0;
    for (const v of logp) {
      mass += Math.exp(v) * h * h;
      peak = Math.max(peak, Math.exp(v));
    }
    expect(Math.abs(mass - 1)).toBeLessThan(0.01);
    // not a standard normal: its peak is 1 / (2 pi) = 0.159; this one is narrower
    expect(peak).toBeGreaterThan(0.2);
  });
});

describe('the example scripts', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'divc-cnf-density-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('make-weights.mjs writes cnf.safetensors byte for byte', () => {
    const out = join(dir, 'again.safetensors');
    const r = spawnSync(process.execPath, [join(DIR, 'make-weights.mjs'), out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(Buffer.compare(readFileSync(out), readFileSync(WEIGHTS))).toBe(0);
  });

  it('density.mjs prints the time and an integral of p within 1% of 1 (through the package exports: dist/ built)', () => {
    const r = spawnSync(process.execPath, [join(DIR, 'density.mjs'), '--grid', '64', '--steps', '4', '--png', join(dir, 'density.png')], { encoding: 'utf8', cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/log p on a 64 x 64 grid over \[-4, 4\]\^2 \(RK4, 4 steps, f64, 1 thread\): \d+\.\d{3} s/);
    const mass = Number(/integral of p over the grid \(sum of p times the cell area\): ([\d.]+)/.exec(r.stdout)?.[1]);
    expect(Math.abs(mass - 1)).toBeLessThan(0.01);
    expect(readFileSync(join(dir, 'density.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});
