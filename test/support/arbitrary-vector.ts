// Random vector fields for the differential property (fast-check): f(x: [D]), D from 1 to 12,
// with tensor params (defaults in the source), matrix products, comprehensions, reductions,
// tensor builtins, `fn`, `let` blocks, conditionals and every scalar builtin. Domain-aware: each
// builtin is wrapped so its argument stays inside its domain and away from poles (asin of
// 0.9 * tanh(a), log of 2 + cos(a), ...). `smooth` programs avoid kinks and branches, so finite
// differences apply to them. Comprehensions and reductions run over ranges that start anywhere
// (`[i in -2..3: ...]`, `sum(j in 3..7: ...)`), the comprehension variable used both as an index
// and as a number, so a front end that shifts it to start at 0 disagrees. Some programs take scalar inputs (x0, x1, ...; `let x = [...]`), some
// use `grad(e, v)` / `grad(e)` of a scalar e of x and of the hidden vector h (so their divergence
// is second order), and some are `potential` declarations (field grad U, divergence the Laplacian).
import fc from 'fast-check';

/** Scalar builtins, elementwise on tensors; `A` is the argument. */
export const SMOOTH = ['tanh(A)', 'sigmoid(A)', 'softplus(A)', 'sin(A)', 'cos(A)', 'atan(A)', 'erf(A)', 'asinh(A)', 'exp(-(A)^2)',
  'expm1(0.5 * tanh(A))', 'log1p((A)^2)', 'log(2 + cos(A))', 'log2(2 + sin(A))', 'log10(3 + tanh(A))', 'sqrt(1 + (A)^2)',
  'cbrt(2 + tanh(A))', 'asin(0.9 * tanh(A))', 'acos(0.9 * tanh(A))', 'acosh(2 + (A)^2)', 'atanh(0.9 * tanh(A))',
  'sinh(0.5 * tanh(A))', 'cosh(tanh(A))', 'tan(0.5 * tanh(A))', 'pow(2 + tanh(A), 1.5)', 'hypot(A, 1)', 'atan2(A, 2 + cos(A))', '(A)^3', 'g(A)'];
export const ROUGH = ['abs(A)', 'relu(A)', 'floor(A)', 'sign(A)', 'ceil(A)', 'min(A, 0.5)', 'max(A, -0.5)', 'clamp(A, -1, 1)', '(A) % 1.5'];

export interface VectorProgram { source: string; dim: number; smooth: boolean; points: number[][] }

/** What a program returns: a field, a field using grad, or a potential U. */
export type ProgramKind = 'field' | 'grad' | 'potential';

// fc.double draws bit patterns, not magnitudes: 90% of its values in [-2, 2] are below 1e-10 and
// 91% of the params rounded to 3 decimals were 0 (so most programs ran near their linearization at
// 0). Ordinary magnitudes three times in four, fc.double's small numbers, zeros and bounds the rest.
const num = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 1000 }).map((i) => i / 1000) },
  { weight: 1, arbitrary: fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }).map((v) => Number(v.toFixed(3))) },
);
/** A point's coordinate in [-2, 2]: ordinary three times in four, fc.double's edge cases the rest. */
export const coordinate = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -2_000_000, max: 2_000_000 }).map((i) => i / 1_000_000) },
  { weight: 1, arbitrary: fc.double({ min: -2, max: 2, noNaN: true }) },
);
const literal = (m: number[]) => `[${m.join(', ')}]`;

/** `v - o` as source (`i - 3`, `i + 2`, `i`). */
const minus = (v: string, o: number) => (o === 0 ? v : o > 0 ? `${v} - ${o}` : `${v} + ${-o}`);

export const vectorProgramArb = (smooth: boolean): fc.Arbitrary<VectorProgram> =>
  // o: where the ranges of comprehensions and reductions start (0 in a third of the programs)
  fc.record({ D: fc.integer({ min: 1, max: 12 }), H: fc.integer({ min: 1, max: 6 }), o: fc.oneof(fc.constant(0), fc.integer({ min: -3, max: 5 })) }).chain(({ D, H, o }) => {
    const ops = smooth ? SMOOTH : [...SMOOTH, ...ROUGH];
    const act = fc.constantFrom(...ops);
    const matrix = (m: number, n: number) => fc.array(fc.array(num, { minLength: n, maxLength: n }), { minLength: m, maxLength: m });
    const apply = (f: string, a: string) => f.replaceAll('A', a);
    const hidden = fc.tuple(fc.integer({ min: 0, max: 4 }), act, act).map(([k, f, f2]) => [
      apply(f, 'W @ x + b'),
      `[i in ${H}: sum(j in ${o}..${o + D}: W[i, ${minus('j', o)}] * ${apply(f, `x[${minus('j', o)}] * k`)})] + b`,
      `softmax(W @ x) * k + b`,
      `${apply(f, `W @ ${apply(f2, 'x')}`)} * b`,
      `[i in ${H}: [j in ${D}: W[i, j] * ${apply(f, 'x[j]')}]] @ x`, // a matrix from nested comprehensions
    ][k]!);
    // norm(v) is singular where v = 0 (the generator keeps points away from poles: norm(h + 3))
    const scalar = fc.integer({ min: 0, max: smooth ? 8 : 10 }).map((k) => [
      'sum(h)', 'dot(h, b)', 'logsumexp(h)', 'norm2(x) * 0.1', 'sqrt(1 + norm2(h))', `prod(i in ${o}..${o + H}: 1 + 0.1 * tanh(h[${minus('i', o)}]))`,
      'trace(outer(h, b))', 'len(x) * k', 'norm(h + 3)', 'maxof(h)', 'minof(x)',
    ][k]!);
    const output = fc.tuple(fc.integer({ min: 0, max: smooth ? 5 : 8 }), act).map(([k, f]) => [
      'V @ h + s * x',
      `x * s - V @ ${apply(f, 'h')}`,
      `g(x) * s + transpose(W) @ h`,
      `[i in ${D}: x[(i + 1) % ${D}] * s] + V @ h`,
      `${apply(f, 'x')} * s + V @ h`,
      // an a..b range (a from -3 to 5); a compile-time branch; i as a number too
      `[i in ${o}..${o + D}: x[${minus('i', o)}] * (s + 0.1 * i) + (if i > ${o} then x[${minus('i', o + 1)}] else k)] + V @ h`,
      `[i in ${D}: if x[i] < 0.3 then ${apply(f, 'x[i]')} * s else V[i, 0] * h[0]]`,
      `clamp(x, -1, 1) * s + V @ h`,
      `[i in ${D}: if x[i] < 0.3 and not (x[i] < -1 or h[0] > 0.5) then x[i] * s else ${apply(f, 'x[i]')}]`,
    ][k]!);
    const gBody = fc.constantFrom(...ops.filter((o) => !o.includes('g(')));
    const xs = Array.from({ length: D }, (_, i) => `x${i}`);
    // grad(E, x) of a scalar E of x and h (the let s, through an activation, mixed with x)
    const gradOf = fc.tuple(fc.integer({ min: 0, max: 4 }), act, fc.boolean()).map(([k, f, allInputs]) => ({
      E: ['s', apply(f, 's'), 'dot(x, V @ h) + s', 'sum(g(x)) * k + s', '0.5 * norm2(x - V @ h)'][k]!,
      allInputs,
    }));
    const gradOut = fc.tuple(fc.integer({ min: 0, max: 3 }), act).map(([k, f]) => [
      'q + V @ h', 'q * s - x * k', `${apply(f, 'q')} + V @ h`, `[i in ${D}: q[i] * x[i]] + V @ h`,
    ][k]!);
    const potential = fc.tuple(fc.integer({ min: 0, max: 3 }), act).map(([k, f]) => [
      's + 0.1 * norm2(x)', 's * k + dot(x, V @ h)', 'sum(g(x)) * 0.1 + s', `${apply(f, 's')} + dot(b, h)`,
    ][k]!);
    return fc.record({
      W: matrix(H, D), b: fc.array(num, { minLength: H, maxLength: H }), V: matrix(D, H), k: num,
      g: gBody, h: hidden, s: scalar, out: output,
      kind: fc.constantFrom<ProgramKind>('field', 'field', 'grad', 'potential'),
      scalarInputs: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
      grad: gradOf, gradOut, potential,
      points: fc.array(fc.array(coordinate, { minLength: D, maxLength: D }), { minLength: 1, maxLength: 3 }),
    }).map((r) => {
      // with scalar inputs, grad(E) is over all of them and grad(E, x0) over one
      const gradient = r.scalarInputs
        ? (r.grad.allInputs ? `grad(${r.grad.E})` : `[${xs.map((x) => `grad(${r.grad.E}, ${x})`).join(', ')}]`)
        : (r.grad.allInputs ? `grad(${r.grad.E})` : `grad(${r.grad.E}, x)`);
      const result = r.kind === 'potential' ? r.potential : r.kind === 'grad' ? r.gradOut : r.out;
      return {
        dim: D, smooth, points: r.points,
        source: [
          `param k = ${r.k}`,
          `param W: [${H}, ${D}] = ${literal(r.W.map(literal) as unknown as number[])}`,
          `param b: [${H}] = ${literal(r.b)}`,
          `param V: [${D}, ${H}] = ${literal(r.V.map(literal) as unknown as number[])}`,
          `fn g(a) = ${apply(r.g, 'a')}`,
          `${r.kind === 'potential' ? 'potential' : 'field'} f(${r.scalarInputs ? xs.join(', ') : `x: [${D}]`}) {`,
          ...(r.scalarInputs ? [`  let x = [${xs.join(', ')}]`] : []),
          `  let h = ${r.h}`,
          `  let s = ${r.s}`,
          ...(r.kind === 'grad' ? [`  let q = ${gradient}`] : []),
          `  return ${result}`,
          '}',
          '',
        ].join('\n'),
      };
    });
  });
