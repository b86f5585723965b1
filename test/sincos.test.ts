// sin and cos of one argument come from one native_sincos call in the wasm kernels (one range
// reduction for both): each result must be bit for bit the scalar sin and cos, on both
// reductions (Cody-Waite, and Payne-Hanek above 1.6e6), at special values, f64 and f32.
import { describe, expect, it } from 'vitest';
import { nativeScalar } from '../compiler/ir/native-math.js';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';

const X: number[] = [0, -0, NaN, Infinity, -Infinity, 5e-324, -1e-310, 1e-8, 1.6e6, -1.6e6, 1.7976931348623157e308, 6381956970095103 * 2 ** 797];
for (let x = -20; x <= 20; x += 0.0917) X.push(x);
for (let e = 1; e <= 300; e += 3.7) X.push(10 ** e, -(10 ** e) * 1.2345);
for (let k = 1; k < 4e6; k = Math.ceil(k * 2.3)) X.push(k * Math.PI / 2, -k * Math.PI / 4);

describe('sin and cos of one argument, fused', () => {
  // f = (sin x, cos y): div f = cos x - sin y, so both entries hold both pairs
  const source = 'field f(x, y) = (sin(x) * 2, cos(y) + sin(y))';

  it('the WAT calls native_sincos, and native_sin nowhere (each sin has its cos)', () => {
    const out = compile(source, { text: true });
    expect(out.wat).toContain('call $native_sincos_f64x2');
    expect(out.wat).not.toContain('call $native_sin_f64x2');
    expect(out.wat).toContain('call $native_cos_f64x2'); // cos x alone, in the divergence entry
  });

  it.each(['f64', 'f32'] as const)('%s: values and divergence equal the scalar sin and cos', async (precision) => {
    const out = compile(source, { precision });
    expect(out.diagnostics).toEqual([]);
    const k = await load(out.wasm!, { backend: 'wasm' });
    const pts = X.flatMap((x, i) => [x, X[(i * 7 + 3) % X.length]!]);
    const r = await k.evaluate(pts);
    const round = precision === 'f64' ? (v: number) => v : Math.fround;
    const { sin, cos } = nativeScalar;
    X.forEach((x0, i) => {
      const x = round(x0), y = round(pts[2 * i + 1]!);
      // f32 kernels compute each builtin in f64 on the promoted input, then round
      const want = [round(sin(x) * 2), round(round(cos(y)) + round(sin(y)))];
      const div = round(round(round(cos(x)) * 2) + round(round(cos(y)) - round(sin(y))));
      expect([r.values[2 * i], r.values[2 * i + 1]], `f at (${x}, ${y})`).toEqual(want);
      if (precision === 'f64') expect(r.divergence[i], `div at (${x}, ${y})`).toBe(cos(x) * 2 + (cos(y) - sin(y)));
      else expect(r.divergence[i], `div at (${x}, ${y})`).toBe(div);
    });
    k.dispose();
  });
});
