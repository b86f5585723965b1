// Tiny writers of the params-file formats, following their specs, for round trips through
// divc/runtime/params: safetensors (an 8-byte little-endian header length, a JSON header, the
// data) and NumPy .npy (magic, version, header length, a dict padded to 64 bytes, the data).

/** Element writers by dtype: size in bytes and a setter on a DataView. */
export const WRITERS: Record<string, { size: number; set: (v: DataView, at: number, x: number, little: boolean) => void }> = {
  f8: { size: 8, set: (v, at, x, le) => v.setFloat64(at, x, le) },
  f4: { size: 4, set: (v, at, x, le) => v.setFloat32(at, x, le) },
  f2: { size: 2, set: (v, at, x, le) => v.setUint16(at, toHalf(x), le) },
  bf2: { size: 2, set: (v, at, x, le) => { const s = new DataView(new ArrayBuffer(4)); s.setFloat32(0, x); v.setUint16(at, s.getUint32(0) >>> 16, le); } },
  i8: { size: 8, set: (v, at, x, le) => v.setBigInt64(at, BigInt(x), le) },
  u8: { size: 8, set: (v, at, x, le) => v.setBigUint64(at, BigInt(x), le) },
  i4: { size: 4, set: (v, at, x, le) => v.setInt32(at, x, le) },
  u4: { size: 4, set: (v, at, x, le) => v.setUint32(at, x, le) },
  i2: { size: 2, set: (v, at, x, le) => v.setInt16(at, x, le) },
  u2: { size: 2, set: (v, at, x, le) => v.setUint16(at, x, le) },
  i1: { size: 1, set: (v, at, x) => v.setInt8(at, x) },
  u1: { size: 1, set: (v, at, x) => v.setUint8(at, x) },
  b1: { size: 1, set: (v, at, x) => v.setUint8(at, x ? 1 : 0) },
};

/** binary16 bits of a number exactly representable in it (normal or subnormal, +-0, +-Infinity; NaN as 0x7e00). */
function toHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === 0) return sign;
  if (a === Infinity) return sign | 0x7c00;
  if (a < 2 ** -14) return sign | Math.round(a / 2 ** -24);
  const exp = Math.floor(Math.log2(a));
  return sign | ((exp + 15) << 10) | Math.round((a / 2 ** exp - 1) * 1024);
}

export function encode(kind: string, values: number[], little = true): Uint8Array {
  const w = WRITERS[kind]!;
  const out = new Uint8Array(values.length * w.size);
  const view = new DataView(out.buffer);
  values.forEach((x, i) => w.set(view, i * w.size, x, little));
  return out;
}

export interface StEntry { dtype: string; shape: number[]; data: Uint8Array }

/** A .safetensors file; `header` may override or add entries (broken files for error tests). */
export function safetensors(tensors: Record<string, StEntry>, extraHeader: Record<string, unknown> = {}): Uint8Array {
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  const blobs: Uint8Array[] = [];
  let offset = 0;
  for (const [name, t] of Object.entries(tensors)) {
    header[name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + t.data.length] };
    blobs.push(t.data);
    offset += t.data.length;
  }
  let json = JSON.stringify({ ...header, ...extraHeader });
  json += ' '.repeat((8 - (json.length % 8)) % 8);
  const text = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + text.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(text.length), true);
  out.set(text, 8);
  let at = 8 + text.length;
  for (const b of blobs) { out.set(b, at); at += b.length; }
  return out;
}

/** A .npy file of format `version` (1, 2 or 3) holding `data` as is. */
export function npy(descr: string, shape: number[], data: Uint8Array, { version = 1, fortran = false } = {}): Uint8Array {
  const lengthBytes = version === 1 ? 2 : 4;
  let dict = `{'descr': '${descr}', 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  dict += ' '.repeat((64 - ((8 + lengthBytes + dict.length + 1) % 64)) % 64) + '\n';
  return rawNpy(dict, data, version);
}

/** A .npy file from its header's bytes as given: no padding, no checks (broken files too). */
export function rawNpy(header: Uint8Array | string, data: Uint8Array = new Uint8Array(0), version = 1): Uint8Array {
  const text = typeof header === 'string' ? new TextEncoder().encode(header) : header;
  const lengthBytes = version === 1 ? 2 : 4;
  const out = new Uint8Array(8 + lengthBytes + text.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, text.length, true); else view.setUint32(8, text.length, true);
  out.set(text, 8 + lengthBytes);
  out.set(data, 8 + lengthBytes + text.length);
  return out;
}
