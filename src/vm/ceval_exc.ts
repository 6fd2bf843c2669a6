// The eval loop's exception opcodes' helpers. CPython: Python/ceval.c (do_raise,
// check_except_type_valid), Python/errors.c (PyErr_GivenExceptionMatches).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_SetObject, PyErr_SetString, PyExceptionClass_Check, PyExceptionInstance_Check,
  _PyErr_GetTopmostException, type PyBaseExceptionObject } from '../objects/exceptions.ts';
import { Py_DECREF, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { reprText } from '../objects/objectops.ts';
import type { PyTupleObject } from '../objects/tupleobject.ts';
import type { PyTypeObject } from '../objects/typeobject.ts';
import { PyObject_CallNoArgs } from '../objects/call.ts';

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
      value = instantiate(interp, exc);
      Py_DECREF(exc);
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
        fixed = instantiate(interp, cause);
        Py_DECREF(cause);
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

/** Whether the exception (or exception class) `err` matches `exc`, a class or a tuple of them. CPython: PyErr_GivenExceptionMatches */
export function givenExceptionMatches(interp: Interpreter, err: PyObject, exc: PyObject): boolean {
  if (exc.ob_type === interp.types.tuple) {
    for (const e of (exc as PyTupleObject).body) if (givenExceptionMatches(interp, err, e)) return true;
    return false;
  }
  const errType = PyExceptionInstance_Check(interp, err) ? err.ob_type : err;
  if (PyExceptionClass_Check(interp, errType) && PyExceptionClass_Check(interp, exc)) {
    return (errType as PyTypeObject).isSubtypeOf(exc as PyTypeObject);
  }
  return errType === exc;
}
