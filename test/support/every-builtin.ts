// A field that uses every scalar builtin of the language (LANGUAGE.md, Builtins), for the
// zero-import and same-bits-everywhere tests, with points that reach edges and huge arguments.
/** A field using every scalar builtin of the language (LANGUAGE.md, Builtins). */
export const EVERY_BUILTIN = `field every(x, y) = (
  sin(x) + cos(y) + tan(x / 4) + asin(x / 9) + acos(y / 9) + atan(x) + sinh(x / 3) + cosh(y / 3)
    + tanh(x) + asinh(y) + acosh(2 + x * x) + atanh(y / 9) + exp(x / 3) + expm1(y / 3) + erf(x),
  log(1 + y * y) + log1p(x * x) + log2(2 + x * x) + log10(3 + y * y) + sqrt(1 + x * x) + cbrt(y)
    + abs(x) + sign(y) + floor(x) + ceil(y) + sigmoid(x) + softplus(y) + relu(x)
    + atan2(y, x) + pow(1 + x * x, y / 3) + min(x, y) + max(x, y) + hypot(x, y) + clamp(x, -1, 1)
    + x % 1.5 + y ^ 3
)`;

/** Points (x, y): a grid, tiny and huge magnitudes (sin's Payne-Hanek range), zeros and infinities. */
export function everyBuiltinPoints(): number[] {
  const pts: number[] = [];
  for (let i = -20; i <= 20; i++) for (let j = -6; j <= 6; j++) pts.push(i * 0.37 + 0.01, j * 1.3 - 0.2);
  for (const v of [0, -0, 1e-300, -5e-324, 1e6, -3e7, 1e22, 1.7e308, Infinity, -Infinity, NaN]) pts.push(v, 0.5, 0.25, v);
  return pts;
}
