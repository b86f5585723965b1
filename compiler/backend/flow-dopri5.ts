// The flow's Dormand-Prince 5(4) inside the kernel (either lowering), each point with its own time
// and step size: `flow_dopri5(points, ends, integrals, steps, n, work, t0, t1, rtol, atol,
// maxSteps)`. Points go in blocks; a block's rounds evaluate the stages of all its points at their
// own times (one evaluate call a stage), and each point accepts or rejects its step alone, so a
// stiff point costs its block rounds, not the batch. The same method as runtime/flow.ts (which
// drives kernels without this entry), but the first step is the first guess of Hairer's heuristic
// (0.01 d0 / d1) without its refinement, so step counts differ slightly.
import { WasmModule, types, type Expr } from './binaryen.js';
import type { EntryOutput } from './artifact.js';
import { DOPRI5 } from '../../runtime/flow.js';
import { countedLoops, overBlocks } from './flow-loops.js';

const { C, A, E } = DOPRI5;

/** Points per block and f64 work numbers a point (stage rows and outputs in the kernel's precision counted as f64 too). */
export function dopri5Block(width: number, dim: number, outputs: readonly EntryOutput[]): number {
  const perPoint = width + outputs.reduce((n, o) => n + o.width, 0) + 9 * (dim + 1) + 5;
  return Math.max(16, Math.min(256, Math.floor(65536 / (8 * perPoint) / 16) * 16));
}

export interface Dopri5Spec { evaluate: string; outputs: readonly EntryOutput[]; dim: number; width: number; timeOffset: number | undefined; bytes: 4 | 8 }

export function addFlowDopri5(m: WasmModule, spec: Dopri5Spec): { block: number; work: number } {
  const { dim, width, bytes, outputs } = spec;
  const block = dopri5Block(width, dim, outputs);
  const w = dim + 1;
  // params
  const [P_POINTS, P_ENDS, P_INT, P_STEPS, P_N, P_WORK, P_T0, P_T1, P_RTOL, P_ATOL, P_MAX] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  // locals: i32 block start, block size, point, coordinate, stage, any-active, k; f64 scratch
  // (L_NEXT: the next round's count of moving points, L_A this round's, L_J a place among them)
  const [L_B, L_M, L_I, L_C, L_S, L_NEXT, L_K, L_A, L_J] = [11, 12, 13, 14, 15, 16, 17, 27, 28];
  const [L_DIR, L_ERR, L_Y, L_SC, L_Q, L_FAC, L_T, L_H, L_FIN] = [18, 19, 20, 21, 22, 23, 24, 25, 26];
  const i32 = (l: number) => m.get(l, types.i32), f = (l: number) => m.get(l, types.f64);
  const k = (v: number) => m.fConst(8, v);
  const add = (a: Expr, b: Expr) => m.i32Add(a, b), mul = (a: Expr, b: Expr) => m.i32Mul(a, b);
  const F = (op: Parameters<WasmModule['f64Op']>[0], a: Expr, b: Expr) => m.f64Op(op, a, b);
  // the work area, in bytes: stage rows and evaluate's outputs (kernel precision), then f64 regions
  const at: number[] = [];
  let byte = block * width * bytes;
  for (const o of outputs) { at.push(byte); byte += block * o.width * bytes; }
  byte = Math.ceil(byte / 16) * 16;
  const region = (numbers: number) => { const here = byte; byte += numbers * 8; return here; };
  const Y = region(block * w), Y5 = region(block * w), K = Array.from({ length: 7 }, () => region(block * w));
  const T = region(block), H = region(block), STEPS = region(block), TRIES = region(block), DONE = region(block);
  // the block's points still moving (indices, as f64): each round evaluates only these
  const ACT = region(block);
  const work = (b: number) => add(i32(P_WORK), m.i32(b));
  const f64At = (base: number, index: () => Expr) => add(work(base), mul(index(), m.i32(8)));
  const ld = (base: number, index: () => Expr) => m.fLoad(8, 0, f64At(base, index));
  const st = (base: number, index: () => Expr, v: Expr) => m.fStore(8, 0, f64At(base, index), v);
  const pc = () => add(mul(i32(L_I), m.i32(w)), i32(L_C)); // point i, component c of an augmented state
  const pi = () => i32(L_I);
  // kernel-precision cells: the rows evaluate reads and the outputs it writes
  const rowCell = (c: () => Expr, row = L_I) => add(work(0), mul(add(mul(i32(row), m.i32(width)), c()), m.i32(bytes)));
  const toKernel = (v: Expr) => (bytes === 8 ? v : m.f32DemoteF64(v));
  const fromKernel = (v: Expr) => (bytes === 8 ? v : m.f64PromoteF32(v));
  const forTo = countedLoops(m, 'd');
  const points = (body: Expr[]) => forTo(L_I, () => i32(L_M), body);
  const comps = (count: number, body: Expr[]) => forTo(L_C, () => m.i32(count), body);
  /** For each point still moving: L_J its place among them (its row for evaluate), L_I its index in the block. */
  const actives = (body: Expr[]) => forTo(L_J, () => i32(L_A), [m.set(L_I, m.i32FromF64(ld(ACT, () => i32(L_J)))), ...body]);
  /**
   * f at the states of `src` (augmented, f64) at times T + frac H into K[s]: one evaluate call on
   * the points still moving, packed into the first rows.
   */
  const evaluateInto = (src: number, s: number, frac: number): Expr[] => [
    actives([
      comps(dim, [m.fStore(bytes, 0, rowCell(() => i32(L_C), L_J), toKernel(ld(src, pc)))]),
      ...(spec.timeOffset === undefined ? [] : [m.fStore(bytes, 0, rowCell(() => m.i32(spec.timeOffset!), L_J), toKernel(F('add', ld(T, pi), F('mul', k(frac), ld(H, pi)))))]),
    ]),
    m.call(spec.evaluate, [work(0), ...at.map((a) => work(a)), i32(L_A)], types.none),
    actives([
      comps(dim, [st(K[s]!, pc, fromKernel(m.fLoad(bytes, 0, add(work(at[0]!), mul(add(mul(i32(L_J), m.i32(dim)), i32(L_C)), m.i32(bytes))))))]),
      m.fStore(8, 0, f64At(K[s]!, () => add(mul(i32(L_I), m.i32(w)), m.i32(dim))), fromKernel(m.fLoad(bytes, 0, add(work(at[1]!), mul(i32(L_J), m.i32(bytes)))))),
    ]),
  ];
  /** The point keeps moving: into the next round's list (in place: the list only shrinks). */
  const keep = (): Expr[] => [st(ACT, () => i32(L_NEXT), m.fFromI32(8, i32(L_I))), m.set(L_NEXT, add(i32(L_NEXT), m.i32(1)))];
  /** The stage state Y + H sum_j a_j K_j (only the terms with a_j != 0) into `dest`. */
  const combine = (dest: number, a: readonly number[]): Expr => actives([comps(w, [st(dest, pc,
    F('add', ld(Y, pc), F('mul', ld(H, pi), a.map((aj, j) => [aj, j] as const).filter(([aj]) => aj !== 0)
      .map(([aj, j]) => F('mul', k(aj), ld(K[j]!, pc))).reduce((x, y) => F('add', x, y)))))])]);
  /** error / scale, 0 where the error is (a component that stays 0 with atol = 0: scale 0; runtime/flow.ts's ratio) */
  const ratio = (error: () => Expr, scale: () => Expr) => m.select(F('eq', error(), k(0)), k(0), F('div', error(), scale()));
  const scale = () => F('add', f(P_ATOL), F('mul', f(P_RTOL), F('max', m.f64Unary('abs', ld(Y, pc)), m.f64Unary('abs', ld(Y5, pc)))));
  /** x^(1/5) for x in [5.9e-6, 1845] by Newton's method from 1 (monotone after the first step). */
  const fifthRoot = (x: Expr): Expr[] => [
    m.set(L_Y, k(1)), m.set(L_Q, x),
    forTo(L_K, () => m.i32(40), [m.set(L_Y, F('sub', f(L_Y), F('div', F('sub', F('mul', F('mul', F('mul', F('mul', f(L_Y), f(L_Y)), f(L_Y)), f(L_Y)), f(L_Y)), f(L_Q)), F('mul', k(5), F('mul', F('mul', F('mul', f(L_Y), f(L_Y)), f(L_Y)), f(L_Y))))))]),
  ];
  const fail = (): Expr[] => [comps(w, [st(Y, pc, k(NaN))]), st(DONE, pi, k(1))];
  const abs = (x: Expr) => m.f64Unary('abs', x);
  const controlPoint = actives([
    m.set(L_ERR, k(0)), m.set(L_FIN, k(0)),
    comps(w, [
      m.set(L_SC, E.map((e, j) => [e, j] as const).filter(([e]) => e !== 0).map(([e, j]) => F('mul', k(e), ld(K[j]!, pc))).reduce((x, y) => F('add', x, y))),
      m.set(L_Q, ratio(() => F('mul', ld(H, pi), f(L_SC)), scale)),
      m.set(L_ERR, F('add', f(L_ERR), F('mul', f(L_Q), f(L_Q)))),
      m.set(L_FIN, F('add', f(L_FIN), F('sub', ld(Y5, pc), ld(Y5, pc)))),
    ]),
    m.set(L_ERR, m.f64Unary('sqrt', F('div', f(L_ERR), k(w)))),
    st(TRIES, pi, F('add', ld(TRIES, pi), k(1))),
    m.set(L_T, ld(T, pi)), m.set(L_H, ld(H, pi)),
    m.if(m.i32Eqz(F('eq', F('add', f(L_FIN), F('sub', f(L_ERR), f(L_ERR))), k(0))),
      m.if(m.i32And(F('gt', abs(f(L_H)), F('mul', k(1e-12), F('max', k(1), abs(f(L_T))))), F('lt', ld(TRIES, pi), m.fFromI32(8, i32(P_MAX)))),
        m.block(null, [st(H, pi, F('div', f(L_H), k(10))), ...keep()]),
        m.block(null, fail())),
      m.block(null, [
        // accepted: the fifth-order state, f there (first same as last), the time and the count
        m.if(F('le', f(L_ERR), k(1)), m.block(null, [
          comps(w, [st(Y, pc, ld(Y5, pc)), st(K[0]!, pc, ld(K[6]!, pc))]),
          m.set(L_T, F('add', f(L_T), f(L_H))), st(T, pi, f(L_T)),
          st(STEPS, pi, F('add', ld(STEPS, pi), k(1))),
        ])),
        // the next step size: 0.9 err^(-1/5), within [0.2, 10]
        m.if(F('le', f(L_ERR), k((0.9 / 10) ** 5)), m.set(L_FAC, k(10)),
          m.if(F('ge', f(L_ERR), k((0.9 / 0.2) ** 5)), m.set(L_FAC, k(0.2)),
            m.block(null, [...fifthRoot(f(L_ERR)), m.set(L_FAC, F('div', k(0.9), f(L_Y)))]))),
        m.set(L_H, F('mul', f(L_H), f(L_FAC))),
        m.if(F('ge', F('mul', f(L_DIR), F('sub', f(L_T), f(P_T1))), k(0)), st(DONE, pi, k(1)),
          m.if(m.i32Or(F('ge', ld(TRIES, pi), m.fFromI32(8, i32(P_MAX))), F('lt', abs(f(L_H)), F('mul', k(1e-14), F('max', k(1), abs(f(L_T)))))),
            m.block(null, fail()),
            m.block(null, [
              // the step may not pass t1
              m.if(F('gt', F('mul', f(L_DIR), F('sub', F('add', f(L_T), f(L_H)), f(P_T1))), k(0)), m.set(L_H, F('sub', f(P_T1), f(L_T)))),
              st(H, pi, f(L_H)),
              ...keep(),
            ]))),
      ])),
  ]);
  const body = m.block(null, [
    m.set(L_DIR, m.if(F('lt', f(P_T1), f(P_T0)), k(-1), k(1))),
    overBlocks(m, { block, width, bytes, points: P_POINTS, n: P_N, first: L_B, size: L_M, work: () => work(0) }, [
      points([
        comps(dim, [st(Y, pc, fromKernel(m.fLoad(bytes, 0, rowCell(() => i32(L_C)))))]),
        m.fStore(8, 0, f64At(Y, () => add(mul(i32(L_I), m.i32(w)), m.i32(dim))), k(0)),
        st(T, pi, f(P_T0)), st(H, pi, k(0)), st(STEPS, pi, k(0)), st(TRIES, pi, k(0)), st(DONE, pi, k(0)),
        st(ACT, pi, m.fFromI32(8, i32(L_I))),
      ]),
      m.set(L_A, i32(L_M)),
      ...evaluateInto(Y, 0, 0),
      // the first step: 0.01 d0 / d1 (Hairer's first guess), d = rms of y and f over atol + rtol |y|
      points([
        m.set(L_ERR, k(0)), m.set(L_Q, k(0)),
        comps(w, [
          m.set(L_SC, F('add', f(P_ATOL), F('mul', f(P_RTOL), abs(ld(Y, pc))))),
          m.set(L_ERR, F('add', f(L_ERR), F('mul', ratio(() => ld(Y, pc), () => f(L_SC)), ratio(() => ld(Y, pc), () => f(L_SC))))),
          m.set(L_Q, F('add', f(L_Q), F('mul', ratio(() => ld(K[0]!, pc), () => f(L_SC)), ratio(() => ld(K[0]!, pc), () => f(L_SC))))),
        ]),
        m.set(L_ERR, m.f64Unary('sqrt', F('div', f(L_ERR), k(w)))), m.set(L_Q, m.f64Unary('sqrt', F('div', f(L_Q), k(w)))),
        m.set(L_H, m.if(m.i32Or(m.i32Or(F('lt', f(L_ERR), k(1e-5)), F('lt', f(L_Q), k(1e-5))), m.i32Eqz(F('eq', F('sub', f(L_Q), f(L_Q)), k(0)))), k(1e-6), F('div', F('mul', k(0.01), f(L_ERR)), f(L_Q)))),
        st(H, pi, F('mul', f(L_DIR), F('min', f(L_H), abs(F('sub', f(P_T1), f(P_T0)))))),
      ]),
      m.loop('rounds', m.block(null, [
        m.set(L_NEXT, m.i32(0)),
        ...[1, 2, 3, 4, 5, 6].flatMap((s) => [combine(Y5, A[s]!), ...evaluateInto(Y5, s, C[s]!)]),
        controlPoint,
        m.set(L_A, i32(L_NEXT)),
        m.br('rounds', i32(L_A)),
      ])),
      // the block's ends, integrals and step counts out
      points([
        comps(dim, [m.fStore(bytes, 0, add(i32(P_ENDS), mul(add(mul(add(i32(L_B), i32(L_I)), m.i32(dim)), i32(L_C)), m.i32(bytes))), toKernel(ld(Y, pc)))]),
        m.fStore(bytes, 0, add(i32(P_INT), mul(add(i32(L_B), i32(L_I)), m.i32(bytes))), toKernel(ld(Y, () => add(mul(i32(L_I), m.i32(w)), m.i32(dim))))),
        m.fStore(bytes, 0, add(i32(P_STEPS), mul(add(i32(L_B), i32(L_I)), m.i32(bytes))), toKernel(ld(STEPS, pi))),
      ]),
    ]),
  ]);
  const i = types.i32, d = types.f64;
  m.addFunction('flow_dopri5', [i, i, i, i, i, i, d, d, d, d, i], [i, i, i, i, i, i, i, d, d, d, d, d, d, d, d, d, i, i], body);
  m.exportFunction('flow_dopri5');
  // in numbers of the kernel's precision, as the artifact states work areas
  return { block, work: Math.ceil(byte / bytes) };
}
