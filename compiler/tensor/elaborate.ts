// Front end at the tensor level: AST -> tensor graph, with tensors kept whole (W @ x is one
// node whatever W's size). It covers what networks are written with (matrix products,
// elementwise maps and builtins, reductions, slices, stacking, fn calls, compile-time ifs and
// unrolled comprehensions) and gives up, without a diagnostic, on anything else or on any user
// error: the scalar front end then compiles the field and reports the errors.
import type { ast } from '../../grammar/index.js';
import type { ComputeOp } from '../ir/ops.js';
import type { ParamInfo } from '../ir/program.js';
import { foldBalanced } from '../ir/fold.js';
import type { FileScope } from '../frontend/elaborate.js';
import { MAX_UNROLLED_EXPONENT } from '../frontend/builtins.js';
import { NotTensor, TensorGraph, sameShape, sizeOf, type ReduceFn } from './graph.js';
import { tensorGradient } from './gradient.js';
import { inputLayout } from '../frontend/inputs.js';
import type { TensorProgram } from './program.js';
import { verifiedTensor, verifyTensor } from './verifier.js';

type Expr = ast.Expr;
type Decl = ast.Decl;
type Scope = Map<string, number>;

export { NotTensor };

const BINARY: Partial<Record<ast.BinaryOp, ComputeOp>> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod',
  '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq', '!=': 'ne', and: 'and', or: 'or',
};

/** Builtins that map elementwise onto one op (LANGUAGE.md: scalar builtins broadcast). */
const ELEMENTWISE: Record<string, ComputeOp> = {
  sin: 'sin', cos: 'cos', tan: 'tan', asin: 'asin', acos: 'acos', atan: 'atan',
  sinh: 'sinh', cosh: 'cosh', tanh: 'tanh', asinh: 'asinh', acosh: 'acosh', atanh: 'atanh',
  exp: 'exp', expm1: 'expm1', log: 'log', log1p: 'log1p', log2: 'log2', log10: 'log10',
  sqrt: 'sqrt', cbrt: 'cbrt', abs: 'abs', sign: 'sign', floor: 'floor', ceil: 'ceil',
  sigmoid: 'sigmoid', softplus: 'softplus', relu: 'relu', erf: 'erf',
  atan2: 'atan2', min: 'min', max: 'max', hypot: 'hypot',
};

const MAX_UNROLL = 4096;

class TensorElaborator {
  readonly g = new TensorGraph();
  readonly params = new Map<string, ParamInfo>();
  slots = 0;
  private readonly calls: string[] = [];
  private unrolled = 0;

  constructor(readonly file: FileScope) {}

  private shapeOf(id: number): readonly number[] {
    return this.g.node(id).shape;
  }

  private num(e: Expr, scopes: Scope[]): number {
    const v = this.expr(e, scopes);
    if (this.g.node(v).type !== 'f') throw new NotTensor('a condition used as a number');
    return v;
  }

  private cond(e: Expr, scopes: Scope[]): number {
    const v = this.expr(e, scopes);
    if (this.g.node(v).type !== 'b') throw new NotTensor('a number used as a condition');
    return v;
  }

  /** An elementwise op with the language's broadcasting (equal shapes, or one a scalar). */
  private map(fn: ComputeOp, args: number[]): number {
    const shaped = args.map((a) => this.shapeOf(a)).filter((s) => s.length > 0);
    if (!shaped.every((s) => sameShape(s, shaped[0]!))) throw new NotTensor('shape mismatch');
    return this.g.map(fn, ...args);
  }

  private integer(id: number): number {
    const v = this.g.constScalar(id);
    if (v === undefined || !Number.isInteger(v)) throw new NotTensor('an index or bound that is not a compile-time integer');
    return v;
  }

  expr(e: Expr, scopes: Scope[]): number {
    const g = this.g;
    switch (e.kind) {
      case 'number': return g.scalar(e.value);
      case 'name': return this.name(e.name, scopes);
      case 'unary': return e.op === '-' ? this.map('neg', [this.num(e.operand, scopes)]) : this.map('not', [this.cond(e.operand, scopes)]);
      case 'binary': return this.binary(e, scopes);
      case 'if': {
        const c = this.cond(e.cond, scopes);
        const known = g.constScalar(c);
        if (known !== undefined) return this.num(known ? e.then : e.else, scopes);
        return this.map('select', [c, this.num(e.then, scopes), this.num(e.else, scopes)]);
      }
      case 'call': return this.call(e, scopes);
      case 'index': return this.index(e, scopes);
      case 'tensor':
      case 'tuple': return this.stack(e.items.map((item) => this.num(item, scopes)));
      case 'comprehension': return this.stack(this.iterate(e.iter, e.body, scopes));
      case 'reduce': {
        const items = this.iterate(e.iter, e.body, scopes);
        if (items.length === 0) return g.scalar(e.op === 'sum' ? 0 : 1);
        // a balanced tree, as the scalar front end builds it (ir/fold.ts): the same roundings,
        // and unrolled, the same scalar expressions
        return foldBalanced(items, (a, b) => this.map(e.op === 'sum' ? 'add' : 'mul', [a, b]));
      }
      case 'reduceAll': return this.reduceAll(e.op === 'sum' ? 'add' : 'mul', this.num(e.arg, scopes));
    }
  }

  private reduceAll(fn: ReduceFn, v: number): number {
    const s = this.shapeOf(v);
    if (sizeOf(s) === 0) return this.g.scalar(fn === 'add' ? 0 : 1);
    let r = v;
    while (this.shapeOf(r).length > 0) r = this.g.reduce(fn, r, this.shapeOf(r).length - 1);
    return r;
  }

  private stack(items: number[]): number {
    if (items.length === 0) throw new NotTensor('an empty tensor');
    const inner = this.shapeOf(items[0]!);
    if (!items.every((i) => sameShape(this.shapeOf(i), inner))) throw new NotTensor('items of different shapes');
    if (inner.length > 1) throw new NotTensor('a tensor of rank 3');
    const type = this.g.node(items[0]!).type;
    if (!items.every((i) => this.g.node(i).type === type)) throw new NotTensor('mixed types');
    return this.g.concat(items, [items.length, ...inner]);
  }

  private name(name: string, scopes: Scope[]): number {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const v = scopes[i]!.get(name);
      if (v !== undefined) return v;
    }
    const d = this.file.decls.get(name);
    if (d?.kind === 'const') {
      const c = this.file.constValue(d, d.nameRange);
      if (!c || c.shape.length > 2) throw new NotTensor(`const '${name}'`);
      return this.g.const(c.values, c.shape);
    }
    if (d?.kind === 'param') {
      const info = this.param(d);
      return this.g.param(info.slot, info.shape);
    }
    throw new NotTensor(`name '${name}'`);
  }

  /** A param's slot, shape and default, the first time it is used (slots in first-use order). */
  private param(d: Extract<Decl, { kind: 'param' }>): ParamInfo {
    const known = this.params.get(d.name);
    if (known) return known;
    let shape = d.shape ? this.file.shape(d.shape, `param '${d.name}'`) : [];
    if (!shape || shape.length > 2) throw new NotTensor(`param '${d.name}'`);
    let def: number[] | undefined;
    if (d.value) {
      const v = this.file.compileTime(d.value, `the default of param '${d.name}'`);
      if (!v) throw new NotTensor(`the default of param '${d.name}'`);
      if (!d.shape) shape = v.shape;
      if (v.shape.length === 0 && shape.length > 0) def = new Array<number>(sizeOf(shape)).fill(v.values[0]!);
      else if (!sameShape(v.shape, shape)) throw new NotTensor(`the default of param '${d.name}'`);
      else def = v.values;
    }
    if (shape.length > 2) throw new NotTensor(`param '${d.name}' of rank 3`);
    const info: ParamInfo = { name: d.name, shape, slot: this.slots, size: sizeOf(shape), ...(def ? { default: def } : {}) };
    this.slots += info.size;
    this.params.set(d.name, info);
    return info;
  }

  private binary(e: Extract<Expr, { kind: 'binary' }>, scopes: Scope[]): number {
    if (e.op === 'and' || e.op === 'or') return this.map(BINARY[e.op]!, [this.cond(e.left, scopes), this.cond(e.right, scopes)]);
    const a = this.num(e.left, scopes), b = this.num(e.right, scopes);
    if (e.op === '@') return this.matmul(a, b);
    if (e.op === '^') return this.power(a, b);
    if (e.op === '/') return this.quotient(a, b);
    return this.map(BINARY[e.op]!, [a, b]);
  }

  private matmul(a: number, b: number): number {
    const [sa, sb] = [this.shapeOf(a), this.shapeOf(b)];
    if (sa.length === 0 || sb.length === 0 || sa[sa.length - 1] !== sb[0]) throw new NotTensor('shape mismatch in @');
    if (sa.length === 1 && sb.length === 1) return this.g.reduce('add', this.g.map('mul', a, b));
    if (sa.length === 1) return this.g.matmul(this.g.transpose(b), a); // v @ M = M^T v
    if (this.g.node(a).varying && this.g.node(b).varying) throw new NotTensor('a product of two per-point tensors');
    if (this.g.node(a).varying) {
      // per point matrix @ per batch: (A B) = (B^T A^T)^T, keeping per-point operands on the right
      if (sb.length === 1) throw new NotTensor('a per-point matrix');
      return this.g.transpose(this.g.matmul(this.g.transpose(b), this.g.transpose(a)));
    }
    return this.g.matmul(a, b);
  }

  /** a ^ b: integer constant exponents as powi (as the scalar front end does), else pow. */
  private power(a: number, b: number): number {
    const n = this.g.constScalar(b);
    if (n === undefined || !Number.isInteger(n) || Math.abs(n) > MAX_UNROLLED_EXPONENT) return this.map('pow', [a, b]);
    if (n === 0) return this.g.broadcastTo(this.g.scalar(1), this.shapeOf(a));
    if (n === 1) return a;
    // x^-k a power too (lowered to 1 / x^k): differentiated as one, as at the scalar level
    return n === -1 ? this.map('div', [this.g.scalar(1), a]) : this.g.map('powi', a, this.g.scalar(n));
  }

  /** a / b; c / x^k (c not varying) as the power c * x^-k, as the scalar front end does. */
  private quotient(a: number, b: number): number {
    const d = this.g.node(b);
    const k = d.op === 'map' && d.fn === 'powi' && !this.g.node(a).varying ? this.g.constScalar(d.args[1]!) : undefined;
    if (k === undefined || k <= 0) return this.map('div', [a, b]);
    const power = this.g.map('powi', d.args[0]!, this.g.scalar(-k));
    return this.g.constScalar(a) === 1 && this.shapeOf(a).length === 0 ? power : this.map('mul', [a, power]);
  }

  private call(e: Extract<Expr, { kind: 'call' }>, scopes: Scope[]): number {
    const d = this.file.decls.get(e.callee);
    if (d?.kind === 'fn') return this.inline(d, e, scopes);
    if (d) throw new NotTensor(`'${e.callee}' is not a function`);
    const args = e.args.map((a) => this.num(a, scopes));
    const g = this.g;
    const one = (what: string) => {
      if (args.length !== 1) throw new NotTensor(`${what} arity`);
      return args[0]!;
    };
    const op = ELEMENTWISE[e.callee];
    if (op) {
      if (args.length !== (['atan2', 'min', 'max', 'hypot'].includes(e.callee) ? 2 : 1)) throw new NotTensor('arity');
      return this.map(op, args);
    }
    const vector = (v: number) => {
      if (this.shapeOf(v).length !== 1 || this.shapeOf(v)[0] === 0) throw new NotTensor(`${e.callee} of a non-vector`);
      return v;
    };
    const sumSquares = (v: number) => this.reduceAll('add', g.map('mul', v, v));
    switch (e.callee) {
      case 'pow': if (args.length !== 2) throw new NotTensor('arity'); return this.power(args[0]!, args[1]!);
      case 'clamp': {
        // as the scalar front end: two selects, so a value at a bound keeps derivative 1 (torch.clamp)
        if (args.length !== 3) throw new NotTensor('arity');
        const [a, lo, hi] = args as [number, number, number];
        const low = this.map('select', [this.map('lt', [a, lo]), lo, a]);
        return this.map('select', [this.map('gt', [low, hi]), hi, low]);
      }
      case 'dot': {
        if (args.length !== 2 || this.shapeOf(args[0]!).length !== 1 || !sameShape(this.shapeOf(args[0]!), this.shapeOf(args[1]!))) throw new NotTensor('dot');
        return g.reduce('add', g.map('mul', args[0]!, args[1]!));
      }
      case 'norm': return g.map('sqrt', sumSquares(one('norm')));
      case 'norm2': return sumSquares(one('norm2'));
      case 'maxof': return this.reduceAll('max', one('maxof'));
      case 'minof': return this.reduceAll('min', one('minof'));
      case 'logsumexp': {
        const v = one('logsumexp');
        const m = g.map('nograd', this.reduceAll('max', v));
        return g.map('add', m, g.map('log', this.reduceAll('add', g.map('exp', g.map('sub', v, m)))));
      }
      case 'softmax': {
        const v = vector(one('softmax'));
        const ex = g.map('exp', g.map('sub', v, g.map('nograd', g.reduce('max', v))));
        return g.map('div', ex, g.reduce('add', ex));
      }
      case 'outer': {
        if (args.length !== 2) throw new NotTensor('arity');
        const [a, b] = [vector(args[0]!), vector(args[1]!)];
        const shape = [this.shapeOf(a)[0]!, this.shapeOf(b)[0]!];
        if (g.node(a).varying || g.node(b).varying) throw new NotTensor('a per-point matrix');
        return g.map('mul', a, g.copy(b, shape, 0, [0, 1]));
      }
      case 'transpose': {
        const m = one('transpose');
        if (this.shapeOf(m).length !== 2) throw new NotTensor('transpose');
        return g.transpose(m);
      }
      case 'trace': {
        const m = one('trace');
        const s = this.shapeOf(m);
        if (s.length !== 2 || s[0] !== s[1] || s[0] === 0) throw new NotTensor('trace');
        return g.reduce('add', g.diag(m));
      }
      case 'concat': {
        // scalars and vectors joined in order, as the scalar front end does (LANGUAGE.md)
        if (args.length === 0 || !args.every((a) => this.shapeOf(a).length <= 1)) throw new NotTensor('concat of a matrix');
        return g.concat(args, [args.reduce((n, a) => n + sizeOf(this.shapeOf(a)), 0)]);
      }
      case 'len': {
        const s = this.shapeOf(one('len'));
        if (s.length === 0) throw new NotTensor('len');
        return g.scalar(s[0]!);
      }
      default: throw new NotTensor(`builtin '${e.callee}'`);
    }
  }

  private inline(d: Extract<Decl, { kind: 'fn' }>, e: Extract<Expr, { kind: 'call' }>, scopes: Scope[]): number {
    if (e.args.length !== d.params.length || this.calls.includes(d.name)) throw new NotTensor(`call of ${d.name}`);
    const args = e.args.map((a) => this.expr(a, scopes));
    this.calls.push(d.name);
    try {
      return this.body(d.body, [new Map(d.params.map((p, i) => [p.name, args[i]!] as const))]);
    } finally {
      this.calls.pop();
    }
  }

  private index(e: Extract<Expr, { kind: 'index' }>, scopes: Scope[]): number {
    const t = this.num(e.target, scopes);
    const shape = this.shapeOf(t);
    if (e.indices.length > shape.length) throw new NotTensor('too many indices');
    let offset = 0;
    let stride = sizeOf(shape);
    e.indices.forEach((ie, k) => {
      const i = this.integer(this.num(ie, scopes));
      const n = shape[k]!;
      if (i < 0 || i >= n) throw new NotTensor('index out of range');
      stride /= n;
      offset += i * stride;
    });
    return this.g.slice(t, offset, shape.slice(e.indices.length));
  }

  private iterate(iter: ast.Iteration, body: Expr, scopes: Scope[]): number[] {
    const from = iter.from ? this.integer(this.num(iter.from, scopes)) : 0;
    const to = this.integer(this.num(iter.to, scopes));
    if (to < from) throw new NotTensor('empty range');
    this.unrolled += to - from;
    if (this.unrolled > MAX_UNROLL) throw new NotTensor('a comprehension too long to unroll');
    const items: number[] = [];
    for (let i = from; i < to; i++) items.push(this.num(body, [...scopes, new Map([[iter.variable, this.g.scalar(i)]])]));
    return items;
  }

  body(b: ast.Body, scopes: Scope[]): number {
    const local: Scope = new Map();
    const inner = [...scopes, local];
    for (const l of b.lets) {
      if (local.has(l.name)) throw new NotTensor('a name bound twice');
      local.set(l.name, this.expr(l.value, inner));
    }
    return this.expr(b.result, inner);
  }

  field(d: Extract<Decl, { kind: 'field' }>): TensorProgram {
    const g = this.g;
    const layout = inputLayout(this.file, d);
    if (!layout) throw new NotTensor('inputs');
    const scope: Scope = new Map();
    const inputs = layout.names, conditions = layout.conditions;
    // the point's row in memory: the state, then the conditions; x (what the divergence and a
    // potential's gradient differentiate) is the state alone, the conditions slices beside it
    const row = g.input(layout.width);
    const x = conditions.length === 0 ? row : g.slice(row, 0, [layout.dim]);
    if (layout.state.kind === 'vector') scope.set(layout.state.name, x);
    else layout.state.names.forEach((name, k) => scope.set(name, g.slice(x, k, [])));
    for (const c of conditions) scope.set(c.name, g.slice(row, c.offset, c.shape));
    const dim = layout.dim;
    let result = this.body(d.body, [scope]);
    const program = (outputs: TensorProgram['outputs']): TensorProgram =>
      ({
        graph: g, field: d.name, inputs, dim, params: [...this.params.values()], paramSlots: this.slots, input: x, outputs,
        ...(conditions.length > 0 ? { conditions, row } : {}),
      });
    let potential: number | undefined;
    if (d.potential) {
      // U: a scalar; the field is grad U, by reverse mode over the tensors
      if (g.node(result).shape.length !== 0) throw new NotTensor('a potential that is not a scalar');
      potential = result;
      verifyTensor(program({ potential }), 'elaboration');
      result = tensorGradient(g, potential, x);
    }
    // tangents carry one more axis than their value: per-point values stay vectors at most
    if (g.nodes.some((n) => n.varying && n.shape.length > 1)) throw new NotTensor('a per-point matrix');
    if (this.g.node(result).type !== 'f') throw new NotTensor('a condition as the result');
    const s = this.shapeOf(result);
    if (dim === 1 && s.length === 0) result = g.slice(result, 0, [1]);
    else if (s.length !== 1 || s[0] !== dim) throw new NotTensor('the result size');
    return verifiedTensor({ ...program({ values: result }), ...(potential !== undefined ? { potential } : {}) }, potential !== undefined ? 'the gradient pass' : 'elaboration');
  }
}

/** The field at the tensor level, or the reason it cannot be (the scalar front end takes it). */
export function elaborateTensor(file: FileScope, d: Extract<Decl, { kind: 'field' }>): TensorProgram | string {
  try {
    return new TensorElaborator(file).field(d);
  } catch (e) {
    if (e instanceof NotTensor) return e.message;
    if (e instanceof RangeError) return 'nesting too deep';
    throw e;
  }
}
