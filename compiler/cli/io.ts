// Reading points and params for `divc run`: CSV or JSON in, with errors that name the line.
import { accessSync, constants, createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extname } from 'node:path';
import { InputError } from './input-error.js';
import { readNpy } from './npy.js';
import { columnsText, hintText, type Columns } from './columns.js';

export { InputError };

/** A file's bytes, or an InputError that names it ("no such file" rather than ENOENT). */
export function readInput(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(`cannot read '${path}': ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

export const readText = (path: string): string => readInput(path).toString('utf8');

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${path}: not valid JSON: ${(e as Error).message}`);
  }
}

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '-infinity': -Infinity };

export function parseNumber(s: string): number | undefined {
  const v = Number(s); // the common case first: Number trims, and is correctly rounded
  if (!Number.isNaN(v)) return v === 0 && s.trim() === '' ? undefined : v;
  return SPECIAL[s.trim().toLowerCase()];
}

/**
 * What separates the cells of a CSV file: ',', ';' or a tab (spaces around them allowed), or
 * spaces (and tabs) alone; the first of ',', ';' and a tab on the file's first line that is not a
 * comment (header or data), spaces where it has none of them. One separator per file: a line with
 * another is an error, so that `0,5;1,5` (decimal commas) is not read as four numbers.
 */
interface Separator { char: ',' | ';' | '\t' | ' '; line: number }

export const SEPARATORS_HELP = "',', ';', a tab or spaces";

function separatorOf(trimmed: string, lineNo: number): Separator {
  return { char: (/[,;\t]/.exec(trimmed)?.[0] ?? ' ') as Separator['char'], line: lineNo };
}

const OTHERS: Record<Separator['char'], RegExp> = { ',': /;/, ';': /,/, '\t': /[,;]/, ' ': /[,;]/ };
const named = (c: Separator['char']) => (c === ' ' ? 'spaces' : c === '\t' ? 'tabs' : `'${c}'`);

function cellsOf(path: string, trimmed: string, lineNo: number, sep: Separator): string[] {
  const other = OTHERS[sep.char].exec(trimmed)?.[0];
  if (other !== undefined) {
    const where = lineNo === sep.line ? `and ${named(sep.char)} both separate cells on this line` : `separates cells here, but line ${sep.line} separates them with ${named(sep.char)}${sep.char === ' ' ? ' (or has one cell)' : ''}`;
    throw new InputError(`${path}:${lineNo}: '${other}' ${where}: one separator per file (${SEPARATORS_HELP})`);
  }
  return sep.char === ' ' ? trimmed.split(/\s+/) : trimmed.split(sep.char).map((c) => c.trim());
}

/**
 * Writes the numbers of one non-blank CSV line at `out[at]`; false: a header row, which is the
 * first data line with no number in it at all (`x,y,z`). Any other line is data or an error that
 * names its line: `1,2,` or `1,abc` first is bad input, not a header, and must not be dropped.
 */
function csvLine(path: string, trimmed: string, lineNo: number, dim: number, firstData: boolean, sep: Separator, out: Float64Array, at: number, columns?: Columns): boolean {
  const cells = cellsOf(path, trimmed, lineNo, sep);
  const values = cells.map(parseNumber);
  if (firstData && values.every((v) => v === undefined)) return false;
  for (let k = 0; k < cells.length; k++) {
    const v = values[k];
    if (v === undefined) throw new InputError(`${path}:${lineNo}: ${cells[k] === '' ? 'an empty cell' : `'${cells[k]}'`} is not a number${firstData ? ' (a header line has no numbers at all)' : ''}`);
    if (k < dim) out[at + k] = v;
  }
  if (cells.length !== dim) throw new InputError(columns ? `${path}:${lineNo}: expected ${columnsText(columns)}, got ${cells.length}${hintText(columns)}` : `${path}:${lineNo}: expected ${dim} numbers per point, got ${cells.length}`);
  return true;
}

/**
 * Points in slices of up to `slice` points: CSV streamed line by line (memory bounded by the
 * slice, whatever the file's size), JSON and .npy read whole and then sliced. `dim` numbers a
 * row; `columns`, where given, names them (columns.names.length === dim) for the errors.
 */
export async function* pointSlices(path: string, dim: number, slice: number, columns?: Columns): AsyncGenerator<Float64Array | Float32Array> {
  if (columns && columns.names.length !== dim) throw new Error(`internal: ${columns.names.length} column names for rows of ${dim}`);
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || ext === '.npy') {
    const all = ext === '.npy' ? readNpy(path, readInput(path), dim, columns) : pointsFromJson(path, parseJson(path, readText(path)), dim, columns);
    for (let start = 0; start < all.length; start += slice * dim) yield all.subarray(start, Math.min(all.length, start + slice * dim));
    return;
  }
  try {
    accessSync(path, constants.R_OK); // a clear error for a missing file before streaming starts
  } catch {
    readInput(path); // throws the InputError that names the problem
  }
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let buffer = new Float64Array(slice * dim), filled = 0, lineNo = 0, first = true;
  let sep: Separator | undefined;
  for await (const line of lines) {
    lineNo++;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    sep ??= separatorOf(trimmed, lineNo);
    // with tabs, a leading or trailing tab is an empty cell (as a trailing ',' is)
    const text = sep.char === '\t' ? line.replace(/^ +| +$/g, '') : trimmed;
    const isData = csvLine(path, text, lineNo, dim, first, sep, buffer, filled, columns);
    first = false;
    if (!isData) continue;
    filled += dim;
    if (filled === buffer.length) { yield buffer; buffer = new Float64Array(slice * dim); filled = 0; }
  }
  if (filled > 0) yield buffer.subarray(0, filled);
}

function pointsFromJson(path: string, data: unknown, dim: number, columns?: Columns): Float64Array {
  const list = Array.isArray(data) ? data : (data as { points?: unknown })?.points;
  if (!Array.isArray(list)) throw new InputError(`${path}: expected an array of points (or an object with "points")`);
  const out: number[] = [];
  list.forEach((p, i) => {
    const row = Array.isArray(p) ? p : [p];
    if (Array.isArray(p) && p.length !== dim) throw new InputError(`${path}: point ${i} has ${p.length} numbers, expected ${columns ? `${columnsText(columns)}${hintText(columns)}` : dim}`);
    for (const v of row) {
      if (typeof v !== 'number') throw new InputError(`${path}: point ${i} contains ${JSON.stringify(v)}, not a number`);
      out.push(v);
    }
  });
  if (out.length % dim !== 0) throw new InputError(columns ? `${path}: ${out.length} numbers is not a whole number of rows of ${columnsText(columns)}${hintText(columns)}` : `${path}: ${out.length} numbers is not a whole number of ${dim}-dimensional points`);
  return Float64Array.from(out);
}

/** --params P.json: { name: value } or an object with a "params" member (as in *.expect.json). */
export function readParamsFile(path: string): Record<string, unknown> {
  const data = parseJson(path, readText(path)) as Record<string, unknown>;
  const params = data && typeof data === 'object' && 'params' in data && typeof data.params === 'object' ? data.params : data;
  if (!params || typeof params !== 'object' || Array.isArray(params)) throw new InputError(`${path}: expected a JSON object mapping param names to values`);
  return params as Record<string, unknown>;
}

/** --param NAME=VALUE, VALUE a number or JSON array. */
export function parseParamAssignment(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new InputError(`--param expects NAME=VALUE, got '${text}'`);
  const name = text.slice(0, eq).trim(), raw = text.slice(eq + 1).trim();
  const num = parseNumber(raw);
  if (num !== undefined) return [name, num];
  try {
    return [name, JSON.parse(raw)];
  } catch {
    throw new InputError(`--param ${name}: '${raw}' is not a number or a JSON array`);
  }
}

/** Shortest text that reads back as the same number in the kernel's precision. */
export function formatNumber(v: number, precision: 'f64' | 'f32'): string {
  if (precision === 'f32' && Number.isFinite(v)) {
    for (let digits = 6; digits <= 9; digits++) {
      const s = v.toPrecision(digits);
      if (Math.fround(Number(s)) === v) return String(Number(s));
    }
  }
  return String(v);
}
