// A kernel's params as they stand in its wasm memory: the values setParams writes there (checked
// and flattened), the params still without one, the prologue's per-batch values computed from
// them, and the versions of memory [params, heap) that calls were made with. Calls may overlap a
// setParams: a call that may read memory after an await holds its version, and the first write
// meanwhile copies that version aside (copy on write: nothing is copied otherwise).
import { DivcError } from './errors.js';
import type { ArtifactMetadata, ParamMeta } from './artifact.js';
import { flattenParam, type FloatArray, type ParamTensor } from './inputs.js';
import type { GpuInputs } from './webgpu.js';
import { paramSlotCount } from './metadata.js';

/** A number, nested arrays, a flat row-major typed array, or a { shape, data } tensor (divc/runtime/params). */
export type ParamValue = number | ArrayLike<number> | ArrayLike<unknown> | ParamTensor;

export interface ParamDescription { name: string; shape: number[]; default?: number | number[] }

export class ParamState {
  /** The params in the source's declaration order (meta.params is in slot order: first use). */
  readonly described: ParamDescription[];
  private readonly unset = new Set<string>();
  /** Params changed since the prologue last computed the per-batch values. */
  private stale = true;
  /** Their bits (metadata prologueParams), -1 where every value must be recomputed. */
  private changed = -1;
  /** Params or per-batch values changed since the GPU last got them. */
  private gpuStale = true;
  /** Counts prologue runs: the state of memory [params, heap) a call was made with. */
  private version = 0;
  /** Calls that may read memory after an await, by version; while any is pending, the first
   *  write copies that version's state aside. */
  private pending = new Map<number, number>();
  private snapshots = new Map<number, Uint8Array>();

  /** `prologue` computes the per-batch values from the params; `partial(mask)`, where the
   *  artifact has one, those depending on the params whose bits are in mask. */
  constructor(private readonly meta: ArtifactMetadata, private readonly memory: WebAssembly.Memory, private readonly bytes: 4 | 8, private readonly prologue: () => void, private readonly partial?: (mask: number) => void) {
    const at = (name: string) => (meta.declared ?? []).indexOf(name) >>> 0;
    this.described = [...meta.params].sort((a, b) => at(a.name) - at(b.name)).map((p) => ({
      name: p.name, shape: p.shape,
      ...(p.default ? { default: p.shape.length === 0 ? p.default[0]! : p.default } : {}),
    }));
    for (const p of meta.params) {
      if (p.default) this.write(p, p.default);
      else this.unset.add(p.name);
    }
  }

  private view(): FloatArray {
    return this.bytes === 8 ? new Float64Array(this.memory.buffer) : new Float32Array(this.memory.buffer);
  }

  private write(p: ParamMeta, values: ArrayLike<number>): void {
    if (this.pending.has(this.version) && !this.snapshots.has(this.version)) this.snapshots.set(this.version, this.save());
    this.view().set(values, this.meta.memory.params / this.bytes + p.slot);
    this.stale = true;
    // an own entry only (a param named __proto__ or toString finds the prototype's otherwise)
    const bits = this.meta.prologueParams?.bits;
    const bit = bits && Object.prototype.hasOwnProperty.call(bits, p.name) ? bits[p.name] : undefined;
    this.changed |= Number.isInteger(bit) && bit! >= 0 && bit! < 31 ? 1 << bit! : -1;
    this.gpuStale = true;
  }

  /** Kernel.setParams: values by name, each checked against its param's shape and flattened. */
  set(values: Record<string, ParamValue>): void {
    if (typeof values !== 'object' || values === null) throw new DivcError('setParams expects an object mapping param names to values');
    const entries = Object.entries(values).flatMap(([name, value]) => {
      const p = this.meta.params.find((q) => q.name === name);
      if (!p) {
        // declared in the file, used by another of its fields: one set of params serves them all
        if (this.meta.declared?.includes(name)) return [];
        const known = this.described.map((q) => q.name);
        throw new DivcError(`unknown param '${name}': field '${this.meta.field}' has ${known.length ? `params ${known.join(', ')}` : 'no params'}`);
      }
      return [[p, flattenParam(p, value)] as const];
    });
    for (const [p, flat] of entries) {
      this.write(p, flat);
      this.unset.delete(p.name);
    }
  }

  /** A call needs every param set: an error naming those without a value otherwise. */
  checkSet(): void {
    if (this.unset.size > 0) {
      // in the file's declaration order, as k.params lists them (the set is in slot order)
      const names = this.described.map((p) => p.name).filter((name) => this.unset.has(name));
      throw new DivcError(`param${names.length > 1 ? 's' : ''} ${names.map((n) => `'${n}'`).join(', ')} ${names.length > 1 ? 'have' : 'has'} no value: call setParams({ ${names[0]}: ... }) first`);
    }
  }

  /** The version a call starts on, the prologue run first where params changed. */
  begin(): number {
    if (this.stale) {
      if (this.partial && this.changed !== -1) this.partial(this.changed);
      else this.prologue();
      this.stale = false;
      this.changed = 0;
      this.version++;
    }
    return this.version;
  }

  /** A call on `version` may read memory after an await: a write meanwhile keeps its state. */
  hold(version: number): void {
    this.pending.set(version, (this.pending.get(version) ?? 0) + 1);
  }

  /** The call on `version` is done with memory. */
  release(version: number): void {
    const left = this.pending.get(version)! - 1;
    if (left > 0) this.pending.set(version, left);
    else { this.pending.delete(version); this.snapshots.delete(version); }
  }

  /** Runs `fn` on memory as the call on `version` found it: its snapshot, if a write came while it waited. */
  on<T>(version: number, fn: () => T): T {
    const mine = this.snapshots.get(version);
    return mine ? this.withState(mine, fn) : fn();
  }

  /** Memory [params, heap): the params and the prologue's per-batch values. */
  save(): Uint8Array {
    const { params, heap } = this.meta.memory;
    return new Uint8Array(this.memory.buffer, params, heap - params).slice();
  }

  /** Runs `fn` with memory holding `state`, then puts back the current state; `fn` must read
   *  memory synchronously (every execution path of the kernel does, before its first await). */
  withState<T>(state: Uint8Array, fn: () => T): T {
    const current = this.save();
    new Uint8Array(this.memory.buffer).set(state, this.meta.memory.params);
    try {
      return fn();
    } finally {
      new Uint8Array(this.memory.buffer).set(current, this.meta.memory.params);
      this.gpuStale = true;
    }
  }

  /** Params and the prologue's per-batch values, as the shader reads them (f32), where they
   *  changed since the GPU last got them; undefined otherwise. Read now: the upload is queued with the run. */
  gpuUpload(): GpuInputs | undefined {
    if (!this.gpuStale) return undefined;
    const view = this.view();
    const slots = paramSlotCount(this.meta);
    const at = this.meta.memory.params / this.bytes;
    const params = Float32Array.from(view.subarray(at, at + slots));
    // value k at offset + k * stride (16 for scalar kernels' splatted vectors: their first lane)
    const { offset, count, stride } = this.meta.memory.batch;
    const batch = new Float32Array(count);
    for (let k = 0; k < count; k++) batch[k] = view[(offset + k * stride) / this.bytes]!;
    this.gpuStale = false;
    return { params, batch };
  }
}
