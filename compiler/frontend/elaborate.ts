// Front end: AST -> scalar SSA. Resolves names, checks shapes, evaluates consts, inlines `fn`
// calls and unrolls tensors, comprehensions and reductions into scalar IR nodes. Errors become
// diagnostics and poison (undefined) values, so one run reports as many errors as it can.
import type { ast, Range } from '../../grammar/index.js';
import { Graph, GraphLimitError, NODE_LIMIT } from '../ir/graph.js';
import type { ComputeOp } from '../ir/ops.js';
import type { ParamInfo, Program } from '../ir/program.js';
import { DiagnosticBag, didYouMean } from '../diagnostics.js';
import { BUILTINS, powOrMultiply, type BuiltinContext } from './builtins.js';
import { gradient } from '../passes/gradient.js';
import { inputLayout } from './inputs.js';
import { broadcast, elementwise, foldIds, scalar, sameShape, showShape, sizeOf, stack, type Val } from './tensor.js';

type Expr = ast.Expr;
type Decl = ast.Decl;

/** Compile-time values of consts: plain numbers, so they can be used in any graph. */
interface ConstValue { shape: number[]; values: number[] }

/** Local names; `null` marks a name whose definition failed (uses of it stay silent). */
type Scope = Map<string, Val | null>;

interface ElaborateOptions { simplify?: boolean; limit?: number }

const BINARY_OPS: Partial<Record<ast.BinaryOp, ComputeOp>> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod',
  '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq', '!=': 'ne', and: 'and', or: 'or',
};
const LOGICAL = new Set<ast.BinaryOp>(['and', 'or']);

/** For a literal mixing vectors and scalars (a stack, not a join): the hint to write concat. */
function joinHint(items: Val[]): string {
  const ranks = new Set(items.map((v) => v.shape.length));
  return ranks.has(0) && ranks.has(1) && ranks.size === 2 ? '; to join scalars and vectors into one vector write concat(a, b, ...)' : '';
}

/** Declarations of a file, checked for duplicate names once. */
export class FileScope {
  readonly decls = new Map<string, Decl>();
  readonly fields: Extract<Decl, { kind: 'field' }>[] = [];
  private readonly constCache = new Map<string, ConstValue | undefined>();
  private readonly constInProgress = new Set<string>();
  /** Params whose default is being evaluated: a default that uses its own param is an error. */
  readonly paramInProgress = new Set<string>();

  constructor(readonly program: ast.Program, readonly diags: DiagnosticBag) {
    for (const d of program.decls) {
      const prev = this.decls.get(d.name);
      if (prev) {
        diags.error('E0105', `'${d.name}' is already declared (as a ${prev.kind} at line ${prev.nameRange.line}); names must be unique in a file`, d.nameRange);
        continue;
      }
      this.decls.set(d.name, d);
      if (d.kind === 'field') this.fields.push(d);
    }
  }

  /** Check the declarations no field may use: every const and every param's shape and default. */
  checkDeclarations(): void {
    for (const d of this.decls.values()) {
      if (d.kind === 'const') this.constValue(d, d.nameRange);
      if (d.kind === 'param') new Elaborator(this, new Graph()).paramInfo(d);
    }
  }

  /** Evaluate a const declaration (any order; cycles are errors). */
  constValue(d: Extract<Decl, { kind: 'const' }>, at: Range): ConstValue | undefined {
    if (this.constCache.has(d.name)) return this.constCache.get(d.name);
    if (this.constInProgress.has(d.name)) {
      this.diags.error('E0106', `const '${d.name}' is defined in terms of itself`, at);
      return undefined;
    }
    this.constInProgress.add(d.name);
    const value = this.compileTime(d.value, `const '${d.name}'`);
    this.constInProgress.delete(d.name);
    this.constCache.set(d.name, value);
    return value;
  }

  /** Evaluate an expression that must be known at compile time (const bodies, defaults, sizes). */
  compileTime(e: Expr, what: string): ConstValue | undefined {
    const g = new Graph();
    const el = new Elaborator(this, g);
    const v = el.expr(e, [new Map()]);
    if (!v) return undefined;
    if (!v.ids.every((id) => g.isConst(id) && g.node(id).type === 'f')) {
      const reason = el.usedParams.size > 0 ? ` (it depends on param '${[...el.usedParams.keys()][0]}')` : '';
      this.diags.error('E0301', `${what} must be a compile-time number${reason}: use literals, consts and builtins of them`, e.range);
      return undefined;
    }
    return { shape: v.shape, values: v.ids.map((id) => g.node(id).value) };
  }

  /** A size or index: a compile-time integer. */
  integer(e: Expr, what: string): number | undefined {
    const v = this.compileTime(e, what);
    if (!v) return undefined;
    if (v.shape.length !== 0) {
      this.diags.error('E0302', `${what} must be a scalar, got ${showShape(v.shape)}`, e.range);
      return undefined;
    }
    const n = v.values[0]!;
    if (!Number.isInteger(n)) {
      this.diags.error('E0303', `${what} must be an integer, got ${n}`, e.range);
      return undefined;
    }
    return n;
  }

  shape(dims: Expr[], what: string): number[] | undefined {
    const shape: number[] = [];
    for (const d of dims) {
      const n = this.integer(d, `a size in the shape of ${what}`);
      if (n === undefined) return undefined;
      if (n < 0) {
        this.diags.error('E0304', `a size in the shape of ${what} must not be negative, got ${n}`, d.range);
        return undefined;
      }
      shape.push(n);
    }
    if (sizeOf(shape) > NODE_LIMIT) {
      this.diags.error('E0401', `${what} has ${sizeOf(shape)} elements, more than the limit of ${NODE_LIMIT}`, dims[0]!.range);
      return undefined;
    }
    return shape;
  }
}

class Elaborator implements BuiltinContext {
  /** Params this field reads, in first-use order, with their slots. */
  readonly usedParams = new Map<string, ParamInfo>();
  /** The field's inputs and conditions, what grad may differentiate with respect to (set by field()). */
  private fieldInputs: (Val & { name: string })[] = [];
  /** The state inputs alone: what grad(e) differentiates with respect to, and a potential's U. */
  private stateInputs: (Val & { name: string })[] = [];
  paramSlots = 0;
  private readonly callStack: string[] = [];
  /** Product of the iteration counts of the loops being unrolled: their bodies run this often. */
  private nesting = 1;
  private callRange: Range | undefined;

  constructor(readonly file: FileScope, readonly g: Graph) {}

  get diags(): DiagnosticBag {
    return this.file.diags;
  }

  fail(message: string): undefined {
    this.diags.error('E0201', message, this.callRange!);
    return undefined;
  }

  private error(code: string, message: string, range: Range): undefined {
    this.diags.error(code, message, range);
    return undefined;
  }

  private numbers(v: Val, e: Expr): Val | undefined {
    if (v.ids.every((id) => this.g.node(id).type === 'f')) return v;
    return this.error('E0202', 'expected a number here, found a condition (comparisons can only be used in if, and, or, not)', e.range);
  }

  private conditions(v: Val, e: Expr): Val | undefined {
    if (v.ids.every((id) => this.g.node(id).type === 'b')) return v;
    return this.error('E0203', 'expected a condition here (a comparison such as x < 1), found a number', e.range);
  }

  /** A number-valued expression. */
  num(e: Expr, scopes: Scope[]): Val | undefined {
    const v = this.expr(e, scopes);
    return v && this.numbers(v, e);
  }

  /** Elaborates `e`, attributing the nodes it builds to its source line (for the WGSL comments). */
  expr(e: Expr, scopes: Scope[]): Val | undefined {
    const outer = this.g.line;
    this.g.line = e.range.line;
    try {
      return this.exprAt(e, scopes);
    } finally {
      this.g.line = outer;
    }
  }

  private exprAt(e: Expr, scopes: Scope[]): Val | undefined {
    const g = this.g;
    switch (e.kind) {
      case 'number': return scalar(g.const(e.value));
      case 'name': return this.name(e.name, e.range, scopes);
      case 'unary': {
        if (e.op === '-') {
          const v = this.num(e.operand, scopes);
          return v && elementwise(g, 'neg', [v]);
        }
        const v = this.expr(e.operand, scopes);
        return v && this.conditions(v, e.operand) && elementwise(g, 'not', [v]);
      }
      case 'binary': return this.binary(e, scopes);
      case 'if': return this.conditional(e, scopes);
      case 'call': return this.call(e, scopes);
      case 'index': return this.index(e, scopes);
      case 'tensor':
      case 'tuple': {
        const items = e.items.map((item) => this.num(item, scopes));
        if (items.some((v) => v === undefined)) return undefined;
        return stack(items as Val[]) ?? this.error('E0204', `the elements of a tensor must all have the same shape, got ${[...new Set(items.map((v) => showShape(v!.shape)))].join(' and ')}${joinHint(items as Val[])}`, e.range);
      }
      case 'comprehension': {
        const items = this.iterate(e.iter, e.body, scopes);
        if (!items) return undefined;
        if (items.length === 0) return { shape: [0], ids: [] };
        return stack(items) ?? this.error('E0204', `a comprehension's body must have the same shape for every index, got ${[...new Set(items.map((v) => showShape(v.shape)))].join(' and ')}`, e.body.range);
      }
      case 'reduce': {
        const items = this.iterate(e.iter, e.body, scopes);
        if (!items) return undefined;
        const op = e.op === 'sum' ? 'add' : 'mul';
        if (items.length === 0) return scalar(g.const(e.op === 'sum' ? 0 : 1));
        if (!items.every((v) => sameShape(v.shape, items[0]!.shape))) {
          return this.error('E0204', `the body of ${e.op} must have the same shape for every index`, e.body.range);
        }
        const first = items[0]!;
        return { shape: first.shape, ids: first.ids.map((_, k) => foldIds(g, op, items.map((v) => v.ids[k]!))) };
      }
      case 'reduceAll': {
        const v = this.num(e.arg, scopes);
        if (!v) return undefined;
        if (v.ids.length === 0) return scalar(g.const(e.op === 'sum' ? 0 : 1));
        return scalar(foldIds(g, e.op === 'sum' ? 'add' : 'mul', v.ids));
      }
    }
  }

  private name(name: string, range: Range, scopes: Scope[]): Val | undefined {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const v = scopes[i]!.get(name);
      if (v !== undefined) return v ?? undefined;
    }
    const d = this.file.decls.get(name);
    if (!d) {
      const candidates = [...scopes.flatMap((s) => [...s.keys()]), ...[...this.file.decls.values()].filter((x) => x.kind === 'const' || x.kind === 'param').map((x) => x.name)];
      return this.error('E0101', `unknown name '${name}'${didYouMean(name, candidates)}`, range);
    }
    switch (d.kind) {
      case 'const': {
        const c = this.file.constValue(d, range);
        return c && { shape: c.shape, ids: c.values.map((x) => this.g.const(x)) };
      }
      case 'param': {
        const info = this.param(d);
        return info && { shape: info.shape, ids: Array.from({ length: info.size }, (_, k) => this.g.param(info.slot + k)) };
      }
      case 'fn': return this.error('E0102', `'${name}' is a function: call it as ${name}(...)`, range);
      case 'field': return this.error('E0102', `'${name}' is a field, not a value`, range);
    }
  }

  paramInfo(d: Extract<Decl, { kind: 'param' }>): ParamInfo | undefined {
    return this.param(d);
  }

  private param(d: Extract<Decl, { kind: 'param' }>): ParamInfo | undefined {
    const known = this.usedParams.get(d.name);
    if (known) return known;
    let shape = d.shape ? this.file.shape(d.shape, `param '${d.name}'`) : [];
    if (!shape) return undefined;
    let def: number[] | undefined;
    if (d.value) {
      if (this.file.paramInProgress.has(d.name)) {
        return this.error('E0106', `the default of param '${d.name}' is defined in terms of itself`, d.nameRange);
      }
      this.file.paramInProgress.add(d.name);
      let v: ReturnType<FileScope['compileTime']>;
      try {
        v = this.file.compileTime(d.value, `the default of param '${d.name}'`);
      } finally {
        this.file.paramInProgress.delete(d.name);
      }
      if (!v) return undefined;
      if (!d.shape) shape = v.shape;
      if (v.shape.length === 0 && shape.length > 0) def = new Array<number>(sizeOf(shape)).fill(v.values[0]!);
      else if (!sameShape(v.shape, shape)) {
        return this.error('E0205', `the default of param '${d.name}' has shape ${showShape(v.shape)}, but the param is declared ${showShape(shape)}`, d.value.range);
      } else def = v.values;
    }
    const info: ParamInfo = { name: d.name, shape, slot: this.paramSlots, size: sizeOf(shape), ...(def ? { default: def } : {}) };
    this.paramSlots += info.size;
    this.usedParams.set(d.name, info);
    return info;
  }

  private binary(e: Extract<Expr, { kind: 'binary' }>, scopes: Scope[]): Val | undefined {
    const g = this.g;
    if (LOGICAL.has(e.op)) {
      const a = this.expr(e.left, scopes), b = this.expr(e.right, scopes);
      if (!a || !b || !this.conditions(a, e.left) || !this.conditions(b, e.right)) return undefined;
      return elementwise(g, BINARY_OPS[e.op]!, [a, b]) ?? this.mismatch(e, a, b);
    }
    const a = this.num(e.left, scopes), b = this.num(e.right, scopes);
    if (!a || !b) return undefined;
    if (e.op === '@') return this.matmul(e, a, b);
    if (e.op === '^') return powOrMultiply(g, a, b) ?? elementwise(g, 'pow', [a, b]) ?? this.mismatch(e, a, b);
    return elementwise(g, BINARY_OPS[e.op]!, [a, b]) ?? this.mismatch(e, a, b);
  }

  private mismatch(e: Extract<Expr, { kind: 'binary' }>, a: Val, b: Val): undefined {
    // W * x with W [m, n] and x [n] is the matrix-vector product written as in NumPy's habit of
    // broadcasting, or as on paper: say which operator that is
    const matvec = e.op === '*' && a.shape.length === 2 && b.shape.length === 1 && a.shape[1] === b.shape[0];
    const name = (x: Expr, fallback: string) => (x.kind === 'name' ? x.name : fallback);
    const hint = matvec ? `; for a matrix-vector product write ${name(e.left, 'W')} @ ${name(e.right, 'x')}` : '';
    return this.error('E0201', `shape mismatch in '${e.op}': ${showShape(a.shape)} and ${showShape(b.shape)} (shapes must be equal, or one a scalar)${hint}`, e.opRange);
  }

  private matmul(e: Extract<Expr, { kind: 'binary' }>, a: Val, b: Val): Val | undefined {
    const g = this.g;
    const [ra, rb] = [a.shape.length, b.shape.length];
    const inner = a.shape[ra - 1];
    if (ra === 0 || rb === 0 || ra > 2 || rb > 2 || inner !== b.shape[0]) {
      return this.error('E0201', `shape mismatch in '@': ${showShape(a.shape)} @ ${showShape(b.shape)} (the inner sizes must agree: [m, n] @ [n] or [m, n] @ [n, p])`, e.opRange);
    }
    const n = inner!;
    const rows = ra === 2 ? a.shape[0]! : 1;
    const cols = rb === 2 ? b.shape[1]! : 1;
    const ids: number[] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const terms = Array.from({ length: n }, (_, k) => g.op('mul', a.ids[i * n + k]!, b.ids[k * cols + j]!));
        ids.push(n === 0 ? g.const(0) : foldIds(g, 'add', terms));
      }
    }
    const shape = [...(ra === 2 ? [rows] : []), ...(rb === 2 ? [cols] : [])];
    return { shape, ids };
  }

  private conditional(e: Extract<Expr, { kind: 'if' }>, scopes: Scope[]): Val | undefined {
    const g = this.g;
    const c = this.expr(e.cond, scopes);
    if (!c || !this.conditions(c, e.cond)) return undefined;
    // A condition known at compile time selects its branch; the other is not elaborated.
    const first = c.ids[0];
    if (first !== undefined && c.ids.every((id) => g.isConst(id) && g.node(id).value === g.node(first).value)) {
      return g.node(first).value ? this.num(e.then, scopes) : this.num(e.else, scopes);
    }
    const a = this.num(e.then, scopes), b = this.num(e.else, scopes);
    if (!a || !b) return undefined;
    return broadcast([c, a, b], (ci, ai, bi) => g.op('select', ci, ai, bi))
      ?? this.error('E0201', `shape mismatch in if: condition ${showShape(c.shape)}, branches ${showShape(a.shape)} and ${showShape(b.shape)}`, e.range);
  }

  private index(e: Extract<Expr, { kind: 'index' }>, scopes: Scope[]): Val | undefined {
    const t = this.num(e.target, scopes);
    if (!t) return undefined;
    if (e.indices.length > t.shape.length) {
      return this.error('E0206', `too many indices: ${e.indices.length} for a value of shape ${showShape(t.shape)}`, e.range);
    }
    let offset = 0;
    let stride = sizeOf(t.shape);
    for (let k = 0; k < e.indices.length; k++) {
      const ie = e.indices[k]!;
      const iv = this.num(ie, scopes);
      if (!iv) return undefined;
      if (iv.shape.length !== 0 || !this.g.isConst(iv.ids[0]!)) {
        return this.error('E0305', 'an index must be a compile-time integer (a literal, a const or a comprehension variable)', ie.range);
      }
      const i = this.g.node(iv.ids[0]!).value;
      const n = t.shape[k]!;
      if (!Number.isInteger(i)) return this.error('E0303', `an index must be an integer, got ${i}`, ie.range);
      if (i < 0 || i >= n) return this.error('E0306', `index ${i} is out of range for size ${n} (valid: 0..${n - 1})`, ie.range);
      stride /= n;
      offset += i * stride;
    }
    const shape = t.shape.slice(e.indices.length);
    return { shape, ids: t.ids.slice(offset, offset + sizeOf(shape)) };
  }

  /** Elaborate `body` once per value of the iteration variable. */
  private iterate(iter: ast.Iteration, body: Expr, scopes: Scope[]): Val[] | undefined {
    const from = iter.from ? this.rangeBound(iter.from, scopes) : 0;
    const to = this.rangeBound(iter.to, scopes);
    if (from === undefined || to === undefined) return undefined;
    if (to < from) return this.error('E0307', `empty range ${from}..${to}: the end must not be below the start`, iter.range);
    const limit = this.g.limit;
    if ((to - from) * this.nesting > limit) {
      // Known before unrolling: every iteration builds at least one node.
      return this.error('E0401', `unrolling ${this.nesting > 1 ? `these nested loops (${this.nesting} x ${to - from} iterations)` : `${to - from} iterations`} exceeds the unroll limit of ${limit} operations`, iter.range);
    }
    const items: Val[] = [];
    const saved = this.nesting;
    this.nesting *= Math.max(1, to - from);
    try {
      for (let i = from; i < to; i++) {
        const scope: Scope = new Map([[iter.variable, scalar(this.g.const(i))]]);
        const v = this.num(body, [...scopes, scope]);
        if (!v) return undefined;
        items.push(v);
      }
    } finally {
      this.nesting = saved;
    }
    return items;
  }

  private rangeBound(e: Expr, scopes: Scope[]): number | undefined {
    const v = this.num(e, scopes);
    if (!v) return undefined;
    if (v.shape.length !== 0 || !this.g.isConst(v.ids[0]!)) return this.error('E0308', 'a range bound must be a compile-time integer', e.range);
    const n = this.g.node(v.ids[0]!).value;
    if (!Number.isInteger(n)) return this.error('E0303', `a range bound must be an integer, got ${n}`, e.range);
    return n;
  }

  private call(e: Extract<Expr, { kind: 'call' }>, scopes: Scope[]): Val | undefined {
    const d = this.file.decls.get(e.callee);
    if (d && d.kind === 'fn') return this.inline(d, e, scopes);
    if (d) {
      return this.error('E0103', `'${e.callee}' is a ${d.kind}, not a function`, e.calleeRange);
    }
    if (e.callee === 'grad') return this.grad(e, scopes);
    const builtin = BUILTINS[e.callee];
    if (!builtin) {
      const fns = [...Object.keys(BUILTINS), 'sum', 'prod', 'grad', ...[...this.file.decls.values()].filter((x) => x.kind === 'fn').map((x) => x.name)];
      return this.error('E0104', `unknown function '${e.callee}'${didYouMean(e.callee, fns)}`, e.calleeRange);
    }
    if (builtin.variadic ? e.args.length < builtin.arity : e.args.length !== builtin.arity) {
      const count = `${builtin.variadic ? 'at least ' : ''}${builtin.arity} argument${builtin.arity === 1 ? '' : 's'}`;
      return this.error('E0207', `${e.callee} takes ${count}, got ${e.args.length}`, e.range);
    }
    const args = e.args.map((a) => this.num(a, scopes));
    if (args.some((a) => a === undefined)) return undefined;
    const saved = this.callRange;
    this.callRange = e.range;
    try {
      return builtin.apply(this, args as Val[]);
    } finally {
      this.callRange = saved;
    }
  }

  /**
   * grad(e, v): d e / d v for a scalar e and v one of the field's inputs or conditions (a scalar
   * or a vector); grad(e): with respect to every state input, in order. Reverse mode (passes/gradient.ts).
   */
  private grad(e: Extract<Expr, { kind: 'call' }>, scopes: Scope[]): Val | undefined {
    if (e.args.length < 1 || e.args.length > 2) return this.error('E0207', `grad takes 1 or 2 arguments (an expression, and an input), got ${e.args.length}`, e.range);
    const inputs = this.fieldInputs;
    let wrt: Val;
    if (e.args.length === 2) {
      const v = e.args[1]!;
      const bound = v.kind === 'name' ? this.expr(v, scopes) : undefined;
      const input = bound && inputs.find((i) => sameShape(i.shape, bound.shape) && i.ids.every((id, k) => id === bound.ids[k]));
      if (!input) {
        const what = v.kind === 'name' ? `'${v.name}'` : 'an expression';
        return this.error('E0210', `grad differentiates with respect to one of the field's inputs (${inputs.map((i) => i.name).join(', ') || 'none here'}), not ${what}`, v.range);
      }
      wrt = input;
    } else {
      const state = this.stateInputs;
      wrt = { shape: [state.reduce((n, i) => n + i.ids.length, 0)], ids: state.flatMap((i) => i.ids) };
    }
    const value = this.num(e.args[0]!, scopes);
    if (!value) return undefined;
    if (value.shape.length !== 0) return this.error('E0211', `grad of a non-scalar: the expression has shape ${showShape(value.shape)} (grad needs a scalar, e.g. sum(...) or dot(...))`, e.args[0]!.range);
    return { shape: wrt.shape, ids: gradient(this.g, value.ids[0]!, wrt.ids) };
  }

  private inline(d: Extract<Decl, { kind: 'fn' }>, e: Extract<Expr, { kind: 'call' }>, scopes: Scope[]): Val | undefined {
    if (e.args.length !== d.params.length) {
      return this.error('E0207', `${d.name} takes ${d.params.length} argument${d.params.length === 1 ? '' : 's'}, got ${e.args.length}`, e.range);
    }
    if (this.callStack.includes(d.name)) {
      return this.error('E0107', `recursion: fn '${d.name}' calls itself (${[...this.callStack.slice(this.callStack.indexOf(d.name)), d.name].join(' -> ')}); fn helpers are inlined and cannot recurse`, e.calleeRange);
    }
    const args = e.args.map((a) => this.expr(a, scopes));
    if (args.some((a) => a === undefined)) return undefined;
    // fn bodies see their own parameters and the file's globals, not the caller's locals.
    const scope: Scope = new Map(d.params.map((p, i) => [p.name, args[i]!] as const));
    this.callStack.push(d.name);
    try {
      return this.body(d.body, [scope]);
    } finally {
      this.callStack.pop();
    }
  }

  body(b: ast.Body, scopes: Scope[]): Val | undefined {
    const local: Scope = new Map();
    const inner = [...scopes, local];
    let ok = true;
    for (const l of b.lets) {
      if (local.has(l.name)) {
        this.error('E0108', `'${l.name}' is already bound in this block; choose another name`, l.nameRange);
        ok = false;
        continue;
      }
      const v = this.expr(l.value, inner);
      local.set(l.name, v ?? null);
      if (!v) ok = false;
    }
    const result = this.expr(b.result, inner);
    return ok ? result : undefined;
  }

  /** The field: inputs, body, and the check that the result has d components. */
  field(d: Extract<Decl, { kind: 'field' }>): Program | undefined {
    const g = this.g;
    const layout = inputLayout(this.file, d);
    if (!layout) return undefined;
    const scope: Scope = new Map();
    const inputs = layout.names;
    const coordinates = (offset: number, shape: number[]): Val =>
      shape.length === 0 ? scalar(g.input(offset)) : { shape, ids: Array.from({ length: shape[0]! }, (_, k) => g.input(offset + k)) };
    if (layout.state.kind === 'vector') scope.set(layout.state.name, coordinates(0, [layout.dim]));
    else layout.state.names.forEach((name, k) => scope.set(name, coordinates(k, [])));
    this.stateInputs = [...scope].map(([name, v]) => ({ name, ...v! }));
    for (const c of layout.conditions) scope.set(c.name, coordinates(c.offset, c.shape));
    this.fieldInputs = [...scope].map(([name, v]) => ({ name, ...v! }));
    const dim = layout.dim;
    let result = this.body(d.body, [scope]);
    if (!result) return undefined;
    if (!this.numbers(result, d.body.result)) return undefined;
    let potential: number | undefined;
    if (d.potential) {
      // U: a scalar; the kernel's field is grad U (reverse mode), its divergence the Laplacian
      if (result.shape.length !== 0) return this.error('E0212', `potential '${d.name}' must return a scalar U (its field is grad U), got ${showShape(result.shape)}`, d.body.result.range);
      potential = result.ids[0]!;
      result = { shape: [dim], ids: gradient(g, potential, this.stateInputs.flatMap((i) => i.ids)) };
    }
    if (dim === 1 && result.shape.length === 0) result.shape = [1]; // (e) for a one-input field
    if (result.shape.length !== 1 || result.shape[0] !== dim) {
      const got = result.shape.length === 1 ? `${result.shape[0]} components` : showShape(result.shape);
      return this.error('E0209', `field '${d.name}' has ${dim} input${dim === 1 ? '' : 's'} but its result has ${got}; a field's output size must equal its input size (${dim})`, d.body.result.range);
    }
    return {
      graph: g, field: d.name, inputs, dim,
      ...(layout.conditions.length > 0 ? { conditions: layout.conditions } : {}),
      params: [...this.usedParams.values()], paramSlots: this.paramSlots,
      outputs: { values: result.ids },
      ...(potential !== undefined ? { potential } : {}),
    };
  }
}

/** Elaborate one field declaration to a Program (undefined if it has errors, reported in diags). */
export function elaborateField(file: FileScope, d: Extract<Decl, { kind: 'field' }>, options: ElaborateOptions = {}): Program | undefined {
  const g = new Graph({ simplify: options.simplify ?? true, limit: options.limit ?? NODE_LIMIT });
  const el = new Elaborator(file, g);
  try {
    return el.field(d);
  } catch (e) {
    if (e instanceof GraphLimitError) {
      file.diags.error('E0402', `field '${d.name}' is too large after unrolling: more than ${e.limit} scalar operations (the unroll limit is ${e.limit})`, d.nameRange);
      return undefined;
    }
    if (e instanceof RangeError) {
      file.diags.error('E0403', `field '${d.name}' nests too deeply to compile (nesting-depth limit exceeded)`, d.nameRange);
      return undefined;
    }
    throw e;
  }
}
