// divc/runtime/params: weights from where they were trained. Reads a PyTorch state_dict saved with
// safetensors, NumPy .npz archives and .npy arrays into named tensors, and matches them to a
// kernel's params, so a model trained elsewhere is evaluated without a JSON detour:
//
//   const tensors = readTensors(bytes, 'model.safetensors');
//   k.setParams(matchParams(tensors, k.params, { map: { 'net.0.weight': 'W1' } }).values);
//
// A separate entry point (not imported by divc/runtime), so the runtime stays small; no compiler
// code. The zip container of .npz is read by fflate (stored and deflated members).
import { unzipSync } from 'fflate';
import { DivcError } from './errors.js';
import { decode, elementCount, type DType, type Tensor } from './params-dtype.js';
import { isNpyBytes, parseNpy } from './params-npy.js';

export { DivcError } from './errors.js';
export type { Tensor } from './params-dtype.js';

export type TensorFormat = 'safetensors' | 'npz' | 'npy';

/** The safetensors dtypes read (8-bit floats and complex numbers are not). */
const SAFETENSORS_DTYPES: Record<string, DType> = {
  F64: { kind: 'f', size: 8 }, F32: { kind: 'f', size: 4 }, F16: { kind: 'f', size: 2 }, BF16: { kind: 'bf', size: 2 },
  I64: { kind: 'i', size: 8 }, I32: { kind: 'i', size: 4 }, I16: { kind: 'i', size: 2 }, I8: { kind: 'i', size: 1 },
  U64: { kind: 'u', size: 8 }, U32: { kind: 'u', size: 4 }, U16: { kind: 'u', size: 2 }, U8: { kind: 'u', size: 1 },
  BOOL: { kind: 'b', size: 1 },
};

/** The format a file name's extension says (.safetensors, .npz, .npy), else undefined. */
export function tensorFormat(file: string): TensorFormat | undefined {
  const m = /\.(safetensors|npz|npy)$/i.exec(file);
  return m ? (m[1]!.toLowerCase() as TensorFormat) : undefined;
}

export interface ReadTensorsOptions {
  /** The format; default: from the file name's extension, else from the bytes' magic. */
  format?: TensorFormat;
  /** A .npy file's one array is named after the file (W1.npy: 'W1') unless this names it. */
  name?: string;
}

/**
 * The tensors of a .safetensors, .npz or .npy file, by name. `file` names the file in errors (and
 * a .npy array). Throws a DivcError naming the file and the tensor for a truncated or malformed
 * file, an unsupported dtype or inconsistent offsets.
 */
export function readTensors(bytes: Uint8Array | ArrayBuffer, file: string, options: ReadTensorsOptions = {}): Record<string, Tensor> {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const format = options.format ?? tensorFormat(file) ?? sniff(b);
  if (format === undefined) throw new DivcError(`${file}: not a .safetensors, .npz or .npy file (unknown extension and contents)`);
  if (format === 'npy') {
    const name = options.name ?? (file.split(/[\\/]/).pop() ?? file).replace(/\.npy$/i, '');
    return { [name]: parseNpy(b, `${file}: '${name}'`) };
  }
  return format === 'npz' ? readNpz(b, file) : readSafetensors(b, file);
}

/**
 * A format from the first bytes: NumPy's magic, safetensors' JSON header, or a zip's PK. Safetensors
 * first: its length's bytes are any (a header of 0x4b50 bytes starts 'PK'), while a zip's byte 8 is
 * its first member's compression method (0 or 8), never '{'.
 */
function sniff(b: Uint8Array): TensorFormat | undefined {
  if (isNpyBytes(b)) return 'npy';
  if (b.length > 8 && b[8] === 0x7b) return 'safetensors'; // '{' after the length
  return b[0] === 0x50 && b[1] === 0x4b ? 'npz' : undefined; // PK
}

/** An .npz: a zip of .npy arrays (np.savez stores them, np.savez_compressed deflates them). */
function readNpz(b: Uint8Array, file: string): Record<string, Tensor> {
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(b, { filter: (f) => f.name.toLowerCase().endsWith('.npy') });
  } catch (e) {
    throw new DivcError(`${file}: not a readable .npz (zip) archive: ${(e as Error).message}`);
  }
  const out: Record<string, Tensor> = {};
  for (const [member, data] of Object.entries(members)) {
    const name = member.slice(0, -4); // np.savez(file, W1=...) stores 'W1.npy'
    out[name] = parseNpy(data, `${file}: '${name}'`);
  }
  return out;
}

/**
 * A .safetensors file: an 8-byte little-endian header length, a JSON header
 * { name: { dtype, shape, data_offsets: [begin, end] }, __metadata__?: {...} }, then the data,
 * offsets counted from its start (https://github.com/huggingface/safetensors).
 */
function readSafetensors(b: Uint8Array, file: string): Record<string, Tensor> {
  if (b.length < 8) throw new DivcError(`${file}: truncated: ${b.length} bytes, not even a safetensors header length`);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const headerLength = view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32;
  if (headerLength > b.length - 8) throw new DivcError(`${file}: truncated or not a safetensors file: the header announces ${headerLength} bytes, the file has ${b.length - 8} after the length`);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(8, 8 + headerLength)));
  } catch (e) {
    throw new DivcError(`${file}: bad safetensors header: not valid JSON (${(e as Error).message})`);
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) throw new DivcError(`${file}: bad safetensors header: not a JSON object`);
  const data = b.subarray(8 + headerLength);
  const out: Record<string, Tensor> = {};
  for (const [name, entry] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') continue; // free-form strings (format, framework)
    const what = `${file}: tensor '${name}'`;
    const { dtype, shape, data_offsets: offsets } = (entry ?? {}) as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const t = typeof dtype === 'string' && Object.hasOwn(SAFETENSORS_DTYPES, dtype) ? SAFETENSORS_DTYPES[dtype]! : undefined;
    if (!t) throw new DivcError(`${what}: dtype ${JSON.stringify(dtype)} is not supported (supported: ${Object.keys(SAFETENSORS_DTYPES).join(', ')})`);
    const count = elementCount(shape, what);
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0) || offsets[0] > offsets[1]) {
      throw new DivcError(`${what}: bad data_offsets ${JSON.stringify(offsets)}: expected [begin, end] with 0 <= begin <= end`);
    }
    const [begin, end] = offsets as [number, number];
    if (end > data.length) throw new DivcError(`${what}: truncated: data_offsets [${begin}, ${end}] run past the end of the data (${data.length} bytes)`);
    if (end - begin !== count * t.size) {
      throw new DivcError(`${what}: data_offsets [${begin}, ${end}] hold ${end - begin} bytes, but shape [${(shape as number[]).join(', ')}] of ${dtype} needs ${count * t.size}`);
    }
    out[name] = { shape: [...(shape as number[])], data: decode(data.subarray(begin, end), t, count, true) };
  }
  return out;
}

/** A param as kernels describe it (`k.params`): its name and declared shape. */
export interface ParamShape { name: string; shape: readonly number[] }

export interface MatchOptions {
  /** Tensor name -> param name, for tensors named otherwise ('net.0.weight' -> 'W1'). A mapped
   *  tensor is used under its new name only. */
  map?: Record<string, string>;
  /** The file, named in errors. */
  file?: string;
}

/**
 * The tensors that are params (by name, or through `map`) as setParams values, and the names of
 * those that are not (a state_dict has extras: optimizer state, buffers, other layers). Throws a
 * DivcError naming the tensor and the param when their shapes differ, or when `map` names a
 * tensor or param that does not exist.
 */
export function matchParams(tensors: Record<string, Tensor>, params: readonly ParamShape[], options: MatchOptions = {}): { values: Record<string, Tensor>; unused: string[] } {
  const where = options.file ? `${options.file}: ` : '';
  const map = options.map ?? {};
  const byName = new Map(params.map((p) => [p.name, p]));
  const values: Record<string, Tensor> = {};
  const source: Record<string, string> = {};
  const use = (tensorName: string, paramName: string) => {
    const p = byName.get(paramName)!, t = tensors[tensorName]!;
    if (t.shape.length !== p.shape.length || t.shape.some((n, k) => n !== p.shape[k])) {
      throw new DivcError(`${where}tensor '${tensorName}' has shape [${t.shape.join(', ')}], param '${paramName}' has shape [${p.shape.join(', ')}]`);
    }
    values[paramName] = t;
    source[paramName] = tensorName;
  };
  for (const [from, to] of Object.entries(map)) {
    if (!Object.hasOwn(tensors, from)) throw new DivcError(`${where}no tensor '${from}' to map to param '${to}' (tensors: ${listNames(Object.keys(tensors))})`);
    if (!byName.has(to)) throw new DivcError(`${where}tensor '${from}' is mapped to '${to}', which is not a param (params: ${listNames(params.map((p) => p.name))})`);
    use(from, to);
  }
  const unused: string[] = [];
  for (const name of Object.keys(tensors)) {
    if (Object.hasOwn(map, name)) continue;
    // a tensor named like a param that a mapped tensor already sets is not used either
    if (byName.has(name) && !Object.hasOwn(source, name)) use(name, name);
    else unused.push(name);
  }
  return { values, unused };
}

/** @internal Names for a message (also the CLI's): all of them, or the first 20 and a count. */
export function listNames(names: string[]): string {
  if (names.length === 0) return 'none';
  const shown = names.slice(0, 20).map((n) => `'${n}'`).join(', ');
  return names.length > 20 ? `${shown} and ${names.length - 20} more` : shown;
}
