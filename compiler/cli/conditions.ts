// A field's conditions on the command line (LANGUAGE.md "Conditions", CONTRACT.md): --cond
// NAME=VALUE gives one value for every point (a number, or k numbers for a [k] condition:
// comma-separated or a JSON array); `divc run` reads the others as columns of the points file,
// after the state: x_1..x_d, then each condition not given by --cond, in declaration order (a [k]
// condition takes k columns).
import { parseNumber } from './io.js';
import type { Columns } from './columns.js';
import { UsageError } from './usage-error.js';

/** What the CLI needs of a condition (Kernel.conditions, or an artifact's metadata). */
export interface ConditionInfo { readonly name: string; readonly shape: readonly number[] }

/** --cond's values by name: a number for a scalar condition, k numbers for a [k] one. */
export type CondValues = Record<string, number | number[]>;

export const conditionSize = (c: ConditionInfo) => c.shape.reduce((a, b) => a * b, 1);

/** The conditions as a user reads them: `t, c: [2]`. */
export const conditionList = (conditions: readonly ConditionInfo[]) => conditions.map((c) => (c.shape.length ? `${c.name}: [${c.shape.join(', ')}]` : c.name)).join(', ');

/** The numbers of one --cond value: a number, numbers separated by commas, or a JSON array of numbers. */
function numbersOf(raw: string): number[] | undefined {
  const text = raw.trim();
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'number') ? parsed as number[] : undefined;
  }
  const cells = text.split(',').map(parseNumber);
  return cells.every((v) => v !== undefined) ? cells as number[] : undefined;
}

/**
 * Every --cond NAME=VALUE, checked against the field's conditions: a usage error names the option
 * and lists the field's conditions (a name it does not have, a field without conditions), or says
 * what the value should be (a malformed value, a [k] condition given another count of numbers, a
 * condition given twice).
 */
export function parseCondFlags(list: readonly string[], conditions: readonly ConditionInfo[], field: string): CondValues {
  const values: CondValues = {};
  for (const text of list) {
    const eq = text.indexOf('=');
    const name = text.slice(0, eq).trim(), raw = text.slice(eq + 1);
    if (eq <= 0 || name === '') throw new UsageError(`--cond ${text}: expected NAME=VALUE (${conditions.length ? `conditions of '${field}': ${conditionList(conditions)}` : `field '${field}' takes no conditions`})`);
    const c = conditions.find((d) => d.name === name);
    if (!c) throw new UsageError(`--cond ${text}: ${conditions.length === 0 ? `field '${field}' takes no conditions` : `field '${field}' has no condition '${name}' (its conditions: ${conditionList(conditions)})`}`);
    if (Object.hasOwn(values, name)) throw new UsageError(`--cond ${text}: condition '${name}' is given twice`);
    const size = conditionSize(c);
    const want = c.shape.length === 0 ? 'a number' : `${size} numbers, comma-separated or a JSON array (${name} has shape [${c.shape.join(', ')}])`;
    const numbers = numbersOf(raw);
    if (numbers === undefined) throw new UsageError(`--cond ${text}: '${raw}' is not ${want}`);
    if (numbers.length !== size) throw new UsageError(`--cond ${text}: expected ${want}, got ${numbers.length} numbers`);
    values[name] = c.shape.length === 0 ? numbers[0]! : numbers;
  }
  return values;
}

/** One condition read from the points file's columns: `offset` its first column in a row. */
export interface ConditionColumn { name: string; size: number; offset: number }

/**
 * The layout of a points file's rows for `divc run`: the inputs, then each condition not given by
 * --cond, in declaration order. `columns` names them (x[0], x[1], t, c[0], c[1]) for the
 * readers' errors; undefined where the rows are the state alone (no condition read from them),
 * so that the readers' messages stay the plain ones.
 */
export function rowLayout(inputs: readonly string[], conditions: readonly ConditionInfo[], given: CondValues): { width: number; read: ConditionColumn[]; columns?: Columns } {
  const read: ConditionColumn[] = [];
  let width = inputs.length;
  const names = [...inputs];
  for (const c of conditions) {
    if (Object.hasOwn(given, c.name)) continue;
    const size = conditionSize(c);
    read.push({ name: c.name, size, offset: width });
    names.push(...(c.shape.length === 0 ? [c.name] : Array.from({ length: size }, (_, k) => `${c.name}[${k}]`)));
    width += size;
  }
  if (read.length === 0) return { width, read };
  const hint = `conditions not given with --cond are columns after the state (${read.map((c) => c.name).join(', ')}); --cond ${read[0]!.name}=VALUE gives one value for every point`;
  return { width, read, columns: { names, hint } };
}

/**
 * Rows of `width` numbers split into the points (n * dim) and each read condition's values (n *
 * size, one row per point), in the rows' type.
 */
export function splitRows<T extends Float64Array | Float32Array>(rows: T, dim: number, width: number, read: readonly ConditionColumn[]): { points: T; conditions: Record<string, T> } {
  const make = (length: number) => (rows instanceof Float32Array ? new Float32Array(length) : new Float64Array(length)) as T;
  const n = rows.length / width;
  const points = make(n * dim);
  for (let i = 0; i < n; i++) for (let k = 0; k < dim; k++) points[i * dim + k] = rows[i * width + k]!;
  const conditions: Record<string, T> = {};
  for (const c of read) {
    const values = make(n * c.size);
    for (let i = 0; i < n; i++) for (let k = 0; k < c.size; k++) values[i * c.size + k] = rows[i * width + c.offset + k]!;
    conditions[c.name] = values;
  }
  return { points, conditions };
}

/** The conditions as the text of a title or a report line: `t = 0.5, c = [1, 2]`. */
export const condText = (values: CondValues) => Object.entries(values).map(([name, v]) => `${name} = ${Array.isArray(v) ? `[${v.join(', ')}]` : v}`).join(', ');
