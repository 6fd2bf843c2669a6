// builtin_function_or_method. CPython: Objects/methodobject.c (PyCFunction_NewEx,
// meth_dealloc, meth_repr). A builtin's implementation is a JS function called with the
// vectorcall convention: positional arguments then keyword values, and the keyword names.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { Py_XDECREF, type PyObject } from './object.ts';

/**
 * A builtin's code: `args` are borrowed (positional arguments, then the values of `kwnames`,
 * a tuple of str, or null); returns a new reference. CPython: vectorcallfunc
 */
export type BuiltinImpl = (interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null) => PyObject;

export interface BuiltinBody {
  readonly name: string;
  readonly impl: BuiltinImpl;
  /** m_self: the module (for module functions) or the bound object; null for none. */
  readonly self: PyObject | null;
}

export interface PyCFunctionObject extends PyObject {
  body: BuiltinBody;
}

/** sizeof(PyCFunctionObject) on 64-bit 3.12. */
const SIZEOF_PYCFUNCTIONOBJECT = 56;

/** A new builtin function; `self` is stolen. CPython: PyCFunction_NewEx */
export function PyCFunction_New(interp: Interpreter, name: string, impl: BuiltinImpl, self: PyObject | null): PyObject {
  return allocObject(interp, interp.types.builtin_function_or_method, SIZEOF_PYCFUNCTIONOBJECT, 0, { name, impl, self });
}

// CPython: meth_dealloc
export function meth_dealloc(o: PyObject): void {
  Py_XDECREF((o as PyCFunctionObject).body.self);
  freeObject(o);
}
