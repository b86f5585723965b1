// Forward-mode derivative rules, as a table: for each op, the tangent of its result given the
// tangents of its operands. `undefined` is a structurally zero tangent: rules never build work
// for it. Local factors (cos x, 1 - tanh^2, ...) depend only on the node, so hash-consing shares
// them across all the directions the divergence pass differentiates in. Non-differentiable
// points follow PyTorch's conventions (LANGUAGE.md, Derivatives): abs'(0) = relu'(0) = 0,
// floor' = ceil' = sign' = 0, min/max split the tangent evenly on ties. Removable 0/0s are not
// NaN: a norm (sqrt of a sum of squares, hypot) has derivative 0 where it is 0, as abs does and
// as torch.linalg.vector_norm's backward masks it, so norm(v) v keeps its continuous derivative
// 0 at v = 0; pow(a, b) masks b = 0 in d/da and a = 0, b >= 0 in d/db, as torch.pow does.
// A negative integer power x^-k is a powi node of its own (the front end writes c / x^k as
// c * x^-k), differentiated as -k (y / x) t (torch.pow: -k x^(-k-1)), not by the quotient rule
// through x^k: at x = ±Inf that multiplies y = 0 by k x^(k-1) = Inf (NaN where the limit is 0).
import type { Graph } from '../ir/graph.js';
import type { ComputeOp } from '../ir/ops.js';

export type Tangent = number | undefined;
export type DerivativeRule = (g: Graph, args: readonly number[], y: number, dt: readonly Tangent[]) => Tangent;

const LN2 = Math.LN2, LN10 = Math.LN10, TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

function add(g: Graph, a: Tangent, b: Tangent): Tangent {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return g.op('add', a, b);
}

function scale(g: Graph, factor: () => number, t: Tangent): Tangent {
  return t === undefined ? undefined : g.op('mul', t, factor());
}

/** f(x) with f' given as a function of x and y = f(x). */
const chain = (derivative: (g: Graph, x: number, y: number) => number): DerivativeRule =>
  (g, [x], y, [dx]) => scale(g, () => derivative(g, x!, y), dx);

/** f(a, b) with its two partial derivatives. */
const chain2 = (da: (g: Graph, a: number, b: number, y: number) => number, db: (g: Graph, a: number, b: number, y: number) => number): DerivativeRule =>
  (g, [a, b], y, [ta, tb]) => add(g, scale(g, () => da(g, a!, b!, y), ta), scale(g, () => db(g, a!, b!, y), tb));

const zero: DerivativeRule = () => undefined;
const c = (g: Graph, v: number) => g.const(v);
const sq = (g: Graph, x: number) => g.op('mul', x, x);
const recip = (g: Graph, x: number) => g.op('div', c(g, 1), x);
const oneMinusSq = (g: Graph, x: number) => g.op('mul', g.op('sub', c(g, 1), x), g.op('add', c(g, 1), x));
const orZero = (g: Graph, t: Tangent) => t ?? c(g, 0);

/** `value` where `cond` is false, else 0: masks a 0 * Inf or 0 / 0 at a removable point. */
const zeroWhere = (g: Graph, cond: number, value: number) => g.op('select', cond, c(g, 0), value);

/**
 * min / max: b's tangent where `bWins` (strictly), a's where a wins, the mean of the two on a
 * tie (torch.minimum / torch.maximum). Zero tangents count as 0.
 */
const pick = (bWins: (g: Graph, a: number, b: number) => number): DerivativeRule =>
  (g, [a, b], _y, [ta, tb]) => {
    if (ta === undefined && tb === undefined) return undefined;
    const tA = orZero(g, ta), tB = orZero(g, tb);
    const mean = g.op('mul', g.op('add', tA, tB), c(g, 0.5));
    return g.op('select', g.op('eq', a!, b!), mean, g.op('select', bWins(g, a!, b!), tB, tA));
  };

const sumOfSquaresMemo = new WeakMap<Graph, Map<number, boolean>>();

/**
 * Whether node x is a sum of squares (a * a, a^2k), so that sqrt(x) is a Euclidean norm: x >= 0
 * with its tangent 0 wherever x is 0. Iterative (a norm of a long vector is a long add chain)
 * and memoized per graph: the rule runs once per direction.
 */
function isSumOfSquares(g: Graph, x: number): boolean {
  let memo = sumOfSquaresMemo.get(g);
  if (!memo) sumOfSquaresMemo.set(g, (memo = new Map()));
  const known = memo.get(x);
  if (known !== undefined) return known;
  const stack = [x], seen = new Set<number>();
  let result = true;
  while (stack.length > 0 && result) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const n = g.node(id);
    if (n.op === 'add') stack.push(...n.args);
    else if (n.op === 'mul') result = n.args[0] === n.args[1];
    else if (n.op === 'powi') result = g.node(n.args[1]!).value > 0 && g.node(n.args[1]!).value % 2 === 0;
    else result = false;
  }
  memo.set(x, result);
  return result;
}

export const DERIVATIVES: Record<ComputeOp, DerivativeRule> = {
  add: (g, _a, _y, [ta, tb]) => add(g, ta, tb),
  sub: (g, _a, _y, [ta, tb]) => (tb === undefined ? ta : ta === undefined ? g.op('neg', tb) : g.op('sub', ta, tb)),
  // a * a: one multiplication by the shared factor 2a instead of two products and a sum
  mul: (g, args, y, dt) => (args[0] === args[1]
    ? scale(g, () => g.op('add', args[0]!, args[0]!), dt[0])
    : chain2((_g, _a, b) => b, (_g, a) => a)(g, args, y, dt)),
  // (a / b)' = (da - y db) / b
  div: (g, [, b], y, [ta, tb]) => {
    const num = tb === undefined ? ta : ta === undefined ? g.op('neg', g.op('mul', y, tb)) : g.op('sub', ta, g.op('mul', y, tb));
    return num === undefined ? undefined : g.op('div', num, b!);
  },
  neg: (g, _a, _y, [t]) => (t === undefined ? undefined : g.op('neg', t)),
  abs: chain((g, x) => g.op('sign', x)), // sign(0) = 0: abs'(0) = 0
  // a norm sqrt(sum of squares) gets derivative 0 where it is 0 (its tangent is 0 there, or
  // tiny when the squares underflowed, and 0 * Inf would be NaN); a plain sqrt keeps 1/(2*0) = Inf
  sqrt: chain((g, x, y) => {
    const factor = g.op('div', c(g, 0.5), y);
    return isSumOfSquares(g, x) ? zeroWhere(g, g.op('eq', y, c(g, 0)), factor) : factor;
  }),
  floor: zero,
  ceil: zero,
  sign: zero,
  nograd: zero,
  // (x^n)' = n x^(n-1): the factor is shared by every direction; for n < 0 as n (y / x), 0 at
  // x = ±Inf and ±Inf at 0 (torch.pow's n x^(n-1); -Inf for x^-5 at 0, +Inf for x^-2 at -0)
  powi: (g, [x, n], y, [t]) => {
    const k = g.node(n!).value;
    return scale(g, () => g.op('mul', k < 0 ? g.op('div', y, x!) : k === 2 ? x! : g.op('powi', x!, c(g, k - 1)), c(g, k)), t);
  },
  relu: (g, [x], _y, [t]) => (t === undefined ? undefined : g.op('select', g.op('gt', x!, c(g, 0)), t, c(g, 0))),
  min: pick((g, a, b) => g.op('lt', b, a)), // b's tangent only where b < a strictly
  max: pick((g, a, b) => g.op('gt', b, a)),
  sin: chain((g, x) => g.op('cos', x)),
  cos: chain((g, x) => g.op('neg', g.op('sin', x))),
  tan: chain((g, _x, y) => g.op('add', c(g, 1), sq(g, y))),
  // 1 - x^2 as (1 - x)(1 + x): no cancellation near |x| = 1 (1 - x^2 lost 8 digits at 1 - 1e-7)
  asin: chain((g, x) => recip(g, g.op('sqrt', oneMinusSq(g, x)))),
  acos: chain((g, x) => g.op('neg', recip(g, g.op('sqrt', oneMinusSq(g, x))))),
  atan: chain((g, x) => recip(g, g.op('add', c(g, 1), sq(g, x)))),
  sinh: chain((g, x) => g.op('cosh', x)),
  cosh: chain((g, x) => g.op('sinh', x)),
  tanh: chain((g, _x, y) => g.op('sub', c(g, 1), sq(g, y))),
  asinh: chain((g, x) => recip(g, g.op('sqrt', g.op('add', sq(g, x), c(g, 1))))),
  acosh: chain((g, x) => recip(g, g.op('sqrt', g.op('mul', g.op('sub', x, c(g, 1)), g.op('add', x, c(g, 1)))))),
  atanh: chain((g, x) => recip(g, oneMinusSq(g, x))),
  exp: chain((_g, _x, y) => y),
  expm1: chain((g, _x, y) => g.op('add', y, c(g, 1))),
  log: chain((g, x) => recip(g, x)),
  log1p: chain((g, x) => recip(g, g.op('add', x, c(g, 1)))),
  log2: chain((g, x) => recip(g, g.op('mul', x, c(g, LN2)))),
  log10: chain((g, x) => recip(g, g.op('mul', x, c(g, LN10)))),
  cbrt: chain((g, _x, y) => recip(g, g.op('mul', sq(g, y), c(g, 3)))),
  erf: chain((g, x) => g.op('mul', g.op('exp', g.op('neg', sq(g, x))), c(g, TWO_OVER_SQRT_PI))),
  sigmoid: chain((g, _x, y) => g.op('mul', y, g.op('sub', c(g, 1), y))),
  softplus: chain((g, x) => g.op('sigmoid', x)),
  // atan2(a, b)' = (b da - a db) / (a^2 + b^2)
  atan2: chain2(
    (g, a, b) => g.op('div', b, g.op('add', sq(g, a), sq(g, b))),
    (g, a, b) => g.op('neg', g.op('div', a, g.op('add', sq(g, a), sq(g, b)))),
  ),
  // a / hypot(a, b), 0 at the origin (the norm convention above; hypot(a, 0) = |a|, abs'(0) = 0)
  hypot: chain2(
    (g, a, _b, y) => zeroWhere(g, g.op('eq', y, c(g, 0)), g.op('div', a, y)),
    (g, _a, b, y) => zeroWhere(g, g.op('eq', y, c(g, 0)), g.op('div', b, y)),
  ),
  // torch.pow's masks: b a^(b-1) is 0 where b = 0 (a^0 is constant, even at a = 0), and
  // a^b log a is 0 where a = 0 and b >= 0 (0 * -Inf otherwise)
  pow: chain2(
    (g, a, b) => zeroWhere(g, g.op('eq', b, c(g, 0)), g.op('mul', b, g.op('pow', a, g.op('sub', b, c(g, 1))))),
    (g, a, b, y) => zeroWhere(g, g.op('and', g.op('eq', a, c(g, 0)), g.op('ge', b, c(g, 0))), g.op('mul', y, g.op('log', a))),
  ),
  // mod(a, b) = a - b * floor(a / b); the quotient as (a - mod(a, b)) / b rounded (floor(a / b)
  // itself is wrong where a / b rounds onto an integer: -3.5 / 0.7 gives -5, the quotient is -6)
  mod: chain2((g) => c(g, 1), (g, a, b, y) => g.op('neg', g.op('floor', g.op('add', g.op('div', g.op('sub', a, y), b), c(g, 0.5))))),
  // the derivative of a conditional is the derivative of the branch taken
  select: (g, [cond], _y, [, ta, tb]) => (ta === undefined && tb === undefined ? undefined : g.op('select', cond!, orZero(g, ta), orZero(g, tb))),
  lt: zero, le: zero, gt: zero, ge: zero, eq: zero, ne: zero, and: zero, or: zero, not: zero,
};
