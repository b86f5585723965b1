// The tensor level (loops over weights) against the scalar level (unrolled), two independent
// lowerings of the same source: on every shared field the tensor front end can express, and on
// networks written here (deep, residual, time-conditioned, with reductions and slices), their
// wasm kernels agree, in f64 to rounding and in f32 to f32's precision; batch sizes that are
// not a multiple of a tile run the same code.
import { describe, expect, it } from 'vitest';
import { analyze, compile, interpret } from '../../compiler/index.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import { tensorDiagonal, tensorDivergence, type DirectionMode } from '../../compiler/tensor/divergence.js';
import { load, type CallOptions } from '../../runtime/index.js';
import { FIELDS, conditionsOf, paramSlots, random, reference, source } from '../support/helpers.js';

const NETS: Record<string, string> = {
  // four SiLU layers: the cost model must take the input's directions (min(d, H))
  silu4: `
const D = 8
const H = 16
param W1: [H, D]
param W2: [H, H]
param W3: [H, H]
param W4: [H, H]
param W5: [D, H]
param b: [H]
fn silu(v) = v * sigmoid(v)
field deep(x: [D]) {
  let h1 = silu(W1 @ x + b)
  let h2 = silu(W2 @ h1)
  let h3 = silu(W3 @ h2 + b)
  let h4 = silu(W4 @ h3)
  return W5 @ h4
}`,
  // a residual block with time appended by stacking, a scalar param, and a norm
  residual_cnf: `
const D = 5
const H = 12
param t = 0.3
param W1: [H, D + 1]
param b1: [H]
param W2: [D, H]
field cnf(x: [D]) {
  let xt = [x[0], x[1], x[2], x[3], x[4], t * x[0]]
  let h = tanh(W1 @ xt + b1)
  return x * (1 - 0.1 * norm(x)) + W2 @ h / (1 + sum(h * h))
}`,
  // three tanh layers of different widths, output through a transpose, softplus gating
  tanh3: `
const D = 6
param A: [10, D]
param B: [7, 10]
param C: [9, 7]
param O: [9, D]
field f(x: [D]) {
  let h = tanh(A @ x)
  let g = softplus(B @ h) * sigmoid(clamp(B @ h, -0.5, 0.5))
  let k = tanh(C @ g + 0.5)
  return k @ O + [i in D: x[i] * x[(i + 1) % D]]
}`,
};

/** Random params for a program, scaled like an initialized network. */
function randomParams(params: { name: string; shape: number[]; size: number }[], seed: number): Record<string, number | number[]> {
  const r = random(seed);
  return Object.fromEntries(params.map((p) => {
    const fanIn = p.shape.length === 2 ? p.shape[1]! : 1;
    const values = Array.from({ length: p.size }, () => (2 * r() - 1) * 1.5 / Math.sqrt(fanIn));
    return [p.name, p.shape.length === 0 ? values[0]! : values];
  }));
}

function randomPoints(n: number, dim: number, seed: number): number[][] {
  const r = random(seed);
  return Array.from({ length: n }, () => Array.from({ length: dim }, () => 4 * r() - 2));
}

/** Results of one lowering's wasm kernel at the points. */
async function run(src: string, lowering: 'scalar' | 'tensor', precision: 'f64' | 'f32', params: Record<string, number | number[]>, points: number[][], options: CallOptions = {}) {
  const out = compile(src, { lowering, precision });
  expect(out.diagnostics).toEqual([]);
  expect(out.stats!.lowering!.kind).toBe(lowering);
  const k = await load(out.wasm!, { threads: 1 });
  k.setParams(params);
  const r = await k.evaluate(points, options);
  k.dispose();
  return r;
}

function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, tolerance: number): void {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  expect(worst).toBeLessThanOrEqual(tolerance);
}

describe('lowering', () => {
  it('the cost model keeps small fields scalar and takes networks to the tensor level', () => {
    const kind = (name: string) => analyze(source(name)).stats!.lowering!.kind;
    expect(kind('lorenz')).toBe('scalar');
    expect(kind('lorenz96')).toBe('scalar'); // sparse: the scalar pass sees its structural zeros
    expect(kind('gmm_score')).toBe('scalar');
    expect(kind('mlp')).toBe('tensor'); // two layers of 1024 weights
    expect(kind('mlp2')).toBe('tensor');
    expect(kind('score_net')).toBe('tensor');
  });

  it('f + div f costs at most 2.2x f per point for two hidden layers, with the contractions per batch', () => {
    for (const name of ['mlp2', 'score_net']) {
      const stats = analyze(source(name)).stats!;
      expect(stats.lowering!.directions).toBe('columns of the output matrix');
      expect(stats.ratio).toBeLessThanOrEqual(2.2);
      expect(stats.divergence.perBatch).toBeGreaterThan(0);
    }
  });

  it('a deep network pays the input directions (d < H), not the hidden ones', () => {
    const stats = analyze(NETS.silu4!).stats!;
    expect(stats.lowering!.kind).toBe('scalar'); // small: unrolled by default
    const t = analyze(NETS.silu4!, { lowering: 'tensor' }).stats!;
    expect(t.lowering!.directions).toBe('input directions');
  });

  it('a field the tensor level cannot express stays scalar and says why', () => {
    const stats = analyze('field f(x: [3]) { let m = outer(x, x)\n return m @ x }', { lowering: 'tensor' }).stats!;
    expect(stats.lowering!.kind).toBe('scalar');
    expect(stats.lowering!.reason).toMatch(/per-point matrix/);
  });
});

// score_net and diffusion_score (64 x 64 layers) take minutes to unroll: their scalar lowering is
// checked against the tensor one through the unrolled programs (test/compiler/unroll.test.ts) instead
const BOTH = FIELDS.filter((name) => analyze(source(name), { lowering: 'tensor' }).stats?.lowering?.kind === 'tensor' && name !== 'score_net' && name !== 'diffusion_score');

describe('shared fields through both lowerings', () => {
  it('covers the networks and the small fields the tensor level expresses', () => {
    for (const name of ['mlp', 'mlp2', 'lorenz', 'gmm_score', 'cnf_time']) expect(BOTH).toContain(name);
  });

  it.each(BOTH)('%s: tensor and scalar kernels agree (f64 to rounding, f32 to 1e-5), and with the references', async (name) => {
    const ref = reference(name);
    const params = Object.fromEntries(Object.entries(ref.params).map(([k, v]) => [k, typeof v === 'number' ? v : ([v] as unknown[]).flat(3) as number[]]));
    for (const precision of ['f64', 'f32'] as const) {
      const t = await run(source(name), 'tensor', precision, params, ref.points, conditionsOf(ref));
      const s = await run(source(name), 'scalar', precision, params, ref.points, conditionsOf(ref));
      const tol = precision === 'f64' ? 1e-12 : 1e-5;
      expectClose(t.divergence, s.divergence, tol * Math.max(1, ...ref.scale));
      expectClose(t.values, s.values, tol * Math.max(1, ...ref.scale));
      expectClose(t.divergence, ref.divergence, (precision === 'f64' ? 1e-9 : 1e-4) * Math.max(1, ...ref.scale));
    }
    // mlp2's scalar lowering compiles for about 16 s a precision on one free core; with vitest's
    // two workers and a loaded machine it passed 120 s once (a timeout, not a wrong value)
  }, 400_000);
});

describe.each(Object.keys(NETS))('network %s', (name) => {
  const src = NETS[name]!;
  const a = analyze(src, { lowering: 'tensor' });
  const params = randomParams(a.tensor!.evaluate.params, 17);
  const dim = a.tensor!.evaluate.dim;

  it('tensor and scalar kernels agree at every point of batches of 1 to 19 points', async () => {
    const points = randomPoints(19, dim, 5);
    const s = await run(src, 'scalar', 'f64', params, points);
    const t64 = await run(src, 'tensor', 'f64', params, points);
    expectClose(t64.divergence, s.divergence, 1e-12);
    expectClose(t64.values, s.values, 1e-12);
    const t32 = await run(src, 'tensor', 'f32', params, points);
    expectClose(t32.divergence, s.divergence, 1e-5);
    // partial tiles: every prefix of the batch gives the same numbers as the whole
    for (const n of [1, 2, 3, 7, 8, 9, 16, 17]) {
      const part = await run(src, 'tensor', 'f64', params, points.slice(0, n));
      expect(Array.from(part.divergence)).toEqual(Array.from(t64.divergence.subarray(0, n)));
    }
  });

  it('the interpreter matches the kernel bit for bit and finite differences of f', async () => {
    const points = randomPoints(6, dim, 9);
    const slots = paramSlots(a.tensor!.evaluate.params, params);
    const exact = tensorInterpreter(a.tensor!.evaluate, slots);
    const fAt = tensorInterpreter(a.tensor!.f, slots);
    const k = await run(src, 'tensor', 'f64', params, points);
    points.forEach((p, i) => {
      const r = exact(p);
      expect(k.divergence[i]).toBe(r.divergence);
      let fd = 0;
      p.forEach((xi, c) => {
        const h = 1e-5;
        const plus = [...p], minus = [...p];
        plus[c] = xi + h;
        minus[c] = xi - h;
        fd += (fAt(plus).values[c]! - fAt(minus).values[c]!) / (2 * h);
      });
      expect(Math.abs(fd - r.divergence!)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
    });
  });
});

describe('the Jacobian diagonal entry', () => {
  it('a threaded batch and the WebAssembly diagonal of a network agree with one thread, point for point', async () => {
    const ref = reference('mlp2');
    const out = compile(source('mlp2'));
    const n = 70_000; // above THREAD_MIN_POINTS, points all different
    const r = random(11);
    const points = Float64Array.from({ length: n * ref.dim }, () => 2 * r() - 1);
    const one = await load(out.wasm!, { threads: 1 }), two = await load(out.wasm!, { threads: 2 });
    one.setParams(ref.params); two.setParams(ref.params);
    const [a, b] = [await one.diagonal(points), await two.diagonal(points)];
    expect(two.threads).toBe(2);
    expect(Array.from(b)).toEqual(Array.from(a));
    // the diagonal sums to the divergence
    const div = await one.divergence(points);
    for (let i = 0; i < n; i += 997) {
      let sum = 0;
      for (let c = 0; c < ref.dim; c++) sum += a[i * ref.dim + c]!;
      expect(Math.abs(sum - div[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(div[i]!)));
    }
    one.dispose(); two.dispose();
  }, 60_000);

  it('costs O(f) per point for one hidden layer (per-batch Hadamard product, one matvec)', () => {
    const stats = analyze(source('mlp')).stats!;
    expect(stats.diagonal!.perPoint).toBeLessThanOrEqual(2.5 * stats.f.perPoint);
  });
});

describe('fused multiply-add build', () => {
  it('is used only when asked for and where the engine validates relaxed SIMD, and agrees with the plain build', async () => {
    const { execFileSync } = await import('node:child_process');
    const { ROOT } = await import('../support/helpers.js');
    // Node 20 validates relaxed SIMD only behind a flag: one child process without, one with
    const script = `
      const { compile } = await import(${JSON.stringify(`${ROOT}/dist/compiler/index.js`)});
      const { load } = await import(${JSON.stringify(`${ROOT}/dist/runtime/index.js`)});
      const { readFileSync } = await import('node:fs');
      const ref = JSON.parse(readFileSync(${JSON.stringify(`${ROOT}/test/fixtures/reference/score_net.expect.json`)}, 'utf8'));
      const wasm = compile(readFileSync(${JSON.stringify(`${ROOT}/test/fixtures/reference/score_net.div`)}, 'utf8')).wasm;
      const out = {};
      for (const fma of [false, true]) {
        const k = await load(wasm, { threads: 1, fma });
        k.setParams(ref.params);
        out[fma] = { fused: k.fusedMultiplyAdd, div: Array.from(await k.divergence(ref.points)) };
      }
      console.log(JSON.stringify(out));`;
    const run = (flags: string[]) => JSON.parse(execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' }));
    const plain = run([]);
    expect(plain.false.fused).toBe(false);
    expect(plain.true.fused).toBe(false); // the engine cannot: the plain build, the same bits
    expect(plain.true.div).toEqual(plain.false.div);
    const relaxed = run(['--experimental-wasm-relaxed-simd']);
    expect(relaxed.false.fused).toBe(false);
    expect(relaxed.true.fused).toBe(true);
    const ref = reference('score_net');
    relaxed.true.div.forEach((v: number, i: number) => expect(Math.abs(v - ref.divergence[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, ref.scale[i]!)));
    expect(relaxed.true.div).not.toEqual(relaxed.false.div); // a different instruction, rounded once
  }, 60_000);
});

describe('the tensor level agrees with the scalar level where the numbers are special', () => {
  const both = async (src: string, params: Record<string, number[]>, points: number[][]) => {
    const out: Record<string, { values: number[]; divergence: number[]; diagonal: number[] }> = {};
    for (const lowering of ['scalar', 'tensor'] as const) {
      const c = compile(src, { lowering });
      expect(c.stats!.lowering!.kind).toBe(lowering);
      const k = await load(c.wasm!, { threads: 1 });
      k.setParams(params);
      const r = await k.evaluate(points);
      out[lowering] = { values: Array.from(r.values), divergence: Array.from(r.divergence), diagonal: Array.from(await k.diagonal(points)) };
      k.dispose();
    }
    return out;
  };

  it('-0 stays -0 in constants (atan2(-0, -1) = -pi, 1 / -0 = -Infinity)', async () => {
    const r = await both('field f(x, y) = (x * 0 + atan2(-0, -1) + 1 / (-0), y)', {}, [[1, 0]]);
    expect(r.tensor!.values).toEqual(r.scalar!.values);
    expect(r.tensor!.values[0]).toBe(-Infinity);
  });

  it('a norm at 0 has derivative 0 (the convention), in f, its divergence and diagonal, and a potential\'s Laplacian', async () => {
    const W = [0.3, -1, 0.5, 0.2, 0.9, -0.4, 1.1, 0.1, -0.7];
    const f = await both('param W: [3, 3]\nfield f(x: [3]) = (W @ x) * norm(x)', { W }, [[0, 0, 0], [1e-200, 0, 0], [1, 2, 3]]);
    const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v))));
    close(f.tensor!.values, f.scalar!.values);
    close(f.tensor!.divergence, f.scalar!.divergence);
    close(f.tensor!.diagonal, f.scalar!.diagonal);
    expect(f.tensor!.divergence.slice(0, 2)).toEqual([0, 0]);
    expect(f.tensor!.diagonal.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
    const u = await both('param W: [3, 3]\npotential U(x: [3]) = norm(W @ x) + norm2(x)', { W }, [[0, 0, 0], [1, 2, 3]]);
    expect(u.tensor!.values.slice(0, 3)).toEqual([0, 0, 0]);
    expect(u.tensor!.divergence[0]).toBe(u.scalar!.divergence[0]);
    u.tensor!.divergence.forEach((v, i) => expect(Math.abs(v - u.scalar!.divergence[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v))));
  });

  it('an activation applied to the input costs O(f) in the diagonal and the divergence, not a d x d block a point', () => {
    const src = 'param W1: [64, 16]\nparam W2: [16, 64]\nfield f(x: [16]) = tanh(W2 @ tanh(W1 @ sin(x)))';
    const s = analyze(src, { lowering: 'tensor' }).stats!;
    expect(s.divergence.perPoint).toBeLessThanOrEqual(2 * s.f.perPoint);
    expect(s.diagonal!.perPoint).toBeLessThanOrEqual(2 * s.f.perPoint);
    const t = analyze('param W: [64, 64]\nfield f(x: [64]) = W @ tanh(x)', { lowering: 'tensor' }).stats!;
    expect(t.diagonal!.perPoint).toBeLessThanOrEqual(5 * 64); // diag(W) o tanh'(x)
  });
});

describe('comprehensions over ranges that do not start at 0', () => {
  // the comprehension variable is i itself, not its distance from the range's start: a front end
  // that shifted it gave [1, 1, 2, 3] and div 2 where the scalar level gives [1, 2, 3, 4] and div 5
  const fields = {
    'a vector over 1..5, i as an index and as a number': 'field f(x: [4]) = [i in 1..5: x[(i + 3) % 4] * i + x[0] * x[(i + 3) % 4]]',
    'a vector over -2..2': 'field f(x: [4]) = [i in -2..2: x[(i + 6) % 4] * (1 + 0.1 * i) + sum(j in 3..5: x[j - 2] * j)]',
    'a sum over 2..6 in a network': 'param W: [4, 4]\nfield f(x: [4]) = W @ tanh([i in 0..4: sum(j in 2..6: W[i, j - 2] * x[j - 2] * j)])',
  };
  const W = Array.from({ length: 16 }, (_, k) => Math.sin(1.7 * k + 0.3));
  it.each(Object.entries(fields))('%s: both lowerings give the same f and div f', async (_name, src) => {
    const points = [[1, 1, 1, 1], [0.5, -1, 2, 0.25], [-1.5, 0.3, 0.7, 2]];
    const params = src.startsWith('param W') ? { W } : {};
    const s = await run(src, 'scalar', 'f64', params, points);
    const t = await run(src, 'tensor', 'f64', params, points);
    expectClose(t.values, s.values, 1e-13);
    expectClose(t.divergence, s.divergence, 1e-13);
    if (src.startsWith('field f(x: [4]) = [i in 1..5')) {
      // by hand: f_j = x_j (j + 1) + x_0 x_j, div f = 10 + 5 x_0
      expect(Array.from(t.values.subarray(0, 4))).toEqual([2, 3, 4, 5]);
      points.forEach((p, k) => expect(t.divergence[k]).toBeCloseTo(10 + 5 * p[0]!, 13));
    }
  });
});

describe('square networks in both direction modes', () => {
  // With 8 x 8 weights a matrix used where its transpose belongs has the right shape, so only the
  // numbers can show it (the per-batch Hadamard product W2 o W1^T of the input directions, for
  // an activation on the input: dropping the transpose gave -0.617 for 0.165). Each mode is
  // forced in turn (the cost model picks one per term) and held to the scalar level (an
  // independent front end and divergence pass) and to finite differences; the diagonal too.
  const nets = {
    'tanh(W2 @ tanh(W1 @ sin(x))) (input directions only)': 'tanh(W2 @ tanh(W1 @ sin(x)))',
    'W2 @ tanh(W1 @ sin(x))': 'W2 @ tanh(W1 @ sin(x))',
    'W3 @ tanh(W2 @ tanh(W1 @ sin(x))) + x * 0.5': 'W3 @ tanh(W2 @ tanh(W1 @ sin(x))) + x * 0.5',
  };
  const modes: DirectionMode[] = ['input directions', 'columns of the output matrix'];
  it.each(Object.entries(nets))('%s', (_name, body) => {
    const src = `param W1: [8, 8]\nparam W2: [8, 8]\nparam W3: [8, 8]\nfield f(x: [8]) = ${body}`;
    const a = analyze(src, { lowering: 'tensor' }), s = analyze(src, { lowering: 'scalar' });
    const params = randomParams(a.tensor!.f.params, 23);
    const tSlots = paramSlots(a.tensor!.f.params, params), sSlots = paramSlots(s.programs!.evaluate.params, params);
    const fAt = tensorInterpreter(a.tensor!.f, tSlots);
    const diagonalAt = tensorInterpreter(tensorDiagonal(a.tensor!.f), tSlots);
    const taken = new Set<string>();
    for (const mode of modes) {
      const p = tensorDivergence(a.tensor!.f, mode);
      taken.add(p.directions!);
      const at = tensorInterpreter(p, tSlots);
      for (const point of randomPoints(5, 8, 31)) {
        const want = interpret(s.programs!.evaluate, point, sSlots).divergence!;
        const got = at(point).divergence!;
        expect(Math.abs(got - want), `${mode} at [${point}]`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
        let fd = 0;
        point.forEach((xi, c) => {
          const plus = [...point], minus = [...point];
          plus[c] = xi + 1e-5;
          minus[c] = xi - 1e-5;
          fd += (fAt(plus).values[c]! - fAt(minus).values[c]!) / 2e-5;
        });
        expect(Math.abs(fd - got), `${mode}: finite differences at [${point}]`).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
        const diagonal = diagonalAt(point).values, wantDiagonal = interpret(s.programs!.diagonal, point, sSlots).values;
        diagonal.forEach((v, c) => expect(Math.abs(v - wantDiagonal[c]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(wantDiagonal[c]!))));
      }
    }
    // every mode that applies was taken (the columns need an output term W @ h; x * 0.5 keeps the
    // input directions)
    expect([...taken]).toEqual(body.startsWith('tanh') ? ['input directions']
      : body.endsWith('x * 0.5') ? ['input directions', 'columns of the output matrix, input directions'] : modes);
  });
});

describe("the prologue's products of per-batch matrices (vectors along B's rows, blocks of rows)", () => {
  // rows past the last block of 4, whole panels of 2 vectors, a vector left over, scalar columns
  // left over (f64 holds 2 a vector, f32 4), an inner dimension of 1, inner dimensions of whole
  // chunks (64) and of chunks and a rest (70)
  const shapes: [number, number, number][] = [[1, 1, 2], [5, 3, 7], [4, 2, 4], [9, 5, 13], [3, 1, 9], [8, 4, 16], [6, 3, 5], [2, 2, 3], [5, 70, 9], [3, 64, 4]];
  it.each(shapes)('A [%i, %i] @ B [.., %i]: the loop kernel equals the tensor interpreter bit for bit (f64) and the scalar level (f32, 1e-5)', async (R, K, C) => {
    const src = `param A: [${R}, ${K}]\nparam B: [${K}, ${C}]\nparam W: [${C}, ${R}]\nfield f(x: [${R}]) { return (A @ B) @ tanh(W @ x) }`;
    const a = analyze(src, { lowering: 'tensor' });
    const product = a.tensor!.evaluate.graph.nodes.find((n) => n.op === 'matmul' && !n.varying && n.shape.length === 2 && n.shape[0] === R && n.shape[1] === C);
    expect(product).toBeDefined(); // A @ B, in the prologue
    const params = randomParams(a.tensor!.evaluate.params, R * 100 + K * 10 + C);
    const points = randomPoints(11, R, C);
    const exact = tensorInterpreter(a.tensor!.evaluate, paramSlots(a.tensor!.evaluate.params, params));
    const t64 = await run(src, 'tensor', 'f64', params, points);
    points.forEach((p, i) => {
      const r = exact(p);
      expect(t64.divergence[i]).toBe(r.divergence);
      r.values.forEach((v, c) => expect(t64.values[i * R + c]).toBe(v));
    });
    const t32 = await run(src, 'tensor', 'f32', params, points);
    expectClose(t32.divergence, t64.divergence, 1e-5);
    expectClose(t32.values, t64.values, 1e-5);
  });
});
