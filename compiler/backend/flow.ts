// The flow's RK4 inside the kernel (either lowering): `flow_rk4(points, ends, integrals, n, work,
// t0, h, steps)` integrates dx/dt = f(x; t) with `steps` equal steps of h from t0 for each point,
// and the integral of div f along its path. Points go in blocks of BLOCK: a block's stage rows,
// state and accumulators stay in `work` (about 32 KB, close to the core) for all its steps, and
// each stage is one call of the evaluate entry on the block: no call back into JavaScript. The
// updates are SIMD loops over whole vectors (block regions are multiples of 16 points, so a last
// partial vector only computes padding that is never copied out).
import { WasmModule, types, type Expr, type LaneType } from './binaryen.js';
import type { Entry, EntryOutput } from './artifact.js';
import { rowWidth, type ConditionInfo } from '../ir/program.js';
import { addFlowDopri5 } from './flow-dopri5.js';
import { countedLoops, overBlocks } from './flow-loops.js';

/** Numbers of the work area per point of a block: stage rows, evaluate's outputs, state, accumulators and integral. */
export const flowWorkNumbers = (width: number, dim: number, outputs: readonly EntryOutput[]) =>
  width + outputs.reduce((n, o) => n + o.width, 0) + 2 * dim + 2;

/** Points per block: the block's work area about 32 KB, a multiple of 16 points. */
export function flowBlock(width: number, dim: number, outputs: readonly EntryOutput[], bytes: 4 | 8): number {
  return Math.max(16, Math.min(512, Math.floor(32768 / (bytes * flowWorkNumbers(width, dim, outputs)) / 16) * 16));
}

/** What the artifact says of the flow's functions: RK4's points per block and work numbers, Dormand-Prince's work numbers. */
export interface FlowInfo { block: number; work: number; dopri5?: number }

export interface FlowSpec {
  /** The evaluate entry's export and outputs (values first, then divergence, then any others). */
  evaluate: string;
  outputs: readonly EntryOutput[];
  dim: number;
  /** Numbers a point's row holds: the state, then the conditions. */
  width: number;
  /** Where the condition `t` sits in a row, if the field has one: the stage's time goes there. */
  timeOffset: number | undefined;
  bytes: 4 | 8;
}

// classic RK4: the stages' time fractions and weights
const STAGES = [[0, 1], [0.5, 2], [0.5, 2], [1, 1]] as const;

export function addFlowRk4(m: WasmModule, spec: FlowSpec): FlowInfo {
  const { dim, width, bytes, outputs } = spec;
  const block = flowBlock(width, dim, outputs, bytes);
  const lane: LaneType = bytes === 8 ? 'f64x2' : 'f32x4';
  const ft = m.scalarType(bytes);
  // params: points, ends, integrals, n, work (i32), t0, h (f64), steps (i32)
  const [P_POINTS, P_ENDS, P_INT, P_N, P_WORK, P_T0, P_H, P_STEPS] = [0, 1, 2, 3, 4, 5, 6, 7];
  // locals: block start, block size, a counter, a second counter, step, stage time, h (kernel's type)
  const [L_B, L_M, L_I, L_C, L_S, L_T, L_HF] = [8, 9, 10, 11, 12, 13, 14];
  const i32 = (l: number) => m.get(l, types.i32);
  const f = (l: number) => m.get(l, ft);
  const k = (v: number) => m.fConst(bytes, v);
  const add = (a: Expr, b: Expr) => m.i32Add(a, b), mul = (a: Expr, b: Expr) => m.i32Mul(a, b);
  // the work area, in numbers: stage rows, each output of evaluate, the state x, its accumulator,
  // the divergence's accumulator and the integral
  const at: number[] = [];
  let offset = block * width;
  for (const o of outputs) { at.push(offset); offset += block * o.width; }
  const X = offset, ACC = X + block * dim, ACCDIV = ACC + block * dim, INT = ACCDIV + block;
  const work = (numbers: number) => add(i32(P_WORK), m.i32(numbers * bytes));
  const loop = countedLoops(m, 'f');
  const forTo = (counter: number, count: () => Expr, step: number, body: Expr[]) => loop(counter, count, body, step);
  /** The bytes of `per` numbers a point of the block, rounded up to whole vectors. */
  const vectorBytes = (per: number) => () => m.i32And(add(mul(i32(L_M), m.i32(per * bytes)), m.i32(15)), m.i32(-16));
  /** dest[e] = value(e) over `per` numbers a point, one vector at a time (e: the byte offset). */
  const vectors = (per: number, dest: number, value: (e: () => Expr) => Expr): Expr =>
    forTo(L_I, vectorBytes(per), 16, [m.store(0, add(work(dest), i32(L_I)), value(() => add(work(0), i32(L_I))))]);
  const load = (region: number) => (e: () => Expr) => m.load128(region * bytes, e());
  const vadd = (a: Expr, b: Expr) => m.binary(lane, 'add', a, b), vmul = (a: Expr, b: Expr) => m.binary(lane, 'mul', a, b);
  const splat = (x: Expr) => m.splat(lane, x);
  /** Point i's coordinate c of a region with `per` numbers a point (scalar code, for strided rows). */
  const cell = (region: number, per: number, i: Expr, c: Expr) => add(work(region), mul(add(mul(i, m.i32(per)), c), m.i32(bytes)));
  const eachCoordinate = (body: Expr[]) => forTo(L_I, () => i32(L_M), 1, [forTo(L_C, () => m.i32(dim), 1, body)]);
  /** The stage's state x + fraction h k (k: evaluate's values of the stage before) into the rows. */
  const stageState = (fraction: number): Expr => {
    const ahv = (vx: Expr, vv: Expr) => (fraction === 0 ? vx : vadd(vx, vmul(splat(m.fMul(bytes, k(fraction), f(L_HF))), vv)));
    // rows without conditions are the state alone: whole vectors
    if (width === dim) return vectors(dim, 0, (e) => ahv(load(X)(e), load(at[0]!)(e)));
    const x = () => m.fLoad(bytes, 0, cell(X, dim, i32(L_I), i32(L_C)));
    return eachCoordinate([m.fStore(bytes, 0, cell(0, width, i32(L_I), i32(L_C)), fraction === 0 ? x()
      : m.fAdd(bytes, x(), m.fMul(bytes, m.fMul(bytes, k(fraction), f(L_HF)), m.fLoad(bytes, 0, cell(at[0]!, dim, i32(L_I), i32(L_C))))))]);
  };
  const stage = ([fraction, weight]: readonly [number, number]): Expr[] => [
    stageState(fraction),
    ...(spec.timeOffset === undefined ? [] : [forTo(L_C, () => i32(L_M), 1, [m.fStore(bytes, 0, cell(0, width, i32(L_C), m.i32(spec.timeOffset)), m.fAdd(bytes, f(L_T), m.fMul(bytes, k(fraction), f(L_HF))))])]),
    m.call(spec.evaluate, [work(0), ...at.map((a) => work(a)), i32(L_M)], types.none),
    vectors(dim, ACC, (e) => vadd(load(ACC)(e), vmul(splat(k(weight)), load(at[0]!)(e)))),
    vectors(1, ACCDIV, (e) => vadd(load(ACCDIV)(e), vmul(splat(k(weight)), load(at[1]!)(e)))),
  ];
  const h6 = () => splat(m.fMul(bytes, f(L_HF), k(1 / 6)));
  const tOfStep = m.fAdd(8, m.get(P_T0, types.f64), m.fMul(8, m.fFromI32(8, i32(L_S)), m.get(P_H, types.f64)));
  const step: Expr[] = [
    m.set(L_T, bytes === 8 ? tOfStep : m.f32DemoteF64(tOfStep)),
    m.memoryFill(work(ACC), m.i32(0), m.i32(block * (dim + 1) * bytes)), // ACC and ACCDIV, adjacent
    ...STAGES.flatMap((s) => stage(s)),
    // x += h/6 (k1 + 2 k2 + 2 k3 + k4); the integral likewise with the divergences
    vectors(dim, X, (e) => vadd(load(X)(e), vmul(h6(), load(ACC)(e)))),
    vectors(1, INT, (e) => vadd(load(INT)(e), vmul(h6(), load(ACCDIV)(e)))),
  ];
  const body = m.block(null, [
    m.set(L_HF, bytes === 8 ? m.get(P_H, types.f64) : m.f32DemoteF64(m.get(P_H, types.f64))),
    overBlocks(m, { block, width, bytes, points: P_POINTS, n: P_N, first: L_B, size: L_M, work: () => work(0) }, [
      // the block's state x and its integrals 0
      width === dim ? m.memoryCopy(work(X), work(0), mul(i32(L_M), m.i32(dim * bytes)))
        : eachCoordinate([m.fStore(bytes, 0, cell(X, dim, i32(L_I), i32(L_C)), m.fLoad(bytes, 0, cell(0, width, i32(L_I), i32(L_C))))]),
      m.memoryFill(work(INT), m.i32(0), m.i32(block * bytes)),
      forTo(L_S, () => i32(P_STEPS), 1, step),
      // the block's ends and integrals out
      m.memoryCopy(add(i32(P_ENDS), mul(i32(L_B), m.i32(dim * bytes))), work(X), mul(i32(L_M), m.i32(dim * bytes))),
      m.memoryCopy(add(i32(P_INT), mul(i32(L_B), m.i32(bytes))), work(INT), mul(i32(L_M), m.i32(bytes))),
    ]),
  ]);
  m.addFunction('flow_rk4',
    [types.i32, types.i32, types.i32, types.i32, types.i32, types.f64, types.f64, types.i32],
    [types.i32, types.i32, types.i32, types.i32, types.i32, ft, ft], body);
  m.exportFunction('flow_rk4');
  return { block, work: block * flowWorkNumbers(width, dim, outputs) };
}

/** The flow of the evaluate entry among `entries` (none where it stores no divergence: an f-only kernel). */
export function addFlowFor(m: WasmModule, entries: readonly Entry<{ dim: number; conditions?: ConditionInfo[] }>[], bytes: 4 | 8): FlowInfo | undefined {
  const e = entries.find((x) => x.name === 'evaluate');
  if (!e || e.outputs[0]?.slot !== 'values' || e.outputs[1]?.slot !== 'divergence') return undefined;
  const p = e.program;
  const time = p.conditions?.find((c) => c.name === 't' && c.shape.length === 0);
  const spec = { evaluate: e.name, outputs: e.outputs, dim: p.dim, width: rowWidth(p), timeOffset: time?.offset, bytes };
  const rk4 = addFlowRk4(m, spec);
  return { ...rk4, dopri5: addFlowDopri5(m, spec).work };
}
