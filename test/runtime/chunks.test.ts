// runChunks (runtime/chunks.ts) on a fake kernel: every point computed once, chunk by chunk, in
// place in the kernel's memory (full chunks, then the remainder), the divergence-only layout, and
// writing from point `at` into arrays the caller gives. Written against surviving mutants of
// `npm run mutate` (docs/TESTING.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { runChunks, runChunksSummed } from '../../runtime/chunks.js';

describe('runChunks (runtime/chunks.ts)', () => {
  // a fake kernel with the entries' ABI (points, values, divergences, n): values = 2 * points,
  // divergence = the sum of a point's coordinates (+ 0.5); `divergenceOnly` takes (points, divergences, n)
  const fake = (memory: WebAssembly.Memory, dim: number, bytes: 4 | 8, calls: number[], divergenceOnly = false) =>
    (...args: number[]) => {
      const [points, values, divergences, n] = divergenceOnly ? [args[0]!, -1, args[1]!, args[2]!] : args as [number, number, number, number];
      const Arr = bytes === 8 ? Float64Array : Float32Array;
      const mem = new Arr(memory.buffer);
      calls.push(n);
      for (let i = 0; i < n; i++) {
        let s = 0.5;
        for (let c = 0; c < dim; c++) {
          const x = mem[points / bytes + i * dim + c]!;
          if (!divergenceOnly) mem[values / bytes + i * dim + c] = 2 * x;
          s += x;
        }
        mem[divergences / bytes + i] = s;
      }
    };
  const both = (dim: number) => [{ name: 'values', width: dim }, { name: 'divergence', width: 1 }];
  const divergenceOnly = [{ name: 'divergence', width: 1 }];

  it.each([[8, 3, 7], [4, 3, 7], [8, 4, 8], [8, 16, 5]] as const)('bytes %i, chunk %i, %i points of 2: every point once, chunk by chunk, in place', (bytes, chunk, n) => {
    const dim = 2, heap = 64;
    const memory = new WebAssembly.Memory({ initial: 1 });
    const Arr = bytes === 8 ? Float64Array : Float32Array;
    const flat = Arr.from({ length: n * dim }, (_, i) => i + 1);
    const calls: number[] = [];
    const r = runChunks(fake(memory, dim, bytes, calls), memory, heap, dim, bytes, chunk, flat, both(dim));
    expect(r.divergence).toBeInstanceOf(Arr);
    expect(r.values).toBeInstanceOf(Arr);
    expect([...r.values!]).toEqual([...flat].map((x) => 2 * x));
    expect([...r.divergence!]).toEqual(Array.from({ length: n }, (_, i) => flat[2 * i]! + flat[2 * i + 1]! + 0.5));
    // full chunks, then the remainder
    expect(calls).toEqual(Array.from({ length: Math.ceil(n / chunk) }, (_, k) => Math.min(chunk, n - k * chunk)));
    // the points went to the heap, values after chunk * dim numbers, divergences after 2 chunk * dim
    const mem = new Arr(memory.buffer);
    const last = calls.at(-1)!, lastStart = n - last;
    expect(mem[heap / bytes - 1]).toBe(0); // nothing written below the heap
    expect(mem[heap / bytes]).toBe(flat[lastStart * dim]);
    expect(mem[heap / bytes + chunk * dim]).toBe(2 * flat[lastStart * dim]!);
    expect(mem[heap / bytes + 2 * chunk * dim]).toBe(r.divergence![lastStart]);
    // divergence only: no values array, the divergences right after the points
    const d = runChunks(fake(memory, dim, bytes, [], true), memory, heap, dim, bytes, chunk, flat, divergenceOnly);
    expect(d.values).toBeUndefined();
    expect(Object.keys(d)).toEqual(['divergence']);
    expect([...d.divergence!]).toEqual([...r.divergence!]);
    expect(new Arr(memory.buffer)[heap / bytes + chunk * dim]).toBe(d.divergence![lastStart]);
  });

  it('with `out`, writes from point `at` into the given arrays and leaves the rest alone', () => {
    const dim = 2, bytes = 8, chunk = 2, n = 3, at = 4;
    const memory = new WebAssembly.Memory({ initial: 1 });
    const flat = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const out = { results: { divergence: new Float64Array(9).fill(-1), values: new Float64Array(18).fill(-1) }, at };
    const r = runChunks(fake(memory, dim, bytes, []), memory, 0, dim, bytes, chunk, flat, both(dim), out);
    expect(r).toBe(out.results);
    expect([...out.results.divergence]).toEqual([-1, -1, -1, -1, 3.5, 7.5, 11.5, -1, -1]);
    expect([...out.results.values]).toEqual([...Array(8).fill(-1), 2, 4, 6, 8, 10, 12, -1, -1, -1, -1]);
    const only = { results: { divergence: new Float64Array(5) }, at: 1 };
    const d = runChunks(fake(memory, dim, bytes, [], true), memory, 0, dim, bytes, chunk, flat, divergenceOnly, only);
    expect(d).toEqual({ divergence: only.results.divergence });
    expect([...only.results.divergence]).toEqual([0, 3.5, 7.5, 11.5, 0]);
  });

  it.each([[8, 3, 7], [4, 3, 7], [8, 16, 5]] as const)('runChunksSummed, bytes %i, chunk %i, %i points: one output summed over the points in f64, the others per point with keep, else left out', (bytes, chunk, n) => {
    const dim = 2;
    const memory = new WebAssembly.Memory({ initial: 1 });
    const Arr = bytes === 8 ? Float64Array : Float32Array;
    const flat = Arr.from({ length: n * dim }, (_, i) => (i + 1) / 4);
    const calls: number[] = [];
    const kept = runChunksSummed(fake(memory, dim, bytes, calls), memory, 64, dim, bytes, chunk, flat, both(dim), 'values', true);
    // values = 2 x: its column sums, in f64 whatever the kernel's precision
    const column = (c: number) => Array.from({ length: n }, (_, i) => 2 * flat[i * dim + c]!).reduce((a, b) => a + b, 0);
    expect(kept.values).toBeInstanceOf(Float64Array);
    expect([...kept.values!]).toEqual([column(0), column(1)]);
    expect(kept.divergence).toBeInstanceOf(Arr);
    expect([...kept.divergence!]).toEqual(Array.from({ length: n }, (_, i) => flat[2 * i]! + flat[2 * i + 1]! + 0.5));
    expect(calls).toEqual(Array.from({ length: Math.ceil(n / chunk) }, (_, k) => Math.min(chunk, n - k * chunk)));
    const summed = runChunksSummed(fake(memory, dim, bytes, []), memory, 64, dim, bytes, chunk, flat, both(dim), 'divergence', false);
    expect(Object.keys(summed)).toEqual(['divergence']);
    expect(summed.divergence![0]).toBeCloseTo(kept.divergence!.reduce((a, b) => a + b, 0), 5);
    // an entry without the summed output (a field without params): nothing to sum
    const none = runChunksSummed(fake(memory, dim, bytes, []), memory, 64, dim, bytes, chunk, flat, both(dim), 'params', true);
    expect(none.params).toEqual(new Float64Array(0));
    expect([...none.values!]).toEqual([...flat].map((x) => 2 * x));
  });

  it.each([[8, 2, 3, 7], [4, 4, 3, 7], [8, 2, 16, 5], [4, 4, 1, 6]] as const)('runChunksSummed with a sum the kernel keeps itself (bytes %i, %i lanes, chunk %i, %i points): zeroed first, its lanes added last', (bytes, lanes, chunk, n) => {
    // a fake kernel with the summed ABI: point i of a call adds its two numbers times 3 into lane i % lanes of two vectors
    const dim = 2, heap = 64;
    const memory = new WebAssembly.Memory({ initial: 1 });
    const Arr = bytes === 8 ? Float64Array : Float32Array;
    const flat = Arr.from({ length: n * dim }, (_, i) => i + 1);
    const entry = (points: number, values: number, acc: number, m: number) => {
      const mem = new Arr(memory.buffer);
      for (let i = 0; i < m; i++) {
        for (let c = 0; c < dim; c++) {
          mem[values / bytes + i * dim + c] = -mem[points / bytes + i * dim + c]!;
          mem[acc / bytes + c * lanes + (i % lanes)] += 3 * mem[points / bytes + i * dim + c]!;
        }
      }
    };
    // left-over numbers where the sums go must not count: the caller zeroes them
    new Arr(memory.buffer).fill(1e6, heap / bytes);
    const outputs = [{ name: 'values', width: dim }, { name: 'params', width: dim, summed: true }];
    const r = runChunksSummed(entry as (...a: number[]) => void, memory, heap, dim, bytes, chunk, flat, outputs, 'params', true, lanes);
    const column = (c: number) => Array.from({ length: n }, (_, i) => 3 * flat[i * dim + c]!).reduce((a, b) => a + b, 0);
    expect([...r.params!]).toEqual([column(0), column(1)]);
    expect([...r.values!]).toEqual([...flat].map((x) => -x));
    expect(runChunksSummed(entry as (...a: number[]) => void, memory, heap, dim, bytes, chunk, flat, outputs, 'params', false, lanes)).toEqual({ params: r.params });
  });
});
