// Calling objects from native code. CPython: Objects/call.c (PyObject_Vectorcall,
// _PyObject_MakeTpCall, PyObject_CallOneArg, PyObject_VectorcallMethod) and the special-method
// lookup of Objects/typeobject.c (lookup_maybe_method, vectorcall_maybe).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_DECREF, Py_INCREF, Py_TPFLAGS_METHOD_DESCRIPTOR, type PyObject } from './object.ts';
import { typeLookup } from './typeready.ts';
import { PyObject_GetAttr } from './attributes.ts';
import { internedStr } from './codeobject.ts';

/** callable(*args) with the vectorcall convention (args borrowed); a new reference. CPython: PyObject_Vectorcall */
export function PyObject_Vectorcall(interp: Interpreter, callable: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const call = callable.ob_type.tp_call;
  if (call === null) return PyErr_SetString(interp, 'TypeError', `'${callable.ob_type.tp_name}' object is not callable`);
  return call(callable, args, kwnames);
}

// CPython: PyObject_CallNoArgs / PyObject_CallOneArg
export function PyObject_CallNoArgs(interp: Interpreter, callable: PyObject): PyObject {
  return PyObject_Vectorcall(interp, callable, [], null);
}

export function PyObject_CallOneArg(interp: Interpreter, callable: PyObject, arg: PyObject): PyObject {
  return PyObject_Vectorcall(interp, callable, [arg], null);
}

/**
 * The special method `name` of `self`'s type: [callable (new reference), unbound] — unbound
 * when the callable still needs `self` as its first argument — or null when the type has none.
 * CPython: lookup_maybe_method
 */
export function lookupMaybeMethod(interp: Interpreter, self: PyObject, name: string): [PyObject, boolean] | null {
  const type = self.ob_type;
  const descr = typeLookup(interp, type, name);
  if (descr === null) return null;
  const dt = descr.ob_type;
  if (dt.tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR) {
    Py_INCREF(descr);
    return [descr, true];
  }
  const get = dt.tp_descr_get;
  if (get === null) {
    Py_INCREF(descr);
    return [descr, false];
  }
  return [get(descr, self, type as PyObject), false];
}

/**
 * self.name(*args) through the type, or null when the type has no such method.
 * CPython: vectorcall_maybe / vectorcall_method
 */
export function callMethodMaybe(interp: Interpreter, self: PyObject, name: string, args: readonly PyObject[]): PyObject | null {
  const m = lookupMaybeMethod(interp, self, name);
  if (m === null) return null;
  const [f, unbound] = m;
  try {
    return PyObject_Vectorcall(interp, f, unbound ? [self, ...args] : args, null);
  } finally {
    Py_DECREF(f);
  }
}

/** o.name(*args) through getattr; a new reference. CPython: PyObject_CallMethod */
export function callMethodObj(interp: Interpreter, o: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const m = PyObject_GetAttr(interp, o, internedStr(interp, name));
  try {
    return PyObject_Vectorcall(interp, m, args, null);
  } finally {
    Py_DECREF(m);
  }
}

/** self.name(*args) through the type; AttributeError when missing. CPython: vectorcall_method */
export function callMethod(interp: Interpreter, self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const r = callMethodMaybe(interp, self, name, args);
  if (r === null) return PyErr_SetString(interp, 'AttributeError', name);
  return r;
}

