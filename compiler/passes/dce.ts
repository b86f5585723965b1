// Dead-code elimination: keep only nodes that an output needs, renumbered densely in order.
import type { Program } from '../ir/program.js';
import { rebuild } from './rebuild.js';

export function dce(p: Program): Program {
  // The graph is already canonical under its own rules, so copying through them changes nothing.
  return rebuild(p, p.graph.simplify);
}
