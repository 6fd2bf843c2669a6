// Source text of an expression, as `from __future__ import annotations` stores annotations.
// CPython: Python/ast_unparse.c (_PyAST_ExprAsUnicode), 3.12.1
import * as A from '../ast/nodes.gen.ts';
import { PyComplex, PyEllipsis } from '../ast/constant.ts';
import { type CodeConstant, ConstTuple, reprCodeConstant } from '../bytecode/constants.ts';
import { reprStr } from '../ast/repr.ts';

const enum PR {
  TUPLE,
  TEST,
  OR,
  AND,
  NOT,
  CMP,
  EXPR,
  BOR = EXPR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOP: Record<A.Operator, [string, PR]> = {
  [A.Operator.Add]: [' + ', PR.ARITH],
  [A.Operator.Sub]: [' - ', PR.ARITH],
  [A.Operator.Mult]: [' * ', PR.TERM],
  [A.Operator.MatMult]: [' @ ', PR.TERM],
  [A.Operator.Div]: [' / ', PR.TERM],
  [A.Operator.Mod]: [' % ', PR.TERM],
  [A.Operator.LShift]: [' << ', PR.SHIFT],
  [A.Operator.RShift]: [' >> ', PR.SHIFT],
  [A.Operator.BitOr]: [' | ', PR.BOR],
  [A.Operator.BitXor]: [' ^ ', PR.BXOR],
  [A.Operator.BitAnd]: [' & ', PR.BAND],
  [A.Operator.FloorDiv]: [' // ', PR.TERM],
  [A.Operator.Pow]: [' ** ', PR.POWER],
};

const CMPOP: Record<A.Cmpop, string> = {
  [A.Cmpop.Eq]: ' == ',
  [A.Cmpop.NotEq]: ' != ',
  [A.Cmpop.Lt]: ' < ',
  [A.Cmpop.LtE]: ' <= ',
  [A.Cmpop.Gt]: ' > ',
  [A.Cmpop.GtE]: ' >= ',
  [A.Cmpop.Is]: ' is ',
  [A.Cmpop.IsNot]: ' is not ',
  [A.Cmpop.In]: ' in ',
  [A.Cmpop.NotIn]: ' not in ',
};

/** CPython: _PyAST_ExprAsUnicode */
export function exprAsUnicode(e: A.expr): string {
  return expr(e, PR.TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

// CPython: append_repr (infinities are written as 1e309 so that the text evaluates back)
function reprConst(v: CodeConstant): string {
  const r = reprCodeConstant(v, () => '<code>');
  if ((typeof v === 'number' && !Number.isFinite(v) && v === v) || v instanceof PyComplex) return r.replaceAll('inf', '1e309');
  return r;
}

// CPython: append_ast_constant
function constant(v: CodeConstant): string {
  if (v instanceof ConstTuple) {
    const items = v.items.map(constant);
    return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
  }
  return reprConst(v);
}

function seq(elts: readonly A.expr[]): string {
  return elts.map((x) => expr(x, PR.TEST)).join(', ');
}

// CPython: append_ast_arg
function arg(a: A.arg): string {
  return a.annotation !== null ? `${a.arg}: ${expr(a.annotation, PR.TEST)}` : a.arg;
}

// CPython: append_ast_args
function args(a: A.arguments): string {
  const parts: string[] = [];
  const posonly = a.posonlyargs.length;
  const n = posonly + a.args.length;
  for (let i = 0; i < n; i++) {
    let s = arg(i < posonly ? a.posonlyargs[i]! : a.args[i - posonly]!);
    const di = i - n + a.defaults.length;
    if (di >= 0) s += '=' + expr(a.defaults[di]!, PR.TEST);
    if (posonly && i + 1 === posonly) s += ', /';
    parts.push(s);
  }
  if (a.vararg !== null || a.kwonlyargs.length) parts.push('*' + (a.vararg !== null ? arg(a.vararg) : ''));
  for (let i = 0; i < a.kwonlyargs.length; i++) {
    let s = arg(a.kwonlyargs[i]!);
    const di = i - a.kwonlyargs.length + a.kw_defaults.length;
    const d = di >= 0 ? a.kw_defaults[di] : null;
    if (d !== null && d !== undefined) s += '=' + expr(d, PR.TEST);
    parts.push(s);
  }
  if (a.kwarg !== null) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

// CPython: append_ast_comprehension
function comprehensions(gens: readonly A.comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += g.is_async ? ' async for ' : ' for ';
    s += expr(g.target, PR.TUPLE);
    s += ' in ' + expr(g.iter, PR.TEST + 1);
    for (const cond of g.ifs) s += ' if ' + expr(cond, PR.TEST + 1);
  }
  return s;
}

function escapeBraces(s: string): string {
  return s.replaceAll('{', '{{').replaceAll('}', '}}');
}

// CPython: append_fstring_element
function fstringElement(e: A.expr, isFormatSpec: boolean): string {
  switch (e._k) {
    case A.K.Constant:
      return escapeBraces(e.value as string);
    case A.K.JoinedStr:
      return joinedStr(e, isFormatSpec);
    case A.K.FormattedValue:
      return formattedValue(e);
    default:
      throw new Error('SystemError: unknown expression kind inside f-string');
  }
}

// CPython: append_joinedstr
function joinedStr(e: A.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : 'f' + reprStr(body);
}

// CPython: append_formattedvalue
function formattedValue(e: A.FormattedValue): string {
  // Above PR_TEST so that a lambda (with its ':') gets parentheses.
  const value = expr(e.value, PR.TEST + 1);
  let s = (value.startsWith('{') ? '{ ' : '{') + value;
  if (e.conversion > 0) s += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec !== null) s += ':' + fstringElement(e.format_spec, true);
  return s + '}';
}

// CPython: append_ast_expr
function expr(e: A.expr, level: number): string {
  switch (e._k) {
    case A.K.BoolOp: {
      const pr = e.op === A.Boolop.And ? PR.AND : PR.OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === A.Boolop.And ? ' and ' : ' or '));
    }
    case A.K.BinOp: {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === A.Operator.Pow ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case A.K.UnaryOp: {
      const [op, pr] = e.op === A.Unaryop.Invert ? ['~', PR.FACTOR] : e.op === A.Unaryop.Not ? ['not ', PR.NOT] : e.op === A.Unaryop.UAdd ? ['+', PR.FACTOR] : ['-', PR.FACTOR];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case A.K.Lambda: {
      const npos = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR.TEST, (npos ? 'lambda ' : 'lambda') + args(e.args) + ': ' + expr(e.body, PR.TEST));
    }
    case A.K.IfExp:
      return paren(level > PR.TEST, expr(e.body, PR.TEST + 1) + ' if ' + expr(e.test, PR.TEST + 1) + ' else ' + expr(e.orelse, PR.TEST));
    case A.K.Dict:
      return '{' + e.keys.map((k, i) => (k !== null ? expr(k, PR.TEST) + ': ' + expr(e.values[i]!, PR.TEST) : '**' + expr(e.values[i]!, PR.EXPR))).join(', ') + '}';
    case A.K.Set:
      return '{' + seq(e.elts) + '}';
    case A.K.GeneratorExp:
      return '(' + expr(e.elt, PR.TEST) + comprehensions(e.generators) + ')';
    case A.K.ListComp:
      return '[' + expr(e.elt, PR.TEST) + comprehensions(e.generators) + ']';
    case A.K.SetComp:
      return '{' + expr(e.elt, PR.TEST) + comprehensions(e.generators) + '}';
    case A.K.DictComp:
      return '{' + expr(e.key, PR.TEST) + ': ' + expr(e.value, PR.TEST) + comprehensions(e.generators) + '}';
    case A.K.Yield:
      return e.value === null ? '(yield)' : '(yield ' + expr(e.value, PR.TEST) + ')';
    case A.K.YieldFrom:
      return '(yield from ' + expr(e.value, PR.TEST) + ')';
    case A.K.Await:
      return paren(level > PR.AWAIT, 'await ' + expr(e.value, PR.ATOM));
    case A.K.Compare: {
      let s = expr(e.left, PR.CMP + 1);
      e.ops.forEach((op, i) => (s += CMPOP[op] + expr(e.comparators[i]!, PR.CMP + 1)));
      return paren(level > PR.CMP, s);
    }
    case A.K.Call: {
      const f = expr(e.func, PR.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._k === A.K.GeneratorExp) return f + expr(e.args[0]!, PR.TEST);
      const parts = e.args.map((a) => expr(a, PR.TEST));
      for (const k of e.keywords) parts.push((k.arg === null ? '**' : k.arg + '=') + expr(k.value, PR.TEST));
      return f + '(' + parts.join(', ') + ')';
    }
    case A.K.Constant:
      if (e.value === PyEllipsis) return '...';
      return (e.kind ?? '') + constant(e.value as CodeConstant);
    case A.K.JoinedStr:
      return joinedStr(e, false);
    case A.K.FormattedValue:
      return formattedValue(e);
    case A.K.Attribute: {
      const v = e.value;
      const period = v._k === A.K.Constant && typeof v.value === 'bigint' ? ' .' : '.';
      return expr(v, PR.ATOM) + period + e.attr;
    }
    case A.K.Subscript:
      return expr(e.value, PR.ATOM) + '[' + expr(e.slice, PR.TUPLE) + ']';
    case A.K.Starred:
      return '*' + expr(e.value, PR.EXPR);
    case A.K.Name:
      return e.id;
    case A.K.List:
      return '[' + seq(e.elts) + ']';
    case A.K.Tuple:
      if (e.elts.length === 0) return '()';
      return paren(level > PR.TUPLE, seq(e.elts) + (e.elts.length === 1 ? ',' : ''));
    case A.K.NamedExpr:
      return paren(level > PR.TUPLE, expr(e.target, PR.ATOM) + ' := ' + expr(e.value, PR.ATOM));
    case A.K.Slice: {
      let s = (e.lower !== null ? expr(e.lower, PR.TEST) : '') + ':' + (e.upper !== null ? expr(e.upper, PR.TEST) : '');
      if (e.step !== null) s += ':' + expr(e.step, PR.TEST);
      return s;
    }
  }
}
