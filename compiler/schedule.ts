// The Schedule: every decision about how one field's kernels are built that is not its
// mathematics, chosen in one place by one cost model and read by the backends, which keep no
// knobs of their own. Which level the field is lowered at and why; the kernel's entries; binaryen's
// optimizer; for straight-line kernels the inlining depth and the WGSL loops; for loop kernels the
// tile of points, the register blocking of each matrix product, the fusion depth and the
// fused multiply-add build. `--emit stats` prints it (stats.schedule), compile() returns it
// (out.schedule).
//
// Today's cost model is a handful of rules with measured thresholds (below, each with its
// measurement). A measured model (blocking per layer shape, the FMA build where it runs faster)
// replaces the values in chooseSchedule without changing the Schedule's shape: the blocking is
// already per product. Not knobs, and so not here: limits of devices and the calling convention
// (WGSL's WORKGROUP_SIZE, wgsl-tensor.ts's PRIVATE_SCRATCH_FLOATS), the passes' own effort
// budgets (analyze.ts's NEVER_WORSE_NODES, the divergence pass's frontier), and the runtime's
// threading and chunking policy (the runtime has no compiler code).
import { ENTRY_NAMES, type EntryName } from './backend/artifact.js';
import type { Program } from './ir/program.js';
import { liveNodes } from './tensor/interpret.js';
import type { TensorProgram } from './tensor/program.js';

/** binaryen's passes over the module: -O2, only sharing locals (coalesce-locals, reorder-locals), or none. */
export type OptimizerPasses = 'full' | 'locals' | 'none';

interface ScheduleBase {
  /** Why the field is lowered at this level: the cost model's evidence, or --lowering. */
  reason: string;
  /** The kernel's entry points, in the artifact's order. */
  entries: EntryName[];
  /** Entries the field has but its kernel leaves out, and why. */
  omitted?: Partial<Record<EntryName, string>>;
  optimizer: { passes: OptimizerPasses; reason: string };
}

/** Straight-line kernels of scalar SSA (small fields: lorenz-class). */
export interface ScalarSchedule extends ScheduleBase {
  lowering: 'scalar';
  /** Deepest expression tree a wasm kernel builds by inlining single-use nodes; deeper chains go through a local. */
  inlineDepth: number;
  /** WGSL: a sum of at least this many products with evenly spaced per-batch coefficients is a loop. */
  gpuLoopTerms: number;
}

/** A matrix product of the loop kernels: weights (per batch) times a per-point tensor, or a per-batch product in the prologue. */
export interface ProductSchedule {
  /** The product's node in the tensor graph the entries share. */
  node: number;
  /** The per-batch matrix's shape [rows, inner]. */
  weights: [number, number];
  /** Columns of the other operand (1 for a vector). */
  columns: number;
  /** 'point': in the entries' loop over tiles of points; 'batch': in the prologue (scalars, splatted). */
  stage: 'point' | 'batch';
  /** Weight rows per pass over the inner dimension: each load of the points serves them. */
  rows: number;
  /**
   * Vectors of points each splatted weight serves (register blocking: rows x vectors accumulators);
   * the tile's vectors pass through in tile.vectors / vectors groups, the weight row in L1 after
   * the first. 1 in the prologue.
   */
  vectors: number;
}

/** Loops over weights, points in lanes (networks). */
export interface TensorSchedule extends ScheduleBase {
  lowering: 'tensor';
  /**
   * The entries' tile: `vectors` SIMD vectors of points go through the graph node by node (a
   * per-point tensor of n elements is n x vectors vectors of scratch), `block` vectors a group of
   * accumulators by default, `groups` of them (vectors = block x groups).
   */
  tile: { block: number; groups: number; vectors: number };
  /** Register blocking of each matrix product, by node. */
  products: ProductSchedule[];
  /** Deepest chain of elementwise maps fused into their consumer's loop (0: none); deeper chains go through memory. */
  fusedDepth: number;
  /** Whether the artifact also carries the build with relaxed SIMD's fused multiply-add (section divc.fma). */
  fma: boolean;
}

export type Schedule = ScalarSchedule | TensorSchedule;

/**
 * Knobs set by hand, for tests and benchmarks only (compile's and analyze's `schedule` option;
 * no command-line flag): each replaces the cost model's choice, and the result is checked.
 */
export interface ScheduleOverride {
  optimizer?: OptimizerPasses;
  inlineDepth?: number;
  gpuLoopTerms?: number;
  block?: number;
  groups?: number;
  /** Weight rows per pass of every product (per-point and prologue). */
  rows?: number;
  fusedDepth?: number;
  fma?: boolean;
  /** Per product (by node): rows and vectors. */
  products?: Record<number, { rows?: number; vectors?: number }>;
  /** The divergence pass's directions, wherever they apply (tensor/divergence.ts), instead of the cheaper. */
  directions?: 'input directions' | 'columns of the output matrix' | 'forward Laplacian';
}

// ---- the cost model's thresholds ----

/**
 * Above this many scalar operations and weights in f unrolled, the scalar path's graphs (f + div f
 * are several times f) stop fitting: loops over weights.
 */
const SCALAR_LIMIT_OPS = 8192;

/**
 * A weight matrix this large applied to a per-point vector is a network layer, which loops run
 * faster than unrolled code. Measured (one thread, f64, div f points/s, unrolled vs loops): mlp
 * (two 1024-weight layers) 1.08e6 vs 1.25e6; mlp2 1.61e5 vs 2.97e5 (and 4.2 s vs 0.03 s to
 * compile); without layers, gmm_score 1.5e7 vs 3.2e6 and lorenz96 (sparse: the scalar pass sees
 * its structural zeros, 41x fewer operations) stay unrolled.
 */
const LAYER_MIN_WEIGHTS = 512;

/**
 * binaryen's -O2 is not run: V8's optimizing tier does as well on our code without it (measured,
 * same-run A/B over the 15 shared fields without conditions, f64 and f32: -O2's kernels ran
 * 0.94-1.06x as fast as bare ones, within the noise), and it cost 30-390 ms a compile, the largest
 * part of a cold compile after binaryen's load (lorenz: 77 of 96 ms). Straight-line modules with
 * more IR nodes than this still get their locals shared: one local per value made stack frames of
 * megabytes (V8: "Maximum call stack size exceeded" on mlp2's evaluate entry); up to it a frame
 * of bare locals stays under 64 KiB.
 */
const OPTIMIZE_BELOW_NODES = 4000;

/**
 * Unrolled, the diagonal of a network costs d tangent directions (mlp2: 144k operations a point
 * against 21k for f + div f; binaryen ran out of memory on the module): a scalar kernel leaves out
 * a diagonal larger than this and than f + div f (the tensor level, networks' default, has a
 * contracted one).
 */
const DIAGONAL_MAX_NODES = 50_000;

/**
 * The largest vjp entry (training) a scalar kernel carries, in IR nodes: beyond it, binaryen's
 * time and memory on the module grow past what the evaluation entries need (mlp2 unrolled: its
 * vjp took the compile past minutes), and the entry is left out.
 */
const VJP_MAX_NODES = 50_000;

/** Whether a scalar kernel's vjp is worth building: unrolled, it has been up to 3.7 x f + div f's nodes (mlp2: 597k against 162k). */
export const buildsVjp = (evaluateNodes: number): boolean => 4 * evaluateNodes <= VJP_MAX_NODES;

/**
 * Most numbers a per-point tensor of the loop level's f + div f may hold. A wide field whose
 * divergence needs every input direction materialized as a block (a 4,040-site Lorenz-96, from
 * the mutation fuzzer: a [4040, 4040] block a point) took 18 to 26 s to compile into a 295 MB
 * module with a 2.6 GB heap; straight-line code takes it in 2.4 s. Networks stay far below:
 * torch-jet's net's largest is 38,400 ([768, 50]).
 */
const POINT_TENSOR_MAX = 1 << 20;

/** Whether the loop level can keep the largest per-point tensor of f + div f (numbers a point), else why not. */
export function loopsCanHold(largest: number): { ok: true } | { ok: false; reason: string } {
  return largest <= POINT_TENSOR_MAX ? { ok: true } : { ok: false, reason: `f + div f at the loop level would keep ${largest} numbers a point in one tensor (more than ${POINT_TENSOR_MAX}): straight-line code` };
}

/** Deepest expression tree the straight-line kernels inline. */
const INLINE_DEPTH = 24;

/** Fewer terms than this stay straight-line WGSL: a loop would not be shorter. */
const GPU_LOOP_TERMS = 8;

/** Vectors of points per group of accumulators: each weight load serves them (register blocking). */
const BLOCK = 4;

/**
 * Groups of BLOCK vectors per tile: each weight row is read from L2/L3 once per tile and from L1
 * for the other groups, so layers whose weights do not fit L2 stream 1/GROUPS of the weight
 * traffic; but per-point tensors grow GROUPS-fold. Measured (f64, one thread): score_net's
 * products alone 21.3 Gflop/s with 1 group, 16.4 with 4; on the (32; 1024) net 2 groups looked
 * faster (f 6.7e3 vs 5.1e3 points/s) but on a loaded machine, and (128; 512) slower: 1 for now.
 */
const GROUPS = 1;

/**
 * Weight rows per pass over the points in a matrix product: ROWS x BLOCK accumulators. With one
 * row, the 4 accumulators' add chains bound the inner loop (3 cycles an add on Zen: 22 GFLOP/s
 * f64 in bench/peak.ts's loop, 31.5 with 2 x 4 on the same data). More rows first measured
 * slower (score_net's products: 1 row 21.3 Gflop/s, 2 rows 15.5) because each row reloaded the
 * step's vectors of points; loaded once into locals (emitter.ts), the sweep's networks, f64 f
 * alone, one thread, 1 row against 2 in alternating rounds: (16; 64x2) 5.3e5 -> 5.9e5 points/s,
 * (64; 256x2) 7.3e4 -> 8.8e4, (32; 1024x2) 8.4e3 -> 1.12e4, the CNF (43; 256x3) f + div f
 * 1.78e3 -> 2.22e3. 3 rows x 4 (19 vector registers of x64's 16) and 2 x 6 spill: 0.5x to 0.7x;
 * 4 x 2 ties 2 x 4.
 */
const ROWS = 2;

/** Deepest fused chain of maps. */
const FUSED_DEPTH = 12;

/**
 * The FMA build rides along in every loop artifact; the runtime runs it only when asked
 * (`load(..., { fma: true })`) and the engine validates relaxed SIMD (docs/RUNTIME.md: on Zen it
 * measured 11% slower on score_net, and it changes the last bits).
 */
const FMA = true;

// ---- the cost model ----

/** What the lowering decision looks at, measured on the field's tensor program before any derivative pass. */
export interface LoweringFacts {
  /** Scalar operations and weights of f unrolled (tensor/cost.ts unrolledSize). */
  unrolledOps: number;
  /** Weights of the largest per-batch matrix multiplied with a per-point tensor in f. */
  largestLayer: number;
}

/**
 * The cost model's first decision, taken before either level's passes run (they are the
 * expensive part, and only the chosen level's run): straight-line code or loops over weights.
 */
export function chooseLevel(facts: LoweringFacts): { kind: 'scalar' | 'tensor'; reason: string } {
  const { unrolledOps: size, largestLayer: layer } = facts;
  if (size > SCALAR_LIMIT_OPS) return { kind: 'tensor', reason: `${size} scalar operations and weights in f unrolled (more than ${SCALAR_LIMIT_OPS}): loops over weights` };
  if (layer >= LAYER_MIN_WEIGHTS) return { kind: 'tensor', reason: `a layer of ${layer} weights (at least ${LAYER_MIN_WEIGHTS}): loops over weights` };
  return { kind: 'scalar', reason: `${size} scalar operations and weights in f unrolled, no layer of ${LAYER_MIN_WEIGHTS} weights: straight-line code` };
}

/** The field's programs, by entry, at the level it was lowered at, and why it went there. */
export type ScheduleInput =
  | { lowering: 'scalar'; reason: string; programs: Partial<Record<EntryName, Program>> }
  | { lowering: 'tensor'; reason: string; programs: Partial<Record<EntryName, TensorProgram>> };

/**
 * The schedule of one field whose programs exist: the level chosen (by chooseLevel, or asked
 * for), then that level's knobs. `override` (tests and benchmarks) replaces any of them.
 */
export function chooseSchedule(input: ScheduleInput, override: ScheduleOverride = {}): Schedule {
  const s = input.lowering === 'scalar' ? scalarSchedule(input.reason, input.programs, override) : tensorSchedule(input.reason, input.programs, override);
  if (override.optimizer !== undefined) s.optimizer = { passes: override.optimizer, reason: 'set by hand (tests, benchmarks)' };
  return s;
}

function scalarSchedule(reason: string, programs: Partial<Record<EntryName, Program>>, o: ScheduleOverride): ScalarSchedule {
  const { evaluate, diagonal } = programs;
  const omitted: Partial<Record<EntryName, string>> = {};
  if (diagonal && evaluate && diagonal.graph.size > Math.max(evaluate.graph.size, DIAGONAL_MAX_NODES)) {
    omitted.diagonal = `${diagonal.graph.size} IR nodes unrolled (more than f + div f's ${evaluate.graph.size} and ${DIAGONAL_MAX_NODES}): the tensor level has a contracted one`;
  }
  const { vjp } = programs;
  if (vjp && vjp.graph.size > VJP_MAX_NODES) omitted.vjp = `${vjp.graph.size} IR nodes unrolled (more than ${VJP_MAX_NODES})`;
  const entries = ENTRY_NAMES.filter((e) => programs[e] !== undefined && omitted[e] === undefined);
  // every entry's locals share the module's frame budget, a vjp's included
  const nodes = entries.reduce((n, e) => n + programs[e]!.graph.size, 0);
  const optimizer = nodes <= OPTIMIZE_BELOW_NODES
    ? { passes: 'none' as const, reason: `${nodes} IR nodes (at most ${OPTIMIZE_BELOW_NODES}): no binaryen passes, -O2 gave no speed` }
    : { passes: 'locals' as const, reason: `${nodes} IR nodes (more than ${OPTIMIZE_BELOW_NODES}): locals shared only, -O2 gave no speed` };
  const inlineDepth = positive(o.inlineDepth ?? INLINE_DEPTH, 'inlineDepth');
  const gpuLoopTerms = positive(o.gpuLoopTerms ?? GPU_LOOP_TERMS, 'gpuLoopTerms');
  return { lowering: 'scalar', reason, entries, ...(Object.keys(omitted).length ? { omitted } : {}), optimizer, inlineDepth, gpuLoopTerms };
}

function tensorSchedule(reason: string, programs: Partial<Record<EntryName, TensorProgram>>, o: ScheduleOverride): TensorSchedule {
  const entries = ENTRY_NAMES.filter((e) => programs[e] !== undefined);
  const block = positive(o.block ?? BLOCK, 'block');
  const groups = positive(o.groups ?? GROUPS, 'groups');
  const tile = { block, groups, vectors: block * groups };
  // every matrix product any entry computes (the entries share one graph), in node order
  const first = programs[entries[0]!]!;
  const g = first.graph;
  const live = new Set(entries.flatMap((e) => liveNodes(programs[e]!)));
  const products: ProductSchedule[] = [...live].sort((a, b) => a - b).filter((id) => g.node(id).op === 'matmul').map((id) => {
    const n = g.node(id);
    const [r, inner] = g.node(n.args[0]!).shape as [number, number];
    const stage = n.varying ? 'point' as const : 'batch' as const;
    const by = o.products?.[id] ?? {};
    const rows = positive(by.rows ?? o.rows ?? ROWS, `rows of product ${id}`);
    const vectors = positive(by.vectors ?? (stage === 'point' ? block : 1), `vectors of product ${id}`);
    if (stage === 'point' ? tile.vectors % vectors !== 0 : vectors !== 1) {
      throw new Error(`schedule: product ${id} cannot take ${vectors} vectors (${stage === 'point' ? `not a divisor of the tile's ${tile.vectors}` : 'the prologue has one'})`);
    }
    return { node: id, weights: [r, inner], columns: n.shape.length === 2 ? n.shape[1]! : 1, stage, rows, vectors };
  });
  for (const id of Object.keys(o.products ?? {})) {
    if (!products.some((p) => p.node === Number(id))) throw new Error(`schedule: node ${id} is not a matrix product of this field`);
  }
  return {
    lowering: 'tensor', reason, entries, optimizer: { passes: 'none', reason: 'loop code: no binaryen passes, -O2 gave no speed' },
    tile, products, fusedDepth: positive(o.fusedDepth ?? FUSED_DEPTH, 'fusedDepth', 0), fma: o.fma ?? FMA,
  };
}

function positive(v: number, what: string, least = 1): number {
  if (!Number.isInteger(v) || v < least) throw new Error(`schedule: ${what} must be an integer of at least ${least}, not ${v}`);
  return v;
}
