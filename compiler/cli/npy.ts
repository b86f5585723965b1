// NumPy .npy files for `divc run`: points read through divc/runtime/params' reader (any numeric
// dtype, versions 1.0 to 3.0), results written with a header of their own, so points can come from
// and results go to NumPy without a text round trip: np.save('points.npy', X) ... np.load('div.npy').
import { InputError } from './input-error.js';
import { columnsText, hintText, type Columns } from './columns.js';
import { DivcError } from '../../runtime/errors.js';
import { parseNpy } from '../../runtime/params-npy.js';
import type { Tensor } from '../../runtime/params-dtype.js';

const MAGIC = '\x93NUMPY';

/**
 * Points from a .npy: any array divc/runtime/params reads (float64, float32, float16, integers,
 * bool, either byte order, C or Fortran order; runtime/params-npy.ts), shape (n, dim) or
 * (n * dim,). float64 and float32 keep their type, the others widen exactly.
 */
export function readNpy(path: string, bytes: Buffer, dim: number, columns?: Columns): Float64Array | Float32Array {
  let array: Tensor;
  try {
    array = parseNpy(bytes, path);
  } catch (e) {
    if (e instanceof DivcError) throw new InputError(e.message);
    throw e;
  }
  const { shape, data } = array;
  if (!(shape.length === 2 && shape[1] === dim) && !(shape.length === 1 && shape[0]! % dim === 0)) {
    throw new InputError(columns
      ? `${path}: shape (${shape.join(', ')}) does not hold rows of ${columnsText(columns)}: expected (n, ${dim})${hintText(columns)}`
      : `${path}: shape (${shape.join(', ')}) does not hold ${dim}-dimensional points: expected (n, ${dim})`);
  }
  return data;
}

/** A .npy header for little-endian float64/float32 data of this shape, `total` bytes long (a
 *  multiple of 64; default: the least) so that a writer can reserve it before n is known. */
export function npyHeader(shape: number[], f32: boolean, total?: number): Buffer {
  const dict = `{'descr': '${f32 ? '<f4' : '<f8'}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const minimal = 10 + dict.length + 1;
  const length = total ?? Math.ceil(minimal / 64) * 64;
  if (length < minimal) throw new Error(`internal: a .npy header needs ${minimal} bytes, ${length} reserved`);
  const text = dict + ' '.repeat(length - minimal) + '\n';
  const out = Buffer.alloc(length);
  out.write(MAGIC, 0, 'latin1');
  out[6] = 1; out[7] = 0;
  out.writeUInt16LE(text.length, 8);
  out.write(text, 10, 'latin1');
  return out;
}

export const isNpy = (path: string) => path.toLowerCase().endsWith('.npy');
