// The walk both levels' reverse passes start with (passes/gradient.ts, tensor/gradient.ts): which
// nodes an output depends on, through the nodes that carry adjoints.

/** `root` and the nodes it depends on through operands that `through` accepts (a node it refuses stops the walk there). */
export function ancestors(root: number, operands: (id: number) => readonly number[], through: (id: number) => boolean): Set<number> {
  const seen = new Set<number>([root]);
  const stack = [root];
  while (stack.length > 0) {
    for (const a of operands(stack.pop()!)) {
      if (!seen.has(a) && through(a)) { seen.add(a); stack.push(a); }
    }
  }
  return seen;
}
