// The tensor level's reverse mode (compiler/tensor/gradient.ts), the local partials of maps
// (compiler/tensor/partials.ts) and the choice of level (compiler/tensor/lowering.ts), in process
// and fast, written against the survivors of a Stryker run over the three files (docs/TESTING.md,
// "Mutation testing"): gradients of hand-built graphs checked against central differences of the
// reference interpreter, every NotTensor refusal with its message, the norm convention of sqrt
// (its partial 0 where a sum of squares is 0, Inf where anything else is), and chooseLowering's
// and tensorAnalysis's reasons, entries and stats.
import { describe, expect, it, vi } from 'vitest';
import { parse } from '../../grammar/index.js';
import { DiagnosticBag } from '../../compiler/diagnostics.js';
import { FileScope, elaborateField } from '../../compiler/frontend/elaborate.js';
import { TensorGraph, NotTensor } from '../../compiler/tensor/graph.js';
import { tensorGradient } from '../../compiler/tensor/gradient.js';
import { mapPartial } from '../../compiler/tensor/partials.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import type { TensorProgram } from '../../compiler/tensor/program.js';
import { chooseLowering, tensorAnalysis, type Lowering } from '../../compiler/tensor/lowering.js';
import { countTensorOps } from '../../compiler/tensor/cost.js';

// the divergence pass, with a switch to make it throw (the catch of chooseLowering)
const divergenceThrows: { error?: Error } = {};
vi.mock('../../compiler/tensor/divergence.js', async (original) => {
  const m = await original<typeof import('../../compiler/tensor/divergence.js')>();
  return {
    ...m,
    tensorDivergence: (...args: Parameters<typeof m.tensorDivergence>) => {
      if (divergenceThrows.error) throw divergenceThrows.error;
      return m.tensorDivergence(...args);
    },
  };
});

const program = (g: TensorGraph, x: number, dim: number, outputs: TensorProgram['outputs']): TensorProgram =>
  ({ graph: g, field: 't', inputs: [], dim, params: [], paramSlots: 0, input: x, outputs });

/** U's gradient by tensorGradient, and by central differences of U, at `point`. */
function gradients(build: (g: TensorGraph, x: number) => number, point: number[], params: number[] = []): { got: number[]; want: number[] } {
  const g = new TensorGraph();
  const dim = point.length;
  const x = g.input(dim);
  const u = build(g, x);
  const grad = tensorGradient(g, u, x);
  const got = tensorInterpreter(program(g, x, dim, { values: grad }), params)(point).values;
  const U = tensorInterpreter(program(g, x, dim, { potential: u }), params);
  const want = point.map((_, i) => {
    const h = 1e-6 * Math.max(1, Math.abs(point[i]!));
    const up = [...point], down = [...point];
    up[i]! += h;
    down[i]! -= h;
    return (U(up).potential! - U(down).potential!) / (2 * h);
  });
  return { got, want };
}

function expectGradient(build: (g: TensorGraph, x: number) => number, point: number[], params: number[] = []): number[] {
  const { got, want } = gradients(build, point, params);
  expect(got).toHaveLength(point.length);
  got.forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThan(1e-6 * Math.max(1, Math.abs(want[i]!))));
  return got;
}

function refuses(f: () => unknown, message: string): void {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(NotTensor);
  expect((error as Error).message).toBe(message);
}

describe('tensorGradient against central differences', () => {
  it('a sum of maps whose operand is used twice (adjoints complete before they are passed on)', () => {
    // h = sin(x) feeds both h * h and the add: the add's args are [h, u], so the search meets h
    // before u; h must still be processed after u (ids in decreasing order)
    const got = expectGradient((g, x) => {
      const h = g.map('sin', x);
      const u = g.map('mul', h, h);
      return g.reduce('add', g.map('add', h, u));
    }, [0.3, -1.2, 2]);
    expect(got.every((v) => v !== 0)).toBe(true);
  });

  it('a deeper chain, ids past 9 (a string sort of ids would misorder them)', () => {
    expectGradient((g, x) => {
      let h = x;
      for (let k = 0; k < 6; k++) h = g.map('add', g.map('sin', h), g.map('mul', h, g.scalar(0.5 + k)));
      return g.reduce('add', g.map('mul', h, h));
    }, [0.1, 0.7]);
  });

  it('a map with a structurally zero partial (floor) passes nothing back', () => {
    const got = expectGradient((g, x) => g.reduce('add', g.map('mul', g.map('floor', x), x)), [1.5, -2.25, 3.5]);
    expect(got).toEqual([1, -3, 3]);
    // sin(x) gets no adjoint at all (floor passes none): it is skipped, not differentiated
    const again = expectGradient((g, x) => g.reduce('add', g.map('mul', g.map('floor', g.map('sin', x)), x)), [1.5, -2.25, 3.5]);
    expect(again).toEqual([1.5, -2.25, 3.5].map((v) => Math.floor(Math.sin(v))));
  });

  it('a scalar broadcast into a vector op collects the sum of its adjoints; an element goes back one-hot', () => {
    // U = x1 * sum(x): dU/dx_j = x1 + [j = 1] sum(x)
    const got = expectGradient((g, x) => {
      const x1 = g.copy(x, [], 1, []);
      return g.reduce('add', g.map('mul', x1, x));
    }, [2, 3, 5]);
    expect(got).toEqual([3, 13, 3]);
  });

  it('the matrix product W x + b through tanh (the adjoint is the transpose product)', () => {
    // W [3, 2] in slots 0..5, b [3] in slots 6..8
    expectGradient((g, x) => {
      const W = g.param(0, [3, 2]), b = g.param(6, [3]);
      return g.reduce('add', g.map('tanh', g.map('add', g.matmul(W, x), b)));
    }, [0.4, -0.9], [1, -2, 0.5, 3, -1, 0.25, 0.1, -0.2, 0.3]);
  });

  it('a concat of a scalar, the point and a param: each part gets its stretch of the adjoint', () => {
    // v = [x1, x0, x1, p], U = sum(c * v * v) with distinct weights c
    const got = expectGradient((g, x) => {
      const x1 = g.copy(x, [], 1, []);
      const v = g.concat([x1, x, g.param(0, [1])], [4]);
      const c = g.const([1, 2, 3, 5], [4]);
      return g.reduce('add', g.map('mul', c, g.map('mul', v, v)));
    }, [0.5, -1.5], [7]);
    // d/dx0 = 2 * 2 x0, d/dx1 = 2 (1 + 3) x1
    expect(got[0]).toBeCloseTo(2, 9);
    expect(got[1]).toBeCloseTo(-12, 9);
  });

  it('a concat of two vectors (offsets are sizes, not 1)', () => {
    expectGradient((g, x) => {
      const v = g.concat([g.map('sin', x), x], [6]);
      return g.reduce('add', g.map('mul', g.const([1, 2, 3, 4, 5, 6], [6]), g.map('mul', v, v)));
    }, [0.2, 0.4, -0.6]);
  });

  it('a U that does not depend on the point: zeros of its shape', () => {
    const g = new TensorGraph();
    const x = g.input(3);
    const u = g.reduce('add', g.param(0, [2]));
    const grad = tensorGradient(g, u, x);
    expect(g.node(grad)).toMatchObject({ op: 'const', shape: [3], data: [0, 0, 0] });
  });

  it('the norm convention through the reverse pass: the gradient of sqrt(sum x^2) is 0 at 0', () => {
    const build = (g: TensorGraph, x: number) => g.map('sqrt', g.reduce('add', g.map('mul', x, x)));
    expectGradient(build, [0.3, -0.4]);
    const { got } = gradients(build, [0, 0]);
    expect(got).toEqual([0, 0]);
  });

  it('sin(x * x): only sqrt sees squares as a norm (the chain rule goes through x * x)', () => {
    expectGradient((g, x) => g.reduce('add', g.map('sin', g.map('mul', x, x))), [0.7, 1.3]);
  });
});

describe('tensorGradient refuses what it does not handle, with its reason', () => {
  const setup = () => {
    const g = new TensorGraph();
    const x = g.input(2);
    const M = g.concat([x, g.map('sin', x)], [2, 2]); // a per-point matrix
    return { g, x, M };
  };

  it('a per-point matrix times a vector', () => {
    const { g, x, M } = setup();
    refuses(() => tensorGradient(g, g.reduce('add', g.matmul(M, g.const([1, 2], [2]))), x), 'the gradient of a per-point matrix product');
  });

  it('a matrix times a per-point matrix', () => {
    const { g, x, M } = setup();
    refuses(() => tensorGradient(g, g.matmul(g.param(0, [2, 2]), M), x), 'the gradient of a per-point matrix product');
  });

  it('a max or min reduction, and a sum of a matrix', () => {
    const { g, x, M } = setup();
    refuses(() => tensorGradient(g, g.reduce('max', x), x), 'the gradient of a max reduction');
    refuses(() => tensorGradient(g, g.reduce('min', g.map('sin', x)), x), 'the gradient of a min reduction');
    refuses(() => tensorGradient(g, g.reduce('add', M), x), 'the gradient of a add reduction');
  });

  it('a slice of a vector, an element of a matrix', () => {
    const g = new TensorGraph();
    const x = g.input(3);
    refuses(() => tensorGradient(g, g.reduce('add', g.slice(x, 1, [2])), x), 'the gradient of a slice');
    const { g: h, x: y, M } = setup();
    refuses(() => tensorGradient(h, h.copy(M, [], 1, []), y), 'the gradient of a slice');
  });

  it('an op it has no adjoint for', () => {
    const g = new TensorGraph();
    const x = g.input(2);
    refuses(() => tensorGradient(g, g.input(3), x), 'the gradient of input');
  });
});

describe('mapPartial: the scalar table rebuilt over tensors', () => {
  /** d sqrt(arg) / d arg at the point, arg built from x. */
  const sqrtPartialAt = (arg: (g: TensorGraph, x: number) => number, point: number[]): number => {
    const g = new TensorGraph();
    const x = g.input(point.length);
    const s = g.map('sqrt', arg(g, x));
    const p = mapPartial(g, s, 0)!;
    return tensorInterpreter(program(g, x, point.length, { values: p }), [])(point).values[0]!;
  };
  const x0 = (g: TensorGraph, x: number) => g.copy(x, [], 0, []);
  const x1 = (g: TensorGraph, x: number) => g.copy(x, [], 1, []);

  it.each<[string, (g: TensorGraph, x: number) => number, number]>([
    ['sum(x * x)', (g, x) => g.reduce('add', g.map('mul', x, x)), 0],
    ['x0 * x0', (g, x) => g.map('mul', x0(g, x), x0(g, x)), 0],
    ['x0^2 + x1^4', (g, x) => g.map('add', g.map('powi', x0(g, x), g.scalar(2)), g.map('powi', x1(g, x), g.scalar(4))), 0],
    ['sum(x^2)', (g, x) => g.reduce('add', g.map('powi', x, g.scalar(2))), 0],
    ['max(x * x)', (g, x) => g.reduce('max', g.map('mul', x, x)), Infinity],
    ['sum(sin(x))', (g, x) => g.reduce('add', g.map('sin', x)), Infinity],
    ['x0 * x1', (g, x) => g.map('mul', x0(g, x), x1(g, x)), Infinity],
    ['x0 * x0 + x1', (g, x) => g.map('add', g.map('mul', x0(g, x), x0(g, x)), x1(g, x)), Infinity],
    ['x0^3', (g, x) => g.map('powi', x0(g, x), g.scalar(3)), Infinity],
    ['x0 / 2', (g, x) => g.map('div', x0(g, x), g.scalar(2)), Infinity],
    ['sin(x0)', (g, x) => g.map('sin', x0(g, x)), Infinity],
    ['x0 (the point itself)', x0, Infinity],
  ])('sqrt(%s) at 0: %s', (_, arg, want) => {
    expect(sqrtPartialAt(arg, [0, 0])).toBe(want);
  });

  it('sqrt(x0^-2) at x0 = Inf: a negative even power is no square (Inf, not the norm\'s 0)', () => {
    expect(sqrtPartialAt((g, x) => g.map('powi', x0(g, x), g.scalar(-2)), [Infinity, 0])).toBe(Infinity);
    expect(sqrtPartialAt((g, x) => g.map('powi', x0(g, x), g.scalar(2)), [0, 0])).toBe(0);
  });

  it('away from 0 the partial of sqrt(a) is 1 / (2 sqrt(a)), a norm or not', () => {
    expect(sqrtPartialAt((g, x) => g.reduce('add', g.map('mul', x, x)), [3, 4])).toBeCloseTo(0.1, 12);
    expect(sqrtPartialAt((g, x) => g.reduce('add', g.map('sin', x)), [1, 2])).toBeCloseTo(0.5 / Math.sqrt(Math.sin(1) + Math.sin(2)), 12);
  });

  it('the partial uses the map node itself for y, and constants as leaves', () => {
    const g = new TensorGraph();
    const x = g.input(2);
    const e = g.map('exp', x);
    expect(mapPartial(g, e, 0)).toBe(e); // (e^x)' = e^x: the node, not a copy
    const s = g.map('sqrt', g.reduce('add', g.map('mul', x, x)));
    const p = mapPartial(g, s, 0)!;
    expect(g.nodes.slice(p).some((n) => n.op === 'map' && n.fn === 'sqrt')).toBe(false); // y reused, no second sqrt
    const d = g.map('div', x, g.scalar(4));
    const q = mapPartial(g, d, 0)!;
    expect(g.node(q)).toMatchObject({ op: 'const', data: [0.25] });
    expect(mapPartial(g, g.map('floor', x), 0)).toBeUndefined();
  });

  it('mul: each operand\'s partial is the other operand (a scalar times a vector)', () => {
    const g = new TensorGraph();
    const x = g.input(3);
    const s = g.copy(x, [], 0, []);
    const m = g.map('mul', s, x);
    const [a, b] = g.node(m).args as [number, number];
    expect([a, b].sort()).toEqual([x, s].sort());
    expect(mapPartial(g, m, 0)).toBe(b);
    expect(mapPartial(g, m, 1)).toBe(a);
  });
});

describe('chooseLowering and tensorAnalysis', () => {
  const fieldOf = (src: string) => {
    const parsed = parse(src);
    expect(parsed.errors).toEqual([]);
    const scope = new FileScope(parsed.program!, new DiagnosticBag('<t>'));
    scope.checkDeclarations();
    return { scope, d: scope.fields[0]! };
  };
  const choose = (src: string, wanted: Lowering) => {
    const { scope, d } = fieldOf(src);
    return chooseLowering(elaborateField(scope, d)!, wanted);
  };
  const LORENZ = 'param s = 10\nparam r = 28\nparam b = 2.6\nfield lorenz(x, y, z) = (s * (y - x), x * (r - z) - y, x * y - b * z)';
  const POTENTIAL = 'param W: [3, 2]\nparam w: [3]\npotential u(x: [2]) = dot(w, tanh(W @ x)) + norm2(x) / 2';

  it('asked for scalar: scalar, whatever the field', () => {
    expect(choose(POTENTIAL, 'scalar')).toEqual({ kind: 'scalar', reason: 'asked for (--lowering scalar)' });
    expect(choose(LORENZ, 'scalar')).toEqual({ kind: 'scalar', reason: 'asked for (--lowering scalar)' });
  });

  it('asked for tensor: tensor, with f, f + div f and the diagonal', () => {
    const c = choose(LORENZ, 'tensor');
    expect(c.kind).toBe('tensor');
    expect(c.reason).toBe('asked for (--lowering tensor)');
    expect(c.tensor && c.evaluate && c.diagonal).toBeTruthy();
    expect(c.evaluate!.outputs.divergence).toBeDefined();
  });

  it('auto: the cost model\'s reason (lorenz stays scalar)', () => {
    const c = choose(LORENZ, 'auto');
    expect(c.kind).toBe('scalar');
    expect(c.reason).not.toMatch(/asked for/);
    expect(c.tensor).toBeUndefined();
  });

  it('a field the tensor level cannot express stays scalar, with its reason, even when tensor is asked for', () => {
    // a per-point matrix: loops over weights have no code for it
    const src = 'field f(x: [3]) { let m = outer(x, x)\n return m @ x }';
    for (const wanted of ['tensor', 'auto'] as const) {
      const c = choose(src, wanted);
      expect(c).toEqual({ kind: 'scalar', reason: 'the tensor level cannot express this field (a per-point matrix)' });
    }
    // a gradient the tensor gradient pass does not take (of a max reduction)
    const max = choose('field f(x: [2]) = grad(maxof(x))', 'tensor');
    expect(max).toEqual({ kind: 'scalar', reason: 'the tensor level cannot express this field (the gradient of a max reduction)' });
  });

  it('grad is expanded for the loop level: pendulum at the tensor level when asked, scalar by the cost model', () => {
    const src = 'param g = 9.81\nfn H(q, p) = p^2 / 2 + g * (1 - cos(q))\nfield pendulum(q, p) = (grad(H(q, p), p), -grad(H(q, p), q))';
    const t = choose(src, 'tensor');
    expect(t.kind).toBe('tensor');
    expect(t.tensor!.graph.nodes.some((n) => n.op === 'grad')).toBe(false);
    expect(choose(src, 'auto').kind).toBe('scalar');
  });

  it('the divergence pass refusing: scalar, with its reason; any other error is thrown', () => {
    try {
      divergenceThrows.error = new NotTensor('a test refusal');
      expect(choose(LORENZ, 'tensor')).toEqual({ kind: 'scalar', reason: 'the tensor divergence pass cannot take this field (a test refusal)' });
      divergenceThrows.error = new Error('a bug');
      expect(() => choose(LORENZ, 'tensor')).toThrow('a bug');
    } finally {
      delete divergenceThrows.error;
    }
  });

  it('tensorAnalysis of a field: its entries, stats and schedule', () => {
    const c = choose(LORENZ, 'tensor');
    const t = tensorAnalysis(c);
    expect(Object.keys(t.programs).sort()).toEqual(['diagonal', 'divergence', 'evaluate', 'f']);
    expect(t.programs.divergence.outputs).toEqual({ divergence: c.evaluate!.outputs.divergence });
    expect(t.stats.potential).toBeUndefined();
    expect(t.stats.evaluate).toBeUndefined();
    const fc = countTensorOps(c.tensor!), dc = countTensorOps(c.evaluate!);
    expect(fc.perPoint).toBeGreaterThan(0);
    expect(t.stats.ratio).toBe(Math.round((dc.perPoint / fc.perPoint) * 1000) / 1000);
    expect(t.stats.ratio).not.toBe(1);
    expect(t.schedule.lowering).toBe('tensor');
    expect(t.stats.schedule).toBe(t.schedule);
    expect(c.evaluate!.directions).toBeTruthy();
    expect(t.stats.lowering).toEqual({ kind: 'tensor', reason: 'asked for (--lowering tensor)', directions: c.evaluate!.directions });
  });

  it('tensorAnalysis of a potential: U alone, and U stored by evaluate', () => {
    const c = choose(POTENTIAL, 'tensor');
    expect(c.kind).toBe('tensor');
    const t = tensorAnalysis(c);
    const u = c.tensor!.potential!;
    expect(u).toBeDefined();
    expect(t.programs.potential!.outputs).toEqual({ potential: u });
    expect(t.programs.evaluate.outputs.potential).toBe(u);
    expect(t.programs.evaluate.outputs.values).toBe(c.evaluate!.outputs.values);
    expect(t.stats.potential).toEqual(countTensorOps(t.programs.potential!));
    expect(t.stats.evaluate).toEqual(countTensorOps(t.programs.evaluate));
    // grad U by the tensor reverse pass against differences of U
    const params = [1, -0.5, 0.25, 2, -1, 0.75, 0.5, -1.5, 2];
    const f = tensorInterpreter(c.tensor!, params);
    const U = tensorInterpreter(t.programs.potential!, params);
    const p = [0.3, -0.8];
    const got = f(p).values;
    p.forEach((_, i) => {
      const up = [...p], down = [...p];
      up[i]! += 1e-6;
      down[i]! -= 1e-6;
      expect(got[i]).toBeCloseTo((U(up).potential! - U(down).potential!) / 2e-6, 5);
    });
  });

  it('a field with no per-point work: ratio 1', () => {
    const c = choose('field c(x: [2]) = [1, 2]', 'tensor');
    if (c.kind !== 'tensor') return expect.unreachable(c.reason);
    const t = tensorAnalysis(c);
    expect(t.stats.f.perPoint).toBe(0);
    expect(t.stats.ratio).toBe(1);
  });
});
