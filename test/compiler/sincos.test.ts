// sin and cos of one argument come from one native_sincos call in the wasm kernels (one range
// reduction for both): each result must be bit for bit the scalar sin and cos, on both
// reductions (Cody-Waite, and Payne-Hanek above 1.6e6), at special values, f64 and f32 (whose
// kernels have f32 code of their own: native_sincos_f32x4 is tested against compiler/math/trig32.ts).
import { describe, expect, it } from 'vitest';
import { nativeScalar } from '../../compiler/math/registry.js';
import { nativeScalar32 } from '../../compiler/math/registry32.js';
import { compile } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';

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

  it('f32: the f32x4 code is f32 arithmetic, with f64 only in the reduction', () => {
    const wat = compile(source, { text: true, precision: 'f32' }).wat!;
    expect(wat).toContain('call $native_sincos_f32x4');
    const body = wat.slice(wat.indexOf('(func $native_sincos_f32x4'));
    const fn = body.slice(0, body.indexOf('\n (func', 1) > 0 ? body.indexOf('\n (func', 1) : undefined);
    expect(fn).toContain('f32x4.mul');
    expect(fn).toContain('f64x2.promote_low_f32x4');
    // the f64 functions only for huge arguments, behind a branch
    expect(fn).toMatch(/\(if[\s\S]*call \$native_(sin|cos)_f64x2/);
  });

  it.each(['f64', 'f32'] as const)('%s: values and divergence equal the scalar sin and cos', async (precision) => {
    const out = compile(source, { precision });
    expect(out.diagnostics).toEqual([]);
    const k = await load(out.wasm!, { backend: 'wasm' });
    const pts = X.flatMap((x, i) => [x, X[(i * 7 + 3) % X.length]!]);
    const r = await k.evaluate(pts);
    const round = precision === 'f64' ? (v: number) => v : Math.fround;
    // f32 kernels run f32 code of their own (compiler/math/trig32.ts), f64 above 1.6e6, rounded
    const { sin, cos } = precision === 'f64' ? nativeScalar : nativeScalar32;
    X.forEach((x0, i) => {
      const x = round(x0), y = round(pts[2 * i + 1]!);
      const want = [round(sin(x) * 2), round(round(cos(y)) + round(sin(y)))];
      const div = round(round(round(cos(x)) * 2) + round(round(cos(y)) - round(sin(y))));
      expect([r.values[2 * i], r.values[2 * i + 1]], `f at (${x}, ${y})`).toEqual(want);
      if (precision === 'f64') expect(r.divergence[i], `div at (${x}, ${y})`).toBe(cos(x) * 2 + (cos(y) - sin(y)));
      else expect(r.divergence[i], `div at (${x}, ${y})`).toBe(div);
    });
    k.dispose();
  });
});
