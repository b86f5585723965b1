// The differential check of one random program (shared by test/compiler/differential.test.ts and
// the long `npm run fuzz`): the reference interpreter against wasm f64 (bit for bit), wasm f32 (bit
// for bit against the interpreter in emulated f32: every value rounded to f32), the unoptimized
// program (1e-9) and, for smooth programs, finite differences; all relative to max(1, scale) with
// scale = 1 + |div| + sum |f_i| + sum |df_i/dx_i|. The optimized program may not take more
// operations per point than the unoptimized one. Upstream of the IR, the AST oracle (test/oracle/:
// no hash-consing, rules or folding, its own forward-mode derivatives) checks f, div f, the
// Jacobian's diagonal and a potential's U (1e-13); for potentials, the field is also held to finite
// differences of U. The vjp entry (k.vjp) is held to central differences of the interpreter's
// cotangent-weighted sum, in every param slot and each coordinate of the first point (smooth
// programs), and its gradients must be finite wherever that sum is.
import { analyze, compile, interpret, type Program } from '../../compiler/index.js';
import { load, type Kernel } from '../../runtime/index.js';
import type { VectorProgram } from './arbitrary-vector.js';
import { oracle, type Oracle } from '../oracle/evaluate.js';
import { oracleDisagreements, type Computed } from '../oracle/compare.js';

/**
 * Programs per CI run, smooth ones (test/compiler/differential.test.ts) and rough ones
 * (differential-rough.test.ts), by a time budget (./property-budget.ts): a fixed count (850
 * each, about 4 minutes a half quiet) hit its 900 s timeout at load 4 to 6. Now each half tries
 * at least `floor` programs and more until `seconds` have passed; `npm run fuzz` is the long run.
 */
export const BUDGET = { floor: 150, seconds: 75, max: 850 };

/** Param slots from the program's defaults (the generator gives every param one). */
function defaults(p: { params: { slot: number; size: number; default?: number[] }[] }): number[] {
  const slots: number[] = [];
  for (const q of p.params) q.default!.forEach((v, i) => { slots[q.slot + i] = v; });
  return slots;
}

/** What the compiler's optimized programs give at a point, for the AST oracle. */
export function computedAt(programs: { evaluate: Program; diagonal: Program; potential?: Program }, point: readonly number[], params: ArrayLike<number>): Computed {
  const ref = interpret(programs.evaluate, point, params);
  return {
    values: ref.values, divergence: ref.divergence!,
    diagonal: interpret(programs.diagonal, point, params).values,
    ...(programs.potential ? { potential: interpret(programs.potential, point, params).potential! } : {}),
  };
}

/** A number as the messages print it: -0 as -0 (String(-0) is '0': '0 != 0' said nothing). */
export const show = (v: number | undefined): string => (Object.is(v, -0) ? '-0' : String(v));

/** Empty when all agree; otherwise what disagreed, for the failure message. */
export async function disagreements(prog: VectorProgram): Promise<string[]> {
  const problems: string[] = [];
  // with the vjp entry (training): the evaluation entries are the same code with or without it
  const f64 = compile(prog.source, { vjp: true }), f32 = compile(prog.source, { precision: 'f32' });
  if (f64.diagnostics.length || !f64.wasm || !f32.wasm) return [`does not compile: ${f64.diagnostics.map((d) => d.message).join('; ')}`];
  const optimized = analyze(prog.source), unoptimized = analyze(prog.source, { optimize: false });
  const opt = optimized.programs!, plain = unoptimized.programs!;
  // the optimizer never loses to --no-opt (issue 13: attention made 1,480 ops a point against 1,463)
  const ops = optimized.stats!.divergence.perPoint, plainOps = unoptimized.stats!.divergence.perPoint;
  if (ops > plainOps) problems.push(`optimized: ${ops} operations per point, more than --no-opt's ${plainOps}`);
  const params = defaults(opt.evaluate);
  let ast: Oracle;
  try {
    ast = oracle(prog.source);
  } catch (e) {
    return [`the AST oracle cannot evaluate it: ${(e as Error).message}`];
  }
  const k64 = await load(f64.wasm, { backend: 'wasm' }), k32 = await load(f32.wasm, { backend: 'wasm' });
  const r64 = await k64.evaluate(prog.points), r32 = await k32.evaluate(prog.points);
  problems.push(...await vjpDisagreements(prog, k64, opt, params));
  k64.dispose(); k32.dispose();
  prog.points.forEach((pt, i) => {
    const ref = interpret(opt.evaluate, pt, params);
    const U = opt.potential && interpret(opt.potential, pt, params).potential!;
    const div = ref.divergence!;
    const at = `point ${i} [${pt.map(show).join(', ')}]`;
    // wasm f64 runs the same IR in the same order: bit for bit
    if (!Object.is(r64.divergence[i], div)) problems.push(`wasm f64 div ${show(r64.divergence[i])} != interpreter ${show(div)} at ${at}`);
    ref.values.forEach((v, c) => { if (!Object.is(r64.values[i * prog.dim + c], v)) problems.push(`wasm f64 f${c} ${show(r64.values[i * prog.dim + c])} != ${show(v)} at ${at}`); });
    if (U !== undefined && !Object.is(r64.potential![i], U)) problems.push(`wasm f64 U ${show(r64.potential![i])} != ${show(U)} at ${at}`);
    // wasm f32 runs the same IR in f32 arithmetic (the transcendentals in f64 on the promoted
    // arguments, then rounded), on the inputs and params rounded to f32: the interpreter with
    // every value rounded to f32, bit for bit (measured: 0 ulps apart, f, div f and U, on 1,500
    // random programs, smooth and rough, 600 of them drawn with grad and potentials). This
    // replaced a tolerance of 1e-4 of the scale, which let 'f32 constants x (1 + 1e-5)' through,
    // and the near-jump exemption it needed (fixtures 12 and 813279712: where f32 rounding
    // crosses a jump, the emulation crosses it too).
    const e32 = interpret(opt.evaluate, pt.map(Math.fround), params.map(Math.fround), Math.fround);
    if (!Object.is(r32.divergence[i], e32.divergence)) problems.push(`wasm f32 div ${show(r32.divergence[i])} != emulated f32 ${show(e32.divergence)} at ${at}`);
    e32.values.forEach((v, c) => { if (!Object.is(r32.values[i * prog.dim + c], v)) problems.push(`wasm f32 f${c} ${show(r32.values[i * prog.dim + c])} != emulated f32 ${show(v)} at ${at}`); });
    if (opt.potential) {
      const U32 = interpret(opt.potential, pt.map(Math.fround), params.map(Math.fround), Math.fround).potential!;
      if (!Object.is(r32.potential![i], U32)) problems.push(`wasm f32 U ${show(r32.potential![i])} != emulated f32 ${show(U32)} at ${at}`);
    }
    // the diagonal of the Jacobian by central differences: the scale, and the FD oracle
    let fd = 0, diag = 0;
    pt.forEach((xi, c) => {
      const central = (h: number) => {
        const up = [...pt], down = [...pt];
        up[c] = xi + h; down[c] = xi - h;
        return (interpret(opt.f, up, params).values[c]! - interpret(opt.f, down, params).values[c]!) / (up[c]! - down[c]!);
      };
      const h = 1e-6 * Math.max(1, Math.abs(xi));
      const d = (4 * central(h) - central(2 * h)) / 3; // Richardson: truncation O(h^4)
      fd += d;
      diag += Math.abs(d);
    });
    const scale = 1 + Math.abs(div) + ref.values.reduce((a, v) => a + Math.abs(v), 0) + (Number.isFinite(diag) ? diag : 0);
    problems.push(...oracleDisagreements(ast, pt, (q) => computedAt(opt, q, params), { scale, rough: !prog.smooth, at }));
    if (U !== undefined && prog.smooth) {
      // a potential's field is grad U: central differences of U (Richardson, as above)
      pt.forEach((xi, c) => {
        const central = (h: number) => {
          const up = [...pt], down = [...pt];
          up[c] = xi + h; down[c] = xi - h;
          return (interpret(opt.potential!, up, params).potential! - interpret(opt.potential!, down, params).potential!) / (up[c]! - down[c]!);
        };
        const h = 1e-6 * Math.max(1, Math.abs(xi));
        const d = (4 * central(h) - central(2 * h)) / 3;
        if (!(Math.abs(d - ref.values[c]!) <= 1e-7 * (1 + Math.abs(U) + Math.abs(ref.values[c]!)))) problems.push(`finite differences of U ${d} vs f${c} ${ref.values[c]} at ${at}`);
      });
    }
    if (!Number.isFinite(div)) return; // NaN/Inf must match bitwise above; no tolerances apply
    const un = interpret(plain.evaluate, pt, params).divergence!;
    if (!(Math.abs(un - div) <= 1e-9 * scale)) problems.push(`unoptimized div ${un} vs optimized ${div} at ${at}`);
    if (prog.smooth && !(Math.abs(fd - div) <= 2e-5 * Math.max(1, diag))) problems.push(`finite differences ${fd} vs div ${div} at ${at}`);
  });
  return problems;
}

/**
 * k.vjp against the interpreter: the gradient of L = sum_i <cv_i, f(x_i)> + cd_i div f(x_i)
 * (+ cu_i U(x_i)) on fixed cotangents, by central differences (Richardson) of L in each param slot
 * and each coordinate of the first point, to 1e-5 of the sum's scale (smooth programs, where L is
 * finite around the point).
 */
async function vjpDisagreements(prog: VectorProgram, k: Kernel, opt: { evaluate: Program; potential?: Program }, params: number[]): Promise<string[]> {
  if (!k.metadata.entries.vjp) return ['no vjp entry'];
  const dim = prog.dim;
  const wave = (i: number, c: number) => Math.sin(1.3 * i + 0.7 * c + 0.2);
  const cv = prog.points.map((_, i) => Array.from({ length: dim }, (_, c) => wave(i, c)));
  const cd = prog.points.map((_, i) => wave(i, -1));
  const cu = opt.potential ? prog.points.map((_, i) => wave(i, -2)) : undefined;
  const got = await k.vjp(prog.points, { values: cv, divergence: cd, ...(cu ? { potential: cu } : {}) }, { inputs: true });
  if (!prog.smooth) return [];
  // the weighted sum and the sum of its terms' sizes, by the interpreter
  const weighted = (theta: readonly number[], pts: readonly (readonly number[])[]) => {
    let sum = 0, size = 0;
    pts.forEach((pt, i) => {
      const r = interpret(opt.evaluate, pt, theta);
      const terms = [...r.values.map((v, c) => cv[i]![c]! * v), cd[i]! * r.divergence!, ...(cu ? [cu[i]! * interpret(opt.potential!, pt, theta).potential!] : [])];
      for (const t of terms) { sum += t; size += Math.abs(t); }
    });
    return { sum, size };
  };
  const base = weighted(params, prog.points);
  if (!Number.isFinite(base.sum)) return [];
  const problems: string[] = [];
  const check = (what: string, at: number, g: number | undefined, move: (h: number) => number) => {
    const h = 1e-5 * Math.max(1, Math.abs(at));
    const central = (s: number) => (move(s) - move(-s)) / (2 * s);
    const fd = (4 * central(h) - central(2 * h)) / 3;
    if (!Number.isFinite(fd)) return; // a jump or a pole within h: no difference to compare with
    if (!(Math.abs(fd - g!) <= 1e-5 * (1 + base.size + Math.abs(fd)))) problems.push(`vjp ${what}: ${show(g)} vs central differences ${show(fd)}`);
  };
  // the kernel's gradients by param slot, from its params' shapes and slots
  const bySlot: number[] = [];
  for (const q of k.metadata.params) got.params[q.name]!.forEach((v, e) => { bySlot[q.slot + e] = v; });
  params.forEach((v, slot) => {
    if (bySlot[slot] === undefined) return; // a slot the field does not read
    check(`param slot ${slot}`, v, bySlot[slot], (h) => weighted(params.map((x, j) => (j === slot ? x + h : x)), prog.points).sum);
  });
  prog.points[0]!.forEach((x, c) => check(`point 0 [${c}]`, x, got.points![c], (h) => weighted(params, prog.points.map((pt, i) => (i === 0 ? pt.map((v, e) => (e === c ? v + h : v)) : pt))).sum));
  return problems;
}
