// k.flow and k.logDensity (CONTRACT.md "Conditions, flows and gradients"): the shared flow
// references (RK4 to 1e-10 of their own RK4, Dormand-Prince to their tolerance, f32 to 1e-4),
// exact flows, per-point step control, a point that blows up alone, and every refusal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.js';
import { DivcError, load } from '../../runtime/index.js';
import { REFERENCE_DIR, source } from '../support/helpers.js';

interface FlowCase { t0: number; t1: number; method: 'rk4' | 'dopri5'; steps?: number; rtol?: number; atol?: number; tol: number; points: number[][]; end: number[][]; integral: number[] }
interface FlowReference { field: string; dim: number; params: Record<string, unknown>; cases: FlowCase[] }

const flowReference = (name: string): FlowReference => JSON.parse(readFileSync(join(REFERENCE_DIR, `${name}.flow.json`), 'utf8'));

const kernelOf = async (src: string, precision: 'f64' | 'f32' = 'f64') => load(compile(src, { precision }).wasm!, { backend: 'wasm', threads: 1 });

describe.each(['cnf_time', 'linear_flow'])('%s against its flow reference', (name) => {
  const ref = flowReference(name);
  it.each(['f64', 'f32'] as const)('%s', async (precision) => {
    const k = await kernelOf(source(name), precision);
    k.setParams(ref.params as never);
    for (const c of ref.cases) {
      const r = await k.flow(c.points, c);
      // f64: RK4 is the references' own scheme (to rounding), Dormand-Prince within its tolerance
      const tol = precision === 'f32' ? 1e-4 : c.method === 'rk4' ? 1e-10 : c.tol;
      c.points.forEach((_, i) => {
        c.end[i]!.forEach((v, d) => expect(Math.abs(r.points[i * ref.dim + d]! - v) / Math.max(1, Math.abs(v)), `${c.method} ${c.t0}->${c.t1} point ${i}`).toBeLessThanOrEqual(tol));
        expect(Math.abs(r.integral[i]! - c.integral[i]!) / Math.max(1, Math.abs(c.integral[i]!))).toBeLessThanOrEqual(tol);
        if (c.method === 'rk4') expect(r.steps[i]).toBe(c.steps);
        else expect(r.steps[i]).toBeGreaterThan(1);
      });
    }
    k.dispose();
  });
});

describe('exact flows', () => {
  it('a linear field reaches rtol 1e-8 against exp(A t) x, and logDensity is log N(end) + tr(A) t', async () => {
    // A = [[-0.5, 2], [-2, -0.5]]: exp(A t) = e^(-t/2) [[cos 2t, sin 2t], [-sin 2t, cos 2t]]
    const k = await kernelOf('param A: [2, 2] = [[-0.5, 2], [-2, -0.5]]\nfield f(x: [2]) = A @ x');
    const points = [[1, 0], [0.3, -2], [-1.5, 0.7]];
    const t1 = 1.7;
    const exact = (p: number[]) => {
      const [c, s, e] = [Math.cos(2 * t1), Math.sin(2 * t1), Math.exp(-t1 / 2)];
      return [e * (c * p[0]! + s * p[1]!), e * (-s * p[0]! + c * p[1]!)];
    };
    const r = await k.flow(points, { t0: 0, t1, method: 'dopri5', rtol: 1e-8, atol: 1e-12 });
    points.forEach((p, i) => {
      exact(p).forEach((v, d) => expect(Math.abs(r.points[2 * i + d]! - v)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(v))));
      expect(r.integral[i]).toBeCloseTo(-1 * t1, 9);
    });
    const logp = await k.logDensity(points, { t0: 0, t1, rtol: 1e-10, atol: 1e-12, base: 'normal' });
    points.forEach((p, i) => {
      const z = exact(p);
      expect(logp[i]).toBeCloseTo(-0.5 * (z[0]! ** 2 + z[1]! ** 2) - Math.log(2 * Math.PI) - t1, 8);
    });
    k.dispose();
  });

  it('the time goes to the condition t, and other conditions stay fixed (once or per point)', async () => {
    // dx/dt = c t x: x(t) = x0 exp(c t^2 / 2), the integral of div f = c t^2 / 2 per coordinate
    const k = await kernelOf('field f(x, y; t, c) = (c * t * x, c * t * y)');
    const points = [[1, 2], [-0.5, 0.25]];
    for (const c of [0.7, [0.7, -1.2]]) {
      const r = await k.flow(points, { t0: 0, t1: 1.5, steps: 200, conditions: { c } });
      points.forEach((p, i) => {
        const ci = typeof c === 'number' ? c : c[i]!;
        const g = Math.exp((ci * 1.5 ** 2) / 2);
        expect(r.points[2 * i]).toBeCloseTo(p[0]! * g, 9);
        expect(r.points[2 * i + 1]).toBeCloseTo(p[1]! * g, 9);
        expect(r.integral[i]).toBeCloseTo(2 * ci * 1.5 ** 2 / 2, 9);
      });
    }
    await expect(k.flow(points, { t0: 0, t1: 1, steps: 4, conditions: { c: 1, t: 0.5 } })).rejects.toThrow("takes the time as its condition 't', which the flow sets");
    await expect(k.flow(points, { t0: 0, t1: 1, steps: 4 })).rejects.toThrow("condition 'c' of 'f' missing");
    k.dispose();
  });

  it('each point its own step size: a stiff point takes more steps and leaves the others as they are', async () => {
    // dx/dt = -k x with k = 1 and k = 400 (y carries k): the stiff point needs many more steps
    const k = await kernelOf('field f(x, y) = (-y * x, 0)');
    const alone = await k.flow([[1, 1]], { t0: 0, t1: 1, rtol: 1e-6 });
    const both = await k.flow([[1, 1], [1, 400]], { t0: 0, t1: 1, rtol: 1e-6 });
    expect(both.steps[1]).toBeGreaterThan(5 * both.steps[0]!);
    expect(both.steps[0]).toBe(alone.steps[0]);
    expect(both.points[0]).toBe(alone.points[0]);
    expect(both.points[0]).toBeCloseTo(Math.exp(-1), 6);
    k.dispose();
  });
});

describe('a point that blows up ends as non-finite, alone', () => {
  // dx/dt = x^2 from x0: x = x0 / (1 - x0 t), infinite at t = 1 / x0 (0.5 for x0 = 2)
  it.each(['rk4', 'dopri5'] as const)('%s', async (method) => {
    const k = await kernelOf('field f(x, y) = (x^2, 0)');
    const r = await k.flow([[0.5, 0], [2, 0], [-1, 0]], { t0: 0, t1: 1, method, steps: 1000, maxSteps: 2000 });
    expect(Number.isFinite(r.points[2])).toBe(false);
    expect(r.points[0]).toBeCloseTo(0.5 / (1 - 0.5), method === 'rk4' ? 9 : 5);
    expect(r.points[4]).toBeCloseTo(-1 / (1 + 1), method === 'rk4' ? 9 : 5);
    expect(r.steps[1]).toBeLessThanOrEqual(method === 'rk4' ? 1000 : 2000);
    k.dispose();
  });
});

describe('found by review', () => {
  it('atol 0 with a component that stays 0 (the integral of a divergence-free field): no NaN, in the kernel and from JavaScript', async () => {
    const k = await kernelOf('field f(x, y) = (-y, x)');
    const r = await k.flow([[1, 0], [0.5, 0.5]], { t0: 0, t1: 1, method: 'dopri5', atol: 0, rtol: 1e-8 });
    expect(r.points[0]).toBeCloseTo(Math.cos(1), 7);
    expect(r.points[1]).toBeCloseTo(Math.sin(1), 7);
    expect(Array.from(r.integral)).toEqual([0, 0]);
    const { integrate } = await import('../../runtime/flow.js');
    const js = await integrate([1, 0], 2, async (states) => {
      const e = await k.evaluate(Array.from(states));
      return { values: e.values, divergence: e.divergence };
    }, { t0: 0, t1: 1, method: 'dopri5', atol: 0, rtol: 1e-8 });
    expect(js.points[0]).toBeCloseTo(Math.cos(1), 7);
    k.dispose();
  });

  it.each(['rk4', 'dopri5'] as const)('%s: a setParams right after the call does not reach it', async (method) => {
    const k = await kernelOf('param a = 1\nfield f(x, y) = (-a * y, a * x)');
    const options = method === 'rk4' ? { t0: 0, t1: 1, steps: 50 } : { t0: 0, t1: 1, method, rtol: 1e-10 };
    const want = await k.flow([[1, 0]], options);
    const p = k.flow([[1, 0]], options);
    k.setParams({ a: 5 });
    const got = await p;
    expect(Array.from(got.points)).toEqual(Array.from(want.points));
    k.dispose();
  });

  it('steps and maxSteps past 32 bits are refused, not wrapped', async () => {
    const k = await kernelOf(source('lorenz'));
    await expect(k.flow([[1, 2, 3]], { t0: 0, t1: 1, steps: 2 ** 32 })).rejects.toThrow('steps must be an integer from 1 to 2^31 - 1, got 4294967296');
    await expect(k.flow([[1, 2, 3]], { t0: 0, t1: 1, method: 'dopri5', maxSteps: 2 ** 31 })).rejects.toThrow('maxSteps must be an integer from 1 to 2^31 - 1');
    k.dispose();
  });
});

describe('bad options are a DivcError naming them', () => {
  it.each([
    [{ t0: NaN, t1: 1 }, 't0 must be a finite number'],
    [{ t0: 0, t1: Infinity }, 't1 must be a finite number'],
    [{ t0: 0, t1: 1, steps: 0 }, 'steps must be an integer from 1 to 2^31 - 1, got 0'],
    [{ t0: 0, t1: 1, method: 'rk4', steps: 2.5 }, 'steps must be an integer from 1 to 2^31 - 1, got 2.5'],
    [{ t0: 0, t1: 1, rtol: 0 }, 'rtol must be > 0, got 0'],
    [{ t0: 0, t1: 1, rtol: -1e-6 }, 'rtol must be > 0'],
    [{ t0: 0, t1: 1, atol: -1 }, 'atol must be >= 0'],
    [{ t0: 0, t1: 1, method: 'euler' }, "method must be 'rk4' or 'dopri5', got 'euler'"],
  ])('%j', async (options, message) => {
    const k = await kernelOf(source('lorenz'));
    await expect(k.flow([[1, 2, 3]], options as never)).rejects.toThrow(DivcError);
    await expect(k.flow([[1, 2, 3]], options as never)).rejects.toThrow(message);
    k.dispose();
  });

  it('an artifact of f alone (compile({ fOnly })) has no divergence to integrate: a DivcError', async () => {
    const k = await load(compile(source('lorenz'), { fOnly: true }).wasm!, { backend: 'wasm' });
    await expect(k.flow([[1, 2, 3]], { t0: 0, t1: 1, steps: 2 })).rejects.toThrow("computes f alone (compiled with fOnly), not div f");
    k.dispose();
  });

  it('logDensity refuses a base it does not know; t0 = t1 is the identity', async () => {
    const k = await kernelOf(source('lorenz'));
    await expect(k.logDensity([[1, 2, 3]], { t0: 0, t1: 1, base: 'uniform' as never })).rejects.toThrow("base must be 'normal'");
    const r = await k.flow([[1, 2, 3]], { t0: 0.5, t1: 0.5 });
    expect(Array.from(r.points)).toEqual([1, 2, 3]);
    expect(Array.from(r.integral)).toEqual([0]);
    k.dispose();
  });
});

describe('RK4 in the kernel', () => {
  it('a batch across blocks and chunks gives each point what it gets alone, bit for bit', async () => {
    const src = source('cnf_time');
    const ref = flowReference('cnf_time');
    // chunks of 700 points: several blocks a chunk, a partial last block and a partial last chunk
    const k = await load(compile(src).wasm!, { backend: 'wasm', threads: 1, chunkPoints: 700 });
    k.setParams(ref.params as never);
    const r = (await import('../support/helpers.js')).random(11);
    const n = 1901;
    const points = Array.from({ length: n }, () => [4 * r() - 2, 4 * r() - 2]);
    const all = await k.flow(points, { t0: 0, t1: 1, steps: 7 });
    for (const i of [0, 1, 699, 700, 1399, 1400, 1900]) {
      const one = await k.flow([points[i]!], { t0: 0, t1: 1, steps: 7 });
      expect([all.points[2 * i], all.points[2 * i + 1], all.integral[i]]).toEqual([one.points[0], one.points[1], one.integral[0]]);
    }
    expect(Array.from(all.steps).every((s) => s === 7)).toBe(true);
    k.dispose();
  });

  it('on three threads: the same numbers as on one, bit for bit, with per-point conditions', async () => {
    const src = 'param W: [4, 3] = [[0.5, -1, 0.3], [1, 0.2, -0.4], [-0.6, 0.8, 1], [0.1, 0.1, -1]]\nparam V: [2, 4] = [[1, 0.5, -0.5, 0.2], [-0.3, 1, 0.4, -0.8]]\nfield f(x: [2]; t, c) = V @ tanh(W @ concat(x, t)) * c';
    const wasm = compile(src).wasm!;
    const [one, three] = [await load(wasm, { backend: 'wasm', threads: 1 }), await load(wasm, { backend: 'wasm', threads: 3 })];
    const r = (await import('../support/helpers.js')).random(5);
    const n = 30_001;
    const points = Float64Array.from({ length: 2 * n }, () => 4 * r() - 2);
    const c = Float64Array.from({ length: n }, () => r());
    const [a, b] = [await one.flow(points, { t0: 0, t1: 1, steps: 5, conditions: { c } }), await three.flow(points, { t0: 0, t1: 1, steps: 5, conditions: { c } })];
    expect(three.threads).toBe(3);
    expect(Array.from(b.points)).toEqual(Array.from(a.points));
    expect(Array.from(b.integral)).toEqual(Array.from(a.integral));
    one.dispose(); three.dispose();
  });

  it('Dormand-Prince inside the kernel: each point its own steps, across blocks, chunks and threads, as the JavaScript driver within the tolerance', async () => {
    const src = source('cnf_time');
    const ref = flowReference('cnf_time');
    const out = compile(src);
    expect(out.metadata!.entries.flow_dopri5).toMatchObject({ export: 'flow_dopri5', outputs: [{ name: 'end', width: 2 }, { name: 'integral', width: 1 }, { name: 'steps', width: 1 }] });
    const [one, three] = [await load(out.wasm!, { backend: 'wasm', threads: 1, chunkPoints: 700 }), await load(out.wasm!, { backend: 'wasm', threads: 3, chunkPoints: 700 })];
    for (const k of [one, three]) k.setParams(ref.params as never);
    const r = (await import('../support/helpers.js')).random(13);
    const n = 1901;
    const points = Array.from({ length: n }, () => [4 * r() - 2, 4 * r() - 2]);
    const options = { t0: 0, t1: 1, method: 'dopri5', rtol: 1e-8, atol: 1e-10 } as const;
    const [a, b] = [await one.flow(points, options), await three.flow(points, options)];
    expect(three.threads).toBe(3);
    expect(Array.from(b.points)).toEqual(Array.from(a.points));
    expect(Array.from(b.steps)).toEqual(Array.from(a.steps));
    // the same point alone: the same steps and numbers (its block's other points do not change them)
    for (const i of [0, 699, 700, 1900]) {
      const alone = await one.flow([points[i]!], options);
      expect([alone.points[0], alone.points[1], alone.integral[0], alone.steps[0]]).toEqual([a.points[2 * i], a.points[2 * i + 1], a.integral[i], a.steps[i]]);
    }
    // against the JavaScript driver (runtime/flow.ts) on the same kernel's evaluate entry: both
    // within their tolerance of the true flow, so within a few times it of each other
    const { integrate } = await import('../../runtime/flow.js');
    const js = await integrate(points.slice(0, 50).flat(), 2, async (states, t) => {
      const e = await one.evaluate(Array.from(states), { conditions: { t } });
      return { values: e.values, divergence: e.divergence };
    }, options);
    js.points.forEach((v, e) => expect(Math.abs(v - a.points[e]!)).toBeLessThanOrEqual(1e-6));
    js.integral.forEach((v, i) => expect(Math.abs(v - a.integral[i]!)).toBeLessThanOrEqual(1e-6));
    one.dispose(); three.dispose();
  });

  it('the artifact carries it, and its RK4 is the JavaScript one to rounding', async () => {
    const out = compile(source('cnf_time'));
    expect(out.metadata!.entries.flow).toMatchObject({ export: 'flow_rk4', outputs: [{ name: 'end', width: 2 }, { name: 'integral', width: 1 }] });
    const ref = flowReference('cnf_time');
    const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
    k.setParams(ref.params as never);
    const c = ref.cases[0]!;
    const inKernel = await k.flow(c.points, { t0: c.t0, t1: c.t1, steps: c.steps });
    // the same artifact without its flow entry: the runtime drives RK4 from JavaScript
    const { integrate } = await import('../../runtime/flow.js');
    const js = await integrate(c.points.flat(), 2, async (states, t) => {
      const e = await k.evaluate(Array.from(states), { conditions: { t } });
      return { values: e.values, divergence: e.divergence };
    }, { t0: c.t0, t1: c.t1, steps: c.steps });
    inKernel.points.forEach((v, e) => expect(Math.abs(v - js.points[e]!)).toBeLessThanOrEqual(1e-13));
    inKernel.integral.forEach((v, i) => expect(Math.abs(v - js.integral[i]!)).toBeLessThanOrEqual(1e-13));
    k.dispose();
  });
});
