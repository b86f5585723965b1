// A 2-D slice of a field for plotting: div f at the centres of a grid over two inputs (the
// others fixed), and arrows of f's two plotted components on a coarser grid. Shared by
// `divc plot` and the playground page, so no Node or compiler imports: any kernel will do.

/** What a slice needs of a kernel (divc/runtime's Kernel has it). */
export interface SliceKernel {
  readonly field: string; readonly dim: number; readonly inputs: string[];
  /** 'potential': the heatmap is U's Laplacian and the arrows grad U (or the force -grad U). */
  readonly kind?: 'field' | 'potential';
  evaluate(points: Float64Array): Promise<{ values: Float64Array | Float32Array; divergence: Float64Array | Float32Array }>;
}

export interface Axis { index: number; range: [number, number] }

export interface SliceSpec {
  x: Axis; y: Axis;
  /** Every input's value; x's and y's are replaced by the grid. */
  fixed: number[];
  /**
   * Cells of the heatmap, and arrows (0: none), along the longer axis; the shorter axis gets as
   * many as keep cells square (the plot keeps the ranges' aspect ratio), 2 at least.
   */
  grid: number; arrows: number;
  /** Arrows of -f instead of f (for a potential: the force -grad U, downhill). */
  negate?: boolean;
}

export interface PlotGrid {
  /** div f at the grid's cell centres, row-major from the top row (largest y) down. */
  values: Float64Array | Float32Array;
  nx: number; ny: number;
  x: [number, number]; y: [number, number];
  xName: string; yName: string; title: string;
  /** The colour scale: |div f| at full colour. The largest |div f| on the grid, but never below
   *  `rounding`, so that rounding noise of a divergence-free field stays white. */
  scale: number;
  /** The size of rounding errors in div f here: a few ulps of |f| / (grid spacing), summed over
   *  the inputs (the terms div f adds up are at most about that large on this grid). */
  rounding: number;
  /** Whether every |div f| on the grid is within `rounding`: div f = 0 up to rounding. */
  zeroToRounding: boolean;
  /** div f when it takes one value at every cell, exactly (0 for a divergence-free field whose
   *  derivatives cancel structurally; -13.67 for lorenz): a constant, not a colour scale. */
  constant?: number;
  /** Whether the cells are square (the ranges' aspect ratio kept, to a cell); false where the
   *  shorter axis needs more cells than its share (2 at least): one range over 4 x grid times
   *  the other's length, drawn stretched. */
  square: boolean;
  /** Arrows of (f_x, f_y): start at (x, y) in [0, 1]^2 of the plot (y up), length as a fraction
   *  of the plot's width, already scaled. */
  arrows: { x: number; y: number; dx: number; dy: number }[];
  /** Flow paths (`divc plot --trajectories`, plot/trajectories.ts): polylines in the same [0, 1]^2
   *  coordinates as the arrows, drawn clipped to the plot. */
  trajectories?: { x: number; y: number }[][];
}

/** Cells along x and y for `count` along the longer axis, so that cells are square where they can be. */
export function cellCounts(spec: SliceSpec, count: number): { nx: number; ny: number; square: boolean } {
  const w = spec.x.range[1] - spec.x.range[0], h = spec.y.range[1] - spec.y.range[0];
  const fair = Math.round(count * Math.min(w, h) / Math.max(w, h)), least = Math.min(2, count);
  const short = Math.max(least, fair), square = fair >= least;
  return w >= h ? { nx: count, ny: short, square } : { nx: short, ny: count, square };
}

/** The centres of an nx x ny grid over the two axes, the top row (largest y) first. */
export function gridCentres(dim: number, spec: SliceSpec, nx: number, ny: number): Float64Array {
  const { x, y } = spec;
  const points = new Float64Array(nx * ny * dim);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const p = (j * nx + i) * dim;
      for (let c = 0; c < dim; c++) points[p + c] = spec.fixed[c] ?? 0;
      points[p + x.index] = x.range[0] + ((i + 0.5) * (x.range[1] - x.range[0])) / nx;
      points[p + y.index] = y.range[1] - ((j + 0.5) * (y.range[1] - y.range[0])) / ny;
    }
  }
  return points;
}

/** The value every element has, if they are all equal and finite (0 and -0 count as equal). */
export function constantOf(values: ArrayLike<number>): number | undefined {
  const first = values[0];
  if (first === undefined || !Number.isFinite(first)) return undefined;
  for (let i = 1; i < values.length; i++) if (values[i] !== first) return undefined;
  return first === 0 ? 0 : first;
}

/** Runs the kernel over the slice: the heatmap's values and the arrows, longest one arrow cell long. */
export async function sliceGrid(kernel: SliceKernel, spec: SliceSpec): Promise<PlotGrid> {
  const { x, y } = spec;
  const { nx, ny, square } = cellCounts(spec, spec.grid);
  const w = x.range[1] - x.range[0], h = y.range[1] - y.range[0];
  const heat = await kernel.evaluate(gridCentres(kernel.dim, spec, nx, ny));
  const values = heat.divergence;
  const rounding = roundingOf(heat.values, kernel.dim, Math.min(w / nx, h / ny), values instanceof Float32Array ? 2 ** -23 : 2 ** -52);
  const largest = scaleOf(values);
  const { nx: mx, ny: my } = spec.arrows > 0 ? cellCounts(spec, spec.arrows) : { nx: 0, ny: 0 };
  const f = mx > 0 ? (await kernel.evaluate(gridCentres(kernel.dim, spec, mx, my))).values : new Float64Array(0);
  const sign = spec.negate ? -1 : 1;
  // arrows in the inputs' own units, so that their directions are f's on a plot of kept aspect
  const uv = (k: number) => [sign * f[k * kernel.dim + x.index]!, sign * f[k * kernel.dim + y.index]!] as const;
  let longest = 0;
  for (let k = 0; k < mx * my; k++) {
    const [u, v] = uv(k);
    if (Number.isFinite(u) && Number.isFinite(v)) longest = Math.max(longest, Math.hypot(u, v));
  }
  const arrows = [];
  const s = (0.8 * Math.min(w / mx, h / my)) / longest; // the longest arrow: 0.8 of an arrow cell
  for (let k = 0; k < mx * my && longest > 0; k++) {
    const [u, v] = uv(k);
    if (!Number.isFinite(u) || !Number.isFinite(v)) continue;
    const dx = (u * s) / w, dy = (v * s) / h; // in plot widths and heights
    arrows.push({ x: ((k % mx) + 0.5) / mx - dx / 2, y: 1 - (Math.floor(k / mx) + 0.5) / my - dy / 2, dx, dy });
  }
  const others = kernel.inputs.filter((_, c) => c !== x.index && c !== y.index).map((name) => `${name} = ${spec.fixed[kernel.inputs.indexOf(name)] ?? 0}`);
  const constant = constantOf(values);
  return {
    values, nx, ny, x: x.range, y: y.range, xName: kernel.inputs[x.index]!, yName: kernel.inputs[y.index]!,
    title: `${kernel.kind === 'potential' ? `Laplacian of ${kernel.field} (arrows: ${spec.negate ? '-' : ''}grad ${kernel.field})` : `div f of ${kernel.field}`}${others.length ? ` at ${others.join(', ')}` : ''}`, arrows,
    scale: constant !== undefined ? Math.abs(constant) : Math.max(largest, rounding), rounding, zeroToRounding: largest <= rounding,
    ...(constant !== undefined ? { constant } : {}),
    square,
  };
}

/**
 * How large rounding errors in div f can be on this grid: the derivatives div f sums are of the
 * order of |f| / spacing at most where f varies across a cell, and each carries a few ulps. A
 * floor for the colour scale, not an error bound: below it, colours would show noise only.
 */
export function roundingOf(f: ArrayLike<number>, dim: number, spacing: number, ulp: number): number {
  let largest = 0;
  for (let i = 0; i < f.length; i++) if (Number.isFinite(f[i]!)) largest = Math.max(largest, Math.abs(f[i]!));
  const r = 16 * ulp * dim * (largest / spacing);
  return r > 0 ? r : Number.MIN_VALUE;
}

/** The largest finite |value|: the colour scale, so that 0 is white. */
export function scaleOf(values: ArrayLike<number>): number {
  let scale = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) scale = Math.max(scale, Math.abs(values[i]!));
  return scale;
}

/** [r, g, b] (0 to 255) of a value in [-1, 1] (a value divided by the scale): blue - white - red;
 *  grey for NaN and infinities. */
export function divergingRgb(t: number): [number, number, number] {
  if (!Number.isFinite(t)) return [128, 128, 128];
  const u = Math.max(-1, Math.min(1, t));
  // white at 0, fading to (0.23, 0.30, 0.75) below and (0.71, 0.02, 0.15) above
  const [r, g, b] = u < 0 ? [0.23, 0.3, 0.75] : [0.71, 0.02, 0.15];
  const s = Math.abs(u);
  return [r, g, b].map((c) => Math.round(255 * (1 + (c - 1) * s))) as [number, number, number];
}

/** divergingRgb as '#rrggbb'. */
export function divergingColor(t: number): string {
  return '#' + divergingRgb(t).map((c) => c.toString(16).padStart(2, '0')).join('');
}
