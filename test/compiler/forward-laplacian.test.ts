// The forward Laplacian (compiler/tensor/forward-laplacian.ts, issue 24): a potential's grad U
// and Laplacian from one forward pass over U, chosen by the measured cost model against
// forward-over-reverse and the contracted forms. Its numbers are checked against central
// differences of grad U, against the other direction modes forced, and the wasm kernel against
// the tensor interpreter; its size against the goal, (min(d, H) + 2) x U's operations.
import { describe, expect, it } from 'vitest';
import { analyze, compile } from '../../compiler/index.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import { tensorDivergence } from '../../compiler/tensor/divergence.js';
import { load } from '../../runtime/index.js';
import { paramSlots, random } from '../support/helpers.js';

const twoLayers = (d: number, h: number, act: string) =>
  `param W1: [${h}, ${d}]\nparam b1: [${h}]\nparam W2: [${h}, ${h}]\nparam b2: [${h}]\nparam w: [${h}]\npotential e(x: [${d}]) = dot(w, ${act}(W2 @ ${act}(W1 @ x + b1) + b2)) + norm2(x) / 2\n`;

const POTENTIALS: Record<string, string> = {
  softplus: twoLayers(5, 12, 'softplus'),
  tanh: twoLayers(4, 10, 'tanh'),
  // two subnetworks multiplied: the cross term of two different tangents
  product: 'param A: [7, 3]\nparam B: [7, 3]\nparam w: [7]\npotential e(x: [3]) = dot(w, tanh(A @ x) * sin(B @ x)) + exp(-norm2(x))',
  // a scalar broadcast into a vector map, a quotient, a norm and a slice
  mixed: 'param W: [6, 3]\nparam w: [6]\npotential e(x: [3]) = dot(w, sigmoid(W @ x) / (1 + x[0] * x[0])) + norm(x + [1, 2, 3]) + x[1] * norm2(x)',
  // a condition: differentiated over the state only
  conditioned: 'param W: [8, 3]\nparam w: [8]\npotential e(x: [2]; t) = dot(w, tanh(W @ [x[0], x[1], t])) * (1 + t * t) + cos(t * x[0])',
  // linear ops on second-order terms: a sum of a linear layer, an element of a nonlinear one, a
  // concatenation with a nonlinear part; relu and abs (structurally zero second partials), a
  // conditional (the branch's terms selected), floor (a zero partial)
  pieces: 'param W: [6, 3]\nparam w: [6]\npotential e(x: [3]) {\n  let z = W @ x\n  let g = if x[0] < 0.2 then x[1] * x[1] else sin(x[1])\n  return dot(w, relu(z)) + sum(z) + tanh(z)[2] * abs(x[0]) + dot(w, W @ [sin(x[0]), x[1] * x[2], x[2]]) + g * floor(3 * x[2]) + cosh(sum(z))\n}',
  // three hidden layers
  deep: 'param W1: [9, 3]\nparam W2: [9, 9]\nparam W3: [9, 9]\nparam w: [9]\npotential e(x: [3]) = dot(w, tanh(W3 @ softplus(W2 @ tanh(W1 @ x))))',
};

function setup(src: string, seed: number) {
  const { tensor } = analyze(src, { lowering: 'tensor' });
  const r = random(seed);
  const values = Object.fromEntries(tensor!.f.params.map((p) => [p.name, Array.from({ length: p.size }, () => (2 * r() - 1) * 0.8)]));
  const slots = paramSlots(tensor!.f.params, values);
  const width = tensor!.f.dim + (tensor!.f.conditions?.reduce((n, c) => n + c.size, 0) ?? 0);
  const points = Array.from({ length: 6 }, () => Array.from({ length: width }, () => 2 * r() - 1));
  return { tensor: tensor!, values, slots, points };
}

describe('the forward Laplacian', () => {
  it.each(Object.keys(POTENTIALS))('%s: the Laplacian is the trace of grad U\'s central differences, and the other modes\' to rounding', (name) => {
    const { tensor, slots, points } = setup(POTENTIALS[name]!, 11);
    const forward = tensorInterpreter(tensorDivergence(tensor.f, 'forward Laplacian'), slots);
    const reverse = tensorInterpreter(tensor.f, slots);
    const byInput = tensorInterpreter(tensorDivergence(tensor.f, 'input directions'), slots);
    const d = tensor.f.dim;
    for (const p of points) {
      const run = forward(p);
      let trace = 0;
      for (let j = 0; j < d; j++) {
        const h = 1e-5, up = [...p], down = [...p];
        up[j]! += h; down[j]! -= h;
        trace += (reverse(up).values[j]! - reverse(down).values[j]!) / (up[j]! - down[j]!);
      }
      const scale = 1 + Math.abs(run.divergence!);
      expect(Math.abs(run.divergence! - trace)).toBeLessThan(1e-6 * scale);
      expect(Math.abs(run.divergence! - byInput(p).divergence!)).toBeLessThan(1e-13 * scale);
      // grad U is U's tangent here, the reverse expansion there
      const g = reverse(p).values;
      run.values.forEach((v, j) => expect(Math.abs(v - g[j]!)).toBeLessThan(1e-13 * (1 + Math.abs(g[j]!))));
    }
  });

  it('is a potential\'s alone: a field forced to it keeps the divergence pass\'s modes; U constant in x gives grad U = 0 and a Laplacian of 0', () => {
    const field = analyze('param W: [6, 3]\nparam V: [3, 6]\nfield f(x: [3]) = V @ tanh(W @ x)', { lowering: 'tensor' }).tensor!;
    expect(tensorDivergence(field.f, 'forward Laplacian').directions).toBe('input directions');
    const { tensor, slots } = setup('param b: [4]\nparam w: [4]\npotential e(x: [2]) = dot(w, tanh(b))', 3);
    const run = tensorInterpreter(tensorDivergence(tensor.f, 'forward Laplacian'), slots)([0.3, -0.2]);
    expect([...run.values, run.divergence]).toEqual([0, 0, 0]);
  });

  it('the wasm kernel gives the tensor interpreter\'s numbers bit for bit (grad U, the Laplacian, U)', async () => {
    const src = twoLayers(5, 12, 'tanh');
    const { tensor, values, slots, points } = setup(src, 5);
    expect(tensor.evaluate.directions).toBe('forward Laplacian');
    const k = await load(compile(src, { lowering: 'tensor' }).wasm!, { backend: 'wasm', threads: 1 });
    k.setParams(values);
    const r = await k.evaluate(Float64Array.from(points.flat()));
    const at = tensorInterpreter(tensor.evaluate, slots);
    points.forEach((p, i) => {
      const e = at(p);
      expect(r.divergence[i]).toBe(e.divergence);
      expect(r.potential![i]).toBe(e.potential);
      e.values.forEach((v, j) => expect(r.values[i * 5 + j]).toBe(v));
    });
    k.dispose();
  });

  it('meets the goal: a two-layer potential\'s Laplacian costs at most (min(d, H) + 2) x U\'s operations, (32; 128 x 2) at most 1.2M (forward-over-reverse: 2.2M)', () => {
    for (const [d, h] of [[16, 64], [32, 128], [4, 64], [128, 32]] as const) {
      for (const act of ['softplus', 'tanh']) {
        const s = compile(twoLayers(d, h, act)).stats!;
        expect(s.divergenceOnly.perPoint).toBeLessThanOrEqual((Math.min(d, h) + 2) * s.potential!.perPoint);
        if (d === 32) {
          expect(s.lowering!.directions).toBe('forward Laplacian');
          expect(s.divergenceOnly.perPoint).toBeLessThanOrEqual(1.2e6);
          const old = compile(twoLayers(d, h, act), { schedule: { directions: 'input directions' } }).stats!;
          expect(old.divergenceOnly.perPoint).toBeGreaterThan(1.8 * s.divergenceOnly.perPoint);
        }
      }
    }
  });

  it('the cost model keeps the contracted forms where they are cheaper: one hidden layer, and d > H (W1\'s 32 columns, not 128 directions)', () => {
    const one = compile('param W: [64, 16]\nparam b: [64]\nparam w: [64]\npotential e(x: [16]) = dot(w, tanh(W @ x + b)) + norm2(x) / 2').stats!;
    expect(one.lowering!.directions).not.toContain('forward Laplacian');
    const wide = compile(twoLayers(128, 32, 'softplus')).stats!;
    expect(wide.lowering!.directions).toContain('columns of the output matrix');
  });
});
