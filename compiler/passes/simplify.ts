// Simplification: rebuild the graph through the algebraic rules (ir/rules.ts) and constant
// folding, which also re-runs CSE. Needed for graphs built without rules (the unoptimized
// baseline) and after passes that create patterns the rules know.
import type { Program } from '../ir/program.js';
import { rebuild } from './rebuild.js';

export function simplify(p: Program): Program {
  // Rewrites can orphan nodes: the second copy drops them (and applies rules the first enabled).
  return rebuild(rebuild(p, true), true);
}
