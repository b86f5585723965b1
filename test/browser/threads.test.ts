// The worker pool's browser code (runtime/threads.ts: Web Workers from a blob URL, transferred
// slices on an ordinary page, SharedArrayBuffers on a cross-origin isolated one, a worker that
// cannot start, no Web Workers at all), in headless Chromium (Debian `chromium`, playwright-core),
// each test on a fresh page. Small and quick, unlike test/browser/runtime.test.ts, so that it can
// run in `npm run mutate` (docs/TESTING.md, "Mutation testing").
//
// Under Stryker: the page imports runtime/ bundled from this checkout, which in Stryker's sandbox
// is the instrumented source, so the page runs the mutants. Stryker's state lives in the global
// `__stryker__` of the test process: each page gets the active mutant (and, in the dry run, the
// running test's id) before its scripts run, and the coverage the page records is added to this
// process's, so that Stryker knows which mutants these tests reach. Outside Stryker there is no
// `__stryker__` and none of this happens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { compile } from '../../compiler/index.js';
import { THREAD_MIN_POINTS } from '../../runtime/index.js';
import { ROOT, source } from '../support/helpers.js';
import { launchChromium, serve, type Files } from '../support/browser-harness.js';

/** What the page imports: divc/runtime's load, and two helpers of the pool it does not export. */
type Bundle = Pick<typeof import('../../runtime/index.js'), 'load'> & Pick<typeof import('../../runtime/threads.js'), 'canShareMemory' | 'coreCount'>;
type Coverage = { static: Record<string, number>; perTest: Record<string, Record<string, number>> };
type StrykerNamespace = { activeMutant?: string; currentTestId?: string; mutantCoverage?: Coverage };
const strykerNamespace = () => (globalThis as { __stryker__?: StrykerNamespace }).__stryker__;

// (the import is in the page, not in the functions below: vitest rewrites their import())
const PAGE = `<!doctype html><title>divc threads</title><script>window.divc = import('/threads.js');</script>`;
// Points a threaded call gets: enough for the kernel to split them (THREAD_MIN_POINTS), not a
// multiple of the thread count. (Importing runtime/ here also makes this file one that vitest's
// \`related\` filter, which Stryker uses, counts as testing runtime/threads.ts.)
const N = THREAD_MIN_POINTS + 1;

let server: Server;
let base: string;
let browser: Browser;
const chromium = existsSync('/usr/bin/chromium'); // (as launchChromium expects it)

beforeAll(async () => {
  if (!chromium) return;
  // the runtime as a page imports it, plus the pool's helpers, which divc/runtime does not export
  const entry = `export { load } from './runtime/index.ts'; export { canShareMemory, coreCount } from './runtime/threads.ts';`;
  const bundle = await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', platform: 'browser', write: false, external: ['node:fs/promises', 'webgpu'], logLevel: 'silent' });
  const files: Files = new Map([
    ['/', ['text/html', PAGE]],
    ['/isolated/', ['text/html', PAGE]],
    ['/csp/', ['text/html', PAGE]],
    ['/threads.js', ['text/javascript', bundle.outputFiles[0]!.text]],
    ['/lorenz.wasm', ['application/wasm', compile(source('lorenz')).wasm!]],
  ]);
  ({ server, url: base } = await serve(files, ['/isolated/'], { '/csp/': { 'content-security-policy': "worker-src 'none'" } }));
  browser = await launchChromium({ webgpu: false });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** In the page, before its scripts: Stryker's state, and a record of what the page posts to its
 *  workers and of the blob URLs it makes and revokes. */
function instrument(): void {
  const w = window as unknown as { posted: { message: { input?: Float64Array; out?: unknown }; transfer: unknown[] }[]; urls: { made: string[]; revoked: string[] } };
  w.posted = [];
  w.urls = { made: [], revoked: [] };
  const post = Worker.prototype.postMessage as (this: Worker, m: unknown, t?: Transferable[]) => void;
  Worker.prototype.postMessage = function (this: Worker, m: unknown, t?: Transferable[] | StructuredSerializeOptions) {
    w.posted.push({ message: m as { input?: Float64Array }, transfer: Array.isArray(t) ? [...t] : [] });
    return post.call(this, m, t as Transferable[]);
  } as typeof Worker.prototype.postMessage;
  const make = URL.createObjectURL, revoke = URL.revokeObjectURL;
  URL.createObjectURL = (o: Blob | MediaSource) => { const u = make(o); w.urls.made.push(u); return u; };
  URL.revokeObjectURL = (u: string) => { w.urls.revoked.push(u); revoke(u); };
}

/** A fresh page at `path`, with `init` run before its scripts (and a fake clock with `clock`);
 *  `fn` gets it, and afterwards the page's Stryker coverage (if any) joins this process's and
 *  the page is closed. */
async function onPage<T>(path: string, fn: (page: Page) => Promise<T>, { init = instrument, clock = false }: { init?: () => void; clock?: boolean } = {}): Promise<T> {
  const ns = strykerNamespace();
  const page = await browser.newPage();
  try {
    if (ns) await page.addInitScript((s) => { (globalThis as { __stryker__?: unknown }).__stryker__ = s; }, { activeMutant: ns.activeMutant, currentTestId: ns.currentTestId });
    await page.addInitScript(init);
    if (clock) await page.clock.install();
    await page.goto(`${base}${path}`);
    const result = await fn(page);
    if (ns?.currentTestId) {
      const cov = await page.evaluate(() => (globalThis as { __stryker__?: { mutantCoverage?: unknown } }).__stryker__?.mutantCoverage) as Coverage | undefined;
      const into = (ns.mutantCoverage ??= { static: {}, perTest: {} });
      const add = (to: Record<string, number>, from: Record<string, number>) => { for (const [id, n] of Object.entries(from)) to[id] = (to[id] ?? 0) + n; };
      add(into.static, cov?.static ?? {});
      for (const [test, ids] of Object.entries(cov?.perTest ?? {})) add(into.perTest[test] ??= {}, ids);
    }
    return result;
  } finally {
    await page.close();
  }
}

/** `page.evaluate(fn, arg)`, failing after `ms` (a mutant that hangs fails fast). */
function run<T, A>(page: Page, fn: (a: A) => Promise<T>, arg: A, ms = 15_000): Promise<T> {
  const p = page.evaluate(fn as (a: unknown) => Promise<T>, arg);
  p.catch(() => undefined); // settled by page.close() if late
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer from the page after ${ms} ms`)), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** In the page: the Lorenz field on one thread and on three, the same N points, and what the pool did. */
async function threeThreads({ n }: { n: number }) {
  const m = await (window as unknown as { divc: Promise<Bundle> }).divc;
  const w = window as unknown as { posted: { message: { input?: Float64Array | Float32Array; out?: unknown }; transfer: unknown[] }[]; kernel: unknown };
  const url = new URL('/lorenz.wasm', location.href);
  const one = await m.load(url, { backend: 'wasm', threads: 1 });
  const three = await m.load(url, { backend: 'wasm', threads: 3 });
  w.kernel = three;
  const pts = new Float64Array(3 * n).map((_, i) => 10 * Math.sin(i * 0.37));
  const a = await one.evaluate(pts), b = await three.evaluate(pts);
  one.dispose();
  const same = (x: ArrayLike<number>, y: ArrayLike<number>) => x.length === y.length && Array.prototype.every.call(x, (v: number, i: number) => Object.is(v, y[i]));
  const jobs = w.posted.filter((p) => p.message.input).map(({ message, transfer }) => {
    const input = message.input!;
    return { shared: typeof SharedArrayBuffer !== 'undefined' && input.buffer instanceof SharedArrayBuffer, transferred: transfer.includes(input.buffer), emptied: input.buffer.byteLength === 0, out: message.out !== undefined };
  });
  return {
    isolated: crossOriginIsolated, canShareMemory: m.canShareMemory(), cores: await m.coreCount(), hardwareConcurrency: navigator.hardwareConcurrency,
    threads: three.threads, same: same(a.values, b.values) && same(a.divergence, b.divergence), distinct: new Set(a.values).size, // (div f is constant for Lorenz; f is not)
    sharedResults: [b.values, b.divergence].some((r) => typeof SharedArrayBuffer !== 'undefined' && r.buffer instanceof SharedArrayBuffer),
    jobs,
  };
}

describe.runIf(chromium)('worker threads in Chromium (runtime/threads.ts)', () => {
  it('on an ordinary page: Web Workers, each given its slice of the points (moved, not copied), give one thread\'s results; dispose ends them', async () => {
    await onPage('/', async (page) => {
      const r = await run(page, threeThreads, { n: N });
      expect(r.isolated).toBe(false);
      expect(r.canShareMemory).toBe(false);
      expect(r.cores).toBe(r.hardwareConcurrency);
      expect(r.threads).toBe(3);
      expect(r.same).toBe(true);
      expect(r.distinct).toBeGreaterThan(1000);
      expect(r.sharedResults).toBe(false);
      expect(r.jobs).toEqual([0, 1].map(() => ({ shared: false, transferred: true, emptied: true, out: false })));
      await expect.poll(() => page.workers().length, { timeout: 5_000 }).toBe(2); // (playwright hears of workers a little late)
      await run(page, async () => { (window as unknown as { kernel: { dispose(): void } }).kernel.dispose(); }, undefined);
      await expect.poll(() => page.workers().length, { timeout: 5_000 }).toBe(0);
    });
  }, 60_000);

  it('on a cross-origin isolated page: points and results go through SharedArrayBuffers, and the results are one thread\'s', async () => {
    await onPage('/isolated/', async (page) => {
      const r = await run(page, threeThreads, { n: N });
      expect(r.isolated).toBe(true);
      expect(r.canShareMemory).toBe(true);
      expect(r.threads).toBe(3);
      expect(r.same).toBe(true);
      expect(r.sharedResults).toBe(false); // ordinary arrays: many web APIs refuse shared views
      expect(r.jobs).toEqual([0, 1].map(() => ({ shared: true, transferred: false, emptied: false, out: true })));
    });
  }, 60_000);

  it('the blob URL of the workers\' script is revoked a minute after they start, not before', async () => {
    await onPage('/', async (p) => {
      const made = await run(p, async ({ n }) => {
        const m = await (window as unknown as { divc: Promise<Bundle> }).divc;
        const k = await m.load(new URL('/lorenz.wasm', location.href), { backend: 'wasm', threads: 2 });
        await k.divergence(new Float64Array(3 * n).fill(1));
        return (window as unknown as { urls: { made: string[]; revoked: string[] } }).urls;
      }, { n: N });
      expect(made.made).toHaveLength(1);
      expect(made.revoked).toEqual([]);
      await p.clock.runFor(60_000);
      expect(await p.evaluate(() => (window as unknown as { urls: { revoked: string[] } }).urls.revoked)).toEqual(made.made);
    }, { clock: true });
  }, 60_000);

  it('where there are no Web Workers, threads > 1 is refused with a DivcError that says so', async () => {
    await onPage('/', async (page) => {
      const r = await run(page, async () => {
        const m = await (window as unknown as { divc: Promise<Bundle> }).divc;
        return m.load(new URL('/lorenz.wasm', location.href), { backend: 'wasm', threads: 2 }).then(() => 'loaded', (e: Error) => `${e.name}: ${e.message}`);
      }, undefined);
      expect(r).toBe('DivcError: threads > 1 need Web Workers, which this environment lacks');
    }, { init: () => { delete (globalThis as { Worker?: unknown }).Worker; } });
  }, 60_000);

  it('on a page whose CSP forbids workers, a threaded call rejects with a DivcError that says why, and so does the next', async () => {
    await onPage('/csp/', async (page) => {
      const r = await run(page, async ({ n }) => {
        const m = await (window as unknown as { divc: Promise<Bundle> }).divc;
        const k = await m.load(new URL('/lorenz.wasm', location.href), { backend: 'wasm', threads: 2 });
        const pts = new Float64Array(3 * n).fill(1);
        const why = (e: Error) => `${e.name}: ${e.message}`;
        const first = await k.divergence(pts).then(() => 'resolved', why);
        const second = await k.divergence(pts).then(() => 'resolved', why);
        return [first, second];
      }, { n: N });
      const why = 'DivcError: a worker thread failed: it could not start or stopped (a Content-Security-Policy without worker-src blob: forbids it)';
      expect(r).toEqual([why, why]);
    });
  }, 60_000);
});
