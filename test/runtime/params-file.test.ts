// Weights from where they are trained: divc/runtime/params reads .safetensors, .npz and .npy into
// named tensors (every dtype, both byte orders, Fortran order), matches them to params, and every
// broken file is a DivcError naming the file and the tensor. Round trips through writers written
// here from the formats' specs, and fixtures written by NumPy (scripts/make-params-fixtures.py).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { compile } from '../../compiler/index.js';
import { DivcError, load } from '../../runtime/index.js';
import { matchParams, readTensors, tensorFormat, type Tensor } from '../../runtime/params-file.js';
import { DIVC, REFERENCE_DIR, ROOT, reference, source } from '../support/helpers.js';
import { encode, npy, safetensors } from '../support/params-writers.js';

const FIXTURES = join(ROOT, 'test/fixtures/params');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const M = [0.5, -1.25, 3, -0, 63.75, 2 ** -14]; // exact in every float dtype, f16 and bf16 included
const INTS = [-3, 0, 7, 100, -128, 127];
const plain = (t: Tensor | undefined) => ({ shape: t?.shape, data: Array.from(t?.data ?? []) });
const error = (f: () => unknown): string => {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(DivcError); return (e as Error).message; }
  throw new Error('expected a DivcError');
};

describe('safetensors', () => {
  const cases: [string, string, number[], 'f64' | 'f32'][] = [
    ['F64', 'f8', M, 'f64'], ['F32', 'f4', M, 'f32'], ['F16', 'f2', M, 'f32'], ['BF16', 'bf2', M, 'f32'],
    ['I64', 'i8', [...INTS.slice(0, 5), -(2 ** 40)], 'f64'], ['U64', 'u8', [0, 1, 2 ** 40, 3, 4, 5], 'f64'],
    ['I32', 'i4', INTS, 'f64'], ['U32', 'u4', [0, 1, 2 ** 31, 7, 8, 9], 'f64'], ['I16', 'i2', INTS, 'f64'],
    ['U16', 'u2', [0, 1, 65535, 7, 8, 9], 'f64'], ['I8', 'i1', INTS, 'f64'], ['U8', 'u1', [0, 1, 255, 7, 8, 9], 'f64'],
    ['BOOL', 'b1', [1, 0, 1, 0, 0, 1], 'f64'],
  ];
  it.each(cases)('round trips %s', (dtype, kind, values, width) => {
    const t = readTensors(safetensors({ w: { dtype, shape: [2, 3], data: encode(kind, values) } }), 'm.safetensors').w!;
    expect(plain(t)).toEqual({ shape: [2, 3], data: values });
    expect(t.data).toBeInstanceOf(width === 'f64' ? Float64Array : Float32Array);
  });

  it('reads several tensors, scalars and empty ones, skipping __metadata__, at any data offset', () => {
    const file = safetensors({
      a: { dtype: 'F32', shape: [], data: encode('f4', [2.5]) }, // 4 bytes: b starts unaligned for f64
      b: { dtype: 'F64', shape: [3], data: encode('f8', [1, 2, 3]) },
      e: { dtype: 'F64', shape: [0, 4], data: new Uint8Array(0) },
    });
    const t = readTensors(file, 'x.safetensors');
    expect(Object.keys(t)).toEqual(['a', 'b', 'e']);
    expect(plain(t.a)).toEqual({ shape: [], data: [2.5] });
    expect(plain(t.b)).toEqual({ shape: [3], data: [1, 2, 3] });
    expect(plain(t.e)).toEqual({ shape: [0, 4], data: [] });
    // from an ArrayBuffer, and from a view into a larger buffer
    expect(plain(readTensors(file.slice().buffer, 'x.safetensors').b)).toEqual(plain(t.b));
    const padded = new Uint8Array(file.length + 3);
    padded.set(file, 3);
    expect(plain(readTensors(padded.subarray(3), 'x.safetensors').b)).toEqual(plain(t.b));
  });

  it('rejects broken files with errors naming the file and the tensor', () => {
    const good = safetensors({ w: { dtype: 'F64', shape: [2, 3], data: encode('f8', M) } });
    expect(error(() => readTensors(good.subarray(0, 5), 'm.safetensors'))).toMatch(/^m\.safetensors: truncated/);
    expect(error(() => readTensors(good.subarray(0, 20), 'm.safetensors'))).toMatch(/truncated or not a safetensors file: the header announces/);
    expect(error(() => readTensors(good.subarray(0, good.length - 1), 'm.safetensors'))).toBe("m.safetensors: tensor 'w': truncated: data_offsets [0, 48] run past the end of the data (47 bytes)");
    const bad = (header: Record<string, unknown>) => safetensors({ w: { dtype: 'F64', shape: [2, 3], data: encode('f8', M) } }, header);
    expect(error(() => readTensors(bad({ w: { dtype: 'F8_E4M3', shape: [2, 3], data_offsets: [0, 6] } }), 'm.safetensors')))
      .toMatch(/^m\.safetensors: tensor 'w': dtype "F8_E4M3" is not supported \(supported: F64, F32, F16, BF16, /);
    expect(error(() => readTensors(bad({ w: { dtype: 'F64', shape: [2, 2], data_offsets: [0, 48] } }), 'm.safetensors')))
      .toBe("m.safetensors: tensor 'w': data_offsets [0, 48] hold 48 bytes, but shape [2, 2] of F64 needs 32");
    expect(error(() => readTensors(bad({ w: { dtype: 'F64', shape: [2, 3], data_offsets: [48, 0] } }), 'm.safetensors'))).toMatch(/tensor 'w': bad data_offsets \[48,0\]/);
    expect(error(() => readTensors(bad({ w: { dtype: 'F64', shape: [2, -3], data_offsets: [0, 48] } }), 'm.safetensors'))).toMatch(/tensor 'w': shape \[2,-3\] is not a list of non-negative integers/);
    expect(error(() => readTensors(bad({ w: 'nonsense' }), 'm.safetensors'))).toMatch(/tensor 'w': dtype undefined is not supported/);
    // a header that is not JSON, or not an object
    const raw = (text: string) => { const t = new TextEncoder().encode(text); const b = new Uint8Array(8 + t.length); b[0] = t.length; b.set(t, 8); return b; };
    expect(error(() => readTensors(raw('{"w": '), 'm.safetensors'))).toMatch(/^m\.safetensors: bad safetensors header: not valid JSON/);
    expect(error(() => readTensors(raw('[1, 2]'), 'm.safetensors'))).toBe('m.safetensors: bad safetensors header: not a JSON object');
  });
});

describe('.npy', () => {
  const descrs: [string, number[], number][] = [
    ['<f8', M, 8], ['>f8', M, 8], ['<f4', M, 4], ['>f4', M, 4], ['<f2', M, 4], ['>f2', M, 4],
    ['<i8', INTS, 8], ['>i8', INTS, 8], ['<i4', INTS, 8], ['>i4', INTS, 8], ['<i2', INTS, 8], ['|i1', INTS, 8],
    ['|u1', [0, 1, 255, 7, 8, 9], 8], ['<u2', [0, 1, 65535, 7, 8, 9], 8], ['>u4', [0, 1, 2 ** 32 - 1, 7, 8, 9], 8],
    ['<u8', [0, 1, 2 ** 50, 7, 8, 9], 8], ['|b1', [1, 0, 1, 0, 0, 1], 8], ['=f8', M, 8],
  ];
  it.each(descrs)('round trips %s', (descr, values, bytes) => {
    const data = encode(descr.slice(1), values, descr[0] !== '>');
    for (const version of [1, 2, 3]) {
      const t = readTensors(npy(descr, [2, 3], data, { version }), 'dir/W1.npy');
      expect(Object.keys(t)).toEqual(['W1']); // named after the file
      expect(plain(t.W1)).toEqual({ shape: [2, 3], data: values });
      expect(t.W1!.data.BYTES_PER_ELEMENT).toBe(bytes);
    }
  });

  it('transposes Fortran-order arrays to row-major; names the array as asked; reads scalars and 1-D arrays', () => {
    const shape = [2, 3, 4];
    const c = Array.from({ length: 24 }, (_, i) => i);
    // Fortran order: element (i, j, k) at i + 2 * (j + 3 * k)
    const f = new Array<number>(24);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 4; k++) f[i + 2 * (j + 3 * k)] = c[i * 12 + j * 4 + k]!;
    expect(plain(readTensors(npy('<f8', shape, encode('f8', f), { fortran: true }), 'a.npy').a)).toEqual({ shape, data: c });
    expect(plain(readTensors(npy('<f4', [5], encode('f4', [1, 2, 3, 4, 5]), { fortran: true }), 'v.npy', { name: 'b1' }).b1)).toEqual({ shape: [5], data: [1, 2, 3, 4, 5] });
    expect(plain(readTensors(npy('<f8', [], encode('f8', [7])), 's.npy').s)).toEqual({ shape: [], data: [7] });
  });

  it('rejects object, complex, string and structured arrays, bad headers and truncated files, naming the file', () => {
    expect(error(() => readTensors(fixture('object.npy'), 'object.npy'))).toMatch(/^object\.npy: 'object': dtype '\|O' is not supported: an object array \(pickled Python objects/);
    expect(error(() => readTensors(npy('<c16', [2], new Uint8Array(32)), 'z.npy'))).toMatch(/dtype '<c16' is not supported: complex numbers/);
    expect(error(() => readTensors(npy('<U3', [2], new Uint8Array(24)), 'u.npy'))).toMatch(/dtype '<U3' is not supported: strings/);
    expect(error(() => readTensors(npy('<f16', [2], new Uint8Array(32)), 'q.npy'))).toMatch(/dtype '<f16' is not supported: not a number type/);
    // a structured dtype's descr is a list, [('a', '<f8'), ...]: the same length as '<f8' here
    const structured = Buffer.from(Buffer.from(npy('<f8', [2], new Uint8Array(32))).toString('latin1').replace("'<f8'", "[('a'"), 'latin1');
    expect(error(() => readTensors(structured, 'r.npy'))).toMatch(/^r\.npy: 'r': a structured dtype/);
    const good = npy('<f8', [2, 3], encode('f8', M));
    expect(error(() => readTensors(good.subarray(0, good.length - 8), 'W.npy'))).toBe("W.npy: 'W': truncated: shape [2, 3] needs 48 bytes of data, the file holds 40");
    expect(error(() => readTensors(good.subarray(0, 40), 'W.npy'))).toMatch(/truncated: the \.npy header announces/);
    expect(error(() => readTensors(npy('<f8', [2, 3], new Uint8Array(48)).fill(0x20, 10, 30), 'W.npy'))).toMatch(/^W\.npy: 'W': bad \.npy header/);
    expect(error(() => readTensors(new TextEncoder().encode('not numpy at all'), 'W.npy'))).toMatch(/not a \.npy array/);
    const v9 = good.slice(); v9[6] = 9;
    expect(error(() => readTensors(v9, 'W.npy'))).toMatch(/format version 9\.0 is not supported/);
  });
});

describe('.npz', () => {
  const members = {
    'W1.npy': npy('<f8', [2, 3], encode('f8', M)),
    'b1.npy': npy('>f4', [3], encode('f4', [1, 2, 3], false)),
    'notes.txt': new TextEncoder().encode('not an array'),
  };
  it.each([['stored', 0], ['deflated', 6]] as const)('reads a %s archive (fflate-built), skipping members that are not .npy', (_, level) => {
    const t = readTensors(zipSync(members, { level }), 'model.npz');
    expect(Object.keys(t).sort()).toEqual(['W1', 'b1']);
    expect(plain(t.W1)).toEqual({ shape: [2, 3], data: M });
    expect(plain(t.b1)).toEqual({ shape: [3], data: [1, 2, 3] });
  });

  it('names the member in errors; a broken archive is an error naming the file', () => {
    const bad = zipSync({ 'W1.npy': npy('<c8', [2], new Uint8Array(16)) });
    expect(error(() => readTensors(bad, 'model.npz'))).toMatch(/^model\.npz: 'W1': dtype '<c8' is not supported/);
    const archive = zipSync(members, { level: 6 });
    expect(error(() => readTensors(archive.subarray(0, archive.length - 30), 'model.npz'))).toMatch(/^model\.npz: not a readable \.npz \(zip\) archive: /);
  });
});

describe('fixtures written by NumPy and by a Python safetensors writer', () => {
  const expected = JSON.parse(fixture('dtypes.expect.json').toString()) as Record<string, number[][]>;
  const m = expected.m!.flat(), ints = expected.ints!.flat(), bools = expected.bools!.flat();
  it.each([['m-f8.npy', m], ['m-f8-big.npy', m], ['m-f4-fortran.npy', m], ['m-f2.npy', m], ['m-v2.npy', m], ['m-v3.npy', m], ['ints-i8-big.npy', ints], ['ints-i2.npy', ints]])('%s', (name, values) => {
    const t = readTensors(fixture(name), name);
    expect(plain(Object.values(t)[0])).toEqual({ shape: [2, 3], data: values });
  });

  it('mixed.npz (np.savez: f4, i4, bool and a 0-d array)', () => {
    const t = readTensors(fixture('mixed.npz'), 'mixed.npz');
    expect(plain(t.m)).toEqual({ shape: [2, 3], data: m });
    expect(plain(t.ints)).toEqual({ shape: [2, 3], data: ints });
    expect(plain(t.bools)).toEqual({ shape: [2, 3], data: bools });
    expect(plain(t.s)).toEqual({ shape: [], data: [2.5] });
  });

  it('dtypes.safetensors: every dtype', () => {
    const t = readTensors(fixture('dtypes.safetensors'), 'dtypes.safetensors');
    for (const k of ['f64', 'f32', 'f16', 'bf16']) expect(plain(t[k])).toEqual({ shape: [2, 3], data: m });
    for (const k of ['i64', 'i32', 'i16', 'i8']) expect(plain(t[k])).toEqual({ shape: [2, 3], data: ints });
    expect(plain(t.u8)).toEqual({ shape: [2, 3], data: ints.map((v) => v + 128) });
    expect(plain(t.bool)).toEqual({ shape: [2, 3], data: bools });
    expect(plain(t.scalar)).toEqual({ shape: [], data: [2.5] });
  });

  it('the reference MLP in three files equals its JSON params', () => {
    const ref = reference('mlp').params as Record<string, number[] | number[][]>;
    const flat = (v: number[] | number[][]) => (v as number[][]).flat();
    for (const name of ['mlp.npz', 'mlp-compressed.npz']) {
      const t = readTensors(fixture(name), name);
      for (const p of ['W1', 'b1', 'W2', 'b2']) expect(Array.from(t[p]!.data)).toEqual(flat(ref[p]!));
    }
    const st = readTensors(fixture('mlp.safetensors'), 'mlp.safetensors');
    expect(Object.keys(st).sort()).toEqual(['net.0.bias', 'net.0.weight', 'net.2.bias', 'net.2.weight', 'steps']);
    expect(st['net.0.weight']!.shape).toEqual([64, 16]);
    expect(Array.from(st['net.2.weight']!.data)).toEqual(flat(ref.W2!));
  });
});

describe('matchParams and setParams', () => {
  const params = [{ name: 'W1', shape: [64, 16] }, { name: 'b1', shape: [64] }, { name: 's', shape: [] }];
  const tensor = (shape: number[]): Tensor => ({ shape, data: new Float64Array(shape.reduce((a, b) => a * b, 1)) });

  it('matches by name and through a map; lists the rest', () => {
    const tensors = { 'net.0.weight': tensor([64, 16]), b1: tensor([64]), W1: tensor([64, 16]), s: tensor([]), extra: tensor([3]) };
    const r = matchParams(tensors, params, { map: { 'net.0.weight': 'W1' } });
    expect(r.values.W1).toBe(tensors['net.0.weight']); // the map wins over the tensor named W1
    expect(r.values.b1).toBe(tensors.b1);
    expect(r.values.s).toBe(tensors.s);
    expect(r.unused.sort()).toEqual(['W1', 'extra']);
  });

  it('names the tensor and the param when shapes differ, and the map when it points nowhere', () => {
    expect(error(() => matchParams({ 'net.0.weight': tensor([16, 64]) }, params, { map: { 'net.0.weight': 'W1' }, file: 'm.safetensors' })))
      .toBe("m.safetensors: tensor 'net.0.weight' has shape [16, 64], param 'W1' has shape [64, 16]");
    expect(error(() => matchParams({ s: tensor([1]) }, params))).toBe("tensor 's' has shape [1], param 's' has shape []");
    expect(error(() => matchParams({ a: tensor([1]) }, params, { map: { b: 'W1' } }))).toBe("no tensor 'b' to map to param 'W1' (tensors: 'a')");
    expect(error(() => matchParams({ a: tensor([1]) }, params, { map: { a: 'W9' } }))).toBe("tensor 'a' is mapped to 'W9', which is not a param (params: 'W1', 'b1', 's')");
  });

  it('a kernel takes { shape, data } tensors and checks their shape against the declared one', async () => {
    const ref = reference('coulomb');
    const k = await load(compile(source('coulomb')).wasm!, { backend: 'wasm', threads: 1 });
    const p = ref.params.p as number[][], q = ref.params.q as number[];
    k.setParams(ref.params);
    const expected = await k.divergence(ref.points);
    k.setParams({ p: { shape: [8, 3], data: Float32Array.from(p.flat()) }, q: { shape: [8], data: q } });
    const f32 = await k.divergence(ref.points); // f32 weights in an f64 kernel: close, not equal
    k.setParams({ p: { shape: [8, 3], data: Float64Array.from(p.flat()) }, q: { shape: [8], data: Float64Array.from(q) } });
    expect(Array.from(await k.divergence(ref.points))).toEqual(Array.from(expected));
    f32.forEach((d, i) => expect(Math.abs(d - expected[i]!)).toBeLessThan(1e-4 * Math.max(1, ref.scale[i]!)));
    expect(error(() => k.setParams({ p: { shape: [3, 8], data: new Float64Array(24) } }))).toBe("param 'p' has shape [8, 3], got a tensor of shape [3, 8]");
    expect(error(() => k.setParams({ p: { shape: [8, 3], data: new Float64Array(23) } }))).toMatch(/param 'p' has shape \[8, 3\] \(24 numbers\), got a typed array of 23/);
    k.dispose();
  });

  it('tensorFormat reads the extension; readTensors falls back to the magic', () => {
    expect([tensorFormat('a/B.SafeTensors'), tensorFormat('x.npz'), tensorFormat('x.npy'), tensorFormat('x.json')]).toEqual(['safetensors', 'npz', 'npy', undefined]);
    expect(Object.keys(readTensors(fixture('mlp.npz'), 'weights.bin'))).toHaveLength(4);
    expect(Object.keys(readTensors(fixture('mlp.safetensors'), 'weights.bin'))).toHaveLength(5);
    expect(Object.keys(readTensors(fixture('m-f8.npy'), 'weights.bin', { name: 'm' }))).toEqual(['m']);
    expect(error(() => readTensors(new Uint8Array(20), 'weights.bin'))).toMatch(/^weights\.bin: not a \.safetensors, \.npz or \.npy file/);
  });
});

it("divc/runtime/params resolves as a package export and bundles for browsers without compiler code, apart from divc/runtime", async () => {
  const m = await import('divc/runtime/params');
  expect(typeof m.readTensors).toBe('function');
  const { build } = await import('esbuild');
  const r = await build({ entryPoints: [join(ROOT, 'runtime/params-file.ts')], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', absWorkingDir: ROOT });
  const inputs = Object.keys(r.metafile.inputs);
  expect(inputs.filter((f) => !/(^|\/)node_modules\/fflate\//.test(f)).sort()).toEqual(['runtime/errors.ts', 'runtime/params-dtype.ts', 'runtime/params-file.ts', 'runtime/params-npy.ts']);
  // and divc/runtime does not pull the reader in
  const { runtimeBundle } = await import('../../scripts/runtime-size.mjs' as string);
  expect((await runtimeBundle()).inputs.filter((f: string) => /params-|fflate/.test(f))).toEqual([]);
});

describe('divc run/plot/bench --params FILE.safetensors|.npz|.npy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'divc-params-'));
  const mlp = join(REFERENCE_DIR, 'mlp.div');
  const ref = reference('mlp');
  const pts = join(dir, 'pts.json');
  writeFileSync(pts, JSON.stringify(ref.points));
  const divc = (...args: string[]) => {
    const r = spawnSync(process.execPath, [DIVC, ...args], { encoding: 'utf8', cwd: dir });
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const map = ['--param-map', 'net.0.weight=W1', '--param-map', 'net.0.bias=b1', '--param-map', 'net.2.weight=W2', '--param-map', 'net.2.bias=b2'];

  it('gives the same divergences from .npz (stored, deflated) and .safetensors (a state_dict, mapped) as from JSON', () => {
    // a compiled artifact: the compile is paid once
    expect(divc(mlp, '-o', join(dir, 'mlp.wasm')).code).toBe(0);
    const wasm = join(dir, 'mlp.wasm');
    const json = divc('run', wasm, '--points', pts, '--params', join(REFERENCE_DIR, 'mlp.expect.json'));
    expect(json.code).toBe(0);
    json.stdout.trim().split('\n').map(Number).forEach((d, i) => expect(Math.abs(d - ref.divergence[i]!)).toBeLessThan(1e-9));
    for (const file of ['mlp.npz', 'mlp-compressed.npz']) {
      const r = divc('run', wasm, '--points', pts, '--params', join(FIXTURES, file));
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe(json.stdout);
    }
    const st = divc('run', wasm, '--points', pts, '--params', join(FIXTURES, 'mlp.safetensors'), ...map);
    expect(st.code).toBe(0);
    expect(st.stdout).toBe(json.stdout);
    // the tensor that is no param is listed once, as a note
    expect(st.stderr).toMatch(/^divc: note: .*mlp\.safetensors: 1 tensor matching no param ignored: 'steps' \(params: 'W1', 'b1', 'W2', 'b2'; /);
    expect(st.stderr.trim().split('\n')).toHaveLength(1);
    // --param still overrides a value from the file
    const over = divc('run', wasm, '--points', pts, '--params', join(FIXTURES, 'mlp.npz'), '--param', `b2=${JSON.stringify(new Array(16).fill(0))}`, '--values');
    expect(over.code).toBe(0);
    expect(over.stdout).not.toBe(json.stdout);
  });

  it('exits 1 naming the tensor for a wrong shape, a bad dtype, a bad map; missing params keep their error', () => {
    const wasm = join(dir, 'mlp.wasm');
    const swapped = divc('run', wasm, '--points', pts, '--params', join(FIXTURES, 'mlp.safetensors'), ...map.slice(0, 6), '--param-map', 'net.0.weight=W2');
    expect(swapped.code).toBe(1);
    expect(swapped.stderr).toMatch(/--param-map maps tensor 'net.0.weight' twice/);
    const shape = divc('run', wasm, '--points', pts, '--params', join(FIXTURES, 'mlp.safetensors'), '--param-map', 'net.0.weight=W2');
    expect(shape.code).toBe(1);
    expect(shape.stderr).toMatch(/mlp\.safetensors: tensor 'net\.0\.weight' has shape \[64, 16\], param 'W2' has shape \[16, 64\]/);
    writeFileSync(join(dir, 'W1.safetensors'), safetensors({ W1: { dtype: 'F8_E5M2', shape: [64, 16], data: new Uint8Array(1024) } }));
    const dtype = divc('run', wasm, '--points', pts, '--params', 'W1.safetensors');
    expect(dtype.code).toBe(1);
    expect(dtype.stderr).toMatch(/^divc: error: W1\.safetensors: tensor 'W1': dtype "F8_E5M2" is not supported/);
    const missing = divc('run', wasm, '--points', pts, '--params', join(FIXTURES, 'mlp.safetensors'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/5 tensors matching no param ignored[^]*params 'W1', 'b1', 'W2', 'b2' have no value/);
    const nowhere = divc('run', wasm, '--points', pts, '--params', join(FIXTURES, 'mlp.npz'), '--param-map', 'W9=W1');
    expect([nowhere.code, nowhere.stderr]).toEqual([1, expect.stringMatching(/no tensor 'W9' to map to param 'W1'/)]);
    const json = divc('run', wasm, '--points', pts, '--params', join(REFERENCE_DIR, 'mlp.expect.json'), '--param-map', 'a=W1');
    expect([json.code, json.stderr]).toEqual([1, expect.stringMatching(/--param-map renames tensors of a \.safetensors, \.npz or \.npy --params file/)]);
    const syntax = divc('run', wasm, '--points', pts, '--params', join(FIXTURES, 'mlp.npz'), '--param-map', 'W1');
    expect([syntax.code, syntax.stderr]).toEqual([1, expect.stringMatching(/--param-map expects TENSOR=PARAM/)]);
  });

  it('one .npy array is the param its file is named after (plot); bench matches tensors against the compiled params', () => {
    const lorenz = join(REFERENCE_DIR, 'lorenz.div');
    // div f = -sigma - 1 - beta: -13.67 by default, 9 with beta = -20 (the colour bar's top label)
    writeFileSync(join(dir, 'beta.npy'), npy('<f8', [], encode('f8', [-20])));
    expect(divc('plot', lorenz, '-o', 'l.svg', '--grid', '4', '--arrows', '0', '--slice', 'z=1', '--params', 'beta.npy').code).toBe(0);
    const svg = readFileSync(join(dir, 'l.svg'), 'utf8');
    expect(svg).toMatch(/<text[^>]*>9<\/text>/);
    expect(svg).toContain('fill="#b50526"'); // the colour map's red end: positive everywhere
    const bad = divc('bench', lorenz, '--n', '64', '--params', join(FIXTURES, 'm-f8.npy'), '--param-map', 'm-f8=beta');
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringMatching(/tensor 'm-f8' has shape \[2, 3\], param 'beta' has shape \[\]/)]);
  });
});
