// What both of the kernel's integrators (flow.ts, flow-dopri5.ts) loop with: counted loops, and
// the loop over blocks of points whose rows are copied into the work area.
import { WasmModule, types, type Expr } from './binaryen.js';

/** for (counter = 0; counter < count; counter += step) body; `count` builds its expression at each use (a binaryen node may appear once in the tree). */
export function countedLoops(m: WasmModule, prefix: string) {
  let labels = 0;
  return (counter: number, count: () => Expr, body: Expr[], step = 1): Expr => {
    const label = `${prefix}${labels++}`;
    const i32 = () => m.get(counter, types.i32);
    return m.block(null, [
      m.set(counter, m.i32(0)),
      m.if(m.i32LtS(m.i32(0), count()), m.loop(label, m.block(null, [
        ...body,
        m.set(counter, m.i32Add(i32(), m.i32(step))),
        m.br(label, m.i32LtS(i32(), count())),
      ]))),
    ]);
  };
}

export interface BlockLoop {
  /** Points a block. */
  block: number;
  /** Numbers a point's row, and bytes a number. */
  width: number;
  bytes: 4 | 8;
  /** Params: the points' rows and their count; locals: the block's first point and its size. */
  points: number;
  n: number;
  first: number;
  size: number;
  /** The work area's first byte, where the block's rows go. */
  work: () => Expr;
}

/** for each block of points: its first point and size set, its rows copied to the work area, then `body`. */
export function overBlocks(m: WasmModule, b: BlockLoop, body: Expr[]): Expr {
  const i32 = (l: number) => m.get(l, types.i32);
  return m.block(null, [
    m.set(b.first, m.i32(0)),
    m.loop('blocks', m.block('done', [
      m.br('done', m.i32GeU(i32(b.first), i32(b.n))),
      m.set(b.size, m.i32Sub(i32(b.n), i32(b.first))),
      m.if(m.i32LtU(m.i32(b.block), i32(b.size)), m.set(b.size, m.i32(b.block))),
      // the block's rows (their conditions stay as given)
      m.memoryCopy(b.work(), m.i32Add(i32(b.points), m.i32Mul(i32(b.first), m.i32(b.width * b.bytes))), m.i32Mul(i32(b.size), m.i32(b.width * b.bytes))),
      ...body,
      m.set(b.first, m.i32Add(i32(b.first), m.i32(b.block))),
      m.br('blocks'),
    ])),
  ]);
}
