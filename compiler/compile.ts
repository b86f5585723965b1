// The compiler API of CONTRACT.md: compile(source, options) -> diagnostics, artifact, stats.
// Never throws on user error: problems in the source come back as diagnostics.
import { analyze, type Analysis, type AnalyzeOptions } from './analyze.js';
import { asError, exhaustionDiagnostic, isResourceExhaustion } from './internal-error.js';
import { emitWasm, LAYOUTS, type Precision, type WasmOutput } from './backend/wasm.js';
import { emitWgsl } from './backend/wgsl.js';
import { emitTensorWasm } from './backend/tensor/wasm.js';
import { tensorLayout } from './backend/tensor/memory-plan.js';
import { emitTensorWgsl, gpuScratchFloats } from './backend/wgsl-tensor.js';
import { artifactMetadata, entriesOf, sealArtifact, type Entry, type EntryName } from './backend/artifact.js';
import type { TensorProgram } from './tensor/program.js';
import type { ConditionInfo, ParamInfo, Program } from './ir/program.js';
import { printTensorProgram } from './tensor/printer.js';
import { gpuPipeline } from './passes/pipeline.js';
import type { Diagnostic } from './diagnostics.js';
import type { Stats } from './stats.js';
import type { ArtifactMetadata } from '../runtime/artifact.js';
import { printProgram } from './ir/printer.js';
import { VERSION } from './version.js';
import { chooseSchedule, type Schedule } from './schedule.js';

export interface CompileOptions extends AnalyzeOptions {
  precision?: Precision;
  /** Also produce the WebAssembly text (`out.wat`) and IR text (`out.ir`). */
  text?: boolean;
  /** Benchmarks only: an artifact whose entry points compute f alone (no divergence). */
  fOnly?: boolean;
}

export interface CompileOutput {
  diagnostics: Diagnostic[];
  /** The artifact: a self-describing .wasm (undefined when there are errors). */
  wasm?: Uint8Array;
  /** The WGSL compute shader (f32), also embedded in the artifact. */
  wgsl?: string;
  stats?: Stats;
  /** How the artifact was built: the cost model's choices (schedule.ts; also stats.schedule). */
  schedule?: Schedule;
  metadata?: ArtifactMetadata;
  ir?: string;
  wat?: string;
}

export function compile(source: string, options: CompileOptions = {}): CompileOutput {
  const analysis = analyze(source, options);
  try {
    return emit(source, options, analysis);
  } catch (e) {
    // binaryen out of memory is the field's size meeting a limit: a diagnostic; anything else
    // is a bug, thrown as an Error that says what was thrown
    if (!isResourceExhaustion(e)) throw asError(e);
    const field = analysis.programs?.evaluate.field ?? analysis.tensor?.evaluate.field ?? options.field ?? '?';
    const d = exhaustionDiagnostic(source, options.filename ?? '<input>', field, analysis.stats?.divergence, analysis.tensor ? 'tensor' : 'scalar');
    return { diagnostics: [...analysis.diagnostics, d], ...(analysis.stats ? { stats: analysis.stats } : {}) };
  }
}

/**
 * One emit path for both levels: the kernel's entries (artifact.ts), the WGSL shader and the wasm
 * module of the level the field was lowered at, then one artifact builder for the metadata and
 * the sections.
 */
function emit(source: string, options: CompileOptions, analysis: Analysis): CompileOutput {
  const level = analysis.tensor ?? analysis.programs;
  if (!level) return { diagnostics: analysis.diagnostics };
  const precision = options.precision ?? 'f64';
  const compilerVersion = `divc ${VERSION}`;
  const text = options.text === true;
  let out: WasmOutput & { fma?: Uint8Array };
  let wgsl: string;
  let first: { field: string; dim: number; inputs: string[]; params: ParamInfo[]; conditions?: ConditionInfo[] };
  let ir: string | undefined;
  let schedule = analysis.schedule!;
  if (analysis.tensor) {
    // loops over weights; the WGSL shader reads the per-batch tensors of this precision's prologue
    const t = analysis.tensor;
    // f alone (benchmarks) is a kernel of its own, with a schedule of its own
    const programs = options.fOnly ? { evaluate: t.f, divergence: t.f } : t;
    if (options.fOnly) schedule = chooseSchedule({ lowering: 'tensor', reason: schedule.reason, programs }, options.schedule);
    if (schedule.lowering !== 'tensor') throw new Error('internal: a tensor program with a scalar schedule');
    const entries = entriesOf(pick(programs, schedule.entries));
    // one memory plan for both renderers
    const lay = tensorLayout(entries, precision, schedule);
    // the GPU evaluates; training's vjp (the last entry) runs on wasm
    const gpu = entries.filter((e) => e.name !== 'vjp');
    const gpuLay = { ...lay, plans: lay.plans.slice(0, gpu.length) };
    wgsl = emitTensorWgsl(gpu, precision, compilerVersion, schedule, gpuLay);
    const gpuScratch = gpuScratchFloats(gpu, precision, schedule, gpuLay);
    out = emitTensorWasm({ entries, precision, text, schedule }, lay);
    if (gpuScratch) out.memory.gpuScratch = gpuScratch;
    first = entries[0]!.program;
    ir = text ? printTensorProgram(first as TensorProgram) : undefined;
    return sealed(entries);
  }
  const p = analysis.programs!;
  const programs = options.fOnly ? { evaluate: p.f, divergence: p.f } : p;
  if (options.fOnly) schedule = chooseSchedule({ lowering: 'scalar', reason: schedule.reason, programs }, options.schedule);
  if (schedule.lowering !== 'scalar') throw new Error('internal: a scalar program with a tensor schedule');
  // the schedule's entries: a large unrolled field leaves out its diagonal (schedule.omitted)
  const entries = entriesOf(pick(programs, schedule.entries));
  // the GPU evaluates; training's vjp runs on wasm (runtime/vjp.ts)
  wgsl = emitWgsl({ entries: entries.filter((e) => e.name !== 'vjp'), source, compilerVersion, loopTerms: schedule.gpuLoopTerms, ...(options.optimize === false ? {} : { rewrite: gpuPipeline }) });
  out = emitWasm({ entries, precision, text, schedule });
  first = entries[0]!.program;
  ir = text ? printProgram(first as Program) : undefined;
  return sealed(entries);

  function sealed(entries: Entry<unknown>[]): CompileOutput {
    const metadata = artifactMetadata({
      compilerVersion, field: first.field, dim: first.dim, inputs: first.inputs, params: first.params,
      ...(first.conditions ? { conditions: first.conditions } : {}),
      ...(analysis.declared ? { declared: analysis.declared } : {}),
      precision, lanes: LAYOUTS[precision].lanes, memory: out.memory, entries,
      ...(out.prologueParams ? { prologueParams: out.prologueParams } : {}),
      ...(out.flow ? { flow: { work: out.flow.work, ...(out.flow.dopri5 ? { dopri5: out.flow.dopri5 } : {}) } } : {}),
    });
    return {
      diagnostics: analysis.diagnostics,
      wasm: sealArtifact(out.module, metadata, { wgsl, ...(out.fma ? { fma: out.fma } : {}) }),
      wgsl,
      ...(analysis.stats ? { stats: analysis.stats } : {}),
      schedule,
      metadata,
      ...(text ? { ir, wat: out.text } : {}),
    };
  }
}

/** The programs of the entries a schedule keeps. */
function pick<P>(programs: Partial<Record<EntryName, P>>, names: readonly EntryName[]): Partial<Record<EntryName, P>> {
  return Object.fromEntries(names.map((n) => [n, programs[n]])) as Partial<Record<EntryName, P>>;
}
