// Golden files: the optimized IR and the WebAssembly text of small fields. A change in these is
// a change in what the compiler emits: review the diff, then update with `vitest -u`.
import { describe, expect, it } from 'vitest';
import { compile } from '../compiler/index.js';
import { source } from './helpers.js';

describe.each(['lorenz', 'taylor_green', 'piecewise'])('%s', (name) => {
  it('IR', async () => {
    const out = compile(source(name), { filename: `${name}.div`, text: true });
    await expect(out.ir).toMatchFileSnapshot(`golden/${name}.ir`);
  });
  it('WAT (f64)', async () => {
    const out = compile(source(name), { filename: `${name}.div`, text: true });
    await expect(out.wat).toMatchFileSnapshot(`golden/${name}.f64.wat`);
  });
});

describe.each(['lorenz', 'piecewise'])('%s', (name) => {
  it('WGSL', async () => {
    const out = compile(source(name), { filename: `${name}.div` });
    await expect(out.wgsl).toMatchFileSnapshot(`golden/${name}.wgsl`);
  });
});

it('WAT (f32) of lorenz', async () => {
  const out = compile(source('lorenz'), { precision: 'f32', text: true });
  await expect(out.wat).toMatchFileSnapshot('golden/lorenz.f32.wat');
});
