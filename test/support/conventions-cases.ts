// Derivatives at the points where LANGUAGE.md fixes a convention (kinks, ties, removable 0/0s),
// and softplus against mpmath: the cases shared by test/compiler/conventions.test.ts (interpreter,
// wasm f64 and f32) and test/runtime/webgpu.test.ts (WGSL). Outside values:
// test/fixtures/builtins/mpmath.json, rows copied from the shared builtin references (mpmath, not
// computed by divc).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

export interface ConventionCase { name: string; src: string; params: Record<string, number>; point: number[]; divergence: number }

interface Mpmath {
  unary: { softplus: number[][] };
  unary32: { softplus: number[][] };
  conventions: [string, number, number][];
}
export const MPMATH = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/builtins/mpmath.json'), 'utf8')) as Mpmath;

/** The fixture's convention rows ([expression, x, derivative]) as one-input fields. */
function fromFixture([expr, x, derivative]: [string, number, number]): ConventionCase {
  if (expr === 'x ^ 0 (runtime exponent)') return { name: expr, src: 'param p\nfield g(x) = (x ^ p)', params: { p: 0 }, point: [x], divergence: derivative };
  const body = /^[a-z]+$/.test(expr) ? `${expr}(x)` : expr;
  return { name: expr, src: `field g(x) = (${body})`, params: {}, point: [x], divergence: derivative };
}

const DRAG = 'field drag(x: [4]) { let v = [x[2], x[3]]; let a = -0.1 * norm(v) * v; return [x[2], x[3], a[0], a[1]] }';

export const CONVENTION_CASES: ConventionCase[] = [
  ...MPMATH.conventions.map(fromFixture),
  // issue 13's reproducer (PyTorch: 0), at v = 0 and where the squares underflow
  { name: 'drag at v = 0', src: DRAG, params: {}, point: [1, 2, 0, 0], divergence: 0 },
  { name: 'drag at |v| = 1e-200', src: DRAG, params: {}, point: [1, 2, 1e-200, -1e-200], divergence: 0 },
  { name: 'sqrt of a sum of squares times v at 0', src: 'field s(x, y) = (sqrt(x^2 + y^2) * x, sqrt(x^2 + y^2) * y)', params: {}, point: [0, 0], divergence: 0 },
  { name: 'hypot times v at 0', src: 'field h(x, y) = (hypot(x, y) * x, hypot(x, y) * y)', params: {}, point: [0, 0], divergence: 0 },
  { name: 'hypot(x, 0) is |x|: derivative 0 at 0', src: 'field h(x, y) = (hypot(x, y), y)', params: {}, point: [0, 0], divergence: 1 },
  { name: 'a plain sqrt keeps its infinite slope at 0', src: 'field s(x) = (sqrt(x))', params: {}, point: [0], divergence: Infinity },
  { name: 'pow(x, y) d/dy at x = 0, y > 0 (torch.pow: 0)', src: 'field p(x, y) = (x, pow(x, y))', params: {}, point: [0, 2.5], divergence: 1 },
  { name: 'x ^ p, runtime p = 0, at x = 0 (vector)', src: 'param p\nfield g(x: [2]) = x ^ p', params: { p: 0 }, point: [0, 0], divergence: 0 },
  { name: 'x ^ p, runtime p = 2.5, at x = 0', src: 'param p\nfield g(x) = (x ^ p)', params: { p: 2.5 }, point: [0], divergence: 0 },
  { name: 'max tie splits the tangent', src: 'field m(x, y) = (max(x, y), y)', params: {}, point: [1, 1], divergence: 1.5 },
  { name: 'min tie splits the tangent', src: 'field m(x, y) = (x, min(x, y))', params: {}, point: [1, 1], divergence: 1.5 },
  { name: 'max off a tie follows the larger', src: 'field m(x, y) = (max(x, y), y)', params: {}, point: [1, 2], divergence: 1 },
  { name: 'clamp at its bound keeps derivative 1 (torch.clamp)', src: 'field c(x) = (clamp(x, -1, 1))', params: {}, point: [1], divergence: 1 },
  { name: 'clamp below its bound', src: 'field c(x) = (clamp(x, -1, 1))', params: {}, point: [-2], divergence: 0 },
];

/**
 * Negative integer powers at ±Inf and at 0, as torch.pow differentiates x ** -k: -k x^(-k-1), so 0
 * at ±Inf (the quotient rule of 1 / x^k gave 0 * Inf = NaN there) and ±Inf at 0 (NaN before).
 * Kept apart from CONVENTION_CASES, which test/runtime/webgpu.test.ts also runs: WGSL leaves
 * infinities to the implementation.
 */
export const POWER_LIMIT_CASES: ConventionCase[] = [
  { name: 'x ^ -5 at +Inf (torch.pow: -5 x^-6 -> 0)', src: 'field g(x) = (x ^ -5)', params: {}, point: [Infinity], divergence: 0 },
  { name: 'x ^ -5 at -Inf', src: 'field g(x) = (x ^ -5)', params: {}, point: [-Infinity], divergence: 0 },
  { name: 'x ^ -2 at -Inf', src: 'field g(x) = (x ^ -2)', params: {}, point: [-Infinity], divergence: 0 },
  { name: '3 / x ^ 4 at +Inf (a constant numerator)', src: 'field g(x) = (3 / x ^ 4)', params: {}, point: [Infinity], divergence: 0 },
  { name: 'k / x ^ 3 at -Inf (a param numerator)', src: 'param k\nfield g(x) = (k / x ^ 3)', params: { k: 2 }, point: [-Infinity], divergence: 0 },
  { name: 'sin(x ^ -3) at +Inf (through the chain rule)', src: 'field g(x) = (sin(x ^ -3))', params: {}, point: [Infinity], divergence: 0 },
  { name: 'x ^ -3 of a vector at +Inf, -Inf and 2', src: 'field g(x: [3]) = x ^ -3 + [x[1], x[2], x[0]]', params: {}, point: [Infinity, -Infinity, 2], divergence: -3 / 16 },
  { name: 'x ^ -5 at 0 is -Inf (torch.pow: -5 * 0^-6)', src: 'field g(x) = (x ^ -5)', params: {}, point: [0], divergence: -Infinity },
  { name: 'x ^ -2 at -0 is +Inf (torch.pow: -2 * (-0)^-3)', src: 'field g(x) = (x ^ -2)', params: {}, point: [-0], divergence: Infinity },
  // the divergence pass's bottleneck region headed by x^3 (dim 4: preaccumulated, as the chain
  // through y, z and w pays for): x^-3 is one power node, not 1 / x^3 below an x^3 seeded with 1
  { name: 'x ^ -3 beside a rotation about x at +Inf (a bottleneck region, dim 4)', src: 'field g(x, y, z, w) = (x ^ -3, -z * exp(sin(cos(tanh(atan(sqrt(1 + y * y + z * z + w * w)))))), y * exp(sin(cos(tanh(atan(sqrt(1 + y * y + z * z + w * w)))))), 0)', params: {}, point: [Infinity, 1, 2, 3], divergence: 0 },
  // reverse mode (potentials, grad): the adjoint of c / x^k goes to x as the power's derivative
  { name: 'a potential x ^ -3 + 2 / y ^ 2 at (+Inf, -Inf): grad U and its Laplacian (reverse mode)', src: 'potential u(x, y) = x ^ -3 + 2 / y ^ 2', params: {}, point: [Infinity, -Infinity], divergence: 0 },
  { name: 'a potential k / x ^ 4 + y^2 / 2 at (-Inf, 1) (a param numerator)', src: 'param k\npotential u(x, y) = k / x ^ 4 + y^2 / 2', params: { k: 3 }, point: [-Infinity, 1], divergence: 1 },
];

/** Distance in ulps of `want` (float64 or float32 spacing); 0 for equal values, Inf for a non-finite miss. */
export function ulps(got: number, want: number, f32 = false): number {
  if (Object.is(got, want) || got === want || (Number.isNaN(got) && Number.isNaN(want))) return 0;
  if (!Number.isFinite(got) || !Number.isFinite(want)) return Infinity;
  const a = Math.abs(want);
  const spacing = f32 ? Math.max(2 ** (Math.floor(Math.log2(Math.max(a, 2 ** -126))) - 23), 2 ** -149) : Math.max(2 ** (Math.floor(Math.log2(Math.max(a, 2 ** -1022))) - 52), 2 ** -1074);
  return Math.abs(got - want) / spacing;
}
