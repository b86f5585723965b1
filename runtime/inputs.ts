// What callers pass in, checked and flattened: param values against their shapes, and points
// against the kernel's dimension. Every problem is a DivcError naming the param or the point.
import { DivcError } from './errors.js';
import type { ParamMeta } from './artifact.js';

export type Points = Float64Array | Float32Array | ArrayLike<number> | ArrayLike<ArrayLike<number>>;
/** Results: Float64Array from f64 artifacts, Float32Array from f32 ones. */
export type FloatArray = Float64Array | Float32Array;

function shapeText(shape: number[]): string {
  return shape.length === 0 ? 'a scalar' : `[${shape.join(', ')}]`;
}

/** A param value with its shape: what divc/runtime/params reads from .safetensors, .npz and .npy. */
export interface ParamTensor { shape: readonly number[]; data: ArrayLike<number> }

const isTensor = (v: unknown): v is ParamTensor => typeof v === 'object' && v !== null && Array.isArray((v as ParamTensor).shape) && 'data' in v;

/** Flatten a param value (number, nested arrays, a flat typed array or a { shape, data } tensor) row-major, checking its shape. */
export function flattenParam(p: ParamMeta, value: unknown): number[] | FloatArray {
  if (typeof value === 'number') {
    if (p.size !== 1 || p.shape.length !== 0) throw new DivcError(`param '${p.name}' has shape ${shapeText(p.shape)}, got a single number`);
    return [value];
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const flat = value as unknown as ArrayLike<number>;
    if (flat.length !== p.size) throw new DivcError(`param '${p.name}' has shape ${shapeText(p.shape)} (${p.size} numbers), got a typed array of ${flat.length}`);
    // float and integer arrays go to memory as they are (TypedArray.set converts: a copy, not
    // 2.4M boxed numbers); BigInt arrays through Number
    return value instanceof BigInt64Array || value instanceof BigUint64Array ? Array.from(flat, Number) : flat as FloatArray;
  }
  if (isTensor(value)) {
    // { shape, data } as divc/runtime/params reads it: the shape must be the declared one
    if (value.shape.length !== p.shape.length || value.shape.some((n, k) => n !== p.shape[k])) throw new DivcError(`param '${p.name}' has shape [${p.shape.join(', ')}], got a tensor of shape [${value.shape.join(', ')}]`);
    return flattenParam(p, Float64Array.from(value.data));
  }
  if (!Array.isArray(value)) throw new DivcError(`param '${p.name}' expects ${shapeText(p.shape)}, got ${value === null ? 'null' : typeof value}`);
  if (p.shape.length === 0) throw new DivcError(`param '${p.name}' expects a scalar, got an array of ${value.length}`);
  const out: number[] = [];
  const walk = (v: unknown, depth: number, path: string): void => {
    if (depth === p.shape.length) {
      if (typeof v !== 'number') throw new DivcError(`param '${p.name}'${path} must be a number, got ${Array.isArray(v) ? 'an array' : typeof v}`);
      out.push(v);
      return;
    }
    if (!Array.isArray(v) || v.length !== p.shape[depth]) {
      throw new DivcError(`param '${p.name}' has shape ${shapeText(p.shape)}: '${p.name}'${path} should have ${p.shape[depth]} entries, got ${Array.isArray(v) ? v.length : typeof v}`);
    }
    v.forEach((x, i) => walk(x, depth + 1, `${path}[${i}]`));
  };
  // a flat array of all the numbers is accepted too (row-major)
  if (p.shape.length > 1 && value.length === p.size && value.every((x) => typeof x === 'number')) return value as number[];
  walk(value, 0, '');
  return out;
}

/** Points as one flat typed array of n * dim numbers (Float64Array for 8-byte kernels, else
 *  Float32Array), validated: errors name the point and the inputs. */
export function flattenPoints(points: Points, dim: number, inputs: string[], bytes: number): FloatArray {
  const Out = bytes === 8 ? Float64Array : Float32Array;
  if (points instanceof Float64Array || points instanceof Float32Array) {
    if (points.length % dim !== 0) throw new DivcError(`points: expected a multiple of dim = ${dim} numbers, got ${points.length}`);
    return points instanceof Out ? points : new Out(points);
  }
  if (points === null || typeof points !== 'object' || typeof (points as ArrayLike<unknown>).length !== 'number') {
    throw new DivcError('points must be a Float64Array, Float32Array, number[] or number[][]');
  }
  const list = points as ArrayLike<unknown>;
  if (list.length > 0 && typeof list[0] === 'object' && list[0] !== null) {
    const out = new Out(list.length * dim);
    for (let i = 0; i < list.length; i++) {
      const row = list[i] as ArrayLike<unknown>;
      if (row === null || typeof row !== 'object' || row.length !== dim) {
        throw new DivcError(`points[${i}] should have ${dim} numbers (${inputs.join(', ')}), got ${row === null || typeof row !== 'object' ? typeof row : row.length}`);
      }
      for (let k = 0; k < dim; k++) {
        const v = row[k];
        if (typeof v !== 'number') throw new DivcError(`points[${i}][${k}] is not a number (${typeof v})`);
        out[i * dim + k] = v;
      }
    }
    return out;
  }
  if (list.length % dim !== 0) throw new DivcError(`points: expected a multiple of dim = ${dim} numbers, got ${list.length}`);
  const out = new Out(list.length);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v !== 'number') throw new DivcError(`points[${i}] is not a number (${typeof v})`);
    out[i] = v;
  }
  return out;
}
