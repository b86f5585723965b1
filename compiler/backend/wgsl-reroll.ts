// Re-rolls matrix products for the WGSL renderer. The IR is unrolled scalar SSA, so `W @ v`
// arrives as one sum of products `v_k * W[a, k]` per row; a dense layer of 64 x 64 becomes 8,000
// lines of straight-line WGSL, and shaders of 50,000 such lines did not finish compiling within
// minutes on lavapipe nor on NVIDIA's driver. Here a sum tree whose terms multiply per-point
// values by coefficients at evenly spaced param (or per-batch) slots becomes a loop over an
// array holding those values; the array is filled once and shared by every row that uses the
// same values in the same order.
import { outputIds, type Program } from '../ir/program.js';

/** A sum tree rendered as a loop: sum_k vector[k] * coefficients[base + k * stride], plus rest. */
export interface DotLoop {
  /** Per-point values, in term order (the loop's array). */
  vector: number[];
  /** Where the coefficients live: param slots, or per-batch slots (batch index = slot * 4). */
  source: 'params' | 'batch';
  base: number;
  stride: number;
  /** Leaves of the tree that are not loop terms, added after the loop. */
  rest: number[];
}

/**
 * The sum trees to render as loops (by root node), and the nodes the loops absorb (the tree's
 * inner additions and its product terms), which the renderer must not emit.
 * `hoisted` maps per-batch nodes to their slot in the batch buffer; runs shorter than `minTerms`
 * (the schedule's gpuLoopTerms) stay straight-line code.
 */
export function findDotLoops(p: Program, varying: Uint8Array, hoisted: Map<number, number>, minTerms: number): { loops: Map<number, DotLoop>; absorbed: Set<number> } {
  const nodes = p.graph.nodes;
  const uses = new Uint32Array(nodes.length);
  nodes.forEach((n, id) => { if (varying[id]) for (const a of n.args) uses[a]!++; });
  for (const id of outputIds(p)) uses[id]! += 2;
  const isSum = (id: number) => varying[id] === 1 && nodes[id]!.op === 'add' && nodes[id]!.type === 'f';
  const coefficient = (id: number): { source: 'params' | 'batch'; index: number } | undefined => {
    const n = nodes[id]!;
    if (varying[id]) return undefined;
    if (n.op === 'param') return { source: 'params', index: n.value };
    const slot = hoisted.get(id);
    return slot === undefined ? undefined : { source: 'batch', index: slot };
  };
  const loops = new Map<number, DotLoop>();
  const absorbed = new Set<number>();
  // Roots first (highest ids): a tree's inner sums are claimed before they could be roots.
  for (let root = nodes.length - 1; root >= 0; root--) {
    if (!isSum(root) || absorbed.has(root)) continue;
    const inner: number[] = [];
    const leaves: number[] = [];
    const walk = (id: number) => {
      if (id === root || (isSum(id) && uses[id] === 1)) {
        inner.push(id);
        for (const a of nodes[id]!.args) walk(a);
      } else leaves.push(id);
    };
    walk(root);
    const terms: { leaf: number; value: number; source: 'params' | 'batch'; index: number }[] = [];
    for (const leaf of leaves) {
      const n = nodes[leaf]!;
      if (n.op !== 'mul' || uses[leaf] !== 1 || n.type !== 'f') continue;
      const [a, b] = n.args as [number, number];
      const c = coefficient(b) ?? coefficient(a);
      const value = coefficient(b) ? a : b;
      if (c && varying[value]) terms.push({ leaf, value, ...c });
    }
    const loop = evenlySpaced(terms, minTerms);
    if (!loop) continue;
    const inLoop = new Set(loop.map((t) => t.leaf));
    loops.set(root, {
      vector: loop.map((t) => t.value), source: loop[0]!.source, base: loop[0]!.index,
      stride: loop.length > 1 ? loop[1]!.index - loop[0]!.index : 0,
      rest: leaves.filter((l) => !inLoop.has(l)),
    });
    for (const id of inner) if (id !== root) absorbed.add(id);
    for (const id of inLoop) absorbed.add(id);
  }
  return { loops, absorbed };
}

/** The longest run of terms (in tree order) with one source and evenly spaced coefficients. */
function evenlySpaced<T extends { source: string; index: number }>(terms: T[], minTerms: number): T[] | undefined {
  let best: T[] = [];
  let run: T[] = terms.slice(0, 1);
  const pairs = (a: T, b: T) => a.source === b.source && a.index !== b.index;
  for (let k = 1; k < terms.length; k++) {
    const t = terms[k]!, prev = terms[k - 1]!;
    const extends_ = run.length === 1 ? pairs(prev, t) : pairs(prev, t) && t.index - prev.index === run[1]!.index - run[0]!.index;
    if (extends_) run.push(t);
    else {
      if (run.length > best.length) best = run;
      run = pairs(prev, t) ? [prev, t] : [t];
    }
  }
  if (run.length > best.length) best = run;
  return best.length >= minTerms ? best : undefined;
}
