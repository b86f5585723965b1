// The artifact format: a WebAssembly module whose custom section `divc` holds this metadata as
// UTF-8 JSON. Shared by the compiler (which writes it) and the runtime (which reads it).

/**
 * Version 2: entries as one record with named outputs, one per-batch memory descriptor.
 * Version 3: conditions (a point's row is its coordinates, then its conditions). An artifact
 * without conditions is still written as version 2, which older runtimes run.
 */
export const FORMAT_VERSION = 3;
/** The oldest format this runtime reads. */
export const OLDEST_FORMAT_VERSION = 2;
export const METADATA_SECTION = 'divc';
/** Custom section holding the WGSL shader (UTF-8) for the WebGPU backend. */
export const WGSL_SECTION = 'divc.wgsl';
/**
 * Custom section holding the same kernel built with relaxed SIMD's fused multiply-add (a whole
 * wasm module, without metadata): used where the engine validates it, unless load() is told not to.
 */
export const FMA_SECTION = 'divc.fma';

export interface ParamMeta {
  name: string;
  shape: number[];
  /** First scalar slot in the params area. */
  slot: number;
  size: number;
  default?: number[];
}

/**
 * A condition: a per-point input that is not differentiated (LANGUAGE.md "Conditions"). Its
 * `size` numbers follow the coordinates in each point's row, from `offset` (dim for the first).
 */
export interface ConditionMeta { name: string; shape: number[]; offset: number; size: number }

/**
 * One per-point array an entry reads or writes: `width` numbers a point, row-major (n x width).
 * `summed` (an output): added up over the points by the kernel instead: the argument is an area of
 * lanes x width numbers, each of the `width` sums as one SIMD vector (lane k holds the points
 * k, k + lanes, ...), which the caller zeroes before the first call and adds the lanes of after
 * the last (a vjp's param gradients).
 */
export interface ArrayMeta { name: string; width: number; summed?: boolean }

/**
 * One exported kernel function, `export(in_0, ..., in_j, out_0, ..., out_k, n)`: byte offsets of
 * its inputs' and outputs' arrays (n x width numbers of `precision` each, in the order listed),
 * then the number of points n. The WGSL shader's entry point for it is `<export>_main`.
 */
export interface EntryMeta {
  export: string;
  /** Per-point inputs, in argument order (today: `points`, width dim plus the conditions' sizes). */
  inputs: ArrayMeta[];
  /** Per-point outputs, in argument order. */
  outputs: ArrayMeta[];
  /**
   * The entry `flow` (RK4 in the kernel): `export(points, end, integral, n, work, t0, h, steps)`,
   * t0 and h f64, with `work` the byte offset of a scratch area of this many numbers.
   */
  work?: number;
}

export interface ArtifactMetadata {
  format: number;
  compiler: string;
  field: string;
  dim: number;
  inputs: string[];
  /** Format 3: the conditions, in declaration order (absent: none). */
  conditions?: ConditionMeta[];
  precision: 'f64' | 'f32';
  /** Points per SIMD vector. */
  lanes: number;
  /** The params this field uses, in slot order (first use). */
  params: ParamMeta[];
  /**
   * Every param the source file declares, in declaration order: setParams ignores names declared
   * but unused by this field (one set of params serves every field of a file), and Kernel.params
   * follows this order.
   */
  declared?: string[];
  memory: {
    /** Byte offset of the params area (one element per slot, in the kernel's precision). */
    params: number;
    /**
     * The per-batch values the prologue computes (and constant tensors), whatever the level the
     * field was lowered at: `count` values of `precision`, value k at byte `offset + k * stride`
     * (stride 16 for scalar kernels, whose values are splatted across a vector's lanes; the
     * element size for tensor kernels). The WGSL shader reads them as `count` f32 from its
     * `batch` binding, value k at index k.
     */
    batch: { offset: number; count: number; stride: number };
    /**
     * Numbers per point of the WGSL shader's per-point tensors when they are too large for
     * private memory: the runtime then binds a storage buffer of that many f32 per point
     * (binding 5, element e of point i at e * n + i for the n points of a dispatch).
     */
    gpuScratch?: number;
    /** First byte the runtime may use for its point and result buffers. */
    heap: number;
  };
  /** Export name of `prologue()`, which computes the per-batch values: call it after params change. */
  prologue: string;
  /**
   * Where present, `export(mask: i32)` recomputes only the per-batch values that depend on a param
   * whose bit is in mask (param `name` has bit `bits[name]`, 0 to 30; -1 recomputes everything):
   * after a setParams the runtime passes the changed params' bits.
   */
  prologueParams?: { export: string; bits: Record<string, number> };
  /**
   * The kernel's entries by name: `evaluate` (f and div f; a potential's U too), `divergence` (div
   * f alone), and where present `diagonal` (the Jacobian's diagonal and div f) and `potential` (a
   * potential's U alone). Entries to come add names; a runtime ignores names it does not know.
   */
  entries: Record<string, EntryMeta>;
  /** 'potential': the field is grad U of a scalar U, div f its Laplacian. Absent: 'field'. */
  kind?: 'field' | 'potential';
}

/** The entries this runtime runs: every one takes the points alone (an artifact's other entries, of a later divc, are ignored). */
export const KNOWN_ENTRIES = ['evaluate', 'divergence', 'diagonal', 'potential'] as const;

/** The artifact's entries this runtime knows, by name: the known names, taking the points as their one input. */
export function knownEntries(meta: Pick<ArtifactMetadata, 'entries'>): Record<string, EntryMeta> {
  return Object.fromEntries(Object.entries(meta.entries).filter(([name, e]) =>
    (KNOWN_ENTRIES as readonly string[]).includes(name) && e.inputs?.length === 1 && e.inputs[0]!.name === 'points'));
}
