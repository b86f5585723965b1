// The build plugin and conditions (LANGUAGE.md "Conditions"): the generated field.div.d.ts names
// each field's conditions, so `k.evaluate(points, { conditions: { t } })` type-checks with the
// right names and shapes, and a misspelt, missing or mistyped condition is a type error. What the
// typings accept the bundled kernel runs (cnf_time against its reference values); what they
// reject the runtime throws on. flow and logDensity take the conditions less the time t, which the
// flow sets. Uses the built package (dist/), as an app would.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR, ROOT, reference, worstError } from '../support/helpers.js';

const plugin = async () => (await import(join(ROOT, 'dist/compiler/plugin/esbuild.js'))).default;

/** g: a scalar and a [2] condition, div g = c[0] + c[1]; e: a potential with one; lorenz: none. */
const G = 'field g(x, y; t, c: [2]) = (c[0] * x, c[1] * y + t)\n';
const E = 'potential e(x, y; beta) = beta * (x^2 + y^2) / 2\n';

describe('plugin typings for fields with conditions', () => {
  it('name the conditions: right calls type-check and run, misspelt or missing ones are type errors (and throw)', async () => {
    const { build } = await import('esbuild');
    const dir = join(ROOT, 'test/.out/typed-app-conditions');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(dir, 'node_modules/divc')); // as if installed: 'divc/...' through the package's exports
    try {
      for (const f of ['cnf_time', 'lorenz']) copyFileSync(join(REFERENCE_DIR, `${f}.div`), join(dir, `${f}.div`));
      writeFileSync(join(dir, 'g.div'), G);
      writeFileSync(join(dir, 'e.div'), E);
      const cnfRef = reference('cnf_time') as ReturnType<typeof reference> & { conditions: { t: number[] } };
      writeFileSync(join(dir, 'main.ts'), [
        "import cnf from './cnf_time.div';",
        "import g from './g.div';",
        "import e from './e.div';",
        "import lorenz from './lorenz.div';",
        `const ref = ${JSON.stringify({ params: cnfRef.params, points: cnfRef.points, t: cnfRef.conditions.t })};`,
        'cnf.setParams(ref.params);',
        // per point (n numbers), as the reference was computed
        'const r = await cnf.evaluate(ref.points, { conditions: { t: ref.t } });',
        'const names: string[] = cnf.conditions.map((c) => c.name);',
        // once for every point, per point as n * k numbers, and as n rows of k
        'const once = await g.evaluate([[1, 2], [3, 4]], { conditions: { t: 0.5, c: [2, 3] } });',
        'const rows = await g.divergence(new Float64Array([1, 2, 3, 4]), { conditions: { t: [0.5, 1], c: [[2, 3], [4, 5]] } });',
        'const flat = await g.diagonal([[1, 2], [3, 4]], { conditions: { t: new Float64Array(2), c: new Float64Array([1, 2, 3, 4]) } });',
        'const shape: [] = g.conditions[0].shape, size: 2 = g.conditions[1].shape[0];',
        // a potential's evaluate returns U too
        'const u = await e.evaluate([[1, 2]], { conditions: { beta: 2 } });',
        'const potential: number | undefined = u.potential[0];',
        'const lap = await e.laplacian([[1, 2]], { conditions: { beta: [3] } });',
        // a field without conditions: none, or an empty set
        'const plain = await lorenz.divergence([[1, 2, 3]], { conditions: {} });',
        'const none: [] = lorenz.conditions;',
        // the flow: the time t is the flow's, the other conditions as for every entry
        'const flowed = await g.flow([[1, 2]], { t0: 0, t1: 1, steps: 200, conditions: { c: [2, 3] } });',
        'const logp = await cnf.logDensity(ref.points, { t0: 0, t1: 1, steps: 10, base: \'normal\' });',
        'const out = {',
        '  cnf: { values: Array.from(r.values), divergence: Array.from(r.divergence) }, names,',
        '  once: Array.from(once.values), onceDiv: Array.from(once.divergence), rows: Array.from(rows), flat: Array.from(flat),',
        '  shape, size, potential, lap: Array.from(lap), plain: Array.from(plain), none,',
        '  flowed: [...flowed.points, ...flowed.integral], logp: Array.from(logp),',
        '};',
        'console.log(JSON.stringify(out));',
      ].join('\n'));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: true, lib: ['ES2022', 'DOM'], types: [] }, include: ['*.ts'] }));
      await build({ entryPoints: [join(dir, 'main.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'out.mjs'), plugins: [(await plugin())()], logLevel: 'silent' });

      const dts = readFileSync(join(dir, 'g.div.d.ts'), 'utf8');
      expect(dts).toContain('// Generated by divc for field g(x, y; t, c: [2]), dim 2, f64.');
      expect(dts).toContain('  t: number | ArrayLike<number>;');
      expect(dts).toContain('  c: ArrayLike<number> | ArrayLike<ArrayLike<number>>;');
      expect(dts).toContain("readonly conditions: [{ name: 't'; shape: [] }, { name: 'c'; shape: [2] }];");

      const tsc = () => spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
      const ok = tsc();
      expect(ok.stdout + ok.stderr).toBe('');
      expect(ok.status).toBe(0);

      // what the typings accept, the kernel runs
      const out = JSON.parse(execFileSync(process.execPath, [join(dir, 'out.mjs')], { encoding: 'utf8' }));
      const err = worstError(out.cnf, cnfRef);
      expect(err.divergence).toBeLessThanOrEqual(1e-9);
      expect(err.values).toBeLessThanOrEqual(1e-9);
      expect(out.names).toEqual(['t']);
      expect(out.once).toEqual([2, 6.5, 6, 12.5]); // (c0 x, c1 y + t) at (1, 2) and (3, 4), t = 0.5, c = (2, 3)
      expect(out.onceDiv).toEqual([5, 5]);
      expect(out.rows).toEqual([5, 9]);
      expect(out.flat).toEqual([1, 2, 3, 4]);
      expect(out.potential).toBe(5); // 2 * (1 + 4) / 2
      expect(out.lap).toEqual([6]);
      expect(out.plain[0]).toBeCloseTo(-(10 + 1 + 8 / 3), 12);
      expect(out.none).toEqual([]);
      // (2x, 3y + t) from (1, 2): x = e^2t, y = (19/9) e^3t - t/3 - 1/9, the integral of div = 5 t
      const yEnd = (19 / 9) * Math.exp(3) - 1 / 3 - 1 / 9;
      expect(Math.abs(out.flowed[0] - Math.exp(2)) / Math.exp(2)).toBeLessThan(1e-8);
      expect(Math.abs(out.flowed[1] - yEnd) / yEnd).toBeLessThan(1e-8);
      expect(out.flowed[2]).toBeCloseTo(5, 12);
      expect(out.logp).toHaveLength(cnfRef.points.length);
      for (const v of out.logp) expect(Number.isFinite(v)).toBe(true);

      // what they reject is a type error
      writeFileSync(join(dir, 'bad.ts'), [
        "import cnf from './cnf_time.div';",
        "import g from './g.div';",
        "import lorenz from './lorenz.div';",
        'await cnf.divergence([[1, 2]], { conditions: { tt: 0.5 } });',
        'await cnf.divergence([[1, 2]]);',
        'await g.evaluate([[1, 2]], { conditions: { t: 0.5 } });',
        'await g.evaluate([[1, 2]], { conditions: { t: 0.5, c: 2 } });',
        'await lorenz.divergence([[1, 2, 3]], { conditions: { t: 0.5 } });',
        'await g.flow([[1, 2]], { t0: 0, t1: 1, conditions: { t: 0.5, c: [2, 3] } });',
        'await cnf.logDensity([[1, 2]], { t0: 0, t1: 1, conditions: { t: 0.5 } });',
        '',
      ].join('\n'));
      const bad = tsc();
      expect(bad.status, bad.stdout).not.toBe(0);
      const lines = bad.stdout.split('\n').filter((l) => /(^|\/)bad\.ts\(/.test(l)); // paths as tsc prints them, from the cwd
      expect(lines.map((l) => Number(/bad\.ts\((\d+),/.exec(l)![1]))).toEqual([4, 5, 6, 7, 8, 9, 10]); // one error each, none elsewhere
      expect(lines[0]).toMatch(/error TS2353: .*'tt' does not exist in type 'Conditions'/);
      expect(lines[1]).toMatch(/error TS2554: Expected 2 arguments, but got 1/);
      expect(lines[2]).toMatch(/error TS2741: Property 'c' is missing/);
      expect(lines[3]).toMatch(/error TS2322: Type 'number' is not assignable to type 'ArrayLike<number> \| ArrayLike<ArrayLike<number>>'/);
      expect(lines[4]).toMatch(/error TS2322: Type 'number' is not assignable to type 'never'/);
      expect(lines[5]).toMatch(/error TS2322: Type 'number' is not assignable to type 'undefined'/); // t?: never
      expect(lines[6]).toMatch(/error TS2322: Type 'number' is not assignable to type 'never'/);

      // and the runtime throws on each of those calls
      const { load } = await import(join(ROOT, 'dist/runtime/index.js'));
      const { compile } = await import(join(ROOT, 'dist/compiler/index.js'));
      const kernelOf = async (source: string) => load(compile(source, { filename: 'k.div' }).wasm);
      const cnf = await kernelOf(readFileSync(join(dir, 'cnf_time.div'), 'utf8'));
      cnf.setParams(cnfRef.params);
      const g = await kernelOf(G);
      const lorenz = await kernelOf(readFileSync(join(dir, 'lorenz.div'), 'utf8'));
      await expect(cnf.divergence([[1, 2]], { conditions: { tt: 0.5 } })).rejects.toThrow(/'cnf' has no condition 'tt'/);
      await expect(cnf.divergence([[1, 2]])).rejects.toThrow(/condition 't' of 'cnf' missing/);
      await expect(g.evaluate([[1, 2]], { conditions: { t: 0.5 } })).rejects.toThrow(/condition 'c' of 'g' missing/);
      await expect(g.evaluate([[1, 2]], { conditions: { t: 0.5, c: 2 } })).rejects.toThrow(/condition 'c' has shape \[2\]/);
      await expect(lorenz.divergence([[1, 2, 3]], { conditions: { t: 0.5 } })).rejects.toThrow(/'lorenz' takes no conditions/);
      await expect(g.flow([[1, 2]], { t0: 0, t1: 1, conditions: { t: 0.5, c: [2, 3] } })).rejects.toThrow(/takes the time as its condition 't', which the flow sets/);
      await expect(cnf.logDensity([[1, 2]], { t0: 0, t1: 1, conditions: { t: 0.5 } })).rejects.toThrow(/takes the time as its condition 't', which the flow sets/);
      for (const k of [cnf, g, lorenz]) k.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true }); // the link back to the repository must not outlive the test
    }
  }, 120_000);
});
