// Three independent routes to div f agree on every shared field: the reference interpreter on
// the optimized IR, the wasm SIMD kernel, and central finite differences of f (interpreted).
// A field's conditions (its time, say) are held at each point's value: differences along the
// state alone, since the divergence does not differentiate them.
import { describe, expect, it } from 'vitest';
import { analyze, compile, interpret } from '../../compiler/index.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import { load } from '../../runtime/index.js';
import { FIELDS, conditionsOf, paramSlots, reference, rowOf, source } from '../support/helpers.js';

/** Central differences of sum_i f_i along x_i, step scaled to the coordinate. */
function finiteDifferenceDivergence(f: (x: number[]) => number[], x: number[]): number {
  let div = 0;
  x.forEach((xi, i) => {
    const h = 1e-5 * Math.max(1, Math.abs(xi));
    const plus = [...x], minus = [...x];
    plus[i] = xi + h;
    minus[i] = xi - h;
    div += (f(plus)[i]! - f(minus)[i]!) / (plus[i]! - minus[i]!);
  });
  return div;
}

// fields lowered with tensors (networks): their interpreter is the tensor level's
const SCALAR = FIELDS.filter((name) => analyze(source(name)).stats!.lowering!.kind === 'scalar');
const TENSOR = FIELDS.filter((name) => !SCALAR.includes(name));

describe.each(TENSOR)('%s (tensor level)', (name) => {
  const ref = reference(name);
  const { f, evaluate } = analyze(source(name)).tensor!;
  const params = paramSlots(evaluate.params, ref.params);
  const run = tensorInterpreter(evaluate, params);
  const order = evaluate.conditions?.map((c) => c.name) ?? [];
  const row = (i: number) => rowOf(ref, i, order), rest = (i: number) => row(i).slice(ref.dim);

  it('interpreter matches wasm f64 bit for bit', async () => {
    const kernel = await load(compile(source(name)).wasm!);
    kernel.setParams(ref.params);
    const wasm = await kernel.evaluate(ref.points, conditionsOf(ref));
    ref.points.forEach((_, i) => {
      const r = run(row(i));
      expect(wasm.divergence[i]).toBe(r.divergence);
      r.values.forEach((v, c) => expect(wasm.values[i * ref.dim + c]).toBe(v));
    });
  });

  it('interpreter matches central finite differences', () => {
    const fAt = tensorInterpreter(f, params);
    ref.points.forEach((p, i) => {
      const fd = finiteDifferenceDivergence((x) => fAt([...x, ...rest(i)]).values, p);
      expect(Math.abs(fd - run(row(i)).divergence!) / Math.max(1, ref.scale[i]!)).toBeLessThan(1e-5);
    });
  });
});

describe.each(SCALAR)('%s', (name) => {
  const ref = reference(name);
  const a = analyze(source(name), { filename: `${name}.div` });
  const { f, evaluate } = a.programs!;
  const params = paramSlots(evaluate.params, ref.params);
  const order = evaluate.conditions?.map((c) => c.name) ?? [];
  const row = (i: number) => rowOf(ref, i, order), rest = (i: number) => row(i).slice(ref.dim);

  it('interpreter matches wasm f64 bit for bit', async () => {
    const kernel = await load(compile(source(name)).wasm!);
    kernel.setParams(ref.params);
    const wasm = await kernel.evaluate(ref.points, conditionsOf(ref));
    ref.points.forEach((_, i) => {
      const r = interpret(evaluate, row(i), params);
      expect(wasm.divergence[i]).toBe(r.divergence);
      r.values.forEach((v, c) => expect(wasm.values[i * ref.dim + c]).toBe(v));
    });
  });

  it('interpreter matches central finite differences', () => {
    ref.points.forEach((p, i) => {
      const fd = finiteDifferenceDivergence((x) => interpret(f, [...x, ...rest(i)], params).values, p);
      const exact = interpret(evaluate, row(i), params).divergence!;
      expect(Math.abs(fd - exact) / Math.max(1, ref.scale[i]!)).toBeLessThan(1e-5);
    });
  });

  it('the optimizer changes no result beyond rounding', () => {
    const plain = analyze(source(name), { optimize: false }).programs!.evaluate;
    ref.points.forEach((_, i) => {
      const x = interpret(evaluate, row(i), params).divergence!;
      const y = interpret(plain, row(i), paramSlots(plain.params, ref.params)).divergence!;
      expect(Math.abs(x - y) / Math.max(1, ref.scale[i]!)).toBeLessThan(1e-12);
    });
  });
});
