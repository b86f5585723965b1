// CST visitor -> AST. The CST comes from the pure grammar in parser.ts; this is the only place
// that knows the CST's labels. It runs only on CSTs without syntax errors.
import type { CstNode, IToken, CstElement } from 'chevrotain';
import { parser } from './parser.js';
import type * as A from './ast.js';

const BaseVisitor = parser.getBaseCstVisitorConstructor();

type Children = Record<string, CstElement[] | undefined>;

function isToken(e: CstElement): e is IToken {
  return (e as IToken).image !== undefined;
}

export function tokenRange(t: IToken): A.Range {
  return { line: t.startLine ?? 1, col: t.startColumn ?? 1, endLine: t.endLine ?? t.startLine ?? 1, endCol: t.endColumn ?? t.startColumn ?? 1 };
}

function nodeRange(n: CstNode): A.Range {
  const l = n.location!;
  return { line: l.startLine ?? 1, col: l.startColumn ?? 1, endLine: l.endLine ?? 1, endCol: l.endColumn ?? 1 };
}

function span(a: A.Range, b: A.Range): A.Range {
  return { line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
}

const tokens = (c: Children, label: string) => (c[label] ?? []) as IToken[];
const nodes = (c: Children, label: string) => (c[label] ?? []) as CstNode[];
const one = (c: Children, label: string) => nodes(c, label)[0]!;
const oneToken = (c: Children, label: string) => tokens(c, label)[0]!;

const OP_OF_TOKEN: Record<string, A.BinaryOp> = {
  Plus: '+', Minus: '-', Star: '*', Slash: '/', Percent: '%', At: '@',
  Less: '<', LessEq: '<=', Greater: '>', GreaterEq: '>=', EqEq: '==', NotEq: '!=', And: 'and', Or: 'or',
};

class ToAst extends BaseVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  file(c: Children): A.Program {
    return { decls: nodes(c, 'declaration').map((d) => this.visit(d)) };
  }

  declaration(c: Children): A.Decl {
    const inner = (c.constDecl ?? c.paramDecl ?? c.fnDecl ?? c.fieldDecl)![0] as CstNode;
    return this.visit(inner);
  }

  constDecl(c: Children, _p: unknown): A.Decl {
    const name = oneToken(c, 'name');
    const value = this.expr(one(c, 'value'));
    return { kind: 'const', name: name.image, nameRange: tokenRange(name), value, range: span(tokenRange(oneToken(c, 'Const')), value.range) };
  }

  paramDecl(c: Children): A.Decl {
    const name = oneToken(c, 'name');
    const shape = c.shape ? this.visit(c.shape[0] as CstNode) as A.Expr[] : undefined;
    const value = c.value ? this.expr(one(c, 'value')) : undefined;
    return { kind: 'param', name: name.image, nameRange: tokenRange(name), shape, value, range: span(tokenRange(oneToken(c, 'Param')), value?.range ?? tokenRange(name)) };
  }

  shape(c: Children): A.Expr[] {
    return nodes(c, 'dims').map((d) => this.expr(d));
  }

  fnDecl(c: Children): A.Decl {
    const name = oneToken(c, 'name');
    const body: A.Body = this.visit(one(c, 'body'));
    return {
      kind: 'fn', name: name.image, nameRange: tokenRange(name),
      params: tokens(c, 'params').map((t) => ({ name: t.image, range: tokenRange(t) })),
      body, range: span(tokenRange(oneToken(c, 'Fn')), tokenRange(name)),
    };
  }

  fieldDecl(c: Children): A.Decl {
    const name = oneToken(c, 'name');
    const potential = c.Potential !== undefined;
    return {
      kind: 'field', name: name.image, nameRange: tokenRange(name),
      inputs: nodes(c, 'inputs').map((n) => this.visit(n)),
      conditions: nodes(c, 'conditions').map((n) => this.visit(n)),
      body: this.visit(one(c, 'body')),
      range: span(tokenRange(oneToken(c, potential ? 'Potential' : 'Field')), tokenRange(name)),
      ...(potential ? { potential: true } : {}),
    };
  }

  fieldInput(c: Children, _p: unknown, node?: CstNode): A.FieldInput {
    const name = oneToken(c, 'name');
    const shape = c.shape ? this.visit(c.shape[0] as CstNode) as A.Expr[] : undefined;
    return { name: name.image, shape, range: tokenRange(name) };
  }

  body(c: Children): A.Body {
    if (c.block) return this.visit(c.block[0] as CstNode);
    return { lets: [], result: this.expr(one(c, 'result')) };
  }

  block(c: Children): A.Body {
    return { lets: nodes(c, 'lets').map((l) => this.visit(l)), result: this.expr(one(c, 'result')) };
  }

  letStmt(c: Children): A.Let {
    const name = oneToken(c, 'name');
    const value = this.expr(one(c, 'value'));
    return { name: name.image, nameRange: tokenRange(name), value, range: span(tokenRange(oneToken(c, 'Let')), value.range) };
  }

  private expr(n: CstNode): A.Expr {
    return this.visit(n);
  }

  expression(c: Children): A.Expr {
    return this.expr((c.ifExpr ?? c.orExpr)![0] as CstNode);
  }

  ifExpr(c: Children): A.Expr {
    const e = this.expr(one(c, 'else'));
    return {
      kind: 'if', cond: this.expr(one(c, 'cond')), then: this.expr(one(c, 'then')), else: e,
      range: span(tokenRange(oneToken(c, 'If')), e.range),
    };
  }

  /** Left-associative chains: operands[0] ops[0] operands[1] ... */
  private chain(c: Children): A.Expr {
    const operands = nodes(c, 'operands').map((n) => this.expr(n));
    const ops = tokens(c, 'ops');
    let left = operands[0]!;
    for (let i = 0; i < ops.length; i++) {
      const right = operands[i + 1]!;
      const op = OP_OF_TOKEN[ops[i]!.tokenType.name]!;
      left = { kind: 'binary', op, left, right, opRange: tokenRange(ops[i]!), range: span(left.range, right.range) };
    }
    return left;
  }

  orExpr(c: Children) { return this.chain(c); }
  andExpr(c: Children) { return this.chain(c); }
  comparison(c: Children) { return this.chain(c); }
  additive(c: Children) { return this.chain(c); }
  multiplicative(c: Children) { return this.chain(c); }

  notExpr(c: Children): A.Expr {
    const operand = this.expr(one(c, 'operand'));
    if (!c.not) return operand;
    return { kind: 'unary', op: 'not', operand, range: span(tokenRange(oneToken(c, 'not')), operand.range) };
  }

  unary(c: Children): A.Expr {
    const operand = this.expr(one(c, 'operand'));
    if (!c.minus) return operand;
    return { kind: 'unary', op: '-', operand, range: span(tokenRange(oneToken(c, 'minus')), operand.range) };
  }

  power(c: Children): A.Expr {
    const base = this.expr(one(c, 'base'));
    if (!c.exponent) return base;
    const exponent = this.expr(one(c, 'exponent'));
    return { kind: 'binary', op: '^', left: base, right: exponent, opRange: tokenRange(oneToken(c, 'Caret')), range: span(base.range, exponent.range) };
  }

  postfix(c: Children, _p: unknown): A.Expr {
    let target = this.expr(one(c, 'target'));
    for (const suffix of nodes(c, 'indices')) {
      const items = nodes(suffix.children as Children, 'items').map((n) => this.expr(n));
      target = { kind: 'index', target, indices: items, range: span(target.range, nodeRange(suffix)) };
    }
    return target;
  }

  indexSuffix(): never {
    throw new Error('indexSuffix is read by postfix');
  }

  primary(c: Children): A.Expr {
    if (c.NumberLit) {
      const t = oneToken(c, 'NumberLit');
      return { kind: 'number', value: Number(t.image), text: t.image, range: tokenRange(t) };
    }
    const inner = (c.reduction ?? c.nameOrCall ?? c.parenOrTuple ?? c.comprehension ?? c.tensorLiteral)![0] as CstNode;
    return this.expr(inner);
  }

  nameOrCall(c: Children, _p: unknown): A.Expr {
    const name = oneToken(c, 'name');
    if (!c.call) return { kind: 'name', name: name.image, range: tokenRange(name) };
    const args = nodes(c, 'args').map((n) => this.expr(n));
    const close = oneToken(c, 'RParen');
    return { kind: 'call', callee: name.image, calleeRange: tokenRange(name), args, range: span(tokenRange(name), tokenRange(close)) };
  }

  parenOrTuple(c: Children): A.Expr {
    const items = nodes(c, 'items').map((n) => this.expr(n));
    if (items.length === 1) return items[0]!;
    return { kind: 'tuple', items, range: span(tokenRange(oneToken(c, 'LParen')), tokenRange(oneToken(c, 'RParen'))) };
  }

  tensorLiteral(c: Children): A.Expr {
    return {
      kind: 'tensor', items: nodes(c, 'items').map((n) => this.expr(n)),
      range: span(tokenRange(oneToken(c, 'LBracket')), tokenRange(oneToken(c, 'RBracket'))),
    };
  }

  comprehension(c: Children): A.Expr {
    return {
      kind: 'comprehension', iter: this.visit(one(c, 'iteration')), body: this.expr(one(c, 'body')),
      range: span(tokenRange(oneToken(c, 'LBracket')), tokenRange(oneToken(c, 'RBracket'))),
    };
  }

  iteration(c: Children): A.Iteration {
    const v = oneToken(c, 'variable');
    const first = this.expr(one(c, 'from'));
    const to = c.to ? this.expr(one(c, 'to')) : undefined;
    return {
      variable: v.image, variableRange: tokenRange(v),
      from: to ? first : undefined, to: to ?? first,
      range: span(tokenRange(v), (to ?? first).range),
    };
  }

  reduction(c: Children): A.Expr {
    const opTok = oneToken(c, 'op');
    const op = opTok.image as 'sum' | 'prod';
    const range = span(tokenRange(opTok), tokenRange(oneToken(c, 'RParen')));
    if (c.iteration) return { kind: 'reduce', op, iter: this.visit(one(c, 'iteration')), body: this.expr(one(c, 'body')), range };
    return { kind: 'reduceAll', op, arg: this.expr(one(c, 'arg')), range };
  }
}

export const toAst = new ToAst();
