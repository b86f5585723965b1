// The IR container: an append-only array of hash-consed nodes. Building a node that already
// exists returns the existing id (common-subexpression elimination by construction); constant
// operands are folded and the algebraic rules of rules.ts applied as nodes are built. Ids are a
// topological order, since a node can only refer to nodes built before it.
import { OPS, type ComputeOp, type Type } from './ops.js';
import type { Node, Builder } from './node.js';
import { rewrite } from './rules.js';
import { InternTable, structuralHash } from './intern-table.js';

export type { Node } from './node.js';

/** The most nodes one field may unroll to (LANGUAGE.md: "a field too large after unrolling"). */
export const NODE_LIMIT = 2_000_000;

export class GraphLimitError extends Error {
  constructor(readonly limit: number) {
    super(`graph exceeds ${limit} nodes`);
  }
}

export interface GraphOptions {
  /** Apply the algebraic rules while building (constants are folded either way). */
  simplify?: boolean;
  limit?: number;
}

export class Graph implements Builder {
  readonly nodes: Node[] = [];
  /** The .div source line each node was first built for (0: none, e.g. derivative nodes). */
  readonly lines: number[] = [];
  /** The line new nodes are attributed to: set by the front end and by passes that copy nodes. */
  line = 0;
  private readonly index = new InternTable(this.nodes);
  readonly simplify: boolean;
  readonly limit: number;
  /** Set by a rebuild, while it runs, for the rules that need use counts (Rule.singleUse). */
  singleUse?: (id: number) => boolean;
  /** While set (by a rebuild), counts for each node the nodes built since that use it. */
  usesBuilt?: number[];

  constructor(options: GraphOptions = {}) {
    this.simplify = options.simplify ?? true;
    this.limit = options.limit ?? NODE_LIMIT;
  }

  get size(): number {
    return this.nodes.length;
  }

  node(id: number): Node {
    return this.nodes[id]!;
  }

  private intern(partial: Omit<Node, 'varying'>): number {
    const hash = structuralHash(partial);
    const found = this.index.find(partial, hash);
    if (found >= 0) return found;
    if (this.nodes.length >= this.limit) throw new GraphLimitError(this.limit);
    let varying = partial.op === 'input';
    for (const a of partial.args) varying ||= this.nodes[a]!.varying;
    this.nodes.push({ op: partial.op, args: partial.args, value: partial.value, type: partial.type, varying });
    if (this.usesBuilt) for (const a of partial.args) this.usesBuilt[a] = (this.usesBuilt[a] ?? 0) + 1;
    this.lines.push(this.line);
    this.index.add(this.nodes.length - 1, hash);
    return this.nodes.length - 1;
  }

  /** The id of the node with this node's structure: `id` itself unless hash-consing broke. */
  lookup(n: Node): number {
    return this.index.find(n);
  }

  const(value: number, type: Type = 'f'): number {
    return this.intern({ op: 'const', args: [], value, type });
  }

  input(k: number): number {
    return this.intern({ op: 'input', args: [], value: k, type: 'f' });
  }

  param(slot: number): number {
    return this.intern({ op: 'param', args: [], value: slot, type: 'f' });
  }

  isConst(id: number): boolean {
    return this.nodes[id]!.op === 'const';
  }

  op(op: ComputeOp, ...args: number[]): number {
    const info = OPS[op];
    if (args.length !== info.arity) throw new Error(`internal: ${op} takes ${info.arity} arguments, got ${args.length}`);
    // Constant operands are always folded: indices, sizes and compile-time conditions rely on it.
    if (args.every((a) => this.nodes[a]!.op === 'const')) {
      return this.const(info.evaluate(...args.map((a) => this.nodes[a]!.value)), info.result);
    }
    // select with a known condition is decided now (the other branch is dropped).
    if (op === 'select' && this.isConst(args[0]!)) return this.nodes[args[0]!]!.value ? args[1]! : args[2]!;
    if (info.commutative) args = canonicalOrder(this, args);
    if (this.simplify) {
      const rewritten = rewrite(this, op, args);
      if (rewritten !== undefined) return rewritten;
    }
    return this.intern({ op, args, value: 0, type: info.result });
  }
}

/** Commutative operands: non-constants first by id, constants last, so equal sums hash alike. */
function canonicalOrder(g: Graph, args: number[]): number[] {
  const [a, b] = args as [number, number];
  const ca = g.isConst(a), cb = g.isConst(b);
  if (ca !== cb) return ca ? [b, a] : [a, b];
  return a <= b ? [a, b] : [b, a];
}
