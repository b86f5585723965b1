// divc plot ARTIFACT|FILE.div -o OUT.svg|OUT.png: div f over a 2-D slice as a heatmap, with
// arrows of f. A field's conditions are held fixed at the values --cond gives (one for each).
// --trajectories N adds the flow paths of an N x N grid of starting points (RK4, --steps steps
// from --t0 to --t1; a field's condition t is the time along them, and by default the heatmap's t
// is --t0).
import { InputError } from '../io.js';
import { writeOutput } from '../output.js';
import { note } from '../report.js';
import { kernelFor, type KernelFlags } from '../kernel.js';
import { UsageError } from '../usage-error.js';
import type { Given } from '../options.js';
import { sliceGrid, type SliceKernel } from '../../plot/slice.js';
import { condText, conditionSize, parseCondFlags, type CondValues } from '../conditions.js';
import { trajectories } from '../../plot/trajectories.js';
import { isTimed } from './flow.js';

export interface PlotFlags extends KernelFlags {
  x?: string; y?: string; range?: string; slice: string[]; at: string[]; grid: string; output: string; arrows: string; negate: boolean;
  /** --cond NAME=VALUE, repeatable: each of the field's conditions needs one. */
  cond?: string[];
  /** --trajectories N: flow paths from an N x N grid (0 or absent: none), over --t0 to --t1 in --steps RK4 steps. */
  trajectories?: string; t0?: string; t1?: string; steps?: string;
}

/** --trajectories and its options, checked: undefined where no paths are drawn. */
function trajectoryOptions(flags: PlotFlags): { count: number; t0: number; t1: number; steps: number } | undefined {
  const count = Number(flags.trajectories ?? '0');
  if (!Number.isInteger(count) || count < 0 || count > 100) throw new UsageError(`--trajectories ${flags.trajectories}: expected an integer from 0 to 100`);
  if (count === 0) {
    const stray = (['t0', 't1', 'steps'] as const).find((k) => flags[k] !== undefined);
    if (stray) throw new UsageError(`--${stray} ${flags[stray]}: the flow's ${stray === 'steps' ? 'steps' : 'times'} are for --trajectories N (flow paths from an N x N grid)`);
    return undefined;
  }
  const time = (option: '--t0' | '--t1', text: string | undefined, fallback: number) => {
    if (text === undefined) return fallback;
    const v = text.trim() === '' ? NaN : Number(text);
    if (!Number.isFinite(v)) throw new UsageError(`${option} ${text}: expected a finite number`);
    return v;
  };
  const t0 = time('--t0', flags.t0, 0), t1 = time('--t1', flags.t1, 1);
  const steps = Number(flags.steps ?? '100');
  if (!Number.isInteger(steps) || steps < 1 || steps > 10000) throw new UsageError(`--steps ${flags.steps}: expected an integer from 1 to 10000`);
  return { count, t0, t1, steps };
}

/** Plot's LO:HI ranges: a usage error naming the option. */
function parseRange(text: string, option: string): [number, number] {
  const m = /^(-?[\d.eE+-]+):(-?[\d.eE+-]+)$/.exec(text);
  const lo = Number(m?.[1]), hi = Number(m?.[2]);
  if (!m || !Number.isFinite(lo) || !Number.isFinite(hi) || lo >= hi) throw new UsageError(`${option} ${text}: expected LO:HI with LO < HI`);
  if (!Number.isFinite(hi - lo)) throw new UsageError(`${option} ${text}: HI - LO overflows to Infinity: give a range narrower than 1.7e308`);
  return [lo, hi];
}

export async function plotCommand(artifact: string, flags: PlotFlags, given: Given): Promise<number> {
  // the options that need no kernel first: a mistake there costs no compile
  const png = flags.output.toLowerCase().endsWith('.png');
  if (!png && !flags.output.toLowerCase().endsWith('.svg')) throw new UsageError(`-o ${flags.output}: plot writes .svg or .png`);
  const n = Number(flags.grid);
  if (!Number.isInteger(n) || n < 2 || n > 1000) throw new UsageError(`--grid ${flags.grid}: expected an integer from 2 to 1000`);
  const m = Number(flags.arrows);
  if (!Number.isInteger(m) || m < 0 || m > 100) throw new UsageError(`--arrows ${flags.arrows}: expected an integer from 0 to 100`);
  const paths = trajectoryOptions(flags);
  // --range x0:x1,y0:y1 gives both axes' ranges; --x / --y (LO:HI or NAME=LO:HI) override one
  let ranges: [[number, number], [number, number]] = [[-2, 2], [-2, 2]];
  if (flags.range !== undefined) {
    const parts = flags.range.split(',');
    if (parts.length !== 2) throw new UsageError(`--range ${flags.range}: expected x0:x1,y0:y1`);
    ranges = [parseRange(parts[0]!, '--range'), parseRange(parts[1]!, '--range')];
  }
  const kernel = await kernelFor(artifact, flags, given);
  if (!kernel) return 1;
  try {
    if (kernel.dim < 2) throw new InputError(`field '${kernel.field}' has one input: a plot needs two`);
    // a plot holds each condition fixed: --cond gives its value
    const cond = parseCondFlags(flags.cond ?? [], kernel.conditions, kernel.field);
    // with --trajectories, the flow sets a field's time t along each path; the heatmap is at
    // --cond t where given, else at --t0
    const timed = isTimed(kernel.conditions);
    const flowCond: CondValues = Object.fromEntries(Object.entries(cond).filter(([name]) => !(timed && name === 't')));
    if (paths && timed && !Object.hasOwn(cond, 't')) cond.t = paths.t0;
    if (paths && flags.negate && timed) throw new UsageError(`--negate with --trajectories: '${kernel.field}' depends on its time t, so the paths of -f are not those of f run backwards; draw the paths of f (without --negate)`);
    const fixed = new Array<number>(kernel.dim).fill(0);
    const sliced = new Set<number>();
    for (const [option, list] of [['--slice', flags.slice], ['--at', flags.at]] as const) {
      for (const a of list) {
        const eq = a.indexOf('=');
        const name = a.slice(0, eq).trim(), value = Number(a.slice(eq + 1));
        const k = kernel.inputs.indexOf(name);
        if (eq > 0 && k < 0 && kernel.conditions.some((c) => c.name === name)) throw new UsageError(`${option} ${a}: ${name} is a condition of '${kernel.field}', not an input: give --cond ${name}=${a.slice(eq + 1).trim() || 'VALUE'}`);
        if (eq <= 0 || k < 0 || a.slice(eq + 1).trim() === '' || !Number.isFinite(value)) throw new UsageError(`${option} ${a}: expected NAME=NUMBER for an input (${kernel.inputs.join(', ')})`);
        fixed[k] = value;
        sliced.add(k);
      }
    }
    // (after --slice, whose error says when it names a condition)
    const missing = kernel.conditions.filter((c) => !Object.hasOwn(cond, c.name));
    if (missing.length) {
      const s = missing.length > 1;
      const example = (c: { name: string; shape: number[] }) => `--cond ${c.name}=${c.shape.length === 0 ? 'VALUE' : conditionSize(c) <= 3 ? Array.from({ length: conditionSize(c) }, (_, k) => `V${k + 1}`).join(',') : `V1,...,V${conditionSize(c)}`}`;
      throw new UsageError(`condition${s ? 's' : ''} ${missing.map((c) => `'${c.name}'`).join(', ')} of field '${kernel.field}' ${s ? 'have' : 'has'} no value: a plot holds each condition fixed; give ${missing.map(example).join(' ')}`);
    }
    /** An axis: the input --x / --y names, else the first input neither sliced nor taken. */
    const axis = (spec: string | undefined, what: 'x' | 'y', taken: number): { index: number; range: [number, number] } => {
      const m = spec === undefined ? undefined : /^(?:([^=]+)=)?(.*)$/.exec(spec)!;
      const index = m?.[1] !== undefined ? kernel.inputs.indexOf(m[1]) : kernel.inputs.findIndex((_, k) => !sliced.has(k) && k !== taken);
      if (m?.[1] !== undefined && index < 0) throw new UsageError(`--${what} ${spec}: no input ${m[1]} (inputs: ${kernel.inputs.join(', ')})`);
      if (index < 0) throw new UsageError(`no input is left for the ${what} axis: --slice fixes ${[...sliced].map((k) => kernel.inputs[k]).join(', ')}`);
      if (sliced.has(index)) throw new UsageError(`--${what} ${spec}: ${kernel.inputs[index]} is also fixed by --slice`);
      return { index, range: m ? parseRange(m[2]!, `--${what}`) : ranges[what === 'x' ? 0 : 1] };
    };
    const x = axis(flags.x, 'x', -1), y = axis(flags.y, 'y', x.index);
    if (x.index === y.index) throw new UsageError('--x and --y name the same input');
    // with conditions, the slice evaluates the kernel at --cond's values (its title says them)
    const slicing: SliceKernel = kernel.conditions.length === 0 ? kernel
      : { field: kernel.field, dim: kernel.dim, inputs: kernel.inputs, kind: kernel.kind, evaluate: (points) => kernel.evaluate(points, { conditions: cond }) };
    let grid = await sliceGrid(slicing, { x, y, fixed, grid: n, arrows: m, negate: flags.negate });
    if (kernel.conditions.length) grid = { ...grid, title: `${grid.title}${kernel.dim > 2 ? ', ' : ' at '}${condText(cond)}` };
    if (paths) {
      // one RK4 step per call, so that each path is a polyline through the states after each
      // step; with --negate (a field without time), the flow of -f: f's run backwards in time
      const sign = flags.negate ? -1 : 1;
      const step = async (points: Float64Array, a: number, b: number) => (await kernel.flow(points, {
        t0: sign * a, t1: sign * b, method: 'rk4', steps: 1, ...(kernel.conditions.length > (timed ? 1 : 0) ? { conditions: flowCond } : {}),
      })).points;
      grid = { ...grid, trajectories: await trajectories(kernel.dim, { x, y, fixed }, paths, step) };
    }
    const { plotSvg, plotPng } = await import('../plot.js');
    writeOutput(flags.output, png ? plotPng(grid) : plotSvg(grid));
    if (grid.constant !== undefined) note(`div f = ${grid.constant} at every point of this grid: the plot is one colour`);
    else if (grid.zeroToRounding) note(`div f = 0 to rounding on this grid (|div f| <= ${grid.rounding.toExponential(1)}, the rounding level of f's derivatives here): the colours are scaled to that level, so the plot is white`);
    if (!grid.square) note(`the ranges' aspect ratio needs fewer than 2 cells across the shorter axis at --grid ${n}: drawn ${grid.nx} x ${grid.ny} cells, stretched`);
  } finally {
    kernel.dispose();
  }
  return 0;
}
