// Web Worker speed-up in headless Chromium: one thread against all cores, f64 divergence entry,
// on an ordinary page (each worker gets a transferred copy of its slice) and on a cross-origin
// isolated one (SharedArrayBuffer). `npx tsx bench/threads-browser.ts [--n=1e6] [--fields=..]`
// writes bench/results/threads-browser.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { ROOT, reference, source } from '../test/support/helpers.js';
import { launchChromium, runtimeBundle, serve, type Files } from '../test/support/browser-harness.js';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const n = Number(opt('n') ?? 1e6);
const fields = opt('fields')?.split(',') ?? ['mlp', 'coulomb', 'gmm_score', 'cellular2d', 'taylor_green', 'double_gyre', 'piecewise', 'lorenz'];

const PAGE = `<!doctype html><script type="module">
  import { load } from '/runtime.js';
  window.bench = async ({ name, params, base, n, dim, threads }) => {
    const k = await load(new URL('/' + name + '.wasm', location.href), { backend: 'wasm', threads });
    k.setParams(params);
    const flat = new Float64Array(n * dim); // the reference points, scaled a little, repeated
    for (let i = 0; i < flat.length; i++) { const p = i / dim | 0; flat[i] = base[p % base.length][i % dim] * (1 + 1e-3 * (p % 13)); }
    await k.divergence(flat);
    let best = Infinity;
    for (let r = 0; r < 3; r++) { const t = performance.now(); await k.divergence(flat); best = Math.min(best, performance.now() - t); }
    const used = k.threads;
    k.dispose();
    return { seconds: best / 1000, threads: used, isolated: crossOriginIsolated, cores: navigator.hardwareConcurrency };
  };
  window.ready = true;
</script>`;

const files: Files = new Map([['/', ['text/html', PAGE]], ['/isolated/', ['text/html', PAGE]], ['/runtime.js', ['text/javascript', await runtimeBundle()]]]);
for (const name of fields) files.set(`/${name}.wasm`, ['application/wasm', compile(source(name), { precision: 'f64' }).wasm!]);
const { server, url } = await serve(files, ['/isolated/', '/runtime.js', ...fields.map((f) => `/${f}.wasm`)]);
const browser = await launchChromium();
const rows = [];
type Bench = (a: unknown) => Promise<{ seconds: number; threads: number; isolated: boolean; cores: number }>;
for (const path of ['/', '/isolated/']) {
  const page = await browser.newPage();
  await page.goto(url + path);
  await page.waitForFunction('window.ready === true');
  for (const name of fields) {
    const ref = reference(name);
    const run = (threads: number) => page.evaluate((a) => (window as unknown as { bench: Bench }).bench(a), { name, params: ref.params, base: ref.points, n, dim: ref.dim, threads });
    const one = await run(1);
    const all = await run(one.cores);
    const row = { field: name, n, page: one.isolated ? 'cross-origin isolated (SharedArrayBuffer)' : 'ordinary (transfer)', threads: all.threads, oneThreadPointsPerSecond: n / one.seconds, threadsPointsPerSecond: n / all.seconds, speedup: one.seconds / all.seconds };
    rows.push(row);
    console.log(`${name.padEnd(10)} ${row.page.padEnd(42)} 1 thread ${row.oneThreadPointsPerSecond.toExponential(2)} pts/s, ${row.threads} threads ${row.threadsPointsPerSecond.toExponential(2)}: x${row.speedup.toFixed(2)}`);
  }
  await page.close();
}
const version = browser.version();
await browser.close();
server.close();
writeFileSync(join(ROOT, 'bench/results/threads-browser.json'), JSON.stringify({ browser: `Chromium ${version}`, n, rows }, null, 1) + '\n');
