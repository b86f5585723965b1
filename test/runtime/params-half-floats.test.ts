// f16 and bf16 params read exactly: subnormals, the smallest and largest normals, +-0, +-Infinity
// and NaN, through every reader (safetensors F16 and BF16; .npy '<f2' and '>f2'; .npz stored and
// deflated), and every one of the 65,536 bit patterns of each type against a decoder written here
// another way (bit moves for f16, arithmetic for bf16). The fixtures' smallest f16 is 2^-14, a
// normal: a decoder halving the subnormals (frac * 2 ** -25 in runtime/params-dtype.ts) passed
// every other test.
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readTensors, type Tensor } from '../../runtime/params-file.js';
import { encode, npy, safetensors } from '../support/params-writers.js';

const values = (t: Tensor | undefined) => Array.from(t?.data ?? []);

/** [bits, value]: binary16. */
const F16: [number, number][] = [
  [0x0000, 0], [0x8000, -0],
  [0x0001, 2 ** -24], [0x8001, -(2 ** -24)], // the smallest subnormal
  [0x0002, 2 ** -23], [0x0155, 341 * 2 ** -24], [0x0200, 2 ** -15], [0x8200, -(2 ** -15)],
  [0x03ff, 2 ** -14 - 2 ** -24], [0x83ff, -(2 ** -14 - 2 ** -24)], // the largest subnormal
  [0x0400, 2 ** -14], [0x8400, -(2 ** -14)], [0x0401, 2 ** -14 + 2 ** -24], // the smallest normal and its successor
  [0x3c00, 1], [0x3c01, 1 + 2 ** -10], [0x3555, 0.25 + 341 * 2 ** -12],
  [0x7bff, 65504], [0xfbff, -65504], // the largest normal
  [0x7c00, Infinity], [0xfc00, -Infinity], [0x7e00, NaN],
];
/** [bits, value]: bfloat16, the top half of a binary32. */
const BF16: [number, number][] = [
  [0x0000, 0], [0x8000, -0],
  [0x0001, 2 ** -133], [0x8001, -(2 ** -133)], // the smallest subnormal
  [0x0002, 2 ** -132], [0x0040, 2 ** -127], [0x8040, -(2 ** -127)],
  [0x007f, 2 ** -126 - 2 ** -133], [0x807f, -(2 ** -126 - 2 ** -133)], // the largest subnormal
  [0x0080, 2 ** -126], [0x8080, -(2 ** -126)], [0x0081, 2 ** -126 + 2 ** -133], // the smallest normal and its successor
  [0x3f80, 1], [0x3f81, 1 + 2 ** -7],
  [0x7f7f, (2 - 2 ** -7) * 2 ** 127], [0xff7f, -(2 - 2 ** -7) * 2 ** 127], // the largest normal
  [0x7f80, Infinity], [0xff80, -Infinity], [0x7fc0, NaN],
];

const bitsOf = (bytes: Uint8Array, little = true) => Array.from({ length: bytes.length / 2 }, (_, i) => new DataView(bytes.buffer, bytes.byteOffset).getUint16(2 * i, little));
const rawBits = (bits: number[], little = true) => {
  const out = new Uint8Array(bits.length * 2);
  bits.forEach((b, i) => new DataView(out.buffer).setUint16(2 * i, b, little));
  return out;
};

/** f16 bits to a number by moving bits into a binary32 (subnormals renormalized), not by arithmetic. */
function f16Oracle(h: number): number {
  const sign = (h & 0x8000) << 16;
  let exp = (h >> 10) & 0x1f, frac = h & 0x3ff;
  let bits: number;
  if (exp === 0x1f) bits = sign | 0x7f800000 | (frac << 13);
  else if (exp === 0 && frac === 0) bits = sign;
  else {
    if (exp === 0) { // subnormal: shift the leading 1 up to the implicit bit
      exp = 1;
      while (!(frac & 0x400)) { frac <<= 1; exp--; }
      frac &= 0x3ff;
    }
    bits = sign | ((exp + 127 - 15) << 23) | (frac << 13);
  }
  return new Float32Array(new Uint32Array([bits >>> 0]).buffer)[0]!;
}

/** bf16 bits to a number by arithmetic, not by moving bits. */
function bf16Oracle(b: number): number {
  const sign = b & 0x8000 ? -1 : 1, exp = (b >> 7) & 0xff, frac = b & 0x7f;
  if (exp === 0xff) return frac ? NaN : sign * Infinity;
  return exp === 0 ? sign * frac * 2 ** -133 : sign * (1 + frac / 128) * 2 ** (exp - 127);
}

/** Every reader a float16 array goes through, from its little-endian bytes. */
function f16Readers(le: Uint8Array, n: number): [string, Tensor][] {
  const be = rawBits(bitsOf(le), false);
  const member = npy('<f2', [n], le);
  return [
    ['safetensors F16', readTensors(safetensors({ w: { dtype: 'F16', shape: [n], data: le } }), 'm.safetensors').w!],
    [".npy '<f2'", readTensors(member, 'w.npy').w!],
    [".npy '>f2'", readTensors(npy('>f2', [n], be), 'w.npy').w!],
    ['.npz stored', readTensors(zipSync({ 'w.npy': member }, { level: 0 }), 'm.npz').w!],
    ['.npz deflated', readTensors(zipSync({ 'w.npy': npy('>f2', [n], be) }, { level: 6 }), 'm.npz').w!],
  ];
}

describe('float16', () => {
  it('the writer gives the bit patterns of the table (the round trips below start from them)', () => {
    expect(bitsOf(encode('f2', F16.map(([, v]) => v)))).toEqual(F16.map(([b]) => b));
    expect(F16.every(([b, v]) => Object.is(f16Oracle(b), v) || (Number.isNaN(v) && Number.isNaN(f16Oracle(b))))).toBe(true);
  });

  it('subnormals, the extreme normals, +-0, +-Infinity and NaN round trip exactly through every reader', () => {
    const want = F16.map(([, v]) => v);
    for (const [reader, t] of f16Readers(encode('f2', want), want.length)) {
      expect(t.data, reader).toBeInstanceOf(Float32Array);
      expect(values(t), reader).toEqual(want); // -0 is not 0 here, NaN is NaN
    }
  });

  it('all 65,536 bit patterns decode as the bit-moving decoder says, in both byte orders', () => {
    const all = Array.from({ length: 1 << 16 }, (_, i) => i);
    const want = all.map(f16Oracle);
    for (const [reader, t] of f16Readers(rawBits(all), all.length)) {
      const got = values(t);
      const wrong = all.filter((b) => !Object.is(got[b], want[b]) && !(Number.isNaN(got[b]) && Number.isNaN(want[b])));
      expect(wrong.slice(0, 5).map((b) => `0x${b.toString(16)}: ${got[b]}, not ${want[b]}`), reader).toEqual([]);
    }
  });
});

describe('bfloat16', () => {
  it('the writer gives the bit patterns of the table', () => {
    expect(bitsOf(encode('bf2', BF16.map(([, v]) => v)))).toEqual(BF16.map(([b]) => b));
  });

  it('subnormals, the extreme normals, +-0, +-Infinity and NaN round trip exactly (safetensors BF16)', () => {
    const want = BF16.map(([, v]) => v);
    const t = readTensors(safetensors({ w: { dtype: 'BF16', shape: [want.length], data: encode('bf2', want) } }), 'm.safetensors').w!;
    expect(t.data).toBeInstanceOf(Float32Array);
    expect(values(t)).toEqual(want);
  });

  it('all 65,536 bit patterns decode as the arithmetic decoder says (subnormals not flushed to zero)', () => {
    const all = Array.from({ length: 1 << 16 }, (_, i) => i);
    const got = values(readTensors(safetensors({ w: { dtype: 'BF16', shape: [all.length], data: rawBits(all) } }), 'm.safetensors').w);
    const wrong = all.filter((b) => !Object.is(got[b], bf16Oracle(b)) && !(Number.isNaN(got[b]) && Number.isNaN(bf16Oracle(b))));
    expect(wrong.slice(0, 5).map((b) => `0x${b.toString(16)}: ${got[b]}, not ${bf16Oracle(b)}`)).toEqual([]);
  });
});
