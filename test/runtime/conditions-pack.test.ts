// runtime/conditions.ts alone (no kernel): how conditions are checked and packed after each
// point's coordinates, every refusal with its message. Written against the Stryker survivors of
// test/compiler/conditions.test.ts (docs/TESTING.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { conditionRows, packRows } from '../../runtime/conditions.js';
import { DivcError } from '../../runtime/index.js';
import type { ConditionMeta } from '../../runtime/artifact.js';

// a 2-D state, then t (a scalar) and c: [3]
const T: ConditionMeta = { name: 't', shape: [], offset: 2, size: 1 };
const C: ConditionMeta = { name: 'c', shape: [3], offset: 3, size: 3 };
const points = new Float64Array([1, 2, 3, 4]); // two points
const pack = (given: Record<string, unknown> | undefined, conditions = [T, C]) => packRows(points, 2, conditions, given as never, 'f');
const refused = (given: Record<string, unknown> | undefined, message: string, conditions = [T, C]) => {
  expect(() => pack(given, conditions)).toThrow(DivcError);
  try { pack(given, conditions); } catch (e) { expect((e as Error).message).toBe(message); }
};

describe('packRows', () => {
  it('the rows: coordinates, then t, then c; once for the batch or per point, flat or as rows', () => {
    const want = [1, 2, 0.5, 7, 8, 9, 3, 4, 0.5, 7, 8, 9];
    expect(Array.from(pack({ t: 0.5, c: [7, 8, 9] }))).toEqual(want);
    expect(Array.from(pack({ t: [0.5, 0.5], c: new Float64Array([7, 8, 9, 7, 8, 9]) }))).toEqual(want);
    expect(Array.from(pack({ t: new Float32Array([0.5, 0.25]), c: [[7, 8, 9], [1, 2, 3]] }))).toEqual([1, 2, 0.5, 7, 8, 9, 3, 4, 0.25, 1, 2, 3]);
    // f32 points stay f32 rows
    expect(packRows(new Float32Array([1, 2]), 2, [T], { t: 3 }, 'f')).toBeInstanceOf(Float32Array);
    // no conditions: the points themselves
    expect(packRows(points, 2, [], undefined, 'f')).toBe(points);
    expect(packRows(points, 2, [], {}, 'f')).toBe(points);
  });

  it('names: unknown (with or without conditions), missing (one or several)', () => {
    refused({ t: 1, c: [1, 2, 3], s: 2 }, "'f' has no condition 's' (its conditions: t, c)");
    refused(undefined, "conditions 't', 'c' of 'f' missing: pass { conditions: { t: ..., c: ... } }, one value for every point or one per point");
    refused({ c: [1, 2, 3] }, "condition 't' of 'f' missing: pass { conditions: { t: ... } }, one value for every point or one per point");
    expect(() => packRows(points, 2, [], { t: 1 } as never, 'g')).toThrow("'g' takes no conditions, got condition 't'");
  });

  it('values: each refusal names the condition, its shape and what was expected', () => {
    refused({ t: 1, c: 2 }, "condition 'c' has shape [3]: expected 3 numbers, or 2 * 3 (one row per point), got a single number");
    refused({ t: [1, 2, 3], c: [1, 2, 3] }, "condition 't' has shape a scalar: expected one number, or 2 (one per point), got 3");
    refused({ t: 1, c: [1, 2] }, "condition 'c' has shape [3]: expected 3 numbers, or 2 * 3 (one row per point), got 2");
    refused({ t: null, c: [1, 2, 3] }, "condition 't' must be a number or an array of numbers, got null");
    refused({ t: 'soon', c: [1, 2, 3] }, "condition 't' must be a number or an array of numbers, got string");
    refused({ t: { length: 'two' }, c: [1, 2, 3] }, "condition 't' must be a number or an array of numbers, got object");
    refused({ t: 1, c: [[1, 2, 3]] }, "condition 'c': expected 2 rows (one per point), got 1");
    refused({ t: 1, c: [[1, 2, 3], [1, 2]] }, "condition 'c'[1] should have 3 numbers, got 2");
    refused({ t: 1, c: [[1, 2, 3], 5] }, "condition 'c'[1] should have 3 numbers, got number");
    refused({ t: 1, c: [[1, 2, 3], null] }, "condition 'c'[1] should have 3 numbers, got object");
    // a string in a row: refused, not read as NaN
    refused({ t: 1, c: [[1, 2, 3], [1, 2, 'x']] }, "condition 'c'[1][2] is not a number (string)");
    // a first element null is not a row: the list is read as numbers
    refused({ t: [null, 1], c: [1, 2, 3] }, "condition 't'[0] is not a number (object)");
    refused({ t: [1, undefined], c: [1, 2, 3] }, "condition 't'[1] is not a number (undefined)");
  });

  it('a row longer than the condition is refused, not cut', () => {
    refused({ t: 1, c: [[1, 2, 3, 4], [1, 2, 3, 4]] }, "condition 'c'[0] should have 3 numbers, got 4");
  });
});

describe('conditionRows (what k.flow holds fixed)', () => {
  it('each condition as n rows, once or per point; the skipped one (the time) neither needed nor allowed to be checked', () => {
    const rows = conditionRows([T, C], { c: [7, 8, 9] }, 2, 'f', ['t']);
    expect(Object.keys(rows)).toEqual(['c']);
    expect(Array.from(rows.c!)).toEqual([7, 8, 9, 7, 8, 9]);
    const each = conditionRows([T, C], { t: [0.1, 0.2], c: [[1, 2, 3], [4, 5, 6]] }, 2, 'f', []);
    expect(Array.from(each.t!)).toEqual([0.1, 0.2]);
    expect(Array.from(each.c!)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => conditionRows([T, C], {}, 2, 'f', ['t'])).toThrow("condition 'c' of 'f' missing");
    expect(() => conditionRows([T, C], { c: [1, 2, 3], s: 1 }, 2, 'f', ['t'])).toThrow("'f' has no condition 's' (its conditions: c)");
  });
});
