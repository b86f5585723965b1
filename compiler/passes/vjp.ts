// The vjp entry's program (issue 23, CONTRACT.md k.vjp): for one point, the gradient of
//   L = <cv, f(x)> + cd * div f(x) + cu * U(x)
// with respect to the point's state and to every param slot, by reverse mode over the evaluate
// entry's optimized program (f, div f and a potential's U, as the kernel computes them), params
// included. The cotangents are per-point inputs after the point's conditions: the row is the
// state, the conditions, cv (dim numbers), cd, and for a potential cu. The runtime sums the param
// gradients over the batch (runtime/vjp.ts).
import type { ConditionInfo, Program } from '../ir/program.js';
import { rowWidth } from '../ir/program.js';
import { foldIds } from '../ir/fold.js';
import { gradient } from './gradient.js';
import { rebuild } from './rebuild.js';
import { runPipeline } from './pipeline.js';

/** The cotangents' place in a vjp row, after the point's own numbers (the state and the conditions). */
export function cotangentInputs(p: Pick<Program, 'dim' | 'conditions'>, potential: boolean): ConditionInfo[] {
  const at = rowWidth(p);
  return [
    { name: 'cotangent of f', shape: [p.dim], offset: at, size: p.dim },
    { name: 'cotangent of div f', shape: [], offset: at + p.dim, size: 1 },
    ...(potential ? [{ name: 'cotangent of U', shape: [], offset: at + p.dim + 1, size: 1 }] : []),
  ];
}

/** The vjp program of an evaluate program (values and div f, and U for a potential). */
export function vjpProgram(evaluate: Program, optimize: boolean): Program {
  // a copy: the evaluate entry's graph stays as its kernel emits it
  const p = rebuild(evaluate, evaluate.graph.simplify);
  const g = p.graph;
  const { values, divergence, potential } = p.outputs;
  if (divergence === undefined) throw new Error('internal: vjp of a program without div f');
  const cot = cotangentInputs(p, potential !== undefined);
  const weight = (k: number) => g.input(cot[0]!.offset + k);
  const terms = [
    ...values.map((v, k) => g.op('mul', weight(k), v)),
    g.op('mul', g.input(cot[1]!.offset), divergence),
    ...(potential !== undefined ? [g.op('mul', g.input(cot[2]!.offset), potential)] : []),
  ];
  const loss = foldIds(g, 'add', terms);
  const state = Array.from({ length: p.dim }, (_, k) => g.input(k));
  const slots = Array.from({ length: p.paramSlots }, (_, s) => g.param(s));
  const grads = gradient(g, loss, [...state, ...slots], true);
  const program: Program = {
    ...p,
    conditions: [...(p.conditions ?? []), ...cot],
    outputs: { values: [], gradPoints: grads.slice(0, p.dim), ...(p.paramSlots > 0 ? { gradParams: grads.slice(p.dim) } : {}) },
  };
  return runPipeline(program, { divergence: false, optimize });
}
