// Conditions (LANGUAGE.md "Conditions"): per-point inputs after the `;` that are not
// differentiated. The divergence, diagonal and Laplacian are over the state alone, in both
// lowerings and both divergence algorithms; grad may differentiate with respect to a condition;
// the runtime takes them once for the batch or once per point and refuses what does not fit.
import { describe, expect, it } from 'vitest';
import { analyze, compile, formatDiagnostic, interpret } from '../../compiler/index.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import type { TensorProgram } from '../../compiler/tensor/program.js';
import type { Program } from '../../compiler/ir/program.js';
import { DivcError, load } from '../../runtime/index.js';
import { paramSlots, random, reference, source } from '../support/helpers.js';

const LOWERINGS = ['scalar', 'tensor'] as const;

/** f's values at a row (the state, then the conditions) through the f program of either level. */
function fAt(src: string, lowering: 'scalar' | 'tensor', params: Record<string, unknown> = {}) {
  const a = analyze(src, { lowering });
  expect(a.diagnostics).toEqual([]);
  if (a.tensor) {
    const run = tensorInterpreter(a.tensor.f, paramSlots(a.tensor.f.params, params));
    return { kind: 'tensor', values: (row: number[]) => run(row).values, evaluate: a.tensor.evaluate as TensorProgram | Program, a };
  }
  const p = a.programs!;
  return { kind: 'scalar', values: (row: number[]) => interpret(p.f, row, paramSlots(p.f.params, params)).values, evaluate: p.evaluate as TensorProgram | Program, a };
}

/** Central differences of sum_i d f_i / d x_i along the state only (conditions held). */
function fdDivergence(f: (row: number[]) => number[], row: number[], dim: number): number {
  let div = 0;
  for (let i = 0; i < dim; i++) {
    const h = 1e-5 * Math.max(1, Math.abs(row[i]!));
    const plus = [...row], minus = [...row];
    plus[i]! += h;
    minus[i]! -= h;
    div += (f(plus)[i]! - f(minus)[i]!) / (plus[i]! - minus[i]!);
  }
  return div;
}

const SMALL = 'field f(x, y; t, c: [2]) = (x * sin(t) * y + c[0], x * y * c[1] - t * y^2)';
const NET = `param W1: [6, 3]
param b1: [6]
param W2: [2, 6]
field cnf(x: [2]; t) = W2 @ tanh(W1 @ concat(x, t) + b1) + t * x`;
const netParams = (() => {
  const r = random(7);
  return { W1: Array.from({ length: 18 }, () => r() - 0.5), b1: Array.from({ length: 6 }, () => r() - 0.5), W2: Array.from({ length: 12 }, () => r() - 0.5) };
})();

describe('the divergence is over the state alone', () => {
  it.each(LOWERINGS)('a small field, %s lowering: the closed form and central differences', (lowering) => {
    const { values, evaluate } = fAt(SMALL, lowering);
    // div f = sin(t) y + x c1 - 2 t y: no derivative in t or c
    for (const row of [[0.3, -1.2, 0.7, 2, -0.5], [1.5, 0.25, -2, 0, 3]]) {
      const [x, y, t, , c1] = row as [number, number, number, number, number];
      const r = evaluate.graph.constructor.name === 'TensorGraph'
        ? tensorInterpreter(evaluate as TensorProgram, [])(row)
        : interpret(evaluate as Program, row, []);
      expect(r.divergence).toBeCloseTo(Math.sin(t) * y + x * c1 - 2 * t * y, 13);
      expect(Math.abs(fdDivergence(values, row, 2) - r.divergence!)).toBeLessThan(1e-7);
    }
  });

  it.each(LOWERINGS)('a network with its time at every layer, %s lowering: wasm, interpreter and central differences agree', async (lowering) => {
    const { values, evaluate, a } = fAt(NET, lowering, netParams);
    expect(a.stats!.lowering!.kind).toBe(lowering);
    const out = compile(NET, { lowering });
    const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
    k.setParams(netParams);
    const r = random(3);
    const rows = Array.from({ length: 9 }, () => [4 * r() - 2, 4 * r() - 2, r()]);
    const got = await k.evaluate(rows.map((row) => row.slice(0, 2)), { conditions: { t: rows.map((row) => row[2]!) } });
    const diag = await k.diagonal(rows.map((row) => row.slice(0, 2)), { conditions: { t: rows.map((row) => row[2]!) } });
    const interp = lowering === 'tensor' ? tensorInterpreter(evaluate as TensorProgram, paramSlots(evaluate.params, netParams)) : (row: number[]) => interpret(evaluate as Program, row, paramSlots(evaluate.params, netParams));
    rows.forEach((row, i) => {
      const want = interp(row);
      expect(got.divergence[i]).toBe(want.divergence);
      expect(Math.abs(fdDivergence(values, row, 2) - got.divergence[i]!)).toBeLessThan(1e-7);
      expect(diag[2 * i]! + diag[2 * i + 1]!).toBeCloseTo(got.divergence[i]!, 13);
    });
    k.dispose();
  });

  it('a potential with a condition: the Laplacian over the state, U and grad U as written', async () => {
    const src = 'potential u(x: [2]; beta) = beta * (x[0]^2 + x[1]^4) + sin(beta * x[0])';
    for (const lowering of LOWERINGS) {
      const k = await load(compile(src, { lowering }).wasm!, { backend: 'wasm' });
      const [x0, x1, beta] = [0.4, -0.8, 1.7];
      const e = await k.evaluate([[x0, x1]], { conditions: { beta } });
      expect(e.potential![0]).toBeCloseTo(beta * (x0 ** 2 + x1 ** 4) + Math.sin(beta * x0), 14);
      expect(e.values[0]).toBeCloseTo(2 * beta * x0 + beta * Math.cos(beta * x0), 14);
      expect(e.values[1]).toBeCloseTo(4 * beta * x1 ** 3, 14);
      // d2U/dx0^2 + d2U/dx1^2, with no d/dbeta
      expect(e.divergence[0]).toBeCloseTo(2 * beta - beta * beta * Math.sin(beta * x0) + 12 * beta * x1 ** 2, 13);
      k.dispose();
    }
  });

  it('grad with respect to a condition, and grad(e) over the state only', () => {
    const src = 'field f(x, y; t) = (grad(t^2 * x * y, t) + grad(x * y * t)[0], grad(sin(t * y), t))';
    const { values } = fAt(src, 'scalar');
    const [x, y, t] = [0.5, -1.5, 0.8];
    const f = values([x, y, t]);
    expect(f[0]).toBeCloseTo(2 * t * x * y + y * t, 14);
    expect(f[1]).toBeCloseTo(y * Math.cos(t * y), 14);
  });

  it('a condition costs no direction: the per-point work of the old workaround (t as a state with a zero output) is larger', () => {
    const cnf = source('cnf_time');
    // the workaround a user had to write before: t a third input, its output component 0
    const workaround = cnf
      .replace('field cnf(x: [2]; t) {', 'field cnf(z: [3]) {\n  let x = [z[0], z[1]]\n  let t = z[2]')
      .replace('return W3 @ concat(h2, t) + b3', 'return concat(W3 @ concat(h2, t) + b3, 0)');
    const withCondition = analyze(cnf).stats!, old = analyze(workaround).stats!;
    expect(analyze(workaround).diagnostics).toEqual([]);
    expect(withCondition.f.perPoint).toBe(old.f.perPoint);
    expect(withCondition.divergence.perPoint).toBeLessThan(old.divergence.perPoint);
  });
});

describe('a structurally zero output component costs no direction at the tensor level', () => {
  it('f = concat(net(x, t), 0) with t a third input: the divergence skips the zero direction, and agrees with the scalar level and central differences', async () => {
    const ref = reference('cnf_time');
    const workaround = source('cnf_time')
      .replace('field cnf(x: [2]; t) {', 'field cnf(z: [3]) {\n  let x = [z[0], z[1]]\n  let t = z[2]')
      .replace('return W3 @ concat(h2, t) + b3', 'return concat(W3 @ concat(h2, t) + b3, 0)');
    const t = analyze(workaround, { lowering: 'tensor' }).stats!;
    expect(t.lowering!.directions).toBe('input directions, structural zeros skipped');
    // 9,452 operations a point before (3 directions), 7,177 now; 7,047 with t a condition
    expect(t.divergence.perPoint).toBeLessThan(7500);
    const { values } = fAt(workaround, 'tensor', ref.params);
    const [kt, ks] = [await load(compile(workaround, { lowering: 'tensor' }).wasm!, { backend: 'wasm' }), await load(compile(workaround, { lowering: 'scalar' }).wasm!, { backend: 'wasm' })];
    for (const k of [kt, ks]) k.setParams(ref.params);
    const rows = ref.points.map((p, i) => [...p, ref.conditions!.t![i] as number]);
    const [a, b] = [await kt.evaluate(rows), await ks.evaluate(rows)];
    rows.forEach((row, i) => {
      expect(Math.abs(a.divergence[i]! - b.divergence[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b.divergence[i]!)));
      expect(Math.abs(a.divergence[i]! - ref.divergence[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, ref.scale[i]!));
      expect(Math.abs(fdDivergence(values, row, 3) - a.divergence[i]!)).toBeLessThan(1e-6);
    });
    kt.dispose(); ks.dispose();
  });
});

describe('the runtime takes conditions once or per point', () => {
  const ref = reference('diffusion_score');

  it('one value for the batch equals that value given per point, and k.conditions names them', async () => {
    const k = await load(compile(source('diffusion_score')).wasm!, { backend: 'wasm' });
    k.setParams(ref.params);
    expect(k.conditions).toEqual([{ name: 't', shape: [] }]);
    const once = await k.evaluate(ref.points, { conditions: { t: 0.3 } });
    const each = await k.evaluate(ref.points, { conditions: { t: ref.points.map(() => 0.3) } });
    expect(Array.from(once.divergence)).toEqual(Array.from(each.divergence));
    expect(Array.from(once.values)).toEqual(Array.from(each.values));
    // and t matters: another t, other values
    const other = await k.divergence(ref.points, { conditions: { t: 0.9 } });
    expect(Array.from(other)).not.toEqual(Array.from(once.divergence));
    k.dispose();
  });

  it('a [k] condition: k numbers once, n rows of k, or n * k flat', async () => {
    const k = await load(compile(SMALL).wasm!, { backend: 'wasm' });
    expect(k.conditions).toEqual([{ name: 't', shape: [] }, { name: 'c', shape: [2] }]);
    const points = [[0.3, -1.2], [1.5, 0.25], [-0.5, 2]];
    const once = await k.evaluate(points, { conditions: { t: 0.7, c: [2, -0.5] } });
    const rows = await k.evaluate(points, { conditions: { t: [0.7, 0.7, 0.7], c: [[2, -0.5], [2, -0.5], [2, -0.5]] } });
    const flat = await k.evaluate(points, { conditions: { t: 0.7, c: new Float64Array([2, -0.5, 2, -0.5, 2, -0.5]) } });
    expect(Array.from(rows.values)).toEqual(Array.from(once.values));
    expect(Array.from(flat.values)).toEqual(Array.from(once.values));
    // f0 = x sin(t) y + c0 at the first point
    expect(once.values[0]).toBeCloseTo(0.3 * Math.sin(0.7) * -1.2 + 2, 14);
    k.dispose();
  });

  it.each([
    ['missing', {}, "condition 't' of 'score' missing: pass { conditions: { t: ... } }"],
    ['unknown', { t: 0.5, s: 1 }, "'score' has no condition 's' (its conditions: t)"],
    ['a wrong count', { t: [0.1, 0.2] }, "condition 't' has shape a scalar: expected one number, or 24 (one per point), got 2"],
    ['not a number', { t: 'soon' }, "condition 't' must be a number or an array of numbers, got string"],
    ['a string inside', { t: ref.points.map((_, i) => (i === 3 ? 'x' : 0.5)) }, "condition 't'[3] is not a number (string)"],
  ] as const)('refuses %s with a DivcError naming it', async (_what, conditions, message) => {
    const k = await load(compile(source('diffusion_score')).wasm!, { backend: 'wasm' });
    k.setParams(ref.params);
    await expect(k.evaluate(ref.points, { conditions } as never)).rejects.toThrow(DivcError);
    await expect(k.divergence(ref.points, { conditions } as never)).rejects.toThrow(message);
    k.dispose();
  });

  it('a field without conditions refuses one', async () => {
    const k = await load(compile(source('lorenz')).wasm!, { backend: 'wasm' });
    await expect(k.divergence([[1, 2, 3]], { conditions: { t: 1 } })).rejects.toThrow("'lorenz' takes no conditions, got condition 't'");
    expect(k.conditions).toEqual([]);
    k.dispose();
  });

  it('artifacts: format 3 with conditions, 2 without (older runtimes still run those)', () => {
    expect(compile(source('diffusion_score')).metadata!.format).toBe(3);
    expect(compile(source('diffusion_score')).metadata!.conditions).toEqual([{ name: 't', shape: [], offset: 2, size: 1 }]);
    expect(compile(source('diffusion_score')).metadata!.entries.evaluate!.inputs).toEqual([{ name: 'points', width: 3 }]);
    expect(compile(source('lorenz')).metadata!.format).toBe(2);
    expect(compile(source('lorenz')).metadata!.conditions).toBeUndefined();
  });
});

describe('diagnostics', () => {
  const messages = (src: string) => analyze(src, { filename: 'f.div' }).diagnostics.map((d) => formatDiagnostic(d, src));

  it.each([
    ['a time beside a vector state points to conditions', 'field cnf(x: [2], t) = x * t', "time, go after a ';' as conditions: field cnf(x: [D]; t)"],
    ['a condition named twice', 'field f(x; t, t) = (x * t)', "f.div:1:15: error: condition 't' is declared twice [E0108]"],
    ['a condition named like an input', 'field f(x, y; y) = (x, y)', "f.div:1:15: error: condition 'y' is declared twice [E0108]"],
    ['a matrix condition', 'field f(x; m: [2, 2]) = (x)', "f.div:1:12: error: condition 'm' must be a scalar or a non-empty vector [k], got [2, 2] [E0208]"],
    ['grad with respect to a param still refused', 'param k = 1\nfield f(x; t) = (grad(k * x * t, k))', "not 'k'"],
  ])('%s', (_what, src, expected) => {
    expect(messages(src).join('\n')).toContain(expected);
  });

  it('conditions parse with scalar and vector state alike, and with no conditions after the `;`', () => {
    expect(analyze('field f(x, y; t) = (x * t, y)').diagnostics).toEqual([]);
    expect(analyze('field f(x: [3]; t, c: [4]) = x * (t + sum(c))').diagnostics).toEqual([]);
    expect(analyze('field f(x, y;) = (x, y)').diagnostics).toEqual([]);
  });
});
