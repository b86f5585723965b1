// The plain divergence pass (the unoptimized baseline): div f = sum_j d f_j / d x_j by forward-mode tangents restricted to what
// the trace needs. The tangent of node v in direction j is built only if v depends on x_j and
// f_j depends on v; no d x d Jacobian is formed and structurally zero entries cost nothing.
// Tangents are built in the same hash-consed graph as f, so f and div f share every common
// subexpression and become one fused body.
import type { ComputeOp } from '../ir/ops.js';
import type { Program } from '../ir/program.js';
import { DERIVATIVES, type Tangent } from './derivative-rules.js';
import type { Bottlenecks } from './bottleneck.js';

/** For each node, the set of input coordinates it depends on, as a bitset of `words` words. */
function dependencies(p: Program): { bits: Uint32Array; words: number } {
  const words = Math.ceil(p.dim / 32);
  const nodes = p.graph.nodes;
  const bits = new Uint32Array(nodes.length * words);
  nodes.forEach((n, id) => {
    // conditions (inputs dim ..) are not differentiated: no direction
    if (n.op === 'input' && n.value < p.dim) bits[id * words + (n.value >>> 5)]! |= 1 << (n.value & 31);
    for (const a of n.args) for (let w = 0; w < words; w++) bits[id * words + w]! |= bits[a * words + w]!;
  });
  return { bits, words };
}

/** d f_j / d x_j for each j (undefined where structurally zero), by forward tangents per direction. */
function diagonalTerms(p: Program, bn?: Bottlenecks): (number | undefined)[] {
  const g = p.graph;
  g.line = 0; // derivative nodes belong to no one line
  const original = g.size;
  const { bits, words } = dependencies(p);
  const dependsOn = (id: number, j: number) => (bits[id * words + (j >>> 5)]! & (1 << (j & 31))) !== 0;
  const inCone = new Uint8Array(original);
  const tangent = new Int32Array(original).fill(-1);
  const terms: (number | undefined)[] = new Array(p.dim).fill(undefined);

  for (let j = 0; j < p.dim; j++) {
    const out = p.outputs.values[j]!;
    if (!dependsOn(out, j)) continue; // d f_j / d x_j is structurally zero
    // The cone: ancestors of f_j that depend on x_j.
    const cone: number[] = [];
    const stack = [out];
    inCone[out] = 1;
    while (stack.length > 0) {
      const id = stack.pop()!;
      cone.push(id);
      for (const a of g.node(id).args) {
        if (!inCone[a] && dependsOn(a, j)) { inCone[a] = 1; stack.push(a); }
      }
    }
    cone.sort((a, b) => a - b); // ids are a topological order
    for (const id of cone) {
      const n = g.node(id);
      let t: Tangent;
      const top = bn ? bn.top[id]! : -1;
      if (n.op === 'input') t = g.const(1);
      else if (top >= 0 && top !== id) {
        // inside a scalar bottleneck's region (bottleneck.ts): only what leaves it, as dv/db t_b
        const tb = bn!.exit[id] && tangent[top]! >= 0 ? tangent[top]! : undefined, dv = tb === undefined ? undefined : bn!.derivative(id);
        t = dv === undefined ? undefined : g.op('mul', tb!, dv);
      } else if (n.type === 'b') t = undefined;
      else {
        const dt = n.args.map((a) => (inCone[a] && tangent[a]! >= 0 ? tangent[a]! : undefined));
        t = DERIVATIVES[n.op as ComputeOp](g, n.args, id, dt);
      }
      tangent[id] = t ?? -1;
    }
    if (tangent[out]! >= 0) terms[j] = tangent[out]!;
    for (const id of cone) { inCone[id] = 0; tangent[id] = -1; }
  }
  return terms;
}

function sumOf(p: Program, terms: (number | undefined)[]): number {
  const g = p.graph;
  const live = terms.filter((t): t is number => t !== undefined);
  let div = live.length === 0 ? g.const(0) : live[0]!;
  for (let k = 1; k < live.length; k++) div = g.op('add', div, live[k]!);
  return div;
}

export function forwardDivergence(p: Program): Program {
  return { ...p, outputs: { ...p.outputs, divergence: sumOf(p, diagonalTerms(p)) } };
}

/**
 * The Jacobian's diagonal as the program's values (d f_j / d x_j; 0 where structurally zero) and
 * its sum as the divergence: the kernel entry `diagonal`. Forward tangents per direction, each
 * restricted to the cone of f_j that depends on x_j, which is cheap for the small fields the
 * scalar level takes (networks get the tensor level's contracted diagonal).
 */
export function forwardDiagonal(p: Program, bn?: Bottlenecks): Program {
  const terms = diagonalTerms(p, bn);
  return { ...p, outputs: { values: terms.map((t) => t ?? p.graph.const(0)), divergence: sumOf(p, terms) } };
}
