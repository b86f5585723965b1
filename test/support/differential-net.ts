// The differential check of one random network (test/support/arbitrary-net.ts) at the tensor level:
// the tensor interpreter against the loop kernel in wasm f64 and f32 (bit for bit; f32: the
// interpreter with every value rounded to f32), against the scalar level (the same source
// unrolled: an independent front end, divergence pass and backend)
// and, for smooth networks, against finite differences of f; and the AST oracle (test/oracle/:
// f, div f, the diagonal, U) upstream of both levels. Tolerances relative to
// scale = 1 + |div| + sum |f_i| + sum |df_i/dx_i|. The divergence pass's direction modes
// (the input directions, the output matrix's columns, a potential's forward Laplacian), each
// forced where it applies, agree with the one the cost model chose, f included: most networks
// take the input directions, so the columns would otherwise be checked only on the few where
// they are cheaper. The vjp entry (training) is checked
// against the scalar level's and finite differences (vjpDisagreements).
import { analyze, compile, interpret } from '../../compiler/index.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import { tensorDivergence, type DirectionMode } from '../../compiler/tensor/divergence.js';
import { load, type Kernel } from '../../runtime/index.js';
import type { TensorProgram } from '../../compiler/tensor/program.js';
import type { NetProgram } from './arbitrary-net.js';
import { paramSlots } from './helpers.js';
import { show } from './differential.js';
import { oracle } from '../oracle/evaluate.js';
import { oracleDisagreements } from '../oracle/compare.js';

export async function netDisagreements(prog: NetProgram): Promise<string[]> {
  const problems: string[] = [];
  // with the vjp entry (tensor/vjp.ts): the evaluation entries are the same code with or without it
  const t64 = compile(prog.source, { lowering: 'tensor', vjp: true }), t32 = compile(prog.source, { lowering: 'tensor', precision: 'f32' });
  if (t64.diagnostics.length || !t64.wasm || !t32.wasm) return [`does not compile: ${t64.diagnostics.map((d) => d.message).join('; ')}`];
  if (t64.stats!.lowering!.kind !== 'tensor') return [`not lowered with tensors: ${t64.stats!.lowering!.reason}`];
  const tensor = analyze(prog.source, { lowering: 'tensor' }).tensor!;
  const scalar = analyze(prog.source, { lowering: 'scalar' }).programs!;
  const tParams = paramSlots(tensor.evaluate.params, prog.params), sParams = paramSlots(scalar.evaluate.params, prog.params);
  const exact = tensorInterpreter(tensor.evaluate, tParams), fAt = tensorInterpreter(tensor.f, tParams);
  const diagonalAt = tensorInterpreter(tensor.diagonal, tParams), potentialAt = tensor.potential && tensorInterpreter(tensor.potential, tParams);
  const computed = (q: readonly number[]) => {
    const r = exact(q);
    return {
      values: r.values, divergence: r.divergence!, diagonal: diagonalAt(q).values,
      ...(potentialAt ? { potential: potentialAt(q).potential! } : {}),
    };
  };
  const forced = (['input directions', 'columns of the output matrix', 'forward Laplacian'] as DirectionMode[])
    .map((mode) => ({ mode, at: tensorInterpreter(tensorDivergence(tensor.f, mode), tParams) }));
  const ast = oracle(prog.source, { params: prog.params });
  // the f32 kernel: the same loops in f32 arithmetic (transcendentals in f64 on the promoted
  // arguments, then rounded) on params rounded to f32, so the tensor interpreter rounding every
  // value to f32 gives its bits (measured: 0 ulps apart on 360 random networks, smooth and rough,
  // once the interpreter rounded its constants and powi's products too: 384 and 1 ulps before);
  // it was 1e-4 of the scale, smooth networks only
  const params32 = Array.from(tParams, Math.fround);
  const emulated = tensorInterpreter(tensor.evaluate, params32, Math.fround);
  const potential32 = tensor.potential && tensorInterpreter(tensor.potential, params32, Math.fround);
  const k64 = await load(t64.wasm, { backend: 'wasm', threads: 1 }), k32 = await load(t32.wasm, { backend: 'wasm', threads: 1 });
  // only the params the field reads (a generated file may declare more)
  const used = Object.fromEntries(k64.params.map((q) => [q.name, prog.params[q.name]!]));
  k64.setParams(used); k32.setParams(used);
  const r64 = await k64.evaluate(prog.points), r32 = await k32.evaluate(prog.points);
  problems.push(...await vjpDisagreements(prog, k64, tensor.evaluate, tParams));
  k64.dispose(); k32.dispose();
  prog.points.forEach((pt, i) => {
    const ref = exact(pt);
    const div = ref.divergence!;
    const at = `point ${i} [${pt.map(show).join(', ')}]`;
    if (!Object.is(r64.divergence[i], div)) problems.push(`wasm f64 div ${show(r64.divergence[i])} != tensor interpreter ${show(div)} at ${at}`);
    ref.values.forEach((v, c) => { if (!Object.is(r64.values[i * prog.dim + c], v)) problems.push(`wasm f64 f${c} ${show(r64.values[i * prog.dim + c])} != ${show(v)} at ${at}`); });
    const e32 = emulated(pt.map(Math.fround));
    if (!Object.is(r32.divergence[i], e32.divergence)) problems.push(`wasm f32 div ${show(r32.divergence[i])} != emulated f32 ${show(e32.divergence)} at ${at}`);
    e32.values.forEach((v, c) => { if (!Object.is(r32.values[i * prog.dim + c], v)) problems.push(`wasm f32 f${c} ${show(r32.values[i * prog.dim + c])} != emulated f32 ${show(v)} at ${at}`); });
    // a potential's U, from its own entry: the same two ways
    if (potentialAt) {
      const U = potentialAt(pt).potential!, U32 = potential32!(pt.map(Math.fround)).potential!;
      if (!Object.is(r64.potential![i], U)) problems.push(`wasm f64 U ${show(r64.potential![i])} != tensor interpreter ${show(U)} at ${at}`);
      if (!Object.is(r32.potential![i], U32)) problems.push(`wasm f32 U ${show(r32.potential![i])} != emulated f32 ${show(U32)} at ${at}`);
    }
    let fd = 0, diag = 0;
    pt.forEach((xi, c) => {
      const central = (h: number) => {
        const up = [...pt], down = [...pt];
        up[c] = xi + h; down[c] = xi - h;
        return (fAt(up).values[c]! - fAt(down).values[c]!) / (up[c]! - down[c]!);
      };
      const h = 1e-6 * Math.max(1, Math.abs(xi));
      const d = (4 * central(h) - central(2 * h)) / 3;
      fd += d;
      diag += Math.abs(d);
    });
    if (!Number.isFinite(div)) return;
    const scale = 1 + Math.abs(div) + ref.values.reduce((a, v) => a + Math.abs(v), 0) + (Number.isFinite(diag) ? diag : 0);
    problems.push(...oracleDisagreements(ast, pt, computed, { scale, rough: !prog.smooth, at }));
    for (const { mode, at: forcedAt } of forced) {
      const forcedRun = forcedAt(pt), d = forcedRun.divergence!;
      if (!(Math.abs(d - div) <= 1e-9 * scale)) problems.push(`div in the ${mode} (forced) ${d} vs the cost model's choice ${div} at ${at}`);
      // the forward Laplacian's f is its own (U's tangent, not the reverse expansion)
      forcedRun.values.forEach((v, c) => { if (!(Math.abs(v - ref.values[c]!) <= 1e-9 * scale)) problems.push(`f${c} in the ${mode} (forced) ${v} vs ${ref.values[c]} at ${at}`); });
    }
    const un = interpret(scalar.evaluate, pt, sParams);
    if (!(Math.abs(un.divergence! - div) <= 1e-9 * scale)) problems.push(`scalar level div ${un.divergence} vs tensor level ${div} at ${at}`);
    un.values.forEach((v, c) => { if (!(Math.abs(v - ref.values[c]!) <= 1e-9 * scale)) problems.push(`scalar level f${c} ${v} vs ${ref.values[c]} at ${at}`); });
    if (prog.smooth && !(Math.abs(fd - div) <= 2e-5 * Math.max(1, diag))) problems.push(`finite differences ${fd} vs div ${div} at ${at}`);
  });
  return problems;
}

/**
 * The loop kernel's vjp (tensor/vjp.ts) against the scalar level's (the same source unrolled, its
 * reverse mode over scalar nodes: passes/vjp.ts) on random cotangents, params and points to 1e-9
 * of the gradients' scale, and for smooth networks against central differences of the tensor
 * interpreter's weighted sum in a few param slots and in every coordinate of the first point.
 */
async function vjpDisagreements(prog: NetProgram, k: Kernel, evaluate: TensorProgram, theta: Float64Array): Promise<string[]> {
  const problems: string[] = [];
  const dim = prog.dim, potential = evaluate.outputs.potential !== undefined;
  const wave = (i: number, c: number) => Math.sin(1.7 * i + 0.9 * c + 0.3);
  const cv = prog.points.map((_, i) => Array.from({ length: dim }, (_, c) => wave(i, c)));
  const cd = prog.points.map((_, i) => wave(i, -1));
  const cu = potential ? prog.points.map((_, i) => wave(i, -2)) : undefined;
  const cotangents = { values: cv, divergence: cd, ...(cu ? { potential: cu } : {}) };
  if (!k.metadata.entries.vjp) return ['no vjp entry at the loop level'];
  const got = await k.vjp(prog.points, cotangents, { inputs: true });
  const flatParams = (g: Record<string, ArrayLike<number>>) => Float64Array.from(k.metadata.params.flatMap((q) => Array.from(g[q.name] ?? [])));
  const gp = flatParams(got.params);
  const scale = 1 + Math.max(0, ...Array.from(gp, Math.abs), ...Array.from(got.points!, Math.abs));
  const s = compile(prog.source, { lowering: 'scalar', vjp: true });
  if (s.wasm && s.metadata!.entries.vjp) {
    const ks = await load(s.wasm, { backend: 'wasm', threads: 1 });
    ks.setParams(Object.fromEntries(ks.params.map((q) => [q.name, prog.params[q.name]!])) as never);
    const want = await ks.vjp(prog.points, cotangents, { inputs: true });
    ks.dispose();
    const wp = flatParams(want.params);
    wp.forEach((v, j) => { if (!(Math.abs(gp[j]! - v) <= 1e-9 * scale)) problems.push(`vjp param slot ${j}: loop kernel ${show(gp[j]!)} vs scalar level ${show(v)}`); });
    want.points!.forEach((v, j) => { if (!(Math.abs(got.points![j]! - v) <= 1e-9 * scale)) problems.push(`vjp point ${Math.floor(j / dim)} [${j % dim}]: loop kernel ${show(got.points![j]!)} vs scalar level ${show(v)}`); });
  }
  if (!prog.smooth) return problems;
  // the weighted sum by the tensor interpreter, at params theta and points `pts`
  const weighted = (params: Float64Array, pts: number[][]) => {
    const at = tensorInterpreter(evaluate, params);
    return pts.reduce((sum, pt, i) => {
      const r = at(pt);
      return sum + r.values.reduce((a, v, c) => a + cv[i]![c]! * v, 0) + cd[i]! * r.divergence! + (cu ? cu[i]! * r.potential! : 0);
    }, 0);
  };
  const central = (f: (h: number) => number, x: number) => {
    const h = 1e-5 * Math.max(1, Math.abs(x));
    return (f(h) - f(-h)) / (2 * h);
  };
  // the kernel's params in the interpreter's slots: both take the field's own param layout
  const slots = k.metadata.params.flatMap((q) => Array.from({ length: q.size }, (_, e) => q.slot + e));
  for (const j of [0, Math.floor(slots.length / 2), slots.length - 1]) {
    const slot = slots[j]!;
    const fd = central((h) => weighted(Float64Array.from(theta, (v, e) => (e === slot ? v + h : v)), prog.points), theta[slot]!);
    if (!(Math.abs(fd - gp[j]!) <= 1e-5 * scale)) problems.push(`vjp param slot ${slot}: ${show(gp[j]!)} vs central differences ${show(fd)}`);
  }
  prog.points[0]!.forEach((x, c) => {
    const fd = central((h) => weighted(theta, prog.points.map((pt, i) => (i === 0 ? pt.map((v, e) => (e === c ? v + h : v)) : pt))), x);
    if (!(Math.abs(fd - got.points![c]!) <= 1e-5 * scale)) problems.push(`vjp point 0 [${c}]: ${show(got.points![c]!)} vs central differences ${show(fd)}`);
  });
  return problems;
}
