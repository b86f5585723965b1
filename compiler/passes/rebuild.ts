// Copies the nodes reachable from the outputs into a fresh graph, in order, through a builder
// function. Shared by dead-code elimination (plain copy) and simplification (through the rules).
import { Graph, type Node } from '../ir/graph.js';
import type { ComputeOp } from '../ir/ops.js';
import { mapOutputs, outputIds, type Program } from '../ir/program.js';

export function liveNodes(p: Program): Uint8Array {
  const live = new Uint8Array(p.graph.size);
  for (const id of outputIds(p)) live[id] = 1;
  for (let id = p.graph.size - 1; id >= 0; id--) {
    if (live[id]) for (const a of p.graph.node(id).args) live[a] = 1;
  }
  return live;
}

/** Rewrites one compute node in the new graph (operands already mapped), or undefined: copy it.
 *  `mapped` gives the new id of any earlier node of the old graph (for rewrites that look deeper). */
export type Lowering = (g: Graph, n: Node, args: number[], mapped: (id: number) => number, id: number) => number | undefined;

/**
 * Copy the live nodes; with `rules`, through the algebraic rules (the new graph keeps them on);
 * with `lower`, replacing the nodes it rewrites.
 */
export function rebuild(p: Program, rules: boolean, lower?: Lowering): Program {
  return rebuildMapped(p, rules, lower).program;
}

/** As rebuild, also returning where each old node went (-1: dead, not copied). */
export function rebuildMapped(p: Program, rules: boolean, lower?: Lowering): { program: Program; map: Int32Array } {
  const live = liveNodes(p);
  const g = new Graph({ simplify: rules, limit: p.graph.limit });
  const map = new Int32Array(p.graph.size).fill(-1);
  // Uses of each new node, for the singleUse rules: those by the new nodes built so far, plus
  // those the old graph still has to make (its live nodes not copied yet, and the outputs).
  // Dead nodes a rewrite left behind count too: an overestimate only keeps such rules off.
  const oldUses = new Int32Array(p.graph.size);
  for (const id of outputIds(p)) oldUses[id]!++;
  p.graph.nodes.forEach((n, id) => { if (live[id]) for (const a of n.args) oldUses[a]!++; });
  const built: number[] = [], pending: number[] = [];
  if (rules) {
    g.usesBuilt = built;
    g.singleUse = (id) => (built[id] ?? 0) + (pending[id] ?? 0) === 1;
  }
  p.graph.nodes.forEach((n, id) => {
    if (!live[id]) return;
    g.line = p.graph.lines[id] ?? 0; // copies, and what a lowering builds for them, keep the source line
    switch (n.op) {
      case 'const': map[id] = g.const(n.value, n.type); break;
      case 'input': map[id] = g.input(n.value); break;
      case 'param': map[id] = g.param(n.value); break;
      default: {
        const args = n.args.map((a) => map[a]!);
        map[id] = lower?.(g, n, args, (old) => map[old]!, id) ?? g.op(n.op as ComputeOp, ...args);
      }
    }
    // this node is built: its operands' pending uses by it are now in `built` (or it was already there)
    for (const a of n.args) pending[map[a]!]!--;
    pending[map[id]!] = (pending[map[id]!] ?? 0) + oldUses[id]!;
  });
  // later builders (the divergence pass) add uses that these counts do not know
  delete g.singleUse;
  delete g.usesBuilt;
  return { program: { ...p, graph: g, outputs: mapOutputs(p.outputs, (id) => map[id]!) }, map };
}

/**
 * `p` with `other`'s U as its `potential` output, in one graph: the live nodes of both are copied
 * without rules, `p`'s first and in order, so `p`'s own nodes stay as they are and the nodes U
 * shares with them (hash-consed) are computed once: the kernel pays only for U's own operations.
 */
export function withPotential(p: Program, other: Program): Program {
  if (other.outputs.potential === undefined) throw new Error('internal: withPotential needs a program with a potential output');
  const g = new Graph({ simplify: false, limit: p.graph.limit + other.graph.limit });
  const copy = (q: Program): Int32Array => {
    const live = liveNodes(q);
    const map = new Int32Array(q.graph.size).fill(-1);
    q.graph.nodes.forEach((n, id) => {
      if (!live[id]) return;
      g.line = q.graph.lines[id] ?? 0;
      map[id] = n.op === 'const' ? g.const(n.value, n.type) : n.op === 'input' ? g.input(n.value) : n.op === 'param' ? g.param(n.value)
        : g.op(n.op as ComputeOp, ...n.args.map((a) => map[a]!));
    });
    return map;
  };
  const mine = copy(p), theirs = copy(other);
  const outputs = {
    values: p.outputs.values.map((id) => mine[id]!),
    ...(p.outputs.divergence === undefined ? {} : { divergence: mine[p.outputs.divergence]! }),
    potential: theirs[other.outputs.potential]!,
  };
  return { ...p, graph: g, outputs };
}
