// Structural checks of the tensor level, run after every tensor pass (elaboration, the gradient
// pass, the divergence and diagonal passes, the entries' programs) as ir/verifier.ts is after
// every scalar pass: topological order, hash-consing, each op's arity, operand types and shapes
// (map's broadcasting, matmul, reduce axes, copy bounds, concat sizes), leaf ranges, the per-point
// flags and the outputs' shapes. A failure is a compiler bug, reported with the pass name.
import { OPS, argType, isComputeOp, type ComputeOp, type Type } from '../ir/ops.js';
import { VerifierError } from '../ir/verifier.js';
import { sameShape, sizeOf, type TOp } from './graph.js';
import { rowNode, type TensorProgram } from './program.js';
import { rowWidth } from '../ir/program.js';

export { VerifierError };

const REDUCE_FNS = new Set(['add', 'mul', 'max', 'min']);

/** Which optional fields each op carries (any other is a malformed node, and a different hash-consing key). */
const FIELDS: Record<TOp, { fn?: true; value?: true; data?: true; strides?: true }> = {
  input: {}, param: { value: true }, const: { data: true }, eye: {},
  map: { fn: true }, matmul: {}, reduce: { fn: true, value: true }, copy: { value: true, strides: true }, concat: {}, grad: {}, psum: {},
};

const OPTIONAL = ['fn', 'value', 'data', 'strides'] as const;

/** The shape of each output a program can have; an output not listed here fails (add it here). */
const OUTPUT_SHAPES: Record<string, (p: TensorProgram) => number[]> = {
  values: (p) => [p.dim],
  divergence: () => [],
  potential: () => [],
  gradPoints: (p) => [p.dim],
  gradParams: (p) => [p.paramSlots],
};

const shapeText = (s: readonly number[]) => `[${s.join(', ')}]`;
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Throws a VerifierError naming the pass `after` and the first problem found in `p`. */
export function verifyTensor(p: TensorProgram, after: string): void {
  const fail = (msg: string): never => {
    throw new VerifierError(`internal compiler error: tensor IR verification failed after ${after}: ${msg}`);
  };
  verifyRecord(p, fail);
  verifyGraph(p, fail);
  verifyOutputs(p, fail);
}

/** `p`, verified (verifyTensor) after the pass `after`. */
export function verifiedTensor(p: TensorProgram, after: string): TensorProgram {
  verifyTensor(p, after);
  return p;
}

/**
 * Programs sharing graphs (an entry per name: f, evaluate, divergence, ...): each graph checked
 * once, each program's record and outputs, failures naming the entry. Returns `entries`.
 */
export function verifyTensorEntries<T extends Readonly<Record<string, TensorProgram | undefined>>>(entries: T, after: string): T {
  const fail = (msg: string): never => {
    throw new VerifierError(`internal compiler error: tensor IR verification failed after ${after}: ${msg}`);
  };
  const checked = new Set<unknown>();
  const programs = Object.values(entries).filter((p): p is TensorProgram => p !== undefined);
  for (const [name, p] of Object.entries(entries)) {
    if (!p) continue;
    const failIn = (msg: string): never => fail(`entry '${name}': ${msg}`);
    verifyRecord(p, failIn);
    // a graph's input nodes: the rows of its programs (a vjp's is wider: its cotangents follow)
    const rows = new Map(programs.filter((q) => q.graph === p.graph).map((q) => [rowNode(q), rowWidth(q)]));
    if (!checked.has(p.graph)) { checked.add(p.graph); verifyGraph(p, failIn, rows); }
    verifyOutputs(p, failIn);
  }
  return entries;
}

function verifyRecord(p: TensorProgram, fail: (msg: string) => never): void {
  if (!Number.isInteger(p.dim) || p.dim < 1) fail(`dim is ${p.dim}, not a positive integer`);
  if (p.inputs.length !== p.dim) fail(`${p.inputs.length} input names for dim ${p.dim}`);
  if (!isIndex(p.paramSlots)) fail(`paramSlots is ${p.paramSlots}`);
  for (const q of p.params) {
    if (q.size !== sizeOf(q.shape)) fail(`param '${q.name}' of shape ${shapeText(q.shape)} has size ${q.size}`);
    if (!isIndex(q.slot) || q.slot + q.size > p.paramSlots) fail(`param '${q.name}' takes slots ${q.slot} .. ${q.slot + q.size - 1}, paramSlots is ${p.paramSlots}`);
  }
  const row = rowNode(p);
  const n = isIndex(row) ? p.graph.nodes[row] : undefined;
  if (!n || n.op !== 'input') fail(`the row %${row} is not an input node`);
  if (p.row !== undefined) {
    // with conditions: the state is the row's first dim numbers, the conditions follow it
    const x = isIndex(p.input) ? p.graph.nodes[p.input] : undefined;
    if (!x || x.op !== 'copy' || x.args[0] !== p.row || x.value !== 0 || !sameShape(x.shape, [p.dim]) || x.strides![0] !== 1) fail(`the input %${p.input} is not the row's first ${p.dim} numbers`);
    let at = p.dim;
    for (const c of p.conditions ?? []) {
      if (c.offset !== at || c.size !== sizeOf(c.shape) || c.shape.length > 1) fail(`condition '${c.name}' at ${c.offset} of size ${c.size} (shape ${shapeText(c.shape)}), expected at ${at}`);
      at += c.size;
    }
    if (at === p.dim) fail('a row without conditions');
  } else if (p.conditions?.length) fail('conditions without a row');
}

function verifyGraph(p: TensorProgram, fail: (msg: string) => never, rows: ReadonlyMap<number, number> = new Map([[rowNode(p), rowWidth(p)]])): void {
  const nodes = p.graph.nodes;
  nodes.forEach((n, id) => {
    const bad = (msg: string): never => fail(`%${id} = ${n.op}${n.fn ? ` ${n.fn}` : ''}: ${msg}`);
    if (!Object.prototype.hasOwnProperty.call(FIELDS, n.op)) bad('unknown op');
    // topological order: every operand defined before its use
    for (const a of n.args) if (!isIndex(a) || a >= id) bad(`uses %${a}, which is not defined before it`);
    if (n.type !== 'f' && n.type !== 'b') bad(`type ${n.type} is neither 'f' nor 'b'`);
    if (n.shape.length > 2 || !n.shape.every(isIndex)) bad(`shape ${shapeText(n.shape)} is not of rank 0 to 2 with sizes >= 0`);
    const fields = FIELDS[n.op];
    for (const k of OPTIONAL) {
      if ((n[k] !== undefined) !== (fields[k] === true)) bad(n[k] === undefined ? `has no ${k}` : `has a ${k}, which ${n.op} does not take`);
    }
    const args = n.args.map((a) => nodes[a]!);
    const arity = (want: number, atLeast = false) => {
      if (atLeast ? args.length < want : args.length !== want) bad(`has ${args.length} operands, needs ${atLeast ? 'at least ' : ''}${want}`);
    };
    const type = (want: Type) => { if (n.type !== want) bad(`has type ${n.type}, expected ${want}`); };
    const operandType = (i: number, want: Type) => {
      if (args[i]!.type !== want) bad(`operand ${i} (%${n.args[i]}) has type ${args[i]!.type}, expected ${want}`);
    };
    const shape = (want: readonly number[]) => {
      if (!sameShape(n.shape, want)) bad(`has shape ${shapeText(n.shape)}, expected ${shapeText(want)}`);
    };
    const size = sizeOf(n.shape);
    switch (n.op) {
      case 'input':
        arity(0);
        type('f');
        if (!rows.has(id)) bad(`a second input (the program's row is %${rowNode(p)})`);
        shape([rows.get(id)!]);
        break;
      case 'param': {
        arity(0);
        type('f');
        if (!isIndex(n.value) || n.value + size > p.paramSlots) bad(`reads slots ${n.value} .. ${n.value! + size - 1}, paramSlots is ${p.paramSlots}`);
        if (!p.params.some((q) => q.slot === n.value && sameShape(q.shape, n.shape))) bad(`slot ${n.value} with shape ${shapeText(n.shape)} is no declared param`);
        break;
      }
      case 'const':
        arity(0);
        if (n.data!.length !== size) bad(`has ${n.data!.length} numbers for shape ${shapeText(n.shape)}`);
        if (n.type === 'b' && !n.data!.every((v) => v === 0 || v === 1)) bad('a condition constant holds a number other than 0 and 1');
        break;
      case 'eye':
        arity(0);
        type('f');
        if (n.shape.length !== 2 || n.shape[0] !== n.shape[1]) bad(`shape ${shapeText(n.shape)} is not square`);
        break;
      case 'map': {
        if (!isComputeOp(n.fn as string)) bad(`unknown scalar op ${n.fn}`);
        const fn = n.fn as ComputeOp;
        const info = OPS[fn];
        arity(info.arity);
        type(info.result);
        args.forEach((_, i) => operandType(i, argType(fn, i)));
        // commutative operands in one order, so equal expressions hash alike
        if (info.commutative && n.args[0]! > n.args[1]!) bad(`commutative operands out of order (%${n.args[0]}, %${n.args[1]})`);
        // the result has the highest-rank operand's shape; each operand is a scalar, of that
        // shape, or (result [n, k], operand [n]) repeated along the row
        const want = args.reduce<readonly number[]>((best, a) => (a.shape.length > best.length ? a.shape : best), []);
        shape(want);
        args.forEach((a, i) => {
          const s = a.shape;
          if (!(s.length === 0 || sameShape(s, want) || (want.length === 2 && s.length === 1 && s[0] === want[0]))) {
            bad(`operand ${i} (%${n.args[i]}) of shape ${shapeText(s)} does not broadcast to ${shapeText(want)}`);
          }
        });
        break;
      }
      case 'matmul': {
        arity(2);
        type('f');
        operandType(0, 'f');
        operandType(1, 'f');
        const [sa, sb] = [args[0]!.shape, args[1]!.shape];
        if (sa.length !== 2 || sb.length < 1 || sb.length > 2 || sa[1] !== sb[0]) bad(`${shapeText(sa)} @ ${shapeText(sb)} is not [m, n] @ [n] or [m, n] @ [n, k]`);
        shape(sb.length === 1 ? [sa[0]!] : [sa[0]!, sb[1]!]);
        break;
      }
      case 'reduce': {
        arity(1);
        type('f');
        operandType(0, 'f');
        if (!REDUCE_FNS.has(n.fn as string)) bad(`unknown reduction ${n.fn}`);
        const s = args[0]!.shape;
        if (s.length === 0) bad('reduces a scalar');
        if (!isIndex(n.value) || n.value >= s.length) bad(`axis ${n.value} out of range for ${shapeText(s)}`);
        shape(s.length === 1 ? [] : [s[1 - n.value!]!]);
        break;
      }
      case 'copy': {
        arity(1);
        if (n.type !== args[0]!.type) bad(`has type ${n.type}, its source %${n.args[0]} ${args[0]!.type}`);
        const strides = n.strides!;
        if (strides.length !== n.shape.length) bad(`${strides.length} strides for a result of rank ${n.shape.length}`);
        if (!isIndex(n.value) || !strides.every(Number.isInteger)) bad(`offset ${n.value} and strides ${shapeText(strides)} are not integers (offset >= 0)`);
        if (size === 0) break;
        // the lowest and highest element read: offset + sum_i idx_i * strides_i over the result
        let lo = n.value!, hi = n.value!;
        n.shape.forEach((len, i) => {
          const span = (len - 1) * strides[i]!;
          if (span < 0) lo += span; else hi += span;
        });
        const srcSize = sizeOf(args[0]!.shape);
        if (lo < 0 || hi >= srcSize) bad(`reads elements ${lo} .. ${hi} of %${n.args[0]}, which has ${srcSize}`);
        break;
      }
      case 'concat': {
        arity(2, true);
        args.forEach((a, i) => { if (a.type !== n.type) bad(`operand ${i} (%${n.args[i]}) has type ${a.type}, the concat ${n.type}`); });
        const total = args.reduce((t, a) => t + sizeOf(a.shape), 0);
        if (total !== size) bad(`its operands have ${total} elements, its shape ${shapeText(n.shape)} ${size}`);
        break;
      }
      case 'grad': {
        // d scalar / d an input: the input's shape, and the input a slice of the row (or the row)
        arity(2);
        type('f');
        operandType(0, 'f');
        if (args[0]!.shape.length !== 0) bad(`differentiates a value of shape ${shapeText(args[0]!.shape)}, not a scalar`);
        const wrt = args[1]!;
        if (!(n.args[1] === rowNode(p) || (wrt.op === 'copy' && (wrt.args[0] === rowNode(p) || wrt.args[0] === p.input)))) bad(`differentiates with respect to %${n.args[1]}, which is not an input`);
        shape(wrt.shape);
        break;
      }
      case 'psum': {
        // sum over the points of a per-point a, or of a b^T (a [m] and b [n], or a [m, k] and b [n, k])
        arity(1, true);
        type('f');
        if (args.length > 2) bad(`has ${args.length} operands, needs 1 or 2`);
        args.forEach((a, i) => { operandType(i, 'f'); if (!a.varying) bad(`operand ${i} (%${n.args[i]}) is per batch: a psum sums per-point values`); });
        const [sa, sb] = [args[0]!.shape, args[1]?.shape];
        if (sb === undefined) shape(sa);
        else {
          if (sa.length !== sb.length || sa.length < 1 || (sa.length === 2 && sa[1] !== sb[1])) bad(`sums ${shapeText(sa)} x ${shapeText(sb)}^T, not [m] x [n] or [m, k] x [n, k]`);
          shape([sa[0]!, sb[0]!]);
        }
        break;
      }
    }
    // per point exactly when it is the input or depends on a per-point operand (a psum: per batch)
    const varying = n.op !== 'psum' && (n.op === 'input' || args.some((a) => a.varying));
    if (n.varying !== varying) bad(`is marked ${n.varying ? 'per point' : 'per batch'}, but ${varying ? 'depends on the point' : 'does not depend on the point'}`);
    // summed (known after the points) exactly when a psum or computed from one; never read per point
    const summed = n.op === 'psum' || args.some((a) => a.summed === true);
    if ((n.summed === true) !== summed) bad(summed ? 'is computed from a psum but not marked summed' : 'is marked summed but computed from no psum');
    if (n.varying && summed) bad('is per point but reads a sum over the points');
    // hash-consing: the graph's table gives this node its own id (an equal node earlier is a duplicate)
    const found = p.graph.lookup(n);
    if (found !== id) bad(found === undefined ? 'is not in the hash-consing table' : `duplicates %${found} (hash-consing broken)`);
  });
}

function verifyOutputs(p: TensorProgram, fail: (msg: string) => never): void {
  const check = (what: string, id: number, want: readonly number[]) => {
    const n = isIndex(id) ? p.graph.nodes[id] : undefined;
    if (!n) return fail(`${what} %${id} is not a node`);
    if (n.type !== 'f') fail(`${what} %${id} is a condition, not a number`);
    if (!sameShape(n.shape, want)) fail(`${what} %${id} has shape ${shapeText(n.shape)}, expected ${shapeText(want)}`);
  };
  for (const [name, id] of Object.entries(p.outputs) as [string, number | undefined][]) {
    if (id === undefined) continue;
    const shape = OUTPUT_SHAPES[name];
    if (!shape) fail(`output '${name}' is not one the verifier knows (${Object.keys(OUTPUT_SHAPES).join(', ')}): give it a shape in OUTPUT_SHAPES`);
    check(`output '${name}'`, id, shape!(p));
  }
  if (p.potential !== undefined) check('the potential U', p.potential, []);
}
