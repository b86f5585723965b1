// The tensor vjp pass's local rules (compiler/tensor/vjp.ts), each against its definition: the
// adjoint A^T of a linear map A (a strided copy, a broadcast's sum) satisfies <A v, c> = <v, A^T c>
// for every v and c. Each copy pattern the front end and the divergence pass build is checked on
// random v and c by the tensor interpreter; a copy with no rule is a NotTensor (the kernel then
// has no vjp entry, and its schedule says why). The whole pass is held to references and finite
// differences in test/runtime/vjp.test.ts and the differential properties.
import { describe, expect, it } from 'vitest';
import { NotTensor, TensorGraph, sizeOf } from '../../compiler/tensor/graph.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import type { TensorProgram } from '../../compiler/tensor/program.js';
import { copyAdjoint, unbroadcast } from '../../compiler/tensor/vjp.js';
import { compile } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';
import { random } from '../support/helpers.js';

/** A scalar: sum of a's elements times b's (vectors or matrices of one shape). */
function inner(g: TensorGraph, a: number, b: number): number {
  const m = g.map('mul', a, b);
  return g.node(m).shape.length === 2 ? g.reduce('add', g.reduce('add', m, 1)) : g.node(m).shape.length === 1 ? g.reduce('add', m) : m;
}

/**
 * <A v, c> and <v, A^T c> at random v and c: the point holds v (of shape `from`) and c (of the
 * map's result shape); `apply` builds A v, `adjoint` A^T c.
 */
function adjointPair(from: number[], apply: (g: TensorGraph, v: number) => number, adjoint: (g: TensorGraph, av: number, c: number) => number, seed: number): [number, number] {
  const g = new TensorGraph();
  const rowMajor = (s: number[]) => (s.length === 0 ? [] : s.length === 1 ? [1] : [s[1]!, 1]);
  const sizeV = sizeOf(from);
  // the result's shape from a first build on a placeholder
  const probe = new TensorGraph();
  const shape = probe.node(apply(probe, probe.copy(probe.input(sizeV), from, 0, rowMajor(from)))).shape as number[];
  const x = g.input(sizeV + sizeOf(shape));
  const v = g.copy(x, from, 0, rowMajor(from));
  const c = g.copy(x, shape, sizeV, rowMajor(shape));
  const av = apply(g, v);
  const lhs = inner(g, av, c), rhs = inner(g, v, adjoint(g, av, c));
  const p: TensorProgram = {
    graph: g, field: 't', inputs: [], dim: sizeV + sizeOf(shape), params: [], paramSlots: 0, input: x,
    outputs: { values: g.concat([lhs, rhs], [2]) },
  };
  const r = random(seed);
  const point = Array.from({ length: sizeV + sizeOf(shape) }, () => 2 * r() - 1);
  const [a, b] = tensorInterpreter(p, []).call(null, point).values as [number, number];
  return [a, b];
}

const COPIES: { what: string; from: number[]; build: (g: TensorGraph, v: number) => number }[] = [
  { what: 'a scalar broadcast to a vector', from: [], build: (g, v) => g.copy(v, [4], 0, [0]) },
  { what: 'a scalar broadcast to a matrix', from: [], build: (g, v) => g.copy(v, [3, 2], 0, [0, 0]) },
  { what: 'a vector repeated along the rows ([1, 0])', from: [3], build: (g, v) => g.copy(v, [3, 4], 0, [1, 0]) },
  { what: 'a vector repeated down the columns ([0, 1])', from: [4], build: (g, v) => g.copy(v, [3, 4], 0, [0, 1]) },
  { what: 'a transpose', from: [3, 2], build: (g, v) => g.transpose(v) },
  { what: 'a diagonal', from: [3, 3], build: (g, v) => g.diag(v) },
  { what: 'an element of a vector', from: [5], build: (g, v) => g.copy(v, [], 3, []) },
  { what: 'an element of a matrix', from: [2, 3], build: (g, v) => g.copy(v, [], 4, []) },
  { what: 'a slice of a vector (zeros on both sides)', from: [6], build: (g, v) => g.slice(v, 2, [3]) },
  { what: 'a slice at the start', from: [6], build: (g, v) => g.slice(v, 0, [4]) },
  { what: 'a slice at the end', from: [6], build: (g, v) => g.slice(v, 3, [3]) },
  { what: 'rows of a matrix', from: [4, 3], build: (g, v) => g.slice(v, 3, [2, 3]) },
  { what: 'a matrix read as a vector', from: [2, 3], build: (g, v) => g.copy(v, [6], 0, [1]) },
  { what: 'a vector read as a matrix', from: [6], build: (g, v) => g.copy(v, [2, 3], 0, [3, 1]) },
];

describe('the adjoint of each strided copy: <A v, c> = <v, A^T c>', () => {
  it.each(COPIES.map((c, k) => ({ ...c, k })))('$what', ({ from, build, k }) => {
    for (const seed of [1, 2, 3]) {
      const [a, b] = adjointPair(from, build, (g, av, c) => copyAdjoint(g, av, c), 100 * k + seed);
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(a)));
      expect(a).not.toBe(0);
    }
  });

  // near misses of the patterns above (each differs from one in one respect): a copy either gets
  // its true adjoint or is a NotTensor, never a wrong one
  it.each([
    ['a transpose read from an offset', [3, 2], (g: TensorGraph, v: number) => g.copy(v, [2, 2], 1, [1, 2])],
    ['a transpose of a taller source', [3, 2], (g: TensorGraph, v: number) => g.copy(v, [2, 2], 0, [1, 2])],
    ['a transpose with the wrong row stride', [2, 3], (g: TensorGraph, v: number) => g.copy(v, [3, 2], 0, [1, 2])],
    ['a diagonal of a non-square matrix', [2, 3], (g: TensorGraph, v: number) => g.copy(v, [2], 0, [4])],
    ['a diagonal read from an offset', [3, 3], (g: TensorGraph, v: number) => g.copy(v, [2], 1, [4])],
    ['a short diagonal', [3, 3], (g: TensorGraph, v: number) => g.copy(v, [2], 0, [4])],
    ['a vector repeated along the rows of fewer rows', [3], (g: TensorGraph, v: number) => g.copy(v, [2, 4], 0, [1, 0])],
    ['a vector repeated down fewer columns', [4], (g: TensorGraph, v: number) => g.copy(v, [3, 2], 0, [0, 1])],
    ['a vector repeated from an offset', [4], (g: TensorGraph, v: number) => g.copy(v, [3, 2], 1, [0, 1])],
    ['an element of a vector broadcast', [4], (g: TensorGraph, v: number) => g.copy(v, [3], 2, [0])],
    ['a matrix column', [3, 3], (g: TensorGraph, v: number) => g.copy(v, [3], 1, [3])],
    ['rows with a gap', [4, 2], (g: TensorGraph, v: number) => g.copy(v, [2, 2], 0, [4, 1])],
  ] as const)('%s: its true adjoint or a NotTensor', (_what, from, build) => {
    for (const seed of [1, 2]) {
      let pair: [number, number];
      try {
        pair = adjointPair([...from], build, (g, av, c) => copyAdjoint(g, av, c), seed);
      } catch (e) {
        expect(e).toBeInstanceOf(NotTensor);
        continue;
      }
      expect(Math.abs(pair[0] - pair[1])).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(pair[0])));
    }
  });

  it('a copy with no rule (every other element) is a NotTensor naming it', () => {
    expect(() => adjointPair([6], (g, v) => g.copy(v, [3], 0, [2]), (g, av, c) => copyAdjoint(g, av, c), 1)).toThrow(NotTensor);
    expect(() => adjointPair([6], (g, v) => g.copy(v, [3], 0, [2]), (g, av, c) => copyAdjoint(g, av, c), 1)).toThrow(/strided copy \(strides 2\)/);
  });
});

describe("a broadcast operand's adjoint: the op's adjoint summed down to its shape", () => {
  // A: the operand broadcast to the op's shape (as map does); A^T: unbroadcast
  it.each([
    ['a scalar in a vector op', [] as number[], [4]],
    ['a scalar in a matrix op', [], [3, 2]],
    ['a vector repeated along a matrix op\'s rows', [3], [3, 2]],
    ['an operand of the op\'s own shape', [3, 2], [3, 2]],
  ] as const)('%s', (_what, from, to) => {
    for (const seed of [1, 2]) {
      const [a, b] = adjointPair([...from], (g, v) => g.map('mul', v, g.const(new Array(sizeOf(to)).fill(1), [...to])), (g, _av, c) => unbroadcast(g, c, from), seed);
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(a)));
    }
  });
});

describe('what the pass cannot take leaves the kernel without a vjp entry, and says why', () => {
  it('a field constant in the point, at the loop level: schedule.omitted.vjp; k.vjp a DivcError', async () => {
    const out = compile('param a: [2]\nfield f(x: [2]) = a * 2', { lowering: 'tensor', vjp: true });
    expect(out.diagnostics).toEqual([]);
    expect(out.schedule!.omitted?.vjp).toMatch(/the tensor vjp pass cannot take this field \(a field constant in the point\)/);
    const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
    k.setParams({ a: [1, 2] });
    await expect(k.vjp([[1, 2]], { divergence: 1 })).rejects.toThrow(/no vjp entry/);
    k.dispose();
  });
});
