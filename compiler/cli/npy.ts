// NumPy .npy files for `divc run` (format version 1.0/2.0: a magic string, a header dict, then
// the raw little-endian C-order data), so points can come from and results go to NumPy without
// a text round trip: np.save('points.npy', X) ... np.load('div.npy').
import { InputError } from './input-error.js';

const MAGIC = '\x93NUMPY';

/** Points from a .npy of float64 or float32, shape (n, dim) or (n * dim,). */
export function readNpy(path: string, bytes: Buffer, dim: number): Float64Array | Float32Array {
  if (bytes.toString('latin1', 0, 6) !== MAGIC) throw new InputError(`${path}: not a .npy file (no \\x93NUMPY magic)`);
  const major = bytes[6]!;
  // version 1: a 2-byte header length, from byte 10 on; versions 2 and 3: 4 bytes, from 12 on
  const prefix = major === 1 ? 10 : 12;
  const truncated = () => new InputError(`${path}: truncated .npy header (${bytes.length} bytes)`);
  if (bytes.length < prefix) throw truncated();
  const start = prefix + (major === 1 ? bytes.readUInt16LE(8) : bytes.readUInt32LE(8));
  if (bytes.length < start) throw truncated();
  const header = bytes.toString('latin1', prefix, start);
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*True/.test(header);
  const shape = (/'shape':\s*\(([^)]*)\)/.exec(header)?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (descr !== '<f8' && descr !== '<f4') throw new InputError(`${path}: dtype ${descr ?? '?'} is not supported: save float64 or float32 (np.asarray(X, np.float64))`);
  if (fortran && shape.length > 1) throw new InputError(`${path}: Fortran-order arrays are not supported: save np.ascontiguousarray(X)`);
  const count = shape.reduce((a, b) => a * b, 1);
  if (!(shape.length === 2 && shape[1] === dim) && !(shape.length === 1 && count % dim === 0)) {
    throw new InputError(`${path}: shape (${shape.join(', ')}) does not hold ${dim}-dimensional points: expected (n, ${dim})`);
  }
  const size = descr === '<f8' ? 8 : 4;
  if (bytes.length < start + count * size) throw new InputError(`${path}: truncated: ${count} numbers announced, ${Math.floor((bytes.length - start) / size)} present`);
  const data = bytes.subarray(start, start + count * size);
  const copy = new Uint8Array(data); // aligned
  return size === 8 ? new Float64Array(copy.buffer) : new Float32Array(copy.buffer);
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
