// The tensor-level verifier (compiler/tensor/verifier.ts): every reference field the tensor level
// takes verifies clean after each tensor pass (both direction modes of the divergence pass
// included), the passes call it, and hand-corrupted programs are each caught with a message
// naming the problem: every message the verifier can fail with is produced by some case here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../compiler/index.js';
import { tensorDiagonal, tensorDivergence, type DirectionMode } from '../../compiler/tensor/divergence.js';
import { TensorGraph, type TNode } from '../../compiler/tensor/graph.js';
import type { TensorProgram } from '../../compiler/tensor/program.js';
import { VerifierError, verifyTensor, verifyTensorEntries } from '../../compiler/tensor/verifier.js';
import { FIELDS, ROOT, source } from '../support/helpers.js';

// every call of the verifier, by pass name (the real verifier still runs)
const calls: string[] = [];
vi.mock('../../compiler/tensor/verifier.js', async (original) => {
  const m = await original<typeof import('../../compiler/tensor/verifier.js')>();
  return {
    ...m,
    verifyTensor: (p: TensorProgram, after: string) => { calls.push(after); m.verifyTensor(p, after); },
    verifiedTensor: (p: TensorProgram, after: string) => { calls.push(after); return m.verifiedTensor(p, after); },
    verifyTensorEntries: <T extends Record<string, TensorProgram | undefined>>(e: T, after: string) => { calls.push(after); return m.verifyTensorEntries(e, after); },
  };
});

const MODES: DirectionMode[] = ['input directions', 'columns of the output matrix'];

describe('every reference field at the tensor level verifies clean', () => {
  it.each(FIELDS)('%s', (name) => {
    calls.length = 0;
    const a = analyze(source(name), { lowering: 'tensor' });
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // a potential's grad U and pendulum's grad(H(q, p), p) are grad nodes, which the loop level
    // expands (and verifies) before its passes
    const grads = a.tensor!.f.potential !== undefined || name === 'pendulum';
    expect(calls).toEqual([
      'elaboration', ...(grads ? ['the gradient expansion'] : []), 'the divergence pass', 'the diagonal pass', 'the choice of entries',
    ]);
    for (const [entry, p] of Object.entries(a.tensor!)) expect(() => verifyTensor(p!, entry)).not.toThrow();
    // each direction mode on its own, and the diagonal pass again on the grown graph
    for (const mode of MODES) expect(() => verifyTensor(tensorDivergence(a.tensor!.f, mode), mode)).not.toThrow();
    expect(() => verifyTensor(tensorDiagonal(a.tensor!.f), 'diagonal')).not.toThrow();
  });

  it('the default lowering verifies the elaborated program of a field that stays scalar', () => {
    calls.length = 0;
    const a = analyze(source('lorenz'));
    expect(a.tensor).toBeUndefined();
    expect(calls).toEqual(['elaboration']);
  });
});

/**
 * A small valid program to corrupt: values = V tanh(W x + b), divergence = sum(values^2).
 * %0 input [3], %1 W [4, 3], %2 b [4], %3 W @ x, %4 add, %5 tanh, %6 V [3, 4], %7 V @ h, %8 mul, %9 reduce.
 */
function base() {
  const g = new TensorGraph();
  const x = g.input(3);
  const W = g.param(0, [4, 3]);
  const b = g.param(12, [4]);
  const z = g.map('add', g.matmul(W, x), b);
  const h = g.map('tanh', z);
  const V = g.param(16, [3, 4]);
  const y = g.matmul(V, h);
  const sq = g.map('mul', y, y);
  const div = g.reduce('add', sq);
  expect([x, W, b, z, h, V, y, sq, div]).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
  const p: TensorProgram = {
    graph: g, field: 'f', inputs: ['x[0]', 'x[1]', 'x[2]'], dim: 3, paramSlots: 28, input: x,
    params: [{ name: 'W', shape: [4, 3], slot: 0, size: 12 }, { name: 'b', shape: [4], slot: 12, size: 4 }, { name: 'V', shape: [3, 4], slot: 16, size: 12 }],
    outputs: { values: y, divergence: div },
  };
  /** Pushes a node past hash-consing (its `varying` computed unless given). */
  const raw = (n: Partial<TNode> & Pick<TNode, 'op' | 'shape'>): number => {
    const args = n.args ?? [];
    g.nodes.push({ type: 'f', varying: args.some((a) => g.nodes[a]?.varying), ...n, args });
    return g.nodes.length - 1;
  };
  /** Overwrites fields of node `id`. */
  const set = (id: number, patch: Partial<TNode>) => { g.nodes[id] = { ...g.nodes[id]!, ...patch }; };
  return { g, p, raw, set, ids: { x, W, b, z, h, V, y, sq, div } };
}

type Base = ReturnType<typeof base>;
interface Case { what: string; corrupt: (b: Base) => TensorProgram | void; message: string; entries?: true }

const CASES: Case[] = [
  // topological order, hash-consing, per point / per batch
  { what: 'a forward reference', corrupt: ({ raw }) => { raw({ op: 'map', fn: 'neg', args: [11], shape: [] }); }, message: '%10 = map neg: uses %11, which is not defined before it' },
  { what: 'a node using itself', corrupt: ({ raw }) => { raw({ op: 'map', fn: 'neg', args: [10], shape: [] }); }, message: '%10 = map neg: uses %10, which is not defined before it' },
  { what: 'a duplicate node', corrupt: ({ g, raw, ids }) => { raw({ ...g.node(ids.h) }); }, message: '%10 = map tanh: duplicates %5 (hash-consing broken)' },
  { what: 'a node the hash-consing table does not know', corrupt: ({ raw, ids }) => { raw({ op: 'map', fn: 'neg', args: [ids.h], shape: [4] }); }, message: '%10 = map neg: is not in the hash-consing table' },
  { what: 'commutative operands out of order', corrupt: ({ raw, ids }) => { raw({ op: 'map', fn: 'add', args: [ids.div, ids.sq], shape: [3] }); }, message: '%10 = map add: commutative operands out of order (%9, %8)' },
  { what: 'a per-point node marked per batch', corrupt: ({ set, ids }) => set(ids.h, { varying: false }), message: '%5 = map tanh: is marked per batch, but depends on the point' },
  { what: 'a per-batch node marked per point', corrupt: ({ set, ids }) => set(ids.W, { varying: true }), message: '%1 = param: is marked per point, but does not depend on the point' },
  // every node
  { what: 'an unknown op', corrupt: ({ raw }) => { raw({ op: 'gather' as never, shape: [] }); }, message: '%10 = gather: unknown op' },
  { what: 'an unknown type', corrupt: ({ set, ids }) => set(ids.h, { type: 'c' as never }), message: "%5 = map tanh: type c is neither 'f' nor 'b'" },
  { what: 'a rank-3 shape', corrupt: ({ raw }) => { raw({ op: 'const', data: [1], shape: [1, 1, 1] }); }, message: '%10 = const: shape [1, 1, 1] is not of rank 0 to 2 with sizes >= 0' },
  { what: 'a field the op does not take', corrupt: ({ set, ids }) => set(ids.y, { value: 3 }), message: '%7 = matmul: has a value, which matmul does not take' },
  { what: 'a field the op lacks', corrupt: ({ set, ids }) => set(ids.div, { value: undefined }), message: '%9 = reduce add: has no value' },
  { what: 'too many operands', corrupt: ({ set, ids }) => set(ids.h, { args: [ids.z, ids.z] }), message: '%5 = map tanh: has 2 operands, needs 1' },
  { what: 'a leaf with an operand', corrupt: ({ set, ids }) => set(ids.V, { args: [ids.x] , varying: true }), message: '%6 = param: has 1 operands, needs 0' },
  { what: 'a result type the op does not give', corrupt: ({ set, ids }) => set(ids.h, { type: 'b' }), message: '%5 = map tanh: has type b, expected f' },
  { what: "select's condition a number", corrupt: ({ raw, ids }) => { raw({ op: 'map', fn: 'select', args: [ids.div, ids.div, ids.div], shape: [] }); }, message: '%10 = map select: operand 0 (%9) has type f, expected b' },
  // grad
  { what: 'a grad of a vector', corrupt: ({ raw, ids }) => { raw({ op: 'grad', args: [ids.y, ids.x], shape: [3], varying: true }); }, message: '%10 = grad: differentiates a value of shape [3], not a scalar' },
  { what: 'a grad with respect to a computed value', corrupt: ({ raw, ids }) => { raw({ op: 'grad', args: [ids.div, ids.h], shape: [4] }); }, message: '%10 = grad: differentiates with respect to %5, which is not an input' },
  // psum (the vjp's sums over the points) and what is computed from it (summed)
  { what: 'a psum of three operands', corrupt: ({ raw, ids }) => { raw({ op: 'psum', args: [ids.h, ids.h, ids.h], shape: [4], varying: false, summed: true }); }, message: '%10 = psum: has 3 operands, needs 1 or 2' },
  { what: 'a psum of a per-batch value', corrupt: ({ raw, ids }) => { raw({ op: 'psum', args: [ids.W], shape: [4, 3], varying: false, summed: true }); }, message: '%10 = psum: operand 0 (%1) is per batch: a psum sums per-point values' },
  { what: 'a psum of a vector and a scalar', corrupt: ({ raw, ids }) => { raw({ op: 'psum', args: [ids.h, ids.div], shape: [4, 1], varying: false, summed: true }); }, message: '%10 = psum: sums [4] x []^T, not [m] x [n] or [m, k] x [n, k]' },
  { what: 'a psum not marked summed', corrupt: ({ raw, ids }) => { raw({ op: 'psum', args: [ids.h], shape: [4], varying: false }); }, message: '%10 = psum: is computed from a psum but not marked summed' },
  { what: 'a param marked summed', corrupt: ({ set, ids }) => set(ids.W, { summed: true }), message: '%1 = param: is marked summed but computed from no psum' },
  { what: 'a per-point node reading a psum', corrupt: ({ g, raw, ids }) => { const s = g.psum(ids.h); raw({ op: 'map', fn: 'add', args: [ids.h, s], shape: [4], varying: true, summed: true }); }, message: '%11 = map add: is per point but reads a sum over the points' },
  // leaves
  { what: 'a second input', corrupt: ({ raw }) => { raw({ op: 'input', shape: [3], varying: true }); }, message: "%10 = input: a second input (the program's row is %0)" },
  { what: 'an input of the wrong size', corrupt: ({ set, ids }) => set(ids.x, { shape: [4] }), message: '%0 = input: has shape [4], expected [3]' },
  { what: 'a param past paramSlots', corrupt: ({ raw }) => { raw({ op: 'param', value: 26, shape: [4] }); }, message: '%10 = param: reads slots 26 .. 29, paramSlots is 28' },
  { what: 'a param no declared param', corrupt: ({ raw }) => { raw({ op: 'param', value: 1, shape: [4] }); }, message: '%10 = param: slot 1 with shape [4] is no declared param' },
  { what: "a const's data not its size", corrupt: ({ raw }) => { raw({ op: 'const', data: [1, 2], shape: [3] }); }, message: '%10 = const: has 2 numbers for shape [3]' },
  { what: 'a condition constant of 2', corrupt: ({ raw }) => { raw({ op: 'const', type: 'b', data: [2], shape: [] }); }, message: '%10 = const: a condition constant holds a number other than 0 and 1' },
  { what: 'a non-square eye', corrupt: ({ raw }) => { raw({ op: 'eye', shape: [2, 3] }); }, message: '%10 = eye: shape [2, 3] is not square' },
  // map
  { what: 'an unknown scalar op', corrupt: ({ raw, ids }) => { raw({ op: 'map', fn: 'frob' as never, args: [ids.h], shape: [4] }); }, message: '%10 = map frob: unknown scalar op frob' },
  { what: "a map's result shape not its operands'", corrupt: ({ set, ids }) => set(ids.h, { shape: [3] }), message: '%5 = map tanh: has shape [3], expected [4]' },
  { what: 'map operands that do not broadcast', corrupt: ({ raw, ids }) => { raw({ op: 'map', fn: 'add', args: [ids.h, ids.y], shape: [4] }); }, message: '%10 = map add: operand 1 (%7) of shape [3] does not broadcast to [4]' },
  // matmul
  { what: 'a matmul with mismatched shapes', corrupt: ({ raw, ids }) => { raw({ op: 'matmul', args: [ids.W, ids.h], shape: [4] }); }, message: '%10 = matmul: [4, 3] @ [4] is not [m, n] @ [n] or [m, n] @ [n, k]' },
  { what: 'a matmul of the wrong result shape', corrupt: ({ set, ids }) => set(ids.y, { shape: [4] }), message: '%7 = matmul: has shape [4], expected [3]' },
  // reduce
  { what: 'an unknown reduction', corrupt: ({ set, ids }) => set(ids.div, { fn: 'mean' as never }), message: '%9 = reduce mean: unknown reduction mean' },
  { what: 'a reduction of a scalar', corrupt: ({ raw, ids }) => { raw({ op: 'reduce', fn: 'add', value: 0, args: [ids.div], shape: [] }); }, message: '%10 = reduce add: reduces a scalar' },
  { what: 'a reduction axis out of range', corrupt: ({ raw, ids }) => { raw({ op: 'reduce', fn: 'add', value: 1, args: [ids.y], shape: [] }); }, message: '%10 = reduce add: axis 1 out of range for [3]' },
  { what: 'a reduction of the wrong result shape', corrupt: ({ raw, ids }) => { raw({ op: 'reduce', fn: 'max', value: 1, args: [ids.W], shape: [3] }); }, message: '%10 = reduce max: has shape [3], expected [4]' },
  // copy
  { what: 'a copy reading past its source', corrupt: ({ raw, ids }) => { raw({ op: 'copy', args: [ids.y], value: 2, strides: [1], shape: [2] }); }, message: '%10 = copy: reads elements 2 .. 3 of %7, which has 3' },
  { what: 'a copy reading before its source', corrupt: ({ raw, ids }) => { raw({ op: 'copy', args: [ids.y], value: 0, strides: [-1], shape: [2] }); }, message: '%10 = copy: reads elements -1 .. 0 of %7, which has 3' },
  { what: 'a copy of another type', corrupt: ({ raw, ids }) => { raw({ op: 'copy', args: [ids.y], value: 0, strides: [], shape: [], type: 'b' }); }, message: '%10 = copy: has type b, its source %7 f' },
  { what: 'a copy with strides not of its rank', corrupt: ({ raw, ids }) => { raw({ op: 'copy', args: [ids.y], value: 0, strides: [], shape: [2] }); }, message: '%10 = copy: 0 strides for a result of rank 1' },
  { what: 'a copy with a fractional offset', corrupt: ({ raw, ids }) => { raw({ op: 'copy', args: [ids.y], value: 0.5, strides: [1], shape: [2] }); }, message: '%10 = copy: offset 0.5 and strides [1] are not integers (offset >= 0)' },
  // concat
  { what: 'a concat of one part', corrupt: ({ raw, ids }) => { raw({ op: 'concat', args: [ids.y], shape: [3] }); }, message: '%10 = concat: has 1 operands, needs at least 2' },
  { what: 'a concat of the wrong size', corrupt: ({ raw, ids }) => { raw({ op: 'concat', args: [ids.y, ids.h], shape: [6] }); }, message: '%10 = concat: its operands have 7 elements, its shape [6] 6' },
  { what: 'a concat of mixed types', corrupt: ({ raw, ids }) => { raw({ op: 'concat', args: [ids.y, ids.h], shape: [7], type: 'b' }); }, message: '%10 = concat: operand 0 (%7) has type f, the concat b' },
  // the program record
  { what: 'a dim of 0', corrupt: ({ p }) => ({ ...p, dim: 0 }), message: 'dim is 0, not a positive integer' },
  { what: 'input names not dim', corrupt: ({ p }) => ({ ...p, inputs: ['x', 'y'] }), message: '2 input names for dim 3' },
  { what: 'a negative paramSlots', corrupt: ({ p }) => ({ ...p, paramSlots: -1 }), message: 'paramSlots is -1' },
  { what: "a param's size not its shape's", corrupt: ({ p }) => ({ ...p, params: [{ ...p.params[0]!, size: 11 }, ...p.params.slice(1)] }), message: "param 'W' of shape [4, 3] has size 11" },
  { what: 'a declared param past paramSlots', corrupt: ({ p }) => ({ ...p, paramSlots: 20 }), message: "param 'V' takes slots 16 .. 27, paramSlots is 20" },
  { what: 'an input that is not the input node', corrupt: ({ p, ids }) => ({ ...p, input: ids.W }), message: 'the row %1 is not an input node' },
  // conditions: the row holds the state, then the conditions; the input is the state's slice of it
  { what: "a state that is not the row's slice", corrupt: ({ p, ids }) => ({ ...p, row: ids.x, input: ids.h, conditions: [{ name: 't', shape: [], offset: 3, size: 1 }] }), message: "the input %5 is not the row's first 3 numbers" },
  {
    what: 'a condition at the wrong offset',
    corrupt: ({ raw, p, ids }) => ({ ...p, dim: 2, inputs: ['a', 'b'], row: ids.x, input: raw({ op: 'copy', args: [ids.x], shape: [2], value: 0, strides: [1] }), conditions: [{ name: 't', shape: [], offset: 1, size: 1 }] }),
    message: "condition 't' at 1 of size 1 (shape []), expected at 2",
  },
  { what: 'a row without conditions', corrupt: ({ raw, p, ids }) => ({ ...p, row: ids.x, input: raw({ op: 'copy', args: [ids.x], shape: [3], value: 0, strides: [1] }) }), message: 'a row without conditions' },
  { what: 'conditions without a row', corrupt: ({ p }) => ({ ...p, conditions: [{ name: 't', shape: [], offset: 3, size: 1 }] }), message: 'conditions without a row' },
  // outputs
  { what: 'values of the wrong shape', corrupt: ({ p, ids }) => ({ ...p, outputs: { ...p.outputs, values: ids.h } }), message: "output 'values' %5 has shape [4], expected [3]" },
  { what: 'a divergence that is not a scalar', corrupt: ({ p, ids }) => ({ ...p, outputs: { ...p.outputs, divergence: ids.y } }), message: "output 'divergence' %7 has shape [3], expected []" },
  { what: 'a potential output that is not a scalar', corrupt: ({ p, ids }) => ({ ...p, outputs: { ...p.outputs, potential: ids.y } }), message: "output 'potential' %7 has shape [3], expected []" },
  { what: 'an output past the graph', corrupt: ({ p }) => ({ ...p, outputs: { ...p.outputs, values: 99 } }), message: "output 'values' %99 is not a node" },
  { what: 'a condition as an output', corrupt: ({ g, p, ids }) => ({ ...p, outputs: { ...p.outputs, divergence: g.map('lt', ids.div, g.scalar(1)) } }), message: "output 'divergence' %11 is a condition, not a number" },
  { what: 'an output the verifier does not know', corrupt: ({ p, ids }) => ({ ...p, outputs: { ...p.outputs, hessian: ids.div } as TensorProgram['outputs'] }), message: "output 'hessian' is not one the verifier knows (values, divergence, potential, gradPoints, gradParams): give it a shape in OUTPUT_SHAPES" },
  { what: 'a potential U that is not a scalar', corrupt: ({ p, ids }) => ({ ...p, potential: ids.y }), message: 'the potential U %7 has shape [3], expected []' },
  // entries: the one whose record is broken is named
  { what: 'a broken entry among several', corrupt: ({ p, ids }) => ({ ...p, outputs: { values: ids.h } }), message: "entry 'evaluate': output 'values' %5 has shape [4], expected [3]", entries: true },
];

/** The message the verifier fails with on a case ('' when it passes). */
function messageOf(c: Case): string {
  const b = base();
  const p = c.corrupt(b) ?? b.p;
  try {
    if (c.entries) verifyTensorEntries({ f: b.p, evaluate: p, divergence: { ...b.p, outputs: { divergence: b.ids.div } } }, 'corruption');
    else verifyTensor(p, 'corruption');
  } catch (e) {
    expect(e).toBeInstanceOf(VerifierError);
    return (e as Error).message;
  }
  return '';
}

describe('hand-corrupted programs are caught, the message naming the problem', () => {
  it('the uncorrupted program verifies clean, alone and as entries', () => {
    const b = base();
    expect(() => verifyTensor(b.p, 'nothing')).not.toThrow();
    const entries = { f: b.p, divergence: { ...b.p, outputs: { divergence: b.ids.div } }, potential: { ...b.p, outputs: { potential: b.ids.div }, potential: b.ids.div } };
    expect(verifyTensorEntries(entries, 'nothing')).toBe(entries);
  });

  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    expect(messageOf(c)).toBe(`internal compiler error: tensor IR verification failed after corruption: ${c.message}`);
  });

  it('every message the verifier can fail with is produced by some case above', () => {
    const produced = CASES.map(messageOf);
    const patterns = failurePatterns(readFileSync(join(ROOT, 'compiler/tensor/verifier.ts'), 'utf8'));
    expect(patterns.length).toBeGreaterThan(40);
    expect(patterns.filter((re) => !produced.some((m) => re.test(m))).map(String)).toEqual([]);
  });
});

/**
 * A pattern for each message the verifier can fail with: each string or template literal passed
 * (at top level) to its `bad(...)` and `fail(...)` calls, its interpolations matching anything,
 * matching the end of a message after ': '.
 */
function failurePatterns(src: string): RegExp[] {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns: RegExp[] = [];
  for (const call of src.matchAll(/\b(?:bad|fail)\(/g)) {
    let i = call.index! + call[0].length;
    for (let depth = 1; depth > 0 && i < src.length; i++) {
      const c = src[i]!;
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === "'") {
        const end = src.indexOf("'", i + 1);
        patterns.push(new RegExp(`: ${escape(src.slice(i + 1, end))}$`));
        i = end;
      } else if (c === '`') {
        // literal pieces between the ${...} (braces counted, so nested templates are skipped)
        const pieces = [''];
        for (i++; src[i] !== '`'; i++) {
          if (src[i] === '$' && src[i + 1] === '{') {
            let braces = 0;
            i++;
            do { if (src[i] === '{') braces++; else if (src[i] === '}') braces--; i++; } while (braces > 0);
            i--;
            pieces.push('');
          } else pieces[pieces.length - 1] += src[i];
        }
        patterns.push(new RegExp(`: ${pieces.map(escape).join('.*?')}$`));
      }
    }
  }
  return patterns;
}
