// softplus and sigmoid of one argument come from one native call in the wasm kernels (one e^-|x|
// for both: f + div f of a softplus layer takes softplus z and its derivative sigmoid z), at the
// scalar level (straight-line code, as sin and cos: sincos.test.ts) and at the loop level (the
// pair computed in one loop, both stored: backend/tensor/fusion.ts pairedMaps). Each result must
// be bit for bit the scalar softplus and sigmoid, f64 and f32, special values included.
import { describe, expect, it } from 'vitest';
import { nativeScalar } from '../../compiler/math/registry.js';
import { nativeScalar32 } from '../../compiler/math/registry32.js';
import { analyze, compile } from '../../compiler/index.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import { load } from '../../runtime/index.js';
import { paramSlots, random } from '../support/helpers.js';

const X: number[] = [0, -0, NaN, Infinity, -Infinity, 5e-324, -1e-310, 1e-8, -1e-8, 19.5, -19.5, 36.7, -36.7, 709, -709, 745.2, -745.2, 1e300, -1e300];
for (let x = -40; x <= 40; x += 0.0731) X.push(x);

describe('softplus and sigmoid of one argument, one e^-|x|', () => {
  // f = softplus(x): div f = sigmoid(x), both in the evaluate entry
  const source = 'field f(x) = softplus(x)';

  it.each(['f64', 'f32'] as const)('%s: straight-line code calls the pair, and its results are the scalar softplus and sigmoid, bit for bit', async (precision) => {
    const out = compile(source, { precision, text: true });
    const lane = precision === 'f64' ? 'f64x2' : 'f32x4';
    expect(out.wat).toContain(`call $native_softplus_sigmoid_${lane}`);
    const k = await load(out.wasm!, { backend: 'wasm' });
    const r = await k.evaluate(X);
    const round = precision === 'f64' ? (v: number) => v : Math.fround;
    const { softplus, sigmoid } = precision === 'f64' ? nativeScalar : nativeScalar32;
    X.forEach((x0, i) => {
      const x = round(x0);
      expect(r.values[i], `softplus(${x})`).toBe(round(softplus(x)));
      expect(r.divergence[i], `sigmoid(${x})`).toBe(round(sigmoid(x)));
    });
    k.dispose();
  });

  const NETS = {
    'a softplus layer': 'param W1: [12, 3]\nparam b1: [12]\nparam W2: [3, 12]\nfield s(x: [3]) = W2 @ softplus(W1 @ x + b1)',
    // sigmoid z first, read by a product before softplus z: the pair goes where the earlier was
    // (placed at the later one's, the product read sigmoid z before it was computed)
    'sigmoid before softplus': 'param W1: [12, 3]\nparam b1: [12]\nparam W2: [3, 12]\nparam W3: [3, 12]\nfield s(x: [3]) {\n  let z = W1 @ x + b1\n  let c = W3 @ sigmoid(z)\n  return W2 @ softplus(z) + c * c\n}',
  };
  const cases = (['f64', 'f32'] as const).flatMap((precision) => Object.keys(NETS).map((name) => [precision, name] as const));

  it.each(cases)('%s, %s: the loop level computes the pair in one loop, and gives the tensor interpreter\'s bits', async (precision, name) => {
    const net = NETS[name as keyof typeof NETS];
    const out = compile(net, { precision, text: true, lowering: 'tensor' });
    const lane = precision === 'f64' ? 'f64x2' : 'f32x4';
    expect(out.wat).toContain(`call $native_softplus_sigmoid_${lane}`);
    const t = analyze(net, { lowering: 'tensor' }).tensor!;
    const r = random(4);
    const params = Object.fromEntries(t.f.params.map((p) => [p.name, Array.from({ length: p.size }, () => 6 * r() - 3)]));
    const slots = paramSlots(t.f.params, params);
    const round = precision === 'f64' ? (v: number) => v : Math.fround;
    const at = tensorInterpreter(t.evaluate, precision === 'f64' ? slots : Array.from(slots, Math.fround), precision === 'f64' ? undefined : Math.fround);
    const points = [...X.slice(0, 60).flatMap((x, i) => [x, X[(i * 5 + 2) % X.length]!, X[(i * 11 + 7) % X.length]!]), ...Array.from({ length: 90 }, () => 8 * r() - 4)];
    const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
    k.setParams(params);
    const got = await k.evaluate(points);
    for (let i = 0; i < points.length / 3; i++) {
      const e = at(points.slice(3 * i, 3 * i + 3).map(round));
      expect(got.divergence[i], `div at point ${i}`).toBe(e.divergence);
      e.values.forEach((v, c) => expect(got.values[3 * i + c], `f${c} at point ${i}`).toBe(v));
    }
    k.dispose();
  });
});
