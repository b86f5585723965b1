// `divc plot`: div f over a 2-D grid as an SVG heatmap (a slice of higher-dimensional fields, the
// other coordinates fixed). A diverging colour map centred on 0 (blue below, white at 0, red
// above), scaled to the largest |div f| on the grid; NaN and infinities in grey. Cells are
// rects in row order from the top (largest y) down, so a test can read the colours back.

export interface PlotGrid {
  /** div f at the grid's cell centres, row-major from the top row (largest y) down. */
  values: Float64Array | Float32Array;
  nx: number; ny: number;
  x: [number, number]; y: [number, number];
  xName: string; yName: string; title: string;
}

/** The colour of a value in [-1, 1] (a value divided by the scale): blue - white - red. */
export function divergingColor(t: number): string {
  if (!Number.isFinite(t)) return '#808080';
  const u = Math.max(-1, Math.min(1, t));
  const channel = (a: number) => Math.round(255 * a).toString(16).padStart(2, '0');
  // white at 0, fading to (0.23, 0.30, 0.75) below and (0.71, 0.02, 0.15) above
  const [r, g, b] = u < 0 ? [0.23, 0.3, 0.75] : [0.71, 0.02, 0.15];
  const s = Math.abs(u);
  return `#${channel(1 + (r - 1) * s)}${channel(1 + (g - 1) * s)}${channel(1 + (b - 1) * s)}`;
}

const fmt = (v: number) => (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(2) : String(Number(v.toPrecision(4))));

export function plotSvg(p: PlotGrid): string {
  const cell = Math.max(1, Math.floor(480 / Math.max(p.nx, p.ny)));
  const w = p.nx * cell, h = p.ny * cell, left = 60, top = 40;
  let scale = 0;
  for (const v of p.values) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  const rects: string[] = [];
  for (let j = 0; j < p.ny; j++) {
    for (let i = 0; i < p.nx; i++) {
      const v = p.values[j * p.nx + i]!;
      rects.push(`<rect x="${left + i * cell}" y="${top + j * cell}" width="${cell}" height="${cell}" fill="${divergingColor(scale > 0 ? v / scale : 0)}"/>`);
    }
  }
  const bar = Array.from({ length: 21 }, (_, k) => `<rect x="${left + w + 20}" y="${top + (k * h) / 21}" width="16" height="${h / 21 + 0.5}" fill="${divergingColor(1 - k / 10)}"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + w + 110}" height="${top + h + 50}" font-family="sans-serif" font-size="12" shape-rendering="crispEdges">`,
    `<title>${escape(p.title)}</title>`,
    `<text x="${left}" y="${top - 15}" font-size="14">${escape(p.title)}</text>`,
    `<g id="cells">`, ...rects, '</g>',
    `<text x="${left}" y="${top + h + 18}">${fmt(p.x[0])}</text>`,
    `<text x="${left + w}" y="${top + h + 18}" text-anchor="end">${fmt(p.x[1])}</text>`,
    `<text x="${left + w / 2}" y="${top + h + 36}" text-anchor="middle">${escape(p.xName)}</text>`,
    `<text x="${left - 6}" y="${top + h}" text-anchor="end">${fmt(p.y[0])}</text>`,
    `<text x="${left - 6}" y="${top + 10}" text-anchor="end">${fmt(p.y[1])}</text>`,
    `<text x="${left - 30}" y="${top + h / 2}" text-anchor="middle" transform="rotate(-90 ${left - 30} ${top + h / 2})">${escape(p.yName)}</text>`,
    ...bar,
    `<text x="${left + w + 40}" y="${top + 10}">${fmt(scale)}</text>`,
    `<text x="${left + w + 40}" y="${top + h / 2 + 4}">0</text>`,
    `<text x="${left + w + 40}" y="${top + h}">${fmt(-scale)}</text>`,
    '</svg>', '',
  ].join('\n');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
