// Comprehensions: generator expressions become a nested generator function called on the
// outermost iterable; list, set and dict comprehensions are inlined (PEP 709), their
// variables saved and restored around the loop and hidden from the enclosing scope.
// CPython: Python/compile.c compiler_comprehension and helpers
import * as A from '../ast/nodes.gen.ts';
import { NO_LOCATION, type Location } from '../bytecode/linetable.ts';
import { Op } from '../bytecode/opcodes.ts';
import { BlockType, CELL, DEF_LOCAL, DEF_NONLOCAL, FREE, SCOPE_MASK, SCOPE_OFFSET, isFunctionLike, lookup, type SymtableEntry } from '../symtable/symtable.ts';
import { addopYield, addYieldFrom, jumpIf, visitExpr } from './codegen_expr.ts';
import { wrapInStopIterationHandler } from './codegen_func.ts';
import { type Compiler, FBlockType, LOC, location, ScopeType } from './compiler.ts';
import { NO_LABEL, type Label } from './instr_sequence.ts';

const enum Comp {
  GENEXP,
  LISTCOMP,
  SETCOMP,
  DICTCOMP,
}

type CompExpr = A.GeneratorExp | A.ListComp | A.SetComp | A.DictComp;

export function visitComprehension(c: Compiler, e: CompExpr): void {
  switch (e._k) {
    case A.K.GeneratorExp:
      return comprehension(c, e, Comp.GENEXP, '<genexpr>', e.generators, e.elt, null);
    case A.K.ListComp:
      return comprehension(c, e, Comp.LISTCOMP, '<listcomp>', e.generators, e.elt, null);
    case A.K.SetComp:
      return comprehension(c, e, Comp.SETCOMP, '<setcomp>', e.generators, e.elt, null);
    case A.K.DictComp:
      return comprehension(c, e, Comp.DICTCOMP, '<dictcomp>', e.generators, e.key, e.value);
  }
}

function comprehensionGenerator(c: Compiler, loc: Location, generators: readonly A.comprehension[], genIndex: number, depth: number, elt: A.expr, val: A.expr | null, type: Comp, iterOnStack: boolean): void {
  if (generators[genIndex]!.is_async) asyncComprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, iterOnStack);
  else syncComprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, iterOnStack);
}

/** The innermost body: yield, or add to the collection `depth + 1` items down the stack. */
function comprehensionElement(c: Compiler, elt: A.expr, val: A.expr | null, type: Comp, depth: number): Location {
  let eltLoc = LOC(elt);
  switch (type) {
    case Comp.GENEXP:
      visitExpr(c, elt);
      addopYield(c, eltLoc);
      c.addop(eltLoc, Op.POP_TOP);
      break;
    case Comp.LISTCOMP:
      visitExpr(c, elt);
      c.addopI(eltLoc, Op.LIST_APPEND, depth + 1);
      break;
    case Comp.SETCOMP:
      visitExpr(c, elt);
      c.addopI(eltLoc, Op.SET_ADD, depth + 1);
      break;
    case Comp.DICTCOMP:
      // The key is evaluated before the value, as in {k: v}.
      visitExpr(c, elt);
      visitExpr(c, val!);
      eltLoc = location(elt.lineno, val!.end_lineno, elt.col_offset, val!.end_col_offset);
      c.addopI(eltLoc, Op.MAP_ADD, depth + 1);
      break;
  }
  return eltLoc;
}

// CPython: compiler_sync_comprehension_generator
function syncComprehensionGenerator(c: Compiler, loc: Location, generators: readonly A.comprehension[], genIndex: number, depth: number, elt: A.expr, val: A.expr | null, type: Comp, iterOnStack: boolean): void {
  let start: Label = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = generators[genIndex]!;
  if (!iterOnStack) {
    if (genIndex === 0) {
      // the outermost iterable comes in as the implicit argument .0
      c.u.md.u_argcount = 1;
      c.addopI(loc, Op.LOAD_FAST, 0);
    } else {
      // `for y in [f(x)]`: no loop, just the one value
      const elts = gen.iter._k === A.K.List || gen.iter._k === A.K.Tuple ? gen.iter.elts : null;
      if (elts !== null && elts.length === 1 && elts[0]!._k !== A.K.Starred) {
        visitExpr(c, elts[0]!);
        start = NO_LABEL;
      }
      if (start !== NO_LABEL) {
        visitExpr(c, gen.iter);
        c.addop(loc, Op.GET_ITER);
      }
    }
  }
  if (start !== NO_LABEL) {
    depth++;
    c.useLabel(start);
    c.addopJ(loc, Op.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, loc, e, ifCleanup, false);
  if (++genIndex < generators.length) comprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, false);
  let eltLoc = LOC(elt);
  if (genIndex >= generators.length) eltLoc = comprehensionElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  if (start !== NO_LABEL) {
    c.addopJ(eltLoc, Op.JUMP, start);
    c.useLabel(anchor);
    c.addop(NO_LOCATION, Op.END_FOR);
  }
}

// CPython: compiler_async_comprehension_generator
function asyncComprehensionGenerator(c: Compiler, loc: Location, generators: readonly A.comprehension[], genIndex: number, depth: number, elt: A.expr, val: A.expr | null, type: Comp, iterOnStack: boolean): void {
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = generators[genIndex]!;
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.u.md.u_argcount = 1;
      c.addopI(loc, Op.LOAD_FAST, 0);
    } else {
      visitExpr(c, gen.iter);
      c.addop(loc, Op.GET_AITER);
    }
  }
  c.useLabel(start);
  c.pushFBlock(loc, FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, NO_LABEL, null);
  c.addopJ(loc, Op.SETUP_FINALLY, except);
  c.addop(loc, Op.GET_ANEXT);
  c.loadConst(loc, null);
  addYieldFrom(c, loc, true);
  c.addop(loc, Op.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, loc, e, ifCleanup, false);
  depth++;
  if (++genIndex < generators.length) comprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, false);
  let eltLoc = LOC(elt);
  if (genIndex >= generators.length) eltLoc = comprehensionElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  c.addopJ(eltLoc, Op.JUMP, start);
  c.popFBlock(FBlockType.ASYNC_COMPREHENSION_GENERATOR, start);
  c.useLabel(except);
  c.addop(loc, Op.END_ASYNC_FOR);
}

interface InlinedComprehensionState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, number> | null;
  fastHidden: Set<string> | null;
  cleanup: Label;
  end: Label;
}

/**
 * Before an inlined comprehension: each name it binds is saved (LOAD_FAST_AND_CLEAR) and, in
 * a module or class, temporarily made a fast local; names whose scope differs inside get
 * the inner scope for the duration. CPython: push_inlined_comprehension_state
 */
function pushInlinedComprehensionState(c: Compiler, loc: Location, entry: SymtableEntry, state: InlinedComprehensionState): void {
  const u = c.u;
  const inClassBlock = u.ste.ste_type === BlockType.ClassBlock && !u.inInlinedComp;
  u.inInlinedComp++;
  for (const [k, symbol] of entry.ste_symbols) {
    if (!((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock)) continue;
    if (!isFunctionLike(u.ste)) {
      if (u.md.u_fasthidden.get(k) !== true) {
        u.md.u_fasthidden.set(k, true);
        (state.fastHidden ??= new Set()).add(k);
      }
    }
    const scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
    const outv = u.ste.ste_symbols.get(k) ?? 0;
    const outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK;
    if (scope !== outsc && !(scope === CELL && outsc === FREE)) {
      // Compile the comprehension with the name's inner scope; restored afterwards.
      state.tempSymbols ??= new Map();
      u.ste.ste_symbols.set(k, symbol);
      state.tempSymbols.set(k, outv);
    }
    state.pushedLocals ??= [];
    c.addopName(loc, Op.LOAD_FAST_AND_CLEAR, u.md.u_varnames, k);
    if (scope === CELL) {
      if (outsc === FREE) c.addopName(loc, Op.MAKE_CELL, u.md.u_freevars, k);
      else c.addopName(loc, Op.MAKE_CELL, u.md.u_cellvars, k);
    }
    state.pushedLocals.push(k);
  }
  if (state.pushedLocals !== null) {
    // The outermost iterable is under the saved values: bring it back on top.
    c.addopI(loc, Op.SWAP, state.pushedLocals.length + 1);
    // A handler restores the saved values if the comprehension raises.
    state.cleanup = c.newLabel();
    state.end = c.newLabel();
    c.addopJ(loc, Op.SETUP_FINALLY, state.cleanup);
  }
}

// CPython: restore_inlined_comprehension_locals
function restoreInlinedComprehensionLocals(c: Compiler, loc: Location, state: InlinedComprehensionState): void {
  const pushed = state.pushedLocals!;
  c.addopI(loc, Op.SWAP, pushed.length + 1);
  for (let i = pushed.length - 1; i >= 0; i--) c.addopName(loc, Op.STORE_FAST_MAYBE_NULL, c.u.md.u_varnames, pushed[i]!);
}

// CPython: pop_inlined_comprehension_state
function popInlinedComprehensionState(c: Compiler, loc: Location, state: InlinedComprehensionState): void {
  const u = c.u;
  u.inInlinedComp--;
  if (state.tempSymbols !== null) {
    for (const [k, v] of state.tempSymbols) u.ste.ste_symbols.set(k, v);
  }
  if (state.pushedLocals !== null) {
    c.addop(NO_LOCATION, Op.POP_BLOCK);
    c.addopJ(NO_LOCATION, Op.JUMP, state.end);
    c.useLabel(state.cleanup);
    // drop the incomplete result under the exception
    c.addopI(NO_LOCATION, Op.SWAP, 2);
    c.addop(NO_LOCATION, Op.POP_TOP);
    restoreInlinedComprehensionLocals(c, loc, state);
    c.addopI(NO_LOCATION, Op.RERAISE, 0);
    c.useLabel(state.end);
    restoreInlinedComprehensionLocals(c, loc, state);
  }
  if (state.fastHidden !== null) {
    // False, not deleted: the name keeps CO_FAST_HIDDEN in co_localspluskinds.
    for (const k of state.fastHidden) u.md.u_fasthidden.set(k, false);
  }
}

// CPython: compiler_comprehension_iter
function comprehensionIter(c: Compiler, loc: Location, comp: A.comprehension): void {
  visitExpr(c, comp.iter);
  c.addop(loc, comp.is_async ? Op.GET_AITER : Op.GET_ITER);
}

// CPython: compiler_comprehension
function comprehension(c: Compiler, e: CompExpr, type: Comp, name: string, generators: readonly A.comprehension[], elt: A.expr, val: A.expr | null): void {
  const state: InlinedComprehensionState = { pushedLocals: null, tempSymbols: null, fastHidden: null, cleanup: NO_LABEL, end: NO_LABEL };
  const scopeType = c.u.scopeType;
  const isTopLevelAwait = c.isTopLevelAwait();
  const entry = lookup(c.st, e);
  const isInlined = entry.ste_comp_inlined;
  const isAsyncGenerator = entry.ste_coroutine;
  let loc = LOC(e);
  const outermost = generators[0]!;
  if (isInlined) {
    comprehensionIter(c, loc, outermost);
    pushInlinedComprehensionState(c, loc, entry, state);
  } else {
    c.enterScope(name, ScopeType.COMPREHENSION, e, e.lineno);
  }
  if (isAsyncGenerator && type !== Comp.GENEXP && scopeType !== ScopeType.ASYNC_FUNCTION && scopeType !== ScopeType.COMPREHENSION && !isTopLevelAwait) {
    throw c.error(loc, 'asynchronous comprehension outside of an asynchronous function');
  }
  if (type !== Comp.GENEXP) {
    c.addopI(loc, type === Comp.LISTCOMP ? Op.BUILD_LIST : type === Comp.SETCOMP ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    if (isInlined) c.addopI(loc, Op.SWAP, 2);
  }
  comprehensionGenerator(c, loc, generators, 0, 0, elt, val, type, isInlined);
  if (isInlined) {
    popInlinedComprehensionState(c, loc, state);
    return;
  }
  if (type !== Comp.GENEXP) c.addop(LOC(e), Op.RETURN_VALUE);
  if (type === Comp.GENEXP) wrapInStopIterationHandler(c);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  if (isTopLevelAwait && isAsyncGenerator) c.u.ste.ste_coroutine = true;
  loc = LOC(e);
  c.makeClosure(loc, co, 0);
  comprehensionIter(c, loc, outermost);
  c.addopI(loc, Op.CALL, 0);
  if (isAsyncGenerator && type !== Comp.GENEXP) {
    c.addopI(loc, Op.GET_AWAITABLE, 0);
    c.loadConst(loc, null);
    addYieldFrom(c, loc, true);
  }
}
