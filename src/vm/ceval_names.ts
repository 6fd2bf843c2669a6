// LOAD_NAME and DELETE_NAME on a namespace that is not an exact dict (exec() and eval()
// with a mapping, or a dict subclass, for locals) and SETUP_ANNOTATIONS. CPython: Python/bytecodes.c (the
// PyObject_GetItem and PyObject_DelItem branches of those instructions).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_DelItem, PyObject_GetItem, PyObject_SetItem } from '../objects/abstract.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { excType, PyErr_SetString } from '../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';

function isKeyError(interp: Interpreter, e: unknown): boolean {
  const t = (e as PyObject).ob_type;
  return t !== undefined && t.isSubtypeOf(excType(interp, 'KeyError'));
}

/** mapping[name], or null when that raises KeyError (a new reference). */
function getItemOrNull(interp: Interpreter, mapping: PyObject, name: PyObject): PyObject | null {
  try {
    return PyObject_GetItem(interp, mapping, name);
  } catch (e) {
    if (!isKeyError(interp, e)) throw e;
    Py_DECREF(e as PyObject);
    return null;
  }
}

/** LOAD_NAME with `locals` a mapping: a new reference, or null when the name is unbound. */
export function loadNameFromMapping(interp: Interpreter, locals: PyObject, globals: PyObject, builtins: PyObject, name: PyObject): PyObject | null {
  const v = getItemOrNull(interp, locals, name);
  if (v !== null) return v;
  const g = PyDict_GetItem(interp, globals, name) ?? PyDict_GetItem(interp, builtins, name);
  return g === null ? null : Py_NewRef(g);
}

/** DELETE_NAME with `locals` a mapping: false when deleting fails (any error becomes the NameError). */
export function deleteNameFromMapping(interp: Interpreter, locals: PyObject, name: PyObject): boolean {
  try {
    PyObject_DelItem(interp, locals, name);
    return true;
  } catch (e) {
    if ((e as PyObject).ob_type === undefined) throw e;
    Py_DECREF(e as PyObject);
    return false;
  }
}

/**
 * SETUP_ANNOTATIONS: a namespace's __annotations__ dict, created when absent (a module or class
 * body with annotations). CPython: Python/bytecodes.c SETUP_ANNOTATIONS
 */
export function setupAnnotations(interp: Interpreter, locals: PyObject | null): void {
  if (locals === null) PyErr_SetString(interp, 'SystemError', 'no locals found when setting up annotations');
  const key = internedStr(interp, '__annotations__');
  if (locals.ob_type === interp.types.dict) {
    if (PyDict_GetItem(interp, locals, key) !== null) return;
    const d = PyDict_New(interp);
    try {
      PyDict_SetItem(interp, locals, key, d);
    } finally {
      Py_DECREF(d);
    }
    return;
  }
  const existing = getItemOrNull(interp, locals, key);
  if (existing !== null) {
    Py_DECREF(existing);
    return;
  }
  const d = PyDict_New(interp);
  try {
    PyObject_SetItem(interp, locals, key, d);
  } finally {
    Py_DECREF(d);
  }
}
