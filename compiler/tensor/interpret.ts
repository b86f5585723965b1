// The reference interpreter of the tensor level: every node evaluated elementwise in float64
// with the scalar ops' exact semantics (ir/ops.ts), per-batch nodes once per params. It is the
// oracle the loop kernels are tested against, next to the scalar path on the same fields.
import { OPS, powiEvaluate, type ComputeOp } from '../ir/ops.js';
import { sizeOf, type ReduceFn, type TNode } from './graph.js';
import { outputNodes, type TensorProgram } from './program.js';
import { expandGradients } from './expand-gradients.js';

export interface TensorPointResult { values: number[]; divergence: number | undefined; potential?: number }

const REDUCE: Record<ReduceFn, (a: number, b: number) => number> = {
  add: (a, b) => a + b, mul: (a, b) => a * b, max: OPS.max.evaluate, min: OPS.min.evaluate,
};

/** The nodes the outputs need, in id order. */
export function liveNodes(p: TensorProgram): number[] {
  const live = new Uint8Array(p.graph.nodes.length);
  for (const o of outputNodes(p)) live[o] = 1;
  for (let id = live.length - 1; id >= 0; id--) if (live[id]) for (const a of p.graph.node(id).args) live[a] = 1;
  const ids: number[] = [];
  live.forEach((l, id) => { if (l) ids.push(id); });
  return ids;
}

function evaluateNode(n: TNode, v: Float64Array[], point: ArrayLike<number>, params: ArrayLike<number>, round: (x: number) => number): Float64Array {
  const size = sizeOf(n.shape);
  const out = new Float64Array(size);
  switch (n.op) {
    case 'input': for (let i = 0; i < size; i++) out[i] = point[i]!; return out;
    case 'param': for (let i = 0; i < size; i++) out[i] = params[n.value! + i]!; return out;
    // rounded like every computed element: an f32 kernel holds its constants in f32 (0.9 in
    // asin(0.9 * tanh(a)) was 0.9 here and 0.8999999762 there: 384 ulps apart in a net's div f)
    case 'const': n.data!.forEach((x, i) => { out[i] = round(x); }); return out;
    case 'eye': for (let i = 0; i < n.shape[0]!; i++) out[i * n.shape[0]! + i] = 1; return out;
    case 'map': {
      // powi: the kernels' repeated squaring, every product rounded (an f32 kernel's x^3 was
      // 1 ulp off the interpreter's f64 x * x * x rounded once)
      const info = OPS[n.fn as ComputeOp];
      // f32: sin and cos have f32 code of their own (OpInfo.evaluate32)
      const ev = n.fn === 'powi' ? (x: number, k: number) => powiEvaluate(x, k, round)
        : (round === Math.fround && info.evaluate32) || info.evaluate;
      const cols = n.shape.length === 2 ? n.shape[1]! : 1;
      const at = n.args.map((a) => {
        const s = v[a]!.length;
        return s === 1 && size !== 1 ? () => 0 : s === size ? (e: number) => e : (e: number) => Math.floor(e / cols);
      });
      const xs = new Array<number>(n.args.length);
      for (let e = 0; e < size; e++) {
        for (let k = 0; k < xs.length; k++) xs[k] = v[n.args[k]!]![at[k]!(e)]!;
        out[e] = round(ev(...xs));
      }
      return out;
    }
    case 'matmul': {
      const [a, b] = [v[n.args[0]!]!, v[n.args[1]!]!];
      const inner = a.length / n.shape[0]!;
      const cols = n.shape.length === 2 ? n.shape[1]! : 1;
      for (let i = 0; i < n.shape[0]!; i++) {
        for (let c = 0; c < cols; c++) {
          let acc = 0;
          for (let j = 0; j < inner; j++) acc = round(acc + round(a[i * inner + j]! * b[j * cols + c]!));
          out[i * cols + c] = acc;
        }
      }
      return out;
    }
    case 'reduce': {
      const src = v[n.args[0]!]!;
      const combine = REDUCE[n.fn as ReduceFn];
      const rows = size === 1 ? 1 : size;
      const count = src.length / rows;
      // axis 0 of a matrix [r, c]: out[j] = combine over i of src[i * c + j]; else along rows
      const byColumn = n.value === 0 && n.shape.length === 1;
      for (let o = 0; o < rows; o++) {
        let acc = byColumn ? src[o]! : src[o * count]!;
        for (let t = 1; t < count; t++) acc = round(combine(acc, byColumn ? src[t * rows + o]! : src[o * count + t]!));
        out[o] = acc;
      }
      return out;
    }
    case 'copy': {
      const src = v[n.args[0]!]!;
      const [n0, n1] = [n.shape[0] ?? 1, n.shape[1] ?? 1];
      const [s0, s1] = [n.strides![0] ?? 0, n.strides![1] ?? 0];
      for (let i = 0; i < n0; i++) for (let j = 0; j < n1; j++) out[i * n1 + j] = src[n.value! + i * s0 + j * s1]!;
      return out;
    }
    case 'concat': {
      let at = 0;
      for (const a of n.args) { out.set(v[a]!, at); at += v[a]!.length; }
      return out;
    }
    case 'grad': throw new Error('internal: the interpreter runs programs without grad nodes (expand-gradients.ts)');
    case 'psum': throw new Error('internal: a psum sums over a batch (tensorVjpInterpreter)');
  }
}

/**
 * An evaluator for one set of params: per-batch nodes are computed once, per-point nodes at each
 * call. `round` emulates narrower arithmetic (Math.fround: f32) on every computed element.
 */
export function tensorInterpreter(program: TensorProgram, params: ArrayLike<number>, round: (x: number) => number = (x) => x): (point: ArrayLike<number>) => TensorPointResult {
  const p = expandGradients(program);
  const ids = liveNodes(p);
  const nodes = p.graph.nodes;
  const v: Float64Array[] = [];
  for (const id of ids) if (!nodes[id]!.varying) v[id] = evaluateNode(nodes[id]!, v, [], params, round);
  return (point) => {
    for (const id of ids) if (nodes[id]!.varying) v[id] = evaluateNode(nodes[id]!, v, point, params, round);
    return {
      values: p.outputs.values === undefined ? [] : [...v[p.outputs.values]!],
      divergence: p.outputs.divergence === undefined ? undefined : v[p.outputs.divergence]![0],
      ...(p.outputs.potential === undefined ? {} : { potential: v[p.outputs.potential]![0] }),
    };
  };
}
