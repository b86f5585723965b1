// Which params each per-batch value of the prologue depends on, as bits of an i32 mask: after a
// setParams the runtime passes the changed params' bits to prologue_params(mask), which
// recomputes only the values whose bits meet them (a new output bias, read by no contraction,
// recomputes nothing; a new W2 leaves W1 W3 alone). Param k has bit k % 31: past 31 params, params
// share a bit and a change recomputes a little more, never less. Bit 31 marks values depending
// on no param (products of constants): computed when the mask is -1, on the first call.
import type { TensorProgram } from '../../tensor/program.js';

export const NO_PARAM_BIT = 1 << 31;

export interface PrologueBits {
  /** Each computed per-batch node's bits (nonzero). */
  nodeBits: Map<number, number>;
  /** Each param's bit, by name (the artifact's metadata: runtime/param-state.ts). */
  paramBits: Record<string, number>;
}

/** `computed`: the per-batch nodes the prologue computes, in order (each after its arguments). */
export function prologueBits(p: TensorProgram, computed: readonly number[]): PrologueBits {
  const g = p.graph;
  // no prototype: a param may be named __proto__
  const paramBits: Record<string, number> = Object.create(null);
  p.params.forEach((q, k) => { paramBits[q.name] = k % 31; });
  // a param node reads slots from its value: the param whose slots hold it
  const bitOfSlot = (slot: number) => {
    const k = p.params.findIndex((q) => slot >= q.slot && slot < q.slot + q.size);
    if (k < 0) throw new Error(`internal: param node at slot ${slot} belongs to no param`);
    return 1 << (k % 31);
  };
  const bits = new Map<number, number>();
  const of = (id: number): number => {
    const n = g.node(id);
    if (n.op === 'param') return bitOfSlot(n.value!);
    return bits.get(id) ?? 0; // constants: none
  };
  for (const id of computed) {
    const b = g.node(id).args.reduce((acc, a) => acc | of(a), 0);
    bits.set(id, b === 0 ? NO_PARAM_BIT : b);
  }
  return { nodeBits: bits, paramBits };
}
