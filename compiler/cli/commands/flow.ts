// divc flow ARTIFACT|FILE.div --points P --t0 T0 --t1 T1: each point carried along the flow
// dx/dt = f(x; t) from T0 to T1 (the runtime's k.flow: RK4 with --steps equal steps, or
// Dormand-Prince with --rtol / --atol and a step size per point), one row per point: its end
// (d columns), the integral of div f along its path, with --base normal log p(x) = log N(end; 0, I)
// + the integral (k.logDensity), with --steps-column the steps it took. The time goes to the
// field's condition `t` (which --cond and the points file may not give); other conditions come
// from --cond or from the points file's columns after the state, as for `divc run`.
import { writeSync } from 'node:fs';
import { extname } from 'node:path';
import { parseNumber, pointSlices } from '../io.js';
import { isNpy, npyHeader } from '../npy.js';
import { OutputFile, withKernelOutput } from '../output.js';
import { kernelFor, type KernelFlags, type LoadedKernel } from '../kernel.js';
import { parseCondFlags, rowLayout, splitRows, type CondValues, type ConditionInfo } from '../conditions.js';
import { UsageError } from '../usage-error.js';
import type { Given } from '../options.js';
import type { FlowOptions } from '../../../runtime/flow.js';
import type { Conditions } from '../../../runtime/conditions.js';
import { logNormal } from '../../../runtime/flow.js';

export interface FlowFlags extends KernelFlags {
  points: string;
  /** The times, as typed (checked here: a usage error names the option). */
  t0?: string; t1?: string;
  method?: string; steps?: string; rtol?: string; atol?: string;
  /** 'normal': a column of log p(x) = log N(end; 0, I) + the integral. */
  base?: string;
  header: boolean;
  /** A last column: the steps each point took (Dormand-Prince: accepted ones). */
  stepsColumn: boolean;
  output?: string;
  cond?: string[];
}

/** A field's time: its scalar condition named `t`, which the flow sets (runtime/kernel.ts flow). */
export const isTimed = (conditions: readonly ConditionInfo[]) => conditions.some((c) => c.name === 't' && c.shape.length === 0);

/** A finite number from an option's text, else a usage error naming the option. */
function finite(option: string, text: string): number {
  const v = parseNumber(text);
  if (v === undefined || !Number.isFinite(v)) throw new UsageError(`${option} ${text}: expected a finite number`);
  return v;
}

/**
 * The flow's options from the command line, every mistake a usage error: --t0 and --t1 both
 * required, --steps only with RK4, --rtol and --atol only with Dormand-Prince. The method is
 * --method's, else RK4 where --steps is given, else Dormand-Prince (the runtime's defaults: 100
 * steps; rtol 1e-6, atol 1e-9).
 */
export function flowOptions(flags: Pick<FlowFlags, 't0' | 't1' | 'method' | 'steps' | 'rtol' | 'atol'>): FlowOptions & { method: 'rk4' | 'dopri5' } {
  if (flags.t0 === undefined || flags.t1 === undefined) {
    const missing = [flags.t0 === undefined ? '--t0' : '', flags.t1 === undefined ? '--t1' : ''].filter(Boolean);
    throw new UsageError(`${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required: the flow runs from the points' time --t0 to --t1 (e.g. --t0 0 --t1 1)`);
  }
  const t0 = finite('--t0', flags.t0), t1 = finite('--t1', flags.t1);
  if (flags.method !== undefined && flags.method !== 'rk4' && flags.method !== 'dopri5') throw new UsageError(`--method ${flags.method}: expected rk4 or dopri5`);
  const tolerance = flags.rtol !== undefined ? '--rtol' : flags.atol !== undefined ? '--atol' : undefined;
  if (flags.method === undefined && flags.steps !== undefined && tolerance) {
    throw new UsageError(`--steps with ${tolerance}: --steps N is RK4's (equal steps), --rtol / --atol Dormand-Prince's (a step size per point); give one of them, or --method`);
  }
  const method = (flags.method ?? (flags.steps !== undefined ? 'rk4' : 'dopri5')) as 'rk4' | 'dopri5';
  if (method === 'dopri5' && flags.steps !== undefined) throw new UsageError(`--steps ${flags.steps} with --method dopri5: Dormand-Prince chooses each point's steps (--rtol, --atol); --steps is for --method rk4`);
  if (method === 'rk4' && tolerance) throw new UsageError(`${tolerance} with --method rk4: RK4 takes --steps N equal steps; --rtol and --atol are for --method dopri5`);
  const options: FlowOptions & { method: 'rk4' | 'dopri5' } = { t0, t1, method };
  if (flags.steps !== undefined) {
    const steps = parseNumber(flags.steps);
    if (steps === undefined || !Number.isInteger(steps) || steps < 1 || steps > 1e7) throw new UsageError(`--steps ${flags.steps}: expected an integer from 1 to 10000000`);
    options.steps = steps;
  }
  if (flags.rtol !== undefined) {
    const rtol = finite('--rtol', flags.rtol);
    if (!(rtol > 0)) throw new UsageError(`--rtol ${flags.rtol}: expected a number > 0`);
    options.rtol = rtol;
  }
  if (flags.atol !== undefined) {
    const atol = finite('--atol', flags.atol);
    if (!(atol >= 0)) throw new UsageError(`--atol ${flags.atol}: expected a number >= 0`);
    options.atol = atol;
  }
  return options;
}

/** The names of flow's output columns (--header): end_x ..., integral, [logp], [steps]. */
export function flowColumnNames(inputs: readonly string[], base: boolean, steps: boolean): string[] {
  return [...inputs.map((x) => `end_${x}`), 'integral', ...(base ? ['logp'] : []), ...(steps ? ['steps'] : [])];
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export async function flowCommand(artifact: string, flags: FlowFlags, given: Given): Promise<number> {
  // the options that need no kernel first: a mistake there costs no compile
  if (flags.output !== undefined && !isNpy(flags.output) && extname(flags.output).toLowerCase() !== '.csv') {
    throw new UsageError(`unknown output kind '${extname(flags.output) || flags.output}': flow -o takes a .npy or .csv file (or no -o: CSV on stdout)`);
  }
  if (flags.header && flags.output !== undefined && isNpy(flags.output)) throw new UsageError(`--header: a .npy array has no column names (-o ${flags.output}); --header is for CSV output`);
  if (flags.base !== undefined && flags.base !== 'normal') throw new UsageError(`--base ${flags.base}: the base density divc knows is 'normal' (the standard normal N(0, I))`);
  const options = flowOptions(flags);
  const kernel = await kernelFor(artifact, flags, given);
  if (!kernel) return 1;
  const summary = await withKernelOutput(kernel, flags.output, async (open) => {
    const timed = isTimed(kernel.conditions);
    const tGiven = (flags.cond ?? []).find((c) => c.slice(0, c.indexOf('=')).trim() === 't');
    if (timed && tGiven !== undefined) throw new UsageError(`--cond ${tGiven}: '${kernel.field}' takes the time as its condition t, which the flow sets (from --t0 to --t1): do not give it`);
    // the conditions the flow does not set: from --cond, else columns of the points file
    const fixed = timed ? kernel.conditions.filter((c) => c.name !== 't') : kernel.conditions;
    const cond = parseCondFlags(flags.cond ?? [], kernel.conditions, kernel.field);
    return flowPoints(kernel, flags, options, fixed, cond, open());
  });
  process.stderr.write(`divc flow: ${summary}\n`);
  return 0;
}

/** Flows the points file's points slice by slice, writing rows as it goes: the summary line for stderr. */
async function flowPoints(kernel: LoadedKernel, flags: FlowFlags, options: FlowOptions & { method: 'rk4' | 'dopri5' }, fixed: readonly ConditionInfo[], cond: CondValues, out: OutputFile | undefined): Promise<string> {
  const dim = kernel.dim, base = flags.base === 'normal';
  const layout = rowLayout(kernel.inputs, fixed, cond);
  const width = dim + 1 + (base ? 1 : 0) + (flags.stepsColumn ? 1 : 0);
  const npyOut = out !== undefined && isNpy(out.target);
  const write = (data: string | Uint8Array) => (out ? out.write(data) : writeSync(1, data as string)); // stdout: CSV text
  if (npyOut) out.write(Buffer.alloc(128)); // header space, filled in once n is known
  let header = flags.header ? flowColumnNames(kernel.inputs, base, flags.stepsColumn).map(csvCell).join(',') + '\n' : '';
  let done = 0, least = Infinity, most = 0, total = 0, lost = 0;
  // slices of 65,536 points, as in `divc run`: each point's flow is its own (per-point step sizes),
  // so the slices give the same numbers as one call with every point
  for await (const rows of pointSlices(flags.points, layout.width, 1 << 16, layout.columns)) {
    let part: Float64Array | Float32Array = rows, conditions: Conditions = cond;
    if (layout.read.length > 0) {
      const split = splitRows(rows, dim, layout.width, layout.read);
      part = split.points;
      conditions = { ...cond, ...split.conditions };
    }
    const r = await kernel.flow(part, { ...options, ...(fixed.length > 0 ? { conditions } : {}) });
    const m = r.integral.length;
    const logp = base ? logNormal(r.points, dim) : undefined;
    if (logp) for (let i = 0; i < m; i++) logp[i]! += r.integral[i]!;
    const table = new Float64Array(m * width);
    for (let i = 0; i < m; i++) {
      let c = i * width;
      for (let k = 0; k < dim; k++) table[c++] = r.points[i * dim + k]!;
      table[c++] = r.integral[i]!;
      if (logp) table[c++] = logp[i]!;
      if (flags.stepsColumn) table[c++] = r.steps[i]!;
      least = Math.min(least, r.steps[i]!); most = Math.max(most, r.steps[i]!); total += r.steps[i]!;
      if (!Number.isFinite(r.integral[i]!)) lost++;
    }
    if (npyOut) {
      write(new Uint8Array(table.buffer));
    } else if (m > 0) {
      const lines: string[] = [];
      for (let i = 0; i < m; i++) lines.push(Array.from(table.subarray(i * width, (i + 1) * width), String).join(','));
      write(header + lines.join('\n') + '\n');
      header = '';
    }
    done += m;
  }
  if (header) write(header); // no points at all: the header alone
  if (npyOut) out.write(npyHeader([done, width], false, 128), 0);
  const num = (v: number) => (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6) ? v.toExponential() : String(v)); // 1e-6, not 0.000001
  const how = options.method === 'rk4' ? `RK4, ${options.steps ?? 100} steps` : `Dormand-Prince (rtol ${num(options.rtol ?? 1e-6)}, atol ${num(options.atol ?? 1e-9)})`;
  const steps = done === 0 ? '' : options.method === 'rk4' ? '' : `, steps per point ${least} to ${most} (mean ${(total / done).toFixed(1)})`;
  return `${done.toLocaleString('en')} point${done === 1 ? '' : 's'} from t = ${options.t0} to ${options.t1}, ${how}${steps}${lost ? `; ${lost} ended non-finite (blew up, or gave up after too many steps)` : ''}`;
}
