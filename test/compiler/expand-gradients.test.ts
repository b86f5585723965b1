// tensor/expand-gradients.ts: grad nodes replaced by the tensor gradient pass's nodes for the loop
// level. The expanded program computes what the unrolled one (grad re-derived over scalar nodes)
// does, for fields using grad, potentials and conditions; every output, the row and the input are
// carried over; only live nodes are copied (a dead grad the tensor pass could not take is no
// obstacle); a program without grad nodes is returned as it is.
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { DiagnosticBag } from '../../compiler/diagnostics.js';
import { FileScope, elaborateField } from '../../compiler/frontend/elaborate.js';
import { interpret } from '../../compiler/ir/interpret.js';
import { expandGradients } from '../../compiler/tensor/expand-gradients.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import type { TensorProgram } from '../../compiler/tensor/program.js';
import { unroll } from '../../compiler/tensor/unroll.js';
import { verifyTensor } from '../../compiler/tensor/verifier.js';

function program(src: string): TensorProgram {
  const parsed = parse(src);
  expect(parsed.errors).toEqual([]);
  const scope = new FileScope(parsed.program!, new DiagnosticBag('<t>'));
  scope.checkDeclarations();
  const p = elaborateField(scope, scope.fields[0]!);
  expect(scope.diags.list).toEqual([]);
  return p!;
}

const grads = (p: TensorProgram) => p.graph.nodes.filter((n) => n.op === 'grad').length;

/** The expanded program's outputs at `row` against the unrolled original's (grad over scalars), to rounding. */
function agree(p: TensorProgram, rows: number[][], params: number[] = []) {
  const e = expandGradients(p);
  expect(grads(e)).toBe(0);
  verifyTensor(e, 'expand-gradients');
  const run = tensorInterpreter(e, params);
  const scalar = unroll(p);
  for (const row of rows) {
    const [a, b] = [run(row), interpret(scalar, row, params)];
    a.values.forEach((v, k) => expect(v).toBeCloseTo(b.values[k]!, 12));
    if (b.divergence !== undefined) expect(a.divergence).toBeCloseTo(b.divergence, 12);
    if (b.potential !== undefined) expect(a.potential).toBeCloseTo(b.potential, 12);
  }
  return e;
}

describe('expandGradients', () => {
  it('a field using grad: the expansion computes the re-derived gradient', () => {
    const p = program('param g = 9.81\nfn H(q, p) = p^2 / 2 + g * (1 - cos(q))\nfield pendulum(q, p) = (grad(H(q, p), p), -grad(H(q, p), q))');
    expect(grads(p)).toBe(2);
    const e = agree(p, [[0.3, -1.2], [2, 0.5]], [9.81]);
    // only the outputs the program has, no row without conditions, the source lines kept (WGSL comments)
    expect(Object.keys(e.outputs)).toEqual(['values']);
    expect('row' in e || 'potential' in e).toBe(false);
    expect(e.graph.lines.filter((l) => l === 3).length).toBeGreaterThan(0);
  });

  it('a potential with a condition: the row, the input and every output carried over', () => {
    const p = program('potential u(x: [2]; c) = c * norm2(x) + sin(x[0] * x[1])');
    expect(p.row).toBeDefined();
    // the potential and, as a stand-in divergence output, the condition's square (any scalar node)
    const c = p.graph.nodes.findIndex((n) => n.op === 'copy' && n.args[0] === p.row && n.value === 2);
    const withAll: TensorProgram = { ...p, outputs: { values: p.outputs.values, divergence: p.graph.map('mul', c, c), potential: p.potential } };
    const e = agree(withAll, [[0.5, -0.25, 2], [1, 2, -3]]);
    expect(e.graph.node(e.row!).op).toBe('input');
    expect(e.graph.node(e.input).args).toEqual([e.row]);
    expect(e.potential).toBe(e.outputs.potential);
    // U's entry: no values
    const uOnly = expandGradients({ ...withAll, outputs: { potential: p.potential } });
    expect(Object.keys(uOnly.outputs)).toEqual(['potential']);
    const run = tensorInterpreter(e, []);
    expect(run([1, 2, -3]).divergence).toBe(9);
    expect(run([1, 2, -3]).potential).toBeCloseTo(-3 * 5 + Math.sin(2), 12);
  });

  it('copies only live nodes: a dead grad the tensor pass cannot take does not stop it', () => {
    // grad of a max reduction has no tensor rule (NotTensor); unused here
    const p = program('field f(x: [2]) {\n  let unused = grad(maxof(x), x)\n  return grad(norm2(x) / 2)\n}');
    expect(grads(p)).toBe(2);
    const e = agree(p, [[0.5, -2]]);
    expect(p.graph.nodes.some((n) => n.op === 'reduce' && n.fn === 'max')).toBe(true);
    expect(e.graph.nodes.some((n) => n.op === 'reduce' && n.fn === 'max')).toBe(false);
    expect(tensorInterpreter(e, [])([0.5, -2]).values).toEqual([0.5, -2]);
  });

  it('a program without grad nodes is returned as it is', () => {
    const p = program('param a = 2\nfield f(x, y) = (a * x * y, sin(y))');
    expect(expandGradients(p)).toBe(p);
  });
});
