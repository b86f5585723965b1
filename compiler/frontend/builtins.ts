// The builtin functions of LANGUAGE.md, as a table: each entry states its arity and the tensor
// nodes it builds. Scalar builtins apply elementwise with the language's broadcasting (equal
// shapes, or one a scalar). Reductions are the tensor level's reduce nodes, which unrolling folds
// as balanced trees (ir/fold.ts).
import type { ComputeOp } from '../ir/ops.js';
import { sizeOf, type ReduceFn, type TensorGraph } from '../tensor/graph.js';
import { showShape } from './show.js';

/** What a builtin needs of the elaborator. */
export interface BuiltinContext {
  readonly g: TensorGraph;
  shapeOf(id: number): readonly number[];
  /** An elementwise op with the language's broadcasting; undefined when the shapes do not fit. */
  elementwise(fn: ComputeOp, args: number[]): number | undefined;
  /** a ^ b (integer constant exponents as powi); undefined when the shapes do not fit. */
  power(a: number, b: number): number | undefined;
  /** Every element of a tensor combined into a scalar. */
  reduceAll(fn: ReduceFn, v: number): number;
  /** Report a shape or usage error at the call; returns undefined for convenient `return`. */
  fail(message: string): undefined;
}

export interface Builtin {
  /** The number of arguments; with `variadic`, the least. */
  arity: number;
  variadic?: true;
  apply(ctx: BuiltinContext, args: number[]): number | undefined;
}

/** Largest integer exponent unrolled to multiplications; beyond it pow is called. */
export const MAX_UNROLLED_EXPONENT = 64;

const shapeMismatch = (ctx: BuiltinContext, name: string, args: number[]) =>
  `shape mismatch in ${name}: ${args.map((a) => showShape(ctx.shapeOf(a))).join(' and ')} (shapes must be equal, or one a scalar)`;

const unary = (op: ComputeOp): Builtin => ({ arity: 1, apply: (ctx, [a]) => ctx.elementwise(op, [a!]) });

const binary = (name: string, op: ComputeOp): Builtin => ({
  arity: 2,
  apply: (ctx, args) => ctx.elementwise(op, args) ?? ctx.fail(shapeMismatch(ctx, name, args)),
});

function anyTensor(ctx: BuiltinContext, name: string, v: number): number | undefined {
  const s = ctx.shapeOf(v);
  return s.length >= 1 && sizeOf(s) > 0 ? v : ctx.fail(`${name} expects a non-empty tensor, got ${showShape(s)}`);
}

const sumSquares = (ctx: BuiltinContext, v: number) => ctx.reduceAll('add', ctx.g.map('mul', v, v));

/**
 * The shift that keeps exp from overflowing in softmax and logsumexp. Any constant shift gives
 * the same function, so it is marked nograd: the derivative skips it (no select chains).
 */
const stableShift = (ctx: BuiltinContext, v: number) => ctx.g.map('nograd', ctx.reduceAll('max', v));

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
  pow: { arity: 2, apply: (ctx, [a, b]) => ctx.power(a!, b!) ?? ctx.fail(shapeMismatch(ctx, 'pow', [a!, b!])) },
  // clamp = min(max(a, lo), hi) with a winning its ties: a at a bound keeps derivative 1, as
  // torch.clamp does (min/max themselves split ties, so they are selects here).
  clamp: {
    arity: 3,
    apply: (ctx, [a, lo, hi]) => {
      const low = ctx.elementwise('lt', [a!, lo!]) !== undefined ? ctx.elementwise('select', [ctx.g.map('lt', a!, lo!), lo!, a!]) : undefined;
      const out = low === undefined || ctx.elementwise('gt', [low, hi!]) === undefined ? undefined : ctx.elementwise('select', [ctx.g.map('gt', low, hi!), hi!, low]);
      return out ?? ctx.fail(shapeMismatch(ctx, 'clamp', [a!, lo!, hi!]));
    },
  },
  dot: {
    arity: 2,
    apply: (ctx, [a, b]) => {
      const [sa, sb] = [ctx.shapeOf(a!), ctx.shapeOf(b!)];
      if (sa.length !== 1 || sb.length !== 1 || sa[0] !== sb[0]) return ctx.fail(`dot expects two vectors of the same length, got ${showShape(sa)} and ${showShape(sb)}`);
      return ctx.reduceAll('add', ctx.g.map('mul', a!, b!));
    },
  },
  norm: { arity: 1, apply: (ctx, [v]) => anyTensor(ctx, 'norm', v!) === undefined ? undefined : ctx.g.map('sqrt', sumSquares(ctx, v!)) },
  norm2: { arity: 1, apply: (ctx, [v]) => anyTensor(ctx, 'norm2', v!) === undefined ? undefined : sumSquares(ctx, v!) },
  maxof: { arity: 1, apply: (ctx, [v]) => anyTensor(ctx, 'maxof', v!) === undefined ? undefined : ctx.reduceAll('max', v!) },
  minof: { arity: 1, apply: (ctx, [v]) => anyTensor(ctx, 'minof', v!) === undefined ? undefined : ctx.reduceAll('min', v!) },
  logsumexp: {
    arity: 1,
    apply: (ctx, [v]) => {
      if (anyTensor(ctx, 'logsumexp', v!) === undefined) return undefined;
      const { g } = ctx;
      const m = stableShift(ctx, v!);
      return g.map('add', m, g.map('log', ctx.reduceAll('add', g.map('exp', g.map('sub', v!, m)))));
    },
  },
  softmax: {
    arity: 1,
    apply: (ctx, [v]) => {
      const s = ctx.shapeOf(v!);
      if (s.length !== 1 || s[0] === 0) return ctx.fail(`softmax expects a non-empty vector, got ${showShape(s)}`);
      const { g } = ctx;
      const e = g.map('exp', g.map('sub', v!, stableShift(ctx, v!)));
      return g.map('div', e, ctx.reduceAll('add', e));
    },
  },
  outer: {
    arity: 2,
    apply: (ctx, [a, b]) => {
      const [sa, sb] = [ctx.shapeOf(a!), ctx.shapeOf(b!)];
      if (sa.length !== 1 || sb.length !== 1) return ctx.fail(`outer expects two vectors, got ${showShape(sa)} and ${showShape(sb)}`);
      // a's element i along row i (map's row broadcast) times b repeated in every row
      const shape = [sa[0]!, sb[0]!];
      return ctx.g.map('mul', a!, ctx.g.copy(b!, shape, 0, [0, 1]));
    },
  },
  transpose: {
    arity: 1,
    apply: (ctx, [m]) => (ctx.shapeOf(m!).length === 2 ? ctx.g.transpose(m!) : ctx.fail(`transpose expects a matrix, got ${showShape(ctx.shapeOf(m!))}`)),
  },
  trace: {
    arity: 1,
    apply: (ctx, [m]) => {
      const s = ctx.shapeOf(m!);
      if (s.length !== 2 || s[0] !== s[1] || s[0] === 0) return ctx.fail(`trace expects a non-empty square matrix, got ${showShape(s)}`);
      return ctx.g.reduce('add', ctx.g.diag(m!));
    },
  },
  len: {
    arity: 1,
    apply: (ctx, [v]) => (ctx.shapeOf(v!).length === 0 ? ctx.fail('len expects a tensor, got a scalar') : ctx.g.scalar(ctx.shapeOf(v!)[0]!)),
  },
  // concat(a, b, ...): scalars and vectors joined in order into one vector (x: [4], t -> [5]);
  // a literal [x, t] stacks instead, so it cannot say this
  concat: {
    arity: 1,
    variadic: true,
    apply: (ctx, args) => {
      const bad = args.find((a) => ctx.shapeOf(a).length > 1);
      if (bad !== undefined) return ctx.fail(`concat joins scalars and vectors, got ${showShape(ctx.shapeOf(bad))}`);
      return ctx.g.concat(args, [args.reduce((n, a) => n + sizeOf(ctx.shapeOf(a)), 0)]);
    },
  },
};
