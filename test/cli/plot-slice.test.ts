// What `divc plot` and the playground draw of a slice (compiler/plot/slice.ts, compiler/cli/plot.ts):
// a divergence that is one constant says so (not a colour bar scaled to rounding noise), and a
// plot keeps its ranges' aspect ratio, with arrows pointing where f points.
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';
import { cellCounts, divergingColor, sliceGrid, type SliceKernel, type SliceSpec } from '../../compiler/plot/slice.js';
import { plotSvg, title } from '../../compiler/cli/plot.js';

async function kernelOf(source: string) {
  const out = compile(source);
  expect(out.diagnostics).toEqual([]);
  return load(out.wasm!, { backend: 'wasm', threads: 1 });
}

const spec = (x: [number, number], y: [number, number], grid: number, arrows = 0): SliceSpec => ({ x: { index: 0, range: x }, y: { index: 1, range: y }, fixed: [0, 0], grid, arrows });

/** The SVG's heatmap cells: [x, y, width, fill]. */
const cells = (svg: string) => [...svg.slice(svg.indexOf('<g id="cells">'), svg.indexOf('</g>')).matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="\d+" fill="(#[0-9a-f]{6})"\/>/g)]
  .map((m) => [Number(m[1]), Number(m[2]), Number(m[3]), m[4]!] as const);

/** The labels beside the colour bar (text elements right of the heatmap). */
const barLabels = (svg: string, heatmapRight: number) => [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+">([^<]*)<\/text>/g)]
  .filter((m) => Number(m[1]) > heatmapRight).map((m) => m[2]);

describe('a constant divergence', () => {
  it('exactly 0 (a Hamiltonian field): says so, white cells, one label 0 — no ±rounding colour bar', async () => {
    const k = await kernelOf('field h(q, p) = (p * (1 + q^2), -q * (1 + p^2) - 2 * q * p^2 + 2 * q * p^2)\n');
    const g = await sliceGrid(k, spec([-2, 2], [-2, 2], 8, 4));
    expect(g.constant).toBe(0);
    expect(title(g)).toBe('div f of h: div f = 0 everywhere (constant)');
    const svg = plotSvg(g);
    const c = cells(svg);
    expect(c).toHaveLength(64);
    for (const cell of c) expect(cell[3]).toBe(divergingColor(0));
    expect(barLabels(svg, 60 + 8 * c[0]![2])).toEqual(['0']);
    expect(svg).not.toMatch(/e-1[0-9]/); // no rounding-level numbers anywhere
    k.dispose();
  });

  it('a non-zero constant (lorenz: -(sigma + 1 + beta)) is named, in one colour', async () => {
    const k = await kernelOf('field lorenz(x, y, z) = (10 * (y - x), x * (28 - z) - y, x * y - 8 / 3 * z)\n');
    const g = await sliceGrid(k, { ...spec([-20, 20], [-25, 25], 6), fixed: [0, 0, 20] });
    expect(g.constant).toBeCloseTo(-(10 + 1 + 8 / 3), 12);
    expect(title(g)).toContain(': div f = -13.67 everywhere (constant)');
    const svg = plotSvg(g);
    expect(new Set(cells(svg).map((c) => c[3]))).toEqual(new Set([divergingColor(-1)]));
    k.dispose();
  });

  it('a divergence that varies keeps its scale: no constant, labels +max, 0, -max', async () => {
    const k = await kernelOf('field sq(x, y) = (x^2, y)\n');
    const g = await sliceGrid(k, spec([-1, 1], [0, 2], 4));
    expect(g.constant).toBeUndefined();
    expect(title(g)).toBe('div f of sq');
    const svg = plotSvg(g);
    expect(barLabels(svg, 60 + 4 * cells(svg)[0]![2])).toEqual(['2.5', '0', '-2.5']);
    k.dispose();
  });
});

describe('aspect ratio', () => {
  it('cells stay square: --grid counts cells along the longer axis', () => {
    expect(cellCounts(spec([0, 1], [0, 2], 100), 100)).toEqual({ nx: 50, ny: 100, square: true });
    expect(cellCounts(spec([-3, 3], [0, 2], 90), 90)).toEqual({ nx: 90, ny: 30, square: true });
    expect(cellCounts(spec([0, 1], [0, 1], 7), 7)).toEqual({ nx: 7, ny: 7, square: true });
    // a ratio the grid cannot show: 2 cells across, and the grid says it is stretched
    expect(cellCounts(spec([0, 1000], [0, 1], 100), 100)).toEqual({ nx: 100, ny: 2, square: false });
  });

  it('a 1 x 2 range is drawn twice as tall as wide, and cell centres sit where the points were taken', async () => {
    const k = await kernelOf('field sq(x, y) = (x^2, y)\n');
    const g = await sliceGrid(k, spec([0, 1], [0, 2], 8));
    expect([g.nx, g.ny]).toEqual([4, 8]);
    // div = 2x + 1 at cell centres x = 0.125, 0.375, ...: each row the same
    for (let j = 0; j < g.ny; j++) for (let i = 0; i < g.nx; i++) expect(g.values[j * g.nx + i]).toBeCloseTo(2 * (i + 0.5) / 4 + 1, 12);
    const svg = plotSvg(g);
    const c = cells(svg);
    const xs = new Set(c.map((r) => r[0])), ys = new Set(c.map((r) => r[1]));
    expect(xs.size).toBe(4);
    expect(ys.size).toBe(8);
    k.dispose();
  });

  it('arrows point along f in the picture: f = (1, 1) draws 45-degree arrows on a 1 x 4 range', async () => {
    const k = await kernelOf('field d(x, y) = (1 + 0 * x, 1 + 0 * y)\n');
    const g = await sliceGrid(k, spec([0, 1], [0, 4], 16, 8));
    const svg = plotSvg(g);
    const lines = [...svg.matchAll(/<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/g)].map((m) => m.slice(1, 5).map(Number));
    expect(lines.length).toBe(2 * 8);
    for (const [x1, y1, x2, y2] of lines) {
      expect(x2! - x1!).toBeGreaterThan(0);
      expect(Math.abs((y1! - y2!) / (x2! - x1!) - 1)).toBeLessThan(0.05); // up and right at 45 degrees
    }
    k.dispose();
  });
});

describe('SliceKernel is all a slice needs', () => {
  it('works on any kernel-like object (the playground passes its own)', async () => {
    const fake: SliceKernel = {
      field: 'fake', dim: 2, inputs: ['a', 'b'],
      evaluate: async (pts) => ({ values: new Float64Array(pts.length), divergence: new Float64Array(pts.length / 2).fill(3) }),
    };
    const g = await sliceGrid(fake, spec([0, 3], [0, 1], 6));
    expect([g.nx, g.ny, g.constant]).toEqual([6, 2, 3]);
  });
});
