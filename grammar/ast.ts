// The abstract syntax tree: what a .div file says, with a source range on every node.

export interface Range {
  line: number; // 1-based
  col: number; // 1-based
  endLine: number;
  endCol: number; // inclusive, 1-based
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '@' | '^' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'and' | 'or';

export type Expr =
  | { kind: 'number'; value: number; text: string; range: Range }
  | { kind: 'name'; name: string; range: Range }
  | { kind: 'call'; callee: string; calleeRange: Range; args: Expr[]; range: Range }
  | { kind: 'unary'; op: '-' | 'not'; operand: Expr; range: Range }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; opRange: Range; range: Range }
  | { kind: 'index'; target: Expr; indices: Expr[]; range: Range }
  | { kind: 'tensor'; items: Expr[]; range: Range }
  | { kind: 'tuple'; items: Expr[]; range: Range }
  | { kind: 'comprehension'; iter: Iteration; body: Expr; range: Range }
  | { kind: 'reduce'; op: 'sum' | 'prod'; iter: Iteration; body: Expr; range: Range }
  | { kind: 'reduceAll'; op: 'sum' | 'prod'; arg: Expr; range: Range }
  | { kind: 'if'; cond: Expr; then: Expr; else: Expr; range: Range };

/** `i in N` (from = 0, to = N) or `i in a..b`. */
export interface Iteration {
  variable: string;
  variableRange: Range;
  from: Expr | undefined;
  to: Expr;
  range: Range;
}

export interface Let { name: string; nameRange: Range; value: Expr; range: Range }
export interface Body { lets: Let[]; result: Expr }

export type Decl =
  | { kind: 'const'; name: string; nameRange: Range; value: Expr; range: Range }
  | { kind: 'param'; name: string; nameRange: Range; shape: Expr[] | undefined; value: Expr | undefined; range: Range }
  | { kind: 'fn'; name: string; nameRange: Range; params: { name: string; range: Range }[]; body: Body; range: Range }
  | { kind: 'field'; name: string; nameRange: Range; inputs: FieldInput[]; /** after the `;`: per-point inputs not differentiated */ conditions: FieldInput[]; body: Body; range: Range; /** `potential`: the body is U, the field grad U */ potential?: boolean };

export interface FieldInput { name: string; shape: Expr[] | undefined; range: Range }

export interface Program { decls: Decl[] }
