// The builtin functions of LANGUAGE.md, as a table: each entry states its arity and how it
// unrolls to scalar IR. Scalar builtins apply elementwise with broadcasting.
import type { Graph } from '../ir/graph.js';
import type { ComputeOp } from '../ir/ops.js';
import { broadcast, elementwise, foldIds, powInt, scalar, showShape, sizeOf, type Val } from './tensor.js';

export interface BuiltinContext {
  g: Graph;
  /** Report a shape or usage error at the call; returns undefined for convenient `return`. */
  fail(message: string): undefined;
}

export interface Builtin {
  /** The number of arguments; with `variadic`, the least. */
  arity: number;
  variadic?: true;
  apply(ctx: BuiltinContext, args: Val[]): Val | undefined;
}

const unary = (op: ComputeOp): Builtin => ({ arity: 1, apply: ({ g }, [a]) => elementwise(g, op, [a!]) });

const binary = (name: string, op: ComputeOp): Builtin => ({
  arity: 2,
  apply: (ctx, args) => elementwise(ctx.g, op, args) ?? ctx.fail(shapeMismatch(name, args)),
});

const shapeMismatch = (name: string, args: Val[]) =>
  `shape mismatch in ${name}: ${args.map((a) => showShape(a.shape)).join(' and ')} (shapes must be equal, or one a scalar)`;

function vector(ctx: BuiltinContext, name: string, v: Val): Val | undefined {
  return v.shape.length === 1 ? v : ctx.fail(`${name} expects a vector, got ${showShape(v.shape)}`);
}

function anyTensor(ctx: BuiltinContext, name: string, v: Val): Val | undefined {
  return v.shape.length >= 1 && sizeOf(v.shape) > 0 ? v : ctx.fail(`${name} expects a non-empty tensor, got ${showShape(v.shape)}`);
}

function sumSquares(g: Graph, v: Val): number {
  return foldIds(g, 'add', v.ids.map((id) => g.op('mul', id, id)));
}

const maxOf = (g: Graph, ids: number[]) => foldIds(g, 'max', ids);

/**
 * The shift that keeps exp from overflowing in softmax and logsumexp. Any constant shift gives
 * the same function, so it is marked nograd: the derivative skips it (no select chains).
 */
const stableShift = (g: Graph, ids: number[]) => g.op('nograd', maxOf(g, ids));

/** softmax with the maximum subtracted, so exp never overflows. */
function softmax(g: Graph, v: Val): Val {
  const m = stableShift(g, v.ids);
  const e = v.ids.map((id) => g.op('exp', g.op('sub', id, m)));
  const s = foldIds(g, 'add', e);
  return { shape: v.shape, ids: e.map((id) => g.op('div', id, s)) };
}

export const BUILTINS: Record<string, Builtin> = {
  sin: unary('sin'), cos: unary('cos'), tan: unary('tan'),
  asin: unary('asin'), acos: unary('acos'), atan: unary('atan'),
  sinh: unary('sinh'), cosh: unary('cosh'), tanh: unary('tanh'),
  asinh: unary('asinh'), acosh: unary('acosh'), atanh: unary('atanh'),
  exp: unary('exp'), expm1: unary('expm1'), log: unary('log'), log1p: unary('log1p'),
  log2: unary('log2'), log10: unary('log10'), sqrt: unary('sqrt'), cbrt: unary('cbrt'),
  abs: unary('abs'), sign: unary('sign'), floor: unary('floor'), ceil: unary('ceil'),
  sigmoid: unary('sigmoid'), softplus: unary('softplus'), relu: unary('relu'), erf: unary('erf'),
  atan2: binary('atan2', 'atan2'),
  min: binary('min', 'min'),
  max: binary('max', 'max'),
  hypot: binary('hypot', 'hypot'),
  // integer constant exponents become multiplications, as for `^`
  pow: {
    arity: 2,
    apply: (ctx, args) =>
      powOrMultiply(ctx.g, args[0]!, args[1]!) ?? elementwise(ctx.g, 'pow', args) ?? ctx.fail(shapeMismatch('pow', args)),
  },
  // clamp = min(max(a, lo), hi) with a winning its ties: a at a bound keeps derivative 1, as
  // torch.clamp does (min/max themselves split ties, so they are selects here).
  clamp: {
    arity: 3,
    apply: (ctx, [a, lo, hi]) => {
      const { g } = ctx;
      const below = (x: number, bound: number) => g.op('select', g.op('lt', x, bound), bound, x);
      const above = (x: number, bound: number) => g.op('select', g.op('gt', x, bound), bound, x);
      const low = broadcast([a!, lo!], below);
      const out = low && broadcast([low, hi!], above);
      return out ?? ctx.fail(shapeMismatch('clamp', [a!, lo!, hi!]));
    },
  },
  dot: {
    arity: 2,
    apply: (ctx, [a, b]) => {
      if (a!.shape.length !== 1 || b!.shape.length !== 1 || a!.shape[0] !== b!.shape[0]) {
        return ctx.fail(`dot expects two vectors of the same length, got ${showShape(a!.shape)} and ${showShape(b!.shape)}`);
      }
      const { g } = ctx;
      return scalar(foldIds(g, 'add', a!.ids.map((id, i) => g.op('mul', id, b!.ids[i]!))));
    },
  },
  norm: { arity: 1, apply: (ctx, [v]) => anyTensor(ctx, 'norm', v!) && scalar(ctx.g.op('sqrt', sumSquares(ctx.g, v!))) },
  norm2: { arity: 1, apply: (ctx, [v]) => anyTensor(ctx, 'norm2', v!) && scalar(sumSquares(ctx.g, v!)) },
  maxof: { arity: 1, apply: (ctx, [v]) => anyTensor(ctx, 'maxof', v!) && scalar(maxOf(ctx.g, v!.ids)) },
  minof: { arity: 1, apply: (ctx, [v]) => anyTensor(ctx, 'minof', v!) && scalar(foldIds(ctx.g, 'min', v!.ids)) },
  logsumexp: {
    arity: 1,
    apply: (ctx, [v]) => {
      if (!anyTensor(ctx, 'logsumexp', v!)) return undefined;
      const { g } = ctx;
      const m = stableShift(g, v!.ids);
      const s = foldIds(g, 'add', v!.ids.map((id) => g.op('exp', g.op('sub', id, m))));
      return scalar(g.op('add', m, g.op('log', s)));
    },
  },
  softmax: { arity: 1, apply: (ctx, [v]) => vector(ctx, 'softmax', v!) && softmax(ctx.g, v!) },
  outer: {
    arity: 2,
    apply: (ctx, [a, b]) => {
      if (a!.shape.length !== 1 || b!.shape.length !== 1) return ctx.fail(`outer expects two vectors, got ${showShape(a!.shape)} and ${showShape(b!.shape)}`);
      return { shape: [a!.shape[0]!, b!.shape[0]!], ids: a!.ids.flatMap((x) => b!.ids.map((y) => ctx.g.op('mul', x, y))) };
    },
  },
  transpose: {
    arity: 1,
    apply: (ctx, [m]) => {
      if (m!.shape.length !== 2) return ctx.fail(`transpose expects a matrix, got ${showShape(m!.shape)}`);
      const [r, c] = m!.shape as [number, number];
      const ids: number[] = [];
      for (let j = 0; j < c; j++) for (let i = 0; i < r; i++) ids.push(m!.ids[i * c + j]!);
      return { shape: [c, r], ids };
    },
  },
  trace: {
    arity: 1,
    apply: (ctx, [m]) => {
      if (m!.shape.length !== 2 || m!.shape[0] !== m!.shape[1] || m!.shape[0] === 0) return ctx.fail(`trace expects a non-empty square matrix, got ${showShape(m!.shape)}`);
      const n = m!.shape[0]!;
      return scalar(foldIds(ctx.g, 'add', Array.from({ length: n }, (_, i) => m!.ids[i * n + i]!)));
    },
  },
  len: {
    arity: 1,
    apply: (ctx, [v]) => (v!.shape.length === 0 ? ctx.fail('len expects a tensor, got a scalar') : scalar(ctx.g.const(v!.shape[0]!))),
  },
  // concat(a, b, ...): scalars and vectors joined in order into one vector (x: [4], t -> [5]);
  // a literal [x, t] stacks instead, so it cannot say this
  concat: {
    arity: 1,
    variadic: true,
    apply: (ctx, args) => {
      const bad = args.find((a) => a.shape.length > 1);
      if (bad) return ctx.fail(`concat joins scalars and vectors, got ${showShape(bad.shape)}`);
      const ids = args.flatMap((a) => a.ids);
      return { shape: [ids.length], ids };
    },
  },
};

/** Largest integer exponent unrolled to multiplications; beyond it pow is called. */
export const MAX_UNROLLED_EXPONENT = 64;

/** a ^ b where b is a constant integer scalar: multiplications; otherwise undefined. */
export function powOrMultiply(g: Graph, a: Val, b: Val): Val | undefined {
  if (b.shape.length !== 0 || !g.isConst(b.ids[0]!)) return undefined;
  const n = g.node(b.ids[0]!).value;
  if (!Number.isInteger(n) || Math.abs(n) > MAX_UNROLLED_EXPONENT) return undefined;
  return { shape: a.shape, ids: a.ids.map((id) => powInt(g, id, n)) };
}
