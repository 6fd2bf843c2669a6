// What the eval loop and its opcode helpers share: turning anything thrown into a Python
// exception, stack slot helpers, the errors of unbound names, pushing a frame (with the
// recursion limit) and the trace and profile events around calls and unwinding.
// CPython: Python/ceval.c (format_exc_check_arg, _Py_EnterRecursivePy, _PyEvalFramePushAndInit,
// monitor_raise, monitor_unwind).
import { opname } from '../bytecode/opcodes.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { chainRaised, excType, newException, PyErr_SetString, raiseNameErrorFor } from '../objects/exceptions.ts';
import type { PyFunctionObject } from '../objects/funcobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { profileCCall, traceException, traceReturn } from './ceval_trace.ts';
import { PyNumericError } from '../objects/numeric/errors.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from '../objects/object.ts';
import { PyTraceBack_Here } from '../objects/traceback.ts';
import { PyUnicode_FromString, unicodeText as text } from '../objects/unicodeobject.ts';
import { initializeLocals } from './call.ts';
import { Frame, type ThreadState } from './frame.ts';
/** The NameError (or subclass) of an unbound name; keeps the name for suggestions. */
// CPython: format_exc_check_arg (NAME_ERROR_MSG), which also sets NameError.name
export function raiseNameError(interp: Interpreter, name: PyObject): never {
  return raiseNameErrorFor(interp, `name '${text(name)}' is not defined`, name);
}

/**
 * The Python exception for anything thrown: exception objects as they are, the numeric layer's
 * errors as their Python type, a JS stack overflow as RecursionError, any other JS error (a
 * Glasspy bug) as SystemError. A converted error is chained as a raise would chain it.
 */
export function toPyException(interp: Interpreter, e: unknown): PyObject {
  if (e instanceof Object && !(e instanceof Error) && (e as PyObject).ob_type !== undefined) return e as PyObject;
  const exc = convertJsError(interp, e);
  chainRaised(interp, exc);
  return exc;
}

export function convertJsError(interp: Interpreter, e: unknown): PyObject {
  if (e instanceof PyNumericError) {
    const args = e.pyArgs.map((a) => (typeof a === 'string' ? PyUnicode_FromString(interp, a) : PyLong_FromNumber(interp, a)));
    return newException(interp, excType(interp, e.pyType), args);
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return newException(interp, excType(interp, 'RecursionError'), [PyUnicode_FromString(interp, 'maximum recursion depth exceeded')]);
  }
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return newException(interp, excType(interp, 'SystemError'), [PyUnicode_FromString(interp, `Glasspy internal error: ${what}`)]);
}

/** The item at slot i, which the caller takes over; the slot is cleared. */
export function popSlot(lp: (PyObject | null)[], i: number): PyObject {
  const v = lp[i]!;
  lp[i] = null;
  return v;
}

/** Releases the stack slots [from, to), last to first, as the generated DECREF_INPUTS loops do. */
export function releaseRange(lp: (PyObject | null)[], from: number, to: number): void {
  for (let k = to; --k >= from;) {
    const v = lp[k]!;
    lp[k] = null;
    Py_DECREF(v);
  }
}

/** The UnboundLocalError of a fast local read or deleted before assignment. CPython: UNBOUNDLOCAL_ERROR_MSG */
export function raiseUnboundLocal(interp: Interpreter, name: PyObject): never {
  return PyErr_SetString(interp, 'UnboundLocalError', `cannot access local variable '${text(name)}' where it is not associated with a value`);
}

export function notImplemented(interp: Interpreter, op: number): never {
  return PyErr_SetString(interp, 'SystemError', `Glasspy does not implement opcode ${opname(op)} yet`);
}

/** Pushes the frame onto the thread's chain, or raises RecursionError. CPython: _Py_EnterRecursivePy */
export function enterFrame(interp: Interpreter, tstate: ThreadState, frame: Frame): void {
  if (tstate.pyDepth >= tstate.recursionLimit) {
    frame.clear(frame.sp);
    PyErr_SetString(interp, 'RecursionError', 'maximum recursion depth exceeded');
  }
  tstate.pyDepth++;
  frame.previous = tstate.frame;
  tstate.frame = frame;
}

/**
 * A frame for calling `func` with `args` (borrowed; the frame takes its own references), not yet
 * pushed. CPython: _PyEvalFramePushAndInit
 */
export function makeFunctionFrame(interp: Interpreter, func: PyObject, args: readonly PyObject[], kwnames: PyObject | null, locals: PyObject | null = null): Frame {
  const fb = (func as PyFunctionObject).body;
  Py_INCREF(fb.code);
  Py_INCREF(func);
  if (locals !== null) Py_INCREF(locals);
  const frame = Frame.acquire(fb.code, func, fb.globals, fb.builtins, locals);
  try {
    initializeLocals(interp, func, frame, args, kwnames);
  } catch (e) {
    frame.clear(frame.stackBase);
    throw e;
  }
  return frame;
}

/**
 * The 'exception' event as an exception reaches a frame, or the 'return' event (with None) as
 * it leaves one. An exception raised by the trace function replaces the one propagating.
 */
export function traceUnwind(interp: Interpreter, tstate: ThreadState, f: Frame, exc: PyObject, leaving: boolean): PyObject {
  try {
    if (leaving) traceReturn(interp, tstate, f, null);
    else traceException(interp, tstate, f, exc);
    return exc;
  } catch (e) {
    Py_DECREF(exc);
    const replaced = toPyException(interp, e);
    PyTraceBack_Here(interp, replaced, f);
    return replaced;
  }
}

/** A call of a callable that is not a Python function, with the profile function's c_* events. */
export function profiledCall(interp: Interpreter, tstate: ThreadState, f: Frame, callable: PyObject, args: readonly PyObject[], kw: PyObject | null): PyObject {
  profileCCall(interp, tstate, f, callable, 'c_call');
  let res: PyObject;
  try {
    res = PyObject_Vectorcall(interp, callable, args, kw);
  } catch (e) {
    profileCCall(interp, tstate, f, callable, 'c_exception');
    throw e;
  }
  profileCCall(interp, tstate, f, callable, 'c_return');
  return res;
}

