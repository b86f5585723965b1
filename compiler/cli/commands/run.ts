// divc run ARTIFACT|FILE.div --points PTS: div f (with --values f, with --diagonal the
// Jacobian's diagonal) at each point, as CSV on stdout or into a .csv or .npy file. A field's
// conditions come from --cond NAME=VALUE (one value for every point), else from the points file's
// columns after the state (compiler/cli/conditions.ts).
import { writeSync } from 'node:fs';
import { extname } from 'node:path';
import { formatNumber, pointSlices } from '../io.js';
import { isNpy, npyHeader } from '../npy.js';
import { OutputFile, withKernelOutput } from '../output.js';
import { note } from '../report.js';
import { kernelFor, type KernelFlags, type LoadedKernel } from '../kernel.js';
import { parseCondFlags, rowLayout, splitRows, type CondValues } from '../conditions.js';
import { UsageError } from '../usage-error.js';
import type { Given } from '../options.js';
import type { CallOptions } from '../../../runtime/index.js';

export interface RunFlags extends KernelFlags {
  points: string; values: boolean; diagonal: boolean; header: boolean; output?: string; progress?: boolean;
  /** --cond NAME=VALUE, repeatable: a condition's value for every point. */
  cond?: string[];
}

/**
 * The names of run's output columns (--header): a field's f_x ..., div_f, d_x ... (d f_x / d x),
 * a potential's U, grad_x ..., laplacian, d2_x ... (d^2 U / d x^2), from the kernel's inputs
 * (x[0], x[1], ... for a vector input).
 */
export function columnNames(kernel: { kind: 'field' | 'potential'; inputs: readonly string[] }, values: boolean, diagonal: boolean): string[] {
  const potential = kernel.kind === 'potential';
  return [
    ...(values ? [...(potential ? ['U'] : []), ...kernel.inputs.map((x) => `${potential ? 'grad' : 'f'}_${x}`)] : []),
    potential ? 'laplacian' : 'div_f',
    ...(diagonal ? kernel.inputs.map((x) => `${potential ? 'd2' : 'd'}_${x}`) : []),
  ];
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export async function runCommand(artifact: string, flags: RunFlags, given: Given): Promise<number> {
  // like compile's -o: the extension says the format, and an unknown one is refused
  if (flags.output !== undefined && !isNpy(flags.output) && extname(flags.output).toLowerCase() !== '.csv') {
    throw new UsageError(`unknown output kind '${extname(flags.output) || flags.output}': run -o takes a .npy or .csv file (or no -o: CSV on stdout)`);
  }
  if (flags.header && flags.output !== undefined && isNpy(flags.output)) throw new UsageError(`--header: a .npy array has no column names (-o ${flags.output}); --header is for CSV output`);
  const kernel = await kernelFor(artifact, flags, given);
  if (!kernel) return 1;
  await withKernelOutput(kernel, flags.output, async (open) => {
    // the field's conditions are known once it is loaded: --cond is checked then, before any output
    const cond = parseCondFlags(flags.cond ?? [], kernel.conditions, kernel.field);
    // Output: CSV lines to stdout, or to a .csv or .npy file written as it goes into a temporary
    // file beside it, renamed over it once every point is done (a failed run leaves no file)
    await runPoints(kernel, flags, cond, open());
  });
  return 0;
}

async function runPoints(kernel: LoadedKernel, flags: RunFlags, cond: CondValues, out: OutputFile | undefined): Promise<void> {
  const dim = kernel.dim, f32 = kernel.precision === 'f32';
  // rows of the points file: the state, then the conditions --cond does not give
  const layout = rowLayout(kernel.inputs, kernel.conditions, cond);
  let toldFloat32 = false;
  // columns: f (with --values), div f, then d f_i / d x_i (with --diagonal)
  // (a potential's U first, with --values)
  const withU = flags.values && kernel.kind === 'potential';
  const before = flags.values ? dim + (withU ? 1 : 0) : 0, after = flags.diagonal ? dim : 0;
  const width = before + 1 + after;
  const fmt = (v: number) => formatNumber(v, kernel.precision);
  const npyOut = out !== undefined && isNpy(out.target);
  const write = (data: string | Uint8Array) => (out ? out.write(data) : writeSync(1, data as string)); // stdout: CSV text
  if (npyOut) out.write(Buffer.alloc(128)); // header space, filled in once n is known
  // --header: written with the first results, so that an error on the first line prints nothing
  let header = flags.header ? columnNames(kernel, flags.values, flags.diagonal).map(csvCell).join(',') + '\n' : '';
  let done = 0;
  const progress = flags.progress ?? (process.stderr.isTTY === true);
  const began = performance.now();
  const emit = async (rows: Float64Array | Float32Array) => {
    let part = rows, options: CallOptions | undefined;
    if (kernel.conditions.length > 0) {
      const split = splitRows(rows, dim, layout.width, layout.read);
      part = split.points;
      options = { conditions: { ...cond, ...split.conditions } };
    }
    const r = flags.values ? await kernel.evaluate(part, options) : { divergence: await kernel.divergence(part, options), values: undefined, potential: undefined };
    const diag = flags.diagonal ? await kernel.diagonal(part, options) : undefined;
    const m = r.divergence.length;
    if (!f32 && r.divergence instanceof Float32Array && !toldFloat32) {
      // WebGPU computes in f32 whatever the artifact: the output keeps the artifact's type
      toldFloat32 = true;
      note(`this f64 artifact ran on WebGPU, which computes in float32: results have float32 precision${npyOut ? ' (written as float64)' : ''}; --backend wasm for float64`);
    }
    if (npyOut) {
      const rows = f32 ? new Float32Array(m * width) : new Float64Array(m * width);
      for (let i = 0; i < m; i++) {
        for (let c = 0; c < before; c++) rows[i * width + c] = withU ? (c === 0 ? r.potential![i]! : r.values![i * dim + c - 1]!) : r.values![i * dim + c]!;
        rows[i * width + before] = r.divergence[i]!;
        for (let c = 0; c < after; c++) rows[i * width + before + 1 + c] = diag![i * dim + c]!;
      }
      write(new Uint8Array(rows.buffer));
    } else {
      const lines: string[] = [];
      for (let i = 0; i < m; i++) {
        const row: string[] = [];
        for (let c = 0; c < before; c++) row.push(fmt(withU ? (c === 0 ? r.potential![i]! : r.values![i * dim + c - 1]!) : r.values![i * dim + c]!));
        row.push(fmt(r.divergence[i]!));
        for (let c = 0; c < after; c++) row.push(fmt(diag![i * dim + c]!));
        lines.push(row.join(','));
      }
      if (lines.length) { write(header + lines.join('\n') + '\n'); header = ''; }
    }
    done += m;
    if (progress) process.stderr.write(`\rdivc run: ${done.toLocaleString('en')} points, ${((performance.now() - began) / 1000).toFixed(1)} s`);
  };
  // Points stream in slices of 65,536: output starts early and memory stays bounded (CSV is read
  // line by line; JSON and .npy are read whole).
  const slice = 1 << 16;
  for await (const part of pointSlices(flags.points, layout.width, slice, layout.columns)) await emit(part);
  if (progress) process.stderr.write('\n');
  if (header) write(header); // no points at all: the header alone
  if (npyOut) out.write(npyHeader(width === 1 ? [done] : [done, width], f32, 128), 0);
}
