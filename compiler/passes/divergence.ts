// The divergence pass (mixed mode): div f = trace(J) built from three parts.
//  1. Backward from the outputs, through nodes linear in their per-point operands with
//     batch-invariant coefficients (W @ h + b, sums, scalings), each node v gets an invariant
//     adjoint vector A_v[i] = d f_i / d v along those nodes. Where that stops (a nonlinear node,
//     or an input) are the *leaves* h: f_i = sum_h A_h[i] h + invariant.
//  2. Forward from the inputs through the same kind of nodes, each affine node u (like W1 @ x
//     + b1) gets invariant tangents T_u[j] = d u / d x_j.
//  3. Then div f = sum_h sum_j A_h[j] d h / d x_j, computed by forward-mode tangents through
//     the nonlinear interior along a set of *directions*, either the inputs x_j (seeded with
//     T_u[j]) or the affine frontier nodes z (seeded with 1), weighting each leaf tangent by the
//     per-batch contraction K[h, dir] = sum_i A_h[i] T_dir[i]. Affine leaves contribute
//     sum_j A_h[j] T_h[j], a per-batch constant.
// A cost model (estimated per-point tangent operations) picks the directions: inputs for small
// d, the frontier when invariant linear maps surround a narrow nonlinear interior (for
// f = W2 tanh(W1 x + b1) + b2 the per-point work becomes sum_h tanh'(z_h) K[h, h]).
// Tangent rules come from derivative-rules.ts; hash-consing shares every common factor.
import type { ComputeOp } from '../ir/ops.js';
import { GraphLimitError, type Graph } from '../ir/graph.js';
import type { Program } from '../ir/program.js';
import { DERIVATIVES, type Tangent } from './derivative-rules.js';
import { accumulate, linearTerms, type SparseVector } from './linear.js';
import { forwardDiagonal, forwardDivergence } from './divergence-forward.js';
import { bottlenecks, type Bottlenecks } from './bottleneck.js';

/** Candidates estimated within this factor of the cheapest are built and counted (see divergence). */
const CLOSE = 2;

/** Most frontier directions the cost model considers (bitsets of this many bits per node). */
const MAX_FRONTIER = 4096;

interface Analysis {
  adjoint: (SparseVector | undefined)[];
  leaves: number[];
  tangent: (SparseVector | undefined)[]; // invariant d u / d x_j of affine nodes
}

function analyzeLinear(p: Program): Analysis {
  const g = p.graph;
  const n = g.size;
  const adjoint: (SparseVector | undefined)[] = new Array(n);
  p.outputs.values.forEach((id, i) => {
    if (!g.node(id).varying) return;
    accumulate(g, (adjoint[id] ??= new Map()), new Map([[i, g.const(1)]]), g.const(1));
  });
  const leaves: number[] = [];
  for (let v = n - 1; v >= 0; v--) {
    const a = adjoint[v]; // never empty once made: made by accumulating a nonempty vector
    if (!a) continue;
    const terms = linearTerms(g, v); // undefined for an input
    if (!terms) { leaves.push(v); continue; }
    for (const [u, c] of terms) accumulate(g, (adjoint[u] ??= new Map()), a, c);
  }
  const tangent: (SparseVector | undefined)[] = new Array(n);
  for (let v = 0; v < n; v++) {
    const node = g.node(v);
    // a condition (input dim ..) is affine with no tangent: it is not differentiated
    if (node.op === 'input') { tangent[v] = node.value < p.dim ? new Map([[node.value, g.const(1)]]) : new Map(); continue; }
    const terms = linearTerms(g, v);
    if (!terms || !terms.every(([u]) => tangent[u] !== undefined)) continue;
    const t: SparseVector = new Map();
    for (const [u, c] of terms) accumulate(g, t, tangent[u]!, c);
    tangent[v] = t;
  }
  return { adjoint, leaves: leaves.reverse(), tangent };
}

/** A way to split the trace: directions, each with its seed tangents on affine nodes. */
interface Directions {
  name: 'inputs' | 'frontier';
  count: number;
  /** Invariant tangent of affine node u in direction k (undefined: zero). */
  seed(u: number, k: number): number | undefined;
  /** Directions in which affine node u has a nonzero seed. */
  seeded(u: number): number[];
  /** Per-batch weight of leaf h's tangent in direction k: sum_i A_h[i] T_k[i] (undefined: zero). */
  weight(h: number, k: number): number | undefined;
}

function inputDirections(p: Program, an: Analysis): Directions {
  return {
    name: 'inputs',
    count: p.dim,
    seed: (u, k) => an.tangent[u]!.get(k),
    seeded: (u) => [...an.tangent[u]!.keys()],
    weight: (h, k) => an.adjoint[h]!.get(k),
  };
}

function frontierDirections(p: Program, an: Analysis): Directions | undefined {
  const g = p.graph;
  const frontier: number[] = [];
  const index = new Map<number, number>();
  g.nodes.forEach((node, v) => {
    if (an.tangent[v] !== undefined || !node.varying) return;
    for (const u of node.args) {
      // (an affine node with no tangent, a condition's, would be a direction that is always 0)
      if (an.tangent[u] !== undefined && an.tangent[u]!.size > 0 && g.node(u).varying && !index.has(u)) { index.set(u, frontier.length); frontier.push(u); }
    }
  });
  if (frontier.length > MAX_FRONTIER) return undefined;
  const weights = new Map<string, number | undefined>();
  return {
    name: 'frontier',
    count: frontier.length,
    seed: (u, k) => (frontier[k] === u ? g.const(1) : undefined),
    seeded: (u) => (index.has(u) ? [index.get(u)!] : []),
    weight: (h, k) => {
      const key = `${h},${k}`;
      if (weights.has(key)) return weights.get(key);
      let w: number | undefined;
      const tz = an.tangent[frontier[k]!]!;
      for (const [i, a] of an.adjoint[h]!) {
        const t = tz.get(i);
        if (t === undefined) continue;
        const term = g.op('mul', a, t);
        w = w === undefined ? term : g.op('add', w, term);
      }
      weights.set(key, w);
      return w;
    },
  };
}

/** For each interior (non-affine) varying node, the directions its value depends on. */
function interiorDependencies(p: Program, an: Analysis, dirs: Directions): Uint32Array[] {
  const g = p.graph;
  const words = Math.ceil(dirs.count / 32);
  const deps: Uint32Array[] = new Array(g.size);
  const empty = new Uint32Array(words);
  g.nodes.forEach((node, v) => {
    if (!node.varying) { deps[v] = empty; return; }
    const bits = new Uint32Array(words);
    if (an.tangent[v] !== undefined) {
      for (const k of dirs.seeded(v)) bits[k >>> 5]! |= 1 << (k & 31);
    } else {
      for (const a of node.args) { const d = deps[a]!; for (let w = 0; w < words; w++) bits[w]! |= d[w]!; }
    }
    deps[v] = bits;
  });
  return deps;
}

const has = (bits: Uint32Array, k: number) => (bits[k >>> 5]! & (1 << (k & 31))) !== 0;

/** The interior nodes whose tangent direction k needs, ascending (ancestors of weighted leaves). */
function cone(g: Graph, an: Analysis, deps: Uint32Array[], roots: number[], k: number, mark: Uint8Array): number[] {
  const out: number[] = [];
  const stack = [...roots]; // distinct leaves
  for (const h of roots) mark[h] = 1;
  while (stack.length > 0) {
    const v = stack.pop()!;
    out.push(v);
    for (const a of g.node(v).args) {
      if (!mark[a] && an.tangent[a] === undefined && has(deps[a]!, k)) { mark[a] = 1; stack.push(a); }
    }
  }
  for (const v of out) mark[v] = 0;
  return out.sort((x, y) => x - y);
}

const LINEAR_PASSTHROUGH = new Set(['add', 'sub', 'nograd']);

/** Estimated per-point operations of the tangents and leaf weights for these directions. */
function estimate(p: Program, an: Analysis, dirs: Directions, deps: Uint32Array[], leaves: number[]): number {
  const g = p.graph;
  const mark = new Uint8Array(g.size);
  let cost = 0;
  for (let k = 0; k < dirs.count; k++) {
    const roots = leaves.filter((h) => has(deps[h]!, k) && dirs.weight(h, k) !== undefined);
    // an add per leaf and a product per distinct weight (leaves of one weight are summed first)
    cost += roots.length + new Set(roots.map((h) => dirs.weight(h, k))).size;
    for (const v of cone(g, an, deps, roots, k, mark)) {
      const node = g.node(v);
      // operands with a tangent in direction k (an affine one where seeded, its bits in deps);
      // at least one, or v would not be in the cone
      const live = node.args.filter((a) => has(deps[a]!, k)).length;
      cost += LINEAR_PASSTHROUGH.has(node.op) ? live - 1 : 1;
    }
    if (cost > 50_000_000) break;
  }
  return cost;
}

/** One way to build div f: its name, the cost model's estimate, and its builder (returns div f's node). */
interface Candidate {
  name: string;
  estimate: number;
  build(): number;
}

function candidates(p: Program): Candidate[] {
  const g = p.graph;
  const an = analyzeLinear(p);
  const affineLeaves = an.leaves.filter((h) => an.tangent[h] !== undefined);
  const interiorLeaves = an.leaves.filter((h) => an.tangent[h] === undefined);

  // Candidates, cheapest first by the cost model. The estimate misjudges some (a fuzzed
  // (W @ x + b) % 1.5 network: the frontier estimated at 253 against 348 for the inputs, built
  // 523 against 482 per point), so the others are built too, in the same graph, and the one with
  // the fewest per-point operations is kept; the plain forward mode is one of them, so that this
  // pass never does more per point than it (issue 13). Only candidates estimated within a factor
  // CLOSE of the best are built (the forward mode costs about what the input directions do): for
  // mlp2, building all of them doubled the compile time. A graph that reaches its size limit
  // keeps what it has.
  const ranked = [inputDirections(p, an), frontierDirections(p, an)].filter((d): d is Directions => d !== undefined)
    .map((dirs) => { const deps = interiorDependencies(p, an, dirs); return { dirs, deps, cost: estimate(p, an, dirs, deps, interiorLeaves) }; })
    .sort((a, b) => a.cost - b.cost);
  const close = (cost: number) => cost <= CLOSE * ranked[0]!.cost;
  const forwardCost = ranked.find((r) => r.dirs.name === 'inputs')!.cost;
  // Each set of directions also with scalar bottlenecks preaccumulated (bottleneck.ts), where
  // some region has a node its tangents leave from.
  const bn = bottlenecks(g, (v) => an.tangent[v] !== undefined, interiorLeaves);
  const withBottlenecks = bn.exit.some((e) => e === 1);
  return [
    ...ranked.filter((r) => close(r.cost)).flatMap(({ dirs, deps, cost }) => [
      { name: dirs.name, estimate: cost, build: () => mixedDivergence(g, an, dirs, deps, affineLeaves, interiorLeaves) },
      ...(withBottlenecks && dirs.count > 1
        ? [{ name: `${dirs.name} with bottlenecks`, estimate: cost, build: () => mixedDivergence(g, an, dirs, deps, affineLeaves, interiorLeaves, bn) }]
        : []),
    ]),
    ...(close(forwardCost) ? [{ name: 'forward', estimate: forwardCost, build: () => forwardDivergence(p).outputs.divergence! }] : []),
  ];
}

/**
 * The candidates the divergence pass builds for `p`, in order, with their estimates (the
 * directions' estimates; bottlenecks are not estimated): what the cost model decided, for tests.
 * Adds nodes to p's graph (the linear analysis).
 */
export function divergenceCandidates(p: Program): { name: string; estimate: number }[] {
  return candidates(p).map(({ name, estimate }) => ({ name, estimate }));
}

export function divergence(p: Program): Program {
  const g = p.graph;
  g.line = 0; // derivative nodes belong to no one line
  let best: { div: number; ops: number } | undefined;
  for (const { build } of candidates(p)) {
    let div: number;
    try { div = build(); } catch (e) { if (best && e instanceof GraphLimitError) break; throw e; }
    const ops = perPointOps(g, [...p.outputs.values, div]);
    if (!best || ops < best.ops) best = { div, ops };
  }
  return { ...p, outputs: { ...p.outputs, divergence: best!.div } };
}

/** Per-point operations reachable from `roots` (what stats count: no leaves, no nograd). */
export function perPointOps(g: Graph, roots: number[]): number {
  const seen = new Uint8Array(g.size);
  const stack = roots.filter((r) => { if (seen[r]) return false; seen[r] = 1; return true; });
  let ops = 0;
  while (stack.length > 0) {
    const node = g.node(stack.pop()!);
    if (node.varying && node.args.length > 0 && node.op !== 'nograd') ops++;
    for (const a of node.args) if (!seen[a]) { seen[a] = 1; stack.push(a); }
  }
  return ops;
}

/** div f along these directions: tangents through the interior, weighted at the leaves. */
function mixedDivergence(g: Graph, an: Analysis, dirs: Directions, deps: Uint32Array[], affineLeaves: number[], interiorLeaves: number[], bn?: Bottlenecks): number {
  const terms: number[] = [];
  // Affine leaves: sum_j A_h[j] T_h[j], per batch.
  for (const h of affineLeaves) {
    for (const [j, a] of an.adjoint[h]!) {
      const t = an.tangent[h]!.get(j);
      if (t !== undefined) terms.push(g.op('mul', a, t));
    }
  }
  // Interior: forward tangents per direction, weighted at the leaves: [tangent, weight] pairs.
  const weighted: [number, number][] = [];
  const mark = new Uint8Array(g.size);
  const tangent = new Int32Array(g.size).fill(-1);
  for (let k = 0; k < dirs.count; k++) {
    const roots = interiorLeaves.filter((h) => has(deps[h]!, k) && dirs.weight(h, k) !== undefined);
    const nodes = cone(g, an, deps, roots, k, mark);
    // an interior node outside the cone has no tangent in direction k (-1: reset after each)
    const argTangent = (a: number): Tangent => {
      if (an.tangent[a] !== undefined) return dirs.seed(a, k);
      return tangent[a]! >= 0 ? tangent[a]! : undefined;
    };
    for (const v of nodes) {
      const node = g.node(v);
      let t: Tangent;
      if (bn && bn.top[v] !== v) {
        // inside a bottleneck's region: only what leaves it, as dv/db times b's tangent
        const tb = bn.exit[v] ? argTangent(bn.top[v]!) : undefined, dv = tb === undefined ? undefined : bn.derivative(v);
        t = dv === undefined ? undefined : g.op('mul', tb!, dv);
      } else t = DERIVATIVES[node.op as ComputeOp](g, node.args, v, node.args.map(argTangent)); // conditions: zero
      tangent[v] = t ?? -1;
    }
    for (const h of roots) if (tangent[h]! >= 0) weighted.push([tangent[h]!, dirs.weight(h, k)!]);
    for (const v of nodes) tangent[v] = -1;
  }
  // sum of tangent * weight by the distributive law, as the forward mode gets it from the graph
  // where a sum is multiplied once: the weights of one tangent summed (per batch: a fuzzed
  // network's x_j came in 6 directions), then the tangents of one weight (per point: attention's
  // Wo @ sum(s: a_s * v_s) made 85 products more per point than forward mode, issue 13)
  const byTangent = new Map<number, number>(), byWeight = new Map<number, number>();
  for (const [t, w] of weighted) byTangent.set(t, byTangent.has(t) ? g.op('add', byTangent.get(t)!, w) : w);
  for (const [t, w] of byTangent) byWeight.set(w, byWeight.has(w) ? g.op('add', byWeight.get(w)!, t) : t);
  for (const [w, t] of byWeight) terms.push(g.op('mul', t, w));
  // Per-batch terms (affine leaves, leaf tangents that turn out invariant) are summed apart and
  // added once: in one running sum after a per-point term, each would cost a per-point add
  // (a fuzzed (W @ x + b) % 1.5 network paid 39 more than forward mode for it).
  const sum = (ids: number[]) => ids.reduce((acc, t) => (acc === undefined ? t : g.op('add', acc, t)), undefined as number | undefined);
  const perPoint = sum(terms.filter((t) => g.node(t).varying)), perBatch = sum(terms.filter((t) => !g.node(t).varying));
  return perPoint === undefined ? perBatch ?? g.const(0) : perBatch === undefined ? perPoint : g.op('add', perPoint, perBatch);
}

/**
 * The optimizer's Jacobian diagonal: forward tangents per direction (divergence-forward.ts), also
 * built with scalar bottlenecks preaccumulated, the one with fewer per-point operations kept
 * (charges_potential: 583 -> 344 a point).
 */
export function optimizedDiagonal(p: Program): Program {
  const plain = forwardDiagonal(p);
  const g = p.graph;
  const bn = bottlenecks(g, () => false, p.outputs.values);
  if (!bn.exit.some((e) => e === 1)) return plain;
  let shared: Program;
  try { shared = forwardDiagonal(p, bn); } catch (e) { if (e instanceof GraphLimitError) return plain; throw e; }
  const ops = (q: Program) => perPointOps(g, [...q.outputs.values, q.outputs.divergence!]);
  return ops(shared) < ops(plain) ? shared : plain;
}
