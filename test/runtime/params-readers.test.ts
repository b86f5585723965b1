// The edges of divc/runtime/params' readers (runtime/params-dtype.ts, params-npy.ts,
// params-file.ts), written against the survivors of a Stryker run over the three files
// (docs/TESTING.md, "Mutation testing"): what each check refuses, with its message, and the
// byte layouts at the boundaries (header lengths, empty arrays, big headers, values past 2^63).
// In-process, from the sources, so that Stryker's mutants are seen. Three of these failed before
// their fixes: a datetime64 array ('<M8[ns]') was "not a number type" instead of "datetimes"; a
// .npy cut within its first 10 bytes had "no \x93NUMPY magic"; a safetensors file of unknown
// extension whose header is 0x4b50 bytes long (its first bytes 'PK') was read as a zip.
import { describe, expect, it } from 'vitest';
import { DivcError, matchParams, readTensors, tensorFormat, type Tensor } from '../../runtime/params-file.js';
import { encode, npy, rawNpy, safetensors } from '../support/params-writers.js';

const plain = (t: Tensor | undefined) => ({ shape: t?.shape, data: Array.from(t?.data ?? []) });
const error = (f: () => unknown): string => {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(DivcError); return (e as Error).message; }
  throw new Error('expected a DivcError');
};
const M = [0.5, -1.25, 3, -0, 63.75, 2 ** -14];

const dict = (descr: string, shape: string, fortran = 'False') => `{'descr': '${descr}', 'fortran_order': ${fortran}, 'shape': ${shape}, }`;

/** A .safetensors file from its header's text as given (padded with spaces to `length` bytes if asked). */
function rawSafetensors(header: string, data: Uint8Array = new Uint8Array(0), length?: number): Uint8Array {
  const text = new TextEncoder().encode(length === undefined ? header : header.padEnd(length, ' '));
  const out = new Uint8Array(8 + text.length + data.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(text.length), true);
  out.set(text, 8);
  out.set(data, 8 + text.length);
  return out;
}
const entry = (fields: Record<string, unknown>) => JSON.stringify({ w: { dtype: 'F64', shape: [2, 3], data_offsets: [0, 48], ...fields } });

describe('decoding', () => {
  it('f32 and f64 in the host byte order are copied bit for bit, NaN payloads and signaling NaNs included', () => {
    // the common case is one copy of the bytes; a read through a DataView would quiet the
    // signaling f32 NaN 0x7f800001 to 0x7fc00001 on the way through an f64
    const f32 = [0x7f800001, 0x7fa00000, 0xffc00123, 0x3f800000];
    const le32 = new Uint8Array(new Uint32Array(f32).buffer);
    const bits32 = (t: Tensor | undefined) => Array.from(new Uint32Array((t!.data as Float32Array).slice().buffer));
    expect(bits32(readTensors(safetensors({ w: { dtype: 'F32', shape: [4], data: le32 } }), 'm.safetensors').w)).toEqual(f32);
    expect(bits32(readTensors(npy('<f4', [4], le32), 'w.npy').w)).toEqual(f32);
    const f64 = [0x00000001, 0x7ff00000, 0x00000000, 0xfff80000]; // a signaling NaN and -NaN, as (low, high) words
    const le64 = new Uint8Array(new Uint32Array(f64).buffer);
    const t = readTensors(safetensors({ w: { dtype: 'F64', shape: [2], data: le64 } }), 'm.safetensors').w!;
    expect(t.data).toBeInstanceOf(Float64Array);
    expect(Array.from(new Uint32Array(t.data.slice().buffer))).toEqual(f64);
  });

  it('a bool is 1 for any nonzero byte', () => {
    const bytes = Uint8Array.from([0, 1, 2, 0xff]);
    expect(plain(readTensors(safetensors({ w: { dtype: 'BOOL', shape: [4], data: bytes } }), 'm.safetensors').w)).toEqual({ shape: [4], data: [0, 1, 1, 1] });
    expect(plain(readTensors(npy('|b1', [4], bytes), 'w.npy').w)).toEqual({ shape: [4], data: [0, 1, 1, 1] });
  });

  it('64-bit unsigned integers from 2^63 up, and the most negative int64, in both byte orders', () => {
    const u = [2 ** 63, 2 ** 64 - 2 ** 11, 1]; // exact as f64
    expect(Array.from(readTensors(safetensors({ w: { dtype: 'U64', shape: [3], data: encode('u8', u) } }), 'm.safetensors').w!.data)).toEqual(u);
    expect(Array.from(readTensors(npy('<u8', [3], encode('u8', u)), 'w.npy').w!.data)).toEqual(u);
    expect(Array.from(readTensors(npy('>u8', [3], encode('u8', u, false)), 'w.npy').w!.data)).toEqual(u);
    const i = [-(2 ** 63), 2 ** 62, -1];
    expect(Array.from(readTensors(safetensors({ w: { dtype: 'I64', shape: [3], data: encode('i8', i) } }), 'm.safetensors').w!.data)).toEqual(i);
  });
});

describe('.npy edges', () => {
  const good = npy('<f8', [2, 3], encode('f8', M));

  it('the magic must be whole', () => {
    for (const last of [0x58, 0x79]) { // \x93NUMPX, \x93NUMPy
      const b = good.slice(); b[5] = last;
      expect(error(() => readTensors(b, 'W.npy'))).toBe("W.npy: 'W': not a .npy array (no \\x93NUMPY magic)");
    }
    expect(error(() => readTensors(good.subarray(0, 5), 'W.npy'))).toBe("W.npy: 'W': not a .npy array (no \\x93NUMPY magic)");
  });

  it('a file cut inside its first bytes is a truncated header, not a missing magic', () => {
    const v2 = npy('<f8', [2, 3], encode('f8', M), { version: 2 });
    for (const [file, n] of [[good, 6], [good, 8], [good, 9], [v2, 10], [v2, 11]] as const) {
      expect(error(() => readTensors(file.subarray(0, n), 'W.npy')), `${n} bytes`).toBe("W.npy: 'W': truncated .npy header");
    }
    // the header length read whole, the header itself missing
    const cut = (version: number, length: number) => { const b = rawNpy('', new Uint8Array(0), version); new DataView(b.buffer).setUint16(8, length, true); return b; };
    expect(error(() => readTensors(cut(1, 5), 'W.npy'))).toBe("W.npy: 'W': truncated: the .npy header announces 5 bytes, the file ends first");
    expect(error(() => readTensors(cut(2, 5), 'W.npy'))).toBe("W.npy: 'W': truncated: the .npy header announces 5 bytes, the file ends first");
  });

  it('format versions outside 1.0 to 3.0 are refused', () => {
    for (const v of [0, 4]) {
      const b = good.slice(); b[6] = v;
      expect(error(() => readTensors(b, 'W.npy'))).toBe(`W.npy: 'W': .npy format version ${v}.0 is not supported (1.0 to 3.0 are)`);
    }
  });

  it('a version 2 header longer than 65,535 bytes (a 4-byte length) is read', () => {
    const header = dict('<f8', '(2, 3)') + ' '.repeat(70_000) + '\n';
    expect(plain(readTensors(rawNpy(header, encode('f8', M), 2), 'W.npy').W)).toEqual({ shape: [2, 3], data: M });
  });

  it('empty arrays: the file ends where the header does', () => {
    expect(plain(readTensors(rawNpy(dict('<f8', '(0, 3)')), 'W.npy').W)).toEqual({ shape: [0, 3], data: [] });
    expect(plain(readTensors(npy('<f4', [0], new Uint8Array(0), { version: 3 }), 'W.npy').W)).toEqual({ shape: [0], data: [] });
  });

  it('versions 1 and 2 are latin1, version 3 utf-8 (as the messages quoting the header show)', () => {
    const latin1 = Uint8Array.from(dict('\u00e9', '(2,)'), (c) => c.charCodeAt(0));
    const message = "W.npy: 'W': dtype '\u00e9' is not supported: not a number type divc reads (supported: float64, float32, float16, int8 to int64, uint8 to uint64, bool)";
    expect(error(() => readTensors(rawNpy(latin1, new Uint8Array(16)), 'W.npy'))).toBe(message);
    expect(error(() => readTensors(rawNpy(latin1, new Uint8Array(16), 2), 'W.npy'))).toBe(message);
    expect(error(() => readTensors(rawNpy(dict('\u00e9', '(2,)'), new Uint8Array(16), 3), 'W.npy'))).toBe(message);
  });

  it('a header without its dict, descr, fortran_order or shape is refused (leading spaces are fine)', () => {
    const bad = (header: string) => error(() => readTensors(rawNpy(header, new Uint8Array(48)), 'W.npy'));
    const expected = (header: string) => `W.npy: 'W': bad .npy header (expected 'descr', 'fortran_order' and 'shape'): ${header.trim()}`;
    for (const header of [
      "'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), ", // not a dict
      "{'fortran_order': False, 'shape': (2, 3), }",
      "{'descr': '<f8', 'shape': (2, 3), }",
      "{'descr': '<f8', 'fortran_order': False, }",
    ]) expect(bad(header + '   \n')).toBe(expected(header));
    // the message quotes the header's first 120 characters, trimmed
    const long = `  {'descr': '<f8', 'shape': (2, 3), 'note': '${'x'.repeat(200)}', }   \n`;
    expect(bad(long)).toBe(`W.npy: 'W': bad .npy header (expected 'descr', 'fortran_order' and 'shape'): ${long.trim().slice(0, 120)}`);
    expect(plain(readTensors(rawNpy(`   ${dict('<f8', '(2, 3)')}\n`, encode('f8', M)), 'W.npy').W)).toEqual({ shape: [2, 3], data: M });
  });

  it('descrs: the byte order may be left out; anything but a plain number type is refused with its reason', () => {
    expect(plain(readTensors(rawNpy(dict('f8', '(2, 3)'), encode('f8', M)), 'W.npy').W)).toEqual({ shape: [2, 3], data: M });
    const refused = (descr: string) => error(() => readTensors(rawNpy(dict(descr, '(2,)'), new Uint8Array(64)), 'W.npy'));
    const why = (descr: string, reason: string) => `W.npy: 'W': dtype '${descr}' is not supported: ${reason} (supported: float64, float32, float16, int8 to int64, uint8 to uint64, bool)`;
    // NumPy's own descrs (np.save of bytes, void, datetime64[ns] and timedelta64[s] arrays)
    expect(refused('|S1')).toBe(why('|S1', 'bytes'));
    expect(refused('|S2')).toBe(why('|S2', 'bytes'));
    expect(refused('|V8')).toBe(why('|V8', 'raw or structured records'));
    expect(refused('<M8[ns]')).toBe(why('<M8[ns]', 'datetimes'));
    expect(refused('<m8[s]')).toBe(why('<m8[s]', 'timedeltas'));
    // sizes no number type has, and malformed descrs
    for (const descr of ['<i16', '<u3', '|b2', '<f8[ns]', '<<f8', 'x<f8', '<f8x', '<f8 ', '', '<']) {
      expect(refused(descr), descr).toBe(why(descr, 'not a number type divc reads'));
    }
  });

  it('shapes as Python writes tuples: long integers (3L), a trailing comma with a space, an empty tuple with one', () => {
    expect(plain(readTensors(rawNpy(dict('<f8', '(2L, 3L)'), encode('f8', M)), 'W.npy').W)).toEqual({ shape: [2, 3], data: M });
    expect(plain(readTensors(rawNpy(dict('<f8', '( 6, )'), encode('f8', M)), 'W.npy').W)).toEqual({ shape: [6], data: M });
    expect(plain(readTensors(rawNpy(dict('<f8', '( )'), encode('f8', [4])), 'W.npy').W)).toEqual({ shape: [], data: [4] });
    for (const shape of ['(L6,)', '(6, x)', '(2.5,)']) {
      expect(error(() => readTensors(rawNpy(dict('<f8', shape), encode('f8', M)), 'W.npy')), shape).toMatch(/^W\.npy: 'W': shape \[.*\] is not a list of non-negative integers$/);
    }
  });
});

describe('safetensors edges', () => {
  it('tensorFormat takes the last extension only; a .npy name loses only a final .npy', () => {
    expect(['model.safetensors.index.json', 'W1.npy.orig', 'a.npz.txt'].map(tensorFormat)).toEqual([undefined, undefined, undefined]);
    const one = npy('<f8', [], encode('f8', [2]));
    expect(Object.keys(readTensors(one, 'dir/W1.npy.orig', { format: 'npy' }))).toEqual(['W1.npy.orig']);
    expect(Object.keys(readTensors(one, 'a.npy_b.npy'))).toEqual(['a.npy_b']);
  });

  it('a safetensors file is recognised by its header whatever its length bytes look like (0x50 0x4b is a zip\'s PK)', () => {
    const w = entry({});
    for (const length of [0x50, 0x4b00 + 8, 0x4b50]) {
      const file = rawSafetensors(w, encode('f8', M), length);
      expect([file[0], file[1]]).toEqual([length & 0xff, length >> 8]);
      expect(plain(readTensors(file, 'weights.bin').w), `header of ${length} bytes`).toEqual({ shape: [2, 3], data: M });
    }
    // a zip needs both letters: text that starts with one is no format
    for (const text of ['PARAMETERS', 'OK, weights']) {
      expect(error(() => readTensors(new TextEncoder().encode(text), 'weights.bin')), text).toBe('weights.bin: not a .safetensors, .npz or .npy file (unknown extension and contents)');
    }
  });

  it('the header length: a file of 8 bytes or fewer, a length past the end by one byte, a text file misnamed', () => {
    expect(error(() => readTensors(new Uint8Array(7), 'm.safetensors'))).toBe('m.safetensors: truncated: 7 bytes, not even a safetensors header length');
    const eight = new Uint8Array(8); eight[0] = 2;
    expect(error(() => readTensors(eight, 'm.safetensors'))).toBe('m.safetensors: truncated or not a safetensors file: the header announces 2 bytes, the file has 0 after the length');
    const file = rawSafetensors(entry({}), encode('f8', M));
    new DataView(file.buffer).setUint32(0, file.length - 8 + 1, true);
    expect(error(() => readTensors(file, 'm.safetensors'))).toBe(`m.safetensors: truncated or not a safetensors file: the header announces ${file.length - 7} bytes, the file has ${file.length - 8} after the length`);
    // a JSON file named .safetensors: its first 8 bytes, '{"W1": [', read as a length
    const json = new TextEncoder().encode('{"W1": [[1, 2], [3, 4]]}');
    const length = Number(new DataView(json.buffer).getBigUint64(0, true));
    expect(error(() => readTensors(json, 'm.safetensors'))).toBe(`m.safetensors: truncated or not a safetensors file: the header announces ${length} bytes, the file has 16 after the length`);
  });

  it('a header that is not UTF-8, or not a JSON object, is refused', () => {
    const file = rawSafetensors(entry({}), encode('f8', M));
    file.set([0xff], 8 + entry({}).indexOf('w')); // the name's byte: an invalid UTF-8 byte inside a JSON string
    expect(error(() => readTensors(file, 'm.safetensors'))).toBe('m.safetensors: bad safetensors header: not valid JSON (The encoded data was not valid for encoding utf-8)');
    for (const header of ['null', '5', '"w"', 'true']) {
      expect(error(() => readTensors(rawSafetensors(header), 'm.safetensors')), header).toBe('m.safetensors: bad safetensors header: not a JSON object');
    }
  });

  it('a dtype must be one of the names, as a string', () => {
    const supported = 'F64, F32, F16, BF16, I64, I32, I16, I8, U64, U32, U16, U8, BOOL';
    for (const dtype of [['F64'], 'toString', 'constructor', '__proto__', 'f64']) {
      expect(error(() => readTensors(rawSafetensors(entry({ dtype }), encode('f8', M)), 'm.safetensors')), String(dtype))
        .toBe(`m.safetensors: tensor 'w': dtype ${JSON.stringify(dtype)} is not supported (supported: ${supported})`);
    }
  });

  it('data_offsets must be two non-negative integers in order; their length must fit the shape', () => {
    const offsets = (data_offsets: unknown) => error(() => readTensors(rawSafetensors(entry({ data_offsets }), encode('f8', M)), 'm.safetensors'));
    const bad = (o: unknown) => `m.safetensors: tensor 'w': bad data_offsets ${JSON.stringify(o)}: expected [begin, end] with 0 <= begin <= end`;
    for (const o of [undefined, '0:48', { begin: 0, end: 48 }, [0, 48, 96], [48], [-8, 40], [0.5, 48.5], [0, 2 ** 53], [8, 0]]) {
      expect(offsets(o), JSON.stringify(o)).toBe(bad(o));
    }
    expect(offsets([8, 48])).toBe("m.safetensors: tensor 'w': data_offsets [8, 48] hold 40 bytes, but shape [2, 3] of F64 needs 48");
  });
});

describe('matchParams edges', () => {
  const params = [{ name: 'W1', shape: [64, 16] }];
  const tensor = (shape: number[]): Tensor => ({ shape, data: new Float64Array(shape.reduce((a, b) => a * b, 1)) });

  it('a tensor with fewer dimensions than its param is refused, though its sizes start the same', () => {
    expect(error(() => matchParams({ W1: tensor([64]) }, params))).toBe("tensor 'W1' has shape [64], param 'W1' has shape [64, 16]");
    expect(error(() => matchParams({ W1: tensor([]) }, params))).toBe("tensor 'W1' has shape [], param 'W1' has shape [64, 16]");
  });

  it('the names a message lists: none, all 20, or the first 20 and a count', () => {
    const named = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, tensor([1])]));
    const names = (n: number) => Array.from({ length: n }, (_, i) => `'t${i}'`).join(', ');
    const message = (n: number) => error(() => matchParams(named(n), params, { map: { x: 'W1' } }));
    expect(message(0)).toBe("no tensor 'x' to map to param 'W1' (tensors: none)");
    expect(message(20)).toBe(`no tensor 'x' to map to param 'W1' (tensors: ${names(20)})`);
    expect(message(21)).toBe(`no tensor 'x' to map to param 'W1' (tensors: ${names(20)} and 1 more)`);
    expect(message(25)).toBe(`no tensor 'x' to map to param 'W1' (tensors: ${names(20)} and 5 more)`);
  });
});
