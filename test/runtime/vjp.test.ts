// k.vjp (CONTRACT.md "gradients"; issue 23): the gradient of sum_i [<cv_i, f(x_i)> + cd_i div f(x_i)
// + cu_i U(x_i)] with respect to every param and each point.
// - Against the shared references (PyTorch's autograd through the exact trace), f64 to 1e-9 of
//   max(1, the largest entry), f32 to 1e-4: every one at its default lowering (the networks at
//   the loop level: tensor/vjp.ts), and the two networks without conditions unrolled too.
// - Against central finite differences of k.evaluate, params and points, on a potential (U's
//   cotangent too) and on a field with conditions, at both lowerings.
// - Chunked like every entry: the same sums whatever the chunk size.
// - Refusals: cotangents of the wrong size or name, a potential's cotangent on a field, and the
//   artifacts without a vjp entry (compiled without `vjp: true`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.js';
import { DivcError, load, type Kernel } from '../../runtime/index.js';
import { REFERENCE_DIR, ROOT, random, reference, source } from '../support/helpers.js';

interface VjpReference {
  field: string; kind: 'field' | 'potential'; dim: number; params: Record<string, unknown>; points: number[][];
  conditions?: Record<string, number[] | number[][]>;
  cotangents: { values: number[][]; divergence: number[]; potential?: number[] };
  grads: Record<string, unknown>; inputs: number[][]; scale: number[];
}
const vjpReference = (name: string): VjpReference => JSON.parse(readFileSync(join(REFERENCE_DIR, `${name}.vjp.json`), 'utf8'));

const kernelOf = async (src: string, precision: 'f64' | 'f32' = 'f64', chunkPoints?: number, lowering: 'auto' | 'scalar' | 'tensor' = 'auto') => {
  const out = compile(src, { precision, lowering, vjp: true });
  expect(out.diagnostics).toEqual([]);
  return load(out.wasm!, { backend: 'wasm', threads: 1, ...(chunkPoints ? { chunkPoints } : {}) });
};

const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v as number]);

const REFERENCES = [
  ['lorenz', 'auto'], ['linear_flow', 'auto'], ['mlp', 'auto'], ['mlp_potential', 'auto'], ['diffusion_score', 'auto'], ['cnf_time', 'auto'],
  ['mlp', 'scalar'], ['mlp_potential', 'scalar'],
] as const;

it("the networks' references run at the loop level by default, the small fields unrolled", () => {
  for (const [name] of REFERENCES) {
    const level = compile(source(name), { vjp: true }).schedule!.lowering;
    expect(level, name).toBe(['lorenz', 'linear_flow'].includes(name) ? 'scalar' : 'tensor');
  }
});

describe.each(REFERENCES)('%s (lowering %s) against its vjp reference', (name, lowering) => {
  const ref = vjpReference(name);
  it.each(['f64', 'f32'] as const)('%s', async (precision) => {
    const k = await kernelOf(source(name), precision, undefined, lowering);
    k.setParams(ref.params as never);
    const g = await k.vjp(ref.points, ref.cotangents, { inputs: true, ...(ref.conditions ? { conditions: ref.conditions } : {}) });
    const tol = precision === 'f64' ? 1e-9 : 1e-4;
    expect(Object.keys(g.params).sort()).toEqual(Object.keys(ref.grads).sort());
    for (const [param, want] of Object.entries(ref.grads)) {
      const w = flat(want);
      const scale = Math.max(1, ...w.map(Math.abs));
      expect(g.params[param]!.length).toBe(w.length);
      w.forEach((v, i) => expect(Math.abs(g.params[param]![i]! - v), `${param}[${i}]`).toBeLessThanOrEqual(tol * scale));
    }
    ref.inputs.forEach((row, i) => row.forEach((v, d) =>
      expect(Math.abs(g.points![i * ref.dim + d]! - v), `point ${i} [${d}]`).toBeLessThanOrEqual(tol * Math.max(1, ref.scale[i]!))));
    k.dispose();
  });
});

/** Central differences of the weighted sum, by h in one param slot or one point coordinate. */
async function weighted(k: Kernel, points: number[][], cv: number[][], cd: number[], cu: number[] | undefined, conditions?: Record<string, number[]>): Promise<number> {
  const r = await k.evaluate(points, conditions ? { conditions } : {});
  let s = 0;
  points.forEach((_, i) => {
    for (let d = 0; d < k.dim; d++) s += cv[i]![d]! * r.values[i * k.dim + d]!;
    s += cd[i]! * r.divergence[i]!;
    if (cu) s += cu[i]! * r.potential![i]!;
  });
  return s;
}

describe('against finite differences of evaluate', () => {
  const CASES = [
    {
      what: 'a potential (its U weighted too)',
      src: 'param W: [3, 2]\nparam b: [3]\nparam w: [3]\npotential u(x: [2]) = dot(w, tanh(W @ x + b)) + norm2(x) / 4',
      params: { W: [[0.7, -0.4], [0.2, 0.9], [-0.5, 0.3]], b: [0.1, -0.2, 0.3], w: [0.8, -0.6, 0.5] },
      potential: true, conditions: undefined as Record<string, number[]> | undefined,
    },
    {
      what: 'a field using grad (a gradient flow of a small network, plus sin x)',
      src: 'param W: [3, 2]\nparam b: [3]\nparam w: [3]\nfield f(x: [2]) = 2 * grad(dot(w, tanh(W @ x + b)), x) + sin(x)',
      params: { W: [[0.7, -0.4], [0.2, 0.9], [-0.5, 0.3]], b: [0.1, -0.2, 0.3], w: [0.8, -0.6, 0.5] },
      potential: false, conditions: undefined as Record<string, number[]> | undefined,
    },
    {
      what: 'products of params computed per batch ((A @ B) @ x, (A @ v) * x), params read only by a comparison (first and last: gaps of zeros)',
      src: 'param s0 = 1\nparam A: [2, 3]\nparam B: [3, 2]\nparam v: [3]\nparam s1 = 2\nfield f(x: [2]) = if s0 + s1 > 0 then (A @ B) @ x + (A @ v) * x else x',
      params: { s0: 1, A: [[0.7, -0.4, 0.2], [0.9, -0.5, 0.3]], B: [[0.1, -0.2], [0.3, 0.8], [-0.6, 0.5]], v: [0.4, -0.3, 0.6], s1: 2 },
      potential: false, conditions: undefined as Record<string, number[]> | undefined,
    },
    {
      what: 'a ReLU network (max with 0: a select on a comparison)',
      src: 'param W: [3, 2]\nparam b: [3]\nparam V: [2, 3]\nfield f(x: [2]) = V @ max(W @ x + b, 0) + x * x',
      params: { W: [[0.7, -0.4], [0.2, 0.9], [-0.5, 0.3]], b: [0.1, -0.2, 0.3], V: [[0.8, -0.6, 0.5], [0.3, 0.2, -0.7]] },
      potential: false, conditions: undefined as Record<string, number[]> | undefined,
    },
    {
      what: 'a field with a condition',
      src: 'param a = 1.3\nparam c: [2] = [0.4, -0.7]\nfield f(x, y; t) = (a * sin(x * y) + c[0] * t * x, cos(a * x) * y^2 + c[1] * t)',
      params: { a: 1.3, c: [0.4, -0.7] },
      potential: false, conditions: { t: [0.5, -1.2, 2.0, 0.1] } as Record<string, number[]> | undefined,
    },
  ];
  it.each(CASES.flatMap((c) => (['auto', 'tensor'] as const).map((lowering) => ({ ...c, lowering }))))('$what (lowering $lowering)', async ({ src, params, potential, conditions, lowering }) => {
    const k = await kernelOf(src, 'f64', undefined, lowering);
    k.setParams(params as never);
    const r = random(23);
    const n = 4;
    const points = Array.from({ length: n }, () => Array.from({ length: k.dim }, () => 2 * r() - 1));
    const cv = points.map(() => Array.from({ length: k.dim }, () => 2 * r() - 1));
    const cd = points.map(() => 2 * r() - 1);
    const cu = potential ? points.map(() => 2 * r() - 1) : undefined;
    const g = await k.vjp(points, { values: cv, divergence: cd, ...(cu ? { potential: cu } : {}) }, { inputs: true, ...(conditions ? { conditions } : {}) });
    const h = 1e-5;
    for (const [name, value] of Object.entries(params)) {
      const base = flat(value);
      for (let s = 0; s < base.length; s++) {
        const at = (delta: number) => {
          const moved = base.map((v, j) => (j === s ? v + delta : v));
          k.setParams({ ...params, [name]: Array.isArray(value) && Array.isArray(value[0]) ? (value as number[][]).map((row, i) => moved.slice(i * row.length, (i + 1) * row.length)) : Array.isArray(value) ? moved : moved[0]! } as never);
          return weighted(k, points, cv, cd, cu, conditions);
        };
        const fd = ((await at(h)) - (await at(-h))) / (2 * h);
        expect(Math.abs(g.params[name]![s]! - fd), `${name}[${s}]`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(fd)));
      }
    }
    k.setParams(params as never);
    for (let i = 0; i < n; i++) {
      for (let d = 0; d < k.dim; d++) {
        const at = (delta: number) => weighted(k, points.map((p, j) => (j === i ? p.map((v, e) => (e === d ? v + delta : v)) : p)), cv, cd, cu, conditions);
        const fd = ((await at(h)) - (await at(-h))) / (2 * h);
        expect(Math.abs(g.points![i * k.dim + d]! - fd), `point ${i} [${d}]`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(fd)));
      }
    }
    k.dispose();
  });
});

describe('batches and chunks', () => {
  it('the sums are the same whatever the chunk size; one cotangent value serves every point', async () => {
    const ref = vjpReference('lorenz');
    const [whole, chunked] = await Promise.all([kernelOf(source('lorenz')), kernelOf(source('lorenz'), 'f64', 5)]);
    for (const k of [whole, chunked]) k.setParams(ref.params as never);
    const pts = Array.from({ length: 23 }, (_, i) => [Math.sin(i), Math.cos(2 * i), i / 7]);
    const [a, b] = [await whole.vjp(pts, { divergence: 0.5 }), await chunked.vjp(pts, { divergence: 0.5 })];
    for (const name of Object.keys(a.params)) a.params[name]!.forEach((v, i) => expect(b.params[name]![i]).toBeCloseTo(v, 12));
    expect(a.points).toBeUndefined();
    // d/d beta of sum div f = sum of d(-1 - sigma - beta)/d beta = -n (lorenz: div f = -sigma - 1 - beta)
    expect(a.params.beta![0]).toBeCloseTo(-0.5 * 23, 12);
    whole.dispose();
    chunked.dispose();
  });
});

describe('blocks of rows', () => {
  it('a batch past one block of packed rows (40,000 points of 129 numbers: two blocks) gives the sums and the points of one', async () => {
    // f = a x in 64 dimensions: L = sum_i a <cv_i, x_i> + 64 a cd_i, so dL/da = sum_i <cv_i, x_i> + 64 sum_i cd_i and dL/dx_i = a cv_i
    const k = await kernelOf('param a = 0.5\nfield f(x: [64]) = a * x');
    k.setParams({ a: 0.5 });
    const n = 40_000, d = 64;
    const pts = Float64Array.from({ length: n * d }, (_, i) => Math.sin(i * 0.01));
    const cv = Float64Array.from({ length: n * d }, (_, i) => Math.cos(i * 0.03));
    const cd = Float64Array.from({ length: n }, (_, i) => 1 + (i % 7));
    const g = await k.vjp(pts, { values: cv, divergence: cd }, { inputs: true });
    let want = 0;
    for (let j = 0; j < n * d; j++) want += cv[j]! * pts[j]!;
    for (let i = 0; i < n; i++) want += 64 * cd[i]!;
    expect(Math.abs(g.params.a![0]! - want)).toBeLessThanOrEqual(1e-12 * Math.abs(want));
    for (const i of [0, 32_767, 32_768, 39_999]) for (const c of [0, 63]) expect(g.points![i * d + c]).toBe(0.5 * cv[i * d + c]!);
    k.dispose();
  });
});

describe('a setParams while a vjp runs', () => {
  it.each(['auto', 'tensor'] as const)('lowering %s: every block of the call uses the params it was made with (the later blocks ran with the new ones)', async (lowering) => {
    // two blocks of packed rows (40,000 points of 129 numbers); setParams lands between them
    const src = 'param a = 0.5\nparam W: [64, 64]\nfield f(x: [64]) = a * tanh(W @ x)';
    const [k, fresh] = await Promise.all([kernelOf(src, 'f64', undefined, lowering), kernelOf(src, 'f64', undefined, lowering)]);
    const r = random(4);
    const W = Float64Array.from({ length: 64 * 64 }, () => (2 * r() - 1) / 8);
    for (const kk of [k, fresh]) kk.setParams({ a: 0.5, W });
    const n = 40_000;
    const pts = Float64Array.from({ length: n * 64 }, (_, i) => Math.sin(i * 0.01));
    const cv = new Float64Array(64).fill(1);
    const call = k.vjp(pts, { values: cv, divergence: 1 });
    k.setParams({ a: 3, W: W.map((w) => -w) });
    const [got, want] = await Promise.all([call, fresh.vjp(pts, { values: cv, divergence: 1 })]);
    expect(Array.from(got.params.a!)).toEqual(Array.from(want.params.a!));
    expect(Array.from(got.params.W!)).toEqual(Array.from(want.params.W!));
    // and the next call has the new params
    const after = await k.vjp(pts.subarray(0, 64), { values: cv, divergence: 1 });
    fresh.setParams({ a: 3, W: W.map((w) => -w) });
    expect(Array.from(after.params.a!)).toEqual(Array.from((await fresh.vjp(pts.subarray(0, 64), { values: cv, divergence: 1 })).params.a!));
    k.dispose(); fresh.dispose();
  });
});

describe('the in-kernel sums', () => {
  it.each([['f64', 'auto'], ['f32', 'auto'], ['f64', 'tensor'], ['f32', 'tensor']] as const)('%s, lowering %s: the lanes past a partial last vector (or tile) add nothing, even where f is not finite at their zero rows', async (precision, lowering) => {
    // f = a / x: at a padded lane's x = 0 the param gradient cv / x is 0 / 0 = NaN
    const k = await kernelOf('param a = 2\nfield f(x) = (a / x)', precision, undefined, lowering);
    k.setParams({ a: 2 });
    for (const n of [1, 3, 5, 8, 9, 15]) {
      const xs = Array.from({ length: n }, (_, i) => [i + 1]);
      const g = await k.vjp(xs, { values: 1, divergence: 1 });
      // d/da of sum_i [a / x_i - a / x_i^2] = sum_i (1 / x_i - 1 / x_i^2)
      const want = xs.reduce((s, [x]) => s + 1 / x! - 1 / (x! * x!), 0);
      expect(Math.abs(g.params.a![0]! - want), `${n} points`).toBeLessThanOrEqual((precision === 'f64' ? 1e-12 : 1e-5) * Math.max(1, Math.abs(want)));
    }
    k.dispose();
  });
});

describe('threads', () => {
  it.each([
    ['the PINN (straight-line code)', 'examples/pinn-poisson/poisson.div', 'scalar'],
    ['the score-matching network (loops over weights)', 'examples/score-matching/score.div', 'tensor'],
  ])('%s: a large batch on 2 threads: each sums its share, the sums added; the points in order', async (_what, file, level) => {
    const src = readFileSync(join(ROOT, file), 'utf8');
    const out = compile(src, { vjp: true });
    expect(out.schedule!.lowering).toBe(level);
    const wasm = out.wasm!;
    const [one, two] = await Promise.all([load(wasm, { backend: 'wasm', threads: 1 }), load(wasm, { backend: 'wasm', threads: 2 })]);
    const theta = Object.fromEntries(one.params.map((p) => [p.name, Float64Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i + p.name.length))]));
    for (const k of [one, two]) k.setParams(theta);
    const n = 40_001; // past THREAD_MIN_POINTS
    const pts = Float64Array.from({ length: 2 * n }, (_, i) => (Math.sin(i * 0.37) + 1) / 2);
    const cd = Float64Array.from({ length: n }, (_, i) => Math.cos(i));
    const [a, b] = [await one.vjp(pts, { divergence: cd }, { inputs: true }), await two.vjp(pts, { divergence: cd }, { inputs: true })];
    expect([one.threads, two.threads]).toEqual([1, 2]);
    // the same sums in another order: to 1e-12 of each param's largest entry
    for (const name of Object.keys(a.params)) {
      const scale = Math.max(1, ...Array.from(a.params[name]!, Math.abs));
      a.params[name]!.forEach((v, i) => expect(Math.abs(b.params[name]![i]! - v), `${name}[${i}]`).toBeLessThanOrEqual(1e-12 * scale));
    }
    expect(b.points).toEqual(a.points);
    // without inputs: the sums alone
    const c = await two.vjp(pts, { divergence: cd });
    expect(c.points).toBeUndefined();
    expect(c.params).toEqual(b.params);
    one.dispose(); two.dispose();
  }, 60_000);
});

describe('refusals', () => {
  it('wrong cotangents are DivcErrors naming them', async () => {
    const k = await kernelOf(source('lorenz'));
    k.setParams(vjpReference('lorenz').params as never);
    const pts = [[1, 2, 3], [4, 5, 6]];
    await expect(k.vjp(pts, { values: [1, 2] })).rejects.toThrow(/cotangent 'values' has shape \[3\]/);
    await expect(k.vjp(pts, { divergence: [1, 2, 3] })).rejects.toThrow(/cotangent 'divergence'/);
    await expect(k.vjp(pts, { potential: 1 })).rejects.toThrow(/'lorenz' is not a potential/);
    await expect(k.vjp(pts, { laplacian: 1 } as never)).rejects.toThrow(/unknown cotangent 'laplacian'/);
    await expect(k.vjp(pts, { values: [[1, 2, 'x'], [1, 2, 3]] } as never)).rejects.toThrow(DivcError);
    k.dispose();
  });

  it('an artifact compiled without vjp has no vjp entry: a DivcError that says how to get one', async () => {
    const k = await load(compile(source('lorenz')).wasm!, { backend: 'wasm', threads: 1 });
    await expect(k.vjp([[1, 2, 3]], { divergence: 1 })).rejects.toThrow(/no vjp entry: compile it with one \(divc --vjp, or compile\(source, \{ vjp: true \}\)\)/);
    k.dispose();
  });
});

describe('a network of many params', () => {
  it("score_net (64-256-256-64, 98,880 param slots): the summed params take lanes x slots numbers of memory, not a chunk's; two slots and a point's coordinate against central differences", async () => {
    const ref = reference('score_net');
    const k = await kernelOf(source('score_net'));
    k.setParams(ref.params as never);
    const pts = ref.points.slice(0, 3);
    const cv = pts.map((_, i) => pts[0]!.map((__, d) => Math.sin(i + d)));
    const cd = pts.map((_, i) => Math.cos(i));
    const g = await k.vjp(pts, { values: cv, divergence: cd }, { inputs: true });
    const h = 1e-5;
    const params = ref.params as Record<string, number[] | number[][]>;
    for (const [name, at] of [['W1', 5], ['b3', 7]] as const) {
      const shifted = (delta: number) => {
        const rows = params[name]!;
        const moved = (Array.isArray(rows[0]) ? (rows as number[][]).flat() : rows as number[]).map((v, j) => (j === at ? v + delta : v));
        k.setParams({ ...params, [name]: Array.isArray(rows[0]) ? (rows as number[][]).map((r, i) => moved.slice(i * r.length, (i + 1) * r.length)) : moved } as never);
        return weighted(k, pts, cv, cd, undefined);
      };
      const fd = ((await shifted(h)) - (await shifted(-h))) / (2 * h);
      expect(Math.abs(g.params[name]![at]! - fd), `${name}[${at}]`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(fd)));
    }
    k.setParams(ref.params as never);
    const moved = async (delta: number) => weighted(k, pts.map((p, i) => (i === 1 ? p.map((v, d) => (d === 9 ? v + delta : v)) : p)), cv, cd, undefined);
    const fd = ((await moved(h)) - (await moved(-h))) / (2 * h);
    expect(Math.abs(g.points![64 + 9]! - fd)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(fd)));
    k.dispose();
  });
});
