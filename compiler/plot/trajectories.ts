// Flow paths for `divc plot --trajectories N`: an N x N grid of starting points over the plot's
// range (the centres of an N x N grid, the other inputs at their slice values), each carried
// along the flow dx/dt = f(x; t) by RK4, one step at a time, and drawn as a polyline through the
// states after each step (compiler/cli/plot.ts). No Node or compiler imports, like slice.ts.
import { gridCentres, type SliceSpec } from './slice.js';

/** One step of the flow for every point: the states at `t1` of points at `t0` (n * dim numbers). */
export type FlowStep = (points: Float64Array, t0: number, t1: number) => Promise<Float64Array>;

/** A path in the plot's coordinates, [0, 1]^2 with y up (as the arrows'). */
export type Polyline = { x: number; y: number }[];

export interface TrajectorySpec {
  /** Starting points per axis (count x count of them). */
  count: number;
  t0: number; t1: number;
  /** RK4 steps from t0 to t1: the polylines' segments. */
  steps: number;
}

/**
 * The polylines of the flow from a count x count grid over the slice. A path ends at its first
 * non-finite state, or once it is more than one range outside the plot (it is clipped to the plot
 * when drawn: this keeps the coordinates small for a path that runs off to infinity).
 */
export async function trajectories(dim: number, slice: Pick<SliceSpec, 'x' | 'y' | 'fixed'>, spec: TrajectorySpec, step: FlowStep): Promise<Polyline[]> {
  const { x, y } = slice, n = spec.count;
  const w = x.range[1] - x.range[0], h = y.range[1] - y.range[0];
  const toPlot = (states: Float64Array, i: number) => ({ x: (states[i * dim + x.index]! - x.range[0]) / w, y: (states[i * dim + y.index]! - y.range[0]) / h });
  const near = (p: { x: number; y: number }) => Number.isFinite(p.x) && Number.isFinite(p.y) && p.x >= -1 && p.x <= 2 && p.y >= -1 && p.y <= 2;
  let states = gridCentres(dim, { ...slice, grid: n, arrows: 0 }, n, n);
  const paths: Polyline[] = Array.from({ length: n * n }, (_, i) => [toPlot(states, i)]);
  const moving = new Array<boolean>(n * n).fill(true);
  const dt = (spec.t1 - spec.t0) / spec.steps;
  for (let s = 0; s < spec.steps && moving.some(Boolean); s++) {
    const a = spec.t0 + s * dt, b = s === spec.steps - 1 ? spec.t1 : spec.t0 + (s + 1) * dt;
    states = await step(states, a, b);
    for (let i = 0; i < n * n; i++) {
      if (!moving[i]) continue;
      const p = toPlot(states, i);
      if (Number.isFinite(p.x) && Number.isFinite(p.y)) paths[i]!.push(p);
      if (!near(p)) moving[i] = false;
    }
  }
  return paths.filter((p) => p.length > 1);
}
