// Which elementwise maps the tensor backends compute inside their only consumer's loop instead of
// through memory, and which pairs of maps of one argument one loop computes together: decisions
// of their own, which the memory plan (no slot for a fused map, a pair's second placed after its
// first) and both renderers follow.
import { sameShape, type TensorGraph } from '../../tensor/graph.js';
import { NATIVE_PAIRS } from '../../math/registry.js';

/**
 * Per-point maps of a pair of builtins on one argument (NATIVE_PAIRS: softplus x and sigmoid x,
 * which f + div f of a softplus layer takes; sin x and cos x), first -> second: the wasm kernel
 * computes both in the first's loop from one native call (one e^-|x| for the two, not two), and
 * stores both. Neither is fused into a consumer: a store and a load an element cost less than
 * the exp saved.
 */
export function pairedMaps(g: TensorGraph, ids: number[], outputs: number[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const [first, second] of Object.entries(NATIVE_PAIRS)) {
    const firstOf = new Map<number, number>();
    for (const id of ids) {
      const n = g.node(id);
      if (n.op === 'map' && n.fn === first && n.varying && !taken.has(id)) firstOf.set(n.args[0]!, id);
    }
    for (const id of ids) {
      const n = g.node(id);
      const a = n.op === 'map' && n.fn === second && n.varying ? firstOf.get(n.args[0]!) : undefined;
      if (a === undefined || taken.has(a) || taken.has(id) || !sameShape(g.node(a).shape, n.shape) || outputs.includes(a) || outputs.includes(id)) continue;
      pairs.set(a, id);
      taken.add(a).add(id);
    }
  }
  return pairs;
}

/** Maps computed inside their only consumer's loop rather than through memory, in chains of at most maxDepth (never those `kept`: pairs). */
export function fusedMaps(g: TensorGraph, ids: number[], outputs: number[], maxDepth: number, kept: ReadonlySet<number> = new Set()): Set<number> {
  const uses = new Map<number, number[]>();
  for (const id of ids) for (const a of g.node(id).args) uses.set(a, [...(uses.get(a) ?? []), id]);
  const fused = new Set<number>();
  const depth = new Map<number, number>();
  for (const id of ids) {
    const n = g.node(id);
    const d = 1 + Math.max(0, ...n.args.map((a) => (fused.has(a) ? depth.get(a)! : 0)));
    depth.set(id, d);
    const users = uses.get(id) ?? [];
    if (n.op !== 'map' || !n.varying || outputs.includes(id) || kept.has(id) || users.length !== 1 || d > maxDepth) continue;
    const user = g.node(users[0]!);
    // consumers that read an operand more than once (powi's squarings, sign) read memory instead
    const rereads = user.fn === 'powi' || user.fn === 'sign';
    if (user.op === 'map' && user.varying && !rereads && sameShape(user.shape, n.shape) && user.args.filter((a) => a === id).length === 1) fused.add(id);
  }
  return fused;
}
