// The `divc` command line (CONTRACT.md). Exit status: 0 success, 1 diagnostics or bad input
// data, 2 usage errors. User errors print messages, never stack traces.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync, readFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { VERSION } from '../version.js';
import { describeThrown } from '../internal-error.js';
import { InputError, SEPARATORS_HELP, formatNumber, pointSlices, readInput } from './io.js';
import { paramValues } from './params.js';
import { isNpy, npyHeader } from './npy.js';
import { OutputFile, writeOutput } from './output.js';
import { sliceGrid } from '../plot/slice.js';

class UsageError extends Error {}

/** Options given on the command line (not defaults): those that must apply to what they are given with. */
type Given = ReadonlySet<string>;
const givenOptions = (command: Command): Given => new Set(Object.keys(command.opts()).filter((key) => command.getOptionValueSource(key) === 'cli'));

/**
 * A .div source's text; a compiled artifact (wasm's magic bytes) is a usage error, not a page of
 * syntax errors about its bytes.
 */
function readSource(file: string, command?: string): string {
  const bytes = readInput(file);
  if (bytes.subarray(0, 4).equals(Buffer.from([0, 0x61, 0x73, 0x6d]))) {
    throw new UsageError(`${file} is a compiled artifact (.wasm), not a .div source: ${command ? `${command} takes the source (divc run and divc plot take artifacts)` : 'name it .wasm'}`);
  }
  return bytes.toString('utf8');
}

/**
 * --field NAME must name a field (or potential) the source declares: a usage error naming the
 * option otherwise. A source with syntax errors is left to the compiler, which reports them.
 */
async function checkFieldOption(file: string, source: string, field: string | undefined): Promise<void> {
  if (field === undefined) return;
  const { parse } = await import('../../grammar/index.js');
  const parsed = parse(source);
  if (parsed.errors.length || !parsed.program) return;
  const names = parsed.program.decls.filter((d) => d.kind === 'field').map((d) => d.name);
  if (!names.includes(field)) throw new UsageError(`--field ${field}: no field named '${field}' in ${file} (${names.length ? `fields: ${names.join(', ')}` : 'it declares none'})`);
}

/**
 * -o NAME.js is an ES module; Node loads a .js file as one only where the nearest package.json
 * (looked up from the file's directory) says "type": "module": elsewhere it would fail on the
 * module's `import`, so divc refuses and advises .mjs (always ESM) or .cjs.
 */
function checkModuleType(output: string): void {
  const mjs = output.replace(/\.js$/i, '.mjs'), cjs = output.replace(/\.js$/i, '.cjs');
  const advice = (pkg: string | undefined) => `write -o ${mjs} (always an ES module), -o ${cjs} (CommonJS: exports a Promise of the kernel), or ${pkg ? `add "type": "module" to ${pkg}` : 'create a package.json with "type": "module"'}`;
  for (let dir = dirname(resolve(output)); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      let type: unknown;
      try {
        type = (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: unknown })?.type;
      } catch {
        throw new UsageError(`-o ${output}: ${pkg} is not valid JSON, so Node cannot tell whether ${basename(output)} is an ES module: ${advice(pkg)}`);
      }
      if (type === 'module') return;
      throw new UsageError(`-o ${output}: the nearest package.json, ${pkg}, ${type === undefined ? 'has no "type"' : `has "type": ${JSON.stringify(type)}`}, so Node loads ${basename(output)} as CommonJS and the ES module divc writes fails ("Cannot use import statement outside a module"): ${advice(pkg)}`);
    }
    if (dirname(dir) === dir || basename(dir) === 'node_modules') {
      throw new UsageError(`-o ${output}: no package.json above ${dirname(resolve(output))}, so Node loads ${basename(output)} as CommonJS and the ES module divc writes fails ("Cannot use import statement outside a module"): ${advice(undefined)}`);
    }
  }
}

/** A remark on stderr that is not an error (tensors of a params file that match no param). */
const note = (line: string) => process.stderr.write(`divc: note: ${line}\n`);

function report(diagnostics: Diagnostic[], source: string): number {
  for (const d of diagnostics) process.stderr.write(formatDiagnostic(d, source) + '\n');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) process.stderr.write(`${errors} error${errors === 1 ? '' : 's'}\n`);
  return errors > 0 ? 1 : 0;
}

interface CompileFlags { output?: string; field?: string; precision: 'f64' | 'f32'; emit?: string; opt: boolean; lowering: 'auto' | 'scalar' | 'tensor' }

async function compileCommand(file: string, flags: CompileFlags, given: Given): Promise<number> {
  if (!flags.output && !flags.emit) throw new UsageError('nothing to do: give -o OUT.wasm, -o OUT.wgsl, -o OUT.js or --emit ir|wat|wgsl|stats');
  const ext = flags.output ? extname(flags.output).toLowerCase() : undefined;
  if (ext !== undefined && ext !== '.wasm' && ext !== '.wgsl' && ext !== '.js' && ext !== '.mjs' && ext !== '.cjs') throw new UsageError(`unknown output kind '${ext || flags.output}': -o takes a .wasm, .wgsl or .js file (.mjs, .cjs)`);
  // the WGSL shader computes in f32 whatever --precision says: f64 cannot apply to it alone
  if (given.has('precision') && flags.precision === 'f64' && (ext === '.wgsl' || (ext === undefined && flags.emit === 'wgsl'))) {
    throw new UsageError(`--precision f64: the WGSL shader (${ext === '.wgsl' ? `-o ${flags.output}` : '--emit wgsl'}) computes in f32 only; --precision applies to .wasm and .js outputs`);
  }
  if (ext === '.js') checkModuleType(flags.output!);
  const source = readSource(file, 'divc FILE.div -o OUT');
  await checkFieldOption(file, source, flags.field);
  const options = { filename: file, precision: flags.precision, optimize: flags.opt, lowering: flags.lowering, ...(flags.field ? { field: flags.field } : {}) };
  // The IR and stats need no wasm backend: keep binaryen out of those runs.
  if (!flags.output && (flags.emit === 'ir' || flags.emit === 'stats')) {
    const { analyze } = await import('../analyze.js');
    const { printProgram } = await import('../ir/printer.js');
    const { perPoint } = await import('../passes/hoist.js');
    const a = analyze(source, { ...options, savings: flags.emit === 'stats' });
    if (report(a.diagnostics, source) || (!a.programs && !a.tensor)) return 1;
    if (flags.emit === 'stats') process.stdout.write(JSON.stringify(a.stats, null, 2) + '\n');
    else if (a.tensor) {
      const { printTensorProgram } = await import('../tensor/printer.js');
      process.stdout.write(printTensorProgram(a.tensor.evaluate));
    } else if (a.programs) {
      // per-batch work (hoisted into the prologue) is marked
      const p = a.programs.evaluate;
      const varying = perPoint(p);
      process.stdout.write(printProgram(p, (id) => (!varying[id] && p.graph.node(id).args.length > 0 ? 'per batch' : '')));
    }
    return 0;
  }
  const { compile } = await import('../compile.js');
  const out = compile(source, { ...options, text: flags.emit === 'wat' || flags.emit === 'ir' });
  if (report(out.diagnostics, source) || !out.wasm) return 1;
  if ((ext === '.wgsl' || flags.emit === 'wgsl') && out.wgsl === undefined) {
    process.stderr.write(`${file}: field '${out.metadata!.field}' is lowered with loops over weights (${out.stats?.lowering?.reason ?? 'tensor level'}), which has no WGSL shader yet: compile to .wasm (wasm SIMD), or give --lowering scalar for a WGSL shader of the unrolled field\n`);
    return 1;
  }
  if (flags.output && (ext === '.js' || ext === '.mjs' || ext === '.cjs')) {
    // an ES module exporting the ready kernel, the artifact inlined: `import k from './field.js'`;
    // .cjs: CommonJS exporting a Promise of it
    const { kernelModule } = await import('../plugin/kernel-module.js');
    writeOutput(flags.output, kernelModule(out.wasm, { runtime: 'divc/runtime', comment: `${file}, compiled by divc ${VERSION}`, format: ext === '.cjs' ? 'cjs' : 'esm' }));
  } else if (flags.output) writeOutput(flags.output, ext === '.wgsl' ? out.wgsl! : out.wasm);
  if (flags.emit === 'wgsl') process.stdout.write(out.wgsl!);
  if (flags.emit === 'ir') process.stdout.write(out.ir!);
  if (flags.emit === 'wat') process.stdout.write(out.wat!);
  if (flags.emit === 'stats') process.stdout.write(JSON.stringify(out.stats, null, 2) + '\n');
  return 0;
}

/** Checks one field (--field) or every field of the file: a file may define several. */
async function checkCommand(file: string, flags: { field?: string }): Promise<number> {
  const source = readSource(file, 'divc check');
  await checkFieldOption(file, source, flags.field);
  const { analyze } = await import('../analyze.js');
  const { parse } = await import('../../grammar/index.js');
  const declared = parse(source).program?.decls.filter((d) => d.kind === 'field').map((d) => d.name) ?? [];
  const fields: (string | undefined)[] = flags.field !== undefined ? [flags.field] : declared.length > 1 ? declared : [undefined];
  // each field's analysis repeats the file-level diagnostics: print each one once
  const seen = new Set<string>(), diagnostics: Diagnostic[] = [], ok: string[] = [];
  for (const field of fields) {
    const a = analyze(source, { filename: file, ...(field !== undefined ? { field } : {}) });
    for (const d of a.diagnostics) {
      const key = formatDiagnostic(d, source);
      if (!seen.has(key)) { seen.add(key); diagnostics.push(d); }
    }
    const checked = a.programs?.evaluate ?? a.tensor?.evaluate;
    if (checked && !a.diagnostics.some((d) => d.severity === 'error')) ok.push(`field ${checked.field}, dim ${checked.dim}`);
  }
  const status = report(diagnostics, source);
  if (status === 0) for (const line of ok) process.stderr.write(`${file}: ok (${line})\n`);
  return status;
}

interface RunFlags { points: string; param: string[]; params?: string; paramMap: string[]; values: boolean; diagonal: boolean; header: boolean; backend: 'auto' | 'wasm' | 'webgpu'; threads: number | 'auto'; field?: string; precision: 'f64' | 'f32'; output?: string; progress?: boolean }

type KernelFlags = Pick<RunFlags, 'param' | 'params' | 'paramMap' | 'backend' | 'threads' | 'field' | 'precision'>;

/**
 * The values, checked for params with neither a default nor a value: the runtime's own error
 * would advise calling setParams, which a command-line user cannot do.
 */
function withEveryParam<T extends Record<string, unknown>>(values: T, declared: readonly { name: string; default?: unknown }[]): T {
  const missing = declared.filter((p) => p.default === undefined && !Object.hasOwn(values, p.name)).map((p) => p.name);
  if (missing.length) {
    const s = missing.length > 1;
    throw new InputError(`param${s ? 's' : ''} ${missing.map((n) => `'${n}'`).join(', ')} ${s ? 'have' : 'has'} no value: give --param ${missing[0]}=VALUE${s ? ' for each' : ''}, or --params FILE`);
  }
  return values;
}

/**
 * A ready kernel from a .wasm artifact or a .div source, params set; undefined: diagnostics
 * printed. An artifact's field and precision were fixed when it was compiled: --field and
 * --precision given with one must say what it holds (a usage error otherwise, not ignored).
 */
async function kernelFor(artifact: string, flags: KernelFlags, given: Given) {
  let bytes: Uint8Array;
  const fromSource = extname(artifact).toLowerCase() === '.div';
  if (fromSource) {
    const source = readSource(artifact);
    await checkFieldOption(artifact, source, flags.field);
    const { compile } = await import('../compile.js');
    const out = compile(source, { filename: artifact, precision: flags.precision, ...(flags.field ? { field: flags.field } : {}) });
    if (report(out.diagnostics, source) || !out.wasm) return undefined;
    bytes = out.wasm;
  } else {
    bytes = new Uint8Array(readInput(artifact));
  }
  const { load } = await import('../../runtime/index.js');
  const kernel = await load(bytes, { backend: flags.backend, threads: flags.threads });
  try {
    if (!fromSource && flags.field !== undefined && flags.field !== kernel.field) {
      throw new UsageError(`--field ${flags.field}: ${artifact} holds field '${kernel.field}' only (an artifact holds the one field it was compiled for: divc FILE.div --field ${flags.field} -o OUT.wasm)`);
    }
    if (!fromSource && given.has('precision') && flags.precision !== kernel.precision) {
      throw new UsageError(`--precision ${flags.precision}: ${artifact} is an ${kernel.precision} artifact (its precision is fixed when it is compiled: divc FILE.div --precision ${flags.precision} -o OUT.wasm, or run the .div source)`);
    }
    const values = paramValues(flags, kernel.params, note);
    kernel.setParams(values as never); // first: a misspelt name is the error to see
    withEveryParam(values, kernel.params);
  } catch (e) {
    kernel.dispose();
    throw e;
  }
  return kernel;
}

interface PlotFlags extends KernelFlags { x?: string; y?: string; range?: string; slice: string[]; at: string[]; grid: string; output: string; arrows: string; negate: boolean }

/** Plot's LO:HI ranges: a usage error naming the option. */
function parseRange(text: string, option: string): [number, number] {
  const m = /^(-?[\d.eE+-]+):(-?[\d.eE+-]+)$/.exec(text);
  const lo = Number(m?.[1]), hi = Number(m?.[2]);
  if (!m || !Number.isFinite(lo) || !Number.isFinite(hi) || lo >= hi) throw new UsageError(`${option} ${text}: expected LO:HI with LO < HI`);
  return [lo, hi];
}

async function plotCommand(artifact: string, flags: PlotFlags, given: Given): Promise<number> {
  // the options that need no kernel first: a mistake there costs no compile
  const png = flags.output.toLowerCase().endsWith('.png');
  if (!png && !flags.output.toLowerCase().endsWith('.svg')) throw new UsageError(`-o ${flags.output}: plot writes .svg or .png`);
  const n = Number(flags.grid);
  if (!Number.isInteger(n) || n < 2 || n > 1000) throw new UsageError(`--grid ${flags.grid}: expected an integer from 2 to 1000`);
  const m = Number(flags.arrows);
  if (!Number.isInteger(m) || m < 0 || m > 100) throw new UsageError(`--arrows ${flags.arrows}: expected an integer from 0 to 100`);
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
    const fixed = new Array<number>(kernel.dim).fill(0);
    const sliced = new Set<number>();
    for (const [option, list] of [['--slice', flags.slice], ['--at', flags.at]] as const) {
      for (const a of list) {
        const eq = a.indexOf('=');
        const name = a.slice(0, eq).trim(), value = Number(a.slice(eq + 1));
        const k = kernel.inputs.indexOf(name);
        if (eq <= 0 || k < 0 || a.slice(eq + 1).trim() === '' || !Number.isFinite(value)) throw new UsageError(`${option} ${a}: expected NAME=NUMBER for an input (${kernel.inputs.join(', ')})`);
        fixed[k] = value;
        sliced.add(k);
      }
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
    const grid = await sliceGrid(kernel, { x, y, fixed, grid: n, arrows: m, negate: flags.negate });
    const { plotSvg, plotPng } = await import('./plot.js');
    writeOutput(flags.output, png ? plotPng(grid) : plotSvg(grid));
    if (grid.constant !== undefined) note(`div f = ${grid.constant} at every point of this grid: the plot is one colour`);
    else if (grid.zeroToRounding) note(`div f = 0 to rounding on this grid (|div f| <= ${grid.rounding.toExponential(1)}, the rounding level of f's derivatives here): the colours are scaled to that level, so the plot is white`);
    if (!grid.square) note(`the ranges' aspect ratio needs fewer than 2 cells across the shorter axis at --grid ${n}: drawn ${grid.nx} x ${grid.ny} cells, stretched`);
  } finally {
    kernel.dispose();
  }
  return 0;
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

async function runCommand(artifact: string, flags: RunFlags, given: Given): Promise<number> {
  // like compile's -o: the extension says the format, and an unknown one is refused
  if (flags.output !== undefined && !isNpy(flags.output) && extname(flags.output).toLowerCase() !== '.csv') {
    throw new UsageError(`unknown output kind '${extname(flags.output) || flags.output}': run -o takes a .npy or .csv file (or no -o: CSV on stdout)`);
  }
  if (flags.header && flags.output !== undefined && isNpy(flags.output)) throw new UsageError(`--header: a .npy array has no column names (-o ${flags.output}); --header is for CSV output`);
  const kernel = await kernelFor(artifact, flags, given);
  if (!kernel) return 1;
  // Output: CSV lines to stdout, or to a .csv or .npy file written as it goes into a temporary
  // file beside it, renamed over it once every point is done (a failed run leaves no file)
  const out = flags.output !== undefined ? new OutputFile(flags.output) : undefined;
  try {
    await runPoints(kernel, flags, out);
    out?.commit();
  } catch (e) {
    out?.abort();
    throw e;
  } finally {
    kernel.dispose();
  }
  return 0;
}

type LoadedKernel = NonNullable<Awaited<ReturnType<typeof kernelFor>>>;

async function runPoints(kernel: LoadedKernel, flags: RunFlags, out: OutputFile | undefined): Promise<void> {
  const dim = kernel.dim, f32 = kernel.precision === 'f32';
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
  const emit = async (part: Float64Array | Float32Array) => {
    const r = flags.values ? await kernel.evaluate(part) : { divergence: await kernel.divergence(part), values: undefined, potential: undefined };
    const diag = flags.diagonal ? await kernel.diagonal(part) : undefined;
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
  for await (const part of pointSlices(flags.points, dim, slice)) await emit(part);
  if (progress) process.stderr.write('\n');
  if (header) write(header); // no points at all: the header alone
  if (npyOut) out.write(npyHeader(width === 1 ? [done] : [done, width], f32, 128), 0);
}

interface BenchFlags { n: string; param: string[]; params?: string; paramMap: string[]; field?: string; json: boolean }

async function benchCommand(file: string, flags: BenchFlags): Promise<number> {
  const n = Number(flags.n);
  if (!Number.isInteger(n) || n < 1 || n > 1e8) throw new UsageError(`--n ${flags.n}: expected an integer from 1 to 100000000`);
  const source = readSource(file, 'divc bench');
  await checkFieldOption(file, source, flags.field);
  // the field's params are known once it is compiled: bench asks for their values then
  const params = (declared: { name: string; shape: number[]; default?: number[] }[]) => withEveryParam(paramValues(flags, declared, note), declared);
  const { bench, formatBench } = await import('./bench.js');
  // progress on stderr (stdout keeps the table or the JSON): the run takes seconds per backend
  const progress = (line: string) => process.stderr.write(`divc bench: ${line}\n`);
  const r = await bench(source, file, { n, params, seconds: 0.3, progress, ...(flags.field ? { field: flags.field } : {}) });
  if ('diagnostics' in r) return report(r.diagnostics, source) || 1;
  process.stdout.write(flags.json ? JSON.stringify({ field: r.field, kind: r.kind, dim: r.dim, n, rows: r.rows }, null, 2) + '\n' : formatBench(r, n));
  return 0;
}

function threadCount(value: string): number | 'auto' {
  if (value === 'auto') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError("expected 'auto' or an integer from 1 to 256");
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const program = new Command()
    .name('divc')
    .description('Compile vector fields to kernels computing f and div f in one fused pass')
    .version(VERSION)
    .enablePositionalOptions() // `divc run ... -o out.npy`: options after a subcommand are its own
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .argument('[file]', 'the .div source')
    .option('-o, --output <file>', 'write the artifact (.wasm), the WGSL shader (.wgsl) or an ES module exporting the ready kernel (.js; .mjs, or .cjs: CommonJS exporting a Promise of it)')
    .option('--field <name>', 'which field to compile (default: the only one)')
    .addOption(new Option('--precision <p>', 'f64 or f32 (.wasm and .js; WGSL is always f32)').choices(['f64', 'f32']).default('f64'))
    .addOption(new Option('--emit <form>', 'print an intermediate form to stdout').choices(['ir', 'wat', 'wgsl', 'stats']))
    .option('--no-opt', 'disable algebraic simplification (plain forward-mode baseline)')
    .addOption(new Option('--lowering <how>', 'scalar (unrolled), tensor (loops over weights) or auto (by size)').choices(['auto', 'scalar', 'tensor']).default('auto'))
    .action(async (file: string | undefined, flags: CompileFlags, command: Command) => {
      if (!file) { program.outputHelp(); status = 2; return; }
      status = await compileCommand(file, flags, givenOptions(command));
    });
  program.command('check')
    .description('report diagnostics only')
    .argument('<file>', 'the .div source')
    .option('--field <name>', 'check only this field (default: every field of the file)')
    .exitOverride()
    .action(async (file: string, flags: { field?: string }) => { status = await checkCommand(file, flags); });
  /** What run and plot share: an artifact or source to load, its params, backend and precision. */
  const kernelCommand = (name: string) => program.command(name)
    .argument('<artifact>', 'a .wasm artifact or a .div source')
    .option('--param <name=value>', 'set a param (repeatable; value a number or JSON array)', collect, [])
    .option('--params <file>', 'params: a JSON object, or tensors matched to params by name from a .safetensors (PyTorch state_dict), .npz or .npy file')
    .option('--param-map <tensor=param>', 'use the --params file\'s tensor TENSOR as param PARAM (repeatable), e.g. net.0.weight=W1', collect, [])
    .addOption(new Option('--backend <b>', 'backend').choices(['auto', 'wasm', 'webgpu']).default('auto'))
    .option('--field <name>', 'with a .div source: which field (with a .wasm artifact: only the field it holds)')
    .addOption(new Option('--precision <p>', 'with a .div source: f64 or f32 (with a .wasm artifact: only its own, fixed when it was compiled)').choices(['f64', 'f32']).default('f64'))
    .option('--threads <n>', "threads for large batches: a number, or 'auto' (all cores where the kernel gains from them)", threadCount, 'auto')
    .exitOverride();
  kernelCommand('run')
    .description('evaluate a kernel at points: one line per point, the divergence (after f with --values)')
    .requiredOption('--points <file>', `points: CSV (one per line, streamed; cells separated by ${SEPARATORS_HELP}, one separator per file; a first line without numbers is a header), JSON, or .npy (float64/float32, shape (n, d))`)
    .option('--values', 'also print the values of f (of a potential: U, then grad U), before the divergence', false)
    .option('--diagonal', 'also print the Jacobian diagonal d f_i / d x_i (of a potential: d2U/dx_i2), after the divergence', false)
    .option('--header', 'CSV output: a first line of column names (f_x ..., div_f, d_x ...; a potential: U, grad_x ..., laplacian, d2_x ...)', false)
    .option('-o, --output <file>', 'write the results to a file, .csv or .npy (NumPy): columns f (d), div f (1), diagonal (d); shape (n,), (n, d + 1) with --values or --diagonal, (n, 2d + 1) with both; a potential adds U first with --values: (n, d + 2), (n, 2d + 2) with both')
    .option('--progress', 'show progress on stderr (default: when stderr is a terminal)')
    .action(async (artifact: string, flags: RunFlags, command: Command) => { status = await runCommand(artifact, flags, givenOptions(command)); });

  program.command('bench')
    .description('points/s of the kernel on each backend this machine has, and versus f alone')
    .argument('<file>', 'the .div source')
    .option('--n <points>', 'points per call', '100000')
    .option('--param <name=value>', 'set a param (repeatable; value a number or JSON array)', collect, [])
    .option('--params <file>', 'params: a JSON object, or tensors matched to params by name from a .safetensors (PyTorch state_dict), .npz or .npy file')
    .option('--param-map <tensor=param>', 'use the --params file\'s tensor TENSOR as param PARAM (repeatable), e.g. net.0.weight=W1', collect, [])
    .option('--field <name>', 'which field')
    .option('--json', 'print the results as JSON', false)
    .exitOverride()
    .action(async (file: string, flags: BenchFlags) => { status = await benchCommand(file, flags); });

  kernelCommand('plot')
    .description('div f over a 2-D grid as an SVG or PNG heatmap with arrows of f (a slice of fields with more inputs: --slice)')
    .requiredOption('-o, --output <file>', 'the image to write: .svg or .png')
    .option('--arrows <n>', 'arrows of f per axis (0: none)', '12')
    .option('--negate', 'arrows of -f (for a potential: the force -grad U) instead of f', false)
    .option('--range <x0:x1,y0:y1>', 'the ranges of the two axes (default -2:2,-2:2)')
    .option('--slice <name=value>', 'fix an input (repeatable; inputs not fixed are 0); the axes are the first two inputs not fixed', collect, [])
    .option('--x <range>', 'horizontal axis: LO:HI, or NAME=LO:HI to choose its input')
    .option('--y <range>', 'vertical axis: LO:HI, or NAME=LO:HI to choose its input')
    .option('--at <name=value>', 'the same as --slice', collect, [])
    .option('--grid <n>', 'cells per axis', '100')
    .action(async (artifact: string, flags: PlotFlags, command: Command) => { status = await plotCommand(artifact, flags, givenOptions(command)); });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`divc: error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof InputError || (e as Error)?.name === 'DivcError') {
      process.stderr.write(`divc: error: ${(e as Error).message}\n`);
      return 1;
    }
    // exit 3: a bug in divc, not in the input (docs/CLI.md); a non-Error says what it was
    process.stderr.write(`divc: internal compiler error: ${describeThrown(e)}\nThis is a bug in divc; please report it with the input that caused it.\n`);
    return 3;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
