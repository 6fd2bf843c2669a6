// The eval loop's exception opcodes' helpers. CPython: Python/ceval.c (do_raise,
// check_except_type_valid), Python/errors.c (PyErr_GivenExceptionMatches).
import type { Interpreter } from '../runtime/interpreter.ts';
import { givenExceptionMatches, PyErr_SetObject, PyErr_SetString, PyExceptionClass_Check, PyExceptionInstance_Check,
  _PyErr_GetTopmostException, type PyBaseExceptionObject } from '../objects/exceptions.ts';
import { createExceptionGroup, isExceptionGroup } from '../objects/exceptions_group.ts';
import { callMethod } from '../objects/call.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';

export { givenExceptionMatches };

function newRef(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}
import { Py_DECREF, Py_INCREF, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { reprText } from '../objects/objectops.ts';
import type { PyTupleObject } from '../objects/tupleobject.ts';
import type { PyTypeObject } from '../objects/typeobject.ts';
import { PyObject_CallNoArgs, PyObject_Vectorcall } from '../objects/call.ts';
import { PyObject_LookupSpecial } from '../objects/attributes.ts';
import { internedStr } from '../objects/codeobject.ts';

/** Instantiates an exception class for raise; the result must be an exception instance. */
function instantiate(interp: Interpreter, cls: PyObject): PyObject {
  const value = PyObject_CallNoArgs(interp, cls);
  if (!PyExceptionInstance_Check(interp, value)) {
    const msg = `calling ${reprText(interp, cls)} should have returned an instance of BaseException, not ${reprText(interp, value.ob_type)}`;
    Py_DECREF(value);
    PyErr_SetString(interp, 'TypeError', msg);
  }
  return value;
}

/**
 * `raise exc from cause` (either may be null): takes over both references and throws. A bare
 * `raise` returns the handled exception (a new reference) for the caller to re-raise without a
 * new traceback entry, as CPython's do_raise returning 1 does.
 * CPython: do_raise
 */
export function doRaise(interp: Interpreter, exc: PyObject | null, cause: PyObject | null): PyObject {
  if (exc === null) {
    const value = _PyErr_GetTopmostException(interp.tstate).excValue;
    if (value === null || value === interp.singletons.None) {
      return PyErr_SetString(interp, 'RuntimeError', 'No active exception to reraise');
    }
    if (value.ob_refcnt < 0xffffffff) value.ob_refcnt++;
    return value;
  }
  let value: PyObject;
  try {
    if (PyExceptionClass_Check(interp, exc)) {
      try {
        value = instantiate(interp, exc);
      } finally {
        Py_DECREF(exc);
      }
    } else if (PyExceptionInstance_Check(interp, exc)) {
      value = exc;
    } else {
      Py_DECREF(exc);
      return PyErr_SetString(interp, 'TypeError', 'exceptions must derive from BaseException');
    }
  } catch (e) {
    Py_XDECREF(cause);
    throw e;
  }
  if (cause !== null) {
    let fixed: PyObject | null;
    try {
      if (PyExceptionClass_Check(interp, cause)) {
        try {
          fixed = instantiate(interp, cause);
        } finally {
          Py_DECREF(cause);
        }
      } else if (PyExceptionInstance_Check(interp, cause)) {
        fixed = cause;
      } else if (cause === interp.singletons.None) {
        fixed = null;
      } else {
        Py_DECREF(cause);
        PyErr_SetString(interp, 'TypeError', 'exception causes must derive from BaseException');
      }
    } catch (e) {
      Py_DECREF(value);
      throw e;
    }
    // CPython: PyException_SetCause (steals the cause, sets __suppress_context__)
    const b = (value as PyBaseExceptionObject).body;
    const old = b.cause;
    b.suppressContext = true;
    b.cause = fixed;
    Py_XDECREF(old);
  }
  return PyErr_SetObject(interp, value);
}

const CANNOT_CATCH_MSG = 'catching classes that do not inherit from BaseException is not allowed';

/** Raises TypeError unless `right` is an exception class or a tuple of them. CPython: check_except_type_valid */
export function checkExceptTypeValid(interp: Interpreter, right: PyObject): void {
  if (right.ob_type === interp.types.tuple) {
    for (const exc of (right as PyTupleObject).body) if (!PyExceptionClass_Check(interp, exc)) PyErr_SetString(interp, 'TypeError', CANNOT_CATCH_MSG);
  } else if (!PyExceptionClass_Check(interp, right)) {
    PyErr_SetString(interp, 'TypeError', CANNOT_CATCH_MSG);
  }
}

const CANNOT_EXCEPT_STAR_EG = 'catching ExceptionGroup with except* is not allowed. Use except instead.';

/** check_except_type_valid, and no exception group types. CPython: check_except_star_type_valid */
export function checkExceptStarTypeValid(interp: Interpreter, right: PyObject): void {
  checkExceptTypeValid(interp, right);
  const group = interp.types.exceptions.get('BaseExceptionGroup')!;
  const types = right.ob_type === interp.types.tuple ? (right as PyTupleObject).body : [right];
  if (types.some((t) => (t as PyTypeObject).isSubtypeOf(group))) PyErr_SetString(interp, 'TypeError', CANNOT_EXCEPT_STAR_EG);
}

/**
 * Splits the exception of an except* clause by `matchType`: [match, rest], new references
 * (None for no part). A matching naked exception is wrapped in an ExceptionGroup (without a
 * traceback in 3.12.1). CPython: _PyEval_ExceptionGroupMatch
 */
export function exceptionGroupMatch(interp: Interpreter, excValue: PyObject, matchType: PyObject): [PyObject, PyObject] {
  const none = interp.singletons.None;
  if (excValue === none) return [none, none];
  if (givenExceptionMatches(interp, excValue, matchType)) {
    if (isExceptionGroup(interp, excValue)) return [newRef(excValue), none];
    const excs = tupleFromItemsSteal(interp, [newRef(excValue)]);
    let wrapped: PyObject;
    try {
      wrapped = createExceptionGroup(interp, '', excs);
    } finally {
      Py_DECREF(excs);
    }
    return [wrapped, none];
  }
  if (isExceptionGroup(interp, excValue)) {
    const pair = callMethod(interp, excValue, 'split', [matchType]);
    const typeName = excValue.ob_type.tp_name;
    if (pair.ob_type !== interp.types.tuple) {
      Py_DECREF(pair);
      PyErr_SetString(interp, 'TypeError', `${typeName}.split must return a tuple, not ${pair.ob_type.tp_name}`);
    }
    const items = (pair as PyTupleObject).body;
    if (items.length !== 2) {
      Py_DECREF(pair);
      PyErr_SetString(interp, 'TypeError', `${typeName}.split must return a 2-tuple, got tuple of size ${items.length}`);
    }
    const parts: [PyObject, PyObject] = [newRef(items[0]!), newRef(items[1]!)];
    Py_DECREF(pair);
    return parts;
  }
  return [none, newRef(excValue)];
}

/** Sets the exception being handled (None: none). CPython: PyErr_SetHandledException */
export function setHandledException(interp: Interpreter, exc: PyObject): void {
  const info = interp.tstate.excInfo;
  const old = info.excValue;
  info.excValue = exc === interp.singletons.None ? null : newRef(exc);
  Py_XDECREF(old);
}

/**
 * `with mgr:` entry: [exit, enter()] as new references; mgr stays the caller's to release.
 * CPython: BEFORE_WITH
 */
export function beforeWith(interp: Interpreter, mgr: PyObject): [PyObject, PyObject] {
  const enter = PyObject_LookupSpecial(interp, mgr, internedStr(interp, '__enter__'));
  if (enter === null) {
    PyErr_SetString(interp, 'TypeError', `'${mgr.ob_type.tp_name}' object does not support the context manager protocol`);
  }
  let exit: PyObject | null;
  try {
    exit = PyObject_LookupSpecial(interp, mgr, internedStr(interp, '__exit__'));
  } catch (e) {
    Py_DECREF(enter);
    throw e;
  }
  if (exit === null) {
    Py_DECREF(enter);
    PyErr_SetString(interp, 'TypeError', `'${mgr.ob_type.tp_name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  return [exit, enter];
}

/** exit(type(val), val, val.__traceback__) for a with block left by an exception. CPython: WITH_EXCEPT_START */
export function withExceptStart(interp: Interpreter, exitFunc: PyObject, val: PyObject): PyObject {
  const tb = (val as PyBaseExceptionObject).body.traceback ?? interp.singletons.None;
  return PyObject_Vectorcall(interp, exitFunc, [val.ob_type, val, tb], null);
}
