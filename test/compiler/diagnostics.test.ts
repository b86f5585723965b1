// A golden diagnostic for each error class of LANGUAGE.md: location, message, source line, caret.
import { describe, expect, it } from 'vitest';
import { analyze, formatDiagnostic } from '../../compiler/index.js';

/** [error class, source, expected `line:col: error: ` prefix and message fragment] */
const CASES: [string, string, string, string][] = [
  ['unknown name with did-you-mean', 'param sigma = 1\nfield f(x) = (sigam * x)\n', '2:15', "unknown name 'sigam'; did you mean 'sigma'?"],
  ['unknown function with did-you-mean', 'field f(x) = (sinn(x))\n', '1:15', "unknown function 'sinn'; did you mean 'sin'?"],
  ['wrong argument count (builtin)', 'field f(x) = (atan2(x))\n', '1:15', 'atan2 takes 2 arguments, got 1'],
  ['wrong argument count (fn)', 'fn sq(a) = a * a\nfield f(x) = (sq(x, x))\n', '2:15', 'sq takes 1 argument, got 2'],
  ['shape mismatch', 'param w: [3]\nparam v: [4]\nfield f(x: [3]) = x + w * v\n', '3:25', 'shape mismatch'],
  ['matmul shape mismatch', 'param W: [4, 2]\nfield f(x: [3]) = W @ x\n', '2:21', '[4, 2] @ [3]'],
  ['field output size', 'field f(x, y) = (x, y, 1)\n', '1:17', 'has 2 inputs but its result has 3 components'],
  ['non-constant index', 'param k = 1\nfield f(x: [2]) = [x[k], x[0]]\n', '2:22', 'index must be a compile-time integer'],
  ['non-constant size', 'param n = 3\nparam w: [n]\nfield f(x) = (x)\n', '2:11', 'must be a compile-time number'],
  ['index out of range', 'field f(x: [3]) = [x[0], x[1], x[3]]\n', '1:34', 'index 3 is out of range for size 3'],
  ['recursion in fn', 'fn g(a) = g(a) + 1\nfield f(x) = (g(x))\n', '1:11', "recursion: fn 'g' calls itself"],
  ['loops too large to unroll', 'const N = 3000\nfield f(x) = (sum(i in N: sum(j in N: x * i * j)))\n', '2:31', 'exceeds the unroll limit'],
  ['rebinding in a block', 'field f(x) {\n  let a = x\n  let a = 2 * x\n  return (a)\n}\n', '3:7', "'a' is already bound in this block"],
  ['duplicate declaration', 'const a = 1\nconst a = 2\nfield f(x) = (x)\n', '2:7', "'a' is already declared"],
  ['condition used as a number', 'field f(x) = ((x < 1) * 2)\n', '1:16', 'expected a number here, found a condition'],
  ['number used as a condition', 'field f(x) = (if x then 1 else 2)\n', '1:18', 'expected a condition here'],
  ['non-integer index', 'field f(x: [2]) = [x[0.5], x[1]]\n', '1:22', 'must be an integer, got 0.5'],
  ['syntax error', 'field f(x) = (x +)\n', '1:18', "unexpected ')'"],
  ['unexpected character', 'field f(x) = (x $ 2)\n', '1:17', "unexpected character '$'"],
  ['several fields, none chosen', 'field f(x) = (x)\nfield g(x) = (x)\n', '2:7', 'choose one with --field NAME'],
  ['no field', 'const a = 1\n', '1:1', 'declares no field'],
  ['mixed inputs', 'field f(x, v: [2]) = (x, v[0], v[1])\n', '1:7', 'either scalar inputs'],
  // issue 13: Python's power operator gets a hint; a ')' missing at a line's end is reported
  // there, not at the next line's first token
  ['** for a power', 'field f(x, y) = (x ** 2, y)\n', '1:21', "for a power write '^': x ^ 2, not x ** 2"],
  ['missing ) at the end of a line', 'field f(x, y) {\n  let a = sin(x\n  return (a, y)\n}\n', '2:16', "expected ')' after 'x' (found 'return' on line 3)"],
  ['missing ) at the end of the file', 'field f(x, y) = (sin(x), y\n', '1:27', "expected ')' after 'y' (found end of file)"],
  // issue 13: `*` on a matrix [m, n] and a vector [n] names `@`
  // issue 12: grad of a vector, grad with respect to what is not an input
  ['a param default that uses its own param', 'param p: [2] = [1, p[0]]\nfield f(x) = (x * p[1])\n', '1:7', "the default of param 'p' is defined in terms of itself"],
  ['a potential that returns a vector', 'potential U(x: [2]) = x * 2\n', '1:23', "potential 'U' must return a scalar U (its field is grad U), got [2]"],
  ['grad of a non-scalar', 'field f(x: [2]) = grad(x, x)\n', '1:24', 'grad of a non-scalar: the expression has shape [2]'],
  ['grad with respect to a param', 'param k = 2\nfield f(x, y) = (grad(k * x * y, k), y)\n', '2:34', "grad differentiates with respect to one of the field's inputs (x, y), not 'k'"],
  ['W * x for a matrix-vector product', 'param W: [3, 3]\nfield f(x: [3]) = tanh(W * x)\n', '2:26', "[3, 3] and [3] (shapes must be equal, or one a scalar); for a matrix-vector product write W @ x"],
];

describe('diagnostics', () => {
  it.each(CASES)('%s', (_name, source, at, message) => {
    const { diagnostics } = analyze(source, { filename: 'case.div' });
    expect(diagnostics.length).toBeGreaterThan(0);
    const first = formatDiagnostic(diagnostics[0]!, source);
    expect(first.split('\n')[0]).toContain(`case.div:${at}: error: `);
    expect(first).toContain(message);
    // the source line and a caret under the reported column
    const [, line, caret] = first.split('\n');
    const col = Number(at.split(':')[1]);
    expect(line).toContain(source.split('\n')[Number(at.split(':')[0]) - 1]);
    expect(caret!.indexOf('^') - caret!.indexOf('|') - 2).toBe(col - 1);
  });

  it('matches the golden file', async () => {
    const text = CASES.map(([name, source]) => {
      const { diagnostics } = analyze(source, { filename: 'case.div' });
      return `== ${name}\n${diagnostics.map((d) => formatDiagnostic(d, source)).join('\n')}\n`;
    }).join('\n');
    await expect(text).toMatchFileSnapshot('../golden/diagnostics.txt');
  });

  it('reports a field too large after unrolling (a stated limit, not an out-of-memory)', () => {
    const source = 'const N = 40\nfield f(x: [N]) = [i in N: sum(j in N: x[j] * sin(x[i] * j))]\n';
    const { diagnostics } = analyze(source, { filename: 'big.div', nodeLimit: 2000 });
    expect(diagnostics.map((d) => formatDiagnostic(d, source))).toEqual([
      expect.stringContaining("big.div:2:7: error: field 'f' is too large after unrolling: more than 2000 scalar operations (the unroll limit is 2000)"),
    ]);
    expect(analyze(source, { nodeLimit: 100000 }).diagnostics).toEqual([]);
  });

  it('reports several errors in one run', () => {
    const source = 'param sigma = 1\nfield f(x, y) {\n  let a = sigam * x\n  let b = coss(y)\n  return (a, b)\n}\nconst = 3\n';
    const syntax = analyze(source, { filename: 'm.div' }).diagnostics;
    expect(syntax.length).toBeGreaterThanOrEqual(1);
    const semantic = analyze(source.replace('const = 3\n', ''), { filename: 'm.div' }).diagnostics;
    expect(semantic.map((d) => `${d.line}:${d.col}`)).toEqual(['3:11', '4:11']);
    const parse = analyze('field f(x) = (x +, 1\nconst = 3\nparam = 4\n').diagnostics;
    expect(parse.length).toBeGreaterThanOrEqual(2);
  });

  it('never throws on hostile input', () => {
    for (const s of ['', '(', 'field', 'field f(', ')))', '[[[[', 'field f(x) = ' + '('.repeat(5000) + 'x' + ')'.repeat(5000), '\u0000\uffff', 'const a = a\nfield f(x) = (x * a)']) {
      expect(() => analyze(s)).not.toThrow();
      expect(analyze(s).diagnostics.length).toBeGreaterThan(0);
    }
  });
});
