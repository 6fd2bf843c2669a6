// Code generation for try/except/finally, try/except*, with and async with. Handlers are
// reached through the exception table: SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH open a
// protected range (pseudo-instructions turned into table entries by the assembler).
// CPython: Python/compile.c compiler_try_*, compiler_with, compiler_async_with
import * as A from '../ast/nodes.gen.ts';
import { NO_LOCATION, type Location } from '../bytecode/linetable.ts';
import { Intrinsic2, Op } from '../bytecode/opcodes.ts';
import { addYieldFrom, visitExpr } from './codegen_expr.ts';
import { visitStmts } from './codegen_stmt.ts';
import { type Compiler, FBlockType, LOC, ScopeType } from './compiler.ts';
import { NO_LABEL, type Label } from './instr_sequence.ts';

// CPython: compiler_call_exit_with_nones
export function callExitWithNones(c: Compiler, loc: Location): void {
  c.loadConst(loc, null);
  c.loadConst(loc, null);
  c.loadConst(loc, null);
  c.addopI(loc, Op.CALL, 2);
}

/** [exc_info, lasti, exc] -> restore exc_info, re-raise exc. CPython: compiler_pop_except_and_reraise */
function popExceptAndReraise(c: Compiler, loc: Location): void {
  c.addopI(loc, Op.COPY, 3);
  c.addop(loc, Op.POP_EXCEPT);
  c.addopI(loc, Op.RERAISE, 1);
}

// CPython: compiler_try
export function visitTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length) tryFinally(c, s, s.finalbody, () => (s.handlers.length ? tryExcept(c, s) : visitStmts(c, s.body)));
  else tryExcept(c, s);
}

// CPython: compiler_try_star
export function visitTryStar(c: Compiler, s: A.TryStar): void {
  if (s.finalbody.length) tryFinally(c, s, s.finalbody, () => (s.handlers.length ? tryStarExcept(c, s) : visitStmts(c, s.body)));
  else tryStarExcept(c, s);
}

/**
 *   SETUP_FINALLY L; <body>; POP_BLOCK; <finalbody>; JUMP E
 *   L: <finalbody>; RERAISE
 *   E:
 * CPython: compiler_try_finally, compiler_try_star_finally
 */
function tryFinally(c: Compiler, s: A.Try | A.TryStar, finalbody: A.stmt[], body: () => void): void {
  let loc = LOC(s);
  const bodyLbl = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJ(loc, Op.SETUP_FINALLY, end);
  c.useLabel(bodyLbl);
  c.pushFBlock(loc, FBlockType.FINALLY_TRY, bodyLbl, end, finalbody);
  body();
  c.addop(NO_LOCATION, Op.POP_BLOCK);
  c.popFBlock(FBlockType.FINALLY_TRY, bodyLbl);
  visitStmts(c, finalbody);
  c.addopJ(NO_LOCATION, Op.JUMP, exit);
  c.useLabel(end);
  loc = NO_LOCATION;
  c.addopJ(loc, Op.SETUP_CLEANUP, cleanup);
  c.addop(loc, Op.PUSH_EXC_INFO);
  c.pushFBlock(loc, FBlockType.FINALLY_END, end, NO_LABEL, null);
  visitStmts(c, finalbody);
  c.popFBlock(FBlockType.FINALLY_END, end);
  c.addopI(loc, Op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, loc);
  c.useLabel(exit);
}

// CPython: compiler_try_except
function tryExcept(c: Compiler, s: A.Try): void {
  const loc = LOC(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJ(loc, Op.SETUP_FINALLY, except);
  c.useLabel(body);
  c.pushFBlock(loc, FBlockType.TRY_EXCEPT, body, NO_LABEL, null);
  visitStmts(c, s.body);
  c.popFBlock(FBlockType.TRY_EXCEPT, body);
  c.addop(NO_LOCATION, Op.POP_BLOCK);
  if (s.orelse.length) visitStmts(c, s.orelse);
  c.addopJ(NO_LOCATION, Op.JUMP, end);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJ(NO_LOCATION, Op.SETUP_CLEANUP, cleanup);
  c.addop(NO_LOCATION, Op.PUSH_EXC_INFO);
  // The runtime pushes a block here: account for it.
  c.pushFBlock(loc, FBlockType.EXCEPTION_HANDLER, NO_LABEL, NO_LABEL, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    const hloc = LOC(handler);
    if (handler.type === null && i < n - 1) throw c.error(hloc, "default 'except:' must be last");
    except = c.newLabel();
    if (handler.type !== null) {
      visitExpr(c, handler.type);
      c.addop(hloc, Op.CHECK_EXC_MATCH);
      c.addopJ(hloc, Op.POP_JUMP_IF_FALSE, except);
    }
    if (handler.name !== null) {
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      c.nameop(hloc, handler.name, A.ExprContext.Store);
      // try: <body> finally: name = None; del name  (the body may itself del name)
      c.addopJ(hloc, Op.SETUP_CLEANUP, cleanupEnd);
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, NO_LABEL, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody);
      c.addop(NO_LOCATION, Op.POP_BLOCK);
      c.addop(NO_LOCATION, Op.POP_BLOCK);
      c.addop(NO_LOCATION, Op.POP_EXCEPT);
      c.loadConst(NO_LOCATION, null);
      c.nameop(NO_LOCATION, handler.name, A.ExprContext.Store);
      c.nameop(NO_LOCATION, handler.name, A.ExprContext.Del);
      c.addopJ(NO_LOCATION, Op.JUMP, end);
      c.useLabel(cleanupEnd);
      c.loadConst(NO_LOCATION, null);
      c.nameop(NO_LOCATION, handler.name, A.ExprContext.Store);
      c.nameop(NO_LOCATION, handler.name, A.ExprContext.Del);
      c.addopI(NO_LOCATION, Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newLabel();
      c.addop(hloc, Op.POP_TOP);
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, NO_LABEL, null);
      visitStmts(c, handler.body);
      c.popFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody);
      c.addop(NO_LOCATION, Op.POP_BLOCK);
      c.addop(NO_LOCATION, Op.POP_EXCEPT);
      c.addopJ(NO_LOCATION, Op.JUMP, end);
    }
    c.useLabel(except);
  }
  c.popFBlock(FBlockType.EXCEPTION_HANDLER, NO_LABEL);
  c.addopI(NO_LOCATION, Op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(end);
}

/**
 * try/except*: each handler splits the exception group; what no handler takes, plus what the
 * handlers raise, is re-raised at the end (CALL_INTRINSIC_2 PREP_RERAISE_STAR).
 * CPython: compiler_try_star_except
 */
function tryStarExcept(c: Compiler, s: A.TryStar): void {
  const loc = LOC(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.addopJ(loc, Op.SETUP_FINALLY, except);
  c.useLabel(body);
  c.pushFBlock(loc, FBlockType.TRY_EXCEPT, body, NO_LABEL, null);
  visitStmts(c, s.body);
  c.popFBlock(FBlockType.TRY_EXCEPT, body);
  c.addop(NO_LOCATION, Op.POP_BLOCK);
  c.addopJ(NO_LOCATION, Op.JUMP, orelse);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJ(NO_LOCATION, Op.SETUP_CLEANUP, cleanup);
  c.addop(NO_LOCATION, Op.PUSH_EXC_INFO);
  c.pushFBlock(loc, FBlockType.EXCEPTION_GROUP_HANDLER, NO_LABEL, NO_LABEL, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    const hloc = LOC(handler);
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      // [orig] -> [orig, [] (raised/reraised excs), exc]
      c.addopI(hloc, Op.BUILD_LIST, 0);
      c.addopI(hloc, Op.COPY, 2);
    }
    if (handler.type !== null) {
      visitExpr(c, handler.type);
      c.addop(hloc, Op.CHECK_EG_MATCH);
      c.addopI(hloc, Op.COPY, 1);
      c.addopJ(hloc, Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (handler.name !== null) c.nameop(hloc, handler.name, A.ExprContext.Store);
    else c.addop(hloc, Op.POP_TOP);
    c.addopJ(hloc, Op.SETUP_CLEANUP, cleanupEnd);
    c.useLabel(cleanupBody);
    c.pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, NO_LABEL, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody);
    c.addop(NO_LOCATION, Op.POP_BLOCK);
    if (handler.name !== null) {
      c.loadConst(NO_LOCATION, null);
      c.nameop(NO_LOCATION, handler.name, A.ExprContext.Store);
      c.nameop(NO_LOCATION, handler.name, A.ExprContext.Del);
    }
    c.addopJ(NO_LOCATION, Op.JUMP, except);
    c.useLabel(cleanupEnd);
    if (handler.name !== null) {
      c.loadConst(NO_LOCATION, null);
      c.nameop(NO_LOCATION, handler.name, A.ExprContext.Store);
      c.nameop(NO_LOCATION, handler.name, A.ExprContext.Del);
    }
    // an exception raised in the handler body joins the result list
    c.addopI(NO_LOCATION, Op.LIST_APPEND, 3);
    c.addop(NO_LOCATION, Op.POP_TOP);
    c.addopJ(NO_LOCATION, Op.JUMP, exceptWithError);
    c.useLabel(except);
    c.addop(NO_LOCATION, Op.NOP);
    c.addopJ(NO_LOCATION, Op.JUMP, exceptWithError);
    c.useLabel(noMatch);
    c.addop(hloc, Op.POP_TOP);
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      c.addopI(NO_LOCATION, Op.LIST_APPEND, 1);
      c.addopJ(NO_LOCATION, Op.JUMP, reraiseStar);
    }
  }
  c.popFBlock(FBlockType.EXCEPTION_GROUP_HANDLER, NO_LABEL);
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.addopI(NO_LOCATION, Op.CALL_INTRINSIC_2, Intrinsic2.PREP_RERAISE_STAR);
  c.addopI(NO_LOCATION, Op.COPY, 1);
  c.addopJ(NO_LOCATION, Op.POP_JUMP_IF_NOT_NONE, reraise);
  c.addop(NO_LOCATION, Op.POP_TOP);
  c.addop(NO_LOCATION, Op.POP_BLOCK);
  c.addop(NO_LOCATION, Op.POP_EXCEPT);
  c.addopJ(NO_LOCATION, Op.JUMP, end);
  c.useLabel(reraise);
  c.addop(NO_LOCATION, Op.POP_BLOCK);
  c.addopI(NO_LOCATION, Op.SWAP, 2);
  c.addop(NO_LOCATION, Op.POP_EXCEPT);
  c.addopI(NO_LOCATION, Op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(orelse);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

/** After __exit__ returned: suppress the exception if it said so, else re-raise. CPython: compiler_with_except_finish */
function withExceptFinish(c: Compiler, cleanup: Label): void {
  const suppress = c.newLabel();
  c.addopJ(NO_LOCATION, Op.POP_JUMP_IF_TRUE, suppress);
  c.addopI(NO_LOCATION, Op.RERAISE, 2);
  c.useLabel(suppress);
  c.addop(NO_LOCATION, Op.POP_TOP);
  c.addop(NO_LOCATION, Op.POP_BLOCK);
  c.addop(NO_LOCATION, Op.POP_EXCEPT);
  c.addop(NO_LOCATION, Op.POP_TOP);
  c.addop(NO_LOCATION, Op.POP_TOP);
  const exit = c.newLabel();
  c.addopJ(NO_LOCATION, Op.JUMP, exit);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

// CPython: compiler_async_with
export function visitAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  const loc = LOC(s);
  const item = s.items[pos]!;
  if (c.isTopLevelAwait()) c.u.ste.ste_coroutine = true;
  else if (c.u.scopeType !== ScopeType.ASYNC_FUNCTION) throw c.error(loc, "'async with' outside async function");
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  c.addop(loc, Op.BEFORE_ASYNC_WITH);
  c.addopI(loc, Op.GET_AWAITABLE, 1);
  c.loadConst(loc, null);
  addYieldFrom(c, loc, true);
  c.addopJ(loc, Op.SETUP_WITH, final);
  c.useLabel(block);
  c.pushFBlock(loc, FBlockType.ASYNC_WITH, block, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.addop(loc, Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else visitAsyncWith(c, s, pos);
  c.popFBlock(FBlockType.ASYNC_WITH, block);
  c.addop(loc, Op.POP_BLOCK);
  callExitWithNones(c, loc);
  c.addopI(loc, Op.GET_AWAITABLE, 2);
  c.loadConst(loc, null);
  addYieldFrom(c, loc, true);
  c.addop(loc, Op.POP_TOP);
  c.addopJ(loc, Op.JUMP, exit);
  c.useLabel(final);
  c.addopJ(loc, Op.SETUP_CLEANUP, cleanup);
  c.addop(loc, Op.PUSH_EXC_INFO);
  c.addop(loc, Op.WITH_EXCEPT_START);
  c.addopI(loc, Op.GET_AWAITABLE, 2);
  c.loadConst(loc, null);
  addYieldFrom(c, loc, true);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

// CPython: compiler_with
export function visitWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  let loc = LOC(s);
  c.addop(loc, Op.BEFORE_WITH);
  c.addopJ(loc, Op.SETUP_WITH, final);
  c.useLabel(block);
  c.pushFBlock(loc, FBlockType.WITH, block, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.addop(loc, Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else visitWith(c, s, pos);
  c.addop(NO_LOCATION, Op.POP_BLOCK);
  c.popFBlock(FBlockType.WITH, block);
  loc = LOC(s);
  callExitWithNones(c, loc);
  c.addop(loc, Op.POP_TOP);
  c.addopJ(loc, Op.JUMP, exit);
  c.useLabel(final);
  c.addopJ(loc, Op.SETUP_CLEANUP, cleanup);
  c.addop(loc, Op.PUSH_EXC_INFO);
  c.addop(loc, Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}
