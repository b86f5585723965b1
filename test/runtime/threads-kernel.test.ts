// Worker threads (runtime/threads.ts) under a compiled kernel in Node: points and results shared
// with the workers (SharedArrayBuffer), not copied, and the Jacobian diagonal over three threads
// equal to one thread's at every point. Written against surviving mutants of runtime/threads.ts
// (docs/TESTING.md, "Mutation testing"); test/runtime/threads-pool.test.ts tests the pool itself.
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';
import { canShareMemory } from '../../runtime/threads.js';
import { reference, source } from '../support/helpers.js';

describe('worker threads (runtime/threads.ts)', () => {
  it('in Node, points and results are shared with the workers (SharedArrayBuffer), not copied', () => {
    expect(canShareMemory()).toBe(true);
  });

  it('the Jacobian diagonal over worker threads equals one thread\'s, at every point', async () => {
    const ref = reference('coulomb');
    const wasm = compile(source('coulomb')).wasm!;
    const one = await load(wasm, { backend: 'wasm', threads: 1 });
    const three = await load(wasm, { backend: 'wasm', threads: 3 });
    for (const k of [one, three]) k.setParams(ref.params);
    const n = 40_001; // not a multiple of the thread count
    const pts = new Float64Array(n * 3).map((_, i) => ref.points[Math.floor(i / 3) % ref.points.length]![i % 3]! * (1 + 1e-3 * (i % 11)));
    const a = await one.diagonal(pts), b = await three.diagonal(pts);
    expect(three.threads).toBe(3);
    expect(a.length).toBe(n * 3);
    expect(new Set(a).size).toBeGreaterThan(500);
    expect(Array.from(b)).toEqual(Array.from(a));
    one.dispose();
    three.dispose();
  });
});
