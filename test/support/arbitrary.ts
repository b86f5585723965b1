// Random .div programs for property tests (fast-check): fields of 1 to 4 inputs built from
// arithmetic, builtins, powers and (unless smooth) kinks, branches, min/max and atan2.
import fc from 'fast-check';

const SMOOTH_UNARY = ['sin', 'cos', 'tanh', 'atan', 'sigmoid', 'softplus', 'asinh', 'erf'];
// Kinks and branches: exact agreement still required, finite differences not checked.
const ROUGH_UNARY = ['abs', 'relu', 'floor', 'sign', 'ceil'];

function exprArb(dim: number, smooth: boolean): fc.Arbitrary<string> {
  const leaf = fc.oneof(
    fc.integer({ min: 0, max: dim - 1 }).map((i) => `x${i}`),
    fc.constantFrom('k', '0.5', '2', '1.25', '3'),
  );
  const unary = smooth ? SMOOTH_UNARY : [...SMOOTH_UNARY, ...ROUGH_UNARY];
  const { e } = fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
      fc.tuple(tie('e'), tie('e')).map(([a, b]) => `(${a}) / (1 + (${b})^2)`),
      fc.tuple(fc.constantFrom(...unary), tie('e')).map(([f, a]) => `${f}(${a})`),
      tie('e').map((a) => `sqrt(1 + (${a})^2)`),
      tie('e').map((a) => `log(2 + sin(${a}))`),
      fc.tuple(tie('e'), fc.integer({ min: 2, max: 4 })).map(([a, n]) => `(${a})^${n}`),
      // hypot is singular only where both arguments vanish: keep the smooth set away from it
      fc.tuple(tie('e'), tie('e')).map(([a, b]) => (smooth ? `hypot(${a}, 1 + (${b})^2)` : `hypot(${a}, ${b})`)),
      ...(smooth ? [] : [
        fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, a, b]) => `(if ${c} < 0.3 then ${a} else ${b})`),
        fc.tuple(tie('e'), tie('e')).map(([a, b]) => `max(${a}, ${b})`),
        fc.tuple(tie('e'), tie('e')).map(([a, b]) => `min(${a}, ${b})`),
        fc.tuple(tie('e'), tie('e')).map(([a, b]) => `atan2(${a}, 1 + (${b})^2)`),
      ]),
    ),
  }));
  return e;
}

export const programArb = (smooth: boolean) => fc.integer({ min: 1, max: 4 }).chain((dim) => fc.record({
  dim: fc.constant(dim),
  body: fc.array(exprArb(dim, smooth), { minLength: dim, maxLength: dim }),
  k: fc.double({ min: -2, max: 2, noNaN: true }),
  points: fc.array(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: dim, maxLength: dim }), { minLength: 1, maxLength: 5 }),
}));

export const sourceOf = (p: { dim: number; body: string[] }) =>
  `param k = 1\nfield f(${Array.from({ length: p.dim }, (_, i) => `x${i}`).join(', ')}) = (${p.body.join(', ')})\n`;

