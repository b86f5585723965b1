// Structural checks run after every pass: SSA order, arities, operand types, leaf ranges,
// hash-cons uniqueness and output ids. A failure is a compiler bug, reported with the pass name.
import { OPS, argType, isComputeOp } from './ops.js';
import { outputIds, rowWidth, type Program } from './program.js';

export class VerifierError extends Error {}

export function verify(p: Program, after: string): void {
  const fail = (msg: string): never => {
    throw new VerifierError(`internal compiler error: IR verification failed after ${after}: ${msg}`);
  };
  p.graph.nodes.forEach((n, id) => {
    if (p.graph.lookup(n) !== id) fail(`%${id} duplicates %${p.graph.lookup(n)} (hash-consing broken)`);
    if (n.op === 'const') return;
    if (n.op === 'input') {
      if (!Number.isInteger(n.value) || n.value < 0 || n.value >= rowWidth(p)) fail(`%${id} reads input ${n.value}, the row has ${rowWidth(p)} numbers (dim ${p.dim} and the conditions)`);
      return;
    }
    if (n.op === 'param') {
      if (!Number.isInteger(n.value) || n.value < 0 || n.value >= p.paramSlots) fail(`%${id} reads param slot ${n.value} of ${p.paramSlots}`);
      return;
    }
    if (!isComputeOp(n.op)) return fail(`%${id} has unknown op ${n.op}`);
    const info = OPS[n.op];
    if (n.args.length !== info.arity) fail(`%${id} = ${n.op} has ${n.args.length} operands, needs ${info.arity}`);
    if (n.type !== info.result) fail(`%${id} = ${n.op} has type ${n.type}, expected ${info.result}`);
    n.args.forEach((a, i) => {
      if (!Number.isInteger(a) || a < 0 || a >= id) fail(`%${id} uses %${a}, which is not defined before it`);
      const want = argType(n.op as never, i);
      if (p.graph.nodes[a]!.type !== want) fail(`%${id} = ${n.op}: operand ${i} (%${a}) has type ${p.graph.nodes[a]!.type}, expected ${want}`);
    });
  });
  if (p.outputs.values.length !== 0 && p.outputs.values.length !== p.dim) fail(`${p.outputs.values.length} outputs for dim ${p.dim}`);
  if (p.outputs.gradPoints && p.outputs.gradPoints.length !== p.dim) fail(`${p.outputs.gradPoints.length} point gradients for dim ${p.dim}`);
  if (p.outputs.gradParams && p.outputs.gradParams.length !== p.paramSlots) fail(`${p.outputs.gradParams.length} param gradients for ${p.paramSlots} param slots`);
  for (const id of outputIds(p)) {
    if (id < 0 || id >= p.graph.size) fail(`output %${id} out of range`);
    if (p.graph.nodes[id]!.type !== 'f') fail(`output %${id} is a condition, not a number`);
  }
}
