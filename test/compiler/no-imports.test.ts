// Every artifact imports nothing: all builtins are computed inside the kernel (compiler/math/),
// in both lowerings and precisions; the runtime refuses artifacts of older divc
// versions that imported JavaScript's Math, with advice to recompile.
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';
import { EVERY_BUILTIN } from '../support/every-builtin.js';

describe('artifacts import nothing', () => {
  for (const lowering of ['scalar', 'tensor'] as const) {
    for (const precision of ['f64', 'f32'] as const) {
      it(`${lowering} lowering, ${precision}`, () => {
        const out = compile(EVERY_BUILTIN, { precision, lowering });
        expect(out.diagnostics).toEqual([]);
        expect(WebAssembly.Module.imports(new WebAssembly.Module(out.wasm!))).toEqual([]);
      });
    }
  }
});

describe('artifacts of older divc versions', () => {
  it('are refused with advice to recompile', async () => {
    // an artifact as divc 0.1 built it: the same module plus an import of Math.sin from 'm'
    const out = compile('field f(x) = (x)', { precision: 'f64' });
    const bytes = withImport(out.wasm!);
    expect(WebAssembly.Module.imports(new WebAssembly.Module(bytes))).toEqual([{ module: 'm', name: 'sin', kind: 'function' }]);
    await expect(load(bytes)).rejects.toThrow(/imports m\.sin: it was built by an older divc.*Recompile it/);
  });
});

/** A module that imports m.sin (f64 -> f64), with the metadata of `wasm`. */
function withImport(wasm: Uint8Array): Uint8Array {
  // rewriting the module would shift every function index: a minimal module importing m.sin and
  // carrying the artifact's metadata is what the runtime sees of an old artifact before running it
  const meta = WebAssembly.Module.customSections(new WebAssembly.Module(wasm), 'divc')[0]!;
  const name = new TextEncoder().encode('divc');
  const payload = new Uint8Array([name.length, ...name, ...new Uint8Array(meta)]);
  const custom = new Uint8Array([0, ...leb(payload.length), ...payload]);
  const head = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const types = [0x01, 0x06, 0x01, 0x60, 0x01, 0x7c, 0x01, 0x7c]; // (f64) -> f64
  const imports = [0x02, 0x09, 0x01, 0x01, 0x6d, 0x03, 0x73, 0x69, 0x6e, 0x00, 0x00]; // m.sin, type 0
  return new Uint8Array([...head, ...types, ...imports, ...custom]);
}

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}
