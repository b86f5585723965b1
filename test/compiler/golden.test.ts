// Golden files: the optimized IR and the WebAssembly text of small fields. A change in these is
// a change in what the compiler emits: review the diff, then update with `vitest -u`.
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, source } from '../support/helpers.js';

describe.each(['lorenz', 'taylor_green', 'piecewise'])('%s', (name) => {
  it('IR', async () => {
    const out = compile(source(name), { filename: `${name}.div`, text: true });
    await expect(out.ir).toMatchFileSnapshot(`../golden/${name}.ir`);
  });
  it('WAT (f64)', async () => {
    const out = compile(source(name), { filename: `${name}.div`, text: true });
    await expect(out.wat).toMatchFileSnapshot(`../golden/${name}.f64.wat`);
  });
});

describe.each(['lorenz', 'piecewise'])('%s', (name) => {
  it('WGSL', async () => {
    const out = compile(source(name), { filename: `${name}.div` });
    await expect(out.wgsl).toMatchFileSnapshot(`../golden/${name}.wgsl`);
  });
});

it('WAT (f32) of lorenz', async () => {
  const out = compile(source('lorenz'), { precision: 'f32', text: true });
  await expect(out.wat).toMatchFileSnapshot('../golden/lorenz.f32.wat');
});

describe('two_layer (matrix products)', () => {
  const src = readFileSync(join(ROOT, 'test/fixtures/golden-src/two_layer.div'), 'utf8');
  it('IR', async () => {
    await expect(compile(src, { filename: 'two_layer.div', text: true }).ir).toMatchFileSnapshot('../golden/two_layer.ir');
  });
  it('WGSL: matrix products as loops', async () => {
    await expect(compile(src, { filename: 'two_layer.div' }).wgsl).toMatchFileSnapshot('../golden/two_layer.wgsl');
  });
});

it("mlp2's WGSL stays small enough for GPU compilers (its products are loops)", () => {
  // Straight-line, it was 47,700 lines, which neither lavapipe nor NVIDIA's driver compiled
  // within minutes; with loops it is about 2,100 (pipeline in ~13 s on lavapipe).
  // (by default mlp2 is now lowered with tensors, whose kernels have no WGSL yet: the unrolled one)
  const wgsl = compile(source('mlp2'), { precision: 'f32', lowering: 'scalar' }).wgsl!;
  expect(wgsl.split('\n').length).toBeLessThan(3000);
  expect(wgsl.match(/for \(var k/g)!.length).toBeGreaterThan(300);
}, 400_000); // the scalar lowering of mlp2: about 16 s alone, 52 s beside another test file under load

describe('two_layer at the tensor level (loops over weights)', () => {
  const src = readFileSync(join(ROOT, 'test/fixtures/golden-src/two_layer.div'), 'utf8');
  const out = compile(src, { filename: 'two_layer.div', text: true, lowering: 'tensor' });
  it('tensor IR: the trace contracted per batch (W1 W3, the Hadamard product), one matvec per point', async () => {
    await expect(out.ir).toMatchFileSnapshot('../golden/two_layer.tensor.ir');
  });
  it('WGSL: loops over weights in storage buffers', async () => {
    await expect(out.wgsl).toMatchFileSnapshot('../golden/two_layer.tensor.wgsl');
  });
});

describe('potential_two_layer at the tensor level', () => {
  const src = readFileSync(join(ROOT, 'test/fixtures/golden-src/potential_two_layer.div'), 'utf8');
  it("tensor IR: grad U and the Laplacian by the forward Laplacian (U's graph once: W2's product with the [6, 3] tangent, W1's squared row norms per batch)", async () => {
    await expect(compile(src, { filename: 'potential_two_layer.div', text: true, lowering: 'tensor' }).ir).toMatchFileSnapshot('../golden/potential_two_layer.tensor.ir');
  });
});
