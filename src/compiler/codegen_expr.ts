// Code generation for expressions: operators, comparisons and conditional jumps, displays,
// calls (with the method-call and super() optimizations), subscripts, f-strings, yield/await.
// CPython: Python/compile.c compiler_visit_expr1 and the helpers it calls
import * as A from '../ast/nodes.gen.ts';
import { PyBytes, PyComplex, PyEllipsis } from '../ast/constant.ts';
import { type CodeConstant, ConstFrozenSet, ConstTuple, constantTypeName } from '../bytecode/constants.ts';
import { NO_LOCATION, type Location } from '../bytecode/linetable.ts';
import { Cmp, FV, Intrinsic1, NB, Op } from '../bytecode/opcodes.ts';
import { FREE, GLOBAL_IMPLICIT, getScope, getSymbol, DEF_IMPORT, isFunctionLike } from '../symtable/symtable.ts';
import { visitComprehension } from './codegen_comp.ts';
import { visitLambda } from './codegen_func.ts';
import { type Compiler, LOC, location, ScopeType, STACK_USE_GUIDELINE } from './compiler.ts';
import type { Label } from './instr_sequence.ts';
import { ConstFrozenSet as FoldedFrozenSet, ConstTuple as FoldedTuple, type FoldedConstant } from './fold.ts';

/** A Constant node's value as a code constant (the AST optimizer also folds tuples and frozensets). */
export function constValue(e: A.Constant): CodeConstant {
  return fromFolded(e.value as FoldedConstant);
}

const converted = new WeakMap<object, CodeConstant>();

// The optimizer's tuple/frozenset values become the code object's constant descriptors.
function fromFolded(v: FoldedConstant): CodeConstant {
  if (v instanceof FoldedTuple || v instanceof FoldedFrozenSet) {
    let out = converted.get(v);
    if (out === undefined) {
      const items = v.items.map(fromFolded);
      out = v instanceof FoldedTuple ? new ConstTuple(items) : new ConstFrozenSet(items);
      converted.set(v, out);
    }
    return out;
  }
  return v;
}

// CPython: compiler_visit_expr1
export function visitExpr(c: Compiler, e: A.expr): void {
  const loc = LOC(e);
  switch (e._k) {
    case A.K.NamedExpr:
      visitExpr(c, e.value);
      c.addopI(loc, Op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case A.K.BoolOp:
      return visitBoolOp(c, e);
    case A.K.BinOp:
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      addopBinary(c, loc, e.op, false);
      return;
    case A.K.UnaryOp:
      visitExpr(c, e.operand);
      if (e.op === A.Unaryop.UAdd) c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.UNARY_POSITIVE);
      else c.addop(loc, e.op === A.Unaryop.Invert ? Op.UNARY_INVERT : e.op === A.Unaryop.Not ? Op.UNARY_NOT : Op.UNARY_NEGATIVE);
      return;
    case A.K.Lambda:
      return visitLambda(c, e);
    case A.K.IfExp:
      return visitIfExp(c, e);
    case A.K.Dict:
      return visitDict(c, e);
    case A.K.Set:
      return starunpackHelper(c, loc, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case A.K.GeneratorExp:
    case A.K.ListComp:
    case A.K.SetComp:
    case A.K.DictComp:
      return visitComprehension(c, e);
    case A.K.Yield:
      if (!isFunctionLike(c.u.ste)) throw c.error(loc, "'yield' outside function");
      if (e.value !== null) visitExpr(c, e.value);
      else c.loadConst(loc, null);
      addopYield(c, loc);
      return;
    case A.K.YieldFrom:
      if (!isFunctionLike(c.u.ste)) throw c.error(loc, "'yield' outside function");
      if (c.u.scopeType === ScopeType.ASYNC_FUNCTION) throw c.error(loc, "'yield from' inside async function");
      visitExpr(c, e.value);
      c.addop(loc, Op.GET_YIELD_FROM_ITER);
      c.loadConst(loc, null);
      addYieldFrom(c, loc, false);
      return;
    case A.K.Await:
      if (!c.isTopLevelAwait()) {
        if (!isFunctionLike(c.u.ste)) throw c.error(loc, "'await' outside function");
        if (c.u.scopeType !== ScopeType.ASYNC_FUNCTION && c.u.scopeType !== ScopeType.COMPREHENSION) throw c.error(loc, "'await' outside async function");
      }
      visitExpr(c, e.value);
      c.addopI(loc, Op.GET_AWAITABLE, 0);
      c.loadConst(loc, null);
      addYieldFrom(c, loc, true);
      return;
    case A.K.Compare:
      return visitCompare(c, e);
    case A.K.Call:
      return visitCall(c, e);
    case A.K.Constant:
      c.loadConst(loc, constValue(e));
      return;
    case A.K.JoinedStr:
      return visitJoinedStr(c, e);
    case A.K.FormattedValue:
      return visitFormattedValue(c, e);
    case A.K.Attribute:
      return visitAttribute(c, e);
    case A.K.Subscript:
      return visitSubscript(c, e);
    case A.K.Starred:
      if (e.ctx === A.ExprContext.Store) throw c.error(loc, 'starred assignment target must be in a list or tuple');
      throw c.error(loc, "can't use starred expression here");
    case A.K.Slice:
      c.addopI(loc, Op.BUILD_SLICE, visitSlice(c, e));
      return;
    case A.K.Name:
      return c.nameop(loc, e.id, e.ctx);
    case A.K.List:
      if (e.ctx === A.ExprContext.Store) return assignmentHelper(c, loc, e.elts);
      if (e.ctx === A.ExprContext.Load) return starunpackHelper(c, loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      for (const elt of e.elts) visitExpr(c, elt);
      return;
    case A.K.Tuple:
      if (e.ctx === A.ExprContext.Store) return assignmentHelper(c, loc, e.elts);
      if (e.ctx === A.ExprContext.Load) return starunpackHelper(c, loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      for (const elt of e.elts) visitExpr(c, elt);
      return;
  }
}

const BINOP_NB: Record<A.Operator, [number, number]> = {
  [A.Operator.Add]: [NB.ADD, NB.INPLACE_ADD],
  [A.Operator.Sub]: [NB.SUBTRACT, NB.INPLACE_SUBTRACT],
  [A.Operator.Mult]: [NB.MULTIPLY, NB.INPLACE_MULTIPLY],
  [A.Operator.MatMult]: [NB.MATRIX_MULTIPLY, NB.INPLACE_MATRIX_MULTIPLY],
  [A.Operator.Div]: [NB.TRUE_DIVIDE, NB.INPLACE_TRUE_DIVIDE],
  [A.Operator.Mod]: [NB.REMAINDER, NB.INPLACE_REMAINDER],
  [A.Operator.Pow]: [NB.POWER, NB.INPLACE_POWER],
  [A.Operator.LShift]: [NB.LSHIFT, NB.INPLACE_LSHIFT],
  [A.Operator.RShift]: [NB.RSHIFT, NB.INPLACE_RSHIFT],
  [A.Operator.BitOr]: [NB.OR, NB.INPLACE_OR],
  [A.Operator.BitXor]: [NB.XOR, NB.INPLACE_XOR],
  [A.Operator.BitAnd]: [NB.AND, NB.INPLACE_AND],
  [A.Operator.FloorDiv]: [NB.FLOOR_DIVIDE, NB.INPLACE_FLOOR_DIVIDE],
};

// CPython: addop_binary
export function addopBinary(c: Compiler, loc: Location, op: A.Operator, inplace: boolean): void {
  c.addopI(loc, Op.BINARY_OP, BINOP_NB[op][inplace ? 1 : 0]);
}

// CPython: addop_yield
export function addopYield(c: Compiler, loc: Location): void {
  if (c.u.ste.ste_generator && c.u.ste.ste_coroutine) c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.ASYNC_GEN_WRAP);
  c.addopI(loc, Op.YIELD_VALUE, 0);
  c.addopI(loc, Op.RESUME, 1);
}

/** The SEND loop of `yield from` and `await`. CPython: compiler_add_yield_from */
export function addYieldFrom(c: Compiler, loc: Location, isAwait: boolean): void {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.addopJ(loc, Op.SEND, exit);
  // A virtual try/except: YIELD_VALUE raises only when close() or throw() is called.
  c.addopJ(loc, Op.SETUP_FINALLY, fail);
  c.addopI(loc, Op.YIELD_VALUE, 0);
  c.addop(NO_LOCATION, Op.POP_BLOCK);
  c.addopI(loc, Op.RESUME, isAwait ? 3 : 2);
  c.addopJ(loc, Op.JUMP_NO_INTERRUPT, send);
  c.useLabel(fail);
  c.addop(loc, Op.CLEANUP_THROW);
  c.useLabel(exit);
  c.addop(loc, Op.END_SEND);
}

// CPython: compiler_boolop
function visitBoolOp(c: Compiler, e: A.BoolOp): void {
  const loc = LOC(e);
  const jumpi = e.op === A.Boolop.And ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
  const end = c.newLabel();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]!);
    c.addopI(loc, Op.COPY, 1);
    c.addopJ(loc, jumpi, end);
    c.addop(loc, Op.POP_TOP);
  }
  visitExpr(c, e.values[n]!);
  c.useLabel(end);
}

// CPython: compiler_ifexp
function visitIfExp(c: Compiler, e: A.IfExp): void {
  const end = c.newLabel();
  const next = c.newLabel();
  jumpIf(c, LOC(e), e.test, next, false);
  visitExpr(c, e.body);
  c.addopJ(NO_LOCATION, Op.JUMP, end);
  c.useLabel(next);
  visitExpr(c, e.orelse);
  c.useLabel(end);
}

/** Jumps to `next` if e's truth equals cond, falls through otherwise. CPython: compiler_jump_if */
export function jumpIf(c: Compiler, loc: Location, e: A.expr, next: Label, cond: boolean): void {
  switch (e._k) {
    case A.K.UnaryOp:
      if (e.op === A.Unaryop.Not) return jumpIf(c, loc, e.operand, next, !cond);
      break;
    case A.K.BoolOp: {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op === A.Boolop.Or;
      let next2 = next;
      if (cond2 !== cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) jumpIf(c, loc, s[i]!, next2, cond2);
      jumpIf(c, loc, s[n]!, next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case A.K.IfExp: {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, loc, e.test, next2, false);
      jumpIf(c, loc, e.body, next, cond);
      c.addopJ(NO_LOCATION, Op.JUMP, end);
      c.useLabel(next2);
      jumpIf(c, loc, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case A.K.Compare: {
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newLabel();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]!);
          c.addopI(LOC(e), Op.SWAP, 2);
          c.addopI(LOC(e), Op.COPY, 2);
          addCompare(c, LOC(e), e.ops[i]!);
          c.addopJ(LOC(e), Op.POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(c, e.comparators[n]!);
        addCompare(c, LOC(e), e.ops[n]!);
        c.addopJ(LOC(e), cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
        const end = c.newLabel();
        c.addopJ(NO_LOCATION, Op.JUMP, end);
        c.useLabel(cleanup);
        c.addop(LOC(e), Op.POP_TOP);
        if (!cond) c.addopJ(NO_LOCATION, Op.JUMP, next);
        c.useLabel(end);
        return;
      }
      break;
    }
  }
  visitExpr(c, e);
  c.addopJ(LOC(e), cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
}

// COMPARISON_* mask bits stored in COMPARE_OP's low bits. CPython: Include/internal/pycore_code.h
const COMPARISON_LESS_THAN = 2;
const COMPARISON_GREATER_THAN = 4;
const COMPARISON_EQUALS = 8;
const COMPARISON_UNORDERED = 1;
const COMPARISON_NOT_EQUALS = COMPARISON_UNORDERED | COMPARISON_LESS_THAN | COMPARISON_GREATER_THAN;
const COMPARE_MASKS = [
  COMPARISON_LESS_THAN,
  COMPARISON_LESS_THAN | COMPARISON_EQUALS,
  COMPARISON_EQUALS,
  COMPARISON_NOT_EQUALS,
  COMPARISON_GREATER_THAN,
  COMPARISON_GREATER_THAN | COMPARISON_EQUALS,
];

// CPython: compiler_addcompare
export function addCompare(c: Compiler, loc: Location, op: A.Cmpop): void {
  let cmp: number;
  switch (op) {
    case A.Cmpop.Eq:
      cmp = Cmp.EQ;
      break;
    case A.Cmpop.NotEq:
      cmp = Cmp.NE;
      break;
    case A.Cmpop.Lt:
      cmp = Cmp.LT;
      break;
    case A.Cmpop.LtE:
      cmp = Cmp.LE;
      break;
    case A.Cmpop.Gt:
      cmp = Cmp.GT;
      break;
    case A.Cmpop.GtE:
      cmp = Cmp.GE;
      break;
    case A.Cmpop.Is:
      return c.addopI(loc, Op.IS_OP, 0);
    case A.Cmpop.IsNot:
      return c.addopI(loc, Op.IS_OP, 1);
    case A.Cmpop.In:
      return c.addopI(loc, Op.CONTAINS_OP, 0);
    case A.Cmpop.NotIn:
      return c.addopI(loc, Op.CONTAINS_OP, 1);
  }
  c.addopI(loc, Op.COMPARE_OP, (cmp << 4) | COMPARE_MASKS[cmp]!);
}

/** The type of an expression's value when the AST shows it, as its Python name. CPython: infer_type */
function inferType(e: A.expr): string | null {
  switch (e._k) {
    case A.K.Tuple:
      return 'tuple';
    case A.K.List:
    case A.K.ListComp:
      return 'list';
    case A.K.Dict:
    case A.K.DictComp:
      return 'dict';
    case A.K.Set:
    case A.K.SetComp:
      return 'set';
    case A.K.GeneratorExp:
      return 'generator';
    case A.K.Lambda:
      return 'function';
    case A.K.JoinedStr:
    case A.K.FormattedValue:
      return 'str';
    case A.K.Constant:
      return constantTypeName(constValue(e));
    default:
      return null;
  }
}

/** A constant other than None, True, False and ... (an `is` operand that is likely a mistake). CPython: check_is_arg */
function isNonSingletonConstant(e: A.expr): boolean {
  if (e._k !== A.K.Constant) return false;
  const v = constValue(e);
  return !(v === null || v === false || v === true || v === PyEllipsis);
}

// CPython: check_compare
function checkCompare(c: Compiler, e: A.Compare): void {
  let leftExpr = e.left;
  let left = !isNonSingletonConstant(leftExpr);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]!;
    const rightExpr = e.comparators[i]!;
    const right = !isNonSingletonConstant(rightExpr);
    if (op === A.Cmpop.Is || op === A.Cmpop.IsNot) {
      if (!right || !left) {
        const literal = !left ? leftExpr : rightExpr;
        const type = inferType(literal)!;
        c.warn(
          LOC(e),
          op === A.Cmpop.Is ? `"is" with '${type}' literal. Did you mean "=="?` : `"is not" with '${type}' literal. Did you mean "!="?`,
        );
        return;
      }
    }
    left = right;
    leftExpr = rightExpr;
  }
}

// CPython: compiler_compare
function visitCompare(c: Compiler, e: A.Compare): void {
  const loc = LOC(e);
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    addCompare(c, loc, e.ops[0]!);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.addopI(loc, Op.SWAP, 2);
    c.addopI(loc, Op.COPY, 2);
    addCompare(c, loc, e.ops[i]!);
    c.addopI(loc, Op.COPY, 1);
    c.addopJ(loc, Op.POP_JUMP_IF_FALSE, cleanup);
    c.addop(loc, Op.POP_TOP);
  }
  visitExpr(c, e.comparators[n]!);
  addCompare(c, loc, e.ops[n]!);
  const end = c.newLabel();
  c.addopJ(NO_LOCATION, Op.JUMP, end);
  c.useLabel(cleanup);
  c.addopI(loc, Op.SWAP, 2);
  c.addop(loc, Op.POP_TOP);
  c.useLabel(end);
}

function allConstant(seq: readonly (A.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const k = seq[i];
    if (k === null || k === undefined || k._k !== A.K.Constant) return false;
  }
  return true;
}

/** Builds a list/tuple/set display (or call arguments), with *-unpacking. CPython: starunpack_helper */
export function starunpackHelper(c: Compiler, loc: Location, elts: readonly A.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConstant(elts, 0, n)) {
    const values = elts.map((e) => constValue(e as A.Constant));
    if (tuple && !pushed) {
      c.loadConst(loc, new ConstTuple(values));
    } else {
      c.addopI(loc, build, pushed);
      c.loadConst(loc, add === Op.SET_ADD ? newFrozenset(values) : new ConstTuple(values));
      c.addopI(loc, extend, 1);
      if (tuple) c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._k === A.K.Starred);
  if (!seenStar && !big) {
    for (const elt of elts) visitExpr(c, elt);
    c.addopI(loc, tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let sequenceBuilt = false;
  if (big) {
    c.addopI(loc, build, pushed);
    sequenceBuilt = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._k === A.K.Starred) {
      if (!sequenceBuilt) {
        c.addopI(loc, build, i + pushed);
        sequenceBuilt = true;
      }
      visitExpr(c, elt.value);
      c.addopI(loc, extend, 1);
    } else {
      visitExpr(c, elt);
      if (sequenceBuilt) c.addopI(loc, add, 1);
    }
  }
  if (tuple) c.addopI(loc, Op.CALL_INTRINSIC_1, Intrinsic1.LIST_TO_TUPLE);
}

/** A frozenset constant from values (duplicates dropped, first occurrence kept). */
export function newFrozenset(values: readonly CodeConstant[]): ConstFrozenSet {
  return new ConstFrozenSet(dedupe(values));
}

function dedupe(values: readonly CodeConstant[]): CodeConstant[] {
  // Python set membership: equal numbers are one element (1 == 1.0 == True).
  const out: CodeConstant[] = [];
  for (const v of values) if (!out.some((w) => pyEquals(v, w))) out.push(v);
  return out;
}

function numericValue(v: CodeConstant): number | bigint | PyComplex | null {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint' || typeof v === 'number' || v instanceof PyComplex) return v;
  return null;
}

function pyEquals(a: CodeConstant, b: CodeConstant): boolean {
  const x = numericValue(a);
  const y = numericValue(b);
  if (x !== null && y !== null) {
    const re = (v: number | bigint | PyComplex) => (v instanceof PyComplex ? v.real : v);
    const im = (v: number | bigint | PyComplex) => (v instanceof PyComplex ? v.imag : 0);
    const eq = (p: number | bigint, q: number | bigint) => (typeof p === typeof q ? p === q : Number(p) === Number(q) && (typeof p === 'bigint' ? BigInt(Number(p)) === p : BigInt(Number(q)) === q));
    return eq(re(x), re(y)) && eq(im(x), im(y));
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a instanceof PyBytes && b instanceof PyBytes) return a.bytes.length === b.bytes.length && a.bytes.every((v, i) => v === b.bytes[i]);
  if (a instanceof ConstTuple && b instanceof ConstTuple) return a.items.length === b.items.length && a.items.every((v, i) => pyEquals(v, b.items[i]!));
  return a === b;
}

// CPython: unpack_helper
function unpackHelper(c: Compiler, loc: Location, elts: readonly A.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._k === A.K.Starred && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) throw c.error(loc, 'too many expressions in star-unpacking assignment');
      c.addopI(loc, Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._k === A.K.Starred) {
      throw c.error(loc, 'multiple starred expressions in assignment');
    }
  }
  if (!seenStar) c.addopI(loc, Op.UNPACK_SEQUENCE, n);
}

// CPython: assignment_helper
function assignmentHelper(c: Compiler, loc: Location, elts: readonly A.expr[]): void {
  unpackHelper(c, loc, elts);
  for (const elt of elts) visitExpr(c, elt._k !== A.K.Starred ? elt : elt.value);
}

// CPython: compiler_subdict
function visitSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const loc = LOC(e);
  if (n > 1 && !big && allConstant(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]!);
    const keys: CodeConstant[] = [];
    for (let i = begin; i < end; i++) keys.push(constValue(e.keys[i] as A.Constant));
    c.loadConst(loc, new ConstTuple(keys));
    c.addopI(loc, Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopI(loc, Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]!);
    if (big) c.addopI(loc, Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(loc, Op.BUILD_MAP, n);
}

// CPython: compiler_dict
function visitDict(c: Compiler, e: A.Dict): void {
  const loc = LOC(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements) {
        visitSubdict(c, e, i - elements, i);
        if (haveDict) c.addopI(loc, Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(loc, Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]!);
      c.addopI(loc, Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      visitSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI(loc, Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    visitSubdict(c, e, n - elements, n);
    if (haveDict) c.addopI(loc, Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.addopI(loc, Op.BUILD_MAP, 0);
}

// CPython: check_caller
function checkCaller(c: Compiler, e: A.expr): void {
  switch (e._k) {
    case A.K.Constant:
    case A.K.Tuple:
    case A.K.List:
    case A.K.ListComp:
    case A.K.Dict:
    case A.K.DictComp:
    case A.K.Set:
    case A.K.SetComp:
    case A.K.GeneratorExp:
    case A.K.JoinedStr:
    case A.K.FormattedValue:
      c.warn(LOC(e), `'${inferType(e)}' object is not callable; perhaps you missed a comma?`);
  }
}

// CPython: check_subscripter
function checkSubscripter(c: Compiler, e: A.expr): void {
  switch (e._k) {
    case A.K.Constant: {
      const v = constValue(e);
      if (!(v === null || v === PyEllipsis || typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'number' || v instanceof PyComplex || v instanceof ConstFrozenSet)) return;
      break;
    }
    case A.K.Set:
    case A.K.SetComp:
    case A.K.GeneratorExp:
    case A.K.Lambda:
      break;
    default:
      return;
  }
  c.warn(LOC(e), `'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

// CPython: check_index
function checkIndex(c: Compiler, e: A.expr, s: A.expr): void {
  const indexType = inferType(s);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  switch (e._k) {
    case A.K.Constant: {
      const v = constValue(e);
      if (!(typeof v === 'string' || v instanceof PyBytes || v instanceof ConstTuple)) return;
      break;
    }
    case A.K.Tuple:
    case A.K.List:
    case A.K.ListComp:
    case A.K.JoinedStr:
    case A.K.FormattedValue:
      break;
    default:
      return;
  }
  c.warn(LOC(e), `${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

function isTwoElementSlice(s: A.expr): s is A.Slice {
  return s._k === A.K.Slice && s.step === null;
}

// CPython: compiler_subscript
function visitSubscript(c: Compiler, e: A.Subscript): void {
  const loc = LOC(e);
  const ctx = e.ctx;
  if (ctx === A.ExprContext.Load) {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  visitExpr(c, e.value);
  if (isTwoElementSlice(e.slice) && ctx !== A.ExprContext.Del) {
    visitSlice(c, e.slice);
    c.addop(loc, ctx === A.ExprContext.Load ? Op.BINARY_SLICE : Op.STORE_SLICE);
  } else {
    visitExpr(c, e.slice);
    c.addop(loc, ctx === A.ExprContext.Load ? Op.BINARY_SUBSCR : ctx === A.ExprContext.Store ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
  }
}

/** Pushes a slice's bounds; returns how many (2 or 3). CPython: compiler_slice */
export function visitSlice(c: Compiler, s: A.Slice): number {
  let n = 2;
  if (s.lower !== null) visitExpr(c, s.lower);
  else c.loadConst(LOC(s), null);
  if (s.upper !== null) visitExpr(c, s.upper);
  else c.loadConst(LOC(s), null);
  if (s.step !== null) {
    n++;
    visitExpr(c, s.step);
  }
  return n;
}

/** For an attribute spanning lines, the location starts at the attribute name. CPython: update_start_location_to_match_attr */
export function updateStartLocationToMatchAttr(loc: Location, attr: A.Attribute): Location {
  if (loc.lineno === attr.end_lineno) return loc;
  let { end_lineno, col_offset, end_col_offset } = loc;
  const lineno = attr.end_lineno;
  const len = [...attr.attr].length;
  if (len <= attr.end_col_offset) {
    col_offset = attr.end_col_offset - len;
  } else {
    col_offset = -1;
    end_col_offset = -1;
  }
  end_lineno = Math.max(lineno, end_lineno);
  if (lineno === end_lineno) end_col_offset = Math.max(col_offset, end_col_offset);
  return location(lineno, end_lineno, col_offset, end_col_offset);
}

// CPython: compiler_visit_expr1, Attribute_kind
function visitAttribute(c: Compiler, e: A.Attribute): void {
  let loc = LOC(e);
  if (e.ctx === A.ExprContext.Load && canOptimizeSuperCall(c, e)) {
    const call = e.value as A.Call;
    loadArgsForSuper(c, call);
    c.addopName(loc, call.args.length ? Op.LOAD_SUPER_ATTR : Op.LOAD_ZERO_SUPER_ATTR, c.u.md.u_names, e.attr);
    loc = updateStartLocationToMatchAttr(loc, e);
    c.addop(loc, Op.NOP);
    return;
  }
  visitExpr(c, e.value);
  loc = updateStartLocationToMatchAttr(LOC(e), e);
  switch (e.ctx) {
    case A.ExprContext.Load:
      c.addopName(loc, Op.LOAD_ATTR, c.u.md.u_names, e.attr);
      break;
    case A.ExprContext.Store:
      c.checkForbiddenName(loc, e.attr, e.ctx);
      c.addopName(loc, Op.STORE_ATTR, c.u.md.u_names, e.attr);
      break;
    case A.ExprContext.Del:
      c.addopName(loc, Op.DELETE_ATTR, c.u.md.u_names, e.attr);
      break;
  }
}

/** A name bound by an import at module level (its methods are not called with LOAD_METHOD). CPython: is_import_originated */
function isImportOriginated(c: Compiler, e: A.expr): boolean {
  if (e._k !== A.K.Name) return false;
  return (getSymbol(c.st.st_top, e.id) & DEF_IMPORT) !== 0;
}

/** super().x or super(T, o).x where `super` is the builtin and its arguments are known. CPython: can_optimize_super_call */
function canOptimizeSuperCall(c: Compiler, attr: A.Attribute): boolean {
  const e = attr.value;
  if (e._k !== A.K.Call || e.func._k !== A.K.Name || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length !== 0) return false;
  const numArgs = e.args.length;
  const superName = e.func.id;
  if (getScope(c.u.ste, superName) !== GLOBAL_IMPLICIT) return false;
  if (getScope(c.st.st_top, superName) !== 0) return false;
  if (numArgs === 2) return !e.args.some((a) => a._k === A.K.Starred);
  if (numArgs !== 0) return false;
  if (c.u.md.u_argcount === 0 && c.u.md.u_posonlyargcount === 0) return false;
  return c.getRefType('__class__') === FREE;
}

// CPython: load_args_for_super
function loadArgsForSuper(c: Compiler, e: A.Call): void {
  const loc = LOC(e);
  c.nameop(LOC(e.func), (e.func as A.Name).id, A.ExprContext.Load);
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]!);
    visitExpr(c, e.args[1]!);
    return;
  }
  c.nameop(loc, '__class__', A.ExprContext.Load);
  const first = c.u.md.u_varnames.keys()[0];
  if (first === undefined) throw new Error('compiler: super() without arguments');
  c.nameop(loc, first, A.ExprContext.Load);
}

// CPython: maybe_optimize_method_call
function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  const args = e.args;
  const kwds = e.keywords;
  if (meth._k !== A.K.Attribute || meth.ctx !== A.ExprContext.Load) return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = args.length;
  const kwdsl = kwds.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (args.some((a) => a._k === A.K.Starred)) return false;
  if (kwds.some((k) => k.arg === null)) return false;
  let loc = LOC(meth);
  if (canOptimizeSuperCall(c, meth)) {
    const call = meth.value as A.Call;
    loadArgsForSuper(c, call);
    c.addopName(loc, call.args.length ? Op.LOAD_SUPER_METHOD : Op.LOAD_ZERO_SUPER_METHOD, c.u.md.u_names, meth.attr);
    loc = updateStartLocationToMatchAttr(loc, meth);
    c.addop(loc, Op.NOP);
  } else {
    visitExpr(c, meth.value);
    loc = updateStartLocationToMatchAttr(loc, meth);
    c.addopName(loc, Op.LOAD_METHOD, c.u.md.u_names, meth.attr);
  }
  for (const a of args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of kwds) visitExpr(c, k.value);
    callSimpleKwHelper(c, loc, kwds);
  }
  c.addopI(updateStartLocationToMatchAttr(LOC(e), meth), Op.CALL, argsl + kwdsl);
  return true;
}

// CPython: validate_keywords
function validateKeywords(c: Compiler, keywords: readonly A.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i]!;
    if (key.arg === null) continue;
    c.checkForbiddenName(LOC(key), key.arg, A.ExprContext.Store);
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j]!;
      if (other.arg !== null && other.arg === key.arg) throw c.error(LOC(other), `keyword argument repeated: ${key.arg}`);
    }
  }
}

// CPython: compiler_call
function visitCall(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  c.addop(LOC(e.func), Op.PUSH_NULL);
  visitExpr(c, e.func);
  callHelper(c, LOC(e), 0, e.args, e.keywords);
}

// CPython: compiler_call_simple_kw_helper
function callSimpleKwHelper(c: Compiler, loc: Location, keywords: readonly A.keyword[]): void {
  const names = new ConstTuple(keywords.map((k) => k.arg!));
  c.addopI(loc, Op.KW_NAMES, c.addConst(names));
}

// CPython: compiler_subkwargs
function visitSubkwargs(c: Compiler, loc: Location, keywords: readonly A.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i]!.value);
    const keys: CodeConstant[] = [];
    for (let i = begin; i < end; i++) keys.push(keywords[i]!.arg!);
    c.loadConst(loc, new ConstTuple(keys));
    c.addopI(loc, Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopI(NO_LOCATION, Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    const kw = keywords[i]!;
    c.loadConst(loc, kw.arg!);
    visitExpr(c, kw.value);
    if (big) c.addopI(NO_LOCATION, Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(loc, Op.BUILD_MAP, n);
}

/** Pushes the arguments and calls; `n` arguments are already on the stack. CPython: compiler_call_helper */
export function callHelper(c: Compiler, loc: Location, n: number, args: readonly A.expr[], keywords: readonly A.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._k === A.K.Starred) || keywords.some((k) => k.arg === null);
  if (!exCall) {
    for (const a of args) visitExpr(c, a);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, loc, keywords);
    }
    c.addopI(loc, Op.CALL, n + nelts + nkwelts);
    return;
  }
  if (n === 0 && nelts === 1 && args[0]!._k === A.K.Starred) visitExpr(c, args[0]!.value);
  else starunpackHelper(c, loc, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i]!;
      if (kw.arg === null) {
        if (nseen) {
          visitSubkwargs(c, loc, keywords, i - nseen, i);
          if (haveDict) c.addopI(loc, Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(loc, Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI(loc, Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      visitSubkwargs(c, loc, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(loc, Op.DICT_MERGE, 1);
    }
  }
  c.addopI(loc, Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

// CPython: compiler_joined_str
function visitJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const loc = LOC(e);
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst(loc, '');
    c.addopName(loc, Op.LOAD_METHOD, c.u.md.u_names, 'join');
    c.addopI(loc, Op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addopI(loc, Op.LIST_APPEND, 1);
    }
    c.addopI(loc, Op.CALL, 1);
    return;
  }
  for (const v of e.values) visitExpr(c, v);
  if (n !== 1) c.addopI(loc, Op.BUILD_STRING, n);
}

// CPython: compiler_formatted_value
function visitFormattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 0x73 /* s */:
      oparg = FV.STR;
      break;
    case 0x72 /* r */:
      oparg = FV.REPR;
      break;
    case 0x61 /* a */:
      oparg = FV.ASCII;
      break;
    case -1:
      oparg = FV.NONE;
      break;
    default:
      throw new Error(`SystemError: Unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec !== null) {
    visitExpr(c, e.format_spec);
    oparg |= FV.HAVE_SPEC;
  }
  c.addopI(LOC(e), Op.FORMAT_VALUE, oparg);
}

