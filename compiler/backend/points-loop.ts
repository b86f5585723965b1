// The loop over points every entry of both levels runs (the calling convention of docs/ARTIFACT.md:
// `entry(points, out_0, ..., out_k, n)`): `step` points at a time, a partial last step through
// zeroed scratch so the body never reads or writes past the caller's arrays.
import { WasmModule, types, type Expr } from './binaryen.js';

export interface PointsLoop {
  /** Points a step: a vector's lanes, or a tile of vectors. */
  step: number;
  /** Bytes of a point's row, and of a number. */
  rowBytes: number;
  bytes: number;
  outputs: readonly { width: number }[];
  /** The param n; the locals: the first point of the step, the points left, the rows' pointer, output k's pointer. */
  n: number;
  counter: number;
  left: number;
  source: number;
  output: (k: number) => number;
  /** Scratch for a partial step: its rows, and each output's. */
  scratchIn: number;
  scratchOut: readonly number[];
}

export function pointsLoop(m: WasmModule, s: PointsLoop, body: Expr[]): Expr {
  const i32 = (l: number) => m.get(l, types.i32);
  const partial = () => m.i32LtU(i32(s.left), m.i32(s.step));
  // the param of output k is 1 + k (the points are param 0)
  const at = (param: number, stride: number) => m.i32Add(i32(param), m.i32Mul(i32(s.counter), m.i32(stride)));
  return m.loop('points', m.block('done', [
    m.br('done', m.i32GeU(i32(s.counter), i32(s.n))),
    m.set(s.left, m.i32Sub(i32(s.n), i32(s.counter))),
    m.if(partial(),
      m.block(null, [
        m.memoryFill(m.i32(s.scratchIn), m.i32(0), m.i32(s.step * s.rowBytes)),
        m.memoryCopy(m.i32(s.scratchIn), at(0, s.rowBytes), m.i32Mul(i32(s.left), m.i32(s.rowBytes))),
        m.set(s.source, m.i32(s.scratchIn)),
        ...s.outputs.map((_, k) => m.set(s.output(k), m.i32(s.scratchOut[k]!))),
      ]),
      m.block(null, [m.set(s.source, at(0, s.rowBytes)), ...s.outputs.map((o, k) => m.set(s.output(k), at(1 + k, o.width * s.bytes)))]),
    ),
    ...body,
    m.if(partial(), m.block(null, s.outputs.map((o, k) => m.memoryCopy(at(1 + k, o.width * s.bytes), m.i32(s.scratchOut[k]!), m.i32Mul(i32(s.left), m.i32(o.width * s.bytes)))))),
    m.set(s.counter, m.i32Add(i32(s.counter), m.i32(s.step))),
    m.br('points'),
  ]));
}
