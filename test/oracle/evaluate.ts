// An oracle upstream of the IR (issue 14): evaluates a .div program by walking its parsed AST
// (grammar/), with no hash-consing, no rewrite rules, no constant folding, no unrolling and none
// of the compiler's derivative passes. Numbers are any scalar algebra of ./scalar.ts, so the same
// walk gives f at float64, and with dual numbers its derivatives by forward mode:
//   - div f = sum_i (d f_i / d x_i): d passes, the i-th with x seeded in direction e_i (Dual);
//   - grad(e, v): one more dual level per component of v, e re-evaluated with v seeded (its
//     `let`s and `fn` arguments are lazy, evaluated per seeding), so a field using grad has its
//     divergence at second order (Dual<Dual<number>>);
//   - a potential U: d passes of Dual<Dual<number>> seeded e_i at both levels give U, dU/dx_i and
//     d^2U/dx_i^2 (the field grad U, the Hessian diagonal, the Laplacian).
// Test-only: the product never imports it. It assumes the program compiles (diagnostics are the
// compiler's business) and throws on anything it cannot evaluate.
import { parse } from '../../grammar/index.js';
import type { ast } from '../../grammar/index.js';
import { dual, F64, UNARY, type Binary, type Dual, type Scalar, type Unary } from './scalar.js';

type Expr = ast.Expr;
type Decl = ast.Decl;
type FieldDecl = Extract<Decl, { kind: 'field' }>;

/** A tensor of numbers, or of conditions; `known`: fixed at compile time (no input, no param). */
type Val<T> =
  | { kind: 'num'; shape: number[]; data: T[]; known: boolean }
  | { kind: 'bool'; shape: number[]; data: boolean[]; known: boolean };
type Num<T> = Extract<Val<T>, { kind: 'num' }>;

/** One evaluation: an algebra and the field's inputs in it. Lazy bindings are memoized per Ctx. */
interface Ctx<T> { S: Scalar<T>; inputs: T[]; globals: Map<string, Num<T>> }

/** What a name is bound to: an input, a comprehension variable, or a lazy expression. */
type Binding =
  | { kind: 'input'; index: number; size: number; vector: boolean }
  | { kind: 'index'; value: number }
  | { kind: 'lazy'; expr: Expr; scopes: Scope[]; memo: WeakMap<object, Val<unknown>> };
type Scope = Map<string, Binding>;

export interface OracleResult {
  values: number[];
  divergence: number;
  /** d f_i / d x_i (for a potential: d^2 U / dx_i^2) */
  diagonal: number[];
  /** a potential's U */
  potential?: number;
}

export type ParamValues = Record<string, number | number[] | number[][]>;

const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
const same = (a: number[], b: number[]) => a.length === b.length && a.every((n, i) => n === b[i]);
const fail = (message: string): never => { throw new Error(`oracle: ${message}`); };

/** Balanced pairwise reduction (the tie convention of maxof / minof: pairs, then pairs of pairs). */
function pairwise<T>(items: T[], op: (a: T, b: T) => T): T {
  let level = items;
  while (level.length > 1) {
    const next: T[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(op(level[i]!, level[i + 1]!));
    if (level.length % 2 === 1) next.push(level[level.length - 1]!);
    level = next;
  }
  return level[0]!;
}

/** Structural equality of expressions (ranges ignored): `e * e` is a square. */
function sameExpr(a: Expr, b: Expr): boolean {
  const strip = (e: unknown): unknown => JSON.stringify(e, (k, v) => (k === 'range' || k === 'opRange' || k === 'calleeRange' || k === 'variableRange' || k === 'text' ? undefined : v));
  return strip(a) === strip(b);
}

export class Oracle {
  readonly decls = new Map<string, Decl>();
  readonly field: FieldDecl;
  readonly dim: number;
  /** Numbers a point gives: the state's dim, then the conditions' (not differentiated). */
  readonly width: number;
  readonly potential: boolean;
  private readonly paramValues = new Map<string, { shape: number[]; data: number[] }>();
  private readonly constValues = new Map<string, { shape: number[]; data: number[] }>();
  private readonly topScope: Scope = new Map();

  constructor(source: string, options: { field?: string; params?: ParamValues } = {}) {
    const parsed = parse(source);
    if (!parsed.program) fail(`does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
    for (const d of parsed.program!.decls) this.decls.set(d.name, d);
    const fields = parsed.program!.decls.filter((d): d is FieldDecl => d.kind === 'field');
    const field = options.field === undefined ? (fields.length === 1 ? fields[0] : undefined) : fields.find((f) => f.name === options.field);
    if (!field) fail(`no field ${options.field ?? '(several or none)'}`);
    this.field = field!;
    this.potential = this.field.potential === true;
    const vector = this.field.inputs.length === 1 && this.field.inputs[0]!.shape !== undefined;
    if (vector) {
      const inp = this.field.inputs[0]!;
      const shape = inp.shape!.map((e) => this.integer(e));
      this.dim = shape[0]!;
      this.topScope.set(inp.name, { kind: 'input', index: 0, size: this.dim, vector: true });
    } else {
      this.dim = this.field.inputs.length;
      this.field.inputs.forEach((inp, k) => this.topScope.set(inp.name, { kind: 'input', index: k, size: 1, vector: false }));
    }
    // conditions follow the state in a point's numbers
    let width = this.dim;
    for (const c of this.field.conditions) {
      const size = c.shape ? this.integer(c.shape[0]!) : 1;
      this.topScope.set(c.name, { kind: 'input', index: width, size, vector: c.shape !== undefined });
      width += size;
    }
    this.width = width;
    for (const [name, value] of Object.entries(options.params ?? {})) {
      const d = this.decls.get(name);
      if (!d || d.kind !== 'param') continue; // the generators may pass params a program does not declare
      const shape = d.shape ? d.shape.map((e) => this.integer(e)) : [];
      const data = ([value] as unknown[]).flat(3) as number[];
      if (data.length !== sizeOf(shape)) fail(`param ${name}: ${data.length} numbers for shape [${shape}]`);
      this.paramValues.set(name, { shape, data });
    }
  }

  /** f, div f, the Jacobian's diagonal (and U for a potential) at one point (its coordinates, then its conditions). */
  at(point: readonly number[]): OracleResult {
    if (point.length !== this.width) fail(`a point of ${point.length} numbers for a field of ${this.width} (dim and conditions)`);
    const values: number[] = [], diagonal: number[] = [];
    let divergence = 0, potential: number | undefined;
    for (let i = 0; i < this.dim; i++) {
      if (this.potential) {
        const S = dual(dual(F64));
        const inputs = point.map((x, k) => (k === i ? { v: { v: x, d: 1 }, d: { v: 1, d: 0 } } : S.c(x)));
        const U = this.scalarResult(this.evaluate(S, inputs));
        potential = U.v.v;
        values.push(U.d.v);
        diagonal.push(U.d.d);
      } else {
        const S = dual(F64);
        const inputs = point.map((x, k) => ({ v: x, d: k === i ? 1 : 0 }));
        const f = this.evaluate(S, inputs);
        if (i === 0) f.data.forEach((fi) => values.push(fi.v));
        diagonal.push(f.data[i]!.d);
      }
      divergence += diagonal[i]!;
    }
    return { values, divergence, diagonal, ...(potential !== undefined ? { potential } : {}) };
  }

  private scalarResult<T>(v: Num<T>): T {
    if (v.data.length !== 1) fail(`a potential returns a scalar, got shape [${v.shape}]`);
    return v.data[0]!;
  }

  /** The field's body (a potential: U) in algebra S at the given inputs. */
  evaluate<T>(S: Scalar<T>, inputs: T[]): Num<T> {
    const ctx: Ctx<T> = { S, inputs, globals: new Map() };
    const r = this.num(ctx, this.body(ctx, this.field.body, [this.topScope]));
    if (this.potential) return r;
    if (r.shape.length === 0 && this.dim === 1) return { ...r, shape: [1] };
    if (r.shape.length !== 1 || r.shape[0] !== this.dim) fail(`the field returns shape [${r.shape}], not [${this.dim}]`);
    return r;
  }

  // ---- compile-time numbers (sizes, const values, param defaults): plain float64 ----

  private integer(e: Expr): number {
    const v = this.constant(e);
    if (v.data.length !== 1 || !Number.isInteger(v.data[0])) fail('a size must be an integer');
    return v.data[0]!;
  }

  private constant(e: Expr): { shape: number[]; data: number[] } {
    const ctx: Ctx<number> = { S: F64, inputs: [], globals: new Map() };
    const v = this.num(ctx, this.expr(ctx, e, []));
    return { shape: v.shape, data: v.data };
  }

  private global<T>(ctx: Ctx<T>, name: string): Num<T> | undefined {
    const cached = ctx.globals.get(name);
    if (cached) return cached;
    const d = this.decls.get(name);
    if (!d) return undefined;
    let raw: { shape: number[]; data: number[] }, known: boolean;
    if (d.kind === 'const') {
      if (!this.constValues.has(name)) this.constValues.set(name, this.constant(d.value));
      raw = this.constValues.get(name)!;
      known = true;
    } else if (d.kind === 'param') {
      if (!this.paramValues.has(name)) {
        if (!d.value) fail(`param ${name} has no value`);
        const v = this.constant(d.value!);
        const shape = d.shape ? d.shape.map((e) => this.integer(e)) : v.shape;
        this.paramValues.set(name, { shape, data: v.shape.length === 0 && shape.length > 0 ? new Array<number>(sizeOf(shape)).fill(v.data[0]!) : v.data });
      }
      raw = this.paramValues.get(name)!;
      known = false;
    } else {
      return fail(`'${name}' is a ${d.kind}, not a value`);
    }
    const v: Num<T> = { kind: 'num', shape: raw.shape, data: raw.data.map((x) => ctx.S.c(x)), known };
    ctx.globals.set(name, v);
    return v;
  }

  // ---- expressions ----

  private num<T>(_ctx: Ctx<T>, v: Val<T>): Num<T> {
    if (v.kind !== 'num') fail('a condition where a number is expected');
    return v as Num<T>;
  }

  private body<T>(ctx: Ctx<T>, b: ast.Body, scopes: Scope[]): Val<T> {
    const local: Scope = new Map();
    const inner = [...scopes, local];
    for (const l of b.lets) local.set(l.name, { kind: 'lazy', expr: l.value, scopes: inner, memo: new WeakMap() });
    return this.expr(ctx, b.result, inner);
  }

  private lookup(name: string, scopes: Scope[]): Binding | undefined {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const b = scopes[i]!.get(name);
      if (b) return b;
    }
    return undefined;
  }

  private name<T>(ctx: Ctx<T>, name: string, scopes: Scope[]): Val<T> {
    const b = this.lookup(name, scopes);
    if (b) {
      switch (b.kind) {
        case 'input': return { kind: 'num', shape: b.vector ? [b.size] : [], data: ctx.inputs.slice(b.index, b.index + b.size), known: false };
        case 'index': return { kind: 'num', shape: [], data: [ctx.S.c(b.value)], known: true };
        case 'lazy': {
          const m = b.memo.get(ctx) as Val<T> | undefined;
          if (m) return m;
          const v = this.expr(ctx, b.expr, b.scopes);
          b.memo.set(ctx, v as Val<unknown>);
          return v;
        }
      }
    }
    return this.global(ctx, name) ?? fail(`unknown name ${name}`);
  }

  expr<T>(ctx: Ctx<T>, e: Expr, scopes: Scope[]): Val<T> {
    const S = ctx.S;
    switch (e.kind) {
      case 'number': return { kind: 'num', shape: [], data: [S.c(e.value)], known: true };
      case 'name': return this.name(ctx, e.name, scopes);
      case 'unary': {
        const v = this.expr(ctx, e.operand, scopes);
        if (e.op === 'not') {
          if (v.kind !== 'bool') fail('not of a number');
          return { ...v, data: (v.data as boolean[]).map((b) => !b) } as Val<T>;
        }
        const n = this.num(ctx, v);
        return { ...n, data: n.data.map((x) => S.neg(x)) };
      }
      case 'binary': return this.binary(ctx, e, scopes);
      case 'if': {
        const c = this.expr(ctx, e.cond, scopes);
        if (c.kind !== 'bool') fail('if on a number');
        const conds = c.data as boolean[];
        // known at compile time and uniform: only the branch taken exists (LANGUAGE.md)
        if (c.known && conds.length > 0 && conds.every((b) => b === conds[0])) return this.expr(ctx, conds[0] ? e.then : e.else, scopes);
        const a = this.num(ctx, this.expr(ctx, e.then, scopes)), b = this.num(ctx, this.expr(ctx, e.else, scopes));
        return this.broadcast([c, a, b], (ci, ai, bi) => (ci ? ai : bi), S, false);
      }
      case 'tensor':
      case 'tuple': {
        const items = e.items.map((i) => this.num(ctx, this.expr(ctx, i, scopes)));
        return this.stack(items);
      }
      case 'comprehension': {
        const items = this.iterate(ctx, e.iter, e.body, scopes);
        if (items.length === 0) return { kind: 'num', shape: [0], data: [], known: true };
        return this.stack(items);
      }
      case 'reduce': {
        const items = this.iterate(ctx, e.iter, e.body, scopes);
        if (items.length === 0) return { kind: 'num', shape: [], data: [S.c(e.op === 'sum' ? 0 : 1)], known: true };
        const op = e.op === 'sum' ? S.add : S.mul;
        const first = items[0]!;
        return {
          kind: 'num', shape: first.shape, known: items.every((v) => v.known),
          data: first.data.map((_, k) => items.slice(1).reduce<T>((acc, v) => op(acc, v.data[k]!), first.data[k]!)),
        };
      }
      case 'reduceAll': {
        const v = this.num(ctx, this.expr(ctx, e.arg, scopes));
        if (v.data.length === 0) return { kind: 'num', shape: [], data: [S.c(e.op === 'sum' ? 0 : 1)], known: true };
        const op = e.op === 'sum' ? S.add : S.mul;
        return { kind: 'num', shape: [], data: [v.data.slice(1).reduce((a, b) => op(a, b), v.data[0]!)], known: v.known };
      }
      case 'index': {
        const t = this.num(ctx, this.expr(ctx, e.target, scopes));
        let offset = 0, stride = sizeOf(t.shape);
        e.indices.forEach((ie, k) => {
          const i = this.num(ctx, this.expr(ctx, ie, scopes));
          const n = S.primal(i.data[0]!);
          if (!Number.isInteger(n) || n < 0 || n >= t.shape[k]!) fail(`index ${n} out of range`);
          stride /= t.shape[k]!;
          offset += n * stride;
        });
        const shape = t.shape.slice(e.indices.length);
        return { kind: 'num', shape, data: t.data.slice(offset, offset + sizeOf(shape)), known: t.known };
      }
      case 'call': return this.call(ctx, e, scopes);
    }
  }

  private stack<T>(items: Num<T>[]): Num<T> {
    const inner = items[0]!.shape;
    if (!items.every((v) => same(v.shape, inner))) fail('items of different shapes');
    return { kind: 'num', shape: [items.length, ...inner], data: items.flatMap((v) => v.data), known: items.every((v) => v.known) };
  }

  private iterate<T>(ctx: Ctx<T>, iter: ast.Iteration, body: Expr, scopes: Scope[]): Num<T>[] {
    const bound = (e: Expr) => {
      const v = this.num(ctx, this.expr(ctx, e, scopes));
      return ctx.S.primal(v.data[0]!);
    };
    const from = iter.from ? bound(iter.from) : 0, to = bound(iter.to);
    const items: Num<T>[] = [];
    for (let i = from; i < to; i++) items.push(this.num(ctx, this.expr(ctx, body, [...scopes, new Map([[iter.variable, { kind: 'index', value: i }]])])));
    return items;
  }

  /** Elementwise with scalar broadcasting (conditions are plain booleans in `fn`). */
  private broadcast<T>(vals: Val<T>[], fn: (...xs: (T | boolean)[]) => T | boolean, _S: Scalar<T>, bool: boolean): Val<T> {
    const shaped = vals.filter((v) => v.shape.length > 0);
    const shape = shaped[0]?.shape ?? [];
    if (!shaped.every((v) => same(v.shape, shape))) fail(`shapes [${vals.map((v) => v.shape).join('] and [')}] do not broadcast`);
    const n = sizeOf(shape);
    const data: (T | boolean)[] = [];
    for (let i = 0; i < n; i++) data.push(fn(...vals.map((v) => (v.shape.length === 0 ? v.data[0]! : v.data[i]!))));
    const known = vals.every((v) => v.known);
    return bool ? { kind: 'bool', shape, data: data as boolean[], known } : { kind: 'num', shape, data: data as T[], known };
  }

  private map<T>(v: Num<T>, f: (x: T) => T): Num<T> {
    return { kind: 'num', shape: v.shape, data: v.data.map(f), known: v.known };
  }

  private binary<T>(ctx: Ctx<T>, e: Extract<Expr, { kind: 'binary' }>, scopes: Scope[]): Val<T> {
    const S = ctx.S;
    const a = this.expr(ctx, e.left, scopes), b = this.expr(ctx, e.right, scopes);
    if (e.op === 'and' || e.op === 'or') {
      if (a.kind !== 'bool' || b.kind !== 'bool') fail(`${e.op} of numbers`);
      return this.broadcast([a, b], (x, y) => (e.op === 'and' ? (x as boolean) && (y as boolean) : (x as boolean) || (y as boolean)), S, true);
    }
    const x = this.num(ctx, a), y = this.num(ctx, b);
    const p = S.primal;
    switch (e.op) {
      case '+': return this.broadcast([x, y], (u, v) => S.add(u as T, v as T), S, false);
      case '-': return this.broadcast([x, y], (u, v) => S.sub(u as T, v as T), S, false);
      case '*': return this.broadcast([x, y], (u, v) => S.mul(u as T, v as T), S, false);
      case '/': return this.broadcast([x, y], (u, v) => S.div(u as T, v as T), S, false);
      case '%': return this.broadcast([x, y], (u, v) => S.binary('mod', u as T, v as T), S, false);
      case '^': return this.power(S, x, y);
      case '@': return this.matmul(S, x, y);
      case '<': return this.broadcast([x, y], (u, v) => p(u as T) < p(v as T), S, true);
      case '<=': return this.broadcast([x, y], (u, v) => p(u as T) <= p(v as T), S, true);
      case '>': return this.broadcast([x, y], (u, v) => p(u as T) > p(v as T), S, true);
      case '>=': return this.broadcast([x, y], (u, v) => p(u as T) >= p(v as T), S, true);
      case '==': return this.broadcast([x, y], (u, v) => p(u as T) === p(v as T), S, true);
      case '!=': return this.broadcast([x, y], (u, v) => p(u as T) !== p(v as T), S, true);
    }
  }

  /**
   * a ^ b: an integer exponent known at compile time (|n| <= 64) is a power by multiplication
   * (no derivative in b, a^0 = 1 everywhere), any other exponent the real pow.
   */
  private power<T>(S: Scalar<T>, a: Num<T>, b: Num<T>): Num<T> {
    if (b.shape.length === 0 && b.known) {
      const n = S.primal(b.data[0]!);
      if (Number.isInteger(n) && Math.abs(n) <= 64) return n === 0 ? { ...this.map(a, () => S.c(1)), known: true } : this.map(a, (x) => S.powi(x, n));
    }
    return this.broadcast([a, b], (u, v) => S.binary('pow', u as T, v as T), S, false) as Num<T>;
  }

  private matmul<T>(S: Scalar<T>, a: Num<T>, b: Num<T>): Num<T> {
    const ra = a.shape.length, rb = b.shape.length;
    const n = a.shape[ra - 1]!;
    if (ra === 0 || rb === 0 || ra > 2 || rb > 2 || n !== b.shape[0]) fail(`@ of [${a.shape}] and [${b.shape}]`);
    const rows = ra === 2 ? a.shape[0]! : 1, cols = rb === 2 ? b.shape[1]! : 1;
    const data: T[] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        let acc = S.c(0);
        for (let k = 0; k < n; k++) acc = k === 0 ? S.mul(a.data[i * n]!, b.data[j]!) : S.add(acc, S.mul(a.data[i * n + k]!, b.data[k * cols + j]!));
        data.push(acc);
      }
    }
    return { kind: 'num', shape: [...(ra === 2 ? [rows] : []), ...(rb === 2 ? [cols] : [])], data, known: a.known && b.known };
  }

  /** Whether e is a sum of squares (x * x, x ^ 2k, norm2, dot(v, v), sums of them), seeing through lets. */
  private sumOfSquares(e: Expr, scopes: Scope[]): boolean {
    switch (e.kind) {
      case 'binary':
        if (e.op === '+') return this.sumOfSquares(e.left, scopes) && this.sumOfSquares(e.right, scopes);
        if (e.op === '*') return sameExpr(e.left, e.right);
        if (e.op === '^') return e.right.kind === 'number' && Number.isInteger(e.right.value) && e.right.value > 0 && e.right.value % 2 === 0;
        return false;
      case 'call':
        if (e.callee === 'norm2') return true;
        if (e.callee === 'dot') return e.args.length === 2 && sameExpr(e.args[0]!, e.args[1]!);
        if (e.callee === 'pow') return e.args.length === 2 && e.args[1]!.kind === 'number' && e.args[1]!.value > 0 && e.args[1]!.value % 2 === 0;
        return false;
      case 'reduce': return e.op === 'sum' && this.sumOfSquares(e.body, scopes);
      case 'reduceAll': return e.op === 'sum' && this.sumOfSquares(e.arg, scopes);
      case 'name': {
        const b = this.lookup(e.name, scopes);
        return b?.kind === 'lazy' && this.sumOfSquares(b.expr, b.scopes);
      }
      default: return false;
    }
  }

  private call<T>(ctx: Ctx<T>, e: Extract<Expr, { kind: 'call' }>, scopes: Scope[]): Val<T> {
    const S = ctx.S;
    const d = this.decls.get(e.callee);
    if (d && d.kind === 'fn') {
      // arguments are lazy: a grad inside the fn re-evaluates them with its inputs seeded
      const scope: Scope = new Map(d.params.map((p, i) => [p.name, { kind: 'lazy', expr: e.args[i]!, scopes, memo: new WeakMap() }]));
      return this.body(ctx, d.body, [scope]); // a fn sees its parameters and the globals, not the caller's locals
    }
    if (e.callee === 'grad') return this.grad(ctx, e, scopes);
    const args = e.args.map((a) => this.num(ctx, this.expr(ctx, a, scopes)));
    const [a, b, c] = args as [Num<T>, Num<T>, Num<T>];
    const scalar = (x: T, known = false): Num<T> => ({ kind: 'num', shape: [], data: [x], known });
    const sum = (xs: T[]) => (xs.length === 0 ? S.c(0) : xs.slice(1).reduce((acc, x) => S.add(acc, x), xs[0]!));
    const sumSquares = (v: Num<T>) => sum(v.data.map((x) => S.mul(x, x)));
    /** the max subtracted in softmax / logsumexp: a constant (any shift gives the same function) */
    const shift = (v: Num<T>) => S.c(pairwise(v.data.map((x) => S.primal(x)), Math.max));
    if (UNARY.has(e.callee)) {
      if (e.callee === 'sqrt' && this.sumOfSquares(e.args[0]!, scopes)) return this.map(a, (x) => S.sqrtNorm(x));
      return this.map(a, (x) => S.unary(e.callee as Unary, x));
    }
    switch (e.callee) {
      case 'atan2': case 'hypot': case 'min': case 'max':
        return this.broadcast([a, b], (x, y) => S.binary(e.callee as Binary, x as T, y as T), S, false);
      case 'pow': return this.power(S, a, b);
      case 'clamp': // a wins ties: derivative 1 at the bounds (torch.clamp)
        return this.broadcast([a, b, c], (x, lo, hi) => {
          const low = S.primal(x as T) < S.primal(lo as T) ? lo : x;
          return S.primal(low as T) > S.primal(hi as T) ? hi : low;
        }, S, false);
      case 'dot': {
        if (a.shape.length !== 1 || !same(a.shape, b.shape)) fail('dot of non-vectors');
        return scalar(sum(a.data.map((x, i) => S.mul(x, b.data[i]!))), a.known && b.known);
      }
      case 'norm': return scalar(S.sqrtNorm(sumSquares(a)), a.known);
      case 'norm2': return scalar(sumSquares(a), a.known);
      case 'maxof': return scalar(pairwise(a.data, (x, y) => S.binary('max', x, y)), a.known);
      case 'minof': return scalar(pairwise(a.data, (x, y) => S.binary('min', x, y)), a.known);
      case 'logsumexp': {
        const m = shift(a);
        return scalar(S.add(m, S.unary('log', sum(a.data.map((x) => S.unary('exp', S.sub(x, m)))))), a.known);
      }
      case 'softmax': {
        if (a.shape.length !== 1) fail('softmax of a non-vector');
        const m = shift(a);
        const ex = a.data.map((x) => S.unary('exp', S.sub(x, m)));
        const total = sum(ex);
        return this.map({ ...a, data: ex }, (x) => S.div(x, total));
      }
      case 'outer':
        return { kind: 'num', shape: [a.shape[0]!, b.shape[0]!], data: a.data.flatMap((x) => b.data.map((y) => S.mul(x, y))), known: a.known && b.known };
      case 'transpose': {
        const [r, cols] = a.shape as [number, number];
        const data: T[] = [];
        for (let j = 0; j < cols; j++) for (let i = 0; i < r; i++) data.push(a.data[i * cols + j]!);
        return { kind: 'num', shape: [cols, r], data, known: a.known };
      }
      case 'trace': {
        const n = a.shape[0]!;
        return scalar(sum(Array.from({ length: n }, (_, i) => a.data[i * n + i]!)), a.known);
      }
      case 'len': return scalar(S.c(a.shape[0]!), true);
      case 'concat': return { kind: 'num', shape: [args.reduce((n, v) => n + v.data.length, 0)], data: args.flatMap((v) => v.data), known: args.every((v) => v.known) };
    }
    return fail(`unknown function ${e.callee}`);
  }

  /** grad(e, v) / grad(e): forward mode, one dual level per component of v. */
  private grad<T>(ctx: Ctx<T>, e: Extract<Expr, { kind: 'call' }>, scopes: Scope[]): Val<T> {
    let first = 0, count = this.dim, vectorShape = true;
    if (e.args.length === 2) {
      let v = e.args[1]!;
      let where = scopes;
      for (;;) { // a name bound to an input, possibly through lets or fn arguments
        if (v.kind !== 'name') fail('grad with respect to an expression');
        const b = this.lookup((v as { name: string }).name, where);
        if (!b) fail(`grad with respect to ${(v as { name: string }).name}, not an input`);
        if (b!.kind === 'input') { first = b!.index; count = b!.size; vectorShape = b!.vector; break; }
        if (b!.kind !== 'lazy') fail('grad with respect to a comprehension variable');
        const lazy = b as Extract<Binding, { kind: 'lazy' }>;
        v = lazy.expr; where = lazy.scopes;
      }
    } else {
      vectorShape = true;
    }
    const D = dual(ctx.S);
    const out: T[] = [];
    for (let j = first; j < first + count; j++) {
      const inputs: Dual<T>[] = ctx.inputs.map((x, k) => ({ v: x, d: ctx.S.c(k === j ? 1 : 0) }));
      const inner: Ctx<Dual<T>> = { S: D, inputs, globals: new Map() };
      const r = this.num(inner, this.expr(inner, e.args[0]!, scopes));
      if (r.data.length !== 1 || r.shape.length !== 0) fail('grad of a non-scalar');
      out.push(r.data[0]!.d);
    }
    return { kind: 'num', shape: vectorShape ? [count] : [], data: out, known: false };
  }
}

/** The oracle of one program: `at(point)` gives f, div f, the diagonal (and U). */
export function oracle(source: string, options: { field?: string; params?: ParamValues } = {}): Oracle {
  return new Oracle(source, options);
}
