// divc/runtime's load() and the Kernel it gives, in Node: the accepted artifacts, input forms and
// batch sizes, params, lifecycle and worker threads; and misuse: every mistake is a DivcError
// naming the argument or param, never a crash or a wrong number.
import { describe, expect, it } from 'vitest';
import { analyze, compile, interpret } from '../../compiler/index.js';
import { DivcError, load } from '../../runtime/index.js';
import { THREAD_ROUND_POINTS } from '../../runtime/threads.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, paramSlots, reference, source } from '../support/helpers.js';

const lorenzWasm = compile(source('lorenz')).wasm!;
const coulombWasm = compile(source('coulomb')).wasm!;
const gmmWasm = compile(source('gmm_score')).wasm!;

/** A copy of `wasm` whose divc metadata section is replaced by `json`. */
function withMetadata(wasm: Uint8Array, json: string, drop: string[] = []): Uint8Array {
  // Rebuild: drop custom sections named divc, append a new one.
  const out: number[] = [...wasm.subarray(0, 8)];
  let i = 8;
  const readLeb = () => { let r = 0, s = 0, b; do { b = wasm[i++]!; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r; };
  while (i < wasm.length) {
    const start = i;
    const id = wasm[i++]!;
    const size = readLeb();
    const body = i;
    i = body + size;
    if (id === 0) {
      const save = i; i = body; const nameLen = readLeb(); const name = new TextDecoder().decode(wasm.subarray(i, i + nameLen)); i = save;
      if (name === 'divc' || drop.includes(name)) continue;
    }
    out.push(...wasm.subarray(start, i));
  }
  const name = new TextEncoder().encode('divc'), data = new TextEncoder().encode(json);
  const payload = [name.length, ...name, ...data];
  const leb = (n: number) => { const b: number[] = []; do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; b.push(x); } while (n); return b; };
  out.push(0, ...leb(payload.length), ...payload);
  return Uint8Array.from(out);
}

const meta = (wasm: Uint8Array) => JSON.parse(new TextDecoder().decode(WebAssembly.Module.customSections(new WebAssembly.Module(wasm), 'divc')[0]));

describe('load', () => {
  it('describes the kernel', async () => {
    const k = await load(lorenzWasm);
    expect(k.field).toBe('lorenz');
    expect(k.dim).toBe(3);
    expect(k.inputs).toEqual(['x', 'y', 'z']);
    expect(k.backend).toBe('wasm');
    expect(k.params.map((p) => p.name)).toEqual(['sigma', 'rho', 'beta']);
    expect(k.params[0]).toEqual({ name: 'sigma', shape: [], default: 10 });
  });

  it('accepts an ArrayBuffer, a Response and a file URL', async () => {
    const copy = lorenzWasm.slice();
    expect((await load(copy.buffer)).field).toBe('lorenz');
    expect((await load(new Response(copy))).field).toBe('lorenz');
  });

  it.each([
    ['bad magic', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'bad magic number'],
    ['truncated module', lorenzWasm.subarray(0, 40), 'corrupt WebAssembly artifact'],
    ['a foreign wasm module', new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), "no 'divc' metadata section"],
    ['a newer format version', withMetadata(lorenzWasm, JSON.stringify({ ...meta(lorenzWasm), format: 99 })), 'format version 99, newer than this runtime'],
    // format 1 (divc before the entries record): entries as export names, memory.batch in slots
    ['an older format version', withMetadata(lorenzWasm, JSON.stringify({
      ...meta(lorenzWasm), format: 1, prologue: undefined,
      memory: { params: 16, heap: 192, batch: { evaluate: 160, divergence: 176, slots: 2 } },
      entries: { evaluate: 'evaluate', divergence: 'divergence', prologue: 'prologue' },
    })), 'format version 1, older than this runtime reads (2 to 3): recompile it with this divc'],
    ['corrupt metadata', withMetadata(lorenzWasm, '{not json'), 'metadata is not valid JSON'],
    ['incomplete metadata', withMetadata(lorenzWasm, '{"format":2}'), 'incomplete metadata'],
    ['a per-batch descriptor without its offset', withMetadata(lorenzWasm, JSON.stringify({ ...meta(lorenzWasm), memory: { ...meta(lorenzWasm).memory, batch: { count: 5, stride: 16 } } })), 'incomplete metadata'],
    ['metadata without the entries record', withMetadata(lorenzWasm, JSON.stringify({ ...meta(lorenzWasm), entries: { evaluate: 'evaluate', divergence: 'divergence' } })), 'incomplete metadata'],
  ])('rejects %s', async (_name, bytes, message) => {
    await expect(load(bytes)).rejects.toThrow(DivcError);
    await expect(load(bytes)).rejects.toThrow(message);
  });

  it('rejects unknown backends and a missing file', async () => {
    await expect(load(lorenzWasm, { backend: 'cuda' as never })).rejects.toThrow("unknown backend 'cuda'");
    await expect(load(lorenzWasm, { gpuChunkPoints: 0 })).rejects.toThrow('gpuChunkPoints must be an integer from 1 to 16777216, got 0');
    await expect(load(lorenzWasm, { gpuChunkPoints: 1.5 })).rejects.toThrow(DivcError);
    await expect(load('/no/such/file.wasm')).rejects.toThrow('cannot read artifact');
    await expect(load(42 as never)).rejects.toThrow(DivcError);
  });
});

describe('the artifact\'s entries (format 2)', () => {
  it('entries a later divc may add (an entry taking a second input, an unknown name) are ignored: the kernel runs what it knows', async () => {
    const m = meta(lorenzWasm);
    const later = withMetadata(lorenzWasm, JSON.stringify({ ...m, entries: {
      ...m.entries,
      hessian: { export: 'evaluate', inputs: [{ name: 'points', width: 3 }, { name: 'direction', width: 3 }], outputs: [{ name: 'hvp', width: 3 }] },
      // a vjp entry whose rows do not have the width this runtime packs: not used
      vjp: { export: 'evaluate', inputs: [{ name: 'rows', width: 5 }], outputs: [{ name: 'points', width: 3 }] },
      flow: { export: 'divergence', inputs: [{ name: 'points', width: 3 }], outputs: [{ name: 'end', width: 3 }] },
    } }));
    const k = await load(later, { backend: 'wasm', threads: 1 });
    const known = Object.keys((k as unknown as { entries: Record<string, unknown> }).entries).sort();
    // (the flow entry, replaced here by one without its work area, is not among the point entries)
    expect(known).toEqual(Object.keys(m.entries).filter((name) => !name.startsWith('flow') && name !== 'vjp').sort());
    expect((k as unknown as { flowRk4: unknown }).flowRk4).toBeUndefined();
    await expect(k.vjp([[1, 2, 3]], { divergence: 1 })).rejects.toThrow(/no vjp entry/);
    const plain = await load(lorenzWasm, { backend: 'wasm', threads: 1 });
    expect(await k.evaluate([[1, 2, 3]])).toEqual(await plain.evaluate([[1, 2, 3]]));
    k.dispose(); plain.dispose();
  });

  const exportArity = async (wasm: Uint8Array, name: string) => {
    const { instance } = await WebAssembly.instantiate(wasm as Uint8Array<ArrayBuffer>, {});
    return (instance.exports[name] as (...a: number[]) => void).length;
  };

  it.each([['lorenz', 'scalar', 16], ['mlp', 'tensor', 8]] as const)('%s (%s level): one record of entries with named outputs, one per-batch memory descriptor, exports (points, out_0, ..., out_k, n)', async (name, level, stride) => {
    const out = compile(source(name));
    expect(out.stats!.lowering!.kind).toBe(level);
    const m = out.metadata!;
    const d = m.dim;
    const points = [{ name: 'points', width: d }];
    expect(m.prologue).toBe('prologue');
    expect(m.entries).toEqual({
      evaluate: { export: 'evaluate', inputs: points, outputs: [{ name: 'values', width: d }, { name: 'divergence', width: 1 }] },
      divergence: { export: 'divergence', inputs: points, outputs: [{ name: 'divergence', width: 1 }] },
      diagonal: { export: 'diagonal', inputs: points, outputs: [{ name: 'diagonal', width: d }, { name: 'divergence', width: 1 }] },
      // RK4 in the kernel: (points, end, integral, n, work, t0, h, steps), `work` numbers of scratch
      flow: { export: 'flow_rk4', inputs: points, outputs: [{ name: 'end', width: d }, { name: 'integral', width: 1 }], work: expect.any(Number) },
      // Dormand-Prince in the kernel: (points, end, integral, steps, n, work, t0, t1, rtol, atol, maxSteps)
      flow_dopri5: { export: 'flow_dopri5', inputs: points, outputs: [{ name: 'end', width: d }, { name: 'integral', width: 1 }, { name: 'steps', width: 1 }], work: expect.any(Number) },
    });
    expect(m.memory.batch.stride).toBe(stride);
    expect(m.memory.batch.offset).toBeGreaterThanOrEqual(m.memory.params);
    expect(m.memory.batch.offset + m.memory.batch.count * stride).toBeLessThanOrEqual(m.memory.heap);
    expect(Object.keys(m.memory).sort()).toEqual(['batch', 'heap', 'params']);
    for (const [name, e] of Object.entries(m.entries)) expect(await exportArity(out.wasm!, e.export)).toBe(e.outputs.length + (name === 'flow' ? 6 : name === 'flow_dopri5' ? 8 : 2));
    // with vjp (training; scalar level, for now): rows of the point and its cotangents (d + 1), the gradients with respect to the point and each param slot
    if (level === 'scalar') {
      const withVjp = compile(source(name), { vjp: true });
      expect(withVjp.metadata!.entries.vjp).toEqual({ export: 'vjp', inputs: [{ name: 'rows', width: 2 * d + 1 }], outputs: [{ name: 'points', width: d }, { name: 'params', width: 3, summed: true }] });
      await expect(exportArity(withVjp.wasm!, 'vjp')).resolves.toBe(4);
    }
  });

  it.each(['charges_potential', 'mlp_potential'])('%s: evaluate computes U with grad U and the Laplacian in one pass, on one thread and on three', async (name) => {
    const ref = reference(name);
    const out = compile(source(name));
    const m = out.metadata!;
    expect(m.kind).toBe('potential');
    expect(m.entries.evaluate!.outputs).toEqual([{ name: 'values', width: m.dim }, { name: 'divergence', width: 1 }, { name: 'potential', width: 1 }]);
    expect(m.entries.potential!.outputs).toEqual([{ name: 'potential', width: 1 }]);
    expect(await exportArity(out.wasm!, 'evaluate')).toBe(5);
    expect(await exportArity(out.wasm!, 'potential')).toBe(3);
    expect(out.stats!.evaluate!.perPoint).toBeLessThan(out.stats!.divergence.perPoint + out.stats!.potential!.perPoint);
    const n = 40_001;
    // the reference points first, then copies of them moved a little
    const pts = new Float64Array(n * m.dim).map((_, i) => ref.points[Math.floor(i / m.dim) % ref.points.length]![i % m.dim]! * (i < ref.points.length * m.dim ? 1 : 1 + 1e-3 * (i % 7)));
    const results = [];
    for (const threads of [1, 3]) {
      const k = await load(out.wasm!, { backend: 'wasm', threads });
      k.setParams(ref.params);
      const alone = await k.potential(pts);
      // evaluate calls the evaluate entry alone: the U-alone entry (and the divergence-only one) may not run
      const entries = (k as unknown as { entries: Record<string, { fn: () => void }> }).entries;
      entries.potential!.fn = entries.divergence!.fn = () => { throw new Error('a second pass'); };
      const r = await k.evaluate(pts);
      expect(k.threads).toBe(threads);
      expect(Object.keys(r)).toEqual(['values', 'divergence', 'potential']);
      expect(Array.from(r.potential!)).toEqual(Array.from(alone));
      ref.points.forEach((_, i) => expect(Math.abs(r.potential![i]! - ref.potential![i]!) / Math.max(1, Math.abs(ref.potential![i]!))).toBeLessThan(1e-12));
      results.push(r);
      k.dispose();
    }
    for (const key of ['values', 'divergence', 'potential'] as const) expect(Array.from(results[1]![key]!)).toEqual(Array.from(results[0]![key]!));
  });

  it('a field has no potential(): a DivcError says so', async () => {
    const k = await load(lorenzWasm);
    await expect(k.potential([[1, 2, 3]])).rejects.toThrow("potential(): 'lorenz' is not a potential");
  });
});

describe('points', () => {
  it('accepts flat arrays, nested arrays and both typed arrays alike', async () => {
    const k = await load(lorenzWasm);
    const ref = reference('lorenz');
    const nested = await k.evaluate(ref.points);
    const flat = await k.evaluate(ref.points.flat());
    const typed = await k.evaluate(Float64Array.from(ref.points.flat()));
    expect(Array.from(flat.values)).toEqual(Array.from(nested.values));
    expect(Array.from(typed.divergence)).toEqual(Array.from(nested.divergence));
    const f32 = await k.divergence(Float32Array.from(ref.points.flat()));
    expect(f32).toBeInstanceOf(Float64Array);
    expect(f32.length).toBe(ref.points.length);
  });

  it.each([
    [[1, 2, 3, 4], 'expected a multiple of dim = 3 numbers, got 4'],
    [[[1, 2, 3], [1, 2]], 'points[1] should have 3 numbers (x, y, z), got 2'],
    [[1, 2, 'x'], "points[2] is not a number (string)"],
    [[[1, 2, null]], 'points[0][2] is not a number (object)'],
    [new Float64Array(5), 'expected a multiple of dim = 3 numbers, got 5'],
    [null, 'points must be'],
    [42, 'points must be'],
  ])('rejects %j', async (points, message) => {
    const k = await load(lorenzWasm);
    await expect(k.divergence(points as never)).rejects.toThrow(message);
  });

  it('an empty batch gives an empty result', async () => {
    const k = await load(lorenzWasm);
    expect((await k.divergence([])).length).toBe(0);
  });

  it('NaN and infinities propagate instead of failing', async () => {
    const k = await load(coulombWasm);
    const ref = reference('coulomb');
    k.setParams(ref.params);
    const pts = [[NaN, 0, 0], [Infinity, 0, 0], [1e200, 0, 0]];
    const r = await k.evaluate(pts);
    expect(r.divergence.length).toBe(3);
    // IEEE arithmetic, as the interpreter does it: at x = Inf, f0 is (Inf - p) / Inf^3 + Inf^2 =
    // NaN + Inf, f1 and f2 stay finite; at 1e200, r^2 overflows to Inf and div f is Inf - Inf
    expect(Array.from(r.divergence)).toEqual([NaN, NaN, NaN]);
    expect(Array.from(r.values)).toEqual([NaN, NaN, NaN, NaN, 0, 0, Infinity, 0, 0]);
    const evaluate = analyze(source('coulomb')).programs!.evaluate;
    const params = paramSlots(evaluate.params, ref.params);
    pts.forEach((pt, i) => {
      const want = interpret(evaluate, pt, params);
      expect(Object.is(r.divergence[i], want.divergence), `div f at ${pt}`).toBe(true);
      want.values.forEach((v, c) => expect(Object.is(r.values[3 * i + c], v), `f${c} at ${pt}: ${r.values[3 * i + c]} vs ${v}`).toBe(true));
    });
    expect(Array.from(await k.divergence([Infinity, 0, 0]))).toEqual([NaN]); // the divergence-only entry too
  });

  it.each([1, 2, 3, 5, 7, 100, 1001])('chunked runs of %i points per call agree with one call', async (chunkPoints) => {
    const ref = reference('coulomb');
    const big = await load(coulombWasm);
    const small = await load(coulombWasm, { chunkPoints });
    big.setParams(ref.params);
    small.setParams(ref.params);
    const pts = Array.from({ length: 1003 }, (_, i) => ref.points[i % ref.points.length]!.map((v) => v + i * 1e-3));
    const a = await big.evaluate(pts), b = await small.evaluate(pts);
    expect(Array.from(b.divergence)).toEqual(Array.from(a.divergence));
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
  });

  it('runs a batch far larger than its memory in bounded memory', async () => {
    // coulomb: div f differs at every point; 245 chunks of 4096 against one chunk of the whole
    // batch at every point, and the interpreter on a sample
    const ref = reference('coulomb');
    const k = await load(coulombWasm, { chunkPoints: 4096, threads: 1 });
    const whole = await load(coulombWasm, { chunkPoints: 1 << 20, threads: 1 });
    for (const c of [k, whole]) c.setParams(ref.params);
    const n = 1_000_003;
    const pts = new Float64Array(n * 3).map((_, i) => 3 * Math.sin(i * 0.731));
    const before = (k as unknown as { memory: WebAssembly.Memory }).memory.buffer.byteLength;
    const d = await k.divergence(pts);
    expect(d.length).toBe(n);
    expect((k as unknown as { memory: WebAssembly.Memory }).memory.buffer.byteLength).toBe(before);
    const one = await whole.divergence(pts);
    let differing = 0;
    for (let i = 0; i < n; i++) if (!Object.is(d[i], one[i])) differing++;
    expect(differing).toBe(0);
    const program = analyze(source('coulomb')).programs!.divergence;
    const params = paramSlots(program.params, ref.params);
    for (let i = 0; i < n; i += 4099) expect(d[i], `point ${i}`).toBe(interpret(program, pts.subarray(3 * i, 3 * i + 3), params).divergence);
    expect(d[n - 1]).toBe(interpret(program, pts.subarray(3 * n - 3), params).divergence);
    k.dispose();
    whole.dispose();
  });
});

describe('a 1e8-point f32 batch', () => {
  it('runs in the kernel\'s fixed memory (1.2 GB of points in, 0.4 GB out)', async () => {
    // div f = x + y + z, different at each of the P points that repeat (P prime: no chunk or
    // lane count is a multiple of it): every result is checked against its point's
    const src = 'field s(x, y, z) = (x * y, y * z, z * x)';
    const k = await load(compile(src, { precision: 'f32' }).wasm!, { backend: 'wasm' });
    const memory = () => (k as unknown as { memory: WebAssembly.Memory }).memory.buffer.byteLength;
    const before = memory();
    const n = 100_000_000, P = 1009;
    const pts = new Float32Array(3 * n);
    for (let i = 0; i < 3 * P; i++) pts[i] = 4 * Math.sin(i * 1.37);
    for (let filled = 3 * P; filled < pts.length; filled *= 2) pts.copyWithin(filled, 0, Math.min(filled, pts.length - filled));
    const d = await k.divergence(pts);
    expect(d).toBeInstanceOf(Float32Array);
    expect(d.length).toBe(n);
    expect(memory()).toBe(before);
    // the first P results: the interpreter in emulated f32, bit for bit; every later one: the
    // same bits as the result P points before it (one comparison of the two byte ranges)
    const program = analyze(src).programs!.divergence;
    const want = Float32Array.from({ length: P }, (_, i) => interpret(program, pts.subarray(3 * i, 3 * i + 3), [], Math.fround).divergence!);
    expect(new Set(want).size).toBeGreaterThan(P - 10);
    expect(Array.from(d.subarray(0, P))).toEqual(Array.from(want));
    const bytes = (from: number, to: number) => Buffer.from(d.buffer, d.byteOffset + 4 * from, 4 * (to - from));
    expect(bytes(P, n).equals(bytes(0, n - P))).toBe(true);
    k.dispose();
  }, 120_000);
});

describe('params', () => {
  it('takes nested arrays or flat typed arrays, and changes results between batches', async () => {
    const k = await load(lorenzWasm);
    expect((await k.divergence([1, 2, 3]))[0]).toBeCloseTo(-(10 + 1 + 8 / 3), 14);
    k.setParams({ sigma: 1, beta: 2 });
    expect((await k.divergence([1, 2, 3]))[0]).toBe(-4);
    const c = await load(coulombWasm);
    const ref = reference('coulomb');
    c.setParams(ref.params);
    const nested = await c.divergence(ref.points);
    c.setParams({ p: Float64Array.from((ref.params.p as number[][]).flat()), q: Float32Array.from(ref.params.q as number[]) });
    const flat = await c.divergence(ref.points);
    expect(Array.from(flat)).toHaveLength(nested.length);
    flat.forEach((v, i) => expect(Math.abs(v - nested[i]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(nested[i]!))));
  });

  it('reports a missing param by name', async () => {
    const c = await load(coulombWasm);
    await expect(c.divergence([1, 2, 3])).rejects.toThrow("params 'q', 'p' have no value");
  });

  it('lists missing params in the order the file declares them, as k.params does', async () => {
    // the artifact's slots are in order of first use (W3 first here): not the order to show
    const k = await load(compile(`param W1: [8, 3]
param b1: [8]
param W2: [8, 8]
param b2: [8]
param W3: [3, 8]
param b3: [3]
field net(x: [3]) = W3 @ tanh(W2 @ tanh(W1 @ x + b1) + b2) + b3`).wasm!);
    expect(k.params.map((p) => p.name)).toEqual(['W1', 'b1', 'W2', 'b2', 'W3', 'b3']);
    await expect(k.divergence([1, 2, 3])).rejects.toThrow("params 'W1', 'b1', 'W2', 'b2', 'W3', 'b3' have no value: call setParams({ W1: ... }) first");
    k.setParams({ W1: new Float64Array(24), b2: new Float64Array(8) });
    await expect(k.divergence([1, 2, 3])).rejects.toThrow("params 'b1', 'W2', 'W3', 'b3' have no value: call setParams({ b1: ... }) first");
  });

  it.each([
    [{ sigm: 1 }, "unknown param 'sigm': field 'lorenz' has params sigma, rho, beta"],
    [{ sigma: [1, 2] }, "param 'sigma' expects a scalar"],
    [{ sigma: 'x' }, "param 'sigma' expects a scalar, got string"],
    [{ sigma: new Float64Array(2) }, "param 'sigma' has shape a scalar (1 numbers), got a typed array of 2"],
  ])('rejects %j', async (params, message) => {
    const k = await load(lorenzWasm);
    expect(() => k.setParams(params as never)).toThrow(message);
  });

  it('rejects wrong param shapes, naming the param', async () => {
    const c = await load(coulombWasm);
    expect(() => c.setParams({ p: [[1, 2, 3]] })).toThrow("param 'p' has shape [8, 3]");
    expect(() => c.setParams({ p: Array.from({ length: 8 }, () => [1, 2]) })).toThrow("'p'[0] should have 3 entries, got 2");
    expect(() => c.setParams({ q: [1, 2, 3, 4, 5, 6, 7, 'x'] })).toThrow("param 'q'[7] must be a number");
    expect(() => c.setParams(null as never)).toThrow('setParams expects an object');
  });

  it('a rejected setParams changes nothing', async () => {
    const k = await load(lorenzWasm);
    expect(() => k.setParams({ sigma: 1, beta: [1] as never })).toThrow(DivcError);
    expect((await k.divergence([1, 2, 3]))[0]).toBeCloseTo(-(10 + 1 + 8 / 3), 14);
  });

  it('NaN params are allowed and propagate', async () => {
    const k = await load(lorenzWasm);
    k.setParams({ sigma: NaN });
    expect(Number.isNaN((await k.divergence([1, 2, 3]))[0])).toBe(true);
  });
});

describe('lifecycle', () => {
  it('refuses use after dispose', async () => {
    const k = await load(lorenzWasm);
    k.dispose();
    await expect(k.divergence([1, 2, 3])).rejects.toThrow("kernel 'lorenz' has been disposed");
    expect(() => k.setParams({ sigma: 1 })).toThrow('has been disposed');
  });

  it('concurrent calls on one kernel each get their own correct result', async () => {
    const k = await load(coulombWasm, { chunkPoints: 3 });
    const ref = reference('coulomb');
    k.setParams(ref.params);
    const [a, b] = await Promise.all([k.divergence(ref.points), k.divergence(ref.points.slice().reverse())]);
    expect(Array.from(b).reverse()).toEqual(Array.from(a));
  });

  it('the webgpu backend is refused clearly for an artifact without a shader', async () => {
    const stripped = withMetadata(lorenzWasm, JSON.stringify(meta(lorenzWasm)), ['divc.wgsl']);
    await expect(load(stripped, { backend: 'webgpu' })).rejects.toThrow('this artifact has no WGSL shader');
    expect((await load(stripped, { backend: 'auto' })).backend).toBe('wasm');
  });
});

describe('threads', () => {
  it('a Node script that ran a batch on worker threads exits by itself (no dispose)', () => {
    // the README's example has no dispose(): idle workers must not keep the process alive, and
    // busy ones must keep it alive until their answers are in
    const dir = mkdtempSync(join(tmpdir(), 'divc-exit-'));
    try {
      const wasmPath = join(dir, 'f.wasm');
      writeFileSync(wasmPath, compile('field f(x: [8]) = tanh(x) * sin(x)').wasm!);
      const script = `import { load } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/runtime/index.js')).href)};
        import { readFileSync } from 'node:fs';
        const k = await load(readFileSync(${JSON.stringify(wasmPath)}), { backend: 'wasm', threads: 2 });
        const pts = new Float64Array(8 * 70000).map((_, i) => Math.sin(i));
        const d = await k.divergence(pts);
        const one = await (await load(readFileSync(${JSON.stringify(wasmPath)}), { backend: 'wasm', threads: 1 })).divergence(pts);
        console.log(k.threads, d.length, d.every((v, i) => Object.is(v, one[i])), new Set(d).size > 60000);`;
      writeFileSync(join(dir, 'run.mjs'), script);
      const r = spawnSync(process.execPath, [join(dir, 'run.mjs')], { timeout: 30_000, encoding: 'utf8' });
      expect(r.error, 'the process did not exit within 30 s').toBeUndefined();
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe('2 70000 true true'); // one thread's results at every point, and they differ
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('splits large batches over worker threads with identical results', async () => {
    const ref = reference('coulomb');
    const one = await load(coulombWasm, { backend: 'wasm' });
    const three = await load(coulombWasm, { backend: 'wasm', threads: 3 });
    for (const k of [one, three]) k.setParams(ref.params);
    const n = 40_001; // above THREAD_MIN_POINTS, not a multiple of the thread count
    const pts = new Float64Array(n * 3).map((_, i) => ref.points[Math.floor(i / 3) % ref.points.length]![i % 3]! * (1 + 1e-3 * (i % 11)));
    const a = await one.evaluate(pts), b = await three.evaluate(pts);
    expect(Array.from(b.divergence)).toEqual(Array.from(a.divergence));
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
    three.setParams({ q: new Array(8).fill(0) }); // workers get the new params
    const c = await three.divergence(pts), d = await one.divergence(pts);
    expect(c[n - 1]).not.toBe(d[n - 1]);
    one.setParams({ q: new Array(8).fill(0) });
    expect(Array.from(await three.divergence(pts))).toEqual(Array.from(await one.divergence(pts)));
    one.dispose();
    three.dispose();
  });

  it('overlapping calls, with setParams between them, each use the params they were made with', async () => {
    const ref = reference('gmm_score');
    const one = await load(gmmWasm, { backend: 'wasm' });
    const three = await load(gmmWasm, { backend: 'wasm', threads: 3 });
    for (const k of [one, three]) k.setParams(ref.params);
    const n = 40_001;
    const pts = new Float64Array(n * 8).map((_, i) => ref.points[Math.floor(i / 8) % ref.points.length]![i % 8]! * (1 + 1e-3 * (i % 11)));
    const s2 = (ref.params.s as number[]).map((s) => 1.5 * s); // the divergence depends on s
    const a = three.evaluate(pts); // not awaited
    three.setParams({ s: s2 });
    const b = three.divergence(pts);
    const small = three.divergence(pts.subarray(0, 8 * 37)); // below the thread threshold
    const expectA = await one.evaluate(pts);
    one.setParams({ s: s2 });
    const expectB = await one.divergence(pts);
    const [ra, rb, rs] = await Promise.all([a, b, small]);
    expect(Array.from(ra.divergence)).toEqual(Array.from(expectA.divergence));
    expect(Array.from(ra.values)).toEqual(Array.from(expectA.values));
    expect(Array.from(rb)).toEqual(Array.from(expectB));
    expect(Array.from(rs)).toEqual(Array.from(expectB.subarray(0, 37)));
    expect(expectB[0]).not.toBe(expectA.divergence[0]); // the two param sets really differ
    one.dispose();
    three.dispose();
  });

  it('a batch larger than one round (THREAD_ROUND_POINTS a thread) keeps its params when setParams comes mid-run', async () => {
    const ref = reference('gmm_score');
    const one = await load(gmmWasm, { backend: 'wasm', threads: 1 });
    const three = await load(gmmWasm, { backend: 'wasm', threads: 3 });
    for (const k of [one, three]) k.setParams(ref.params);
    const n = 2 * 3 * THREAD_ROUND_POINTS + 1001; // two full rounds and a short third
    const pts = new Float64Array(n * 8).map((_, i) => ref.points[Math.floor(i / 8) % ref.points.length]![i % 8]! * (1 + 1e-3 * (i % 13)));
    const call = three.evaluate(pts);
    expect(three.threads).toBe(3); // set as the call starts
    // while the rounds run: new params, and a small call that runs the prologue on them at once
    three.setParams({ s: (ref.params.s as number[]).map((s) => 2 * s) });
    const small = await three.divergence(pts.subarray(0, 8 * 10));
    const [r, expected] = await Promise.all([call, one.evaluate(pts)]);
    expect(small[0]).not.toBe(expected.divergence[0]); // the new params do change the result
    expect(r.divergence.length).toBe(n);
    // every point: each round's share of each thread, values and divergences
    let differing = 0;
    for (let i = 0; i < n; i++) if (!Object.is(r.divergence[i], expected.divergence[i])) differing++;
    expect(differing).toBe(0);
    expect(r.values.length).toBe(8 * n);
    for (let i = 0; i < 8 * n; i++) if (!Object.is(r.values[i], expected.values[i])) differing++;
    expect(differing).toBe(0);
    one.dispose();
    three.dispose();
  });

  it('workers get the math imports (erf, mod, Math.sin...) as source: same results as one thread', async () => {
    const wasm = compile('field f(x, y) = (erf(x) * sin(y) + atan2(y, x), x % 1.5 + cbrt(y) * hypot(x, y))').wasm!;
    const one = await load(wasm, { backend: 'wasm', threads: 1 }), two = await load(wasm, { backend: 'wasm', threads: 2 });
    const pts = new Float64Array(2 * 40_001).map((_, i) => Math.sin(i * 0.37) * 3);
    const a = await one.evaluate(pts), b = await two.evaluate(pts);
    expect(two.threads).toBe(2);
    expect(Array.from(b.divergence)).toEqual(Array.from(a.divergence));
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
    one.dispose();
    two.dispose();
  });

  it('a call running when the kernel is disposed rejects with a DivcError', async () => {
    const k = await load(lorenzWasm, { backend: 'wasm', threads: 2 });
    const call = k.divergence(new Float64Array(3 * 200_000).fill(1));
    k.dispose();
    await expect(call).rejects.toThrow(/disposed/);
  });

  it('works when bundled with function names kept (esbuild keepNames wraps functions in __name)', async () => {
    const { build } = await import('esbuild');
    const dir = mkdtempSync(join(tmpdir(), 'divc-keepnames-'));
    const file = join(dir, 'runtime.mjs');
    await build({ entryPoints: [join(ROOT, 'runtime/index.ts')], bundle: true, format: 'esm', platform: 'node', keepNames: true, outfile: file, logLevel: 'silent' });
    expect(readFileSync(file, 'utf8')).toContain('__name(runChunks');
    const bundled = await import(pathToFileURL(file).href) as typeof import('../../runtime/index.js');
    const ref = reference('coulomb');
    const k = await bundled.load(coulombWasm, { backend: 'wasm', threads: 2 });
    const one = await load(coulombWasm, { backend: 'wasm', threads: 1 });
    for (const c of [k, one]) c.setParams(ref.params);
    const pts = new Float64Array(3 * 40_000).map((_, i) => 3 * Math.sin(i * 0.37));
    const [a, b] = [await k.evaluate(pts), await one.evaluate(pts)];
    expect(k.threads).toBe(2);
    expect(Array.from(a.divergence)).toEqual(Array.from(b.divergence));
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    k.dispose();
    one.dispose();
    rmSync(dir, { recursive: true });
  });

  it('rejects a bad thread count', async () => {
    await expect(load(lorenzWasm, { threads: 0 })).rejects.toThrow("threads must be 'auto' or an integer from 1 to 256");
    await expect(load(lorenzWasm, { threads: 'all' as never })).rejects.toThrow("threads must be 'auto' or an integer from 1 to 256, got all");
  });

  // 'auto' (the default) splits a batch only where the kernel is compute-bound: gmm_score moves
  // ~0.65 GB/s on one thread here, lorenz96 15 to 30 GB/s, each 5x from THREAD_BYTES_PER_SECOND.
  it.runIf(availableParallelism() > 1)('by default, uses all cores for a large compute-bound batch and one thread for a memory-bound one', async () => {
    const ref = reference('gmm_score');
    const auto = await load(gmmWasm, { backend: 'wasm' });
    const one = await load(gmmWasm, { backend: 'wasm', threads: 1 });
    for (const k of [auto, one]) k.setParams(ref.params);
    const pts = new Float64Array(100_000 * 8).map((_, i) => ref.points[Math.floor(i / 8) % ref.points.length]![i % 8]! * (1 + 1e-3 * (i % 7)));
    expect(Array.from((await auto.evaluate(pts.subarray(0, 8 * 1000))).divergence)).toEqual(Array.from((await one.evaluate(pts.subarray(0, 8 * 1000))).divergence));
    expect(auto.threads).toBe(1); // small batch
    const a = await auto.evaluate(pts), b = await one.evaluate(pts);
    expect(auto.threads).toBe(availableParallelism());
    expect(one.threads).toBe(1);
    expect(Array.from(a.divergence)).toEqual(Array.from(b.divergence));
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    for (const k of [auto, one]) k.dispose();

    const l96 = reference('lorenz96');
    const k96 = await load(compile(source('lorenz96')).wasm!, { backend: 'wasm' });
    k96.setParams(l96.params);
    const p96 = new Float64Array(100_000 * l96.dim).map((_, i) => l96.points[0]![i % l96.dim]! + (i % 5));
    await k96.divergence(p96);
    expect(k96.threads).toBe(1);
    k96.dispose();
  });
});
