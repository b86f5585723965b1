// Which per-batch values the per-point code of a backend reads from memory, in slot order.
import { outputIds, type Program } from '../ir/program.js';

/**
 * Per-batch nodes the per-point code reads: computed by the prologue, kept in memory, one
 * splatted v128 slot each (params are read from the params area directly).
 */
export function hoistedNodes(p: Program, varying: Uint8Array): number[] {
  const nodes = p.graph.nodes;
  const needed = new Uint8Array(nodes.length);
  nodes.forEach((n, id) => { if (varying[id]) for (const a of n.args) needed[a] = 1; });
  for (const id of outputIds(p)) needed[id] = 1;
  return nodes.flatMap((n, id) => (needed[id] && !varying[id] && n.op !== 'const' && n.op !== 'param' ? [id] : []));
}

