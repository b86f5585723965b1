// Machine yardsticks in wasm, built with the compiler's binaryen wrapper: the bandwidth of a wasm
// memory copy, and a SIMD peak (independent f64x2 multiply-adds, 8 accumulators).
import { WasmModule, types } from '../compiler/backend/binaryen.js';

function module(): WebAssembly.Instance {
  const m = new WasmModule();
  m.setMemory(2048); // 128 MiB
  // copy(dst, src, bytes)
  m.addFunction('copy', [types.i32, types.i32, types.i32], [], m.memoryCopy(m.get(0, types.i32), m.get(1, types.i32), m.get(2, types.i32)));
  m.exportFunction('copy');
  // peak(iterations): 8 chains of acc = acc * a + b, 2 flops per lane per op pair
  const acc = (k: number) => 2 + k;
  const a = 10, b = 11;
  const body: number[] = [];
  for (let k = 0; k < 8; k++) body.push(m.set(acc(k), m.binary('f64x2', 'add', m.binary('f64x2', 'mul', m.get(acc(k), types.v128), m.get(a, types.v128)), m.get(b, types.v128))));
  const splat = (v: number) => m.splat('f64x2', m.raw.f64.const(v));
  m.addFunction('peak', [types.i32], [types.i32, ...new Array(10).fill(types.v128)], m.block(null, [
    ...Array.from({ length: 8 }, (_, k) => m.set(acc(k), splat(k))),
    m.set(a, splat(0.999999)), m.set(b, splat(1e-6)),
    m.loop('l', m.block(null, [...body, m.set(1, m.i32Add(m.get(1, types.i32), m.i32(1))), m.br('l', m.i32LtU(m.get(1, types.i32), m.get(0, types.i32)))])),
    m.raw.drop(m.extractLane('f64x2', m.binary('f64x2', 'add', m.get(acc(0), types.v128), m.get(acc(7), types.v128)), 0)),
  ]));
  m.exportFunction('peak');
  // madd(iterations): 12 accumulators of acc += x * y, the multiplies off the dependency chain,
  // as in a matrix product (the chains above bound latency, not throughput)
  const madd: number[] = [];
  for (let k = 0; k < 12; k++) madd.push(m.set(2 + k, m.binary('f64x2', 'add', m.get(2 + k, types.v128), m.binary('f64x2', 'mul', m.get(14, types.v128), m.get(15, types.v128)))));
  m.addFunction('madd', [types.i32], [types.i32, ...new Array(14).fill(types.v128)], m.block(null, [
    ...Array.from({ length: 12 }, (_, k) => m.set(2 + k, splat(k))),
    m.set(14, splat(1e-9)), m.set(15, splat(0.5)),
    m.loop('l', m.block(null, [...madd, m.set(1, m.i32Add(m.get(1, types.i32), m.i32(1))), m.br('l', m.i32LtU(m.get(1, types.i32), m.get(0, types.i32)))])),
    m.raw.drop(m.extractLane('f64x2', m.binary('f64x2', 'add', m.get(2, types.v128), m.get(13, types.v128)), 0)),
  ]));
  m.exportFunction('madd');
  const bin = m.emitBinary();
  m.dispose();
  return new WebAssembly.Instance(new WebAssembly.Module(bin as Uint8Array<ArrayBuffer>));
}

export function measurePeaks(): { copyBytesPerSecond: number; simdFlopsPerSecond: number; simdMaddFlopsPerSecond: number } {
  const ex = module().exports as { copy: (d: number, s: number, n: number) => void; peak: (n: number) => void; madd: (n: number) => void };
  const bytes = 32 << 20;
  ex.copy(bytes * 2, 0, bytes);
  let t = performance.now(), runs = 0;
  do { ex.copy(bytes * 2, 0, bytes); runs++; } while (performance.now() - t < 300);
  const copyBytesPerSecond = (bytes * runs) / ((performance.now() - t) / 1000);
  const iters = 10_000_000;
  ex.peak(1000);
  t = performance.now();
  ex.peak(iters);
  const simdFlopsPerSecond = (iters * 8 * 2 * 2) / ((performance.now() - t) / 1000); // 8 chains, 2 lanes, mul + add
  ex.madd(1000);
  t = performance.now();
  ex.madd(iters);
  const simdMaddFlopsPerSecond = (iters * 12 * 2 * 2) / ((performance.now() - t) / 1000); // 12 accumulators, 2 lanes, mul + add
  return { copyBytesPerSecond, simdFlopsPerSecond, simdMaddFlopsPerSecond };
}
