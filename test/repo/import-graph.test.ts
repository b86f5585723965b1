// The import graph of compiler/, runtime/ and grammar/ (issue 21, "a layout that shows the
// design"): no cycle anywhere, and the runtime imports nothing from the compiler or the grammar.
//
// Edges: every relative module specifier of every .ts file, as TypeScript's own scanner
// (ts.preProcessFile) finds them: `import ... from`, `export ... from`, side-effect imports,
// dynamic `import('./x.js')` and `import('./x.js').T` types; './x.js' names './x.ts'.
// Type-only imports (`import type`) count as edges too, although they vanish from the emitted
// JavaScript and so make no cycle at run time: a cycle of types is still two files that can only
// be understood together, and no file here needs one: a type both sides need moves to a third
// file (math/core.ts holds MathOps for the algorithm files and registry.ts; runtime/params-dtype.ts
// holds the Tensor that params-file.ts and params-npy.ts both return).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.js';

const FOLDERS = ['compiler', 'runtime', 'grammar'];

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return tsFiles(path);
    return e.isFile() && e.name.endsWith('.ts') ? [path] : [];
  });
}

/** file (relative to ROOT) -> the files it imports (relative to ROOT), in source order. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of FOLDERS.flatMap(tsFiles).sort()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    const targets = importedFiles.map((f) => f.fileName).filter((s) => s.startsWith('.')).map((s) => {
      const target = relative(ROOT, resolve(ROOT, dirname(file), s.replace(/\.js$/, '.ts')));
      if (!existsSync(join(ROOT, target))) throw new Error(`${file} imports ${s}: no file ${target}`);
      return target;
    });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Tarjan's strongly connected components; each returned with its members in a cycle's order. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import graph of compiler/, runtime/ and grammar/', () => {
  const graph = importGraph();

  it('finds the files and their imports', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('compiler/index.ts')).toContain('compiler/compile.ts');
  });

  it('has no cycle (type-only imports included)', () => {
    const described = cycles(graph).map((scc) => {
      const members = new Set(scc);
      const edges = scc.flatMap((v) => graph.get(v)!.filter((w) => members.has(w)).map((w) => `${v} -> ${w}`));
      return `${scc.length} files: ${scc.join(', ')}\n    ${edges.join('\n    ')}`;
    });
    expect(described).toEqual([]);
  });

  it('runtime/ imports nothing from compiler/ or grammar/', () => {
    const outside = [...graph].flatMap(([file, targets]) => (file.startsWith('runtime/')
      ? targets.filter((t) => !t.startsWith('runtime/')).map((t) => `${file} -> ${t}`) : []));
    expect(outside).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('reports a two-file cycle and a self-loop, not a chain', () => {
    const g = new Map([['a', ['b']], ['b', ['a', 'c']], ['c', ['d']], ['d', []], ['e', ['e']]]);
    expect(cycles(g)).toEqual([['a', 'b'], ['e']]);
  });
});
