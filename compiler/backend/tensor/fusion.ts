// Which elementwise maps the tensor backends compute inside their only consumer's loop instead of
// through memory: a decision of its own, which the memory plan (no slot for such a map) and both
// renderers follow.
import { sameShape, type TensorGraph } from '../../tensor/graph.js';

/** Maps computed inside their only consumer's loop rather than through memory, in chains of at most maxDepth. */
export function fusedMaps(g: TensorGraph, ids: number[], outputs: number[], maxDepth: number): Set<number> {
  const uses = new Map<number, number[]>();
  for (const id of ids) for (const a of g.node(id).args) uses.set(a, [...(uses.get(a) ?? []), id]);
  const fused = new Set<number>();
  const depth = new Map<number, number>();
  for (const id of ids) {
    const n = g.node(id);
    const d = 1 + Math.max(0, ...n.args.map((a) => (fused.has(a) ? depth.get(a)! : 0)));
    depth.set(id, d);
    const users = uses.get(id) ?? [];
    if (n.op !== 'map' || !n.varying || outputs.includes(id) || users.length !== 1 || d > maxDepth) continue;
    const user = g.node(users[0]!);
    // consumers that read an operand more than once (powi's squarings, sign) read memory instead
    const rereads = user.fn === 'powi' || user.fn === 'sign';
    if (user.op === 'map' && user.varying && !rereads && sameShape(user.shape, n.shape) && user.args.filter((a) => a === id).length === 1) fused.add(id);
  }
  return fused;
}
