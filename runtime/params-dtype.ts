// Raw tensor bytes to numbers, for the params-file readers (safetensors and NumPy): every dtype a
// trained model's weights come in, either byte order. Floats keep their width where it is exact
// (f16 and bf16 widen to f32 without rounding); integers become f64 (exact up to 2^53).
import { DivcError } from './errors.js';

/** An element type: float, signed or unsigned integer, bfloat16, or bool; size in bytes. */
export interface DType { kind: 'f' | 'i' | 'u' | 'bf' | 'b'; size: number }

/** A named array from a params file: its shape and its numbers, row-major (C order). */
export interface Tensor { shape: number[]; data: Float64Array | Float32Array }

const HOST_LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A half-precision float's bits as a number (IEEE 754 binary16). */
function half(h: number): number {
  const sign = h & 0x8000 ? -1 : 1, exp = (h >> 10) & 0x1f, frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24; // zero and subnormals
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/**
 * `count` elements of type `t` from `bytes` (exactly count * t.size of them): Float64Array for f64
 * and integers, Float32Array for f32, f16 and bf16. The data is copied, so the result owns
 * aligned memory whatever the offset of the tensor in its file.
 */
export function decode(bytes: Uint8Array, t: DType, count: number, little: boolean): Float64Array | Float32Array {
  const wide = t.kind === 'f' && t.size === 8;
  // the common case, f64/f32 in the host's byte order (little-endian nearly everywhere): one copy
  if (little === HOST_LITTLE && t.kind === 'f' && t.size >= 4) {
    const copy = new Uint8Array(bytes.subarray(0, count * t.size)); // a copy (a Buffer's slice() would be a view)
    return wide ? new Float64Array(copy.buffer) : new Float32Array(copy.buffer);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, count * t.size);
  const out = (t.kind === 'f' && t.size <= 4) || t.kind === 'bf' ? new Float32Array(count) : new Float64Array(count);
  const at = (i: number) => i * t.size;
  const read: (i: number) => number =
    t.kind === 'f' ? (t.size === 8 ? (i) => view.getFloat64(at(i), little) : t.size === 4 ? (i) => view.getFloat32(at(i), little) : (i) => half(view.getUint16(at(i), little)))
    : t.kind === 'bf' ? bfloat16(view, little)
    : t.kind === 'b' ? (i) => (view.getUint8(i) ? 1 : 0)
    : t.size === 8 ? (t.kind === 'i' ? (i) => Number(view.getBigInt64(at(i), little)) : (i) => Number(view.getBigUint64(at(i), little)))
    : t.size === 4 ? (t.kind === 'i' ? (i) => view.getInt32(at(i), little) : (i) => view.getUint32(at(i), little))
    : t.size === 2 ? (t.kind === 'i' ? (i) => view.getInt16(at(i), little) : (i) => view.getUint16(at(i), little))
    : t.kind === 'i' ? (i) => view.getInt8(i) : (i) => view.getUint8(i);
  for (let i = 0; i < count; i++) out[i] = read(i);
  return out;
}

/** bfloat16 is the top half of an f32: its bits shifted up are the f32's, exactly. */
function bfloat16(view: DataView, little: boolean): (i: number) => number {
  const scratch = new DataView(new ArrayBuffer(4));
  return (i) => {
    scratch.setUint32(0, view.getUint16(i * 2, little) << 16);
    return scratch.getFloat32(0);
  };
}

/** The number of elements of a shape, checked: non-negative integers only. */
export function elementCount(shape: unknown, what: string): number {
  if (!Array.isArray(shape) || !shape.every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw new DivcError(`${what}: shape ${JSON.stringify(shape)} is not a list of non-negative integers`);
  }
  return (shape as number[]).reduce((a, b) => a * b, 1);
}

/** A C-order copy of Fortran-order (column-major) data of this shape. */
export function fromFortranOrder(data: Float64Array | Float32Array, shape: number[]): Float64Array | Float32Array {
  if (shape.length < 2) return data;
  const out = new (data.constructor as Float64ArrayConstructor | Float32ArrayConstructor)(data.length);
  // Fortran strides: the first axis varies fastest
  const strides = shape.map((_, k) => shape.slice(0, k).reduce((a, b) => a * b, 1));
  const index = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < out.length; i++) {
    let offset = 0;
    for (let k = 0; k < shape.length; k++) offset += index[k]! * strides[k]!;
    out[i] = data[offset]!;
    // advance the C-order index: the last axis fastest
    for (let k = shape.length - 1; k >= 0 && ++index[k]! === shape[k]; k--) index[k] = 0;
  }
  return out;
}
