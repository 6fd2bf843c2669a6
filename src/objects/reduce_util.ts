// Pieces of the pickling protocol the builtin types share: the builtins their __reduce__ names,
// `(getattr, (obj, name))` and the state of an object. Kept apart from objectreduce.ts, which
// imports the import machinery, so that the core types can use them.
import type { Interpreter } from '../runtime/interpreter.ts';
import { callMethod } from './call.ts';
import { internedStr } from './codeobject.ts';
import { PyDict_GetItem } from './dictobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';

/** A builtin by name (a new reference). CPython: _PyEval_GetBuiltin */
export function getBuiltin(interp: Interpreter, name: string): PyObject {
  const f = PyDict_GetItem(interp, interp.builtinsDict, internedStr(interp, name));
  if (f === null) PyErr_SetString(interp, 'AttributeError', name);
  return Py_NewRef(f);
}

/** `(getattr, (obj, name))`: how methods and descriptors pickle; `name` is stolen. */
export function reduceToGetattr(interp: Interpreter, obj: PyObject, name: PyObject): PyObject {
  let getattr: PyObject;
  try {
    getattr = getBuiltin(interp, 'getattr');
  } catch (e) {
    Py_DECREF(name);
    throw e;
  }
  return tupleFromItemsSteal(interp, [getattr, tupleFromItemsSteal(interp, [Py_NewRef(obj), name])]);
}

/**
 * The object's state, None when it has none to give: its __getstate__(), which is object's
 * (state not required) unless a class overrides it. CPython: _PyObject_GetState
 */
export function PyObject_GetState(interp: Interpreter, obj: PyObject): PyObject {
  return callMethod(interp, obj, '__getstate__', []);
}
