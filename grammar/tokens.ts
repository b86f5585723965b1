// Tokens of the .div language (LANGUAGE.md, "Lexical"). Order matters: Chevrotain tries them in
// array order, so longer operators come before their prefixes and keywords before Identifier.
import { createToken, Lexer, type TokenType } from 'chevrotain';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n]*/, group: Lexer.SKIPPED });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, line_breaks: true });

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/ });
const keyword = (word: string) =>
  createToken({ name: word[0]!.toUpperCase() + word.slice(1), pattern: new RegExp(word), longer_alt: Identifier });

export const Field = keyword('field');
export const Potential = keyword('potential');
export const Const = keyword('const');
export const Param = keyword('param');
export const Fn = keyword('fn');
export const Let = keyword('let');
export const Return = keyword('return');
export const If = keyword('if');
export const Then = keyword('then');
export const Else = keyword('else');
export const And = keyword('and');
export const Or = keyword('or');
export const Not = keyword('not');
export const In = keyword('in');
export const Sum = keyword('sum');
export const Prod = keyword('prod');

// `..` before Number so that `0..5` lexes as 0 .. 5; Number refuses `3.` when another `.` follows.
export const DotDot = createToken({ name: 'DotDot', pattern: /\.\./ });
export const NumberLit = createToken({
  name: 'NumberLit',
  pattern: /(?:\d+\.(?!\.)\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?/,
});

export const LessEq = createToken({ name: 'LessEq', pattern: /<=/ });
export const GreaterEq = createToken({ name: 'GreaterEq', pattern: />=/ });
export const EqEq = createToken({ name: 'EqEq', pattern: /==/ });
export const NotEq = createToken({ name: 'NotEq', pattern: /!=/ });
export const Less = createToken({ name: 'Less', pattern: /</ });
export const Greater = createToken({ name: 'Greater', pattern: />/ });
export const Equals = createToken({ name: 'Equals', pattern: /=/ });
export const Plus = createToken({ name: 'Plus', pattern: /\+/ });
export const Minus = createToken({ name: 'Minus', pattern: /-/ });
export const Star = createToken({ name: 'Star', pattern: /\*/ });
export const Slash = createToken({ name: 'Slash', pattern: /\// });
export const Percent = createToken({ name: 'Percent', pattern: /%/ });
export const At = createToken({ name: 'At', pattern: /@/ });
export const Caret = createToken({ name: 'Caret', pattern: /\^/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', pattern: /]/ });
export const LBrace = createToken({ name: 'LBrace', pattern: /{/ });
export const RBrace = createToken({ name: 'RBrace', pattern: /}/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/ });

export const allTokens: TokenType[] = [
  WhiteSpace, LineComment, BlockComment,
  Field, Potential, Const, Param, Fn, Let, Return, If, Then, Else, And, Or, Not, In, Sum, Prod,
  Identifier, DotDot, NumberLit,
  LessEq, GreaterEq, EqEq, NotEq, Less, Greater, Equals,
  Plus, Minus, Star, Slash, Percent, At, Caret,
  LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Colon, Semicolon,
];

export const KEYWORDS = ['field', 'potential', 'const', 'param', 'fn', 'let', 'return', 'if', 'then', 'else', 'and', 'or', 'not', 'in', 'sum', 'prod'];

export const DivLexer = new Lexer(allTokens, { positionTracking: 'full', ensureOptimizations: false });
