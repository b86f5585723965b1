// divc/runtime: loads a divc artifact and runs it. No compiler code, no binaryen, no chevrotain.
// load.ts reads and instantiates an artifact; kernel.ts runs it; param-state.ts holds its params
// in memory; policy.ts decides the backend and the threads of each batch.
export { DivcError } from './errors.js';
export type { FloatArray, ParamTensor, Points } from './inputs.js';
export type { ArtifactMetadata, ArrayMeta, ConditionMeta, EntryMeta, ParamMeta } from './artifact.js';
export type { ArtifactSource } from './source.js';
export {
  AUTO_GPU_MIN_POINTS, GPU_TRANSFER_BYTES_PER_SECOND,
  THREAD_MIN_POINTS, THREAD_BYTES_PER_SECOND, THREAD_TRANSFER_BYTES_PER_SECOND, THREAD_MIN_SECONDS,
  type Backend,
} from './policy.js';
export type { ParamValue, ParamDescription } from './param-state.js';
export { Kernel, type CallOptions } from './kernel.js';
export type { ConditionValue, Conditions } from './conditions.js';
export type { FlowOptions, FlowResult } from './flow.js';
export type { Cotangents, VjpResult } from './vjp.js';
export { load, type LoadOptions } from './load.js';
