// The worker pool (runtime/threads.ts) in Node, tested directly with a hand-written kernel
// (test/support/threads-probe.ts) whose results tell which call computed each point: how the work is
// split, the shared buffers it reuses, which workers keep the process alive and when, a worker
// that fails, and dispose. Written against the mutants of runtime/threads.ts that the results of
// ordinary kernels cannot show (docs/TESTING.md, "Mutation testing").
//
// Keep-alive is read in-process: a Node worker that keeps the process alive (ref'd, with a
// 'message' listener) is a 'MessagePort' in process.getActiveResourcesInfo(), an unref'd or exited
// one is not. The pool's private `spare` list and `workers` are read through bracket access
// (TypeScript allows it on private members); nothing in runtime/ is exported for these tests.
// Where a worker must still be busy at a given moment, its points live in a SharedArrayBuffer
// that the kernel `slow` reads afresh at every chunk of one point: the test decides when it ends.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runChunks, runChunksSummed, type ChunkOut, type ChunkResults } from '../../runtime/chunks.js';
import { DivcError } from '../../runtime/errors.js';
import { THREAD_ROUND_POINTS, ThreadPool } from '../../runtime/threads.js';
import { PROBE, PROBE_ENTRIES as ENTRIES, probeWasm } from '../support/threads-probe.js';

type Kind = 'evaluate' | 'divergence' | 'diagonal' | 'potential';
type Local = (part: Float64Array | Float32Array, out: ChunkOut) => unknown;

const module = new WebAssembly.Module(probeWasm());
const DIM = PROBE.dim;
// The pool's four kinds of call are the probe module's entries (PROBE_ENTRIES): evaluate stores
// values and divergence, divergence and potential (the slow one) divergence alone, diagonal traps.
const TAG = 0.25; // what the state a call carries adds to every divergence

function stateWithTag(tag: number): Uint8Array {
  const state = new Uint8Array(PROBE.heap - PROBE.stateOffset);
  new Float64Array(state.buffer, 0, 1)[0] = tag;
  return state;
}
const STATE = stateWithTag(TAG);

const pools: ThreadPool[] = [];
async function makePool(workers: number, chunk: number): Promise<ThreadPool> {
  const pool = await ThreadPool.create(workers, { module, ...PROBE, chunk, entries: ENTRIES });
  pools.push(pool);
  return pool;
}

/** The calling thread's share, as the Kernel runs it (runChunks on an instance of its own), with
 *  each call's part and `out.at` recorded. */
function localRunner(chunk: number): { local: (kind: Kind) => Local; calls: { points: number; at: number }[] } {
  const ex = new WebAssembly.Instance(module, {}).exports as Record<string, unknown> & { memory: WebAssembly.Memory };
  ex.memory.grow(Math.ceil((PROBE.heap + chunk * (2 * DIM + 1) * 8) / 65536));
  const calls: { points: number; at: number }[] = [];
  const local = (kind: Kind): Local => (part, out) => {
    calls.push({ points: part.length / DIM, at: out.at });
    new Uint8Array(ex.memory.buffer).set(STATE, PROBE.stateOffset);
    const entry = ex[ENTRIES[kind].export] as (...a: number[]) => void;
    return runChunks(entry, ex.memory, PROBE.heap, DIM, 8, chunk, part, ENTRIES[kind].outputs, out);
  };
  return { local, calls };
}
const idle: Local = () => undefined;

/** n points whose first coordinate is their index; in a SharedArrayBuffer with `shared`. */
function points(n: number, shared = false): Float64Array {
  const flat = shared ? new Float64Array(new SharedArrayBuffer(8 * DIM * n)) : new Float64Array(DIM * n);
  for (let i = 0; i < n; i++) { flat[DIM * i] = i; flat[DIM * i + 1] = -1; }
  return flat;
}

/** How many of the points break the rule "each thread's share is one call of exactly its
 *  points": thread t owns [t * mine, (t + 1) * mine) with mine = ceil(n / threads), and its call
 *  gives point i the divergence i - start + TAG and the values (i, length of the share). */
function pointsOffShare(r: ChunkResults, n: number, threads: number): number {
  const mine = Math.ceil(n / threads);
  let off = 0;
  for (let t = 0; t < threads; t++) {
    const start = Math.min(n, t * mine), end = Math.min(n, start + mine);
    for (let i = start; i < end; i++) {
      if (r.divergence![i] !== i - start + TAG) off++;
      else if (r.values && (r.values[DIM * i] !== i || r.values[DIM * i + 1] !== end - start)) off++;
    }
  }
  return off;
}

/** Node workers now keeping this process alive (see the header). */
const held = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
const NONE_HELD = held(); // before any pool (the test runner's own ports, if any)

/** `p`, or a rejection naming `what` after `ms` (a mutant that hangs fails fast, not at vitest's timeout). */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Waits, a macrotask at a time, until `ok()` holds; fails after `ms`. */
async function until(ok: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`${what}: not after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A rejection settles as a macrotask passes: 'unhandledRejection' has been emitted by then. */
const tick = () => new Promise((r) => setTimeout(r, 20));

// Rejections nothing handled, and exceptions nothing caught, while a test runs.
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => { unhandled.push(e); };
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
});
afterEach(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  // a terminating worker holds the process until it has exited: the next test starts without any
  for (const p of pools.splice(0)) p.destroy();
  await until(() => held() === NONE_HELD, 10_000, "the test's workers exiting");
});

describe('the worker pool splits the work', () => {
  it.each([['an ordinary array', false], ['a SharedArrayBuffer', true]])('from %s, each thread computes its share once, in one call of exactly its points', async (_, shared) => {
    const pool = await makePool(2, 1 << 16);
    const { local, calls } = localRunner(1 << 16);
    const n = 3001; // 1001 points a thread, 999 for the last
    const r = await pool.run(points(n, shared), 'evaluate', STATE, local('evaluate'));
    expect(calls).toEqual([{ points: 1001, at: 0 }]);
    expect(r.divergence!.length).toBe(n);
    expect(r.values!.length).toBe(DIM * n);
    expect(pointsOffShare(r, n, 3)).toBe(0);
    // a divergence call: no values, computed or returned
    const d = await pool.run(points(n, shared), 'divergence', STATE, local('divergence'));
    expect(d.values).toBeUndefined();
    expect(pointsOffShare(d, n, 3)).toBe(0);
  });

  it('fewer points than threads: the calling thread and the first worker take one each, the last none', async () => {
    const pool = await makePool(2, 1 << 16);
    const { local, calls } = localRunner(1 << 16);
    const r = await pool.run(points(2), 'evaluate', STATE, local('evaluate'));
    expect(calls).toEqual([{ points: 1, at: 0 }]);
    expect(Array.from(r.divergence!)).toEqual([TAG, TAG]);
    expect(Array.from(r.values!)).toEqual([0, 1, 1, 1]);
  });

  it('a large batch goes in rounds of THREAD_ROUND_POINTS a thread, an empty batch in none', async () => {
    const pool = await makePool(1, 1 << 16);
    const { local, calls } = localRunner(1 << 16);
    const round = 2 * THREAD_ROUND_POINTS;
    for (const n of [round, round + 3]) {
      calls.length = 0;
      const r = await pool.run(points(n), 'evaluate', STATE, local('evaluate'));
      // the calling thread's share of each round: THREAD_ROUND_POINTS, then 2 of the last 3 points
      expect(calls).toEqual(n === round ? [{ points: THREAD_ROUND_POINTS, at: 0 }] : [{ points: THREAD_ROUND_POINTS, at: 0 }, { points: 2, at: round }]);
      let misplaced = 0;
      for (let i = 0; i < n; i++) if (r.values![DIM * i] !== i) misplaced++;
      expect(misplaced).toBe(0);
    }
    calls.length = 0;
    const r = await pool.run(points(0), 'evaluate', STATE, local('evaluate'));
    expect(calls).toEqual([]);
    expect(r.divergence!.length).toBe(0);
    expect(held()).toBe(NONE_HELD); // no worker was asked anything
  });
});

describe("the worker pool's summed runs (a vjp's param gradients)", () => {
  /** The calling thread's share of a summed run, as Kernel.vjp runs it, on an instance of its own. */
  function summedRunner(chunk: number, keep: boolean) {
    const ex = new WebAssembly.Instance(module, {}).exports as Record<string, unknown> & { memory: WebAssembly.Memory };
    ex.memory.grow(Math.ceil((PROBE.heap + chunk * (2 * DIM + 1) * 8) / 65536));
    const parts: number[] = [];
    const local = (part: Float64Array | Float32Array) => {
      parts.push(part.length / DIM);
      new Uint8Array(ex.memory.buffer).set(STATE, PROBE.stateOffset);
      return runChunksSummed(ex.probe as (...a: number[]) => void, ex.memory, PROBE.heap, DIM, 8, chunk, part, ENTRIES.evaluate.outputs, 'divergence', keep);
    };
    return { local, parts };
  }
  // the probe's divergence is a point's place in its call plus TAG: a share of s points sums to
  // s (s - 1) / 2 + s TAG, so the total says how the points were shared
  const shareSum = (s: number) => (s * (s - 1)) / 2 + s * TAG;

  it.each([[3001, 2], [3001, 1], [2, 2]])('%i points, %i workers: each thread sums its share once, the sums added; with keep the values in order', async (n, workers) => {
    const pool = await makePool(workers, 1 << 16);
    const threads = workers + 1, mine = Math.ceil(n / threads);
    const shares = Array.from({ length: threads }, (_, t) => Math.max(0, Math.min(n, (t + 1) * mine) - Math.min(n, t * mine)));
    const { local, parts } = summedRunner(1 << 16, true);
    const call = pool.runSummed(points(n), 'evaluate', STATE, local, 'divergence', true);
    // the workers asked keep the process alive until they answer (a message needs a turn of the loop)
    expect(held()).toBe(NONE_HELD + workers);
    const r = await within(call, 10_000, 'the summed call');
    expect(parts).toEqual([shares[0]]);
    expect(r.divergence).toBeInstanceOf(Float64Array);
    expect([...r.divergence!]).toEqual([shares.reduce((a, s) => a + shareSum(s), 0)]);
    // values (x, the size of the call that computed it): every point once, in order, by its share's call
    let off = 0;
    for (let t = 0, at = 0; t < threads; at += shares[t]!, t++) {
      for (let i = at; i < at + shares[t]!; i++) if (r.values![DIM * i] !== i || r.values![DIM * i + 1] !== shares[t]) off++;
    }
    expect(r.values!.length).toBe(DIM * n);
    expect(off).toBe(0);
    // without keep: the sum alone
    const bare = await pool.runSummed(points(n), 'evaluate', STATE, summedRunner(1 << 16, false).local, 'divergence', false);
    expect(Object.keys(bare)).toEqual(['divergence']);
    expect(bare.divergence).toEqual(r.divergence);
    expect(held()).toBe(NONE_HELD);
  });

  it("when the calling thread's share fails, the workers' failures are still handled", async () => {
    const pool = await makePool(2, 1 << 16);
    const call = pool.runSummed(points(3001), 'diagonal', STATE, () => { throw new Error('the calling thread'); }, 'divergence', false);
    expect(((await failure(call)) as Error).message).toBe('the calling thread');
    const e = await within(failure(pool.run(points(3001), 'evaluate', STATE, idle)), 10_000, 'the next call');
    expect((e as Error).message).toBe('a worker thread failed: unreachable');
    await tick();
    expect(unhandled).toEqual([]);
  });

  it('after a worker failed, a summed run rejects at once, asking no thread', async () => {
    const pool = await makePool(2, 1 << 16);
    const e = await within(failure(pool.run(points(3001), 'diagonal', STATE, idle)), 10_000, 'the failing call');
    expect((e as Error).message).toBe('a worker thread failed: unreachable');
    const summed = summedRunner(1 << 16, true);
    const next = failure(pool.runSummed(points(3001), 'evaluate', STATE, summed.local, 'divergence', true));
    expect(await within(next, 2_000, 'the summed call')).toBe(e);
    expect(summed.parts).toEqual([]);
  });
});

describe('the worker pool reuses its shared buffers', () => {
  const spare = (pool: ThreadPool) => pool['spare'];

  it('workers get points and results through SharedArrayBuffers, taken again by the next call of the same size', async () => {
    const pool = await makePool(2, 1 << 16);
    const { local } = localRunner(1 << 16);
    expect(spare(pool)).toEqual([]);
    const n = 3001; // 2000 points for the workers
    await pool.run(points(n), 'evaluate', STATE, local('evaluate'));
    const first = [...spare(pool)];
    // the workers' points (copied: an ordinary array), then their outputs in the entry's order: values, divergences
    expect(first.map((b) => [b instanceof SharedArrayBuffer, b.byteLength])).toEqual([[true, 2000 * DIM * 8], [true, 2000 * DIM * 8], [true, 2000 * 8]]);
    const r = await pool.run(points(n), 'evaluate', STATE, local('evaluate'));
    expect(pointsOffShare(r, n, 3)).toBe(0);
    expect(spare(pool)).toHaveLength(3);
    for (const [i, b] of spare(pool).entries()) expect(b).toBe(first[i]); // the same buffers, not new ones
    // results are ordinary arrays: many web APIs refuse shared views
    expect(r.divergence!.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect(r.values!.buffer).not.toBeInstanceOf(SharedArrayBuffer);
  });

  it('a call whose calling thread fails while the workers still run gives its buffers to no later call', async () => {
    const pool = await makePool(2, 1);
    const flat = slowPoints(30_000, [[10_000, 30_000]]); // both workers: busy until released
    try {
      const boom = new Error('the calling thread failed');
      expect(await failure(pool.run(flat, 'potential', STATE, () => { throw boom; }))).toBe(boom);
      // the workers still write their divergences into the round's buffer: not spare (with three
      // or more workers and calls of other sizes, a later call's worker could share a region of
      // it with a worker still running this call)
      expect(spare(pool)).toEqual([]);
      const { local } = localRunner(1);
      const next = pool.run(points(3001), 'evaluate', STATE, local('evaluate'));
      set(flat, 10_000, 30_000, 0);
      const r = await within(next, 10_000, 'the next call'); // chunks of one point: i - start is 0
      expect([...r.divergence!].filter((d, i) => d !== TAG || r.values![DIM * i] !== i)).toEqual([]);
    } finally {
      set(flat, 0, 30_000, 0);
    }
  });

  it('points already in a SharedArrayBuffer are not copied', async () => {
    const pool = await makePool(2, 1 << 16);
    const { local } = localRunner(1 << 16);
    await pool.run(points(3001, true), 'evaluate', STATE, local('evaluate'));
    expect(spare(pool).map((b) => b.byteLength)).toEqual([2000 * DIM * 8, 2000 * 8]);
  });

  it('a buffer is taken for a request from a quarter of its size up to all of it', async () => {
    const pool = await makePool(2, 1 << 16);
    const { local } = localRunner(1 << 16);
    const run = (n: number) => pool.run(points(n, true), 'divergence', STATE, local('divergence'));
    await run(1200); // the workers' 800 divergences: 6400 bytes
    const big = spare(pool)[0]!;
    expect(big.byteLength).toBe(6400);
    await run(300); // 200: 1600 bytes, a quarter
    expect(spare(pool)).toEqual([big]);
    await run(297); // 198: 1584 bytes, less than a quarter: a new buffer
    expect(spare(pool).map((b) => b.byteLength)).toEqual([6400, 1584]);
    expect(spare(pool)[0]).toBe(big);
    const d = await run(1203); // 802: 6416 bytes, more than any: a new buffer
    expect(pointsOffShare(d, 1203, 3)).toBe(0);
    expect(spare(pool).map((b) => b.byteLength)).toEqual([6400, 1584, 6416]);
  });

  it('at most nine spare buffers: a run of ever larger calls frees the oldest', async () => {
    const pool = await makePool(2, 1 << 16);
    const { local } = localRunner(1 << 16);
    const lengths: number[] = [];
    for (let k = 0; k < 12; k++) {
      await pool.run(points(300 + 3 * k, true), 'divergence', STATE, local('divergence')); // (200 + 2k) * 8 bytes
      lengths.push(spare(pool).length);
    }
    expect(lengths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 9]);
    expect(spare(pool).map((b) => b.byteLength)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11].map((k) => (200 + 2 * k) * 8));
  });
});

/** Points for `slow` in a SharedArrayBuffer, quick (0) but in the ranges given: there, 1e6
 *  rounds a point (milliseconds), 10,000 points a share, so a worker stays busy far longer than
 *  any test waits, until the test sets its points to 0 (or to -1: a trap at the next point). */
function slowPoints(n: number, busy: [number, number][]): Float64Array {
  const flat = new Float64Array(new SharedArrayBuffer(8 * DIM * n));
  for (const [from, to] of busy) for (let i = from; i < to; i++) flat[DIM * i] = 1e6;
  return flat;
}
const set = (flat: Float64Array, from: number, to: number, x: number) => { for (let i = from; i < to; i++) flat[DIM * i] = x; };

/** The error `p` rejects with. */
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('resolved'); }, (e: unknown) => e);

describe('the worker pool keeps a Node process alive only while a worker owes an answer', () => {
  it('idle workers do not; workers running a call do, until they answer', async () => {
    const before = held();
    expect(before).toBe(NONE_HELD);
    const pool = await makePool(2, 1 << 16);
    expect(held()).toBe(before);
    const { local } = localRunner(1 << 16);
    const call = pool.run(points(3001), 'evaluate', STATE, local('evaluate'));
    expect(held()).toBe(before + 2);
    await call;
    expect(held()).toBe(before);
  });

  it('a worker with two calls to answer keeps the process alive until the second answer', async () => {
    const pool = await makePool(1, 1);
    const before = held();
    expect(before).toBe(NONE_HELD);
    const slow = slowPoints(20_000, [[10_000, 20_000]]); // the worker's share of the second call
    try {
      const first = pool.run(points(20), 'evaluate', STATE, idle);
      const second = pool.run(slow, 'potential', STATE, idle);
      expect(held()).toBe(before + 1);
      await first;
      expect(held()).toBe(before + 1); // still owes the second
      set(slow, 0, 20_000, 0);
      await within(second, 10_000, 'the second call');
      expect(held()).toBe(before);
    } finally {
      set(slow, 0, 20_000, 0);
    }
  });
});

describe('a worker that fails', () => {
  it('rejects the call with a DivcError, releases every worker, and every later call rejects at once', async () => {
    const pool = await makePool(2, 1);
    const before = held();
    expect(before).toBe(NONE_HELD);
    const flat = slowPoints(30_000, [[10_000, 20_000]]); // the first worker's share: busy; the second's: quick
    try {
      const call = failure(pool.run(flat, 'potential', STATE, idle));
      expect(held()).toBe(before + 2);
      await until(() => held() === before + 1, 10_000, 'the second worker answering');
      set(flat, 10_000, 20_000, -1); // the first worker traps at its next point
      const e = await within(call, 10_000, 'the failing call');
      expect(e).toBeInstanceOf(DivcError);
      expect((e as Error).message).toBe('a worker thread failed: unreachable');
      expect(held()).toBe(before); // the surviving worker, idle, is not held again
      const { local, calls } = localRunner(1);
      const next = failure(pool.run(points(30), 'evaluate', STATE, local('evaluate')));
      expect(held()).toBe(before);
      expect(await within(next, 2_000, 'the next call')).toBe(e);
      expect(calls).toEqual([]); // rejected before any work
      await tick();
      expect(unhandled).toEqual([]);
    } finally {
      set(flat, 0, 30_000, 0);
    }
  });

  it('an answer that comes after another worker failed is dropped quietly', async () => {
    const pool = await makePool(2, 1);
    const flat = slowPoints(30_000, [[20_000, 30_000]]); // the second worker: busy until released
    flat[DIM * 10_000] = -1; // the first worker traps at once
    try {
      const e = await within(failure(pool.run(flat, 'potential', STATE, idle)), 10_000, 'the failing call');
      expect((e as Error).message).toBe('a worker thread failed: unreachable');
      // a listener after the pool's: called unless the pool's threw on the answer nobody waits for
      const answered = new Promise<void>((resolve) => pool['workers'][1]!.onMessage(() => resolve()));
      set(flat, 20_000, 30_000, 0);
      await within(answered, 10_000, "the second worker's answer");
      await tick();
      expect(unhandled).toEqual([]);
    } finally {
      set(flat, 0, 30_000, 0);
    }
  });

  it("when the calling thread fails too, the workers' failures are still handled", async () => {
    const pool = await makePool(2, 1 << 16);
    const { local } = localRunner(1 << 16);
    const call = pool.run(points(3001), 'diagonal', STATE, local('diagonal')); // every thread traps
    expect(await failure(call)).toBeInstanceOf(WebAssembly.RuntimeError); // the calling thread's, first
    const e = await within(failure(pool.run(points(3001), 'evaluate', STATE, idle)), 10_000, 'the next call');
    expect((e as Error).message).toBe('a worker thread failed: unreachable');
    await tick();
    expect(unhandled).toEqual([]);
  });
});

describe('dispose', () => {
  it('terminates the workers: busy ones stop holding the process at once', async () => {
    const pool = await makePool(2, 1);
    const before = held();
    expect(before).toBe(NONE_HELD);
    const flat = slowPoints(30_000, [[10_000, 30_000]]); // both workers: busy until released
    try {
      const call = failure(pool.run(flat, 'potential', STATE, idle));
      expect(held()).toBe(before + 2);
      pool.destroy();
      expect((await call as Error).message).toBe('the kernel was disposed while a call was running');
      await until(() => held() === before, 5_000, 'the workers exiting');
    } finally {
      set(flat, 0, 30_000, 0);
    }
  });
});
