// Code generation for function, lambda and class definitions, PEP 695 type parameters and
// `type` aliases: defaults, annotations, decorators, the nested code objects and closures.
// CPython: Python/compile.c compiler_function, compiler_class, compiler_lambda, compiler_type_params, compiler_typealias
import * as A from '../ast/nodes.gen.ts';
import { ConstTuple, type CodeConstant } from '../bytecode/constants.ts';
import { NO_LOCATION, type Location } from '../bytecode/linetable.ts';
import { Intrinsic1, Intrinsic2, MakeFn, Op } from '../bytecode/opcodes.ts';
import { CO_FUTURE_ANNOTATIONS, hasDocString, mangle } from '../symtable/symtable.ts';
import { callHelper, visitExpr } from './codegen_expr.ts';
import { visitBody, visitStmt } from './codegen_stmt.ts';
import { type Compiler, LOC, location, ScopeType } from './compiler.ts';
import { exprAsUnicode } from './unparse.ts';

// CPython: compiler_check_debug_args
function checkDebugArgs(c: Compiler, args: A.arguments): void {
  const check = (a: A.arg | null) => {
    if (a !== null) c.checkForbiddenName(LOC(a), a.arg, A.ExprContext.Store);
  };
  args.posonlyargs.forEach(check);
  args.args.forEach(check);
  check(args.vararg);
  args.kwonlyargs.forEach(check);
  check(args.kwarg);
}

/** Pushes the keyword-only defaults dict; returns whether there was one. CPython: compiler_visit_kwonlydefaults */
function visitKwonlyDefaults(c: Compiler, loc: Location, kwonlyargs: readonly A.arg[], kwDefaults: readonly (A.expr | null)[]): boolean {
  const keys: CodeConstant[] = [];
  for (let i = 0; i < kwonlyargs.length; i++) {
    const d = kwDefaults[i];
    if (d !== null && d !== undefined) {
      keys.push(mangle(c.u.private_, kwonlyargs[i]!.arg));
      visitExpr(c, d);
    }
  }
  if (keys.length === 0) return false;
  c.loadConst(loc, new ConstTuple(keys));
  c.addopI(loc, Op.BUILD_CONST_KEY_MAP, keys.length);
  return true;
}

/** Under `from __future__ import annotations`, an annotation is its source text. CPython: compiler_visit_annexpr */
export function visitAnnExpr(c: Compiler, annotation: A.expr): void {
  c.loadConst(LOC(annotation), exprAsUnicode(annotation));
}

// CPython: compiler_visit_argannotation
function visitArgAnnotation(c: Compiler, id: string, annotation: A.expr | null, loc: Location): number {
  if (annotation === null) return 0;
  c.loadConst(loc, mangle(c.u.private_, id));
  if (c.flags & CO_FUTURE_ANNOTATIONS) {
    visitAnnExpr(c, annotation);
  } else if (annotation._k === A.K.Starred) {
    // *args: *Ts  ->  [annotation] = [*Ts]
    visitExpr(c, annotation.value);
    c.addopI(loc, Op.UNPACK_SEQUENCE, 1);
  } else {
    visitExpr(c, annotation);
  }
  return 2;
}

/** Pushes the annotations tuple (name, value, ...); returns whether there was one. CPython: compiler_visit_annotations */
function visitAnnotations(c: Compiler, loc: Location, args: A.arguments, returns: A.expr | null): boolean {
  let len = 0;
  for (const a of args.args) len += visitArgAnnotation(c, a.arg, a.annotation, loc);
  for (const a of args.posonlyargs) len += visitArgAnnotation(c, a.arg, a.annotation, loc);
  if (args.vararg !== null && args.vararg.annotation !== null) len += visitArgAnnotation(c, args.vararg.arg, args.vararg.annotation, loc);
  for (const a of args.kwonlyargs) len += visitArgAnnotation(c, a.arg, a.annotation, loc);
  if (args.kwarg !== null && args.kwarg.annotation !== null) len += visitArgAnnotation(c, args.kwarg.arg, args.kwarg.annotation, loc);
  len += visitArgAnnotation(c, 'return', returns, loc);
  if (len) {
    c.addopI(loc, Op.BUILD_TUPLE, len);
    return true;
  }
  return false;
}

/** Pushes positional and keyword-only defaults; returns MAKE_FUNCTION flags. CPython: compiler_default_arguments */
function defaultArguments(c: Compiler, loc: Location, args: A.arguments): number {
  let funcflags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(loc, Op.BUILD_TUPLE, args.defaults.length);
    funcflags |= MakeFn.DEFAULTS;
  }
  if (args.kwonlyargs.length && visitKwonlyDefaults(c, loc, args.kwonlyargs, args.kw_defaults)) funcflags |= MakeFn.KWDEFAULTS;
  return funcflags;
}

/** A generator or coroutine body re-raises StopIteration as RuntimeError. CPython: wrap_in_stopiteration_handler */
export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel();
  c.seq.insertInstruction(0, Op.SETUP_CLEANUP, handler, NO_LOCATION);
  c.loadConst(NO_LOCATION, null);
  c.addop(NO_LOCATION, Op.RETURN_VALUE);
  c.useLabel(handler);
  c.addopI(NO_LOCATION, Op.CALL_INTRINSIC_1, Intrinsic1.STOPITERATION_ERROR);
  c.addopI(NO_LOCATION, Op.RERAISE, 1);
}

/** Pushes the tuple of a generic's type parameters, storing each in its scope. CPython: compiler_type_params */
function visitTypeParams(c: Compiler, typeParams: readonly A.type_param[]): void {
  for (const tp of typeParams) {
    const loc = LOC(tp);
    switch (tp._k) {
      case A.K.TypeVar:
        c.loadConst(loc, tp.name);
        if (tp.bound !== null) {
          const bound = tp.bound;
          c.enterScope(tp.name, ScopeType.TYPEPARAMS, tp, bound.lineno);
          visitExpr(c, bound);
          c.addop(loc, Op.RETURN_VALUE);
          const co = c.optimizeAndAssemble(true);
          c.exitScope();
          c.makeClosure(loc, co, 0);
          c.addopI(loc, Op.CALL_INTRINSIC_2, bound._k === A.K.Tuple ? Intrinsic2.TYPEVAR_WITH_CONSTRAINTS : Intrinsic2.TYPEVAR_WITH_BOUND);
        } else {
          c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.TYPEVAR);
        }
        break;
      case A.K.TypeVarTuple:
        c.loadConst(loc, tp.name);
        c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.TYPEVARTUPLE);
        break;
      case A.K.ParamSpec:
        c.loadConst(loc, tp.name);
        c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.PARAMSPEC);
        break;
    }
    c.addopI(loc, Op.COPY, 1);
    c.nameop(loc, tp.name, A.ExprContext.Store);
  }
  c.addopI(LOC(typeParams[0]!), Op.BUILD_TUPLE, typeParams.length);
}

// CPython: compiler_function_body
function functionBody(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean, funcflags: number, firstlineno: number): void {
  c.enterScope(s.name, isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstlineno);
  const body = s.body;
  const docstring = c.optimize < 2 && hasDocString(body) ? ((body[0] as A.Expr).value as A.Constant).value : null;
  c.addConst(docstring);
  c.u.md.u_argcount = s.args.args.length;
  c.u.md.u_posonlyargcount = s.args.posonlyargs.length;
  c.u.md.u_kwonlyargcount = s.args.kwonlyargs.length;
  for (let i = docstring !== null ? 1 : 0; i < body.length; i++) visitStmt(c, body[i]!);
  if (c.u.ste.ste_coroutine || c.u.ste.ste_generator) wrapInStopIterationHandler(c);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(LOC(s), co, funcflags);
}

// CPython: compiler_function
export function visitFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
  const { args, returns, decorator_list: decos, name, type_params: typeParams } = s;
  checkDebugArgs(c, args);
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0]!.lineno : s.lineno;
  const loc = LOC(s);
  const isGeneric = typeParams.length > 0;
  if (isGeneric) c.addop(loc, Op.PUSH_NULL);
  let funcflags = defaultArguments(c, loc, args);
  let numTypeparamArgs = 0;
  if (isGeneric) {
    if (funcflags & MakeFn.DEFAULTS) numTypeparamArgs++;
    if (funcflags & MakeFn.KWDEFAULTS) numTypeparamArgs++;
    if (numTypeparamArgs === 2) c.addopI(loc, Op.SWAP, 2);
    c.enterScope(`<generic parameters of ${name}>`, ScopeType.TYPEPARAMS, typeParams, firstlineno);
    visitTypeParams(c, typeParams);
    if (funcflags & (MakeFn.DEFAULTS | MakeFn.KWDEFAULTS)) c.addopI(loc, Op.LOAD_FAST, 0);
    if (funcflags & MakeFn.DEFAULTS && funcflags & MakeFn.KWDEFAULTS) c.addopI(loc, Op.LOAD_FAST, 1);
  }
  if (visitAnnotations(c, loc, args, returns)) funcflags |= MakeFn.ANNOTATIONS;
  functionBody(c, s, isAsync, funcflags, firstlineno);
  if (isGeneric) {
    c.addopI(loc, Op.SWAP, 2);
    c.addopI(loc, Op.CALL_INTRINSIC_2, Intrinsic2.SET_FUNCTION_TYPE_PARAMS);
    c.u.md.u_argcount = numTypeparamArgs;
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(loc, co, 0);
    if (numTypeparamArgs > 0) c.addopI(loc, Op.SWAP, numTypeparamArgs + 1);
    c.addopI(loc, Op.CALL, numTypeparamArgs);
  }
  applyDecorators(c, decos);
  c.nameop(loc, name, A.ExprContext.Store);
}

// CPython: compiler_apply_decorators
function applyDecorators(c: Compiler, decos: readonly A.expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) c.addopI(LOC(decos[i]!), Op.CALL, 0);
}

/**
 * The class body as a function building the namespace, then __build_class__'s first two
 * arguments (the function and the name). CPython: compiler_class_body
 */
function classBody(c: Compiler, s: A.ClassDef, firstlineno: number): void {
  c.enterScope(s.name, ScopeType.CLASS, s, firstlineno);
  const loc = location(firstlineno, firstlineno, 0, 0);
  c.u.private_ = s.name;
  c.nameop(loc, '__name__', A.ExprContext.Load);
  c.nameop(loc, '__module__', A.ExprContext.Store);
  c.loadConst(loc, c.u.md.u_qualname!);
  c.nameop(loc, '__qualname__', A.ExprContext.Store);
  if (s.type_params.length > 0) {
    c.nameop(loc, '.type_params', A.ExprContext.Load);
    c.nameop(loc, '__type_params__', A.ExprContext.Store);
  }
  if (c.u.ste.ste_needs_classdict) {
    c.addop(loc, Op.LOAD_LOCALS);
    // a STORE_DEREF in a class namespace: nameop would not emit one
    c.addopO(loc, Op.STORE_DEREF, c.u.md.u_cellvars, '__classdict__');
  }
  visitBody(c, loc, s.body);
  // What follows is artificial: __classdictcell__, __classcell__, and the return.
  if (c.u.ste.ste_needs_classdict) {
    c.addopI(NO_LOCATION, Op.LOAD_CLOSURE, c.u.md.u_cellvars.get('__classdict__')!);
    c.nameop(NO_LOCATION, '__classdictcell__', A.ExprContext.Store);
  }
  if (c.u.ste.ste_needs_class_closure) {
    c.addopI(NO_LOCATION, Op.LOAD_CLOSURE, c.u.md.u_cellvars.get('__class__')!);
    c.addopI(NO_LOCATION, Op.COPY, 1);
    c.nameop(NO_LOCATION, '__classcell__', A.ExprContext.Store);
  } else {
    c.loadConst(NO_LOCATION, null);
  }
  c.addop(NO_LOCATION, Op.RETURN_VALUE);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  const sloc = LOC(s);
  c.addop(sloc, Op.PUSH_NULL);
  c.addop(sloc, Op.LOAD_BUILD_CLASS);
  c.makeClosure(sloc, co, 0);
  c.loadConst(sloc, s.name);
}

// CPython: compiler_class
export function visitClass(c: Compiler, s: A.ClassDef): void {
  const decos = s.decorator_list;
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0]!.lineno : s.lineno;
  const loc = LOC(s);
  const typeParams = s.type_params;
  const isGeneric = typeParams.length > 0;
  if (isGeneric) {
    c.u.private_ = s.name;
    c.addop(loc, Op.PUSH_NULL);
    c.enterScope(`<generic parameters of ${s.name}>`, ScopeType.TYPEPARAMS, typeParams, firstlineno);
    visitTypeParams(c, typeParams);
    c.nameop(loc, '.type_params', A.ExprContext.Store);
  }
  classBody(c, s, firstlineno);
  if (isGeneric) {
    c.nameop(loc, '.type_params', A.ExprContext.Load);
    c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.SUBSCRIPT_GENERIC);
    c.nameop(loc, '.generic_base', A.ExprContext.Store);
    const genericBase = A.Name('.generic_base', A.ExprContext.Load, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
    callHelper(c, loc, 2, [...s.bases, genericBase], s.keywords);
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(loc, co, 0);
    c.addopI(loc, Op.CALL, 0);
  } else {
    callHelper(c, loc, 2, s.bases, s.keywords);
  }
  applyDecorators(c, decos);
  c.nameop(loc, s.name, A.ExprContext.Store);
}

// CPython: compiler_typealias_body
function typeAliasBody(c: Compiler, s: A.TypeAlias): void {
  const loc = LOC(s);
  const name = (s.name as A.Name).id;
  c.enterScope(name, ScopeType.FUNCTION, s, loc.lineno);
  // None first, so the evaluate function cannot have a docstring.
  c.addConst(null);
  visitExpr(c, s.value);
  c.addop(loc, Op.RETURN_VALUE);
  const co = c.optimizeAndAssemble(false);
  c.exitScope();
  c.makeClosure(loc, co, 0);
  c.addopI(loc, Op.BUILD_TUPLE, 3);
  c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.TYPEALIAS);
}

// CPython: compiler_typealias
export function visitTypeAlias(c: Compiler, s: A.TypeAlias): void {
  const loc = LOC(s);
  const typeParams = s.type_params;
  const isGeneric = typeParams.length > 0;
  const name = (s.name as A.Name).id;
  if (isGeneric) {
    c.addop(loc, Op.PUSH_NULL);
    c.enterScope(`<generic parameters of ${name}>`, ScopeType.TYPEPARAMS, typeParams, loc.lineno);
    c.loadConst(loc, name);
    visitTypeParams(c, typeParams);
  } else {
    c.loadConst(loc, name);
    c.loadConst(loc, null);
  }
  typeAliasBody(c, s);
  if (isGeneric) {
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(loc, co, 0);
    c.addopI(loc, Op.CALL, 0);
  }
  c.nameop(loc, name, A.ExprContext.Store);
}

// CPython: compiler_lambda
export function visitLambda(c: Compiler, e: A.Lambda): void {
  const args = e.args;
  checkDebugArgs(c, args);
  const loc = LOC(e);
  const funcflags = defaultArguments(c, loc, args);
  c.enterScope('<lambda>', ScopeType.LAMBDA, e, e.lineno);
  // None first, so a lambda cannot have a docstring.
  c.addConst(null);
  c.u.md.u_argcount = args.args.length;
  c.u.md.u_posonlyargcount = args.posonlyargs.length;
  c.u.md.u_kwonlyargcount = args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co;
  if (c.u.ste.ste_generator) {
    co = c.optimizeAndAssemble(false);
  } else {
    c.addop(location(e.lineno, e.lineno, 0, 0), Op.RETURN_VALUE);
    co = c.optimizeAndAssemble(true);
  }
  c.exitScope();
  c.makeClosure(loc, co, funcflags);
}
