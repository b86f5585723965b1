// The reference interpreter: evaluates the IR node by node in float64 with the exact op
// semantics of ops.ts. It is the oracle the wasm (and later WGSL) kernels are tested against.
import { OPS, type ComputeOp } from './ops.js';
import type { Program } from './program.js';

export interface PointResult { values: number[]; divergence: number | undefined; potential?: number; gradPoints?: number[]; gradParams?: number[] }

/**
 * Evaluates a program at one point. `round`, applied to every node's value, emulates a narrower
 * arithmetic: `Math.fround` gives f32 (correctly rounded for + - * / sqrt, as wasm and WGSL f32
 * are) and selects the f32 kernels' own sin and cos (OpInfo.evaluate32): bit-identical to wasm f32.
 */
export function interpret(p: Program, point: ArrayLike<number>, params: ArrayLike<number>, round?: (x: number) => number): PointResult {
  const nodes = p.graph.nodes;
  const f32 = round === Math.fround; // f32 kernels' own code for sin and cos (OpInfo.evaluate32)
  const v = new Float64Array(nodes.length);
  for (let id = 0; id < nodes.length; id++) {
    const n = nodes[id]!;
    switch (n.op) {
      case 'const': v[id] = n.value; break;
      case 'input': v[id] = point[n.value]!; break;
      case 'param': v[id] = params[n.value]!; break;
      default: {
        const a = n.args;
        const info = OPS[n.op as ComputeOp];
        const ev = (f32 && info.evaluate32) || info.evaluate;
        v[id] = a.length === 1 ? ev(v[a[0]!]!) : a.length === 2 ? ev(v[a[0]!]!, v[a[1]!]!) : ev(v[a[0]!]!, v[a[1]!]!, v[a[2]!]!);
      }
    }
    if (round) v[id] = round(v[id]!);
  }
  return {
    values: p.outputs.values.map((id) => v[id]!),
    divergence: p.outputs.divergence === undefined ? undefined : v[p.outputs.divergence],
    ...(p.outputs.potential === undefined ? {} : { potential: v[p.outputs.potential] }),
    ...(p.outputs.gradPoints === undefined ? {} : { gradPoints: p.outputs.gradPoints.map((id) => v[id]!) }),
    ...(p.outputs.gradParams === undefined ? {} : { gradParams: p.outputs.gradParams.map((id) => v[id]!) }),
  };
}
