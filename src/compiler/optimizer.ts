// The AST optimizer: constant folding as CPython 3.12.1 does it before building the symbol
// table. Folds unary and binary operations on constants (within the size limits of fold.ts),
// tuples of constants, subscripts of constants, `not` of an is/in comparison into is not/not
// in, list/set displays after `in`/`not in` and list displays iterated by `for` and
// comprehensions (into tuples, frozensets when constant), `'%s' % (a,)` formatting of str
// into f-strings, and __debug__.
//
// The tree is not mutated: a node whose subtree changed is a new node, an unchanged one is
// shared with the input. The code generator must use the returned tree (the symbol table is
// keyed by its nodes). After optimization a Constant's value may also be a ConstTuple or a
// ConstFrozenSet (read it with constantValue).
// CPython: Python/ast_opt.c (3.12.1)
import * as A from '../ast/nodes.gen.ts';
import type { PyConstant } from '../ast/constant.ts';
import { CO_FUTURE_ANNOTATIONS, hasDocString } from '../symtable/future.ts';
import { COMPILER_RECURSION_LIMIT, PyRecursionError } from '../symtable/build.ts';
import {
  ConstTuple,
  foldAdd,
  foldBitwise,
  foldDiv,
  foldFloorDiv,
  foldInvert,
  foldLShift,
  foldMod,
  foldMult,
  foldNegative,
  foldPositive,
  foldPow,
  foldRShift,
  foldSub,
  foldSubscript,
  isTrue,
  makeFrozenSet,
  NOT_FOLDED,
  type Folded,
  type FoldedConstant,
} from './fold.ts';

export { ConstTuple, ConstFrozenSet, type FoldedConstant } from './fold.ts';

export interface OptimizeOptions {
  /** The -O level: __debug__ folds to `not optimize`. */
  readonly optimize?: number;
  /** CO_FUTURE_* flags: with annotations, annotations are left as written. */
  readonly ff_features?: number;
  /** The compiler's starting recursion depth (see the symbol table's BuildOptions). */
  readonly startingRecursionDepth?: number;
  /**
   * A warning raised while folding (3.12: DeprecationWarning for `~` on a bool). Return true
   * when the warning is an error (-W error): CPython then drops the error and does not fold.
   */
  readonly onWarning?: (category: string, message: string, node: A.expr) => boolean;
}

const INVERT_BOOL_WARNING =
  "Bitwise inversion '~' on bool is deprecated. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.";

/** A Constant node's value, including the tuples and frozensets folding makes. */
export function constantValue(c: A.Constant): FoldedConstant {
  return c.value as FoldedConstant;
}

/** Optimizes a module, expression or interactive statement. CPython: _PyAST_Optimize */
export function optimizeAST(mod: A.mod, opts: OptimizeOptions = {}): A.mod {
  const start = opts.startingRecursionDepth ?? 0;
  const o = new Optimizer(opts, start);
  let out: A.mod;
  switch (mod._k) {
    case A.K.Module: {
      const body = o.body(mod.body);
      out = body === mod.body ? mod : { ...mod, body };
      break;
    }
    case A.K.Interactive: {
      const body = o.stmts(mod.body);
      out = body === mod.body ? mod : { ...mod, body };
      break;
    }
    case A.K.Expression: {
      const body = o.expr(mod.body);
      out = body === mod.body ? mod : { ...mod, body };
      break;
    }
    case A.K.FunctionType:
      out = mod;
      break;
  }
  if (o.depth !== start) throw new Error(`SystemError: AST optimizer recursion depth mismatch (before=${start}, after=${o.depth})`);
  return out;
}

type Loc = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

/** A Constant at a node's place. CPython: make_const */
function makeConst(at: Loc, value: FoldedConstant): A.Constant {
  return A.Constant(value as PyConstant, null, at.lineno, at.col_offset, at.end_lineno, at.end_col_offset);
}

function isConst(e: A.expr | null): e is A.Constant {
  return e !== null && e._k === A.K.Constant;
}

/** The same array when no item changed. */
function mapSeq<T>(seq: T[], fn: (x: T) => T): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < seq.length; i++) {
    const x = seq[i]!;
    const y = fn(x);
    if (y !== x && out === null) out = seq.slice(0, i);
    if (out !== null) out.push(y);
  }
  return out ?? seq;
}

/** A shallow copy with the changed fields, or the node itself when nothing changed. */
function update<T extends object>(node: T, changes: Partial<T>): T {
  for (const k in changes) {
    if (changes[k] !== node[k]) return { ...node, ...changes };
  }
  return node;
}

/** A tuple of the values when every element is a Constant. CPython: make_const_tuple */
function constTuple(elts: readonly A.expr[]): ConstTuple | null {
  if (!elts.every(isConst)) return null;
  return new ConstTuple(elts.map((e) => constantValue(e as A.Constant)));
}

function hasStarred(elts: readonly A.expr[]): boolean {
  return elts.some((e) => e._k === A.K.Starred);
}

class Optimizer {
  depth: number;
  private readonly limit = COMPILER_RECURSION_LIMIT;
  private readonly futureAnnotations: boolean;

  constructor(
    private readonly opts: OptimizeOptions,
    start: number,
  ) {
    this.depth = start;
    this.futureAnnotations = ((opts.ff_features ?? 0) & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  private enter(): void {
    if (++this.depth > this.limit) throw new PyRecursionError('maximum recursion depth exceeded during compilation');
  }

  private optExpr(e: A.expr | null): A.expr | null {
    return e === null ? null : this.expr(e);
  }

  private exprs(seq: A.expr[]): A.expr[] {
    return mapSeq(seq, (e) => this.expr(e));
  }

  private optExprs(seq: (A.expr | null)[]): (A.expr | null)[] {
    return mapSeq(seq, (e) => this.optExpr(e));
  }

  stmts(seq: A.stmt[]): A.stmt[] {
    return mapSeq(seq, (s) => this.stmt(s));
  }

  /** A function, class or module body: a string that folding makes first must not become a docstring. CPython: astfold_body */
  body(seq: A.stmt[]): A.stmt[] {
    const docstring = hasDocString(seq);
    const out = this.stmts(seq);
    if (!docstring && hasDocString(out)) {
      const st = out[0] as A.Expr;
      const joined = A.JoinedStr([st.value], st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
      return [{ ...st, value: joined }, ...out.slice(1)];
    }
    return out;
  }

  private annotation(e: A.expr | null): A.expr | null {
    return this.futureAnnotations ? e : this.optExpr(e);
  }

  // CPython: astfold_arguments, astfold_arg
  private arguments(a: A.arguments): A.arguments {
    const arg = (x: A.arg): A.arg => update(x, { annotation: this.annotation(x.annotation) });
    return update(a, {
      posonlyargs: mapSeq(a.posonlyargs, arg),
      args: mapSeq(a.args, arg),
      vararg: a.vararg === null ? null : arg(a.vararg),
      kwonlyargs: mapSeq(a.kwonlyargs, arg),
      kw_defaults: this.optExprs(a.kw_defaults),
      kwarg: a.kwarg === null ? null : arg(a.kwarg),
      defaults: this.exprs(a.defaults),
    });
  }

  private keywords(seq: A.keyword[]): A.keyword[] {
    return mapSeq(seq, (k) => update(k, { value: this.expr(k.value) }));
  }

  // CPython: astfold_comprehension
  private comprehensions(seq: A.comprehension[]): A.comprehension[] {
    return mapSeq(seq, (c) => {
      const target = this.expr(c.target);
      const iter = this.foldIter(this.expr(c.iter));
      return update(c, { target, iter, ifs: this.exprs(c.ifs) });
    });
  }

  private typeParams(seq: A.type_param[]): A.type_param[] {
    return mapSeq(seq, (tp) => (tp._k === A.K.TypeVar ? update(tp, { bound: this.optExpr(tp.bound) }) : tp));
  }

  // CPython: astfold_stmt
  stmt(s: A.stmt): A.stmt {
    this.enter();
    let out: A.stmt;
    switch (s._k) {
      case A.K.FunctionDef:
      case A.K.AsyncFunctionDef: {
        const type_params = this.typeParams(s.type_params);
        const args = this.arguments(s.args);
        const body = this.body(s.body);
        const decorator_list = this.exprs(s.decorator_list);
        const returns = this.annotation(s.returns);
        out = update<A.FunctionDef | A.AsyncFunctionDef>(s, { type_params, args, body, decorator_list, returns });
        break;
      }
      case A.K.ClassDef: {
        const type_params = this.typeParams(s.type_params);
        const bases = this.exprs(s.bases);
        const keywords = this.keywords(s.keywords);
        const body = this.body(s.body);
        out = update(s, { type_params, bases, keywords, body, decorator_list: this.exprs(s.decorator_list) });
        break;
      }
      case A.K.Return:
        out = update(s, { value: this.optExpr(s.value) });
        break;
      case A.K.Delete:
        out = update(s, { targets: this.exprs(s.targets) });
        break;
      case A.K.Assign: {
        const targets = this.exprs(s.targets);
        out = update(s, { targets, value: this.expr(s.value) });
        break;
      }
      case A.K.AugAssign: {
        const target = this.expr(s.target);
        out = update(s, { target, value: this.expr(s.value) });
        break;
      }
      case A.K.AnnAssign: {
        const target = this.expr(s.target);
        const annotation = this.futureAnnotations ? s.annotation : this.expr(s.annotation);
        out = update(s, { target, annotation, value: this.optExpr(s.value) });
        break;
      }
      case A.K.TypeAlias: {
        const name = this.expr(s.name);
        const type_params = this.typeParams(s.type_params);
        out = update(s, { name, type_params, value: this.expr(s.value) });
        break;
      }
      case A.K.For: {
        const target = this.expr(s.target);
        const iter = this.expr(s.iter);
        const body = this.stmts(s.body);
        const orelse = this.stmts(s.orelse);
        out = update(s, { target, iter: this.foldIter(iter), body, orelse });
        break;
      }
      case A.K.AsyncFor: {
        // 3.12.1 turns the iterable of `for`, not of `async for`, into a tuple.
        const target = this.expr(s.target);
        const iter = this.expr(s.iter);
        const body = this.stmts(s.body);
        out = update(s, { target, iter, body, orelse: this.stmts(s.orelse) });
        break;
      }
      case A.K.While:
      case A.K.If: {
        const test = this.expr(s.test);
        const body = this.stmts(s.body);
        out = update<A.While | A.If>(s, { test, body, orelse: this.stmts(s.orelse) });
        break;
      }
      case A.K.With:
      case A.K.AsyncWith: {
        const items = mapSeq(s.items, (it) => {
          const context_expr = this.expr(it.context_expr);
          return update(it, { context_expr, optional_vars: this.optExpr(it.optional_vars) });
        });
        out = update<A.With | A.AsyncWith>(s, { items, body: this.stmts(s.body) });
        break;
      }
      case A.K.Raise: {
        const exc = this.optExpr(s.exc);
        out = update(s, { exc, cause: this.optExpr(s.cause) });
        break;
      }
      case A.K.Try:
      case A.K.TryStar: {
        const body = this.stmts(s.body);
        const handlers = mapSeq(s.handlers, (h) => {
          const type = this.optExpr(h.type);
          return update(h, { type, body: this.stmts(h.body) });
        });
        const orelse = this.stmts(s.orelse);
        out = update<A.Try | A.TryStar>(s, { body, handlers, orelse, finalbody: this.stmts(s.finalbody) });
        break;
      }
      case A.K.Assert: {
        const test = this.expr(s.test);
        out = update(s, { test, msg: this.optExpr(s.msg) });
        break;
      }
      case A.K.Expr:
        out = update(s, { value: this.expr(s.value) });
        break;
      case A.K.Match: {
        const subject = this.expr(s.subject);
        const cases = mapSeq(s.cases, (m) => {
          const pattern = this.pattern(m.pattern);
          const guard = this.optExpr(m.guard);
          return update(m, { pattern, guard, body: this.stmts(m.body) });
        });
        out = update(s, { subject, cases });
        break;
      }
      case A.K.Import:
      case A.K.ImportFrom:
      case A.K.Global:
      case A.K.Nonlocal:
      case A.K.Pass:
      case A.K.Break:
      case A.K.Continue:
        out = s;
        break;
    }
    this.depth--;
    return out;
  }

  // CPython: astfold_expr
  expr(e: A.expr): A.expr {
    this.enter();
    let out: A.expr;
    switch (e._k) {
      case A.K.BoolOp:
        out = update(e, { values: this.exprs(e.values) });
        break;
      case A.K.BinOp: {
        const left = this.expr(e.left);
        const right = this.expr(e.right);
        out = this.foldBinOp(update(e, { left, right }));
        break;
      }
      case A.K.UnaryOp:
        out = this.foldUnaryOp(update(e, { operand: this.expr(e.operand) }));
        break;
      case A.K.Lambda: {
        const args = this.arguments(e.args);
        out = update(e, { args, body: this.expr(e.body) });
        break;
      }
      case A.K.IfExp: {
        const test = this.expr(e.test);
        const body = this.expr(e.body);
        out = update(e, { test, body, orelse: this.expr(e.orelse) });
        break;
      }
      case A.K.Dict: {
        const keys = this.optExprs(e.keys);
        out = update(e, { keys, values: this.exprs(e.values) });
        break;
      }
      case A.K.Set:
        out = update(e, { elts: this.exprs(e.elts) });
        break;
      case A.K.ListComp:
      case A.K.SetComp:
      case A.K.GeneratorExp: {
        const elt = this.expr(e.elt);
        out = update<A.ListComp | A.SetComp | A.GeneratorExp>(e, { elt, generators: this.comprehensions(e.generators) });
        break;
      }
      case A.K.DictComp: {
        const key = this.expr(e.key);
        const value = this.expr(e.value);
        out = update(e, { key, value, generators: this.comprehensions(e.generators) });
        break;
      }
      case A.K.Await:
      case A.K.YieldFrom:
        out = update<A.Await | A.YieldFrom>(e, { value: this.expr(e.value) });
        break;
      case A.K.Yield:
        out = update(e, { value: this.optExpr(e.value) });
        break;
      case A.K.Compare: {
        const left = this.expr(e.left);
        out = this.foldCompare(update(e, { left, comparators: this.exprs(e.comparators) }));
        break;
      }
      case A.K.Call: {
        const func = this.expr(e.func);
        const args = this.exprs(e.args);
        out = update(e, { func, args, keywords: this.keywords(e.keywords) });
        break;
      }
      case A.K.FormattedValue: {
        const value = this.expr(e.value);
        out = update(e, { value, format_spec: this.optExpr(e.format_spec) });
        break;
      }
      case A.K.JoinedStr:
        out = update(e, { values: this.exprs(e.values) });
        break;
      case A.K.Attribute:
        out = update(e, { value: this.expr(e.value) });
        break;
      case A.K.Subscript: {
        const value = this.expr(e.value);
        out = this.foldSubscript(update(e, { value, slice: this.expr(e.slice) }));
        break;
      }
      case A.K.Starred:
        out = update(e, { value: this.expr(e.value) });
        break;
      case A.K.Slice: {
        const lower = this.optExpr(e.lower);
        const upper = this.optExpr(e.upper);
        out = update(e, { lower, upper, step: this.optExpr(e.step) });
        break;
      }
      case A.K.List:
        out = update(e, { elts: this.exprs(e.elts) });
        break;
      case A.K.Tuple:
        out = this.foldTuple(update(e, { elts: this.exprs(e.elts) }));
        break;
      case A.K.Name:
        out = e.ctx === A.ExprContext.Load && e.id === '__debug__' ? makeConst(e, !(this.opts.optimize ?? 0)) : e;
        break;
      case A.K.NamedExpr:
        // Only the value: the target is a name.
        out = update(e, { value: this.expr(e.value) });
        break;
      case A.K.Constant:
        out = e;
        break;
    }
    this.depth--;
    return out;
  }

  // CPython: astfold_pattern
  private pattern(p: A.pattern): A.pattern {
    this.enter();
    let out: A.pattern;
    switch (p._k) {
      case A.K.MatchValue:
        out = update(p, { value: this.expr(p.value) });
        break;
      case A.K.MatchSingleton:
      case A.K.MatchStar:
        out = p;
        break;
      case A.K.MatchSequence:
        out = update(p, { patterns: mapSeq(p.patterns, (q) => this.pattern(q)) });
        break;
      case A.K.MatchMapping: {
        const keys = this.exprs(p.keys);
        out = update(p, { keys, patterns: mapSeq(p.patterns, (q) => this.pattern(q)) });
        break;
      }
      case A.K.MatchClass: {
        const cls = this.expr(p.cls);
        const patterns = mapSeq(p.patterns, (q) => this.pattern(q));
        out = update(p, { cls, patterns, kwd_patterns: mapSeq(p.kwd_patterns, (q) => this.pattern(q)) });
        break;
      }
      case A.K.MatchAs:
        out = p.pattern === null ? p : update(p, { pattern: this.pattern(p.pattern) });
        break;
      case A.K.MatchOr:
        out = update(p, { patterns: mapSeq(p.patterns, (q) => this.pattern(q)) });
        break;
    }
    this.depth--;
    return out;
  }

  /** A folded value at the node's place, or the node when the operation would raise. */
  private result(node: A.expr, value: Folded): A.expr {
    return value === NOT_FOLDED ? node : makeConst(node, value);
  }

  // CPython: fold_unaryop
  private foldUnaryOp(node: A.UnaryOp): A.expr {
    const arg = node.operand;
    if (!isConst(arg)) {
      // `not` of a single is/in comparison becomes the opposite comparison (at the
      // comparison's place). ==, < and friends are not inverted: their methods need not
      // be each other's opposites.
      if (node.op === A.Unaryop.Not && arg._k === A.K.Compare && arg.ops.length === 1) {
        const inverse = INVERSE_CMP.get(arg.ops[0]!);
        if (inverse !== undefined) return { ...arg, ops: [inverse] };
      }
      return node;
    }
    const v = constantValue(arg);
    switch (node.op) {
      case A.Unaryop.Invert:
        if (typeof v === 'boolean' && this.opts.onWarning?.('DeprecationWarning', INVERT_BOOL_WARNING, node) === true) return node;
        return this.result(node, foldInvert(v));
      case A.Unaryop.Not:
        return makeConst(node, !isTrue(v));
      case A.Unaryop.UAdd:
        return this.result(node, foldPositive(v));
      case A.Unaryop.USub:
        return this.result(node, foldNegative(v));
    }
  }

  // CPython: fold_binop
  private foldBinOp(node: A.BinOp): A.expr {
    const lhs = node.left;
    const rhs = node.right;
    if (!isConst(lhs)) return node;
    const lv = constantValue(lhs);
    if (node.op === A.Operator.Mod && rhs._k === A.K.Tuple && typeof lv === 'string' && !hasStarred(rhs.elts)) {
      return optimizeFormat(node, lv, rhs.elts) ?? node;
    }
    if (!isConst(rhs)) return node;
    const rv = constantValue(rhs);
    let value: Folded;
    switch (node.op) {
      case A.Operator.Add:
        value = foldAdd(lv, rv);
        break;
      case A.Operator.Sub:
        value = foldSub(lv, rv);
        break;
      case A.Operator.Mult:
        value = foldMult(lv, rv);
        break;
      case A.Operator.Div:
        value = foldDiv(lv, rv);
        break;
      case A.Operator.FloorDiv:
        value = foldFloorDiv(lv, rv);
        break;
      case A.Operator.Mod:
        value = foldMod(lv, rv);
        break;
      case A.Operator.Pow:
        value = foldPow(lv, rv);
        break;
      case A.Operator.LShift:
        value = foldLShift(lv, rv);
        break;
      case A.Operator.RShift:
        value = foldRShift(lv, rv);
        break;
      case A.Operator.BitOr:
        value = foldBitwise('|', lv, rv);
        break;
      case A.Operator.BitXor:
        value = foldBitwise('^', lv, rv);
        break;
      case A.Operator.BitAnd:
        value = foldBitwise('&', lv, rv);
        break;
      case A.Operator.MatMult:
        // No constant implements @.
        return node;
    }
    return this.result(node, value);
  }

  // CPython: fold_tuple
  private foldTuple(node: A.Tuple): A.expr {
    if (node.ctx !== A.ExprContext.Load) return node;
    const t = constTuple(node.elts);
    return t === null ? node : makeConst(node, t);
  }

  // CPython: fold_subscr
  private foldSubscript(node: A.Subscript): A.expr {
    if (node.ctx !== A.ExprContext.Load || !isConst(node.value) || !isConst(node.slice)) return node;
    return this.result(node, foldSubscript(constantValue(node.value), constantValue(node.slice)));
  }

  /**
   * The iterable of `in`, `for` or a comprehension: a list display becomes a tuple (a
   * constant one when it can), a set display of constants a frozenset. CPython: fold_iter
   */
  private foldIter(arg: A.expr): A.expr {
    if (arg._k === A.K.List) {
      if (hasStarred(arg.elts)) return arg;
      const t = constTuple(arg.elts);
      if (t !== null) return makeConst(arg, t);
      return A.Tuple(arg.elts, arg.ctx, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
    }
    if (arg._k === A.K.Set) {
      const t = constTuple(arg.elts);
      return t === null ? arg : makeConst(arg, makeFrozenSet(t.items));
    }
    return arg;
  }

  // CPython: fold_compare (only the last comparison's right operand)
  private foldCompare(node: A.Compare): A.expr {
    const i = node.ops.length - 1;
    const op = node.ops[i];
    if (op !== A.Cmpop.In && op !== A.Cmpop.NotIn) return node;
    const folded = this.foldIter(node.comparators[i]!);
    if (folded === node.comparators[i]) return node;
    const comparators = node.comparators.slice();
    comparators[i] = folded;
    return { ...node, comparators };
  }
}

const INVERSE_CMP = new Map<A.Cmpop, A.Cmpop>([
  [A.Cmpop.Is, A.Cmpop.IsNot],
  [A.Cmpop.IsNot, A.Cmpop.Is],
  [A.Cmpop.In, A.Cmpop.NotIn],
  [A.Cmpop.NotIn, A.Cmpop.In],
]);

// ---- '%s' % (a, b) as an f-string. CPython: optimize_format and its helpers

const MAXDIGITS = 3;
const F_LJUST = 1;
/** Where the parts made for a format have no source position, CPython puts -1. */
const NO_LOC: Loc = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

/** Literal text up to the next lone '%', with '%%' as '%'. CPython: parse_literal */
function parseLiteral(fmt: string[], pos: { i: number }): A.Constant | null {
  const start = pos.i;
  let p = start;
  let hasPercents = false;
  while (p < fmt.length) {
    if (fmt[p] !== '%') p++;
    else if (p + 1 < fmt.length && fmt[p + 1] === '%') {
      hasPercents = true;
      p += 2;
    } else break;
  }
  pos.i = p;
  if (p === start) return null;
  let str = fmt.slice(start, p).join('');
  if (hasPercents) str = str.replaceAll('%%', '%');
  return makeConst(NO_LOC, str);
}

/** Flags, width and precision of one conversion; null when unsupported. CPython: simple_format_arg_parse */
function parseFormatArg(fmt: string[], pos: { i: number }): { spec: string; flags: number; width: number; prec: number } | null {
  let p = pos.i;
  let flags = 0;
  let width = -1;
  let prec = -1;
  let ch: string;
  const next = (): boolean => {
    if (p >= fmt.length) return false;
    ch = fmt[p++]!;
    return true;
  };
  for (;;) {
    if (!next()) return null;
    if (ch! === '-') flags |= F_LJUST;
    else if (ch! === '+' || ch! === ' ' || ch! === '#' || ch! === '0') flags |= 2;
    else break;
  }
  const isDigit = (c: string): boolean => c >= '0' && c <= '9';
  if (isDigit(ch!)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch!)) {
      width = width * 10 + (ch!.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch! === '.') {
    if (!next()) return null;
    prec = 0;
    if (isDigit(ch!)) {
      let digits = 0;
      while (isDigit(ch!)) {
        prec = prec * 10 + (ch!.charCodeAt(0) - 48);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  pos.i = p;
  return { spec: ch!, flags, width, prec };
}

/** One conversion as a FormattedValue, or null when unsupported. CPython: parse_format */
function parseFormat(fmt: string[], pos: { i: number }, arg: A.expr): A.FormattedValue | null {
  const f = parseFormatArg(fmt, pos);
  if (f === null || (f.spec !== 's' && f.spec !== 'r' && f.spec !== 'a')) return null;
  let spec = '';
  if (!(f.flags & F_LJUST) && f.width > 0) spec += '>';
  if (f.width >= 0) spec += String(f.width);
  if (f.prec >= 0) spec += `.${f.prec}`;
  const formatSpec = spec === '' ? null : makeConst(NO_LOC, spec);
  return A.FormattedValue(arg, f.spec.charCodeAt(0), formatSpec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
}

/** The f-string equivalent of `fmt % (elts)`, or null to leave it alone. CPython: optimize_format */
function optimizeFormat(node: A.BinOp, fmtStr: string, elts: readonly A.expr[]): A.JoinedStr | null {
  const fmt = Array.from(fmtStr);
  const pos = { i: 0 };
  let cnt = 0;
  const seq: A.expr[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit !== null) seq.push(lit);
    if (pos.i >= fmt.length) break;
    // More conversions than values.
    if (cnt >= elts.length) return null;
    pos.i++;
    const fv = parseFormat(fmt, pos, elts[cnt]!);
    cnt++;
    if (fv === null) return null;
    seq.push(fv);
  }
  // More values than conversions.
  if (cnt < elts.length) return null;
  return A.JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}
