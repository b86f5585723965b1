// `divc plot`: div f over a 2-D grid as an SVG or PNG heatmap (a slice of higher-dimensional
// fields, the other coordinates fixed), with arrows of f's two plotted components. A diverging
// colour map centred on 0 (compiler/plot/slice.ts: blue below, white at 0, red above), scaled to
// the largest |div f| on the grid but never below the rounding level of div f there (so a
// divergence-free field is white, not rounding noise at full colour); NaN and infinities in grey. SVG cells are rects in row order
// from the top (largest y) down, so a test can read the colours back; PNG goes through fast-png.
// With --trajectories, flow paths as polylines (SVG: <g id="trajectories">) under the arrows.
import { encode } from 'fast-png';
import { divergingColor, divergingRgb, type PlotGrid } from '../plot/slice.js';

export type { PlotGrid } from '../plot/slice.js';

const fmt = (v: number) => (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(2) : String(Number(v.toPrecision(4))));

export function plotSvg(p: PlotGrid): string {
  const cell = Math.max(1, Math.floor(480 / Math.max(p.nx, p.ny)));
  const w = p.nx * cell, h = p.ny * cell, left = 60, top = 40;
  const scale = p.scale;
  const rects: string[] = [];
  for (let j = 0; j < p.ny; j++) {
    for (let i = 0; i < p.nx; i++) {
      const v = p.values[j * p.nx + i]!;
      rects.push(`<rect x="${left + i * cell}" y="${top + j * cell}" width="${cell}" height="${cell}" fill="${divergingColor(scale > 0 ? v / scale : 0)}"/>`);
    }
  }
  const bar = Array.from({ length: 21 }, (_, k) => `<rect x="${left + w + 20}" y="${top + (k * h) / 21}" width="16" height="${h / 21 + 0.5}" fill="${divergingColor(barColor(p, 1 - k / 10))}"/>`);
  const labels = barLabels(p);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + w + 110}" height="${top + h + 50}" font-family="sans-serif" font-size="12" shape-rendering="crispEdges">`,
    `<title>${escape(title(p))}</title>`,
    `<text x="${left}" y="${top - 15}" font-size="14">${escape(title(p))}</text>`,
    `<g id="cells">`, ...rects, '</g>',
    '<defs><marker id="head" markerWidth="6" markerHeight="6" refX="5" refY="3" orient="auto"><path d="M0,0 L6,3 L0,6 z" fill="#222"/></marker></defs>',
    ...(p.trajectories?.length
      ? [
        `<clipPath id="plot-area"><rect x="${left}" y="${top}" width="${w}" height="${h}"/></clipPath>`,
        `<g id="trajectories" fill="none" stroke="${TRAJECTORY}" stroke-width="1.4" stroke-linejoin="round" clip-path="url(#plot-area)" shape-rendering="geometricPrecision">`,
        ...p.trajectories.map((path) => `<polyline points="${path.map((q) => `${(left + q.x * w).toFixed(1)},${(top + (1 - q.y) * h).toFixed(1)}`).join(' ')}"/>`),
        '</g>',
      ]
      : []),
    `<g id="arrows" stroke="#222" stroke-width="1.2">`,
    ...p.arrows.map((a) => `<line x1="${(left + a.x * w).toFixed(1)}" y1="${(top + (1 - a.y) * h).toFixed(1)}" x2="${(left + (a.x + a.dx) * w).toFixed(1)}" y2="${(top + (1 - a.y - a.dy) * h).toFixed(1)}" marker-end="url(#head)"/>`),
    '</g>',
    `<text x="${left}" y="${top + h + 18}">${fmt(p.x[0])}</text>`,
    `<text x="${left + w}" y="${top + h + 18}" text-anchor="end">${fmt(p.x[1])}</text>`,
    `<text x="${left + w / 2}" y="${top + h + 36}" text-anchor="middle">${escape(p.xName)}</text>`,
    `<text x="${left - 6}" y="${top + h}" text-anchor="end">${fmt(p.y[0])}</text>`,
    `<text x="${left - 6}" y="${top + 10}" text-anchor="end">${fmt(p.y[1])}</text>`,
    `<text x="${left - 30}" y="${top + h / 2}" text-anchor="middle" transform="rotate(-90 ${left - 30} ${top + h / 2})">${escape(p.yName)}</text>`,
    ...bar,
    ...[[labels[0], top + 10], [labels[1], top + h / 2 + 4], [labels[2], top + h]].filter(([t]) => t !== '').map(([t, y]) => `<text x="${left + w + 40}" y="${y}">${t}</text>`),
    '</svg>', '',
  ].join('\n');
}

/** The title, saying so when div f is one constant, or 0 up to rounding, on the whole grid. */
export const title = (p: PlotGrid) => (p.constant !== undefined ? `${p.title}: div f = ${fmt(p.constant)} everywhere (constant)`
  : p.zeroToRounding ? `${p.title}: div f = 0 to rounding (|div f| <= ${fmt(p.rounding)})` : p.title);

/** The colour bar's labels, top to bottom: one value for a constant, else +scale, 0, -scale. */
const barLabels = (p: PlotGrid): [string, string, string] => (p.constant !== undefined ? ['', fmt(p.constant), ''] : [fmt(p.scale), '0', fmt(-p.scale)]);

/** The colour of the bar at t (1 at the top, -1 at the bottom): one swatch for a constant. */
const barColor = (p: PlotGrid, t: number): number => (p.constant === undefined ? t : p.scale > 0 ? p.constant / p.scale : 0);

/** The colour of flow paths (--trajectories): dark green, apart from the blue-white-red map and the arrows' grey. */
export const TRAJECTORY = '#0b7a3e';
const TRAJECTORY_RGB: [number, number, number] = [0x0b, 0x7a, 0x3e];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A 3 x 5 pixel font for the colour bar's numbers (fmt's characters): rows top down, 3 bits each. */
const GLYPHS: Record<string, number[]> = {
  '0': [7, 5, 5, 5, 7], '1': [2, 6, 2, 2, 7], '2': [7, 1, 7, 4, 7], '3': [7, 1, 7, 1, 7], '4': [5, 5, 7, 1, 1],
  '5': [7, 4, 7, 1, 7], '6': [7, 4, 7, 5, 7], '7': [7, 1, 1, 1, 1], '8': [7, 5, 7, 5, 7], '9': [7, 5, 7, 1, 7],
  '.': [0, 0, 0, 0, 2], '-': [0, 0, 7, 0, 0], '+': [0, 2, 7, 2, 0], 'e': [0, 7, 7, 4, 3],
};
const GLYPH_SCALE = 2, GLYPH_ADVANCE = 4 * GLYPH_SCALE;

/**
 * The same plot as a PNG: the heatmap (`cell` pixels a grid cell), arrows in dark grey, and the
 * colour bar as a column on the right, labelled with its top, middle and bottom values.
 */
export function plotPng(p: PlotGrid, cell = Math.max(1, Math.floor(480 / Math.max(p.nx, p.ny)))): Uint8Array {
  const w = p.nx * cell, h = p.ny * cell, barX = w + 10;
  const labels = barLabels(p);
  const width = barX + 26 + Math.max(...labels.map((t) => t.length)) * GLYPH_ADVANCE;
  const data = new Uint8Array(width * h * 4).fill(255);
  const put = (x: number, y: number, c: [number, number, number]) => {
    if (x < 0 || y < 0 || x >= width || y >= h) return;
    const o = (y * width + x) * 4;
    data[o] = c[0]; data[o + 1] = c[1]; data[o + 2] = c[2]; data[o + 3] = 255;
  };
  const scale = p.scale;
  for (let j = 0; j < p.ny; j++) {
    for (let i = 0; i < p.nx; i++) {
      const c = divergingRgb((scale > 0 ? p.values[j * p.nx + i]! / scale : 0));
      for (let y = 0; y < cell; y++) for (let x = 0; x < cell; x++) put(i * cell + x, j * cell + y, c);
    }
  }
  for (let y = 0; y < h; y++) for (let x = 0; x < 20; x++) put(barX + x, y, divergingRgb(barColor(p, 1 - (2 * y) / Math.max(1, h - 1))));
  const dark: [number, number, number] = [34, 34, 34];
  const text = (t: string, x0: number, y0: number) => [...t].forEach((ch, k) => GLYPHS[ch]?.forEach((bits, row) => {
    for (let col = 0; col < 3; col++) {
      if (!((bits >> (2 - col)) & 1)) continue;
      for (let dy = 0; dy < GLYPH_SCALE; dy++) for (let dx = 0; dx < GLYPH_SCALE; dx++) put(x0 + k * GLYPH_ADVANCE + col * GLYPH_SCALE + dx, y0 + row * GLYPH_SCALE + dy, dark);
    }
  }));
  const glyphHeight = 5 * GLYPH_SCALE;
  text(labels[0]!, barX + 26, 0);
  text(labels[1]!, barX + 26, Math.round((h - glyphHeight) / 2));
  text(labels[2]!, barX + 26, h - glyphHeight);
  const line = (x0: number, y0: number, x1: number, y1: number) => {
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    for (let k = 0; k <= n; k++) put(Math.round(x0 + ((x1 - x0) * k) / n), Math.round(y0 + ((y1 - y0) * k) / n), dark);
  };
  // flow paths, clipped to the heatmap (not over the colour bar), under the arrows
  for (const path of p.trajectories ?? []) {
    for (let k = 1; k < path.length; k++) {
      const a = path[k - 1]!, b = path[k]!;
      const x0 = a.x * w, y0 = (1 - a.y) * h, x1 = b.x * w, y1 = (1 - b.y) * h;
      const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
      for (let s = 0; s <= n; s++) {
        const px = Math.round(x0 + ((x1 - x0) * s) / n), py = Math.round(y0 + ((y1 - y0) * s) / n);
        if (px >= 0 && px < w && py >= 0 && py < h) put(px, py, TRAJECTORY_RGB);
      }
    }
  }
  for (const a of p.arrows) {
    const x0 = a.x * w, y0 = (1 - a.y) * h, x1 = (a.x + a.dx) * w, y1 = (1 - a.y - a.dy) * h;
    line(x0, y0, x1, y1);
    const len = Math.hypot(x1 - x0, y1 - y0);
    if (len < 2) continue;
    const ux = (x1 - x0) / len, uy = (y1 - y0) / len, head = Math.min(5, len / 2);
    line(x1, y1, x1 - head * (ux - 0.5 * uy), y1 - head * (uy + 0.5 * ux));
    line(x1, y1, x1 - head * (ux + 0.5 * uy), y1 - head * (uy - 0.5 * ux));
  }
  return encode({ width, height: h, data, depth: 8, channels: 4 });
}
