// The AST oracle (test/oracle/: an evaluator of the parsed program with its own forward-mode
// derivatives, no IR) checked against outside references, then used as the reference for what
// the interpreter, the unoptimized pipeline and finite differences cannot check because they read
// the same folded IR: constant folding (`%` of constants of every sign, -0, Inf and NaN included;
// integer powers; comparisons and selects), folded compile-time indices, and every builtin's
// first and second derivative (a potential's field and Laplacian) against rules written apart
// from compiler/passes/derivative-rules.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, compile, interpret } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';
import { CONVENTION_CASES } from '../support/conventions-cases.js';
import { computedAt } from '../support/differential.js';
import { FIELDS, ROOT, reference, rowOf, source } from '../support/helpers.js';
import { parse } from '../../grammar/index.js';
import { oracle } from '../oracle/evaluate.js';
import { ORACLE_TOL } from '../oracle/compare.js';
import { pyMod } from '../oracle/scalar.js';

/**
 * |got - want| <= tol * max(1, scale), or the same non-finite value (NaN, +Inf, -Inf); with
 * `singular`, any non-finite agrees with any other (a derivative at a pole: LANGUAGE.md allows
 * NaN or Inf, and the forms differ: -5 x^-6 is -Inf at 0, the quotient rule's 0 * Inf NaN).
 */
function close(got: number, want: number, tol: number, scale = Math.abs(want), singular = false): boolean {
  if (!Number.isFinite(want) || !Number.isFinite(got)) {
    return Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want)) || (singular && !Number.isFinite(want) && !Number.isFinite(got));
  }
  return Math.abs(got - want) <= tol * Math.max(1, scale);
}

/** A number as .div source: literals for finite values, 1e999 for Inf, (1e999 - 1e999) for NaN. */
function lit(x: number): string {
  if (Number.isNaN(x)) return '(1e999 - 1e999)';
  if (x === Infinity) return '1e999';
  if (x === -Infinity) return '(-1e999)';
  if (Object.is(x, -0)) return '(-0)';
  return x < 0 ? `(${x})` : `${x}`;
}

/** Every output of the compiled kernel (wasm f64), the interpreter and --no-opt at one point. */
async function everyPath(src: string, point: number[]) {
  const opt = analyze(src), plain = analyze(src, { optimize: false });
  expect(opt.diagnostics).toEqual([]);
  const out = compile(src);
  const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
  const r = await k.evaluate([point]);
  k.dispose();
  return {
    kernel: [...r.values],
    interpreter: interpret(opt.programs!.evaluate, point, []).values,
    unoptimized: interpret(plain.programs!.evaluate, point, []).values,
  };
}

describe('the AST oracle against outside references', () => {
  it.each(FIELDS)('%s: values, divergence, diagonal and U as SymPy / PyTorch give them (1e-14)', (name) => {
    const ref = reference(name);
    const o = oracle(source(name), { field: ref.field, params: ref.params });
    // the oracle takes d forward passes a point: score_net's (d = 64, 256 x 256) cost a second each
    const points = ref.dim > 32 ? ref.points.slice(0, 2) : ref.points;
    const order = parse(source(name)).program!.decls.flatMap((d) => (d.kind === 'field' ? d.conditions.map((c) => c.name) : []));
    points.forEach((pt, i) => {
      const r = o.at(rowOf(ref, i, order));
      const scale = ref.scale[i]!;
      expect(close(r.divergence, ref.divergence[i]!, 1e-14, scale), `div at ${pt}: ${r.divergence} vs ${ref.divergence[i]}`).toBe(true);
      r.values.forEach((v, c) => expect(close(v, ref.values[i]![c]!, 1e-14), `f${c} at ${pt}: ${v}`).toBe(true));
      if (ref.diagonal) r.diagonal.forEach((v, c) => expect(close(v, ref.diagonal![i]![c]!, 1e-14, scale), `diagonal ${c} at ${pt}: ${v}`).toBe(true));
      if (ref.potential) expect(close(r.potential!, ref.potential[i]!, 1e-14), `U at ${pt}`).toBe(true);
    });
  });

  it('every builtin\'s value and derivative against mpmath (values 1e-15 relative, derivatives 1e-14)', () => {
    type Row = (number | null)[];
    const D = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/builtins/derivatives.json'), 'utf8')) as { unary: Record<string, Row[]>; binary: Record<string, Row[]> };
    const check = (got: number, want: number | null, tol: number, relative: boolean, what: string) => {
      if (want === null) expect(Number.isFinite(got), `${what}: ${got} should overflow`).toBe(false);
      else expect(Math.abs(got - want), `${what}: ${got}, mpmath ${want}`).toBeLessThanOrEqual(tol * (relative ? Math.abs(want) : Math.max(1, Math.abs(want))));
    };
    for (const [name, rows] of Object.entries(D.unary)) {
      const o = oracle(`field g(x) = (${name}(x))`);
      for (const [x, f, d] of rows) {
        const r = o.at([x!]);
        check(r.values[0]!, f!, 1e-15, true, `${name}(${x})`);
        check(r.divergence, d!, 1e-14, false, `${name}'(${x})`);
      }
    }
    for (const [name, rows] of Object.entries(D.binary)) {
      const o = oracle(name === 'mod' ? 'field g(a, b) = (a % b, a % b)' : `field g(a, b) = (${name}(a, b), ${name}(a, b))`);
      for (const [a, b, f, da, db] of rows) {
        const r = o.at([a!, b!]);
        check(r.values[0]!, f!, 1e-15, true, `${name}(${a}, ${b})`);
        check(r.divergence, da === null || db === null ? null : da! + db!, 1e-14, false, `d${name}/da + d${name}/db at (${a}, ${b})`);
      }
    }
  });

  it.each(CONVENTION_CASES.map((c) => [c.name, c] as const))('convention: %s', (_name, c) => {
    expect(oracle(c.src, { params: c.params }).at(c.point).divergence).toBe(c.divergence);
  });
});

// Operands of every sign, zeros of both signs, the infinities and NaN.
const A = [5.5, -5.5, 3, -3, 0.7, -0.7, 0, -0, 1e300, -1e-300, 6e-324, Infinity, -Infinity, NaN];
const B = [2, -2, 0.7, -0.7, 1.5, 0, -0, 1e-300, Infinity, -Infinity, NaN];
const PAIRS = A.flatMap((a) => B.map((b) => [a, b] as const));

describe('constant folding against the AST oracle', () => {
  it('the oracle\'s `%` is Python\'s (floored, the sign of the divisor)', () => {
    // Python 3: 5.5 % -2 == -0.5, -5.5 % 2 == 0.5, -0.0 % 2 == 0.0, 0.0 % -2 == -0.0, -5 % inf == inf
    expect([pyMod(5.5, -2), pyMod(-5.5, 2), pyMod(-0, 2), pyMod(0, -2), pyMod(-5, Infinity), pyMod(5, -Infinity), pyMod(3, 1.5)])
      .toEqual([-0.5, 0.5, 0, -0, Infinity, -Infinity, 0]);
  });

  it('% of constants of every sign combination, folded in a field and in a const, equals Python\'s exactly', async () => {
    const D = PAIRS.length;
    const inField = `field f(x: [${D}]) = [${PAIRS.map(([a, b]) => `${lit(a)} % ${lit(b)}`).join(', ')}]`;
    const inConst = `${PAIRS.map(([a, b], i) => `const K${i} = ${lit(a)} % ${lit(b)}`).join('\n')}\nfield f(x: [${D}]) = [${PAIRS.map((_, i) => `K${i}`).join(', ')}]`;
    const point = new Array<number>(D).fill(0.5);
    for (const src of [inField, inConst]) {
      const want = oracle(src).at(point).values;
      const got = await everyPath(src, point);
      PAIRS.forEach(([a, b], i) => {
        expect(Object.is(want[i], pyMod(a, b)), `oracle ${a} % ${b}`).toBe(true);
        for (const [path, values] of Object.entries(got)) expect(values[i], `${path}: ${a} % ${b}`).toBe(want[i]);
      });
    }
  });

  it('% at run time (not folded): values bit for bit, d/da and d/db as the oracle\'s', () => {
    const src = 'field g(a, b) = (a % b, b % a)';
    const o = oracle(src);
    const opt = analyze(src).programs!, plain = analyze(src, { optimize: false }).programs!;
    for (const [a, b] of PAIRS) {
      const want = o.at([a, b]);
      for (const p of [opt, plain]) {
        const got = interpret(p.evaluate, [a, b], []);
        want.values.forEach((v, c) => expect(Object.is(got.values[c], v), `f${c} at (${a}, ${b}): ${got.values[c]} vs ${v}`).toBe(true));
        expect(close(got.divergence!, want.divergence, ORACLE_TOL, Math.abs(want.divergence), true), `div at (${a}, ${b}): ${got.divergence} vs ${want.divergence}`).toBe(true);
      }
    }
  });

  it('compile-time indices computed with % of negative operands (a ring read backwards)', async () => {
    const src = 'field ring(x: [5]) = [i in 5: x[(i - 1) % 5] * x[(i - 7) % 5] - x[(-i) % 5] + x[(2 - i) % -5 + 4]]';
    const point = [0.5, -1.25, 2, 0.75, -3];
    const want = oracle(src).at(point);
    const got = await everyPath(src, point);
    for (const [path, values] of Object.entries(got)) want.values.forEach((v, c) => expect(close(values[c]!, v, ORACLE_TOL), `${path} f${c}`).toBe(true));
    expect(close(interpret(analyze(src).programs!.evaluate, point, []).divergence!, want.divergence, ORACLE_TOL)).toBe(true);
  });

  it('integer powers of constants (powi by squaring, negative exponents, 0^0, beyond the unrolled 64) against the oracle', async () => {
    // [base, exponent as written, its value]
    const powers: [number, string, number][] = [
      [-2, '3', 3], [2, '-2', -2], [0, '0', 0], [-0, '3', 3], [-0, '2', 2], [0, '-1', -1], [-0, '-1', -1], [-0, '-2', -2], [1.5, '64', 64],
      [1.5, '65', 65], [-1.5, '65', 65], [-2, '-3', -3], [1e200, '2', 2], [2, '1023', 1023], [2, '1024', 1024], [2, '-1074', -1074],
      [2, '-1075', -1075], [Infinity, '0', 0], [NaN, '0', 0], [NaN, '1', 1], [-8, '1 / 3', 1 / 3], [0.5, '-64', -64],
      [-1.0000001, '63', 63], [-0.9999999, '-63', -63], [-1, '1e15', 1e15], [-Infinity, '3', 3], [-Infinity, '-3', -3], [3, '2 + 2', 4],
    ];
    const exprs = [
      ...powers.map(([a, n]) => `${lit(a)} ^ (${n})`),
      ...powers.map(([a, , n]) => `pow(${lit(a)}, ${lit(n)})`),
    ];
    const D = exprs.length;
    const src = `field f(x: [${D}]) = [${exprs.join(', ')}]`;
    const point = new Array<number>(D).fill(0.25);
    const want = oracle(src).at(point).values;
    const got = await everyPath(src, point);
    // by squaring, x^n rounds up to ~n times (2 log2 n products); Math.pow about once
    for (const [path, values] of Object.entries(got)) exprs.forEach((e, i) => expect(close(values[i]!, want[i]!, 1e-13, Math.abs(want[i]!)), `${path}: ${e} = ${values[i]}, oracle ${want[i]}`).toBe(true));
  });

  it('integer powers at run time: x^n and its derivative n x^(n-1) (n from -5 to 66, x of both signs and zeros)', () => {
    const ns = [-5, -2, -1, 0, 1, 2, 3, 4, 7, 8, 31, 64, 65, 66];
    const src = `field f(x: [${ns.length}]) = [${ns.map((n, i) => `x[${i}] ^ ${lit(n)}`).join(', ')}]`;
    const o = oracle(src);
    const opt = analyze(src).programs!, plain = analyze(src, { optimize: false }).programs!;
    for (const x of [1.1, -1.1, 0.5, -0.5, 2, -2, 0, -0, Infinity, -Infinity]) {
      const point = new Array<number>(ns.length).fill(x);
      const want = o.at(point);
      for (const p of [opt, plain]) {
        const got = interpret(p.evaluate, point, []);
        ns.forEach((n, i) => expect(close(got.values[i]!, want.values[i]!, 1e-13), `${x}^${n} = ${got.values[i]}, oracle ${want.values[i]}`).toBe(true));
        // at x = +-Inf too: x^-5 is 1 / x^5, whose derivative is built as -5 (x^-5 / x), the limit 0
        // (torch.pow's answer), not the quotient rule's 0 * Inf = NaN
        const diagonal = interpret(p.diagonal, point, []).values;
        ns.forEach((n, i) => expect(close(diagonal[i]!, want.diagonal[i]!, 1e-13, Math.abs(want.diagonal[i]!), true), `d/dx ${x}^${n} = ${diagonal[i]}, oracle ${want.diagonal[i]}`).toBe(true));
      }
    }
  });

  it('comparisons, and / or / not and selects of constants (NaN, -0 == 0, infinities) decide as the oracle does', async () => {
    const values = [1, -1, 0, -0, 0.5, Infinity, -Infinity, NaN];
    const ops = ['<', '<=', '>', '>=', '==', '!='];
    const exprs: string[] = [];
    values.forEach((a, i) => values.forEach((b, j) => {
      const op = ops[(i + j) % ops.length]!;
      exprs.push(`if ${lit(a)} ${op} ${lit(b)} then 1 else 2`);
    }));
    exprs.push(
      'if 1 < 2 and not (2 < 1 or (1e999 - 1e999) == (1e999 - 1e999)) then -0 else 3',
      'if (-5.5) % 2 == 0.5 then 10 else 20', 'if 5.5 % (-2) < 0 then 10 else 20', 'if (-0) % 3 == 0 then 10 else 20',
      'if 2 ^ 3 == 8 and (-2) ^ 3 == -8 then 10 else 20', 'if max(-0, 0) == min(0, -0) then 1 / max(-0, 0) else 5',
      'sum(i in 6: if (i - 3) % 4 > 1 then i else -i)', 'sum(i in 6: if i % 2 == 0 or i > 4 then 1 else 0)',
    );
    const D = exprs.length;
    const src = `field f(x: [${D}]) = [${exprs.join(', ')}]`;
    const point = new Array<number>(D).fill(-0.75);
    const want = oracle(src).at(point).values;
    const got = await everyPath(src, point);
    for (const [path, v] of Object.entries(got)) exprs.forEach((e, i) => expect(v[i], `${path}: ${e}`).toBe(want[i]));
  });
});

// Every scalar builtin inside its domain at a point t: [expression of t, points].
const BUILTIN_TERMS: [string, number[]][] = [
  ['sin(T)', [0.3, -2.1]], ['cos(T)', [0.3, 2.9]], ['tan(T)', [0.4, -1.2]], ['asin(T)', [0.3, -0.95]], ['acos(T)', [0.3, 0.9]],
  ['atan(T)', [0.3, -7]], ['sinh(T)', [0.3, -3]], ['cosh(T)', [0.3, 2.5]], ['tanh(T)', [0.3, -1.7]], ['asinh(T)', [0.3, -20]],
  ['acosh(T)', [1.3, 40]], ['atanh(T)', [0.3, -0.9]], ['exp(T)', [0.3, -4]], ['expm1(T)', [0.3, -1e-3]], ['log(T)', [0.3, 50]],
  ['log1p(T)', [0.3, -0.5]], ['log2(T)', [0.3, 9]], ['log10(T)', [0.3, 1e3]], ['sqrt(T)', [0.3, 7]], ['cbrt(T)', [0.3, -8]],
  ['abs(T)', [0.3, -2]], ['sign(T) * T', [0.3, -2]], ['floor(T) * T', [1.3, -2.5]], ['ceil(T) * T', [1.3, -2.5]],
  ['sigmoid(T)', [0.3, -6]], ['softplus(T)', [0.3, 25]], ['relu(T) * T', [0.3, -2]], ['erf(T)', [0.3, -1.9]],
  ['atan2(T, 1.5)', [0.3, -4]], ['atan2(2, T)', [0.3, -4]], ['pow(T, 2.5)', [0.3, 3]], ['pow(1.7, T)', [0.3, -3]], ['T ^ T', [0.3, 2]],
  ['hypot(T, 0.8)', [0.3, -5]], ['min(T, 0.5) * T', [0.3, 2]], ['max(T, 0.5) * T', [0.3, 2]], ['clamp(T, -1, 1) * T', [0.3, 3]],
  ['T % 0.8 * T', [0.3, -2.1]], ['(1.3 % T) * T', [0.3, -2.1]], ['T ^ 5 - T ^ -3', [0.3, -1.4]],
];

describe('derivative rules against the AST oracle\'s', () => {
  it('first and second derivatives of every builtin: a potential of their sum, its field and Laplacian (interpreter and --no-opt)', () => {
    const n = BUILTIN_TERMS.length;
    const src = `potential u(x: [${n}]) = ${BUILTIN_TERMS.map(([e], i) => `(${e.replaceAll('T', `x[${i}]`)})`).join(' + ')}`;
    const o = oracle(src);
    const opt = analyze(src), plain = analyze(src, { optimize: false });
    expect(opt.diagnostics).toEqual([]);
    for (const k of [0, 1]) {
      const point = BUILTIN_TERMS.map(([, pts]) => pts[k]!);
      const want = o.at(point);
      for (const [label, p] of [['optimized', opt.programs!], ['unoptimized', plain.programs!]] as const) {
        const got = interpret(p.evaluate, point, []);
        const diagonal = interpret(p.diagonal, point, []).values;
        const scale = 1 + Math.abs(want.divergence) + want.values.reduce((s, v) => s + Math.abs(v), 0) + want.diagonal.reduce((s, v) => s + Math.abs(v), 0);
        // one term per coordinate: each mismatch names its builtin
        BUILTIN_TERMS.forEach(([e], i) => {
          expect(close(got.values[i]!, want.values[i]!, ORACLE_TOL, scale), `${label} d/dT ${e} at T = ${point[i]}: ${got.values[i]}, oracle ${want.values[i]}`).toBe(true);
          expect(close(diagonal[i]!, want.diagonal[i]!, ORACLE_TOL, scale), `${label} d2/dT2 ${e} at T = ${point[i]}: ${diagonal[i]}, oracle ${want.diagonal[i]}`).toBe(true);
        });
        expect(close(got.divergence!, want.divergence, ORACLE_TOL, scale), `${label} Laplacian ${got.divergence}, oracle ${want.divergence}`).toBe(true);
        expect(close(interpret(p.potential!, point, []).potential!, want.potential!, ORACLE_TOL, scale)).toBe(true);
      }
    }
  });

  it('grad inside a potential: its field is second order and its Laplacian third', () => {
    const src = [
      'param W: [4, 3] = [[0.7, -0.2, 0.4], [0.1, 0.9, -0.6], [-0.5, 0.3, 0.8], [0.2, -0.7, 0.1]]',
      'param b: [4] = [0.1, -0.3, 0.5, 0]',
      'potential u(x: [3]) {',
      '  let h = tanh(W @ x + b)',
      '  let s = logsumexp(h) + erf(x[0] * x[1]) + atan2(x[2], 2 + x[0] ^ 2)',
      '  return s + 0.05 * norm2(grad(s, x)) + 0.1 * grad(s)[2] * sin(x[1])',
      '}',
    ].join('\n');
    const o = oracle(src);
    const opt = analyze(src);
    expect(opt.diagnostics).toEqual([]);
    const params: number[] = [];
    for (const q of opt.programs!.evaluate.params) q.default!.forEach((v, i) => { params[q.slot + i] = v; });
    for (const point of [[0.3, -0.8, 1.1], [-1.2, 0.4, -0.2]]) {
      const want = o.at(point);
      const got = computedAt(opt.programs!, point, params);
      const scale = 1 + Math.abs(want.divergence) + want.values.reduce((a, v) => a + Math.abs(v), 0) + want.diagonal.reduce((a, v) => a + Math.abs(v), 0);
      got.values.forEach((v, c) => expect(close(v, want.values[c]!, ORACLE_TOL, scale), `f${c} ${v} vs ${want.values[c]}`).toBe(true));
      got.diagonal!.forEach((v, c) => expect(close(v, want.diagonal[c]!, ORACLE_TOL, scale), `diagonal ${c} ${v} vs ${want.diagonal[c]}`).toBe(true));
      expect(close(got.divergence, want.divergence, ORACLE_TOL, scale), `Laplacian ${got.divergence} vs ${want.divergence}`).toBe(true);
      expect(close(got.potential!, want.potential!, ORACLE_TOL, scale)).toBe(true);
    }
  });

  it('a field using grad of every builtin of a sum over its coordinates: its divergence is second order', () => {
    const n = BUILTIN_TERMS.length;
    const e = BUILTIN_TERMS.map(([t], i) => `(${t.replaceAll('T', `x[${i}]`)})`).join(' + ');
    const src = `fn mix(v) = sum(i in ${n}: v[i] * v[(i + 1) % ${n}]) / 8\nfield f(x: [${n}]) = grad(${e} + mix(x), x) + 0.1 * grad(mix(x))`;
    const o = oracle(src);
    const opt = analyze(src);
    expect(opt.diagnostics).toEqual([]);
    const point = BUILTIN_TERMS.map(([, pts]) => pts[1]!);
    const want = o.at(point);
    const got = interpret(opt.programs!.evaluate, point, []);
    const scale = 1 + Math.abs(want.divergence) + want.values.reduce((s, v) => s + Math.abs(v), 0) + want.diagonal.reduce((s, v) => s + Math.abs(v), 0);
    got.values.forEach((v, c) => expect(close(v, want.values[c]!, ORACLE_TOL, scale), `f${c}`).toBe(true));
    expect(close(got.divergence!, want.divergence, ORACLE_TOL, scale), `div ${got.divergence} vs ${want.divergence}`).toBe(true);
  });
});
