// The artifact format: a WebAssembly module whose custom section `divc` holds this metadata as
// UTF-8 JSON. Shared by the compiler (which writes it) and the runtime (which reads it).

export const FORMAT_VERSION = 1;
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

export interface ArtifactMetadata {
  format: number;
  compiler: string;
  field: string;
  dim: number;
  inputs: string[];
  precision: 'f64' | 'f32';
  /** Points per SIMD vector. */
  lanes: number;
  /** The params this field uses, in slot order (first use). */
  params: ParamMeta[];
  /**
   * Every param the source file declares, in declaration order (absent before it existed):
   * setParams ignores names declared but unused by this field (one set of params serves every
   * field of a file), and Kernel.params follows this order.
   */
  declared?: string[];
  memory: {
    /** Byte offset of the params area (one element per slot, in the kernel's precision). */
    params: number;
    /** First byte the runtime may use for its point and result buffers. */
    heap: number;
    /**
     * Per-batch values written by the prologue: 16-byte slots (the value splatted across lanes),
     * those of the evaluate entry from `evaluate`, then the divergence entry's; `slots` in all.
     * The WGSL shader reads the same slots from its `batch` binding.
     */
    batch?: { evaluate: number; divergence: number; slots: number };
    /**
     * Kernels of the tensor level (networks): the per-batch tensors the prologue writes (and the
     * constant tensors), `count` elements of `precision` from byte `offset`, one after another.
     * The WGSL shader reads them, as f32, from its `batch` binding at the same element indices.
     */
    tensors?: {
      offset: number; count: number;
      /**
       * Numbers per point of the shader's per-point tensors when they are too large for private
       * memory: the runtime then binds a storage buffer of that many f32 per point (binding 6,
       * element e of point i at e * n + i for the n points of a dispatch).
       */
      gpuScratch?: number;
    };
  };
  /**
   * Exported functions: evaluate and divergence take (points, values, divergences, n), byte
   * offsets into memory; prologue() computes the per-batch values and must run after params change.
   */
  entries: {
    evaluate: string; divergence: string; prologue: string;
    /**
     * (points, values, divergences, n): the Jacobian's diagonal d f_i / d x_i into `values`
     * (n x dim, row-major) and div f into `divergences`. Absent in artifacts before it existed.
     */
    diagonal?: string;
    /** (points, values, divergences, n): a potential's U into `divergences` (values unused). */
    potential?: string;
  };
  /** 'potential': the field is grad U of a scalar U (entry `potential`), div f its Laplacian. Absent: 'field'. */
  kind?: 'field' | 'potential';
}
