// Machine yardsticks in wasm, built with the compiler's binaryen wrapper: the bandwidth of a wasm
// memory copy, a SIMD peak (independent f64x2 multiply-adds, 12 chains) and the loop kernels' own
// product inner loop (2 weight rows x 4 vectors of points).
import { WasmModule, types } from '../compiler/backend/binaryen.js';

function module(): WebAssembly.Instance {
  const m = new WasmModule();
  m.setMemory(2048); // 128 MiB
  // copy(dst, src, bytes)
  m.addFunction('copy', [types.i32, types.i32, types.i32], [], m.memoryCopy(m.get(0, types.i32), m.get(1, types.i32), m.get(2, types.i32)));
  m.exportFunction('copy');
  // peak(iterations): 12 chains of acc = acc * a + b, 2 flops per lane per op pair (measured
  // here: 4 chains 11, 8 chains 22.3, 12 chains 31.6, 16 chains 16.7 GFLOP/s: they spill)
  const CHAINS = 12;
  const acc = (k: number) => 2 + k;
  const a = 2 + CHAINS, b = 3 + CHAINS;
  const body: number[] = [];
  for (let k = 0; k < CHAINS; k++) body.push(m.set(acc(k), m.binary('f64x2', 'add', m.binary('f64x2', 'mul', m.get(acc(k), types.v128), m.get(a, types.v128)), m.get(b, types.v128))));
  const splat = (v: number) => m.splat('f64x2', m.raw.f64.const(v));
  m.addFunction('peak', [types.i32], [types.i32, ...new Array(CHAINS + 2).fill(types.v128)], m.block(null, [
    ...Array.from({ length: CHAINS }, (_, k) => m.set(acc(k), splat(k))),
    m.set(a, splat(0.999999)), m.set(b, splat(1e-6)),
    m.loop('l', m.block(null, [...body, m.set(1, m.i32Add(m.get(1, types.i32), m.i32(1))), m.br('l', m.i32LtU(m.get(1, types.i32), m.get(0, types.i32)))])),
    // every chain stored: V8's optimizing tier drops chains whose results nothing reads (measured
    // here: 122 GFLOP/s from the second call on, when the chains' sum was dropped)
    ...Array.from({ length: CHAINS }, (_, k) => m.store(16 * k, m.i32(0), m.get(acc(k), types.v128))),
  ]));
  m.exportFunction('peak');
  // madd(iterations): the inner loop of the loop kernels' matrix products on data in L1, as its
  // practical ceiling (compiler/schedule.ts ROWS x BLOCK): 256 steps of 2 weights (splatted) times
  // 4 vectors of points (loaded once into locals) into 8 accumulators, acc_qr += w_q * p_r,
  // repeated; weights at 64 KiB, points at 96 KiB (all zero: no denormals)
  const L = (k: number) => m.get(k, types.i32), V = (k: number) => m.get(k, types.v128);
  const W = (q: number) => 6 + q, P = (r: number) => 8 + r, ACC = (q: number, r: number) => 12 + 4 * q + r;
  const inner = [
    ...[0, 1].map((q) => m.set(W(q), m.loadSplat(8, 65536 + 2048 * q, L(2)))),
    ...[0, 1, 2, 3].map((r) => m.set(P(r), m.load128(98304 + 16 * r, L(3)))),
    ...[0, 1].flatMap((q) => [0, 1, 2, 3].map((r) => m.set(ACC(q, r), m.binary('f64x2', 'add', V(ACC(q, r)), m.binary('f64x2', 'mul', V(W(q)), V(P(r))))))),
    m.set(2, m.i32Add(L(2), m.i32(8))), m.set(3, m.i32Add(L(3), m.i32(64))),
    m.set(4, m.i32Add(L(4), m.i32(1))),
    m.br('j', m.i32LtU(L(4), m.i32(256))),
  ];
  m.addFunction('madd', [types.i32], [types.i32, types.i32, types.i32, types.i32, types.i32, ...new Array(14).fill(types.v128)], m.block(null, [
    m.loop('l', m.block(null, [
      m.set(2, m.i32(0)), m.set(3, m.i32(0)), m.set(4, m.i32(0)),
      m.loop('j', m.block(null, inner)),
      m.set(1, m.i32Add(L(1), m.i32(1))), m.br('l', m.i32LtU(L(1), L(0))),
    ])),
    ...Array.from({ length: 8 }, (_, k) => m.store(16 * k, m.i32(0), V(12 + k))), // read by nothing, kept by nothing else
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
  // the best of 3: the first call may run in V8's baseline tier (measured here: 6 GFLOP/s, then 20)
  const iters = 10_000_000;
  ex.peak(1000);
  let simdFlopsPerSecond = 0;
  for (let round = 0; round < 3; round++) {
    t = performance.now();
    ex.peak(iters);
    simdFlopsPerSecond = Math.max(simdFlopsPerSecond, (iters * 12 * 2 * 2) / ((performance.now() - t) / 1000)); // 12 chains, 2 lanes, mul + add
  }
  const passes = 40_000;
  ex.madd(1000);
  let simdMaddFlopsPerSecond = 0;
  for (let round = 0; round < 3; round++) {
    t = performance.now();
    ex.madd(passes);
    // 256 steps x 2 weights x 4 vectors x 2 lanes x (mul + add) a pass; the best of 3
    simdMaddFlopsPerSecond = Math.max(simdMaddFlopsPerSecond, (passes * 256 * 8 * 2 * 2) / ((performance.now() - t) / 1000));
  }
  return { copyBytesPerSecond, simdFlopsPerSecond, simdMaddFlopsPerSecond };
}
