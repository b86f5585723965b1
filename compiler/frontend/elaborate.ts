// The front end: AST -> one tensor program (tensor/graph.ts: hash-consed, scalars are shape [],
// a network's size in its shapes). It resolves names, checks shapes, evaluates consts, inlines
// `fn` calls and unrolls comprehensions; `grad` stays one node. The lowerings take it from here
// (tensor/lowering.ts): loops over weights, or scalar SSA by unrolling (tensor/unroll.ts).
// Errors become diagnostics and poison (undefined) values, so one run reports as many as it can.
import type { ast, Range } from '../../grammar/index.js';
import type { ComputeOp } from '../ir/ops.js';
import type { ParamInfo } from '../ir/program.js';
import { NODE_LIMIT } from '../ir/graph.js';
import { foldBalanced } from '../ir/fold.js';
import { DiagnosticBag, didYouMean } from '../diagnostics.js';
import { TensorGraph, sameShape, sizeOf, type ReduceFn } from '../tensor/graph.js';
import { unrollConstant } from '../tensor/unroll.js';
import type { TensorProgram } from '../tensor/program.js';
import { verifiedTensor } from '../tensor/verifier.js';
import { BUILTINS, MAX_UNROLLED_EXPONENT, type BuiltinContext } from './builtins.js';
import { inputLayout } from './inputs.js';
import { showShape } from './show.js';

type Expr = ast.Expr;
type Decl = ast.Decl;
type FieldDecl = Extract<Decl, { kind: 'field' }>;

/** Compile-time values of consts: plain numbers, so they can be used in any graph. */
interface ConstValue { shape: number[]; values: number[] }

/** Local names; `null` marks a name whose definition failed (uses of it stay silent). */
type Scope = Map<string, number | null>;

export interface ElaborateOptions {
  /** Most scalar operations unrolled loops may build (E0401 beyond). */
  limit?: number;
}

const BINARY_OPS: Partial<Record<ast.BinaryOp, ComputeOp>> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod',
  '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq', '!=': 'ne', and: 'and', or: 'or',
};
const LOGICAL = new Set<ast.BinaryOp>(['and', 'or']);

/** For a literal mixing vectors and scalars (a stack, not a join): the hint to write concat. */
function joinHint(shapes: (readonly number[])[]): string {
  const ranks = new Set(shapes.map((s) => s.length));
  return ranks.has(0) && ranks.has(1) && ranks.size === 2 ? '; to join scalars and vectors into one vector write concat(a, b, ...)' : '';
}

/** Declarations of a file, checked for duplicate names once. */
export class FileScope {
  readonly decls = new Map<string, Decl>();
  readonly fields: FieldDecl[] = [];
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
      if (d.kind === 'param') new Elaborator(this).paramInfo(d);
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
    const el = new Elaborator(this);
    const v = el.expr(e, [new Map()]);
    if (v === undefined) return undefined;
    const values = el.g.node(v).type === 'f' ? unrollConstant(el.g, v) : undefined;
    if (!values) {
      const reason = el.usedParams.size > 0 ? ` (it depends on param '${[...el.usedParams.keys()][0]}')` : '';
      this.diags.error('E0301', `${what} must be a compile-time number${reason}: use literals, consts and builtins of them`, e.range);
      return undefined;
    }
    return { shape: [...el.g.node(v).shape], values };
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
    if (shape.length > 2) {
      this.diags.error('E0213', `${what} has shape ${showShape(shape)}: tensors are scalars, vectors [n] or matrices [m, n]`, dims[0]!.range);
      return undefined;
    }
    if (sizeOf(shape) > NODE_LIMIT) {
      this.diags.error('E0401', `${what} has ${sizeOf(shape)} elements, more than the limit of ${NODE_LIMIT}`, dims[0]!.range);
      return undefined;
    }
    return shape;
  }
}

class Elaborator implements BuiltinContext {
  readonly g = new TensorGraph();
  /** Params this field reads, in first-use order, with their slots. */
  readonly usedParams = new Map<string, ParamInfo>();
  /** The field's inputs and conditions, what grad may differentiate with respect to (set by field()). */
  private fieldInputs: { name: string; id: number }[] = [];
  /** The state: what grad(e) differentiates with respect to, and a potential's U. */
  private state: number | undefined;
  paramSlots = 0;
  private readonly callStack: string[] = [];
  /** Product of the iteration counts of the loops being unrolled: their bodies run this often. */
  private nesting = 1;
  private callRange: Range | undefined;

  constructor(readonly file: FileScope, private readonly limit = NODE_LIMIT) {}

  get diags(): DiagnosticBag {
    return this.file.diags;
  }

  shapeOf(id: number): readonly number[] {
    return this.g.node(id).shape;
  }

  fail(message: string): undefined {
    this.diags.error('E0201', message, this.callRange!);
    return undefined;
  }

  private error(code: string, message: string, range: Range): undefined {
    this.diags.error(code, message, range);
    return undefined;
  }

  private numbers(v: number, e: Expr): number | undefined {
    if (this.g.node(v).type === 'f') return v;
    return this.error('E0202', 'expected a number here, found a condition (comparisons can only be used in if, and, or, not)', e.range);
  }

  private conditions(v: number, e: Expr): number | undefined {
    if (this.g.node(v).type === 'b') return v;
    return this.error('E0203', 'expected a condition here (a comparison such as x < 1), found a number', e.range);
  }

  /** A number-valued expression. */
  num(e: Expr, scopes: Scope[]): number | undefined {
    const v = this.expr(e, scopes);
    return v === undefined ? undefined : this.numbers(v, e);
  }

  /** Elementwise op with the language's broadcasting (equal shapes, or one a scalar); undefined when they do not fit. */
  elementwise(fn: ComputeOp, args: number[]): number | undefined {
    const shaped = args.map((a) => this.shapeOf(a)).filter((s) => s.length > 0);
    if (!shaped.every((s) => sameShape(s, shaped[0]!))) return undefined;
    return this.g.map(fn, ...args);
  }

  reduceAll(fn: ReduceFn, v: number): number {
    if (sizeOf(this.shapeOf(v)) === 0) return this.g.scalar(fn === 'mul' ? 1 : 0);
    let r = v;
    while (this.shapeOf(r).length > 0) r = this.g.reduce(fn, r, this.shapeOf(r).length - 1);
    return r;
  }

  /** The value of a node known at compile time (folded as the scalar rules fold it), or undefined. */
  private known(id: number): number[] | undefined {
    return this.g.node(id).varying ? undefined : unrollConstant(this.g, id);
  }

  /** Elaborates `e`, attributing the nodes it builds to its source line (for the WGSL comments). */
  expr(e: Expr, scopes: Scope[]): number | undefined {
    const outer = this.g.line;
    this.g.line = e.range.line;
    try {
      return this.exprAt(e, scopes);
    } finally {
      this.g.line = outer;
    }
  }

  private exprAt(e: Expr, scopes: Scope[]): number | undefined {
    const g = this.g;
    switch (e.kind) {
      case 'number': return g.scalar(e.value);
      case 'name': return this.name(e.name, e.range, scopes);
      case 'unary': {
        if (e.op === '-') {
          const v = this.num(e.operand, scopes);
          return v === undefined ? undefined : g.map('neg', v);
        }
        const v = this.expr(e.operand, scopes);
        return v === undefined || this.conditions(v, e.operand) === undefined ? undefined : g.map('not', v);
      }
      case 'binary': return this.binary(e, scopes);
      case 'if': return this.conditional(e, scopes);
      case 'call': return this.call(e, scopes);
      case 'index': return this.index(e, scopes);
      case 'tensor':
      case 'tuple': {
        const items = e.items.map((item) => this.num(item, scopes));
        if (items.some((v) => v === undefined)) return undefined;
        const shapes = (items as number[]).map((v) => this.shapeOf(v));
        if (!shapes.every((s) => sameShape(s, shapes[0]!))) {
          return this.error('E0204', `the elements of a tensor must all have the same shape, got ${[...new Set(shapes.map(showShape))].join(' and ')}${joinHint(shapes)}`, e.range);
        }
        return this.stack(items as number[], e.range);
      }
      case 'comprehension': {
        const items = this.iterate(e.iter, e.body, scopes);
        if (!items) return undefined;
        if (items.length === 0) return g.const([], [0]);
        const shapes = items.map((v) => this.shapeOf(v));
        if (!shapes.every((s) => sameShape(s, shapes[0]!))) {
          return this.error('E0204', `a comprehension's body must have the same shape for every index, got ${[...new Set(shapes.map(showShape))].join(' and ')}`, e.body.range);
        }
        return this.stack(items, e.range);
      }
      case 'reduce': {
        const items = this.iterate(e.iter, e.body, scopes);
        if (!items) return undefined;
        if (items.length === 0) return g.scalar(e.op === 'sum' ? 0 : 1);
        if (!items.every((v) => sameShape(this.shapeOf(v), this.shapeOf(items[0]!)))) {
          return this.error('E0204', `the body of ${e.op} must have the same shape for every index`, e.body.range);
        }
        // a balanced tree (ir/fold.ts): log n deep, and pairwise rounding
        return foldBalanced(items, (a, b) => g.map(e.op === 'sum' ? 'add' : 'mul', a, b));
      }
      case 'reduceAll': {
        const v = this.num(e.arg, scopes);
        return v === undefined ? undefined : this.reduceAll(e.op === 'sum' ? 'add' : 'mul', v);
      }
    }
  }

  /** Equally shaped items along a new leading axis (vectors and matrices only). */
  private stack(items: number[], range: Range): number | undefined {
    const inner = this.shapeOf(items[0]!);
    if (inner.length > 1) return this.error('E0213', `a tensor of matrices ${showShape([items.length, ...inner])}: tensors are scalars, vectors [n] or matrices [m, n]`, range);
    return this.g.concat(items, [items.length, ...inner]);
  }

  private name(name: string, range: Range, scopes: Scope[]): number | undefined {
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
        return c && this.g.const(c.values, c.shape);
      }
      case 'param': {
        const info = this.param(d);
        return info && this.g.param(info.slot, info.shape);
      }
      case 'fn': return this.error('E0102', `'${name}' is a function: call it as ${name}(...)`, range);
      case 'field': return this.error('E0102', `'${name}' is a field, not a value`, range);
    }
  }

  paramInfo(d: Extract<Decl, { kind: 'param' }>): ParamInfo | undefined {
    return this.param(d);
  }

  /** A param's slot, shape and default, the first time it is used (slots in first-use order). */
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
      let v: ConstValue | undefined;
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

  private binary(e: Extract<Expr, { kind: 'binary' }>, scopes: Scope[]): number | undefined {
    if (LOGICAL.has(e.op)) {
      const a = this.expr(e.left, scopes), b = this.expr(e.right, scopes);
      if (a === undefined || b === undefined || this.conditions(a, e.left) === undefined || this.conditions(b, e.right) === undefined) return undefined;
      return this.elementwise(BINARY_OPS[e.op]!, [a, b]) ?? this.mismatch(e, a, b);
    }
    const a = this.num(e.left, scopes), b = this.num(e.right, scopes);
    if (a === undefined || b === undefined) return undefined;
    if (e.op === '@') return this.matmul(e, a, b);
    if (e.op === '^') return this.power(a, b) ?? this.mismatch(e, a, b);
    if (e.op === '/') return this.quotient(a, b) ?? this.mismatch(e, a, b);
    return this.elementwise(BINARY_OPS[e.op]!, [a, b]) ?? this.mismatch(e, a, b);
  }

  private mismatch(e: Extract<Expr, { kind: 'binary' }>, a: number, b: number): undefined {
    // W * x with W [m, n] and x [n] is the matrix-vector product written as in NumPy's habit of
    // broadcasting, or as on paper: say which operator that is
    const [sa, sb] = [this.shapeOf(a), this.shapeOf(b)];
    const matvec = e.op === '*' && sa.length === 2 && sb.length === 1 && sa[1] === sb[0];
    const name = (x: Expr, fallback: string) => (x.kind === 'name' ? x.name : fallback);
    const hint = matvec ? `; for a matrix-vector product write ${name(e.left, 'W')} @ ${name(e.right, 'x')}` : '';
    return this.error('E0201', `shape mismatch in '${e.op}': ${showShape(sa)} and ${showShape(sb)} (shapes must be equal, or one a scalar)${hint}`, e.opRange);
  }

  private matmul(e: Extract<Expr, { kind: 'binary' }>, a: number, b: number): number | undefined {
    const g = this.g;
    const [sa, sb] = [this.shapeOf(a), this.shapeOf(b)];
    if (sa.length === 0 || sb.length === 0 || sa[sa.length - 1] !== sb[0]) {
      return this.error('E0201', `shape mismatch in '@': ${showShape(sa)} @ ${showShape(sb)} (the inner sizes must agree: [m, n] @ [n] or [m, n] @ [n, p])`, e.opRange);
    }
    if (sa.length === 1 && sb.length === 1) return sa[0] === 0 ? g.scalar(0) : g.reduce('add', g.map('mul', a, b));
    if (sa.length === 1) return g.matmul(g.transpose(b), a); // v @ M = M^T v
    if (g.node(a).varying && !g.node(b).varying && sb.length === 2) {
      // per-point matrix @ per batch: (A B) = (B^T A^T)^T, keeping per-point operands on the right
      return g.transpose(g.matmul(g.transpose(b), g.transpose(a)));
    }
    return g.matmul(a, b);
  }

  /** a ^ b: integer constant exponents as powi (multiplications later), else pow; undefined when the shapes do not fit. */
  power(a: number, b: number): number | undefined {
    const n = this.shapeOf(b).length === 0 ? this.g.constScalar(b) : undefined;
    if (n === undefined || !Number.isInteger(n) || Math.abs(n) > MAX_UNROLLED_EXPONENT) return this.elementwise('pow', [a, b]);
    if (n === 0) return this.g.broadcastTo(this.g.scalar(1), this.shapeOf(a));
    if (n === 1) return a;
    // x^-k a power too (lowered to 1 / x^k): differentiated as one power (-k (y / x) t, torch.pow's
    // limit 0 at x = ±Inf); x^-1 = 1 / x
    return n === -1 ? this.g.map('div', this.g.scalar(1), a) : this.g.map('powi', a, this.g.scalar(n));
  }

  /** a / b; c / x^k (c not varying, x^k a powi) as the power c * x^-k, differentiated as one power as x^-k is (lower-powi.ts turns it back into the quotient c / x^k). */
  private quotient(a: number, b: number): number | undefined {
    const d = this.g.node(b);
    const k = d.op === 'map' && d.fn === 'powi' && !this.g.node(a).varying ? this.g.constScalar(d.args[1]!) : undefined;
    if (k === undefined || k <= 0) return this.elementwise('div', [a, b]);
    const power = this.g.map('powi', d.args[0]!, this.g.scalar(-k));
    return this.g.constScalar(a) === 1 ? power : this.elementwise('mul', [a, power]);
  }

  private conditional(e: Extract<Expr, { kind: 'if' }>, scopes: Scope[]): number | undefined {
    const c = this.expr(e.cond, scopes);
    if (c === undefined || this.conditions(c, e.cond) === undefined) return undefined;
    // A condition known at compile time selects its branch; the other is not elaborated.
    const known = this.known(c);
    if (known && known.length > 0 && known.every((v) => v === known[0])) return known[0] ? this.num(e.then, scopes) : this.num(e.else, scopes);
    const a = this.num(e.then, scopes), b = this.num(e.else, scopes);
    if (a === undefined || b === undefined) return undefined;
    return this.elementwise('select', [c, a, b])
      ?? this.error('E0201', `shape mismatch in if: condition ${showShape(this.shapeOf(c))}, branches ${showShape(this.shapeOf(a))} and ${showShape(this.shapeOf(b))}`, e.range);
  }

  private index(e: Extract<Expr, { kind: 'index' }>, scopes: Scope[]): number | undefined {
    const t = this.num(e.target, scopes);
    if (t === undefined) return undefined;
    const shape = this.shapeOf(t);
    if (e.indices.length > shape.length) {
      return this.error('E0206', `too many indices: ${e.indices.length} for a value of shape ${showShape(shape)}`, e.range);
    }
    let offset = 0;
    let stride = sizeOf(shape);
    for (let k = 0; k < e.indices.length; k++) {
      const ie = e.indices[k]!;
      const iv = this.num(ie, scopes);
      if (iv === undefined) return undefined;
      const known = this.shapeOf(iv).length === 0 ? this.known(iv) : undefined;
      if (!known) return this.error('E0305', 'an index must be a compile-time integer (a literal, a const or a comprehension variable)', ie.range);
      const i = known[0]!;
      const n = shape[k]!;
      if (!Number.isInteger(i)) return this.error('E0303', `an index must be an integer, got ${i}`, ie.range);
      if (i < 0 || i >= n) return this.error('E0306', `index ${i} is out of range for size ${n} (valid: 0..${n - 1})`, ie.range);
      stride /= n;
      offset += i * stride;
    }
    return this.g.slice(t, offset, shape.slice(e.indices.length));
  }

  /** Elaborate `body` once per value of the iteration variable. */
  private iterate(iter: ast.Iteration, body: Expr, scopes: Scope[]): number[] | undefined {
    const from = iter.from ? this.rangeBound(iter.from, scopes) : 0;
    const to = this.rangeBound(iter.to, scopes);
    if (from === undefined || to === undefined) return undefined;
    if (to < from) return this.error('E0307', `empty range ${from}..${to}: the end must not be below the start`, iter.range);
    if ((to - from) * this.nesting > this.limit) {
      // Known before unrolling: every iteration builds at least one operation.
      return this.error('E0401', `unrolling ${this.nesting > 1 ? `these nested loops (${this.nesting} x ${to - from} iterations)` : `${to - from} iterations`} exceeds the unroll limit of ${this.limit} operations`, iter.range);
    }
    const items: number[] = [];
    const saved = this.nesting;
    this.nesting *= Math.max(1, to - from);
    try {
      for (let i = from; i < to; i++) {
        const v = this.num(body, [...scopes, new Map([[iter.variable, this.g.scalar(i)]])]);
        if (v === undefined) return undefined;
        items.push(v);
      }
    } finally {
      this.nesting = saved;
    }
    return items;
  }

  private rangeBound(e: Expr, scopes: Scope[]): number | undefined {
    const v = this.num(e, scopes);
    if (v === undefined) return undefined;
    const known = this.shapeOf(v).length === 0 ? this.known(v) : undefined;
    if (!known) return this.error('E0308', 'a range bound must be a compile-time integer', e.range);
    const n = known[0]!;
    if (!Number.isInteger(n)) return this.error('E0303', `a range bound must be an integer, got ${n}`, e.range);
    return n;
  }

  private call(e: Extract<Expr, { kind: 'call' }>, scopes: Scope[]): number | undefined {
    const d = this.file.decls.get(e.callee);
    if (d && d.kind === 'fn') return this.inline(d, e, scopes);
    if (d) return this.error('E0103', `'${e.callee}' is a ${d.kind}, not a function`, e.calleeRange);
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
      return builtin.apply(this, args as number[]);
    } finally {
      this.callRange = saved;
    }
  }

  /**
   * grad(e, v): d e / d v for a scalar e and v one of the field's inputs or conditions (a scalar
   * or a vector); grad(e): with respect to the state, every input in order. One grad node, which
   * the lowerings differentiate (tensor/graph.ts, TOp).
   */
  private grad(e: Extract<Expr, { kind: 'call' }>, scopes: Scope[]): number | undefined {
    if (e.args.length < 1 || e.args.length > 2) return this.error('E0207', `grad takes 1 or 2 arguments (an expression, and an input), got ${e.args.length}`, e.range);
    const inputs = this.fieldInputs;
    let wrt: number;
    if (e.args.length === 2) {
      const v = e.args[1]!;
      const bound = v.kind === 'name' ? this.expr(v, scopes) : undefined;
      const input = bound === undefined ? undefined : inputs.find((i) => i.id === bound);
      if (!input) {
        const what = v.kind === 'name' ? `'${v.name}'` : 'an expression';
        return this.error('E0210', `grad differentiates with respect to one of the field's inputs (${inputs.map((i) => i.name).join(', ') || 'none here'}), not ${what}`, v.range);
      }
      wrt = input.id;
    } else {
      if (this.state === undefined) return this.error('E0210', "grad differentiates with respect to one of the field's inputs (none here)", e.range);
      wrt = this.state;
    }
    const value = this.num(e.args[0]!, scopes);
    if (value === undefined) return undefined;
    if (this.shapeOf(value).length !== 0) return this.error('E0211', `grad of a non-scalar: the expression has shape ${showShape(this.shapeOf(value))} (grad needs a scalar, e.g. sum(...) or dot(...))`, e.args[0]!.range);
    return this.g.grad(value, wrt);
  }

  private inline(d: Extract<Decl, { kind: 'fn' }>, e: Extract<Expr, { kind: 'call' }>, scopes: Scope[]): number | undefined {
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

  body(b: ast.Body, scopes: Scope[]): number | undefined {
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
      if (v === undefined) ok = false;
    }
    const result = this.expr(b.result, inner);
    return ok ? result : undefined;
  }

  /** The field: inputs, body, and the check that the result has d components. */
  field(d: FieldDecl): TensorProgram | undefined {
    const g = this.g;
    const layout = inputLayout(this.file, d);
    if (!layout) return undefined;
    const scope: Scope = new Map();
    const conditions = layout.conditions;
    // the point's row in memory: the state, then the conditions; x (what the divergence and a
    // potential's gradient differentiate) is the state alone, the conditions slices beside it
    const row = g.input(layout.width);
    const x = conditions.length === 0 ? row : g.slice(row, 0, [layout.dim]);
    if (layout.state.kind === 'vector') scope.set(layout.state.name, x);
    else layout.state.names.forEach((name, k) => scope.set(name, g.slice(x, k, [])));
    this.state = x;
    for (const c of conditions) scope.set(c.name, g.slice(row, c.offset, c.shape));
    this.fieldInputs = [...scope].map(([name, id]) => ({ name, id: id! }));
    const dim = layout.dim;
    let result = this.body(d.body, [scope]);
    if (result === undefined || this.numbers(result, d.body.result) === undefined) return undefined;
    let potential: number | undefined;
    if (d.potential) {
      // U: a scalar; the kernel's field is grad U, its divergence the Laplacian
      if (this.shapeOf(result).length !== 0) return this.error('E0212', `potential '${d.name}' must return a scalar U (its field is grad U), got ${showShape(this.shapeOf(result))}`, d.body.result.range);
      potential = result;
      result = g.grad(potential, x);
    }
    const s = this.shapeOf(result);
    if (dim === 1 && s.length === 0) result = g.slice(result, 0, [1]); // (e) for a one-input field
    else if (s.length !== 1 || s[0] !== dim) {
      const got = s.length === 1 ? `${s[0]} components` : showShape(s);
      return this.error('E0209', `field '${d.name}' has ${dim} input${dim === 1 ? '' : 's'} but its result has ${got}; a field's output size must equal its input size (${dim})`, d.body.result.range);
    }
    // per-point matrices (outer products of the point, products of two per-point tensors) unroll
    // well but have no loop code: the lowering keeps such a field scalar
    const loops = g.nodes.some((n) => n.varying && n.shape.length > 1) ? 'a per-point matrix' : undefined;
    return verifiedTensor({
      graph: g, field: d.name, inputs: layout.names, dim, params: [...this.usedParams.values()], paramSlots: this.paramSlots,
      input: x, outputs: { values: result },
      ...(conditions.length > 0 ? { conditions, row } : {}),
      ...(potential !== undefined ? { potential } : {}),
      ...(loops ? { loops } : {}),
    }, 'elaboration');
  }
}

/** Elaborate one field declaration to its tensor program (undefined if it has errors, reported in diags). */
export function elaborateField(file: FileScope, d: FieldDecl, options: ElaborateOptions = {}): TensorProgram | undefined {
  try {
    return new Elaborator(file, options.limit ?? NODE_LIMIT).field(d);
  } catch (e) {
    if (e instanceof RangeError) {
      file.diags.error('E0403', `field '${d.name}' nests too deeply to compile (nesting-depth limit exceeded)`, d.nameRange);
      return undefined;
    }
    throw e;
  }
}
