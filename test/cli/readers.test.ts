// The CLI's readers in-process (compiler/cli/io.ts, npy.ts): the CSV, JSON and .npy points
// readers, the params readers and the number formatter, each error naming the file and line.
// The CLI tests run the built binary (dist/); these import the sources, so that mutation testing
// (npm run mutate) sees them.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, formatNumber, parseParamAssignment, pointSlices, readInput, readParamsFile, readText } from '../../compiler/cli/io.js';
import { isNpy, npyHeader, readNpy } from '../../compiler/cli/npy.js';

const dir = mkdtempSync(join(tmpdir(), 'divc-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let serial = 0;
const file = (ext: string, content: string | Uint8Array) => {
  const path = join(dir, `f${serial++}${ext}`);
  writeFileSync(path, content);
  return path;
};

/** Every point of a file, as arrays, and the sizes of the slices it came in. */
async function read(path: string, dim: number, slice = 1024): Promise<{ points: number[][]; slices: number[] }> {
  const points: number[][] = [], slices: number[] = [];
  for await (const part of pointSlices(path, dim, slice)) {
    slices.push(part.length / dim);
    for (let i = 0; i < part.length; i += dim) points.push(Array.from(part.subarray(i, i + dim)));
  }
  return { points, slices };
}

/** The InputError a read throws: its message. */
async function failure(path: string, dim: number): Promise<string> {
  try {
    await read(path, dim);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('CSV points', () => {
  it('each accepted separator, spaces around it, comments and blank lines skipped', async () => {
    for (const text of ['1,2,3\n4,5,6\n', '1;2;3\n4;5;6\n', '1\t2\t3\n4\t5\t6\n', '1 2 3\n4   5\t6\n', ' 1 , 2 ,3\n# a comment\n\n4,5 , 6 \n']) {
      expect((await read(file('.csv', text), 3)).points).toEqual([[1, 2, 3], [4, 5, 6]]);
    }
  });

  it('a first line with no number at all is a header; special values read as numbers', async () => {
    expect((await read(file('.csv', 'x,y\n1,2\n'), 2)).points).toEqual([[1, 2]]);
    expect((await read(file('.csv', '# c\n\nx;y\n1;2\n'), 2)).points).toEqual([[1, 2]]);
    const specials = (await read(file('.csv', 'nan,inf\n-inf,+inf\nInfinity,-Infinity\n1e3,-0\n'), 2)).points;
    expect(specials[0]![0]).toBeNaN();
    expect(specials.slice(1)).toEqual([[-Infinity, Infinity], [Infinity, -Infinity], [1000, -0]]);
    expect(Object.is(specials[3]![1], -0)).toBe(true);
    // spellings Number() does not read: the table of special values, any case
    const table = (await read(file('.csv', 'NaN;INF\n-INFINITY;+Inf\n'), 2)).points;
    expect(table[0]![0]).toBeNaN();
    expect(table.slice(1)).toEqual([[-Infinity, Infinity]]);
  });

  it('a first line that fails in any cell is an error naming line 1, never a dropped header', async () => {
    for (const [text, what] of [['abc,2,3', "'abc'"], ['1,abc,3', "'abc'"], ['1,2,abc', "'abc'"], [',2,3', 'an empty cell'], ['1,,3', 'an empty cell'], ['1,2,', 'an empty cell']] as const) {
      const m = await failure(file('.csv', `${text}\n4,5,6\n`), 3);
      expect(m).toMatch(/f\d+\.csv:1: /);
      expect(m).toContain(`${what} is not a number (a header line has no numbers at all)`);
    }
    // a cell of spaces is empty too, whatever the separator
    expect(await failure(file('.csv', '1, ,3\n'), 3)).toMatch(/:1: an empty cell is not a number/);
  });

  it('later lines: the line is named, without the header hint', async () => {
    expect(await failure(file('.csv', '1,2\n3,x\n'), 2)).toMatch(/:2: 'x' is not a number$/);
    expect(await failure(file('.csv', 'x,y\n1,2\n\n3\n'), 2)).toMatch(/:4: expected 2 numbers per point, got 1$/);
    expect(await failure(file('.csv', '1,2\n3,4,5\n'), 2)).toMatch(/:2: expected 2 numbers per point, got 3$/);
    expect(await failure(file('.csv', '1\t2\n\t3\n'), 2)).toMatch(/:2: an empty cell is not a number$/);
  });

  it('one separator per file: another on a later line, or two on one line, is an error naming both', async () => {
    expect(await failure(file('.csv', '1,2\n3;4\n'), 2)).toMatch(/:2: ';' separates cells here, but line 1 separates them with ','/);
    expect(await failure(file('.csv', '1 2\n3,4\n'), 2)).toMatch(/:2: ',' separates cells here, but line 1 separates them with spaces \(or has one cell\)/);
    expect(await failure(file('.csv', '0,5;1,5\n'), 2)).toMatch(/:1: ';' and ',' both separate cells on this line: one separator per file/);
    expect(await failure(file('.csv', '1\t2\n3,4\n'), 2)).toMatch(/:2: ',' separates cells here, but line 1 separates them with tabs/);
    expect(await failure(file('.csv', '1\t2\n3,4\n'), 2)).not.toContain('(or has one cell)');
    expect(await failure(file('.csv', '1;2\n3,4\n'), 2)).toMatch(/:2: ',' separates cells here, but line 1 separates them with ';': one separator per file \(',', ';', a tab or spaces\)$/);
  });

  it('streams in slices of the asked size, the last one shorter', async () => {
    const lines = Array.from({ length: 7 }, (_, i) => `${i},${-i}`).join('\n');
    const r = await read(file('.csv', lines), 2, 3);
    expect(r.slices).toEqual([3, 3, 1]);
    expect(r.points.map((p) => p[0])).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect((await read(file('.csv', '1,2\n3,4\n'), 2, 2)).slices).toEqual([2]);
  });

  it('indented comments, lines of blanks, and blanks around tab-separated lines are not data', async () => {
    expect((await read(file('.csv', '  # indented comment\n   \n\t\n1,2\n'), 2)).points).toEqual([[1, 2]]);
    expect((await read(file('.csv', '1 2\t\n 3 4\n'), 2)).points).toEqual([[1, 2], [3, 4]]);
    // spaces around a tab-separated line go; its tabs stay cells' borders
    expect((await read(file('.csv', '  1\t2  \n3\t4\n'), 2)).points).toEqual([[1, 2], [3, 4]]);
  });

  it('a missing file: an InputError that says so', async () => {
    expect(await failure(join(dir, 'nope.csv'), 2)).toBe(`cannot read '${join(dir, 'nope.csv')}': no such file`);
  });
});

describe('JSON points', () => {
  it('an array of points, an object with points, or a flat array of a 1-D field', async () => {
    expect((await read(file('.json', '[[1,2],[3,4]]'), 2)).points).toEqual([[1, 2], [3, 4]]);
    expect((await read(file('.json', '{"points": [[1,2]]}'), 2)).points).toEqual([[1, 2]]);
    expect((await read(file('.json', '[1, 2, 3]'), 1)).points).toEqual([[1], [2], [3]]);
    expect((await read(file('.json', '[[1,2],[3,4],[5,6]]'), 2, 2)).slices).toEqual([2, 1]);
    expect((await read(file('.json', '[[1,2],[3,4],[5,6],[7,8]]'), 2, 2)).slices).toEqual([2, 2]); // no empty slice after
  });

  it('errors name what is wrong', async () => {
    expect(await failure(file('.json', '[[1,2'), 2)).toMatch(/f\d+\.json: not valid JSON: /);
    expect(await failure(file('.json', '{"x": 1}'), 2)).toMatch(/: expected an array of points \(or an object with "points"\)$/);
    expect(await failure(file('.json', 'null'), 2)).toMatch(/: expected an array of points/);
    expect(await failure(file('.json', '[[1,2],[3]]'), 2)).toMatch(/: point 1 has 1 numbers, expected 2$/);
    expect(await failure(file('.json', '[[1,"a"]]'), 2)).toMatch(/: point 0 contains "a", not a number$/);
    expect(await failure(file('.json', '[1, 2, 3]'), 2)).toMatch(/: 3 numbers is not a whole number of 2-dimensional points$/);
  });
});

/** A .npy file: header (version 1 or 2) and data. */
function npy(descr: string, shape: number[], data: Uint8Array, { version = 1, fortran = false } = {}): Uint8Array {
  const dict = `{'descr': '${descr}', 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }\n`;
  const head = Buffer.alloc(version === 1 ? 10 : 12);
  head.write('\x93NUMPY', 0, 'latin1');
  head[6] = version;
  if (version === 1) head.writeUInt16LE(dict.length, 8); else head.writeUInt32LE(dict.length, 8);
  return Buffer.concat([head, Buffer.from(dict, 'latin1'), data]);
}

describe('.npy points', () => {
  const f64 = new Uint8Array(new Float64Array([1, 2, 3, 4, 5, 6]).buffer), f32 = new Uint8Array(new Float32Array([1.5, 2, 3, 4]).buffer);

  it('float64 and float32, (n, d) or flat, header versions 1 and 2; float32 stays float32', async () => {
    expect((await read(file('.npy', npy('<f8', [3, 2], f64)), 2)).points).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect((await read(file('.npy', npy('<f8', [6], f64, { version: 2 })), 3)).points).toEqual([[1, 2, 3], [4, 5, 6]]);
    const path = file('.npy', npy('<f4', [2, 2], f32));
    const parts: (Float64Array | Float32Array)[] = [];
    for await (const p of pointSlices(path, 2, 10)) parts.push(p);
    expect(parts[0]).toBeInstanceOf(Float32Array);
    expect(Array.from(parts[0]!)).toEqual([1.5, 2, 3, 4]);
    // a Fortran-order 1-D array is the same data
    expect(Array.from(readNpy('v.npy', Buffer.from(npy('<f8', [6], f64, { fortran: true })), 2))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads any numeric dtype divc/runtime/params reads: integers, float16, big-endian, Fortran order', () => {
    const i8 = new Uint8Array(new BigInt64Array([1n, 2n, 3n, 4n, 5n, 6n]).buffer);
    expect(Array.from(readNpy('p.npy', Buffer.from(npy('<i8', [3, 2], i8)), 2))).toEqual([1, 2, 3, 4, 5, 6]);
    const big = Buffer.alloc(48);
    [1, 2, 3, 4, 5, 6].forEach((v, i) => big.writeDoubleBE(v, 8 * i));
    expect(Array.from(readNpy('p.npy', Buffer.from(npy('>f8', [3, 2], big)), 2))).toEqual([1, 2, 3, 4, 5, 6]);
    // column-major (3, 2): the columns stored one after the other
    expect(Array.from(readNpy('p.npy', Buffer.from(npy('<f8', [3, 2], new Uint8Array(new Float64Array([1, 3, 5, 2, 4, 6]).buffer), { fortran: true })), 2))).toEqual([1, 2, 3, 4, 5, 6]);
    const half = new Uint8Array(new Uint16Array([0x3c00, 0x4000]).buffer); // 1, 2 as float16
    const h = readNpy('p.npy', Buffer.from(npy('<f2', [1, 2], half)), 2);
    expect(h).toBeInstanceOf(Float32Array);
    expect(Array.from(h)).toEqual([1, 2]);
  });

  it('refuses what it cannot read, as divc/runtime/params says it, as bad input (InputError)', () => {
    const bad = (bytes: Uint8Array, dim: number) => { try { readNpy('p.npy', Buffer.from(bytes), dim); } catch (e) { expect(e).toBeInstanceOf(InputError); return (e as Error).message; } return ''; };
    expect(bad(new Uint8Array(20), 2)).toBe('p.npy: not a .npy array (no \\x93NUMPY magic)');
    expect(bad(Buffer.concat([Buffer.from('\x93NUMPY', 'latin1'), Buffer.from([1, 0])]), 2)).toBe('p.npy: truncated .npy header');
    expect(bad(Buffer.concat([Buffer.from('\x93NUMPY', 'latin1'), Buffer.from([2, 0, 0, 0, 0])]), 2)).toBe('p.npy: truncated .npy header');
    expect(bad(npy('|O8', [3, 2], f64), 2)).toContain("dtype '|O8' is not supported: an object array");
    expect(bad(npy('<f8', [4, 2], f64), 2)).toBe('p.npy: truncated: shape [4, 2] needs 64 bytes of data, the file holds 48');
    // the points' own rule: (n, dim) or flat
    expect(bad(npy('<f8', [2, 3], f64), 2)).toBe('p.npy: shape (2, 3) does not hold 2-dimensional points: expected (n, 2)');
    expect(bad(npy('<f8', [5], f64.subarray(0, 40)), 2)).toBe('p.npy: shape (5) does not hold 2-dimensional points: expected (n, 2)');
    expect(bad(npy('<f8', [1, 2, 3], f64), 2)).toBe('p.npy: shape (1, 2, 3) does not hold 2-dimensional points: expected (n, 2)');
    expect(bad(npy('<f8', [], f64.subarray(0, 8)), 2)).toBe('p.npy: shape () does not hold 2-dimensional points: expected (n, 2)');
  });

  it('reads headers written without spaces, and version 2 headers longer than 65,535 bytes', () => {
    const raw = (dict: string, version: 1 | 2) => {
      const h = Buffer.alloc(version === 1 ? 10 : 12); h.write('\x93NUMPY', 0, 'latin1'); h[6] = version;
      if (version === 1) h.writeUInt16LE(dict.length, 8); else h.writeUInt32LE(dict.length, 8);
      return Buffer.concat([h, Buffer.from(dict, 'latin1'), f64]);
    };
    expect(Array.from(readNpy('t.npy', raw("{'descr':'<f8','fortran_order':False,'shape':(3,2)}\n", 1), 2))).toEqual([1, 2, 3, 4, 5, 6]);
    const long = "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 2), }" + ' '.repeat(70000) + '\n';
    expect(Array.from(readNpy('t.npy', raw(long, 2), 2))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('npyHeader: what readNpy reads back, at the reserved length, 64-byte aligned by default', () => {
    for (const [shape, f32flag] of [[[3, 2], false], [[6], true]] as const) {
      const h = npyHeader([...shape], f32flag);
      expect(h.length % 64).toBe(0);
      const data = f32flag ? new Uint8Array(new Float32Array([1, 2, 3, 4, 5, 6]).buffer) : f64;
      expect(Array.from(readNpy('h.npy', Buffer.concat([h, data]), 2))).toEqual([1, 2, 3, 4, 5, 6]);
      expect(h.toString('latin1')).toContain(`'descr': '${f32flag ? '<f4' : '<f8'}'`);
      expect(h[h.length - 1]).toBe(0x0a);
    }
    const reserved = npyHeader([100000, 7], false, 128);
    expect(reserved.length).toBe(128);
    expect(reserved.readUInt16LE(8)).toBe(118);
    expect(() => npyHeader([1, 2], false, 32)).toThrow(/needs \d+ bytes, 32 reserved/);
    expect(npyHeader([5], false).toString('latin1')).toContain("'shape': (5,)");
    expect(npyHeader([5, 2], false).toString('latin1')).toContain("'shape': (5, 2), }");
    // the least length that fits is accepted, and is the dict and its newline with no padding
    let least = 11;
    for (; least < 200; least++) { try { npyHeader([3, 2], false, least); break; } catch { /* too short */ } }
    expect(npyHeader([3, 2], false, least).toString('latin1').endsWith('}\n')).toBe(true);
    expect([isNpy('a.NPY'), isNpy('a.npz'), isNpy('npy')]).toEqual([true, false, false]);
  });
});

describe('params and numbers', () => {
  it('--param NAME=VALUE: numbers (specials too) or JSON arrays; errors say which', () => {
    expect(parseParamAssignment('sigma=10')).toEqual(['sigma', 10]);
    expect(parseParamAssignment(' b = -inf ')).toEqual(['b', -Infinity]);
    expect(parseParamAssignment('W=[[1,2],[3,4]]')).toEqual(['W', [[1, 2], [3, 4]]]);
    expect(() => parseParamAssignment('e=1=2')).toThrow("--param e: '1=2' is not a number or a JSON array");
    expect(() => parseParamAssignment('=3')).toThrow("--param expects NAME=VALUE, got '=3'");
    expect(() => parseParamAssignment('x')).toThrow("--param expects NAME=VALUE, got 'x'");
    expect(() => parseParamAssignment('k=abc')).toThrow("--param k: 'abc' is not a number or a JSON array");
    expect(() => parseParamAssignment('k=')).toThrow("--param k: '' is not a number or a JSON array");
  });

  it('--params P.json: an object of params, or an object with "params" (as the references)', () => {
    expect(readParamsFile(file('.json', '{"a": 1, "b": [2]}'))).toEqual({ a: 1, b: [2] });
    expect(readParamsFile(file('.json', '{"params": {"a": 1}, "points": []}'))).toEqual({ a: 1 });
    expect(readParamsFile(file('.json', '{"params": 3, "a": 1}'))).toEqual({ params: 3, a: 1 }); // a param named params
    expect(() => readParamsFile(file('.json', 'null'))).toThrow(/: expected a JSON object/);
    expect(() => readParamsFile(file('.json', '[1, 2]'))).toThrow(/: expected a JSON object mapping param names to values$/);
    expect(() => readParamsFile(file('.json', '3'))).toThrow(/: expected a JSON object/);
    expect(() => readParamsFile(file('.json', '{'))).toThrow(/: not valid JSON: /);
  });

  it('readInput and readText name the file', () => {
    const p = file('.txt', 'héllo');
    expect(readText(p)).toBe('héllo');
    expect(readInput(p).length).toBe(6);
    expect(() => readInput(dir)).toThrow(`cannot read '${dir}': EISDIR`);
  });

  it('formatNumber: f32 the shortest text that reads back as the same float32, f64 as JavaScript prints it', () => {
    expect(formatNumber(Math.fround(0.1), 'f32')).toBe('0.1');
    expect(formatNumber(Math.fround(1 / 3), 'f32')).toBe('0.33333334');
    expect(formatNumber(Math.fround(16777217), 'f32')).toBe('16777216');
    expect(formatNumber(Math.fround(1e-40), 'f32')).toBe(String(Number(Math.fround(1e-40).toPrecision(6))));
    expect(Math.fround(Number(formatNumber(Math.fround(1e-40), 'f32')))).toBe(Math.fround(1e-40));
    expect(formatNumber(Math.fround(123456.789), 'f32')).toBe('123456.79');
    expect(formatNumber(Math.fround(0.00010507941624382511), 'f32')).toBe('0.000105079416'); // needs 9 digits
    expect(formatNumber(Math.fround(0.1), 'f64')).toBe('0.10000000149011612'); // f64 keeps every digit
    expect(formatNumber(0.1, 'f64')).toBe('0.1');
    expect(formatNumber(1 / 3, 'f64')).toBe('0.3333333333333333');
    expect(formatNumber(Infinity, 'f32')).toBe('Infinity');
    expect(formatNumber(NaN, 'f32')).toBe('NaN');
  });
});
