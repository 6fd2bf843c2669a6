// The generator opcodes' helpers: SEND's step of a `yield from` / `await`, and
// CALL_INTRINSIC_1's generator intrinsic. CPython: Python/bytecodes.c (SEND),
// Python/intrinsics.c (stopiteration_error), Objects/genobject.c
// (_PyGen_FetchStopIterationValue).
import { CO_ASYNC_GENERATOR, CO_COROUTINE } from '../compiler/code.ts';
import { intrinsic1 } from './ceval_containers.ts';
import { importStar } from './ceval_import.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { excField, excType, newException, PyErr_SetString, type PyBaseExceptionObject } from '../objects/exceptions.ts';
import { asyncGenWrapValue } from '../objects/asyncgenobject.ts';
import { _PyCoro_GetAwaitableIter } from '../objects/coroobject.ts';
import { gen_send_ex2, genReturned, type PyGenObject } from '../objects/genobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { PyObject_GetMethod, PyObject_LookupSpecial } from '../objects/attributes.ts';
import { PyObject_CallNoArgs, PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem } from '../objects/dictobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { FRAME_EXECUTING, type Frame } from './frame.ts';

let returned = false;

/** After sendTo: whether the receiver finished (its result is the return value). */
export function sendReturned(): boolean {
  return returned;
}

/**
 * The value of a StopIteration being caught (a new reference): its first argument, else None.
 * Takes over `exc`. CPython: _PyGen_FetchStopIterationValue
 */
export function stopIterationValue(interp: Interpreter, exc: PyObject): PyObject {
  const v = Py_NewRef(excField(exc, 'value') ?? interp.singletons.None);
  Py_DECREF(exc);
  return v;
}

/**
 * One step of SEND: sends `v` (borrowed) into `receiver`; the yielded value, or the returned one
 * with sendReturned() true. CPython inlines a generator receiver's frame into the running loop;
 * here it is resumed by gen_send_ex2 directly, which like the inlined frame makes no
 * StopIteration for the return value. CPython: SEND
 */
export function sendTo(interp: Interpreter, receiver: PyObject, v: PyObject): PyObject {
  const t = interp.types;
  returned = false;
  if ((receiver.ob_type === t.generator || receiver.ob_type === t.coroutine) && (receiver as PyGenObject).body.state < FRAME_EXECUTING) {
    const r = gen_send_ex2(interp, receiver, v, null, false)!;
    returned = genReturned();
    return r;
  }
  let r: PyObject | null;
  try {
    if (v === interp.singletons.None && receiver.ob_type.tp_iternext !== null) {
      r = receiver.ob_type.tp_iternext(receiver);
    } else {
      // CPython: PyObject_CallMethodOneArg(receiver, "send", v)
      const [meth, self] = PyObject_GetMethod(interp, receiver, internedStr(interp, 'send'));
      try {
        r = PyObject_Vectorcall(interp, meth, self === null ? [v] : [self, v], null);
      } finally {
        Py_DECREF(meth);
        Py_XDECREF(self);
      }
    }
  } catch (e) {
    const exc = e as PyObject;
    if (exc.ob_type === undefined || !exc.ob_type.isSubtypeOf(excType(interp, 'StopIteration'))) throw e;
    returned = true;
    return stopIterationValue(interp, exc);
  }
  if (r === null) {
    returned = true;
    return interp.singletons.None;
  }
  return r;
}

const INTRINSIC_STOPITERATION_ERROR = 3;

/**
 * PEP 479: a StopIteration (or, in an async generator, StopAsyncIteration) leaving a generator's
 * body becomes RuntimeError, with the original as its cause and context. Returns a new reference.
 * CPython: stopiteration_error
 */
function stopIterationError(interp: Interpreter, frame: Frame, exc: PyObject): PyObject {
  const flags = frame.co.desc.co_flags;
  let msg: string | null = null;
  if (exc.ob_type.isSubtypeOf(excType(interp, 'StopIteration'))) {
    msg = flags & CO_ASYNC_GENERATOR ? 'async generator raised StopIteration' : flags & CO_COROUTINE ? 'coroutine raised StopIteration' : 'generator raised StopIteration';
  } else if (flags & CO_ASYNC_GENERATOR && exc.ob_type.isSubtypeOf(excType(interp, 'StopAsyncIteration'))) {
    msg = 'async generator raised StopAsyncIteration';
  }
  if (msg === null) return Py_NewRef(exc);
  const error = newException(interp, excType(interp, 'RuntimeError'), [PyUnicode_FromString(interp, msg)]);
  const b = (error as PyBaseExceptionObject).body;
  b.cause = Py_NewRef(exc);
  b.suppressContext = true;
  b.context = Py_NewRef(exc);
  return error;
}

const INTRINSIC_ASYNC_GEN_WRAP = 4;
const INTRINSIC_PRINT = 1;
/** CPython: INTRINSIC_IMPORT_STAR */
const INTRINSIC_IMPORT_STAR = 2;

/** CALL_INTRINSIC_1's function `oparg` on `value` (borrowed): a new reference. */
export function callIntrinsic1(interp: Interpreter, frame: Frame, oparg: number, value: PyObject): PyObject {
  if (oparg === INTRINSIC_STOPITERATION_ERROR) return stopIterationError(interp, frame, value);
  if (oparg === INTRINSIC_ASYNC_GEN_WRAP) return asyncGenWrapValue(interp, value);
  if (oparg === INTRINSIC_IMPORT_STAR) return importStar(interp, frame, value);
  if (oparg === INTRINSIC_PRINT) {
    // CPython: print_expr
    const hook = interp.sysDict === null ? null : PyDict_GetItem(interp, interp.sysDict, internedStr(interp, 'displayhook'));
    if (hook === null) PyErr_SetString(interp, 'RuntimeError', 'lost sys.displayhook');
    return PyObject_Vectorcall(interp, hook, [value], null);
  }
  return intrinsic1(interp, oparg, value);
}

/** `async for`'s iterator of `obj` (borrowed): a new reference. CPython: GET_AITER */
export function getAIter(interp: Interpreter, obj: PyObject): PyObject {
  const getter = obj.ob_type.tp_as_async?.am_aiter;
  if (getter === undefined) {
    PyErr_SetString(interp, 'TypeError', `'async for' requires an object with __aiter__ method, got ${obj.ob_type.tp_name}`);
  }
  const iter = getter(obj);
  if (iter.ob_type.tp_as_async?.am_anext === undefined) {
    Py_DECREF(iter);
    PyErr_SetString(interp, 'TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${iter.ob_type.tp_name}`);
  }
  return iter;
}

/** The awaitable of `async for`'s next step (a new reference). CPython: GET_ANEXT */
export function getANext(interp: Interpreter, aiter: PyObject): PyObject {
  const type = aiter.ob_type;
  if (type === interp.types.async_generator) return type.tp_as_async!.am_anext!(aiter);
  const getter = type.tp_as_async?.am_anext;
  if (getter === undefined) PyErr_SetString(interp, 'TypeError', `'async for' requires an iterator with __anext__ method, got ${type.tp_name}`);
  const nextIter = getter(aiter);
  try {
    return _PyCoro_GetAwaitableIter(interp, nextIter);
  } catch (e) {
    const error = newException(interp, excType(interp, 'TypeError'),
      [PyUnicode_FromString(interp, `'async for' received an invalid object from __anext__: ${nextIter.ob_type.tp_name}`)]);
    // CPython: _PyErr_FormatFromCause — the new error's cause and context are the first one.
    const b = (error as PyBaseExceptionObject).body;
    b.cause = Py_NewRef(e as PyObject);
    b.suppressContext = true;
    b.context = e as PyObject;
    throw error;
  } finally {
    Py_DECREF(nextIter);
  }
}

/**
 * `async with`'s start: replaces the manager at lp[i] by its bound __aexit__ and pushes what
 * calling __aenter__ returned (the awaitable GET_AWAITABLE turns into an iterator). A lookup
 * error leaves the manager on the stack; once both are found it is released before the call.
 * CPython: BEFORE_ASYNC_WITH
 */
export function beforeAsyncWith(interp: Interpreter, lp: (PyObject | null)[], i: number): void {
  const mgr = lp[i]!;
  const enter = PyObject_LookupSpecial(interp, mgr, internedStr(interp, '__aenter__'));
  if (enter === null) {
    PyErr_SetString(interp, 'TypeError', `'${mgr.ob_type.tp_name}' object does not support the asynchronous context manager protocol`);
  }
  let exit: PyObject | null;
  try {
    exit = PyObject_LookupSpecial(interp, mgr, internedStr(interp, '__aexit__'));
    if (exit === null) {
      PyErr_SetString(interp, 'TypeError',
        `'${mgr.ob_type.tp_name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
    }
  } catch (e) {
    Py_DECREF(enter);
    throw e;
  }
  lp[i] = null;
  Py_DECREF(mgr);
  let res: PyObject;
  try {
    res = PyObject_CallNoArgs(interp, enter);
  } catch (e) {
    Py_DECREF(enter);
    Py_DECREF(exit);
    throw e;
  }
  Py_DECREF(enter);
  lp[i] = exit;
  lp[i + 1] = res;
}
