// The first pass of the symbol table: walk the AST, open a block for every scope, and record
// the raw facts about each name (assigned, used, parameter, declared global...). The second
// pass (./analyze.ts) turns these facts into scopes.
// CPython: Python/symtable.c (3.12.1), symtable_visit_* and their helpers
import * as A from '../ast/nodes.gen.ts';
import { PySyntaxError } from '../tokenizer/errors.ts';
import { CO_FUTURE_ANNOTATIONS, type FutureFeatures } from './future.ts';
import { mangle } from './mangle.ts';
import {
  BlockType,
  ComprehensionType,
  DEF_ANNOT,
  DEF_COMP_ITER,
  DEF_GLOBAL,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  DEF_TYPE_PARAM,
  getSymbol,
  isFunctionLike,
  SymtableEntry,
  USE,
  type SymTable,
} from './types.ts';

/** RecursionError, recognised by the CLI through its class name (src/cli/pyerrors.ts). */
export class PyRecursionError extends Error {}

/** CPython scales its C recursion limit (Py_C_RECURSION_LIMIT, 1500) by 2 for the compiler. */
export const COMPILER_RECURSION_LIMIT = 1500 * 2;

interface Loc {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** The mutable state of a build. CPython: struct symtable */
export class Builder implements SymTable {
  readonly st_blocks = new Map<object, SymtableEntry>();
  st_top!: SymtableEntry;
  /** The innermost block being visited. */
  st_cur: SymtableEntry | null = null;
  /** Blocks being visited, outermost first. */
  readonly st_stack: SymtableEntry[] = [];
  /** The module's symbols: global declarations are recorded there too. */
  st_global: Map<string, number> | null = null;
  /** The name of the class whose private names are being mangled, if any. */
  st_private: string | null = null;
  recursion_depth: number;
  readonly recursion_limit = COMPILER_RECURSION_LIMIT;

  constructor(
    readonly st_filename: string,
    readonly st_future: FutureFeatures,
    startingDepth: number,
  ) {
    this.recursion_depth = startingDepth;
  }

  get cur(): SymtableEntry {
    return this.st_cur!;
  }

  /** A SyntaxError at a node's range, offsets made 1-based. CPython: PyErr_RangedSyntaxLocationObject */
  error(msg: string, loc: Loc): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, this.st_filename, loc.lineno, loc.col_offset + 1, null, loc.end_lineno, loc.end_col_offset + 1, false);
  }

  // CPython: symtable_enter_block (+ ste_new)
  enterBlock(name: string, block: BlockType, key: object, loc: Loc): void {
    const ste = new SymtableEntry(this, name, block, key, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
    const prev = this.st_cur;
    if (prev !== null && (prev.ste_nested || isFunctionLike(prev))) ste.ste_nested = true;
    this.st_blocks.set(key, ste);
    this.st_stack.push(ste);
    // bpo-37757: no assignment expression anywhere in a comprehension's outermost iterable,
    // even inside a nested lambda or comprehension.
    if (prev !== null) ste.ste_comp_iter_expr = prev.ste_comp_iter_expr;
    this.st_cur = ste;
    // Annotation blocks leave no trace in the tree: the compiler turns annotations into strings.
    if (block === BlockType.AnnotationBlock) return;
    if (block === BlockType.ModuleBlock) this.st_global = ste.ste_symbols;
    if (prev !== null) prev.ste_children.push(ste);
  }

  // CPython: symtable_exit_block
  exitBlock(): void {
    this.st_stack.pop();
    this.st_cur = this.st_stack.length > 0 ? this.st_stack[this.st_stack.length - 1]! : null;
  }

  // CPython: symtable_lookup
  lookup(name: string): number {
    return getSymbol(this.cur, mangle(this.st_private, name));
  }

  // CPython: symtable_add_def_helper
  addDefHelper(name: string, flag: number, ste: SymtableEntry, loc: Loc): void {
    const mangled = mangle(this.st_private, name);
    const dict = ste.ste_symbols;
    const old = dict.get(mangled);
    let val: number;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) throw this.error(`duplicate argument '${name}' in function definition`, loc);
      if (flag & DEF_TYPE_PARAM && old & DEF_TYPE_PARAM) throw this.error(`duplicate type parameter '${name}'`, loc);
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.ste_comp_iter_target) {
      // A comprehension's iteration variable: it must not clash with a walrus target seen
      // before, and later walruses check against the mark.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      val |= DEF_COMP_ITER;
    }
    dict.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.ste_varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const g = this.st_global!;
      g.set(mangled, flag | (g.get(mangled) ?? 0));
    }
  }

  // CPython: symtable_add_def
  addDef(name: string, flag: number, loc: Loc): void {
    this.addDefHelper(name, flag, this.cur, loc);
  }

  // CPython: symtable_record_directive
  recordDirective(name: string, loc: Loc): void {
    const cur = this.cur;
    if (cur.ste_directives === null) cur.ste_directives = [];
    cur.ste_directives.push({
      name: mangle(this.st_private, name),
      lineno: loc.lineno,
      col_offset: loc.col_offset,
      end_lineno: loc.end_lineno,
      end_col_offset: loc.end_col_offset,
    });
  }

  enterRecursion(): void {
    if (++this.recursion_depth > this.recursion_limit) throw new PyRecursionError('maximum recursion depth exceeded during compilation');
  }

  // CPython: symtable_enter_type_param_block
  enterTypeParamBlock(name: string, key: object, hasDefaults: boolean, hasKwDefaults: boolean, kind: A.K, loc: Loc): void {
    const currentType = this.cur.ste_type;
    this.enterBlock(name, BlockType.TypeParamBlock, key, loc);
    if (currentType === BlockType.ClassBlock) {
      this.cur.ste_can_see_class_scope = true;
      this.addDef('__classdict__', USE, loc);
    }
    if (kind === A.K.ClassDef) {
      // ".type_params" is set when the tuple of parameters is made and used for the bases.
      this.addDef('.type_params', DEF_LOCAL, loc);
      this.addDef('.type_params', USE, loc);
      // 3.12.1 never restores st_private after this: names later in the enclosing scope are
      // mangled with this class's name, as the reference does.
      this.st_private = name;
      this.addDef('.generic_base', DEF_LOCAL, loc);
      this.addDef('.generic_base', USE, loc);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, loc);
    if (hasKwDefaults) this.addDef('.kwdefaults', DEF_PARAM, loc);
  }

  visitStmts(seq: readonly A.stmt[]): void {
    for (const s of seq) this.visitStmt(s);
  }

  visitExprs(seq: readonly (A.expr | null)[]): void {
    for (const e of seq) if (e !== null) this.visitExpr(e);
  }

  // CPython: symtable_visit_stmt
  visitStmt(s: A.stmt): void {
    this.enterRecursion();
    switch (s._k) {
      case A.K.FunctionDef:
      case A.K.AsyncFunctionDef:
        this.visitFunctionDef(s);
        break;
      case A.K.ClassDef:
        this.visitClassDef(s);
        break;
      case A.K.TypeAlias: {
        this.visitExpr(s.name);
        const name = (s.name as A.Name).id;
        const isInClass = this.cur.ste_type === BlockType.ClassBlock;
        const isGeneric = s.type_params.length > 0;
        if (isGeneric) {
          this.enterTypeParamBlock(name, s.type_params, false, false, s._k, s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.enterBlock(name, BlockType.TypeAliasBlock, s, s);
        this.cur.ste_can_see_class_scope = isInClass;
        if (isInClass) this.addDef('__classdict__', USE, s.value);
        this.visitExpr(s.value);
        this.exitBlock();
        if (isGeneric) this.exitBlock();
        break;
      }
      case A.K.Return:
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.cur.ste_returns_value = true;
        }
        break;
      case A.K.Delete:
        this.visitExprs(s.targets);
        break;
      case A.K.Assign:
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case A.K.AnnAssign:
        this.visitAnnAssign(s);
        break;
      case A.K.AugAssign:
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case A.K.For:
      case A.K.AsyncFor:
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case A.K.While:
      case A.K.If:
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case A.K.Match:
        this.visitExpr(s.subject);
        for (const m of s.cases) {
          this.visitPattern(m.pattern);
          if (m.guard !== null) this.visitExpr(m.guard);
          this.visitStmts(m.body);
        }
        break;
      case A.K.Raise:
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        break;
      case A.K.Try:
      case A.K.TryStar:
        // 3.12.1 visits the else block before the handlers (children come in that order).
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) this.visitExceptHandler(h);
        this.visitStmts(s.finalbody);
        break;
      case A.K.Assert:
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case A.K.Import:
      case A.K.ImportFrom:
        for (const a of s.names) this.visitAlias(a);
        break;
      case A.K.Global:
      case A.K.Nonlocal:
        this.visitDirective(s);
        break;
      case A.K.Expr:
        this.visitExpr(s.value);
        break;
      case A.K.Pass:
      case A.K.Break:
      case A.K.Continue:
        break;
      case A.K.With:
      case A.K.AsyncWith:
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      default:
        assertNever(s);
    }
    this.recursion_depth--;
  }

  // CPython: symtable_visit_stmt, FunctionDef_kind and AsyncFunctionDef_kind
  private visitFunctionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    const args = s.args;
    this.visitExprs(args.defaults);
    this.visitExprs(args.kw_defaults);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      // CPython tests the defaults sequence for NULL, which the parser never leaves it:
      // ".defaults" is always there.
      this.enterTypeParamBlock(s.name, s.type_params, true, args.kw_defaults.some((d) => d !== null), s._k, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitAnnotations(s, args, s.returns);
    this.enterBlock(s.name, BlockType.FunctionBlock, s, s);
    if (s._k === A.K.AsyncFunctionDef) this.cur.ste_coroutine = true;
    this.visitArguments(args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  // CPython: symtable_visit_stmt, ClassDef_kind
  private visitClassDef(s: A.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(s.name, s.type_params, false, false, s._k, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.enterBlock(s.name, BlockType.ClassBlock, s, s);
    const saved = this.st_private;
    this.st_private = s.name;
    if (generic) {
      this.addDef('__type_params__', DEF_LOCAL, s);
      this.addDef('.type_params', USE, s);
    }
    this.visitStmts(s.body);
    this.st_private = saved;
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  // CPython: symtable_visit_stmt, AnnAssign_kind
  private visitAnnAssign(s: A.AnnAssign): void {
    const target = s.target;
    if (target._k === A.K.Name) {
      const cur = this.lookup(target.id);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.ste_symbols !== this.st_global && s.simple) {
        throw this.error(`annotated name '${target.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value !== null) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value !== null) this.visitExpr(s.value);
  }

  // CPython: symtable_visit_stmt, Global_kind and Nonlocal_kind
  private visitDirective(s: A.Global | A.Nonlocal): void {
    const kind = s._k === A.K.Global ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kind}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${kind} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
        else msg = `name '${name}' is assigned to before ${kind} declaration`;
        throw this.error(msg, s);
      }
      this.addDef(name, kind === 'global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  // CPython: symtable_extend_namedexpr_scope
  private extendNamedExprScope(e: A.Name): void {
    const target = e.id;
    for (let i = this.st_stack.length - 1; i >= 0; i--) {
      const ste = this.st_stack[i]!;
      // A comprehension is skipped, after checking the target is not one of its iteration variables.
      if (ste.ste_comprehension !== ComprehensionType.NoComprehension) {
        const inScope = getSymbol(ste, target);
        if (inScope & DEF_COMP_ITER && inScope & DEF_LOCAL) {
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${target}'`, e);
        }
        continue;
      }
      if (ste.ste_type === BlockType.FunctionBlock) {
        // The target binds in the function, and the comprehension refers to it as nonlocal (or global).
        const inScope = getSymbol(ste, target);
        this.addDef(target, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.ste_type === BlockType.ModuleBlock) {
        this.addDef(target, DEF_GLOBAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_GLOBAL, ste, e);
        return;
      }
      let msg: string | null = null;
      if (ste.ste_type === BlockType.ClassBlock) msg = 'assignment expression within a comprehension cannot be used in a class body';
      else if (ste.ste_type === BlockType.TypeParamBlock) msg = 'assignment expression within a comprehension cannot be used within the definition of a generic';
      else if (ste.ste_type === BlockType.TypeAliasBlock) msg = 'assignment expression within a comprehension cannot be used in a type alias';
      else if (ste.ste_type === BlockType.TypeVarBoundBlock) msg = 'assignment expression within a comprehension cannot be used in a TypeVar bound';
      if (msg !== null) throw this.error(msg, e);
    }
    // Unreachable in CPython (Py_UNREACHABLE): the module block ends every stack.
    throw new Error('symtable: no scope for an assignment expression');
  }

  // CPython: symtable_handle_namedexpr
  private handleNamedExpr(e: A.NamedExpr): void {
    if (this.cur.ste_comp_iter_expr > 0) throw this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    if (this.cur.ste_comprehension !== ComprehensionType.NoComprehension) this.extendNamedExprScope(e.target as A.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  // CPython: symtable_visit_expr
  visitExpr(e: A.expr): void {
    this.enterRecursion();
    switch (e._k) {
      case A.K.NamedExpr:
        this.raiseIfAnnotationBlock('named expression', e);
        this.handleNamedExpr(e);
        break;
      case A.K.BoolOp:
        this.visitExprs(e.values);
        break;
      case A.K.BinOp:
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case A.K.UnaryOp:
        this.visitExpr(e.operand);
        break;
      case A.K.Lambda:
        // gh-109118: 3.12 cannot compile a lambda that sees a class scope.
        if (this.cur.ste_can_see_class_scope) throw this.error('Cannot use lambda in annotation scope within class scope', e);
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', BlockType.FunctionBlock, e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case A.K.IfExp:
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case A.K.Dict:
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case A.K.Set:
        this.visitExprs(e.elts);
        break;
      case A.K.GeneratorExp:
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case A.K.ListComp:
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case A.K.SetComp:
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case A.K.DictComp:
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case A.K.Yield:
      case A.K.YieldFrom:
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value !== null) this.visitExpr(e.value);
        this.cur.ste_generator = true;
        if (this.cur.ste_comprehension !== ComprehensionType.NoComprehension) this.raiseComprehensionYield(e);
        break;
      case A.K.Await:
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.ste_coroutine = true;
        break;
      case A.K.Compare:
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case A.K.Call:
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case A.K.FormattedValue:
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case A.K.JoinedStr:
        this.visitExprs(e.values);
        break;
      case A.K.Constant:
        break;
      case A.K.Attribute:
        this.visitExpr(e.value);
        break;
      case A.K.Subscript:
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case A.K.Starred:
        this.visitExpr(e.value);
        break;
      case A.K.Slice:
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
      case A.K.Name:
        this.addDef(e.id, e.ctx === A.ExprContext.Load ? USE : DEF_LOCAL, e);
        // super() needs the __class__ cell: a load of "super" counts as a use of __class__.
        if (e.ctx === A.ExprContext.Load && isFunctionLike(this.cur) && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case A.K.List:
      case A.K.Tuple:
        this.visitExprs(e.elts);
        break;
      default:
        assertNever(e);
    }
    this.recursion_depth--;
  }

  // CPython: symtable_visit_type_param
  private visitTypeParam(tp: A.type_param): void {
    this.enterRecursion();
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    if (tp._k === A.K.TypeVar && tp.bound !== null) {
      const isInClass = this.cur.ste_can_see_class_scope;
      this.enterBlock(tp.name, BlockType.TypeVarBoundBlock, tp, tp);
      this.cur.ste_can_see_class_scope = isInClass;
      if (isInClass) this.addDef('__classdict__', USE, tp.bound);
      this.visitExpr(tp.bound);
      this.exitBlock();
    }
    this.recursion_depth--;
  }

  // CPython: symtable_visit_pattern
  private visitPattern(p: A.pattern): void {
    this.enterRecursion();
    switch (p._k) {
      case A.K.MatchValue:
        this.visitExpr(p.value);
        break;
      case A.K.MatchSingleton:
        break;
      case A.K.MatchSequence:
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case A.K.MatchStar:
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case A.K.MatchMapping:
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case A.K.MatchClass:
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case A.K.MatchAs:
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case A.K.MatchOr:
        for (const q of p.patterns) this.visitPattern(q);
        break;
      default:
        assertNever(p);
    }
    this.recursion_depth--;
  }

  // CPython: symtable_visit_annotation
  private visitAnnotation(annotation: A.expr): void {
    const future = (this.st_future.ff_features & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock('_annotation', BlockType.AnnotationBlock, annotation, annotation);
    this.visitExpr(annotation);
    if (future) this.exitBlock();
  }

  // CPython: symtable_visit_annotations
  private visitAnnotations(s: A.FunctionDef | A.AsyncFunctionDef, a: A.arguments, returns: A.expr | null): void {
    const future = (this.st_future.ff_features & CO_FUTURE_ANNOTATIONS) !== 0;
    // Keyed by the function's node, which the function's own block then takes over.
    if (future) this.enterBlock('_annotation', BlockType.AnnotationBlock, s, s);
    for (const arg of a.posonlyargs) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    for (const arg of a.args) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (a.vararg !== null && a.vararg.annotation !== null) this.visitExpr(a.vararg.annotation);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.visitExpr(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (future) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  // CPython: symtable_visit_arguments (defaults are visited in the enclosing block)
  private visitArguments(a: A.arguments): void {
    for (const arg of a.posonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.args) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.kwonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.ste_varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.ste_varkeywords = true;
    }
  }

  // CPython: symtable_visit_excepthandler
  private visitExceptHandler(h: A.ExceptHandler): void {
    if (h.type !== null) this.visitExpr(h.type);
    if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  // CPython: symtable_visit_alias
  private visitAlias(a: A.alias): void {
    // The name bound by the import: "spam" for "import spam.eggs".
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.ste_type !== BlockType.ModuleBlock) throw this.error('import * only allowed at module level', a);
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot < 0 ? name : name.slice(0, dot), DEF_IMPORT, a);
  }

  // CPython: symtable_visit_comprehension (every generator but the first)
  private visitComprehension(lc: A.comprehension): void {
    const cur = this.cur;
    cur.ste_comp_iter_target = true;
    this.visitExpr(lc.target);
    cur.ste_comp_iter_target = false;
    cur.ste_comp_iter_expr++;
    this.visitExpr(lc.iter);
    cur.ste_comp_iter_expr--;
    this.visitExprs(lc.ifs);
    if (lc.is_async) cur.ste_coroutine = true;
  }

  // CPython: symtable_handle_comprehension
  private handleComprehension(
    e: A.GeneratorExp | A.ListComp | A.SetComp | A.DictComp,
    scopeName: string,
    generators: readonly A.comprehension[],
    elt: A.expr,
    value: A.expr | null,
  ): void {
    if (this.cur.ste_can_see_class_scope) throw this.error('Cannot use comprehension in annotation scope within class scope', e);
    const isGenerator = e._k === A.K.GeneratorExp;
    const outermost = generators[0]!;
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.ste_comp_iter_expr++;
    this.visitExpr(outermost.iter);
    this.cur.ste_comp_iter_expr--;
    this.enterBlock(scopeName, BlockType.FunctionBlock, e, e);
    const comp = this.cur;
    comp.ste_comprehension =
      e._k === A.K.ListComp
        ? ComprehensionType.ListComprehension
        : e._k === A.K.SetComp
          ? ComprehensionType.SetComprehension
          : e._k === A.K.DictComp
            ? ComprehensionType.DictComprehension
            : ComprehensionType.GeneratorExpression;
    if (outermost.is_async) comp.ste_coroutine = true;
    // The outermost iterator arrives as the implicit parameter ".0".
    this.addDef('.0', DEF_PARAM, { lineno: comp.ste_lineno, col_offset: comp.ste_col_offset, end_lineno: comp.ste_end_lineno, end_col_offset: comp.ste_end_col_offset });
    comp.ste_comp_iter_target = true;
    this.visitExpr(outermost.target);
    comp.ste_comp_iter_target = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehension(generators[i]!);
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    comp.ste_generator = isGenerator;
    const isAsync = comp.ste_coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.ste_coroutine = true;
  }

  // CPython: symtable_raise_if_annotation_block
  private raiseIfAnnotationBlock(what: string, e: A.expr): void {
    const type = this.cur.ste_type;
    let msg: string;
    if (type === BlockType.AnnotationBlock) msg = `${what} cannot be used within an annotation`;
    else if (type === BlockType.TypeVarBoundBlock) msg = `${what} cannot be used within a TypeVar bound`;
    else if (type === BlockType.TypeAliasBlock) msg = `${what} cannot be used within a type alias`;
    else if (type === BlockType.TypeParamBlock) msg = `${what} cannot be used within the definition of a generic`;
    else return;
    throw this.error(msg, e);
  }

  // CPython: symtable_raise_if_comprehension_block
  private raiseComprehensionYield(e: A.expr): never {
    const type = this.cur.ste_comprehension;
    const what =
      type === ComprehensionType.ListComprehension
        ? 'list comprehension'
        : type === ComprehensionType.SetComprehension
          ? 'set comprehension'
          : type === ComprehensionType.DictComprehension
            ? 'dict comprehension'
            : 'generator expression';
    throw this.error(`'yield' inside ${what}`, e);
  }
}

function assertNever(x: never): never {
  throw new Error(`symtable: unexpected node ${JSON.stringify((x as { _k: unknown })._k)}`);
}
