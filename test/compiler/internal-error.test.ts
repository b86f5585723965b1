// A crash in the code generator (issue 13 item 7): binaryen throws non-Errors (a C++ exception is
// a number or a bare object, which printed as "internal compiler error: [object Object]"). Out of
// memory, it is the field's size meeting binaryen's heap: compile() returns diagnostic E0403 with
// the size and the limit instead of throwing the raw object; anything else it throws is an Error
// whose message says what was thrown.
import { describe, expect, it, vi } from 'vitest';
import { compile, formatDiagnostic } from '../../compiler/index.js';
import { emitWasm } from '../../compiler/backend/wasm.js';
import { emitTensorWasm } from '../../compiler/backend/tensor/wasm.js';
import { describeThrown } from '../../compiler/internal-error.js';

vi.mock('../../compiler/backend/wasm.js', async (original) => {
  const m = await original<typeof import('../../compiler/backend/wasm.js')>();
  return { ...m, emitWasm: vi.fn(m.emitWasm) };
});
vi.mock('../../compiler/backend/tensor/wasm.js', async (original) => {
  const m = await original<typeof import('../../compiler/backend/tensor/wasm.js')>();
  return { ...m, emitTensorWasm: vi.fn(m.emitTensorWasm) };
});

const NET = 'const D = 4\nparam W1: [8, D]\nparam W2: [D, 8]\n\nfield net(x: [D]) = W2 @ tanh(W1 @ x)\n';

describe('the code generator running out of memory', () => {
  it.each(['scalar', 'tensor'] as const)('%s lowering: a diagnostic at the field with its size and the limit, not a thrown object', (lowering) => {
    const emit = lowering === 'scalar' ? vi.mocked(emitWasm) : vi.mocked(emitTensorWasm);
    emit.mockImplementationOnce(() => { throw { ptr: 5246464 }; }); // what binaryen's C++ exception looks like
    const out = compile(NET, { lowering, filename: 'net.div' });
    expect(out.wasm).toBeUndefined();
    expect(out.diagnostics).toHaveLength(1);
    const ops = out.stats!.divergence.perPoint + out.stats!.divergence.perBatch;
    const text = formatDiagnostic(out.diagnostics[0]!, NET);
    expect(text).toContain(`net.div:5:7: error: field 'net' is too large to generate code for: its kernel has ${ops} operations`);
    expect(text).toContain('ran out of its memory (limit 4 GiB)');
    expect(text).toContain('[E0403]');
    expect(text.includes('--lowering tensor')).toBe(lowering === 'scalar');
    // binaryen aborting on OOM throws a RuntimeError: the same diagnostic
    emit.mockImplementationOnce(() => { throw new WebAssembly.RuntimeError('Aborted(OOM)'); });
    expect(compile(NET, { lowering }).diagnostics[0]!.code).toBe('E0403');
  });

  it('any other failure is thrown as an Error that says what it was', () => {
    vi.mocked(emitWasm).mockImplementationOnce(() => { throw new TypeError('a bug'); });
    expect(() => compile(NET, { lowering: 'scalar' })).toThrow('a bug');
    expect(compile(NET, { lowering: 'scalar' }).wasm).toBeDefined(); // the mock is spent
  });

  it('describes what was thrown, never as [object Object]', () => {
    expect(describeThrown({ ptr: 12 })).toBe('a thrown Object {"ptr":12}, not an Error');
    expect(describeThrown(5246464)).toContain('a C++ exception from binaryen (exception pointer 5246464)');
    expect(describeThrown(Object.create(null))).toBe('a thrown object, not an Error');
    expect(describeThrown(new RangeError('x'))).toMatch(/^RangeError: x\n\s+at /);
  });
});
