// Conditions as callers pass them ({ conditions: { t: 0.5 } } or one value per point), checked
// and packed with the points into the rows the kernel reads: each point's coordinates, then its
// conditions in declaration order (docs/ARTIFACT.md). Every problem is a DivcError naming the condition.
import { DivcError } from './errors.js';
import type { ConditionMeta } from './artifact.js';
import type { FloatArray } from './inputs.js';

/** A condition's value: one for every point (a number, or k numbers for a [k] condition), or one per point (n or n * k numbers, or n rows of k). */
export type ConditionValue = number | ArrayLike<number> | ArrayLike<ArrayLike<number>>;
export type Conditions = Record<string, ConditionValue>;

const shapeText = (c: ConditionMeta) => (c.shape.length === 0 ? 'a scalar' : `[${c.shape.join(', ')}]`);

/** The condition's numbers, `size` (once for the batch) or n * size (per point), checked; messages call it a `what`. */
function numbersOf(c: ConditionMeta, value: unknown, n: number, what = 'condition'): { data: ArrayLike<number>; perPoint: boolean } {
  const expect = c.size === 1 ? `one number, or ${n} (one per point)` : `${c.size} numbers, or ${n} * ${c.size} (one row per point)`;
  if (typeof value === 'number') {
    if (c.size !== 1) throw new DivcError(`${what} '${c.name}' has shape ${shapeText(c)}: expected ${expect}, got a single number`);
    return { data: [value], perPoint: false };
  }
  if (value === null || typeof value !== 'object' || typeof (value as ArrayLike<unknown>).length !== 'number') {
    throw new DivcError(`${what} '${c.name}' must be a number or an array of numbers, got ${value === null ? 'null' : typeof value}`);
  }
  let list = value as ArrayLike<unknown>;
  if (list.length > 0 && typeof list[0] === 'object' && list[0] !== null) {
    // rows, one per point, of the condition's size
    if (list.length !== n) throw new DivcError(`${what} '${c.name}': expected ${n} rows (one per point), got ${list.length}`);
    const flat = new Float64Array(n * c.size);
    for (let i = 0; i < n; i++) {
      const row = list[i] as ArrayLike<unknown>;
      if (row === null || typeof row !== 'object' || row.length !== c.size) throw new DivcError(`${what} '${c.name}'[${i}] should have ${c.size} numbers, got ${row === null || typeof row !== 'object' ? typeof row : row.length}`);
      for (let k = 0; k < c.size; k++) {
        // checked here: the Float64Array would turn a string into NaN silently
        if (typeof row[k] !== 'number') throw new DivcError(`${what} '${c.name}'[${i}][${k}] is not a number (${typeof row[k]})`);
        flat[i * c.size + k] = row[k] as number;
      }
    }
    list = flat;
  }
  const perPoint = list.length === n * c.size;
  if (!perPoint && list.length !== c.size) throw new DivcError(`${what} '${c.name}' has shape ${shapeText(c)}: expected ${expect}, got ${list.length}`);
  for (let i = 0; i < list.length; i++) {
    if (typeof list[i] !== 'number') throw new DivcError(`${what} '${c.name}'[${i}] is not a number (${typeof list[i]})`);
  }
  return { data: list as ArrayLike<number>, perPoint };
}

/** Every condition given, none unknown: DivcErrors naming them. */
function checkNames(conditions: readonly ConditionMeta[], given: Conditions | undefined, field: string): void {
  const names = conditions.map((c) => c.name);
  for (const name of Object.keys(given ?? {})) {
    if (!names.includes(name)) {
      throw new DivcError(names.length === 0
        ? `'${field}' takes no conditions, got condition '${name}'`
        : `'${field}' has no condition '${name}' (its conditions: ${names.join(', ')})`);
    }
  }
  const missing = names.filter((name) => given?.[name] === undefined);
  if (missing.length > 0) {
    throw new DivcError(`condition${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')} of '${field}' missing: pass { conditions: { ${missing.map((m) => `${m}: ...`).join(', ')} } }, one value for every point or one per point`);
  }
}

/**
 * The kernel's input rows for n points: the flat points (n * dim) where the field has no
 * conditions, else a new array of n rows of dim + the conditions' sizes.
 */
export function packRows(flat: FloatArray, dim: number, conditions: readonly ConditionMeta[], given: Conditions | undefined, field: string): FloatArray {
  checkNames(conditions, given, field);
  return conditions.length === 0 ? flat : appendColumns(flat, dim, conditions, given!);
}

/**
 * Rows of `flat` (n x `width` numbers) with more numbers per point after them: each column's
 * value given once for every point or once per point (the conditions; a vjp's cotangents, with
 * `what` naming them in errors), at the column's offset.
 */
export function appendColumns(flat: FloatArray, width: number, columns: readonly ConditionMeta[], given: Readonly<Record<string, unknown>>, what = 'condition'): FloatArray {
  return appendChecked(flat, width, columns, columnNumbers(columns, given, flat.length / width, what), 0);
}

/** Each column's numbers for n points, checked (DivcErrors call each a `what`): appendChecked's `numbers`. */
export function columnNumbers(columns: readonly ConditionMeta[], given: Readonly<Record<string, unknown>>, n: number, what = 'condition'): Record<string, { data: ArrayLike<number>; perPoint: boolean }> {
  return Object.fromEntries(columns.map((c) => [c.name, numbersOf(c, given[c.name], n, what)]));
}

/** appendColumns for the points first .. of a batch whose columns' numbers were checked once (columnNumbers). */
export function appendChecked(flat: FloatArray, width: number, columns: readonly ConditionMeta[], numbers: Readonly<Record<string, { data: ArrayLike<number>; perPoint: boolean }>>, first: number): FloatArray {
  const n = flat.length / width;
  const wide = width + columns.reduce((w, c) => w + c.size, 0);
  const rows = new (flat instanceof Float64Array ? Float64Array : Float32Array)(n * wide);
  for (let i = 0; i < n; i++) for (let k = 0; k < width; k++) rows[i * wide + k] = flat[i * width + k]!;
  for (const c of columns) {
    const { data, perPoint } = numbers[c.name]!;
    for (let i = 0; i < n; i++) {
      const from = perPoint ? (first + i) * c.size : 0;
      for (let k = 0; k < c.size; k++) rows[i * wide + c.offset + k] = data[from + k]!;
    }
  }
  return rows;
}

/**
 * Each condition of `conditions` (but those in `skip`) as n * size numbers, one row per point,
 * checked as packRows checks them: what k.flow holds fixed along each point's path.
 */
export function conditionRows(conditions: readonly ConditionMeta[], given: Conditions | undefined, n: number, field: string, skip: readonly string[]): Record<string, Float64Array> {
  const kept = conditions.filter((c) => !skip.includes(c.name));
  checkNames(kept, given, field);
  return Object.fromEntries(kept.map((c) => {
    const { data, perPoint } = numbersOf(c, given![c.name], n);
    const rows = new Float64Array(n * c.size);
    for (let i = 0; i < n; i++) for (let k = 0; k < c.size; k++) rows[i * c.size + k] = data[(perPoint ? i * c.size : 0) + k]!;
    return [c.name, rows];
  }));
}
