// The closure opcodes' helpers: the unbound-variable errors of cell and free variables and the
// class body's lookup of a free variable. CPython: Python/ceval.c (format_exc_unbound,
// format_exc_check_arg), Python/bytecodes.c (LOAD_FROM_DICT_OR_DEREF).
import type { Interpreter } from '../runtime/interpreter.ts';
import type { CodeBody } from '../objects/codeobject.ts';
import type { PyCellObject } from '../objects/cellobject.ts';
import { PyDict_GetItem } from '../objects/dictobject.ts';
import { excType, PyErr_SetString, raiseNameErrorFor } from '../objects/exceptions.ts';
import { PyObject_GetItem } from '../objects/abstract.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from '../objects/object.ts';
import { PyUnicode_FromString, unicodeText as text } from '../objects/unicodeobject.ts';


/**
 * The error of reading or deleting the empty cell at localsplus[i]: UnboundLocalError for the
 * frame's own cell variables, NameError (with .name, for suggestions) for free variables.
 * CPython: format_exc_unbound
 */
export function raiseUnboundDeref(interp: Interpreter, co: CodeBody, i: number): never {
  const name = co.localsplusnames[i]!;
  if (i < co.nlocalsplus - co.nfreevars) {
    return PyErr_SetString(interp, 'UnboundLocalError', `cannot access local variable '${text(name)}' where it is not associated with a value`);
  }
  const msg = `cannot access free variable '${text(name)}' where it is not associated with a value in enclosing scope`;
  return raiseNameErrorFor(interp, msg, name);
}

/**
 * A class body's read of a name that is free in it: the class namespace first, else the cell.
 * Returns a new reference; `classDict` stays the caller's. CPython: LOAD_FROM_DICT_OR_DEREF
 */
export function loadFromDictOrDeref(interp: Interpreter, co: CodeBody, lp: readonly (PyObject | null)[], classDict: PyObject, i: number): PyObject {
  const name = co.localsplusnames[i]!;
  let v: PyObject | null;
  if (classDict.ob_type === interp.types.dict) {
    v = PyDict_GetItem(interp, classDict, name);
    if (v !== null) Py_INCREF(v);
  } else {
    try {
      v = PyObject_GetItem(interp, classDict, name);
    } catch (e) {
      const keyError = excType(interp, 'KeyError');
      if (!(e as PyObject).ob_type?.isSubtypeOf(keyError)) throw e;
      Py_DECREF(e as PyObject);
      v = null;
    }
  }
  if (v !== null) return v;
  v = (lp[i] as PyCellObject).body;
  if (v === null) raiseUnboundDeref(interp, co, i);
  Py_INCREF(v);
  return v;
}
