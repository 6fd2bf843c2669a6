// Code generation for statements (try/with and match have their own files), the block stack
// unwinding that return/break/continue do, and module/class bodies.
// CPython: Python/compile.c compiler_visit_stmt and the helpers it calls
import * as A from '../ast/nodes.gen.ts';
import { ConstTuple } from '../bytecode/constants.ts';
import { NO_LOCATION, type Location } from '../bytecode/linetable.ts';
import { Intrinsic1, Op } from '../bytecode/opcodes.ts';
import { CO_FUTURE_ANNOTATIONS, hasDocString, isFunctionLike, mangle } from '../symtable/symtable.ts';
import { visitClass, visitFunction, visitTypeAlias, visitAnnExpr } from './codegen_func.ts';
import { addopBinary, addYieldFrom, constValue, jumpIf, updateStartLocationToMatchAttr, visitExpr, visitSlice } from './codegen_expr.ts';
import { visitMatch } from './codegen_pattern.ts';
import { callExitWithNones, visitAsyncWith, visitTry, visitTryStar, visitWith } from './codegen_try.ts';
import { type Compiler, FBlockType, type FBlockInfo, LOC, ScopeType } from './compiler.ts';

export function visitStmts(c: Compiler, stmts: readonly A.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

// CPython: compiler_visit_stmt
export function visitStmt(c: Compiler, s: A.stmt): void {
  switch (s._k) {
    case A.K.FunctionDef:
      return visitFunction(c, s, false);
    case A.K.AsyncFunctionDef:
      return visitFunction(c, s, true);
    case A.K.ClassDef:
      return visitClass(c, s);
    case A.K.TypeAlias:
      return visitTypeAlias(c, s);
    case A.K.Return:
      return visitReturn(c, s);
    case A.K.Delete:
      for (const t of s.targets) visitExpr(c, t);
      return;
    case A.K.Assign: {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(LOC(s), Op.COPY, 1);
        visitExpr(c, s.targets[i]!);
      }
      return;
    }
    case A.K.AugAssign:
      return visitAugAssign(c, s);
    case A.K.AnnAssign:
      return visitAnnAssign(c, s);
    case A.K.For:
      return visitFor(c, s);
    case A.K.AsyncFor:
      return visitAsyncFor(c, s);
    case A.K.While:
      return visitWhile(c, s);
    case A.K.If:
      return visitIf(c, s);
    case A.K.Match:
      return visitMatch(c, s);
    case A.K.Raise: {
      let n = 0;
      if (s.exc !== null) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause !== null) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addopI(LOC(s), Op.RAISE_VARARGS, n);
      return;
    }
    case A.K.Try:
      return visitTry(c, s);
    case A.K.TryStar:
      return visitTryStar(c, s);
    case A.K.Assert:
      return visitAssert(c, s);
    case A.K.Import:
      return visitImport(c, s);
    case A.K.ImportFrom:
      return visitImportFrom(c, s);
    case A.K.Global:
    case A.K.Nonlocal:
      return;
    case A.K.Expr:
      return visitStmtExpr(c, LOC(s), s.value);
    case A.K.Pass:
      c.addop(LOC(s), Op.NOP);
      return;
    case A.K.Break:
      return visitBreak(c, LOC(s));
    case A.K.Continue:
      return visitContinue(c, LOC(s));
    case A.K.With:
      return visitWith(c, s, 0);
    case A.K.AsyncWith:
      return visitAsyncWith(c, s, 0);
  }
}

/** Whether a block has variable annotations (statically, not in nested scopes). CPython: find_ann */
export function findAnn(stmts: readonly A.stmt[]): boolean {
  for (const st of stmts) {
    let res = false;
    switch (st._k) {
      case A.K.AnnAssign:
        return true;
      case A.K.For:
      case A.K.AsyncFor:
      case A.K.While:
      case A.K.If:
        res = findAnn(st.body) || findAnn(st.orelse);
        break;
      case A.K.With:
      case A.K.AsyncWith:
        res = findAnn(st.body);
        break;
      case A.K.Try:
      case A.K.TryStar:
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        res = findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse);
        break;
      case A.K.Match:
        for (const m of st.cases) if (findAnn(m.body)) return true;
        break;
    }
    if (res) return true;
  }
  return false;
}

/** A module or class body: annotations dict, docstring, statements. CPython: compiler_body */
export function visitBody(c: Compiler, loc: Location, stmts: readonly A.stmt[]): void {
  if (c.u.scopeType === ScopeType.MODULE && stmts.length) loc = LOC(stmts[0]!);
  if (findAnn(stmts)) c.addop(loc, Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  if (c.optimize < 2 && hasDocString(stmts)) {
    i = 1;
    visitExpr(c, (stmts[0] as A.Expr).value);
    c.nameop(NO_LOCATION, '__doc__', A.ExprContext.Store);
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]!);
}

// CPython: compiler_stmt_expr
function visitStmtExpr(c: Compiler, loc: Location, value: A.expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.PRINT);
    c.addop(NO_LOCATION, Op.POP_TOP);
    return;
  }
  if (value._k === A.K.Constant) {
    c.addop(loc, Op.NOP);
    return;
  }
  visitExpr(c, value);
  c.addop(NO_LOCATION, Op.POP_TOP);
}

// CPython: compiler_if
function visitIf(c: Compiler, s: A.If): void {
  const end = c.newLabel();
  const next = s.orelse.length ? c.newLabel() : end;
  jumpIf(c, LOC(s), s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJ(NO_LOCATION, Op.JUMP, end);
    c.useLabel(next);
    visitStmts(c, s.orelse);
  }
  c.useLabel(end);
}

// CPython: compiler_for
function visitFor(c: Compiler, s: A.For): void {
  const loc = LOC(s);
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(loc, FBlockType.FOR_LOOP, start, end, null);
  visitExpr(c, s.iter);
  c.addop(loc, Op.GET_ITER);
  c.useLabel(start);
  c.addopJ(loc, Op.FOR_ITER, cleanup);
  c.useLabel(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJ(NO_LOCATION, Op.JUMP, start);
  c.useLabel(cleanup);
  c.addop(NO_LOCATION, Op.END_FOR);
  c.popFBlock(FBlockType.FOR_LOOP, start);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// CPython: compiler_async_for
function visitAsyncFor(c: Compiler, s: A.AsyncFor): void {
  let loc = LOC(s);
  if (c.isTopLevelAwait()) c.u.ste.ste_coroutine = true;
  else if (c.u.scopeType !== ScopeType.ASYNC_FUNCTION) throw c.error(loc, "'async for' outside async function");
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.addop(loc, Op.GET_AITER);
  c.useLabel(start);
  c.pushFBlock(loc, FBlockType.FOR_LOOP, start, end, null);
  c.addopJ(loc, Op.SETUP_FINALLY, except);
  c.addop(loc, Op.GET_ANEXT);
  c.loadConst(loc, null);
  addYieldFrom(c, loc, true);
  c.addop(loc, Op.POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJ(NO_LOCATION, Op.JUMP, start);
  c.popFBlock(FBlockType.FOR_LOOP, start);
  c.useLabel(except);
  // END_ASYNC_FOR belongs to the `for`, not the body: it takes the iterator's location.
  loc = LOC(s.iter);
  c.addop(loc, Op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// CPython: compiler_while
function visitWhile(c: Compiler, s: A.While): void {
  const loop = c.newLabel();
  const body = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock(LOC(s), FBlockType.WHILE_LOOP, loop, end, null);
  jumpIf(c, LOC(s), s.test, anchor, false);
  c.useLabel(body);
  visitStmts(c, s.body);
  jumpIf(c, LOC(s), s.test, body, true);
  c.popFBlock(FBlockType.WHILE_LOOP, loop);
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

/**
 * Emits the exit code of one frame block (for return/break/continue leaving it); returns the
 * location to use afterwards. CPython: compiler_unwind_fblock
 */
function unwindFBlock(c: Compiler, loc: Location, info: FBlockInfo, preserveTos: boolean): Location {
  switch (info.type) {
    case FBlockType.WHILE_LOOP:
    case FBlockType.EXCEPTION_HANDLER:
    case FBlockType.EXCEPTION_GROUP_HANDLER:
    case FBlockType.ASYNC_COMPREHENSION_GENERATOR:
      return loc;
    case FBlockType.FOR_LOOP:
      if (preserveTos) c.addopI(loc, Op.SWAP, 2);
      c.addop(loc, Op.POP_TOP);
      return loc;
    case FBlockType.TRY_EXCEPT:
      c.addop(loc, Op.POP_BLOCK);
      return loc;
    case FBlockType.FINALLY_TRY:
      c.addop(loc, Op.POP_BLOCK);
      if (preserveTos) c.pushFBlock(loc, FBlockType.POP_VALUE, -1, -1, null);
      visitStmts(c, info.datum as A.stmt[]);
      if (preserveTos) c.popFBlock(FBlockType.POP_VALUE, -1);
      // The finally body runs "after" the statement: what follows gets no line of its own.
      return NO_LOCATION;
    case FBlockType.FINALLY_END:
      if (preserveTos) c.addopI(loc, Op.SWAP, 2);
      c.addop(loc, Op.POP_TOP);
      if (preserveTos) c.addopI(loc, Op.SWAP, 2);
      c.addop(loc, Op.POP_BLOCK);
      c.addop(loc, Op.POP_EXCEPT);
      return loc;
    case FBlockType.WITH:
    case FBlockType.ASYNC_WITH:
      loc = LOC(info.datum as A.stmt);
      c.addop(loc, Op.POP_BLOCK);
      if (preserveTos) c.addopI(loc, Op.SWAP, 2);
      callExitWithNones(c, loc);
      if (info.type === FBlockType.ASYNC_WITH) {
        c.addopI(loc, Op.GET_AWAITABLE, 2);
        c.loadConst(loc, null);
        addYieldFrom(c, loc, true);
      }
      c.addop(loc, Op.POP_TOP);
      return NO_LOCATION;
    case FBlockType.HANDLER_CLEANUP:
      if (info.datum !== null) c.addop(loc, Op.POP_BLOCK);
      if (preserveTos) c.addopI(loc, Op.SWAP, 2);
      c.addop(loc, Op.POP_BLOCK);
      c.addop(loc, Op.POP_EXCEPT);
      if (info.datum !== null) {
        c.loadConst(loc, null);
        c.nameop(loc, info.datum as string, A.ExprContext.Store);
        c.nameop(loc, info.datum as string, A.ExprContext.Del);
      }
      return loc;
    case FBlockType.POP_VALUE:
      if (preserveTos) c.addopI(loc, Op.SWAP, 2);
      c.addop(loc, Op.POP_TOP);
      return loc;
  }
}

/**
 * Unwinds the frame blocks from the innermost out, stopping at the first loop when `loop` is
 * wanted. Returns the final location and the loop found (or null).
 * CPython: compiler_unwind_fblock_stack
 */
function unwindFBlockStack(c: Compiler, loc: Location, preserveTos: boolean, wantLoop: boolean): { loc: Location; loop: FBlockInfo | null } {
  const fblocks = c.u.fblocks;
  if (fblocks.length === 0) return { loc, loop: null };
  const top = fblocks[fblocks.length - 1]!;
  if (top.type === FBlockType.EXCEPTION_GROUP_HANDLER) throw c.error(loc, "'break', 'continue' and 'return' cannot appear in an except* block");
  if (wantLoop && (top.type === FBlockType.WHILE_LOOP || top.type === FBlockType.FOR_LOOP)) return { loc, loop: top };
  fblocks.pop();
  loc = unwindFBlock(c, loc, top, preserveTos);
  const res = unwindFBlockStack(c, loc, preserveTos, wantLoop);
  fblocks.push(top);
  return res;
}

// CPython: compiler_return
function visitReturn(c: Compiler, s: A.Return): void {
  let loc = LOC(s);
  const value = s.value;
  const preserveTos = value !== null && value._k !== A.K.Constant;
  if (!isFunctionLike(c.u.ste)) throw c.error(loc, "'return' outside function");
  if (value !== null && c.u.ste.ste_coroutine && c.u.ste.ste_generator) throw c.error(loc, "'return' with value in async generator");
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    loc = LOC(value);
    c.addop(loc, Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    loc = LOC(s);
    c.addop(loc, Op.NOP);
  }
  loc = unwindFBlockStack(c, loc, preserveTos, false).loc;
  if (value === null) c.loadConst(loc, null);
  else if (!preserveTos) c.loadConst(loc, constValue(value as A.Constant));
  c.addop(loc, Op.RETURN_VALUE);
}

// CPython: compiler_break
function visitBreak(c: Compiler, loc: Location): void {
  const originLoc = loc;
  c.addop(loc, Op.NOP);
  const res = unwindFBlockStack(c, loc, false, true);
  if (res.loop === null) throw c.error(originLoc, "'break' outside loop");
  loc = unwindFBlock(c, res.loc, res.loop, false);
  c.addopJ(loc, Op.JUMP, res.loop.exit);
}

// CPython: compiler_continue
function visitContinue(c: Compiler, loc: Location): void {
  const originLoc = loc;
  c.addop(loc, Op.NOP);
  const res = unwindFBlockStack(c, loc, false, true);
  if (res.loop === null) throw c.error(originLoc, "'continue' not properly in loop");
  c.addopJ(res.loc, Op.JUMP, res.loop.block);
}

// CPython: compiler_assert
function visitAssert(c: Compiler, s: A.Assert): void {
  const test = s.test;
  if ((test._k === A.K.Tuple && test.elts.length > 0) || (test._k === A.K.Constant && constValue(test) instanceof ConstTuple && (constValue(test) as ConstTuple).items.length > 0)) {
    c.warn(LOC(s), 'assertion is always true, perhaps remove parentheses?');
  }
  if (c.optimize) return;
  const end = c.newLabel();
  jumpIf(c, LOC(s), test, end, true);
  c.addop(LOC(s), Op.LOAD_ASSERTION_ERROR);
  if (s.msg !== null) {
    visitExpr(c, s.msg);
    c.addopI(LOC(s), Op.CALL, 0);
  }
  c.addopI(LOC(s), Op.RAISE_VARARGS, 1);
  c.useLabel(end);
}

// CPython: compiler_import_as
function importAs(c: Compiler, loc: Location, name: string, asname: string): void {
  let dot = name.indexOf('.');
  if (dot !== -1) {
    for (;;) {
      const pos = dot + 1;
      dot = name.indexOf('.', pos);
      const attr = name.slice(pos, dot !== -1 ? dot : undefined);
      c.addopO(loc, Op.IMPORT_FROM, c.u.md.u_names, attr);
      if (dot === -1) break;
      c.addopI(loc, Op.SWAP, 2);
      c.addop(loc, Op.POP_TOP);
    }
    c.nameop(loc, asname, A.ExprContext.Store);
    c.addop(loc, Op.POP_TOP);
    return;
  }
  c.nameop(loc, asname, A.ExprContext.Store);
}

// CPython: compiler_import
function visitImport(c: Compiler, s: A.Import): void {
  const loc = LOC(s);
  for (const alias of s.names) {
    c.loadConst(loc, 0n);
    c.loadConst(loc, null);
    c.addopName(loc, Op.IMPORT_NAME, c.u.md.u_names, alias.name);
    if (alias.asname !== null) {
      importAs(c, loc, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameop(loc, dot !== -1 ? alias.name.slice(0, dot) : alias.name, A.ExprContext.Store);
    }
  }
}

// CPython: compiler_from_import
function visitImportFrom(c: Compiler, s: A.ImportFrom): void {
  const loc = LOC(s);
  c.loadConst(loc, BigInt(s.level ?? 0));
  const ff = c.future.ff_location;
  const isAfter = s.lineno > ff.end_lineno || (s.lineno === ff.end_lineno && s.col_offset > ff.end_col_offset);
  if (isAfter && s.module === '__future__') throw c.error(loc, 'from __future__ imports must occur at the beginning of the file');
  c.loadConst(loc, new ConstTuple(s.names.map((a) => a.name)));
  c.addopName(loc, Op.IMPORT_NAME, c.u.md.u_names, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name.startsWith('*')) {
      c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.IMPORT_STAR);
      c.addop(NO_LOCATION, Op.POP_TOP);
      return;
    }
    c.addopName(loc, Op.IMPORT_FROM, c.u.md.u_names, alias.name);
    c.nameop(loc, alias.asname ?? alias.name, A.ExprContext.Store);
  }
  c.addop(loc, Op.POP_TOP);
}

// CPython: compiler_augassign
function visitAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  let loc = LOC(e);
  switch (e._k) {
    case A.K.Attribute:
      visitExpr(c, e.value);
      c.addopI(loc, Op.COPY, 1);
      loc = updateStartLocationToMatchAttr(loc, e);
      c.addopName(loc, Op.LOAD_ATTR, c.u.md.u_names, e.attr);
      break;
    case A.K.Subscript:
      visitExpr(c, e.value);
      if (e.slice._k === A.K.Slice && e.slice.step === null) {
        visitSlice(c, e.slice);
        c.addopI(loc, Op.COPY, 3);
        c.addopI(loc, Op.COPY, 3);
        c.addopI(loc, Op.COPY, 3);
        c.addop(loc, Op.BINARY_SLICE);
      } else {
        visitExpr(c, e.slice);
        c.addopI(loc, Op.COPY, 2);
        c.addopI(loc, Op.COPY, 2);
        c.addop(loc, Op.BINARY_SUBSCR);
      }
      break;
    case A.K.Name:
      c.nameop(loc, e.id, A.ExprContext.Load);
      break;
    default:
      throw new Error(`SystemError: invalid node type (${e._k}) for augmented assignment`);
  }
  visitExpr(c, s.value);
  addopBinary(c, LOC(s), s.op, true);
  loc = LOC(e);
  switch (e._k) {
    case A.K.Attribute:
      loc = updateStartLocationToMatchAttr(loc, e);
      c.addopI(loc, Op.SWAP, 2);
      c.addopName(loc, Op.STORE_ATTR, c.u.md.u_names, e.attr);
      break;
    case A.K.Subscript:
      if (e.slice._k === A.K.Slice && e.slice.step === null) {
        c.addopI(loc, Op.SWAP, 4);
        c.addopI(loc, Op.SWAP, 3);
        c.addopI(loc, Op.SWAP, 2);
        c.addop(loc, Op.STORE_SLICE);
      } else {
        c.addopI(loc, Op.SWAP, 3);
        c.addopI(loc, Op.SWAP, 2);
        c.addop(loc, Op.STORE_SUBSCR);
      }
      break;
    case A.K.Name:
      c.nameop(loc, e.id, A.ExprContext.Store);
      break;
  }
}

// CPython: check_ann_expr
function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e);
  c.addop(LOC(e), Op.POP_TOP);
}

// CPython: check_ann_subscr
function checkAnnSubscr(c: Compiler, e: A.expr): void {
  switch (e._k) {
    case A.K.Slice:
      if (e.lower !== null) checkAnnExpr(c, e.lower);
      if (e.upper !== null) checkAnnExpr(c, e.upper);
      if (e.step !== null) checkAnnExpr(c, e.step);
      return;
    case A.K.Tuple:
      for (const elt of e.elts) checkAnnSubscr(c, elt);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

// CPython: compiler_annassign
function visitAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const loc = LOC(s);
  const targ = s.target;
  const futureAnnotations = (c.flags & CO_FUTURE_ANNOTATIONS) !== 0;
  if (s.value !== null) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._k) {
    case A.K.Name:
      c.checkForbiddenName(loc, targ.id, A.ExprContext.Store);
      if (s.simple && (c.u.scopeType === ScopeType.MODULE || c.u.scopeType === ScopeType.CLASS)) {
        if (futureAnnotations) visitAnnExpr(c, s.annotation);
        else visitExpr(c, s.annotation);
        c.addopName(loc, Op.LOAD_NAME, c.u.md.u_names, '__annotations__');
        c.loadConst(loc, mangle(c.u.private_, targ.id));
        c.addop(loc, Op.STORE_SUBSCR);
      }
      break;
    case A.K.Attribute:
      c.checkForbiddenName(loc, targ.attr, A.ExprContext.Store);
      if (s.value === null) checkAnnExpr(c, targ.value);
      break;
    case A.K.Subscript:
      if (s.value === null) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`SystemError: invalid node type (${targ._k}) for annotated assignment`);
  }
  // The annotation of a complex target is evaluated (in a module or class), after the assignment.
  if (!s.simple && !futureAnnotations && (c.u.scopeType === ScopeType.MODULE || c.u.scopeType === ScopeType.CLASS)) checkAnnExpr(c, s.annotation);
}
