// The checks compile() makes on a tree that came from Python objects before compiling it:
// contexts, non-empty bodies, consistent lengths, positions, names that are constants, and
// the shapes patterns may take. CPython: Python/ast.c (_PyAST_Validate and its helpers).
import type { Interpreter } from '../../runtime/interpreter.ts';
import * as A from '../../ast/nodes.gen.ts';
import { PyBytes, PyComplex } from '../../ast/constant.ts';
import { ConstFrozenSet, ConstTuple } from '../../compiler/fold.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { InvalidConstant } from './obj2ast.ts';

const { Load, Store, Del } = { Load: 1, Store: 2, Del: 3 } as const;
type Ctx = 1 | 2 | 3;

interface Positioned { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

class Validator {
  constructor(private readonly interp: Interpreter) {}

  private fail(msg: string, type = 'ValueError'): never {
    return PyErr_SetString(this.interp, type, msg);
  }

  // CPython: VALIDATE_POSITIONS
  private positions(n: Positioned): void {
    if (n.lineno > n.end_lineno) this.fail(`AST node line range (${n.lineno}, ${n.end_lineno}) is not valid`);
    if ((n.lineno < 0 && n.end_lineno !== n.lineno) || (n.col_offset < 0 && n.col_offset !== n.end_col_offset)) {
      this.fail(`AST node column range (${n.col_offset}, ${n.end_col_offset}) for line range (${n.lineno}, ${n.end_lineno}) is not valid`);
    }
    if (n.lineno === n.end_lineno && n.col_offset > n.end_col_offset) this.fail(`line ${n.lineno}, column ${n.col_offset}-${n.end_col_offset} is not a valid range`);
  }

  // CPython: validate_name
  private name(id: string | null): void {
    if (id === 'None' || id === 'True' || id === 'False') this.fail(`identifier field can't represent '${id}' constant`);
  }

  private nonempty(seq: readonly unknown[], what: string, owner: string): void {
    if (seq.length === 0) this.fail(`empty ${what} on ${owner}`);
  }

  stmts(seq: readonly (A.stmt | null)[]): void {
    for (const s of seq) {
      if (s === null) this.fail('None disallowed in statement list');
      this.stmt(s);
    }
  }

  private body(seq: readonly A.stmt[], owner: string): void {
    this.nonempty(seq, 'body', owner);
    this.stmts(seq);
  }

  exprs(seq: readonly (A.expr | null)[], ctx: Ctx, nullOk: boolean): void {
    for (const e of seq) {
      if (e !== null) this.expr(e, ctx);
      else if (!nullOk) this.fail('None disallowed in expression list');
    }
  }

  private args(seq: readonly A.arg[]): void {
    for (const a of seq) {
      this.positions(a);
      if (a.annotation !== null) this.expr(a.annotation, Load);
    }
  }

  // CPython: validate_arguments
  private arguments(a: A.arguments): void {
    this.args(a.posonlyargs);
    this.args(a.args);
    if (a.vararg !== null && a.vararg.annotation !== null) this.expr(a.vararg.annotation, Load);
    this.args(a.kwonlyargs);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.expr(a.kwarg.annotation, Load);
    if (a.defaults.length > a.posonlyargs.length + a.args.length) this.fail('more positional defaults than args on arguments');
    if (a.kw_defaults.length !== a.kwonlyargs.length) this.fail('length of kwonlyargs is not the same as kw_defaults on arguments');
    this.exprs(a.defaults, Load, false);
    this.exprs(a.kw_defaults, Load, true);
  }

  private keywords(seq: readonly A.keyword[]): void {
    for (const k of seq) this.expr(k.value, Load);
  }

  private comprehension(gens: readonly A.comprehension[]): void {
    if (gens.length === 0) this.fail('comprehension with no generators');
    for (const g of gens) {
      this.expr(g.target, Store);
      this.expr(g.iter, Load);
      this.exprs(g.ifs, Load, false);
    }
  }

  private typeParams(seq: readonly A.type_param[]): void {
    for (const tp of seq) {
      this.positions(tp);
      this.name(tp.name);
      if (tp._k === A.K.TypeVar && tp.bound !== null) this.expr(tp.bound, Load);
    }
  }

  // CPython: validate_constant
  private constant(v: unknown): boolean {
    if (v instanceof InvalidConstant) return false;
    if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.every((x) => this.constant(x));
    return true;
  }

  // CPython: validate_expr
  expr(e: A.expr, ctx: Ctx): void {
    this.positions(e);
    let actual: number;
    switch (e._k) {
      case A.K.Attribute: case A.K.Subscript: case A.K.Starred: case A.K.Name: case A.K.List: case A.K.Tuple:
        actual = e.ctx;
        break;
      default:
        if (ctx !== Load) this.fail(`expression which can't be assigned to in ${A.ExprContextNames[ctx]} context`);
        actual = ctx;
    }
    if (actual !== ctx) this.fail(`expression must have ${A.ExprContextNames[ctx]} context but has ${A.ExprContextNames[actual]} instead`);
    switch (e._k) {
      case A.K.BoolOp:
        if (e.values.length < 2) this.fail('BoolOp with less than 2 values');
        return this.exprs(e.values, Load, false);
      case A.K.BinOp:
        this.expr(e.left, Load);
        return this.expr(e.right, Load);
      case A.K.UnaryOp: return this.expr(e.operand, Load);
      case A.K.Lambda:
        this.arguments(e.args);
        return this.expr(e.body, Load);
      case A.K.IfExp:
        this.expr(e.test, Load);
        this.expr(e.body, Load);
        return this.expr(e.orelse, Load);
      case A.K.Dict:
        if (e.keys.length !== e.values.length) this.fail("Dict doesn't have the same number of keys as values");
        this.exprs(e.keys, Load, true);
        return this.exprs(e.values, Load, false);
      case A.K.Set: return this.exprs(e.elts, Load, false);
      case A.K.ListComp: case A.K.SetComp: case A.K.GeneratorExp:
        this.comprehension(e.generators);
        return this.expr(e.elt, Load);
      case A.K.DictComp:
        this.comprehension(e.generators);
        this.expr(e.key, Load);
        return this.expr(e.value, Load);
      case A.K.Yield:
        if (e.value !== null) this.expr(e.value, Load);
        return;
      case A.K.YieldFrom: case A.K.Await: return this.expr(e.value, Load);
      case A.K.Compare:
        if (e.comparators.length === 0) this.fail('Compare with no comparators');
        if (e.comparators.length !== e.ops.length) this.fail('Compare has a different number of comparators and operands');
        this.exprs(e.comparators, Load, false);
        return this.expr(e.left, Load);
      case A.K.Call:
        this.expr(e.func, Load);
        this.exprs(e.args, Load, false);
        return this.keywords(e.keywords);
      case A.K.Constant:
        if (!this.constant(e.value)) this.fail(`got an invalid type in Constant: ${this.invalidName(e.value)}`, 'TypeError');
        return;
      case A.K.JoinedStr: return this.exprs(e.values, Load, false);
      case A.K.FormattedValue:
        this.expr(e.value, Load);
        if (e.format_spec !== null) this.expr(e.format_spec, Load);
        return;
      case A.K.Attribute: return this.expr(e.value, Load);
      case A.K.Subscript:
        this.expr(e.slice, Load);
        return this.expr(e.value, Load);
      case A.K.Starred: return this.expr(e.value, ctx);
      case A.K.Slice:
        if (e.lower !== null) this.expr(e.lower, Load);
        if (e.upper !== null) this.expr(e.upper, Load);
        if (e.step !== null) this.expr(e.step, Load);
        return;
      case A.K.List: case A.K.Tuple: return this.exprs(e.elts, ctx, false);
      case A.K.NamedExpr:
        if (e.target._k !== A.K.Name) this.fail('NamedExpr target must be a Name', 'TypeError');
        return this.expr(e.value, Load);
      case A.K.Name: return this.name(e.id);
    }
  }

  /** The type name validate_constant reports: the container's for a tuple holding a bad item. */
  private invalidName(v: unknown): string {
    if (v instanceof ConstTuple) return 'tuple';
    if (v instanceof ConstFrozenSet) return 'frozenset';
    return (v as InvalidConstant).typeName;
  }

  private withItems(items: readonly A.withitem[], owner: string): void {
    this.nonempty(items, 'items', owner);
    for (const it of items) {
      this.expr(it.context_expr, Load);
      if (it.optional_vars !== null) this.expr(it.optional_vars, Store);
    }
  }

  private tryStmt(s: A.Try | A.TryStar, owner: string): void {
    this.body(s.body, owner);
    if (s.handlers.length === 0 && s.finalbody.length === 0) this.fail(`${owner} has neither except handlers nor finalbody`);
    if (s.handlers.length === 0 && s.orelse.length !== 0) this.fail(`${owner} has orelse but no except handlers`);
    for (const h of s.handlers) {
      this.positions(h);
      if (h.type !== null) this.expr(h.type, Load);
      this.body(h.body, 'ExceptHandler');
    }
    this.stmts(s.finalbody);
    this.stmts(s.orelse);
  }

  // CPython: validate_stmt
  private stmt(s: A.stmt): void {
    this.positions(s);
    switch (s._k) {
      case A.K.FunctionDef: case A.K.AsyncFunctionDef:
        this.body(s.body, s._k === A.K.FunctionDef ? 'FunctionDef' : 'AsyncFunctionDef');
        this.typeParams(s.type_params);
        this.arguments(s.args);
        this.exprs(s.decorator_list, Load, false);
        if (s.returns !== null) this.expr(s.returns, Load);
        return;
      case A.K.ClassDef:
        this.body(s.body, 'ClassDef');
        this.typeParams(s.type_params);
        this.exprs(s.bases, Load, false);
        this.keywords(s.keywords);
        return this.exprs(s.decorator_list, Load, false);
      case A.K.Return:
        if (s.value !== null) this.expr(s.value, Load);
        return;
      case A.K.Delete:
        this.nonempty(s.targets, 'targets', 'Delete');
        return this.exprs(s.targets, Del, false);
      case A.K.Assign:
        this.nonempty(s.targets, 'targets', 'Assign');
        this.exprs(s.targets, Store, false);
        return this.expr(s.value, Load);
      case A.K.TypeAlias:
        if (s.name._k !== A.K.Name) this.fail('TypeAlias with non-Name name', 'TypeError');
        this.expr(s.name, Store);
        this.typeParams(s.type_params);
        return this.expr(s.value, Load);
      case A.K.AugAssign:
        this.expr(s.target, Store);
        return this.expr(s.value, Load);
      case A.K.AnnAssign:
        if (s.target._k !== A.K.Name && s.simple) this.fail('AnnAssign with simple non-Name target', 'TypeError');
        this.expr(s.target, Store);
        if (s.value !== null) this.expr(s.value, Load);
        return this.expr(s.annotation, Load);
      case A.K.For: case A.K.AsyncFor:
        this.expr(s.target, Store);
        this.expr(s.iter, Load);
        this.body(s.body, s._k === A.K.For ? 'For' : 'AsyncFor');
        return this.stmts(s.orelse);
      case A.K.While: case A.K.If:
        this.expr(s.test, Load);
        this.body(s.body, s._k === A.K.While ? 'While' : 'If');
        return this.stmts(s.orelse);
      case A.K.With: case A.K.AsyncWith: {
        const owner = s._k === A.K.With ? 'With' : 'AsyncWith';
        this.withItems(s.items, owner);
        return this.body(s.body, owner);
      }
      case A.K.Match:
        this.expr(s.subject, Load);
        this.nonempty(s.cases, 'cases', 'Match');
        for (const m of s.cases) {
          this.pattern(m.pattern, false);
          if (m.guard !== null) this.expr(m.guard, Load);
          this.body(m.body, 'match_case');
        }
        return;
      case A.K.Raise:
        if (s.exc !== null) {
          this.expr(s.exc, Load);
          if (s.cause !== null) this.expr(s.cause, Load);
        } else if (s.cause !== null) this.fail('Raise with cause but no exception');
        return;
      case A.K.Try: return this.tryStmt(s, 'Try');
      case A.K.TryStar: return this.tryStmt(s, 'TryStar');
      case A.K.Assert:
        this.expr(s.test, Load);
        if (s.msg !== null) this.expr(s.msg, Load);
        return;
      case A.K.Import: return this.nonempty(s.names, 'names', 'Import');
      case A.K.ImportFrom:
        if (s.level !== null && s.level < 0) this.fail('Negative ImportFrom level');
        return this.nonempty(s.names, 'names', 'ImportFrom');
      case A.K.Global: return this.nonempty(s.names, 'names', 'Global');
      case A.K.Nonlocal: return this.nonempty(s.names, 'names', 'Nonlocal');
      case A.K.Expr: return this.expr(s.value, Load);
      case A.K.Pass: case A.K.Break: case A.K.Continue: return;
    }
  }

  // CPython: validate_pattern_match_value
  private matchValue(e: A.expr): void {
    this.expr(e, Load);
    switch (e._k) {
      case A.K.Constant: {
        const v = e.value as unknown;
        if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string' || v instanceof PyBytes || v instanceof PyComplex) return;
        return this.fail('unexpected constant inside of a literal pattern');
      }
      case A.K.Attribute: case A.K.JoinedStr: return;
      case A.K.UnaryOp:
        if (e.op === A.Unaryop.USub && e.operand._k === A.K.Constant) return this.matchValue(e.operand);
        break;
      case A.K.BinOp:
        if ((e.op === A.Operator.Add || e.op === A.Operator.Sub) && e.left._k !== A.K.BinOp) return;
        break;
    }
    this.fail('patterns may only match literals and attribute lookups');
  }

  // CPython: validate_capture
  private capture(name: string): void {
    if (name === '_') this.fail("can't capture name '_' in patterns");
    this.name(name);
  }

  private patterns(seq: readonly A.pattern[], starOk: boolean): void {
    for (const p of seq) this.pattern(p, starOk);
  }

  // CPython: validate_pattern
  private pattern(p: A.pattern, starOk: boolean): void {
    this.positions(p);
    switch (p._k) {
      case A.K.MatchValue: return this.matchValue(p.value);
      case A.K.MatchSingleton:
        if (!(p.value === null || typeof p.value === 'boolean')) this.fail('MatchSingleton can only contain True, False and None');
        return;
      case A.K.MatchSequence: return this.patterns(p.patterns, true);
      case A.K.MatchMapping:
        if (p.keys.length !== p.patterns.length) this.fail("MatchMapping doesn't have the same number of keys as patterns");
        if (p.rest !== null) this.capture(p.rest);
        for (const key of p.keys) {
          if (key._k === A.K.Constant && (key.value === null || typeof key.value === 'boolean')) continue;
          this.matchValue(key);
        }
        return this.patterns(p.patterns, false);
      case A.K.MatchClass: {
        if (p.kwd_attrs.length !== p.kwd_patterns.length) this.fail("MatchClass doesn't have the same number of keyword attributes as patterns");
        this.expr(p.cls, Load);
        let cls: A.expr = p.cls;
        while (cls._k === A.K.Attribute) cls = cls.value;
        if (cls._k !== A.K.Name) this.fail('MatchClass cls field can only contain Name or Attribute nodes.');
        for (const id of p.kwd_attrs) this.name(id);
        this.patterns(p.patterns, false);
        return this.patterns(p.kwd_patterns, false);
      }
      case A.K.MatchStar:
        if (!starOk) this.fail("can't use MatchStar here");
        if (p.name !== null) this.capture(p.name);
        return;
      case A.K.MatchAs:
        if (p.name !== null) this.capture(p.name);
        if (p.pattern === null) return;
        if (p.name === null) this.fail('MatchAs must specify a target name if a pattern is given');
        return this.pattern(p.pattern, false);
      case A.K.MatchOr:
        if (p.patterns.length < 2) this.fail('MatchOr requires at least 2 patterns');
        return this.patterns(p.patterns, false);
    }
  }
}

/** Raises CPython's ValueError/TypeError for a tree compile() must not accept. CPython: _PyAST_Validate */
export function validateMod(interp: Interpreter, mod: A.mod): void {
  const v = new Validator(interp);
  switch (mod._k) {
    case A.K.Module: case A.K.Interactive: return v.stmts(mod.body);
    case A.K.Expression: return v.expr(mod.body, Load);
    case A.K.FunctionType:
      v.exprs(mod.argtypes, Load, false);
      return v.expr(mod.returns, Load);
  }
}
