// The hash-consing index: an open-addressing hash table over node structure (op, type, value,
// operands) holding node ids. A string-keyed Map was the compiler's hottest spot on large fields.
import type { Node } from './node.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const opCodes = new Map<string, number>();

function opCode(op: string): number {
  let c = opCodes.get(op);
  if (c === undefined) { c = opCodes.size + 1; opCodes.set(op, c); }
  return c;
}

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return (h ^ (h >>> 15)) | 0;
}

export function structuralHash(n: Omit<Node, 'varying'>): number {
  f64[0] = n.value;
  let h = mix(opCode(n.op), n.type === 'b' ? 1 : 2);
  h = mix(h, u32[0]!);
  h = mix(h, u32[1]!);
  for (const a of n.args) h = mix(h, a);
  return h;
}

export function sameStructure(a: Omit<Node, 'varying'>, b: Omit<Node, 'varying'>): boolean {
  if (a.op !== b.op || a.type !== b.type || a.args.length !== b.args.length) return false;
  if (!Object.is(a.value, b.value)) return false; // NaN equals NaN; -0 differs from 0
  for (let i = 0; i < a.args.length; i++) if (a.args[i] !== b.args[i]) return false;
  return true;
}

export class InternTable {
  private slots = new Int32Array(1024); // id + 1; 0 = empty
  private count = 0;

  constructor(private readonly nodes: readonly Node[]) {}

  /** The id of a node with this structure, or -1. */
  find(n: Omit<Node, 'varying'>, hash = structuralHash(n)): number {
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const s = this.slots[i]!;
      if (s === 0) return -1;
      if (sameStructure(this.nodes[s - 1]!, n)) return s - 1;
    }
  }

  add(id: number, hash: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    this.place(id, hash);
    this.count++;
  }

  private place(id: number, hash: number): void {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = id + 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (const s of old) if (s !== 0) this.place(s - 1, structuralHash(this.nodes[s - 1]!));
  }
}
