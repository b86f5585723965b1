// The .div grammar as a pure Chevrotain CstParser: no semantic actions, error recovery on.
// One instance serves every parse (Chevrotain's recommended usage: reset `input` per parse).
import { CstParser } from 'chevrotain';
import * as T from './tokens.js';

class DivParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, nodeLocationTracking: 'full', maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.declaration));
  });

  declaration = this.RULE('declaration', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.constDecl) },
      { ALT: () => this.SUBRULE(this.paramDecl) },
      { ALT: () => this.SUBRULE(this.fnDecl) },
      { ALT: () => this.SUBRULE(this.fieldDecl) },
    ]);
    this.OPTION(() => this.CONSUME(T.Semicolon));
  });

  constDecl = this.RULE('constDecl', () => {
    this.CONSUME(T.Const);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  paramDecl = this.RULE('paramDecl', () => {
    this.CONSUME(T.Param);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.shape);
    });
    this.OPTION2(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.expression, { LABEL: 'value' });
    });
  });

  shape = this.RULE('shape', () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression, { LABEL: 'dims' }) });
    this.CONSUME(T.RBracket);
  });

  fnDecl = this.RULE('fnDecl', () => {
    this.CONSUME(T.Fn);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.CONSUME2(T.Identifier, { LABEL: 'params' }) });
    this.CONSUME(T.RParen);
    this.SUBRULE(this.body);
  });

  // `potential name(...)` declares a scalar U: its kernel's field is grad U (LANGUAGE.md)
  fieldDecl = this.RULE('fieldDecl', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Field) }, { ALT: () => this.CONSUME(T.Potential) }]);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.fieldInput, { LABEL: 'inputs' }) });
    // conditions (LANGUAGE.md): per-point inputs after a `;`, not differentiated
    this.OPTION(() => {
      this.CONSUME(T.Semicolon);
      this.MANY_SEP2({ SEP: T.Comma, DEF: () => this.SUBRULE2(this.fieldInput, { LABEL: 'conditions' }) });
    });
    this.CONSUME(T.RParen);
    this.SUBRULE(this.body);
  });

  fieldInput = this.RULE('fieldInput', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.shape);
    });
  });

  body = this.RULE('body', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.Equals); this.SUBRULE(this.expression, { LABEL: 'result' }); } },
      { ALT: () => this.SUBRULE(this.block) },
    ]);
  });

  block = this.RULE('block', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.letStmt, { LABEL: 'lets' }));
    this.CONSUME(T.Return);
    this.SUBRULE(this.expression, { LABEL: 'result' });
    this.OPTION(() => this.CONSUME(T.Semicolon));
    this.CONSUME(T.RBrace);
  });

  letStmt = this.RULE('letStmt', () => {
    this.CONSUME(T.Let);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression, { LABEL: 'value' });
    this.OPTION(() => this.CONSUME(T.Semicolon));
  });

  expression = this.RULE('expression', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.ifExpr) },
      { ALT: () => this.SUBRULE(this.orExpr) },
    ]);
  });

  ifExpr = this.RULE('ifExpr', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.expression, { LABEL: 'cond' });
    this.CONSUME(T.Then);
    this.SUBRULE2(this.expression, { LABEL: 'then' });
    this.CONSUME(T.Else);
    this.SUBRULE3(this.expression, { LABEL: 'else' });
  });

  orExpr = this.RULE('orExpr', () => {
    this.SUBRULE(this.andExpr, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(T.Or, { LABEL: 'ops' });
      this.SUBRULE2(this.andExpr, { LABEL: 'operands' });
    });
  });

  andExpr = this.RULE('andExpr', () => {
    this.SUBRULE(this.notExpr, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(T.And, { LABEL: 'ops' });
      this.SUBRULE2(this.notExpr, { LABEL: 'operands' });
    });
  });

  notExpr = this.RULE('notExpr', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.Not, { LABEL: 'not' }); this.SUBRULE(this.notExpr, { LABEL: 'operand' }); } },
      { ALT: () => this.SUBRULE(this.comparison, { LABEL: 'operand' }) },
    ]);
  });

  comparison = this.RULE('comparison', () => {
    this.SUBRULE(this.additive, { LABEL: 'operands' });
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.LessEq, { LABEL: 'ops' }) },
        { ALT: () => this.CONSUME(T.GreaterEq, { LABEL: 'ops' }) },
        { ALT: () => this.CONSUME(T.EqEq, { LABEL: 'ops' }) },
        { ALT: () => this.CONSUME(T.NotEq, { LABEL: 'ops' }) },
        { ALT: () => this.CONSUME(T.Less, { LABEL: 'ops' }) },
        { ALT: () => this.CONSUME(T.Greater, { LABEL: 'ops' }) },
      ]);
      this.SUBRULE2(this.additive, { LABEL: 'operands' });
    });
  });

  additive = this.RULE('additive', () => {
    this.SUBRULE(this.multiplicative, { LABEL: 'operands' });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Plus, { LABEL: 'ops' }) },
        { ALT: () => this.CONSUME(T.Minus, { LABEL: 'ops' }) },
      ]);
      this.SUBRULE2(this.multiplicative, { LABEL: 'operands' });
    });
  });

  multiplicative = this.RULE('multiplicative', () => {
    this.SUBRULE(this.unary, { LABEL: 'operands' });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Star, { LABEL: 'ops' }) },
        { ALT: () => this.CONSUME(T.Slash, { LABEL: 'ops' }) },
        { ALT: () => this.CONSUME(T.Percent, { LABEL: 'ops' }) },
        { ALT: () => this.CONSUME(T.At, { LABEL: 'ops' }) },
      ]);
      this.SUBRULE2(this.unary, { LABEL: 'operands' });
    });
  });

  // `^` binds tighter than unary minus: -x^2 is -(x^2); its right operand may itself be negated
  // (2^-1) and is parsed as `unary`, which makes `^` right-associative.
  unary = this.RULE('unary', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.Minus, { LABEL: 'minus' }); this.SUBRULE(this.unary, { LABEL: 'operand' }); } },
      { ALT: () => this.SUBRULE(this.power, { LABEL: 'operand' }) },
    ]);
  });

  power = this.RULE('power', () => {
    this.SUBRULE(this.postfix, { LABEL: 'base' });
    this.OPTION(() => {
      this.CONSUME(T.Caret);
      this.SUBRULE(this.unary, { LABEL: 'exponent' });
    });
  });

  postfix = this.RULE('postfix', () => {
    this.SUBRULE(this.primary, { LABEL: 'target' });
    this.MANY(() => this.SUBRULE(this.indexSuffix, { LABEL: 'indices' }));
  });

  indexSuffix = this.RULE('indexSuffix', () => {
    this.CONSUME(T.LBracket);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression, { LABEL: 'items' }) });
    this.CONSUME(T.RBracket);
  });

  primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.SUBRULE(this.reduction) },
      { ALT: () => this.SUBRULE(this.nameOrCall) },
      { ALT: () => this.SUBRULE(this.parenOrTuple) },
      { ALT: () => this.SUBRULE(this.comprehension) },
      { ALT: () => this.SUBRULE(this.tensorLiteral) },
    ]);
  });

  nameOrCall = this.RULE('nameOrCall', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(T.LParen, { LABEL: 'call' });
      this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression, { LABEL: 'args' }) });
      this.CONSUME(T.RParen);
    });
  });

  parenOrTuple = this.RULE('parenOrTuple', () => {
    this.CONSUME(T.LParen);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression, { LABEL: 'items' }) });
    this.CONSUME(T.RParen);
  });

  tensorLiteral = this.RULE('tensorLiteral', () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression, { LABEL: 'items' }) });
    this.CONSUME(T.RBracket);
  });

  comprehension = this.RULE('comprehension', () => {
    this.CONSUME(T.LBracket);
    this.SUBRULE(this.iteration);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.expression, { LABEL: 'body' });
    this.CONSUME(T.RBracket);
  });

  // `i in N` or `i in a..b`
  iteration = this.RULE('iteration', () => {
    this.CONSUME(T.Identifier, { LABEL: 'variable' });
    this.CONSUME(T.In);
    this.SUBRULE(this.additive, { LABEL: 'from' });
    this.OPTION(() => {
      this.CONSUME(T.DotDot);
      this.SUBRULE2(this.additive, { LABEL: 'to' });
    });
  });

  // sum(i in N: body), prod(i in a..b: body), or sum(v) / prod(v) over a tensor
  reduction = this.RULE('reduction', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Sum, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(T.Prod, { LABEL: 'op' }) },
    ]);
    this.CONSUME(T.LParen);
    this.OR2([
      {
        ALT: () => {
          this.SUBRULE(this.iteration);
          this.CONSUME(T.Colon);
          this.SUBRULE(this.expression, { LABEL: 'body' });
        },
      },
      { ALT: () => this.SUBRULE2(this.expression, { LABEL: 'arg' }) },
    ]);
    this.CONSUME(T.RParen);
  });
}

/** The single parser instance (Chevrotain parsers are built once and reused). */
export const parser = new DivParser();
export type { DivParser };
