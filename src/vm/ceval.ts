// The eval loop. CPython: Python/ceval.c (_PyEval_EvalFrameDefault, the error and exit_unwind
// labels, _PyEvalFramePushAndInit) and Python/bytecodes.c (each opcode's stack effect and
// references). One switch over the opcode of a Uint16Array code unit; Python-to-Python calls
// push a Frame and continue in this loop (docs/internals/eval-loop.md).
import { cacheEntries, Op } from '../bytecode/opcodes.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyNumber_BinaryOp, PyNumber_Negative, PyObject_GetItem, unpackIterable } from '../objects/abstract.ts';
import { _PyDict_FromItems, PyDict_SetItem } from '../objects/dictobject.ts';
import { excField, excType, PyErr_SetString } from '../objects/exceptions.ts';
import { PyFunction_New, type PyFunctionObject } from '../objects/funcobject.ts';
import { longValue, PyLong_FromBigInt, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyFloat_FromDouble } from '../objects/floatobject.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { _PyList_AppendTakeRef, _PyList_FromArraySteal } from '../objects/listobject.ts';
import { starArgsTuple, unpackCallArgs } from './ceval_containers.ts';
import type { MethodBody } from '../objects/classobject.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { importFrom } from './ceval_import.ts';
import { traceInstruction, traceReturn, traceThrow } from './ceval_trace.ts';
import { codeHandlers, type PyCodeObject } from '../objects/codeobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_TPFLAGS_MAPPING, Py_TPFLAGS_SEQUENCE, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue, PyObject_RichCompare, PyObject_Size } from '../objects/objectops.ts';
import { PyTraceBack_Here } from '../objects/traceback.ts';
import { findExceptionHandler } from './code_tables.ts';
import { beforeAsyncWith, callIntrinsic1, getAIter, getANext, sendReturned, sendTo } from './ceval_gen.ts';
import { getAwaitable } from '../objects/coroobject.ts';
import { PyGen_NewFromFrame, type PyGenObject } from '../objects/genobject.ts';
import { buildString, formatValue } from './ops_str.ts';
import { raiseUnboundDeref } from './cells.ts';
import type { PyCellObject } from '../objects/cellobject.ts';
import { doRaise, withExceptStart } from './ceval_exc.ts';
import { matchKeys } from './ceval_match.ts';
import { Frame, FRAME_SUSPENDED, type ThreadState } from './frame.ts';
import { enterFrame, makeFunctionFrame, notImplemented, popSlot, profiledCall, raiseNameError, raiseUnboundLocal, releaseRange, toPyException, traceUnwind } from './ceval_support.ts';
import { binaryOpFast, compareFast, loadGlobal } from './ceval_fast.ts';
import { loadAttr, loadMethod, storeAttr } from './ceval_attr.ts';
import { handleEvalBreaker } from './eval_breaker.ts';
import { callSiteChecksBreaker } from './call_sites.ts';
import { op_BINARY_SLICE, op_BUILD_CONST_KEY_MAP, op_BUILD_SET, op_BUILD_SLICE, op_DELETE_SUBSCR, op_DICT_MERGE, op_DICT_UPDATE, op_LIST_EXTEND, op_MAP_ADD, op_SET_ADD, op_SET_UPDATE, op_STORE_SLICE, op_STORE_SUBSCR, op_UNPACK_EX } from './ceval_ops_build.ts';
import { setupAnnotations } from './ceval_names.ts';
import { op_BEFORE_WITH, op_CALL_INTRINSIC_2, op_CHECK_EG_MATCH, op_CHECK_EXC_MATCH, op_CONTAINS_OP, op_COPY_FREE_VARS, op_DELETE_ATTR, op_DELETE_DEREF, op_DELETE_GLOBAL, op_DELETE_NAME, op_GET_YIELD_FROM_ITER, op_IMPORT_NAME, op_LOAD_BUILD_CLASS, op_LOAD_FROM_DICT_OR_DEREF, op_LOAD_FROM_DICT_OR_GLOBALS, op_LOAD_LOCALS, op_LOAD_NAME, op_LOAD_SUPER_ATTR, op_MAKE_CELL, op_MATCH_CLASS, op_STORE_NAME, op_UNARY_INVERT } from './ceval_ops_misc.ts';

export { makeFunctionFrame, toPyException } from './ceval_support.ts';

const C_BINARY_OP = cacheEntries(Op.BINARY_OP);
const C_COMPARE_OP = cacheEntries(Op.COMPARE_OP);
const C_LOAD_GLOBAL = cacheEntries(Op.LOAD_GLOBAL);
const C_STORE_GLOBAL = cacheEntries(Op.STORE_GLOBAL);
const C_CALL = cacheEntries(Op.CALL);
const C_FOR_ITER = cacheEntries(Op.FOR_ITER);
const C_STORE_NAME = cacheEntries(Op.STORE_NAME);
const C_LOAD_NAME = cacheEntries(Op.LOAD_NAME);
const C_BINARY_SUBSCR = cacheEntries(Op.BINARY_SUBSCR);
const C_STORE_SUBSCR = cacheEntries(Op.STORE_SUBSCR);
const C_UNPACK_SEQUENCE = cacheEntries(Op.UNPACK_SEQUENCE);
const C_SEND = cacheEntries(Op.SEND);
const C_LOAD_ATTR = cacheEntries(Op.LOAD_ATTR);
const C_STORE_ATTR = cacheEntries(Op.STORE_ATTR);
const C_LOAD_SUPER_ATTR = cacheEntries(Op.LOAD_SUPER_ATTR);


/**
 * LOAD_ATTR's method form returns self through this; it is read and cleared right after, so
 * nested runs of the loop can share it.
 */
const methodSelf: (PyObject | null)[] = [null];

/**
 * Calls the Python function `func` from native code (args borrowed) and returns its result.
 * `locals` is the namespace of a class body. CPython: _PyFunction_Vectorcall / _PyEval_Vector
 */
export function evalFunctionCall(interp: Interpreter, tstate: ThreadState, func: PyObject, args: readonly PyObject[], kwnames: PyObject | null,
  locals: PyObject | null): PyObject {
  return evalFrame(interp, tstate, makeFunctionFrame(interp, func, args, kwnames, locals));
}

/**
 * Runs `entry` (already built; pushed here) to completion and returns its result (a new
 * reference), or throws the exception that left it. CPython: _PyEval_EvalFrameDefault
 */
export function evalFrame(interp: Interpreter, tstate: ThreadState, entry: Frame, throwExc: PyObject | null = null): PyObject {
  entry.isEntry = true;
  enterFrame(interp, tstate, entry);
  const s = interp.singletons;
  const types = interp.types;
  let f = entry;
  let units = f.co.units;
  let consts = f.co.consts;
  let names = f.co.names;
  let lp = f.localsplus;
  let sp = f.sp;
  let pc = f.next;
  let kwnames: PyObject | null = null;
  const eb = interp.evalBreaker;
  // Set by a re-raise (bare raise, RERAISE): the exception goes to the unwinder without a new
  // traceback entry for this frame (CPython's `goto exception_unwind`); RERAISE's lasti.
  let reraise = false;
  let reraiseLasti = -1;
  for (;;) {
    // The exception for the unwinder: thrown by what an instruction called, or handed over by
    // RAISE_VARARGS and RERAISE without a JS throw (a handler in this run of the loop, in this
    // frame or a caller's, takes it without one).
    let raised: PyObject | null = null;
    try {
      if (throwExc !== null) {
        // generator.throw(): the exception is raised where the frame is suspended.
        const e = throwExc;
        throwExc = null;
        if (tstate.tracingActive) {
          try {
            traceThrow(interp, tstate, f, e);
          } catch (err) {
            Py_DECREF(e);
            throw err;
          }
        }
        throw e;
      }
      dispatch: for (;;) {
        let word = units[pc]!;
        let op = word & 0xff;
        let oparg = word >>> 8;
        while (op === Op.EXTENDED_ARG) {
          pc++;
          word = units[pc]!;
          op = word & 0xff;
          oparg = (oparg << 8) | (word >>> 8);
        }
        f.instr = pc;
        if (tstate.tracingActive) traceInstruction(interp, tstate, f, pc, op);
        pc++;
        switch (op) {
          case Op.NOP:
            continue;
          case Op.RESUME:
            // An eval breaker check point (CPython: CHECK_EVAL_BREAKER), except where a
            // generator resumes from a yield from or an await.
            if (eb.flags !== 0 && oparg < 2) handleEvalBreaker(interp, tstate);
            continue;
          case Op.CACHE:
            continue;
          case Op.POP_TOP: {
            const v = lp[--sp]!;
            lp[sp] = null;
            Py_DECREF(v);
            continue;
          }
          case Op.END_FOR: {
            // CPython: END_FOR = POP_TOP; POP_TOP (the value, then the iterator)
            for (let k = 0; k < 2; k++) {
              const v = lp[--sp]!;
              lp[sp] = null;
              Py_DECREF(v);
            }
            continue;
          }
          case Op.PUSH_NULL:
            lp[sp++] = null;
            continue;
          case Op.LOAD_CONST: {
            const v = consts[oparg]!;
            Py_INCREF(v);
            lp[sp++] = v;
            continue;
          }
          case Op.LOAD_FAST:
          case Op.LOAD_FAST_CHECK: {
            const v = lp[oparg];
            if (v === null || v === undefined) raiseUnboundLocal(interp, f.co.localsplusnames[oparg]!);
            Py_INCREF(v);
            lp[sp++] = v;
            continue;
          }
          case Op.MAKE_CELL:
            sp = op_MAKE_CELL(interp, f, lp, sp, oparg);
            continue;
          case Op.LOAD_CLOSURE: {
            const v = lp[oparg];
            if (v === null || v === undefined) raiseUnboundLocal(interp, f.co.localsplusnames[oparg]!);
            Py_INCREF(v);
            lp[sp++] = v;
            continue;
          }
          case Op.LOAD_DEREF: {
            const v = (lp[oparg] as PyCellObject).body;
            if (v === null) raiseUnboundDeref(interp, f.co, oparg);
            Py_INCREF(v);
            lp[sp++] = v;
            continue;
          }
          case Op.STORE_DEREF: {
            const cell = lp[oparg] as PyCellObject;
            const old = cell.body;
            cell.body = lp[--sp]!;
            lp[sp] = null;
            Py_XDECREF(old);
            continue;
          }
          case Op.DELETE_DEREF:
            sp = op_DELETE_DEREF(interp, f, lp, sp, oparg);
            continue;
          case Op.COPY_FREE_VARS:
            sp = op_COPY_FREE_VARS(interp, f, lp, sp, oparg);
            continue;
          case Op.LOAD_FROM_DICT_OR_DEREF:
            sp = op_LOAD_FROM_DICT_OR_DEREF(interp, f, lp, sp, oparg);
            continue;
          case Op.LOAD_FAST_AND_CLEAR: {
            lp[sp++] = lp[oparg]!;
            lp[oparg] = null;
            continue;
          }
          case Op.STORE_FAST: {
            const old = lp[oparg]!;
            lp[oparg] = lp[--sp]!;
            lp[sp] = null;
            Py_XDECREF(old);
            continue;
          }
          case Op.LOAD_NAME:
            sp = op_LOAD_NAME(interp, f, lp, sp, oparg);
            pc += C_LOAD_NAME;
            continue;
          case Op.STORE_NAME:
            sp = op_STORE_NAME(interp, f, lp, sp, oparg);
            pc += C_STORE_NAME;
            continue;
          case Op.LOAD_GLOBAL: {
            const name = names[oparg >> 1]!;
            const v = loadGlobal(interp, f.co, pc, f.globals, f.builtins, name);
            if (v === null) raiseNameError(interp, name);
            Py_INCREF(v);
            if (oparg & 1) lp[sp++] = null;
            lp[sp++] = v;
            pc += C_LOAD_GLOBAL;
            continue;
          }
          case Op.STORE_GLOBAL: {
            const v = lp[sp - 1]!;
            PyDict_SetItem(interp, f.globals, names[oparg]!, v);
            lp[--sp] = null;
            Py_DECREF(v);
            pc += C_STORE_GLOBAL;
            continue;
          }
          case Op.BINARY_OP: {
            const rhs = lp[sp - 1]!;
            const lhs = lp[sp - 2]!;
            const res = binaryOpFast(interp, lhs, rhs, oparg) ?? PyNumber_BinaryOp(interp, lhs, rhs, oparg);
            lp[--sp] = null;
            lp[sp - 1] = res;
            Py_DECREF(lhs);
            Py_DECREF(rhs);
            pc += C_BINARY_OP;
            continue;
          }
          case Op.UNARY_NEGATIVE: {
            const v = lp[sp - 1]!;
            let res: PyObject;
            if (v.ob_type === types.int || v.ob_type === types.bool) {
              const x = longValue(v);
              res = typeof x === 'number' ? PyLong_FromNumber(interp, -x) : PyLong_FromBigInt(interp, -x);
            } else if (v.ob_type === types.float) {
              res = PyFloat_FromDouble(interp, -v.ival);
            } else if (v.ob_type.tp_as_number?.nb_negative !== undefined) {
              res = v.ob_type.tp_as_number.nb_negative(v);
            } else {
              try {
                res = PyNumber_Negative(interp, v);
              } catch (e) {
                lp[--sp] = null;
                Py_DECREF(v);
                throw e;
              }
            }
            lp[sp - 1] = res;
            Py_DECREF(v);
            continue;
          }
          case Op.UNARY_NOT: {
            const v = lp[sp - 1]!;
            const truth = PyObject_IsTrue(interp, v);
            lp[sp - 1] = truth ? s.False : s.True;
            Py_DECREF(v);
            continue;
          }
          case Op.BUILD_CONST_KEY_MAP:
            sp = op_BUILD_CONST_KEY_MAP(interp, f, lp, sp, oparg);
            continue;
          case Op.COMPARE_OP: {
            const right = lp[sp - 1]!;
            const left = lp[sp - 2]!;
            // 3.12: oparg >> 4 is the comparison; the low four bits are the specializer's masks.
            const res = compareFast(interp, left, right, oparg >> 4) ?? PyObject_RichCompare(interp, left, right, oparg >> 4);
            lp[--sp] = null;
            lp[sp - 1] = res;
            Py_DECREF(left);
            Py_DECREF(right);
            pc += C_COMPARE_OP;
            continue;
          }
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const cond = lp[--sp]!;
            lp[sp] = null;
            let truth: boolean;
            if (cond === s.True) truth = true;
            else if (cond === s.False) truth = false;
            else {
              try {
                truth = PyObject_IsTrue(interp, cond);
              } finally {
                Py_DECREF(cond);
              }
            }
            if (truth === (op === Op.POP_JUMP_IF_TRUE)) pc += oparg;
            continue;
          }
          case Op.POP_JUMP_IF_NONE:
          case Op.POP_JUMP_IF_NOT_NONE: {
            const v = lp[--sp]!;
            lp[sp] = null;
            const isNone = v === s.None;
            Py_DECREF(v);
            if (isNone === (op === Op.POP_JUMP_IF_NONE)) pc += oparg;
            continue;
          }
          case Op.JUMP_FORWARD:
            pc += oparg;
            continue;
          case Op.JUMP_BACKWARD:
            pc -= oparg;
            // An eval breaker check point, like RESUME.
            if (eb.flags !== 0) handleEvalBreaker(interp, tstate);
            continue;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc -= oparg;
            continue;
          case Op.GET_ITER: {
            const iterable = lp[sp - 1]!;
            const it = PyObject_GetIter(interp, iterable);
            lp[sp - 1] = it;
            Py_DECREF(iterable);
            continue;
          }
          case Op.FOR_ITER: {
            const it = lp[sp - 1]!;
            const next = PyIter_Next(interp, it);
            if (next === null) {
              // Exhausted: pop the iterator and jump past the END_FOR at the target.
              lp[--sp] = null;
              Py_DECREF(it);
              pc += C_FOR_ITER + oparg + 1;
              continue;
            }
            lp[sp++] = next;
            pc += C_FOR_ITER;
            continue;
          }
          case Op.MAKE_FUNCTION: {
            const code = lp[--sp]!;
            lp[sp] = null;
            const func = PyFunction_New(interp, code, f.globals);
            Py_DECREF(code);
            const fb = (func as PyFunctionObject).body;
            // Stolen from the stack, pushed in the order defaults, kwdefaults, annotations, closure.
            if (oparg & 0x08) fb.closure = popSlot(lp, --sp);
            if (oparg & 0x04) fb.annotations = popSlot(lp, --sp);
            if (oparg & 0x02) fb.kwdefaults = popSlot(lp, --sp);
            if (oparg & 0x01) fb.defaults = popSlot(lp, --sp);
            lp[sp++] = func;
            continue;
          }
          case Op.KW_NAMES:
            kwnames = consts[oparg]!;
            continue;
          case Op.CALL: {
            const argBase = sp - oparg;
            const method = lp[argBase - 2];
            let callable = lp[argBase - 1]!;
            let first = argBase;
            let total = oparg;
            if (method !== null && method !== undefined) {
              callable = method;
              first--;
              total++;
            } else if (callable.ob_type === types.method) {
              // A bound method becomes its function with self as the first argument, in place.
              // CPython: CALL's PyMethod_Check branch
              const mb = callable.body as MethodBody;
              Py_INCREF(mb.func);
              Py_INCREF(mb.self);
              lp[argBase - 2] = mb.func;
              lp[argBase - 1] = mb.self;
              Py_DECREF(callable);
              callable = mb.func;
              first--;
              total++;
            }
            const kw = kwnames;
            kwnames = null;
            const bottom = argBase - 2;
            if (callable.ob_type === types.function && kw === null && ((callable as PyFunctionObject).body.code as PyCodeObject).body.simpleArgcount === total) {
              // The new frame steals the function and the arguments from the stack.
              // CPython: _PyEvalFramePushAndInit
              const fb = (callable as PyFunctionObject).body;
              Py_INCREF(fb.code);
              const frame = Frame.acquire(fb.code, callable, fb.globals, fb.builtins, null);
              const flp = frame.localsplus;
              for (let k = 0; k < total; k++) flp[k] = lp[first + k]!;
              for (let k = bottom; k < sp; k++) lp[k] = null;
              sp = bottom;
              f.sp = sp;
              f.next = pc + C_CALL;
              enterFrame(interp, tstate, frame);
              f = frame;
              units = f.co.units;
              consts = f.co.consts;
              names = f.co.names;
              lp = flp;
              sp = f.sp;
              pc = 0;
              continue;
            }
            const args = lp.slice(first, first + total) as PyObject[];
            if (callable.ob_type === types.function) {
              // The new frame takes the arguments' references; the stack lets go of them.
              let frame: Frame;
              try {
                frame = makeFunctionFrame(interp, callable, args, kw);
              } finally {
                Py_DECREF(callable);
                for (const a of args) Py_DECREF(a);
                for (let k = bottom; k < sp; k++) lp[k] = null;
                sp = bottom;
              }
              f.sp = sp;
              f.next = pc + C_CALL;
              enterFrame(interp, tstate, frame);
              f = frame;
              units = f.co.units;
              consts = f.co.consts;
              names = f.co.names;
              lp = f.localsplus;
              sp = f.sp;
              pc = 0;
              continue;
            }
            let res: PyObject;
            const isMeth = method !== null && method !== undefined;
            const checks = callSiteChecksBreaker(interp, f.co, f.instr, callable, isMeth ? lp[argBase - 1]! : null, total, oparg, kw);
            f.sp = sp;
            try {
              if (tstate.profilefunc !== null) res = profiledCall(interp, tstate, f, callable, args, kw);
              else res = PyObject_Vectorcall(interp, callable, args, kw);
            } finally {
              Py_DECREF(callable);
              for (const a of args) Py_DECREF(a);
              for (let k = bottom; k < sp; k++) lp[k] = null;
              sp = bottom;
            }
            lp[sp++] = res;
            pc += C_CALL;
            // CPython: CHECK_EVAL_BREAKER after a call that ran no Python frame here.
            if (checks && eb.flags !== 0) handleEvalBreaker(interp, tstate);
            continue;
          }
          case Op.RETURN_VALUE:
          case Op.RETURN_CONST: {
            let rv: PyObject;
            if (op === Op.RETURN_VALUE) {
              rv = lp[--sp]!;
              lp[sp] = null;
            } else {
              rv = consts[oparg]!;
              Py_INCREF(rv);
            }
            if (tstate.tracingActive) {
              try {
                traceReturn(interp, tstate, f, rv);
              } catch (e) {
                Py_DECREF(rv);
                throw e;
              }
            }
            const done = f;
            tstate.frame = done.previous;
            tstate.pyDepth--;
            done.clear(sp);
            if (done.isEntry) return rv;
            f = done.previous!;
            units = f.co.units;
            consts = f.co.consts;
            names = f.co.names;
            lp = f.localsplus;
            sp = f.sp;
            pc = f.next;
            lp[sp++] = rv;
            continue;
          }
          case Op.RETURN_GENERATOR: {
            // The frame moves into a new generator; the call returns the generator.
            const gen = PyGen_NewFromFrame(interp, f);
            f.sp = sp;
            f.next = pc;
            const done = f;
            tstate.frame = done.previous;
            tstate.pyDepth--;
            done.previous = null;
            if (done.isEntry) {
              done.isEntry = false;
              return gen;
            }
            f = tstate.frame!;
            units = f.co.units;
            consts = f.co.consts;
            names = f.co.names;
            lp = f.localsplus;
            sp = f.sp;
            pc = f.next;
            lp[sp++] = gen;
            continue;
          }
          case Op.YIELD_VALUE: {
            // A generator's frame runs as the entry frame of its own run of this loop (see
            // gen_send_ex2): yielding returns from it, leaving the frame suspended.
            if (tstate.tracingActive) traceReturn(interp, tstate, f, lp[sp - 1]!);
            const retval = lp[--sp]!;
            lp[sp] = null;
            const gb = (f.gen as PyGenObject).body;
            gb.state = FRAME_SUSPENDED;
            tstate.excInfo = gb.excState.previous!;
            gb.excState.previous = null;
            f.sp = sp;
            f.next = pc;
            tstate.frame = f.previous;
            tstate.pyDepth--;
            f.previous = null;
            f.isEntry = false;
            return retval;
          }
          case Op.GET_YIELD_FROM_ITER:
            sp = op_GET_YIELD_FROM_ITER(interp, f, lp, sp, oparg);
            continue;
          case Op.SEND: {
            const v = lp[sp - 1]!;
            const receiver = lp[sp - 2]!;
            const retval = sendTo(interp, receiver, v);
            lp[sp - 1] = retval;
            Py_DECREF(v);
            pc += C_SEND;
            if (sendReturned()) pc += oparg;
            continue;
          }
          case Op.END_SEND: {
            // (receiver, value -- value)
            const value = lp[--sp]!;
            lp[sp] = null;
            const receiver = lp[sp - 1]!;
            lp[sp - 1] = value;
            Py_DECREF(receiver);
            continue;
          }
          case Op.GET_AWAITABLE:
          case Op.GET_AITER: {
            // The operand is released even when this fails.
            const obj = lp[--sp]!;
            lp[sp] = null;
            let res: PyObject;
            try {
              res = op === Op.GET_AWAITABLE ? getAwaitable(interp, obj, oparg) : getAIter(interp, obj);
            } finally {
              Py_DECREF(obj);
            }
            lp[sp++] = res;
            continue;
          }
          case Op.BEFORE_ASYNC_WITH:
            // (mgr -- exit, res); when the call fails the manager is gone from the stack.
            try {
              beforeAsyncWith(interp, lp, sp - 1);
            } catch (e) {
              if (lp[sp - 1] === null) sp--;
              throw e;
            }
            sp++;
            continue;
          case Op.GET_ANEXT:
            lp[sp] = getANext(interp, lp[sp - 1]!);
            sp++;
            continue;
          case Op.CALL_INTRINSIC_1: {
            const value = lp[sp - 1]!;
            const res = callIntrinsic1(interp, f, oparg, value);
            lp[sp - 1] = res;
            Py_DECREF(value);
            continue;
          }
          case Op.COPY: {
            const v = lp[sp - oparg]!;
            Py_INCREF(v);
            lp[sp++] = v;
            continue;
          }
          case Op.SWAP: {
            const k = sp - oparg;
            const top = lp[sp - 1]!;
            lp[sp - 1] = lp[k]!;
            lp[k] = top;
            continue;
          }
          case Op.MATCH_CLASS:
            sp = op_MATCH_CLASS(interp, f, lp, sp, oparg);
            continue;
          case Op.MATCH_MAPPING:
          case Op.MATCH_SEQUENCE: {
            const flag = op === Op.MATCH_MAPPING ? Py_TPFLAGS_MAPPING : Py_TPFLAGS_SEQUENCE;
            lp[sp] = lp[sp - 1]!.ob_type.tp_flags & flag ? s.True : s.False;
            sp++;
            continue;
          }
          case Op.MATCH_KEYS:
            lp[sp] = matchKeys(interp, lp[sp - 2]!, lp[sp - 1]!);
            sp++;
            continue;
          case Op.GET_LEN:
            lp[sp] = PyLong_FromNumber(interp, PyObject_Size(interp, lp[sp - 1]!));
            sp++;
            continue;
          case Op.IS_OP: {
            const right = lp[--sp]!;
            lp[sp] = null;
            const left = lp[sp - 1]!;
            lp[sp - 1] = (left === right) !== (oparg === 1) ? s.True : s.False;
            Py_DECREF(left);
            Py_DECREF(right);
            continue;
          }
          case Op.CONTAINS_OP:
            sp = op_CONTAINS_OP(interp, f, lp, sp, oparg);
            continue;
          case Op.UNARY_INVERT:
            sp = op_UNARY_INVERT(interp, f, lp, sp, oparg);
            continue;
          case Op.BUILD_TUPLE: {
            const first = sp - oparg;
            const items = lp.slice(first, sp) as PyObject[];
            for (let k = first; k < sp; k++) lp[k] = null;
            sp = first;
            lp[sp++] = tupleFromItemsSteal(interp, items);
            continue;
          }
          case Op.BUILD_MAP: {
            const first = sp - 2 * oparg;
            const map = _PyDict_FromItems(interp, lp, first, 2, lp, first + 1, 2, oparg);
            releaseRange(lp, first, sp);
            sp = first;
            lp[sp++] = map;
            continue;
          }
          case Op.UNPACK_SEQUENCE: {
            // The first item ends on top. The sequence is released before an error propagates.
            const seq = lp[--sp]!;
            lp[sp] = null;
            if ((seq.ob_type === types.tuple || seq.ob_type === types.list) && (seq.body as PyObject[]).length === oparg) {
              // CPython: UNPACK_SEQUENCE_TUPLE / UNPACK_SEQUENCE_LIST, what the specializer turns this into
              const items = seq.body as PyObject[];
              for (let k = oparg; --k >= 0;) {
                const v = items[k]!;
                Py_INCREF(v);
                lp[sp++] = v;
              }
              Py_DECREF(seq);
            } else {
              const out: PyObject[] = [];
              try {
                unpackIterable(interp, seq, oparg, out);
              } finally {
                Py_DECREF(seq);
              }
              for (let k = oparg; --k >= 0;) lp[sp++] = out[k]!;
            }
            pc += C_UNPACK_SEQUENCE;
            continue;
          }
          case Op.BINARY_SUBSCR: {
            const sub = lp[--sp]!;
            lp[sp] = null;
            const container = lp[--sp]!;
            lp[sp] = null;
            let res: PyObject;
            try {
              res = PyObject_GetItem(interp, container, sub);
            } finally {
              Py_DECREF(container);
              Py_DECREF(sub);
            }
            lp[sp++] = res;
            pc += C_BINARY_SUBSCR;
            continue;
          }
          case Op.BUILD_SLICE:
            sp = op_BUILD_SLICE(interp, f, lp, sp, oparg);
            continue;
          case Op.BINARY_SLICE:
            sp = op_BINARY_SLICE(interp, f, lp, sp, oparg);
            continue;
          case Op.STORE_SUBSCR:
            sp = op_STORE_SUBSCR(interp, f, lp, sp, oparg);
            pc += C_STORE_SUBSCR;
            continue;
          case Op.DELETE_SUBSCR:
            sp = op_DELETE_SUBSCR(interp, f, lp, sp, oparg);
            continue;
          case Op.FORMAT_VALUE:
            sp = formatValue(interp, lp, sp, oparg);
            continue;
          case Op.BUILD_STRING:
            sp = buildString(interp, lp, sp, oparg);
            continue;
          case Op.DELETE_FAST: {
            const v = lp[oparg];
            if (v === null || v === undefined) raiseUnboundLocal(interp, f.co.localsplusnames[oparg]!);
            lp[oparg] = null;
            Py_DECREF(v);
            continue;
          }
          case Op.DELETE_NAME:
            sp = op_DELETE_NAME(interp, f, lp, sp, oparg);
            continue;
          case Op.DELETE_GLOBAL:
            sp = op_DELETE_GLOBAL(interp, f, lp, sp, oparg);
            continue;
          case Op.BUILD_LIST: {
            const first = sp - oparg;
            const items = lp.slice(first, sp) as PyObject[];
            for (let k = first; k < sp; k++) lp[k] = null;
            sp = first;
            lp[sp++] = _PyList_FromArraySteal(interp, items);
            continue;
          }
          case Op.LIST_APPEND: {
            const v = lp[--sp]!;
            lp[sp] = null;
            _PyList_AppendTakeRef(lp[sp - oparg]!, v);
            continue;
          }
          case Op.LIST_EXTEND:
            sp = op_LIST_EXTEND(interp, f, lp, sp, oparg);
            continue;
          case Op.BUILD_SET:
            sp = op_BUILD_SET(interp, f, lp, sp, oparg);
            continue;
          case Op.SET_ADD:
            sp = op_SET_ADD(interp, f, lp, sp, oparg);
            continue;
          case Op.SET_UPDATE:
            sp = op_SET_UPDATE(interp, f, lp, sp, oparg);
            continue;
          case Op.MAP_ADD:
            sp = op_MAP_ADD(interp, f, lp, sp, oparg);
            continue;
          case Op.DICT_UPDATE:
            sp = op_DICT_UPDATE(interp, f, lp, sp, oparg);
            continue;
          case Op.DICT_MERGE:
            sp = op_DICT_MERGE(interp, f, lp, sp, oparg);
            continue;
          case Op.UNPACK_EX:
            sp = op_UNPACK_EX(interp, f, lp, sp, oparg);
            continue;
          case Op.STORE_SLICE:
            sp = op_STORE_SLICE(interp, f, lp, sp, oparg);
            continue;
          case Op.CALL_FUNCTION_EX: {
            const kwargs = oparg & 1 ? lp[sp - 1]! : null;
            const argsAt = sp - 1 - (oparg & 1);
            const func = lp[argsAt - 1]!;
            const bottom = argsAt - 2;
            let callargs = lp[argsAt]!;
            if (callargs.ob_type !== types.tuple) {
              const t = starArgsTuple(interp, func, callargs);
              lp[argsAt] = t;
              Py_DECREF(callargs);
              callargs = t;
            }
            let args: PyObject[] = [];
            let kw: PyObject | null = null;
            let frame: Frame | null = null;
            let res: PyObject | null = null;
            try {
              [args, kw] = unpackCallArgs(interp, callargs, kwargs);
              if (func.ob_type === types.function) frame = makeFunctionFrame(interp, func, args, kw);
              else res = PyObject_Vectorcall(interp, func, args, kw);
            } finally {
              Py_XDECREF(kw);
              Py_DECREF(func);
              Py_DECREF(callargs);
              Py_XDECREF(kwargs);
              for (let k = bottom; k < sp; k++) lp[k] = null;
              sp = bottom;
            }
            if (frame !== null) {
              f.sp = sp;
              f.next = pc;
              enterFrame(interp, tstate, frame);
              f = frame;
              units = f.co.units;
              consts = f.co.consts;
              names = f.co.names;
              lp = f.localsplus;
              sp = f.sp;
              pc = 0;
              continue;
            }
            lp[sp++] = res!;
            // CPython: CHECK_EVAL_BREAKER after a call that ran no Python frame here.
            if (eb.flags !== 0) handleEvalBreaker(interp, tstate);
            continue;
          }
          case Op.IMPORT_NAME:
            sp = op_IMPORT_NAME(interp, f, lp, sp, oparg);
            continue;
          case Op.IMPORT_FROM:
            lp[sp] = importFrom(interp, lp[sp - 1]!, names[oparg]!);
            sp++;
            continue;
          case Op.LOAD_ATTR: {
            // oparg & 1: a method load pushing [method, self] (or [NULL, attribute]) for CALL.
            const owner = lp[sp - 1]!;
            const name = names[oparg >> 1]!;
            if (oparg & 1) {
              let m: PyObject;
              try {
                m = loadMethod(interp, f.co, pc, owner, name, methodSelf);
              } finally {
                Py_DECREF(owner);
                lp[--sp] = null;
              }
              const self = methodSelf[0]!;
              if (self !== null) {
                methodSelf[0] = null;
                lp[sp++] = m;
                lp[sp++] = self;
              } else {
                lp[sp++] = null;
                lp[sp++] = m;
              }
            } else {
              let res: PyObject;
              try {
                res = loadAttr(interp, f.co, pc, owner, name);
              } finally {
                Py_DECREF(owner);
                lp[--sp] = null;
              }
              lp[sp++] = res;
            }
            pc += C_LOAD_ATTR;
            continue;
          }
          case Op.STORE_ATTR: {
            const owner = lp[--sp]!;
            lp[sp] = null;
            const v = lp[--sp]!;
            lp[sp] = null;
            try {
              storeAttr(interp, f.co, pc, owner, names[oparg]!, v);
            } finally {
              Py_DECREF(v);
              Py_DECREF(owner);
            }
            pc += C_STORE_ATTR;
            continue;
          }
          case Op.DELETE_ATTR:
            sp = op_DELETE_ATTR(interp, f, lp, sp, oparg);
            continue;
          case Op.LOAD_BUILD_CLASS:
            sp = op_LOAD_BUILD_CLASS(interp, f, lp, sp, oparg);
            continue;
          case Op.SETUP_ANNOTATIONS:
            setupAnnotations(interp, f.locals);
            continue;
          case Op.LOAD_LOCALS:
            sp = op_LOAD_LOCALS(interp, f, lp, sp, oparg);
            continue;
          case Op.LOAD_FROM_DICT_OR_GLOBALS:
            sp = op_LOAD_FROM_DICT_OR_GLOBALS(interp, f, lp, sp, oparg);
            continue;
          case Op.LOAD_SUPER_ATTR:
            sp = op_LOAD_SUPER_ATTR(interp, f, lp, sp, oparg);
            pc += C_LOAD_SUPER_ATTR;
            continue;
          case Op.RAISE_VARARGS: {
            // CPython: do_raise takes over the operands.
            const cause = oparg === 2 ? popSlot(lp, --sp) : null;
            const exc = oparg >= 1 ? popSlot(lp, --sp) : null;
            if (oparg > 2) PyErr_SetString(interp, 'SystemError', 'bad RAISE_VARARGS oparg');
            raised = doRaise(interp, exc, cause);
            reraise = true;
            break dispatch;
          }
          case Op.PUSH_EXC_INFO: {
            // (new_exc -- prev_exc, new_exc): the handled exception's reference moves to the stack.
            const info = tstate.excInfo;
            const newExc = lp[sp - 1]!;
            lp[sp - 1] = info.excValue ?? s.None;
            Py_INCREF(newExc);
            info.excValue = newExc;
            lp[sp++] = newExc;
            continue;
          }
          case Op.POP_EXCEPT: {
            const info = tstate.excInfo;
            const old = info.excValue;
            info.excValue = popSlot(lp, --sp);
            Py_XDECREF(old);
            continue;
          }
          case Op.CHECK_EXC_MATCH:
            sp = op_CHECK_EXC_MATCH(interp, f, lp, sp, oparg);
            continue;
          case Op.RERAISE: {
            // The stack keeps its operands (the unwinder releases them); the raise takes a new
            // reference. RERAISE 1 restores the instruction the exception came from.
            const exc = lp[sp - 1]!;
            if (oparg !== 0) {
              const lasti = lp[sp - 1 - oparg]!;
              if (lasti.ob_type !== types.int) PyErr_SetString(interp, 'SystemError', 'lasti is not an int');
              reraiseLasti = lasti.ival;
            }
            Py_INCREF(exc);
            raised = exc;
            reraise = true;
            break dispatch;
          }
          case Op.CHECK_EG_MATCH:
            sp = op_CHECK_EG_MATCH(interp, f, lp, sp, oparg);
            continue;
          case Op.CALL_INTRINSIC_2:
            sp = op_CALL_INTRINSIC_2(interp, f, lp, sp, oparg);
            continue;
          case Op.BEFORE_WITH:
            sp = op_BEFORE_WITH(interp, f, lp, sp, oparg);
            continue;
          case Op.WITH_EXCEPT_START:
            // (exit_func, lasti, prev_exc, val -- exit_func, lasti, prev_exc, val, res)
            lp[sp] = withExceptStart(interp, lp[sp - 4]!, lp[sp - 1]!);
            sp++;
            continue;
          case Op.CLEANUP_THROW: {
            // (sub_iter, last_sent_val, exc_value -- none, value): a StopIteration thrown out of
            // the delegate ends the `yield from` with its value; anything else goes on unwinding.
            const exc = lp[sp - 1]!;
            if (!exc.ob_type.isSubtypeOf(excType(interp, 'StopIteration'))) {
              Py_INCREF(exc);
              reraise = true;
              throw exc;
            }
            const value = Py_NewRef(excField(exc, 'value') ?? s.None);
            releaseRange(lp, sp - 3, sp);
            sp -= 3;
            lp[sp++] = s.None;
            lp[sp++] = value;
            continue;
          }
          case Op.END_ASYNC_FOR: {
            // (awaitable, exc -- ): StopAsyncIteration ends the loop; anything else unwinds.
            const exc = lp[sp - 1]!;
            if (!exc.ob_type.isSubtypeOf(excType(interp, 'StopAsyncIteration'))) {
              Py_INCREF(exc);
              reraise = true;
              throw exc;
            }
            releaseRange(lp, sp - 2, sp);
            sp -= 2;
            continue;
          }
          case Op.LOAD_ASSERTION_ERROR:
            lp[sp++] = excType(interp, 'AssertionError');
            continue;
          default:
            notImplemented(interp, op);
        }
      }
    } catch (e) {
      raised = toPyException(interp, e);
    }
    {
      // CPython: the error / exception_unwind / exit_unwind labels.
      let exc = raised!;
      let addEntry = !reraise;
      reraise = false;
      for (;;) {
        // A re-raise goes to the unwinder directly: no traceback entry, no exception event.
        if (addEntry) {
          PyTraceBack_Here(interp, exc, f);
          if (tstate.tracingActive) exc = traceUnwind(interp, tstate, f, exc, false);
        }
        addEntry = true;
        const h = findExceptionHandler(codeHandlers(f.code), f.instr);
        if (reraiseLasti >= 0) {
          f.instr = reraiseLasti;
          reraiseLasti = -1;
        }
        if (h !== null) {
          const level = f.stackBase + h.depth;
          while (sp > level) {
            const v = lp[--sp]!;
            lp[sp] = null;
            Py_XDECREF(v);
          }
          if (h.lasti) lp[sp++] = PyLong_FromNumber(interp, f.instr);
          lp[sp++] = exc;
          pc = h.target;
          break;
        }
        // No handler: the value stack is popped before the frame is cleared, so that a frame
        // object outliving it keeps only the locals. CPython: exception_unwind
        while (sp > f.stackBase) {
          const v = lp[--sp]!;
          lp[sp] = null;
          Py_XDECREF(v);
        }
        if (tstate.tracingActive) exc = traceUnwind(interp, tstate, f, exc, true);
        const done = f;
        tstate.frame = done.previous;
        tstate.pyDepth--;
        done.clear(sp);
        if (done.isEntry) throw exc;
        f = done.previous!;
        // The caller had moved past the call's inline cache when it pushed the frame: its
        // last instruction is the cache's last unit, as CPython's prev_instr is.
        f.instr = f.next - 1;
        units = f.co.units;
        consts = f.co.consts;
        names = f.co.names;
        lp = f.localsplus;
        sp = f.sp;
        pc = f.next;
      }
      kwnames = null;
    }
  }
}
