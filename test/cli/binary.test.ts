// The real `divc` binary: outputs, exit codes (0 ok, 1 diagnostics or bad data, 2 usage), and
// no stack trace for any user error.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIVC, REFERENCE_DIR, ROOT, reference } from '../support/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'divc-cli-'));
const lorenz = join(REFERENCE_DIR, 'lorenz.div');

function divc(...args: string[]) {
  const r = spawnSync(process.execPath, [DIVC, ...args], { encoding: 'utf8', cwd: dir, maxBuffer: 1 << 26 });
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('divc', () => {
  it('compiles to a self-describing wasm artifact', () => {
    const out = join(dir, 'lorenz.wasm');
    expect(divc(lorenz, '-o', out).code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
    const meta = JSON.parse(new TextDecoder().decode(WebAssembly.Module.customSections(new WebAssembly.Module(bytes), 'divc')[0]));
    expect(meta).toMatchObject({ format: 2, field: 'lorenz', dim: 3, inputs: ['x', 'y', 'z'], precision: 'f64' });
    expect(meta.params.map((p: { name: string }) => p.name)).toEqual(['sigma', 'rho', 'beta']);
    expect(meta.params[2].default[0]).toBeCloseTo(8 / 3, 15);
  });

  it('run --values --diagonal: f, div f, then d f_i / d x_i per line, for both lowerings, as the references say', () => {
    for (const name of ['taylor_green', 'mlp']) { // unrolled, and loops over weights
      const ref = reference(name);
      const pts = join(dir, `${name}-pts.json`);
      writeFileSync(pts, JSON.stringify(ref.points));
      const r = divc('run', join(REFERENCE_DIR, `${name}.div`), '--points', pts, '--params', join(REFERENCE_DIR, `${name}.expect.json`), '--values', '--diagonal');
      expect(r.code).toBe(0);
      const rows = r.stdout.trim().split('\n').map((l) => l.split(',').map(Number));
      expect(rows.length).toBe(ref.points.length);
      rows.forEach((row, i) => {
        expect(row.length).toBe(2 * ref.dim + 1);
        const tol = 1e-9 * Math.max(1, ref.scale[i]!);
        ref.values[i]!.forEach((v, c) => expect(Math.abs(row[c]! - v)).toBeLessThanOrEqual(tol));
        expect(Math.abs(row[ref.dim]! - ref.divergence[i]!)).toBeLessThanOrEqual(tol);
        ref.diagonal![i]!.forEach((v, c) => expect(Math.abs(row[ref.dim + 1 + c]! - v)).toBeLessThanOrEqual(tol));
      });
    }
  });

  it('run --values on a potential prints U first, then grad U, its Laplacian and (--diagonal) the Hessian diagonal', () => {
    const ref = reference('charges_potential');
    const pts = join(dir, 'charges-pts.json');
    writeFileSync(pts, JSON.stringify(ref.points));
    const r = divc('run', join(REFERENCE_DIR, 'charges_potential.div'), '--points', pts, '--params', join(REFERENCE_DIR, 'charges_potential.expect.json'), '--values', '--diagonal');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => l.split(',').map(Number));
    rows.forEach((row, i) => {
      expect(row.length).toBe(2 * ref.dim + 2);
      const tol = 1e-9 * Math.max(1, ref.scale[i]!);
      expect(Math.abs(row[0]! - ref.potential![i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ref.potential![i]!)));
      ref.values[i]!.forEach((v, c) => expect(Math.abs(row[1 + c]! - v)).toBeLessThanOrEqual(tol));
      expect(Math.abs(row[1 + ref.dim]! - ref.divergence[i]!)).toBeLessThanOrEqual(tol);
      ref.diagonal![i]!.forEach((v, c) => expect(Math.abs(row[2 + ref.dim + c]! - v)).toBeLessThanOrEqual(tol));
    });
  });

  it('plots a potential: its Laplacian, and arrows of grad U or (--negate) the force -grad U', () => {
    const src = join(dir, 'bowl.div');
    writeFileSync(src, 'potential bowl(x, y) = x^2 + 2 * y^2\n');
    const lines = (svg: string) => [...svg.matchAll(/<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    for (const negate of [false, true]) {
      const out = join(dir, `bowl-${negate}.svg`);
      expect(divc('plot', src, '-o', out, '--grid', '8', '--arrows', '2', ...(negate ? ['--negate'] : [])).code).toBe(0);
      const svg = readFileSync(out, 'utf8');
      expect(svg).toContain(`Laplacian of bowl (arrows: ${negate ? '-' : ''}grad bowl)`);
      // the arrow in the top-left cell (x < 0, y > 0): grad U = (2x, 4y) points left and up, -grad U right and down
      const [x1, y1, x2, y2] = lines(svg).sort((a, b) => a[0]! + a[1]! - b[0]! - b[1]!)[0]!;
      expect(Math.sign(x2! - x1!)).toBe(negate ? 1 : -1);
      expect(Math.sign(y2! - y1!)).toBe(negate ? 1 : -1); // SVG's y grows downwards
    }
  });

  it('runs an artifact on CSV points, printing the divergence per point', () => {
    const ref = reference('lorenz');
    const csv = join(dir, 'pts.csv');
    writeFileSync(csv, 'x,y,z\n' + ref.points.map((p) => p.join(',')).join('\n') + '\n');
    divc(lorenz, '-o', join(dir, 'l.wasm'));
    const r = divc('run', join(dir, 'l.wasm'), '--points', csv);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map(Number);
    expect(lines).toHaveLength(ref.points.length);
    lines.forEach((d, i) => expect(Math.abs(d - ref.divergence[i]!)).toBeLessThan(1e-12));
  });

  it('reads points from NumPy .npy and writes results as .npy (files made by hand per the format spec)', () => {
    const ref = reference('gmm_score');
    // NumPy format 1.0: magic, version, header length, a dict padded with spaces to 64 bytes, then C-order data
    const npy = (descr: string, shape: string, data: Uint8Array) => {
      let dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shape}, }`;
      dict += ' '.repeat(64 - ((10 + dict.length + 1) % 64)) + '\n';
      const head = Buffer.alloc(10);
      head.write('\x93NUMPY', 0, 'latin1'); head[6] = 1; head[7] = 0; head.writeUInt16LE(dict.length, 8);
      return Buffer.concat([head, Buffer.from(dict, 'latin1'), data]);
    };
    const flat = Float64Array.from(ref.points.flat());
    writeFileSync(join(dir, 'pts.npy'), npy('<f8', `(${ref.points.length}, 8)`, new Uint8Array(flat.buffer)));
    const r = divc('run', join(REFERENCE_DIR, 'gmm_score.div'), '--points', 'pts.npy', '--params', join(REFERENCE_DIR, 'gmm_score.expect.json'), '--values', '-o', 'out.npy');
    expect(r.code).toBe(0);
    const out = readFileSync(join(dir, 'out.npy'));
    expect(out.toString('latin1', 0, 6)).toBe('\x93NUMPY');
    const headerLength = out.readUInt16LE(8);
    expect((10 + headerLength) % 64).toBe(0);
    const header = out.toString('latin1', 10, 10 + headerLength);
    expect(header).toContain(`'descr': '<f8'`);
    expect(header).toContain(`'shape': (${ref.points.length}, 9)`);
    const data = new Float64Array(new Uint8Array(out.subarray(10 + headerLength)).buffer);
    expect(data.length).toBe(ref.points.length * 9);
    ref.points.forEach((_, i) => {
      expect(Math.abs(data[i * 9 + 8]! - ref.divergence[i]!) / Math.max(1, ref.scale[i]!)).toBeLessThan(1e-9);
      ref.values[i]!.forEach((v, c) => expect(Math.abs(data[i * 9 + c]! - v)).toBeLessThan(1e-9 * Math.max(1, Math.abs(v))));
    });
    // float32 in, f32 kernel, divergence only: shape (n,)
    writeFileSync(join(dir, 'pts32.npy'), npy('<f4', `(${flat.length},)`, new Uint8Array(Float32Array.from(flat).buffer)));
    expect(divc('run', join(REFERENCE_DIR, 'gmm_score.div'), '--precision', 'f32', '--points', 'pts32.npy', '--params', join(REFERENCE_DIR, 'gmm_score.expect.json'), '-o', 'd32.npy').code).toBe(0);
    const d32 = readFileSync(join(dir, 'd32.npy'));
    expect(d32.toString('latin1', 10, 10 + d32.readUInt16LE(8))).toContain(`'descr': '<f4', 'fortran_order': False, 'shape': (${ref.points.length},)`);
    // integer points are read (widened exactly); a dtype that is no number, or a wrong shape: a message, exit 1
    writeFileSync(join(dir, 'int.npy'), npy('<i4', '(2, 8)', new Uint8Array(64)));
    expect(divc('run', join(REFERENCE_DIR, 'gmm_score.div'), '--points', 'int.npy', '--params', join(REFERENCE_DIR, 'gmm_score.expect.json')).code).toBe(0);
    writeFileSync(join(dir, 'str.npy'), npy('<U4', '(2, 8)', new Uint8Array(256)));
    const bad = divc('run', join(REFERENCE_DIR, 'gmm_score.div'), '--points', 'str.npy', '--params', join(REFERENCE_DIR, 'gmm_score.expect.json'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("dtype '<U4' is not supported: strings");
    writeFileSync(join(dir, 'shape.npy'), npy('<f8', '(4, 4)', new Uint8Array(128)));
    expect(divc('run', join(REFERENCE_DIR, 'gmm_score.div'), '--points', 'shape.npy', '--params', join(REFERENCE_DIR, 'gmm_score.expect.json')).stderr).toContain('does not hold 8-dimensional points');
  });

  it('streams a CSV larger than one slice, and names the line of a bad value deep in it', () => {
    const n = 150_000;
    const lines = Array.from({ length: n }, (_, i) => `${i % 7},${(i % 5) - 2},${i % 3}`);
    writeFileSync(join(dir, 'big.csv'), lines.join('\n') + '\n');
    const r = divc('run', lorenz, '--points', 'big.csv');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(n);
    expect(Number(out[n - 1])).toBeCloseTo(-(10 + 1 + 8 / 3), 12);
    lines[140_000] = '1,2,oops';
    writeFileSync(join(dir, 'big.csv'), lines.join('\n') + '\n');
    const bad = divc('run', lorenz, '--points', 'big.csv');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("big.csv:140001: 'oops' is not a number");
  });

  it('plots div f as an SVG heatmap: cells in place, colours by value, pixels as rendered by Chromium', async () => {
    // div (x^2, y) = 2x + 1: over x in [-1, 1] the cell centres give -0.5, 0.5, 1.5, 2.5 in every row
    writeFileSync(join(dir, 'sq.div'), 'field sq(x, y) = (x^2, y)\n');
    const r = divc('plot', 'sq.div', '-o', 'sq.svg', '--grid', '4', '--x', '-1:1', '--y', '0:2', '--arrows', '0');
    expect(r.code).toBe(0);
    const svg = readFileSync(join(dir, 'sq.svg'), 'utf8');
    const cells = [...svg.slice(svg.indexOf('<g id="cells">'), svg.indexOf('</g>')).matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="\d+" fill="(#[0-9a-f]{6})"\/>/g)];
    expect(cells).toHaveLength(16);
    const { divergingColor } = await import('../../compiler/plot/slice.js');
    const expected = [-0.5, 0.5, 1.5, 2.5].map((v) => divergingColor(v / 2.5));
    cells.forEach((c, k) => expect(c[4]).toBe(expected[k % 4]));
    expect(expected[0]).toMatch(/^#(..)(..)(..)$/);
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(rgb(expected[0]!)[2]).toBeGreaterThan(rgb(expected[0]!)[0]!); // negative: blue
    expect(rgb(expected[3]!)[0]).toBeGreaterThan(rgb(expected[3]!)[2]!); // positive: red
    expect(expected[3]).toBe(divergingColor(1)); // the largest |div f| takes the end of the scale
    // Rendered: Chromium draws the SVG into a canvas; the pixel at each cell's centre has its colour.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const centres = cells.map((c) => [Number(c[1]) + Number(c[3]) / 2, Number(c[2]) + Number(c[3]) / 2]);
      const pixels = await page.evaluate(async ({ svg, centres }) => {
        const img = new Image();
        img.src = 'data:image/svg+xml;base64,' + btoa(svg);
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width; canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return centres.map(([x, y]) => Array.from(ctx.getImageData(x!, y!, 1, 1).data.slice(0, 3)));
      }, { svg, centres });
      pixels.forEach((px, k) => px.forEach((v, ch) => expect(Math.abs(v - rgb(expected[k % 4]!)[ch]!)).toBeLessThanOrEqual(2)));
    } finally {
      await browser.close();
    }
  });

  it('plots PNG (decoded and checked by pixel) with arrows of f', async () => {
    const { decode } = await import('fast-png');
    const { divergingColor } = await import('../../compiler/plot/slice.js');
    writeFileSync(join(dir, 'sq.div'), 'field sq(x, y) = (x^2, y)\n');
    expect(divc('plot', 'sq.div', '-o', 'sq.png', '--grid', '4', '--x', '-1:1', '--y', '0:2', '--arrows', '0').code).toBe(0);
    const png = decode(readFileSync(join(dir, 'sq.png')));
    const cell = 120; // 480 / 4
    expect(png.height).toBe(4 * cell);
    const pixel = (x: number, y: number) => Array.from(png.data.slice((y * png.width + x) * png.channels, (y * png.width + x) * png.channels + 3));
    const hex = (c: number[]) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
    [-0.5, 0.5, 1.5, 2.5].forEach((v, i) => { for (const j of [0, 3]) expect(hex(pixel(i * cell + 60, j * cell + 60))).toBe(divergingColor(v / 2.5)); });
    // the colour bar: red at the top, blue at the bottom
    expect(hex(pixel(4 * cell + 15, 0))).toBe(divergingColor(1));
    expect(hex(pixel(4 * cell + 15, 4 * cell - 1))).toBe(divergingColor(-1));
    // arrows: f = (x^2, y) points up everywhere in y > 0: dark pixels appear, and SVG lines go up
    expect(divc('plot', 'sq.div', '-o', 'arrows.png', '--grid', '4', '--x', '-1:1', '--y', '0:2', '--arrows', '4').code).toBe(0);
    const withArrows = decode(readFileSync(join(dir, 'arrows.png')));
    let dark = 0;
    for (let k = 0; k < withArrows.width * withArrows.height; k++) if (withArrows.data[k * withArrows.channels]! < 60) dark++;
    expect(dark).toBeGreaterThan(50);
    expect(divc('plot', 'sq.div', '-o', 'arrows.svg', '--grid', '4', '--x', '-1:1', '--y', '0:2', '--arrows', '4').code).toBe(0);
    const lines = [...readFileSync(join(dir, 'arrows.svg'), 'utf8').matchAll(/<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/g)];
    expect(lines).toHaveLength(16);
    for (const l of lines) expect(Number(l[4])).toBeLessThan(Number(l[2])); // up on screen
  });

  it('plot: slices of higher-dimensional fields, and clear errors for bad axes', () => {
    expect(divc('plot', join(REFERENCE_DIR, 'taylor_green.div'), '-o', 'tg.svg', '--at', 'z=0.3', '--grid', '8').code).toBe(0);
    expect(readFileSync(join(dir, 'tg.svg'), 'utf8')).toContain('at z = 0.3');
    const bad = divc('plot', lorenz, '-o', 'x.svg', '--x', 'q=0:1');
    expect(bad.code).toBe(2); // an option naming no input: a usage error
    expect(bad.stderr).toContain('--x q=0:1: no input q (inputs: x, y, z)');
    expect(divc('plot', lorenz, '-o', 'x.svg', '--x', '1:0').stderr).toContain('--x 1:0: expected LO:HI with LO < HI');
    const huge = divc('plot', lorenz, '-o', 'x.svg', '--range', '-1e308:1e308,0:1');
    expect(huge.code).toBe(2); // a usage error, not an internal one (a NaN cell count threw)
    expect(huge.stderr).toContain('--range -1e308:1e308: HI - LO overflows to Infinity');
    expect(divc('plot', lorenz, '-o', 'x.svg', '--range', '0:1').stderr).toContain('--range 0:1: expected x0:x1,y0:y1');
    expect(divc('plot', lorenz, '-o', 'x.svg', '--slice', 'x=1', '--x', 'x=0:1').stderr).toContain('--x x=0:1: x is also fixed by --slice');
    expect(divc('plot', lorenz, '-o', 'x.svg', '--slice', 'x=1', '--slice', 'y=1').stderr).toContain('no input is left for the y axis');
  });

  it('plot in the contract\'s form: --range x0:x1,y0:y1 and --slice; the axes are the inputs not sliced', () => {
    expect(divc('plot', lorenz, '-o', 'xz.svg', '--range', '-20:20,0:50', '--slice', 'y=1.5', '--grid', '6').code).toBe(0);
    const svg = readFileSync(join(dir, 'xz.svg'), 'utf8');
    expect(svg).toContain('<title>div f of lorenz at y = 1.5: div f = -13.67 everywhere (constant)</title>');
    const labels = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const t of ['-20', '20', '0', '50', 'x', 'z']) expect(labels).toContain(t);
    expect(divc('plot', lorenz, '-o', 'yz.png', '--range', '-1:1,-1:1', '--slice', 'x=0', '--param', 'sigma=2').code).toBe(0);
    expect(readFileSync(join(dir, 'yz.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('runs a .div source on JSON points with --values and params', () => {
    const ref = reference('cellular2d');
    const json = join(dir, 'cells.json');
    writeFileSync(json, JSON.stringify({ points: ref.points }));
    const r = divc('run', join(REFERENCE_DIR, 'cellular2d.div'), '--points', json, '--values', '--param', 'a=0.1');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => l.split(',').map(Number));
    rows.forEach((row, i) => {
      expect(row).toHaveLength(3);
      expect(Math.abs(row[2]! - ref.divergence[i]!)).toBeLessThan(1e-9);
      expect(Math.abs(row[0]! - ref.values[i]![0]!)).toBeLessThan(1e-9);
    });
  });

  it('takes --params from a JSON file (an *.expect.json works)', () => {
    const ref = reference('mlp');
    const pts = join(dir, 'mlp.json');
    writeFileSync(pts, JSON.stringify(ref.points));
    const r = divc('run', join(REFERENCE_DIR, 'mlp.div'), '--points', pts, '--params', join(REFERENCE_DIR, 'mlp.expect.json'));
    expect(r.code).toBe(0);
    r.stdout.trim().split('\n').map(Number).forEach((d, i) => expect(Math.abs(d - ref.divergence[i]!)).toBeLessThan(1e-9));
  });

  it('prints stats as JSON', () => {
    const r = divc(lorenz, '--emit', 'stats');
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats.f.perPoint).toBe(8);
    expect(stats.divergence).toEqual({ perPoint: 8, perBatch: 2 });
    // how the kernel is built, as the cost model chose it (compiler/schedule.ts)
    expect(stats.schedule).toMatchObject({ lowering: 'scalar', entries: ['evaluate', 'divergence', 'diagonal'], optimizer: { passes: 'none' }, inlineDepth: 24 });
    expect(stats.vjp).toBeUndefined();
    // --vjp: the vjp entry (training), reverse mode over f + div f
    const trained = JSON.parse(divc(lorenz, '--emit', 'stats', '--vjp').stdout);
    expect(trained.schedule.entries).toEqual(['evaluate', 'divergence', 'diagonal', 'vjp']);
    expect(trained.vjp.perPoint).toBeGreaterThan(trained.divergence.perPoint);
    const mlp = JSON.parse(divc(join(REFERENCE_DIR, 'mlp.div'), '--emit', 'stats').stdout);
    expect(mlp.schedule).toMatchObject({ lowering: 'tensor', reason: mlp.lowering.reason, tile: { vectors: 4 }, fusedDepth: 12, fma: true });
    expect(mlp.schedule.products).toHaveLength(3);
  });

  it('writes the WGSL shader, the same one the artifact embeds', () => {
    const out = join(dir, 'lorenz.wgsl');
    expect(divc(lorenz, '-o', out).code).toBe(0);
    const wgsl = readFileSync(out, 'utf8');
    expect(wgsl).toContain('@compute @workgroup_size(WORKGROUP_SIZE)');
    expect(wgsl).toContain('// Bindings, group 0:');
    divc(lorenz, '-o', join(dir, 'lw.wasm'));
    const embedded = WebAssembly.Module.customSections(new WebAssembly.Module(readFileSync(join(dir, 'lw.wasm'))), 'divc.wgsl')[0]!;
    expect(new TextDecoder().decode(embedded)).toBe(wgsl);
    expect(divc(lorenz, '--emit', 'wgsl').stdout).toBe(wgsl);
  });

  it('prints IR and WAT', () => {
    expect(divc(lorenz, '--emit', 'ir').stdout).toContain('out div = %');
    expect(divc(lorenz, '--emit', 'wat').stdout).toContain('(export "divergence"');
  });

  it('check: a misspelled name gives file:line:col, the line, a caret, a did-you-mean, exit 1', () => {
    const bad = join(dir, 'bad.div');
    writeFileSync(bad, 'param sigma = 10\nfield f(x, y) = (sigam * x, y)\n');
    const r = divc('check', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:2:18: error: unknown name 'sigam'; did you mean 'sigma'?`);
    expect(r.stderr).toContain('2 | field f(x, y) = (sigam * x, y)');
    expect(r.stderr).toContain('  |                  ^^^^^');
  });

  it('check: a valid file exits 0', () => {
    expect(divc('check', lorenz).code).toBe(0);
  });

  it('compile errors exit 1 and write no artifact', () => {
    const bad = join(dir, 'bad2.div');
    writeFileSync(bad, 'field f(x, y) = (x, y, x)\n');
    const out = join(dir, 'bad2.wasm');
    const r = divc(bad, '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad2\.div:1:17: error: .*result has 3 components/);
    expect(existsSync(out)).toBe(false);
  });

  it('run --threads: worker threads write the same results as one thread', () => {
    const ref = reference('gmm_score');
    const rows = Array.from({ length: 70_000 }, (_, i) => ref.points[i % ref.points.length]!.map((x) => x * (1 + 1e-3 * (i % 7))).join(','));
    writeFileSync(join(dir, 'many.csv'), rows.join('\n') + '\n');
    const run = (threads: string, out: string) => divc('run', join(REFERENCE_DIR, 'gmm_score.div'), '--points', 'many.csv', '--params', join(REFERENCE_DIR, 'gmm_score.expect.json'), '--values', '--threads', threads, '-o', out);
    expect(run('1', 'one.npy').code).toBe(0);
    expect(run('2', 'two.npy').code).toBe(0);
    expect(run('auto', 'auto.npy').code).toBe(0);
    const one = readFileSync(join(dir, 'one.npy'));
    expect(one.length).toBeGreaterThan(70_000 * 9 * 8);
    expect(readFileSync(join(dir, 'two.npy')).equals(one)).toBe(true);
    expect(readFileSync(join(dir, 'auto.npy')).equals(one)).toBe(true);
  });

  it('bench: points/s per backend and against f alone, as a table or JSON', () => {
    const r = divc('bench', lorenz, '--n', '2000', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { field: string; n: number; rows: { backend: string; pointsPerSecond: number | null; fAlonePointsPerSecond: number | null; note?: string }[] };
    expect(out.field).toBe('lorenz');
    expect(out.rows.map((row) => row.backend)).toContain('wasm f64, 1 thread');
    for (const row of out.rows) {
      if (row.backend.startsWith('webgpu') && row.pointsPerSecond === null) { expect(row.note).toBeTruthy(); continue; }
      expect(row.pointsPerSecond).toBeGreaterThan(0);
      expect(row.fAlonePointsPerSecond).toBeGreaterThan(0);
    }
    const table = divc('bench', join(REFERENCE_DIR, 'mlp.div'), '--params', join(REFERENCE_DIR, 'mlp.expect.json'), '--n', '500');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^mlp \(dim 16\), 500 points/);
    expect(table.stdout).toMatch(/wasm f64, 1 thread +\d\.\d\de\+\d+ +\d\.\d\de\+\d+ +\d+\.\d\dx/);
    const missing = divc('bench', join(REFERENCE_DIR, 'mlp.div'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("param");
    expect(divc('bench', lorenz, '--n', '0').code).toBe(2);
    expect(out).toMatchObject({ kind: 'field' });
  });

  it('bench on a potential says what it measures: grad U, U and the Laplacian', async () => {
    const { formatBench } = await import('../../compiler/cli/bench.js');
    const rows = [{ backend: 'wasm f64, 1 thread', pointsPerSecond: 1.5e7, fAlonePointsPerSecond: 3e7 }];
    const text = formatBench({ rows, field: 'phi', dim: 3, kind: 'potential' }, 500);
    expect(text).toMatch(/^potential phi \(dim 3\), 500 points/);
    expect(text).toContain('cost of Laplacian');
    expect(text).not.toContain('div f');
    expect(text).toMatch(/wasm f64, 1 thread +1\.50e\+7 +3\.00e\+7 +2\.00x/);
    expect(formatBench({ rows, field: 'f', dim: 3, kind: 'field' }, 500)).toContain('cost of div f');
  });

  it('-o field.js writes an ES module exporting the ready kernel (artifact inlined)', () => {
    const out = join(ROOT, 'test/.out/cli-lorenz.js'); // inside the package: 'divc/runtime' resolves to it
    mkdirSync(join(ROOT, 'test/.out'), { recursive: true });
    expect(divc(lorenz, '-o', out).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('import { load } from "divc/runtime";');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import k from ${JSON.stringify(pathToFileURL(out).href)}; console.log(k.field, (await k.divergence([[1, 2, 3]]))[0])`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`lorenz ${-(10 + 1 + 8 / 3)}`);
    expect(divc(lorenz, '-o', 'x.txt').stderr).toContain("-o takes a .wasm, .wgsl or .js file");
  });

  it('usage errors exit 2', () => {
    expect(divc(lorenz, '--bogus').code).toBe(2);
    expect(divc(lorenz).code).toBe(2);
    expect(divc(lorenz, '-o', 'x.txt').code).toBe(2);
    expect(divc(lorenz, '--precision', 'f16', '-o', 'x.wasm').code).toBe(2);
    expect(divc('run', lorenz).code).toBe(2); // --points missing
    expect(divc('run', lorenz, '--points', 'p.csv', '--threads', '0').stderr).toContain("option '--threads <n>' argument '0' is invalid. expected 'auto' or an integer from 1 to 256");
  });

  it('bad input data exits 1 with a message naming the problem', () => {
    const csv = join(dir, 'short.csv');
    writeFileSync(csv, '1,2,3\n4,5\n');
    const r = divc('run', lorenz, '--points', csv);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('short.csv:2: expected 3 numbers per point, got 2');
    expect(divc('run', lorenz, '--points', join(dir, 'missing.csv')).stderr).toContain('no such file');
    expect(divc('run', lorenz, '--points', csv.replace('short', 'x'), '--param', 'sigm=3').code).toBe(1);
    const good = join(dir, 'one.csv');
    writeFileSync(good, '1,2,3\n');
    const unknown = divc('run', lorenz, '--points', good, '--param', 'sigm=3');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown param 'sigm'");
    expect(divc('check', join(dir, 'nope.div')).code).toBe(1);
    const garbage = join(dir, 'garbage.wasm');
    writeFileSync(garbage, 'not wasm');
    expect(divc('run', garbage, '--points', good).stderr).toContain('not a WebAssembly module');
  });

  it('the README flow: examples/node-app.mjs loads a CLI-built artifact through divc/runtime', () => {
    const wasm = join(dir, 'app-lorenz.wasm');
    expect(divc(join(ROOT, 'examples/lorenz.div'), '-o', wasm).code).toBe(0);
    const r = spawnSync(process.execPath, [join(ROOT, 'examples/node-app.mjs'), wasm], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('lorenz: f =');
    expect(r.stdout).toContain('-13.666666666666666');
  });

  it('a param without a value is reported at run time', () => {
    const src = join(dir, 'nodefault.div');
    writeFileSync(src, 'param k\nfield f(x) = (k * x)\n');
    const good = join(dir, 'one1.csv');
    writeFileSync(good, '2\n');
    const r = divc('run', src, '--points', good);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("param 'k' has no value");
    expect(divc('run', src, '--points', good, '--param', 'k=3').stdout.trim()).toBe('3');
  });
});
