// Balanced reduction trees over graph nodes: depth log2(n), not n, so the rounding error of a
// long sum grows with log n and its operations are independent (SIMD- and pipeline-friendly).
import type { Graph } from './graph.js';
import type { ComputeOp } from './ops.js';

/**
 * Reduce node ids with an associative binary op (sums, products, max / min) as a balanced tree:
 * log2(n) deep instead of n, so SIMD units overlap independent operations instead of waiting on
 * one long dependency chain (and pairwise summation rounds better than a running sum).
 */
export function foldIds(g: Graph, op: ComputeOp, ids: number[]): number {
  return foldBalanced(ids, (a, b) => g.op(op, a, b));
}

/** The same tree over anything `combine` joins (the tensor level's nodes too): pairs left to right, level by level. */
export function foldBalanced<T>(items: readonly T[], combine: (a: T, b: T) => T): T {
  let level = items;
  while (level.length > 1) {
    const next: T[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(combine(level[i]!, level[i + 1]!));
    if (level.length % 2 === 1) next.push(level[level.length - 1]!);
    level = next;
  }
  return level[0]!;
}
