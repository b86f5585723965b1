// Turning whatever the user passed to load() into the artifact's bytes.
import { DivcError } from './errors.js';

export type ArtifactSource = Uint8Array | ArrayBuffer | ArrayBufferView | Response | URL | string;

const isNode = () => typeof process !== 'undefined' && !!process.versions?.node;

async function readFile(path: string | URL): Promise<Uint8Array> {
  const fs = await import(/* @vite-ignore */ 'node:fs/promises');
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (e) {
    throw new DivcError(`cannot read artifact ${String(path)}: ${(e as Error).message}`);
  }
}

async function fromResponse(r: Response, what: string): Promise<Uint8Array> {
  if (!r.ok) throw new DivcError(`cannot fetch artifact ${what}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

export async function artifactBytes(source: ArtifactSource): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  if (typeof Response !== 'undefined' && source instanceof Response) return fromResponse(source, source.url);
  if (source instanceof URL) {
    if (source.protocol === 'file:' && isNode()) return readFile(source);
    return fromResponse(await fetch(source), source.href);
  }
  if (typeof source === 'string') return isNode() ? readFile(source) : fromResponse(await fetch(source), source);
  throw new DivcError('load() expects the artifact as a Uint8Array, ArrayBuffer, Response, URL or file path');
}
