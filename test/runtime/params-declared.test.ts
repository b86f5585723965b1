// One set of params for a file of several fields (issue 13 item 8, the runtime half): setParams
// ignores params the file declares but this field does not use, still refuses names the file
// does not declare, and k.params follows the declaration order, at both lowerings.
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';

// energy uses b before W (its slot order), charge uses Kq alone
const SOURCE = 'param W: [2, 2]\nparam Kq\nparam b: [2]\nfield energy(x: [2]) = tanh(b + W @ x)\nfield charge(x: [2]) = Kq * x\n';
const ALL = { W: [[1, 0], [0, 1]], Kq: 2, b: [0, 0] };

describe('params declared in the file but unused by the field', () => {
  it.each(['scalar', 'tensor'] as const)('%s lowering: the artifact lists them, setParams ignores them, k.params is in declaration order', async (lowering) => {
    const energy = compile(SOURCE, { field: 'energy', lowering });
    expect(energy.diagnostics).toEqual([]);
    expect(energy.stats!.lowering!.kind).toBe(lowering);
    expect(energy.metadata!.declared).toEqual(['W', 'Kq', 'b']);
    expect(energy.metadata!.params.map((p) => p.name)).toEqual(['b', 'W']); // slots: first use
    const k = await load(energy.wasm!, { backend: 'wasm', threads: 1 });
    expect(k.params.map((p) => p.name)).toEqual(['W', 'b']);
    k.setParams(ALL);
    expect((await k.divergence([[0, 0]]))[0]).toBe(2); // div tanh(x) at 0
    expect(() => k.setParams({ Kx: 1 })).toThrow("unknown param 'Kx': field 'energy' has params W, b");
    k.dispose();
  });

  it('the other field takes the same params', async () => {
    const charge = compile(SOURCE, { field: 'charge' });
    const k = await load(charge.wasm!, { backend: 'wasm', threads: 1 });
    k.setParams(ALL);
    expect((await k.divergence([[0, 0]]))[0]).toBe(4);
    k.dispose();
  });
});
