// The compiler API of CONTRACT.md: compile(source, options) -> diagnostics, artifact, stats.
// Never throws on user error: problems in the source come back as diagnostics.
import { analyze, type Analysis, type AnalyzeOptions } from './analyze.js';
import { asError, exhaustionDiagnostic, isResourceExhaustion } from './internal-error.js';
import { emitWasm, type Precision } from './backend/wasm.js';
import { emitWgsl } from './backend/wgsl.js';
import { emitTensorWasm } from './backend/wasm-loops.js';
import { emitTensorWgsl, gpuScratchFloats } from './backend/wgsl-tensor.js';
import { printTensorProgram } from './tensor/printer.js';
import { gpuPipeline } from './passes/pipeline.js';
import type { Diagnostic } from './diagnostics.js';
import type { Stats } from './stats.js';
import type { ArtifactMetadata } from '../runtime/artifact.js';
import { printProgram } from './ir/printer.js';
import { VERSION } from './version.js';

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

function emit(source: string, options: CompileOptions, analysis: Analysis): CompileOutput {
  if (analysis.tensor) {
    // loops over weights; the WGSL shader reads the per-batch tensors of this precision's prologue
    const { f } = analysis.tensor;
    const { evaluate, divergence, diagonal, potential } = options.fOnly ? { evaluate: f, divergence: f, diagonal: undefined, potential: undefined } : analysis.tensor;
    const precision = options.precision ?? 'f64';
    const extra = { ...(diagonal ? { diagonal } : {}), ...(potential ? { potential } : {}) };
    const wgsl = emitTensorWgsl(evaluate, divergence, precision, `divc ${VERSION}`, extra);
    const gpuScratch = gpuScratchFloats(evaluate, divergence, precision, extra);
    const out = emitTensorWasm({ evaluate, divergence, ...extra, precision, compilerVersion: `divc ${VERSION}`, text: options.text === true, wgsl, fma: true, ...(gpuScratch ? { gpuScratch } : {}), ...(analysis.declared ? { declared: analysis.declared } : {}) });
    return {
      diagnostics: analysis.diagnostics,
      wasm: out.binary,
      wgsl,
      ...(analysis.stats ? { stats: analysis.stats } : {}),
      metadata: out.metadata,
      ...(options.text ? { ir: printTensorProgram(evaluate), wat: out.text } : {}),
    };
  }
  if (!analysis.programs) return { diagnostics: analysis.diagnostics };
  const { f } = analysis.programs;
  const { evaluate, divergence, diagonal: wholeDiagonal, potential } = options.fOnly ? { evaluate: f, divergence: f, diagonal: undefined, potential: undefined } : analysis.programs;
  // Unrolled, the diagonal of a network costs d tangent directions (mlp2: 144k operations a
  // point against 21k for f + div f; binaryen ran out of memory on the module): such fields get
  // no diagonal entry here (the tensor level, their default, has a contracted one).
  const diagonal = wholeDiagonal && wholeDiagonal.graph.size <= Math.max(evaluate.graph.size, 50_000) ? wholeDiagonal : undefined;
  const extra = { ...(diagonal ? { diagonal } : {}), ...(potential ? { potential } : {}) };
  const wgsl = emitWgsl({ evaluate, divergence, ...extra, source, compilerVersion: `divc ${VERSION}`, ...(options.optimize === false ? {} : { rewrite: gpuPipeline }) });
  const out = emitWasm({
    evaluate, divergence, wgsl, ...extra,
    ...(analysis.declared ? { declared: analysis.declared } : {}),
    precision: options.precision ?? 'f64',
    compilerVersion: `divc ${VERSION}`,
    text: options.text === true,
    optimize: true,
  });
  return {
    diagnostics: analysis.diagnostics,
    wasm: out.binary,
    wgsl,
    ...(analysis.stats ? { stats: analysis.stats } : {}),
    metadata: out.metadata,
    ...(options.text ? { ir: printProgram(evaluate), wat: out.text } : {}),
  };
}
