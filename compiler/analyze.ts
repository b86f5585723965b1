// Source -> optimized programs and diagnostics, without any backend (and without binaryen):
// what `divc check`, `--emit ir|stats` and the backends share.
import { parse } from '../grammar/index.js';
import { DiagnosticBag, type Diagnostic } from './diagnostics.js';
import { FileScope, elaborateField } from './frontend/elaborate.js';
import { unroll } from './tensor/unroll.js';
import type { TensorProgram } from './tensor/program.js';
import { runPipeline } from './passes/pipeline.js';
import { withPotential } from './passes/rebuild.js';
import { vjpProgram } from './passes/vjp.js';
import type { Program } from './ir/program.js';
import { countOps, stats, type Stats } from './stats.js';
import { GraphLimitError, NODE_LIMIT } from './ir/graph.js';
import { chooseLowering, tensorAnalysis, type Lowering, type TensorPrograms } from './tensor/lowering.js';
import { buildsVjp, chooseSchedule, type Schedule, type ScheduleOverride } from './schedule.js';

/** Fields up to this many nodes are also compiled plainly, to keep whichever costs less per point. */
const NEVER_WORSE_NODES = 20_000;

export interface AnalyzeOptions {
  /** Also run the pipeline with passes switched off, to report what each one saved (slower). */
  savings?: boolean;
  /**
   * Also build the vjp entry, for training (k.vjp). Off by default: it adds 40% to 100% to a
   * straight-line field's compile (measured: gmm_score 116 -> 189 ms, two_layer 129 -> 263 ms).
   */
  vjp?: boolean;
  filename?: string;
  /** Which field to compile; the only one by default. */
  field?: string;
  /** Algebraic simplification on (default) or off (the plain forward-mode baseline). */
  optimize?: boolean;
  /** Most IR nodes a field may unroll to. */
  nodeLimit?: number;
  /**
   * Scalar unrolling (small fields), tensor loops (networks), or the cost model's choice
   * (default 'auto'; tensor-level fields it cannot express stay scalar).
   */
  lowering?: Lowering;
  /**
   * Tests and benchmarks only (no command-line flag): knobs of the schedule set by hand instead of
   * by the cost model (schedule.ts); the result is checked, and stats.schedule shows it.
   */
  schedule?: ScheduleOverride;
}

export interface Analysis {
  diagnostics: Diagnostic[];
  /**
   * The selected field, optimized: f alone, then a program per kernel entry: f + div f (a
   * potential's U too), div f alone, the Jacobian diagonal, and for a potential U alone.
   */
  programs?: { f: Program; evaluate: Program; divergence: Program; diagonal: Program; potential?: Program; vjp?: Program };
  /** The same, for a field lowered at the tensor level (loops over weights) instead. */
  tensor?: TensorPrograms;
  stats?: Stats;
  /** How the kernel is to be built (also stats.schedule). */
  schedule?: Schedule;
  /** Every param the file declares, in declaration order (the artifact's `declared`). */
  declared?: string[];
}

const declaredParams = (scope: FileScope) => [...scope.decls.values()].filter((d) => d.kind === 'param').map((d) => d.name);

export function analyze(source: string, options: AnalyzeOptions = {}): Analysis {
  const file = options.filename ?? '<input>';
  const diags = new DiagnosticBag(file);
  const parsed = parse(source);
  for (const e of parsed.errors) diags.error(e.code, e.message, e.range);
  if (!parsed.program) return { diagnostics: diags.list };

  const scope = new FileScope(parsed.program, diags);
  scope.checkDeclarations();
  const limit = options.nodeLimit ?? NODE_LIMIT;
  // every field is elaborated (its errors reported), the chosen one lowered
  const elaborated = new Map<string, TensorProgram | undefined>();
  for (const d of scope.fields) elaborated.set(d.name, elaborateField(scope, d, { limit }));

  let chosen: TensorProgram | undefined;
  const start = { line: 1, col: 1, endLine: 1, endCol: 1 };
  if (options.field !== undefined) {
    if (!elaborated.has(options.field)) {
      const names = scope.fields.map((f) => f.name);
      diags.error('E0501', `no field named '${options.field}' in this file${names.length ? ` (fields: ${names.join(', ')})` : ''}`, start);
    }
    chosen = elaborated.get(options.field);
  } else if (scope.fields.length === 0) {
    diags.error('E0502', 'this file declares no field: add `field name(x, y) = (...)`', start);
  } else if (scope.fields.length > 1) {
    diags.error('E0503', `this file declares several fields (${scope.fields.map((f) => f.name).join(', ')}): choose one with --field NAME`, scope.fields[1]!.nameRange);
  } else {
    chosen = elaborated.get(scope.fields[0]!.name);
  }
  if (diags.hasErrors || !chosen) return { diagnostics: diags.list };

  const optimize = options.optimize ?? true;
  // the unoptimized baseline is the plain forward mode over unrolled scalars
  const choice = chooseLowering(chosen, options.lowering ?? (optimize ? 'auto' : 'scalar'), options.schedule?.directions);
  if (choice.tensor) {
    const t = tensorAnalysis(choice, options.schedule, options.vjp === true);
    return { diagnostics: diags.list, tensor: t.programs, stats: t.stats, schedule: t.schedule, declared: declaredParams(scope) };
  }

  const fieldDecl = scope.fields.find((f) => f.name === chosen!.field)!;
  // scalar code: the tensor program unrolled, with the scalar rewrite rules (or without: the plain baseline)
  const unrolled = (simplify: boolean): Program => unroll(chosen!, { simplify, limit });
  let stage = 'unrolling';
  try {
    const scalar = unrolled(optimize);
    stage = 'differentiation';
    const f = runPipeline(scalar, { divergence: false, optimize });
    let evaluate = runPipeline(scalar, { divergence: true, optimize });
    if (optimize && evaluate.graph.size <= NEVER_WORSE_NODES) {
      // The optimizer must never lose to --no-opt: where its rules and mixed mode cost more per
      // point than the plain forward mode (a random program found 157 against 150), keep the plain one.
      const plain = runPipeline(unrolled(false), { divergence: true, optimize: false });
      if (countOps(plain).perPoint < countOps(evaluate).perPoint) evaluate = plain;
    }
    const divergence = runPipeline({ ...evaluate, outputs: { values: [], divergence: evaluate.outputs.divergence! } }, { divergence: false, optimize });
    const diagonal = runPipeline(scalar, { divergence: true, diagonal: true, optimize });
    // a potential's U: a program of its own (the entry `potential`), and merged into the evaluate
    // entry's program, which then stores U in the same pass as grad U and the Laplacian
    const potential = scalar.potential === undefined ? undefined
      : runPipeline({ ...scalar, potential: undefined, outputs: { values: [], potential: scalar.potential } }, { divergence: false, optimize });
    const result = stats(f, evaluate, divergence);
    result.diagonal = countOps(diagonal);
    if (potential) {
      result.potential = countOps(potential);
      evaluate = withPotential(evaluate, potential);
      result.evaluate = countOps(evaluate);
    }
    // the gradient of the cotangent-weighted outputs with respect to the point and the params (training)
    const vjp = options.vjp && buildsVjp(evaluate.graph.size) ? vjpProgram(evaluate, optimize) : undefined;
    if (vjp) result.vjp = countOps(vjp);
    result.lowering = { kind: 'scalar', reason: choice.reason };
    const schedule = chooseSchedule({ lowering: 'scalar', reason: choice.reason, programs: { evaluate, divergence, diagonal, ...(potential ? { potential } : {}), ...(vjp ? { vjp } : {}) } }, options.schedule);
    if (options.savings && optimize) {
      // The same field through the pipeline with passes switched off, for `--emit stats`.
      const plain = countOps(runPipeline(unrolled(false), { divergence: true, optimize: false })).perPoint;
      const rulesOnly = countOps(runPipeline(unrolled(false), { divergence: true, optimize: true, mixedMode: false })).perPoint;
      result.savings = {
        baselinePerPoint: plain,
        rules: plain - rulesOnly,
        mixedMode: rulesOnly - result.divergence.perPoint,
      };
    }
    result.schedule = schedule;
    return { diagnostics: diags.list, programs: { f, evaluate, divergence, diagonal, ...(potential ? { potential } : {}), ...(vjp ? { vjp } : {}) }, stats: result, schedule, declared: declaredParams(scope) };
  } catch (e) {
    if (e instanceof GraphLimitError) {
      diags.error('E0402', `field '${chosen.field}' is too large after ${stage}: more than ${e.limit} scalar operations (the unroll limit is ${e.limit})`, fieldDecl.nameRange);
      return { diagnostics: diags.list };
    }
    throw e;
  }
}
