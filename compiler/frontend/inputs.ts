// A field's inputs as the front end reads them: the state (one vector x: [D], or scalars x, y, z)
// and, after a `;`, its conditions (scalars or vectors [k], per point, not differentiated). One
// place checks them and reports their errors, once per file scope, whichever front end asks first.
import type * as ast from '../../grammar/ast.js';
import type { DiagnosticBag } from '../diagnostics.js';
import type { ConditionInfo } from '../ir/program.js';
import { showShape } from './show.js';

type FieldDecl = Extract<ast.Decl, { kind: 'field' }>;

/** What the layout needs of a file scope: compile-time shapes, and where errors go. */
export interface ShapeScope {
  shape(dims: ast.Expr[], what: string): number[] | undefined;
  readonly diags: DiagnosticBag;
}

export interface InputLayout {
  /** The state: one vector (its name and size) or scalars (their names), dim numbers. */
  state: { kind: 'vector'; name: string } | { kind: 'scalars'; names: string[] };
  /** Coordinate names: x, y, z or x[0], x[1], ... */
  names: string[];
  dim: number;
  conditions: ConditionInfo[];
  /** Numbers per point: dim, then the conditions'. */
  width: number;
}

const cache = new WeakMap<ShapeScope, Map<FieldDecl, InputLayout | undefined>>();

/** The field's input layout, or undefined after reporting why it has none. */
export function inputLayout(file: ShapeScope, d: FieldDecl): InputLayout | undefined {
  let known = cache.get(file);
  if (!known) cache.set(file, (known = new Map()));
  if (!known.has(d)) known.set(d, build(file, d));
  return known.get(d);
}

function build(file: ShapeScope, d: FieldDecl): InputLayout | undefined {
  const error = (message: string, range: ast.Range): undefined => { file.diags.error('E0208', message, range); return undefined; };
  const seen = new Set<string>();
  let ok = true;
  const unique = (inp: ast.FieldInput, what: string) => {
    if (seen.has(inp.name)) { file.diags.error('E0108', `${what} '${inp.name}' is declared twice`, inp.range); ok = false; }
    seen.add(inp.name);
  };
  const kind = d.potential ? 'potential' : 'field';
  if (d.inputs.length === 0) return error(`${kind} '${d.name}' takes no inputs`, d.nameRange);
  const vector = d.inputs.some((i) => i.shape !== undefined);
  if (vector && d.inputs.length !== 1) {
    return error(`${kind} '${d.name}' must take either scalar inputs (x, y, z) or one vector (x: [D]); inputs that are not part of the state, like a time, go after a ';' as conditions: ${kind} ${d.name}(x: [D]; t)`, d.nameRange);
  }
  let state: InputLayout['state'];
  const names: string[] = [];
  if (vector) {
    const inp = d.inputs[0]!;
    const shape = file.shape(inp.shape!, `input '${inp.name}'`);
    if (!shape) return undefined;
    if (shape.length !== 1 || shape[0] === 0) return error(`the input of ${kind} '${d.name}' must be a non-empty vector [D], got ${showShape(shape)}`, inp.range);
    seen.add(inp.name);
    state = { kind: 'vector', name: inp.name };
    for (let k = 0; k < shape[0]!; k++) names.push(`${inp.name}[${k}]`);
  } else {
    for (const inp of d.inputs) { unique(inp, 'input'); names.push(inp.name); }
    state = { kind: 'scalars', names };
  }
  const dim = names.length;
  const conditions: ConditionInfo[] = [];
  let width = dim;
  for (const c of d.conditions) {
    unique(c, 'condition');
    let shape: number[] = [];
    if (c.shape !== undefined) {
      const s = file.shape(c.shape, `condition '${c.name}'`);
      if (!s) { ok = false; continue; }
      if (s.length !== 1 || s[0] === 0) { error(`condition '${c.name}' must be a scalar or a non-empty vector [k], got ${showShape(s)}`, c.range); ok = false; continue; }
      shape = s;
    }
    const size = shape.length === 0 ? 1 : shape[0]!;
    conditions.push({ name: c.name, shape, offset: width, size });
    width += size;
  }
  return ok ? { state, names, dim, conditions, width } : undefined;
}
