// Compile-time tensors of IR nodes: the elaborator unrolls every tensor to its scalar nodes.
import type { Graph } from '../ir/graph.js';
import type { ComputeOp } from '../ir/ops.js';
import { foldIds } from '../ir/fold.js';

export { foldIds };

/** A value during elaboration: a shape and its elements' node ids, row-major. Scalars: shape []. */
export interface Val {
  shape: number[];
  ids: number[];
}

export const scalar = (id: number): Val => ({ shape: [], ids: [id] });

export const showShape = (shape: number[]): string => (shape.length === 0 ? 'a scalar' : `[${shape.join(', ')}]`);

export const sameShape = (a: number[], b: number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

export const sizeOf = (shape: number[]): number => shape.reduce((a, b) => a * b, 1);

/** Elementwise op with scalar broadcasting; undefined when the shapes do not fit. */
export function broadcast(vals: Val[], fn: (...ids: number[]) => number): Val | undefined {
  const shaped = vals.filter((v) => v.shape.length > 0);
  const shape = shaped[0]?.shape ?? [];
  if (!shaped.every((v) => sameShape(v.shape, shape))) return undefined;
  const n = sizeOf(shape);
  const ids = new Array<number>(n);
  for (let i = 0; i < n; i++) ids[i] = fn(...vals.map((v) => (v.shape.length === 0 ? v.ids[0]! : v.ids[i]!)));
  return { shape, ids };
}

export function elementwise(g: Graph, op: ComputeOp, vals: Val[]): Val | undefined {
  if (op === 'div') return broadcast(vals, (a, b) => quotient(g, a!, b!));
  return broadcast(vals, (...ids) => g.op(op, ...ids));
}

/** Stack equally shaped values along a new leading axis; undefined when shapes differ. */
export function stack(items: Val[]): Val | undefined {
  const inner = items[0]?.shape ?? [];
  if (!items.every((v) => sameShape(v.shape, inner))) return undefined;
  return { shape: [items.length, ...inner], ids: items.flatMap((v) => v.ids) };
}

/**
 * x^n for an integer n: a powi node (lowered to multiplications later, x^-k to 1 / x^k), negative
 * powers included, so that x^-k is differentiated as one power (-k (y / x) t, torch.pow's limit 0
 * at x = ±Inf); x^-1 = 1 / x.
 */
export function powInt(g: Graph, x: number, n: number): number {
  if (n === 0) return g.const(1);
  if (n === 1) return x;
  if (n === -1) return g.op('div', g.const(1), x);
  return g.op('powi', x, g.const(n));
}

/**
 * a / b; c / x^k (c not varying, x^k a powi) as the power c * x^-k, differentiated as one power
 * as x^-k is (lower-powi.ts turns it back into the quotient c / x^k).
 */
export function quotient(g: Graph, a: number, b: number): number {
  const d = g.node(b);
  if (d.op === 'powi' && !g.node(a).varying) {
    const k = g.node(d.args[1]!).value;
    if (k > 0) {
      const power = g.op('powi', d.args[0]!, g.const(-k));
      return g.isConst(a) && g.node(a).value === 1 ? power : g.op('mul', a, power);
    }
  }
  return g.op('div', a, b);
}
