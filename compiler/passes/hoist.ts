// Batch-invariance analysis: a node is per point when it depends on an input coordinate, and per
// batch otherwise (params and constants only). Backends compute per-batch nodes once per call,
// before the loop over points; stats count the two classes separately.
import type { Program } from '../ir/program.js';

/** 1 for nodes that vary per point, 0 for batch-invariant ones. */
export function perPoint(p: Program): Uint8Array {
  const varying = new Uint8Array(p.graph.size);
  p.graph.nodes.forEach((n, id) => {
    varying[id] = n.op === 'input' || n.args.some((a) => varying[a]) ? 1 : 0;
  });
  return varying;
}
