// Reading an artifact's metadata (custom section `divc`, docs/ARTIFACT.md), refusing what this
// runtime cannot run with a message that says why.
import { DivcError } from './errors.js';
import { FORMAT_VERSION, METADATA_SECTION, OLDEST_FORMAT_VERSION, type ArtifactMetadata } from './artifact.js';

export function readMetadata(module: WebAssembly.Module): ArtifactMetadata {
  const sections = WebAssembly.Module.customSections(module, METADATA_SECTION);
  if (sections.length === 0) throw new DivcError(`not a divc artifact: the module has no '${METADATA_SECTION}' metadata section`);
  let meta: ArtifactMetadata;
  try {
    meta = JSON.parse(new TextDecoder().decode(sections[0]));
  } catch {
    throw new DivcError('corrupt divc artifact: its metadata is not valid JSON');
  }
  if (typeof meta !== 'object' || meta === null || typeof meta.format !== 'number') throw new DivcError('corrupt divc artifact: metadata without a format version');
  if (meta.format > FORMAT_VERSION) {
    throw new DivcError(`this artifact has format version ${meta.format}, newer than this runtime reads (${FORMAT_VERSION}): upgrade divc`);
  }
  if (meta.format < OLDEST_FORMAT_VERSION) {
    throw new DivcError(`this artifact has format version ${meta.format}, older than this runtime reads (${OLDEST_FORMAT_VERSION} to ${FORMAT_VERSION}): recompile it with this divc (divc field.div -o field.wasm)`);
  }
  const entry = (name: string) => typeof meta.entries?.[name]?.export === 'string' && Array.isArray(meta.entries[name].outputs);
  const ok = typeof meta.field === 'string' && Number.isInteger(meta.dim) && meta.dim > 0 && Array.isArray(meta.params)
    && (meta.precision === 'f64' || meta.precision === 'f32') && typeof meta.memory?.heap === 'number'
    && conditionsOk(meta)
    && [meta.memory.batch?.count, meta.memory.batch?.offset, meta.memory.batch?.stride].every((v) => Number.isInteger(v) && v >= 0) && entry('evaluate') && entry('divergence');
  if (!ok) throw new DivcError('corrupt divc artifact: incomplete metadata');
  return meta;
}

/** Conditions, where present, follow the coordinates in order, and the entries read rows of that width. */
function conditionsOk(meta: ArtifactMetadata): boolean {
  if (meta.conditions === undefined) return true;
  if (!Array.isArray(meta.conditions)) return false;
  let at = meta.dim;
  for (const c of meta.conditions) {
    const size = Array.isArray(c?.shape) && c.shape.length <= 1 ? (c.shape[0] ?? 1) : NaN;
    if (typeof c !== 'object' || c === null || typeof c.name !== 'string' || c.offset !== at || c.size !== size || !(size >= 1)) return false;
    at += size;
  }
  return Object.values(meta.entries ?? {}).every((e) => e?.inputs?.[0]?.name !== 'points' || e.inputs[0].width === at);
}

/** Numbers per point in the kernel's input rows: the coordinates, then the conditions. */
export const rowWidth = (meta: Pick<ArtifactMetadata, 'dim' | 'conditions'>): number =>
  meta.dim + (meta.conditions ?? []).reduce((n, c) => n + c.size, 0);

/** Scalar slots in the params area. */
export const paramSlotCount = (meta: ArtifactMetadata) => meta.params.reduce((n, p) => Math.max(n, p.slot + p.size), 0);

/**
 * Kernels import nothing: every builtin is computed inside the module. Artifacts of divc before
 * 0.x imported scalar math from JavaScript (module 'm'); the runtime refuses them with advice.
 */
export function refuseImports(module: WebAssembly.Module): void {
  const imports = WebAssembly.Module.imports(module);
  if (imports.length === 0) return;
  const names = imports.map((i) => `${i.module}.${i.name}`).join(', ');
  throw new DivcError(`this artifact imports ${names}: it was built by an older divc, whose kernels called JavaScript's Math for some builtins. Recompile it with this divc (its kernels compute every builtin themselves, the same bits on every engine)`);
}
