// The divergence pass chooses its directions by measured cost (issue 24): each kind of per-point
// work weighed by what it takes in the loop kernels (compiler/tensor/op-costs.ts, fitted by
// bench/calibrate-costs.ts), not by counted operations, which weigh a transcendental like an add
// and a copy as nothing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/index.js';
import { costFeatures, countTensorOps, measuredCost } from '../../compiler/tensor/cost.js';
import { OP_COSTS } from '../../compiler/tensor/op-costs.js';
import { NERF } from '../../bench/directions.js';

describe('the measured cost model', () => {
  it("counts each kind of a program's per-point work", () => {
    const src = 'param W: [4, 3]\nparam V: [3, 4]\nfield f(x: [3]) {\n  let h = sin(W @ x) / (1 + x[0] * x[0])\n  return V @ h + [x[1], x[2], x[0]]\n}';
    const f = analyze(src, { lowering: 'tensor' }).tensor!.f;
    const c = costFeatures(f);
    expect(c.point).toBe(1);
    expect(c.matrixVector).toBe(4 * 3 + 3 * 4); // W @ x, V @ h: multiply-adds
    expect(c.matrixMatrix).toBe(0);
    expect(c.transcendental).toBe(4); // sin of 4 elements
    expect(c.divide).toBe(4); // h's quotient, broadcast over its 4 elements
    expect(c.move).toBeGreaterThanOrEqual(3); // the permuted x, at least
    expect(measuredCost(f, OP_COSTS)).toBeCloseTo(Object.entries(c).reduce((t, [k, v]) => t + v * OP_COSTS[k as keyof typeof c], 0), 9);
  });

  it('the table is measured: a transcendental costs more than a multiply-add, every weight is positive', () => {
    for (const w of Object.values(OP_COSTS)) expect(w).toBeGreaterThan(0);
    expect(OP_COSTS.transcendental).toBeGreaterThan(10 * OP_COSTS.matrixVector);
  });

  it("a NeRF encoding (36 sin and cos of x in R^3, then 128 ReLU units) takes the input's 3 directions; counted operations chose W2's columns, which ran 1.8x slower", () => {
    const auto = analyze(NERF, { lowering: 'tensor' });
    expect(auto.stats!.lowering!.directions).toBe('input directions');
    const columns = analyze(NERF, { lowering: 'tensor', schedule: { directions: 'columns of the output matrix' } }).tensor!.evaluate;
    const inputs = auto.tensor!.evaluate;
    // what the old model saw, and what the measured one sees
    expect(countTensorOps(columns).perPoint).toBeLessThan(countTensorOps(inputs).perPoint);
    expect(measuredCost(inputs, OP_COSTS)).toBeLessThan(measuredCost(columns, OP_COSTS));
  });

  it('the networks keep the directions they had: output columns for two hidden layers, the input for deep and narrow ones', () => {
    for (const [src, want] of [
      ['const D = 16\nconst H = 64\nparam W1: [H, D]\nparam b1: [H]\nparam W2: [H, H]\nparam b2: [H]\nparam W3: [D, H]\nfield s(x: [D]) {\n  let h1 = softplus(W1 @ x + b1)\n  let h2 = softplus(W2 @ h1 + b2)\n  return W3 @ h2\n}', 'columns of the output matrix'],
      ['const D = 2\nconst H = 64\nparam W1: [H, D]\nparam W2: [H, H]\nparam W3: [H, H]\nparam W4: [D, H]\nfield c(x: [D]) {\n  let h1 = tanh(W1 @ x)\n  let h2 = tanh(W2 @ h1)\n  let h3 = tanh(W3 @ h2)\n  return W4 @ h3\n}', 'input directions'],
    ] as const) expect(analyze(src, { lowering: 'tensor' }).stats!.lowering!.directions).toBe(want);
  });
});
