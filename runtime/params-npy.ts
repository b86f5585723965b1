// One NumPy .npy array (np.save; also each member of an .npz): format versions 1.0 to 3.0, any
// numeric dtype in either byte order, C or Fortran order. The header is a Python dict literal:
// {'descr': '<f8', 'fortran_order': False, 'shape': (64, 16), }, padded with spaces.
import { DivcError } from './errors.js';
import { decode, elementCount, fromFortranOrder, type DType, type Tensor } from './params-dtype.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

export const isNpyBytes = (b: Uint8Array) => MAGIC.every((c, i) => b[i] === c);

/** What a descr that is not a plain number type holds, for the error message. */
const UNSUPPORTED: Record<string, string> = {
  O: 'an object array (pickled Python objects, which cannot be read safely): save a numeric array, e.g. np.asarray(x, np.float64)',
  c: 'complex numbers: params are real',
  U: 'strings', S: 'bytes', V: 'raw or structured records', M: 'datetimes', m: 'timedeltas',
};

/** The element type a descr such as '<f8', '>i4', '|u1' or '|b1' names, and its byte order. */
function dtypeOf(descr: string, what: string): { t: DType; little: boolean } {
  // byte order, kind, size, and for datetimes a unit: '<M8[ns]' (NumPy writes one for every datetime64)
  const m = /^([<>|=]?)([a-zA-Z])(\d*)(\[\w+\])?$/.exec(descr);
  const kind = m?.[2] ?? '', size = Number(m?.[3]);
  const numeric = !m?.[4] && ((kind === 'f' && (size === 8 || size === 4 || size === 2))
    || ((kind === 'i' || kind === 'u') && (size === 8 || size === 4 || size === 2 || size === 1))
    || (kind === 'b' && size === 1));
  if (!m || !numeric) {
    const why = UNSUPPORTED[kind] ?? 'not a number type divc reads';
    throw new DivcError(`${what}: dtype '${descr}' is not supported: ${why} (supported: float64, float32, float16, int8 to int64, uint8 to uint64, bool)`);
  }
  // '=' is native order, which NumPy writes as '<' on every little-endian machine
  return { t: { kind: kind as DType['kind'], size }, little: m[1] !== '>' };
}

/** The array in one .npy file's bytes; `what` names it in errors ("model.npz: 'W1'"). */
export function parseNpy(bytes: Uint8Array, what: string): Tensor {
  if (!isNpyBytes(bytes)) throw new DivcError(`${what}: not a .npy array (no \\x93NUMPY magic)`);
  // a file cut within its first 10 (v1) or 12 bytes is a truncated header (bytes[6] undefined: 4 expected)
  const major = bytes[6]!;
  const lengthBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lengthBytes) throw new DivcError(`${what}: truncated .npy header`);
  if (major < 1 || major > 3) throw new DivcError(`${what}: .npy format version ${major}.${bytes[7]} is not supported (1.0 to 3.0 are)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = 8 + lengthBytes + headerLength;
  if (start > bytes.length) throw new DivcError(`${what}: truncated: the .npy header announces ${headerLength} bytes, the file ends first`);
  // versions 1 and 2 write latin1, version 3 utf-8; the keys and values divc reads are ASCII
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(8 + lengthBytes, start));
  const field = (key: string, value: string) => new RegExp(`['"]${key}['"]\\s*:\\s*${value}`).exec(header);
  const descrMatch = field('descr', `(?:'([^']*)'|"([^"]*)"|(\\[))`);
  const fortran = field('fortran_order', '(True|False)')?.[1];
  const shapeText = field('shape', '\\(([^)]*)\\)')?.[1];
  if (!header.trimStart().startsWith('{') || !descrMatch || fortran === undefined || shapeText === undefined) {
    throw new DivcError(`${what}: bad .npy header (expected 'descr', 'fortran_order' and 'shape'): ${header.trim().slice(0, 120)}`);
  }
  if (descrMatch[3]) throw new DivcError(`${what}: a structured dtype (records with named fields) is not supported: save each field as its own array`);
  const { t, little } = dtypeOf(descrMatch[1] ?? descrMatch[2]!, what);
  // Python 2 wrote long integers with an L suffix: (3L, 4L)
  const shape = shapeText.split(',').map((s) => s.trim().replace(/L$/, '')).filter(Boolean).map(Number);
  const count = elementCount(shape, what);
  const available = bytes.length - start;
  if (available < count * t.size) {
    throw new DivcError(`${what}: truncated: shape [${shape.join(', ')}] needs ${count * t.size} bytes of data, the file holds ${available}`);
  }
  const data = decode(bytes.subarray(start), t, count, little);
  return { shape, data: fortran === 'True' ? fromFortranOrder(data, shape) : data };
}
