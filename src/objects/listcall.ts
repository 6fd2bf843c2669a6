// Calling a key function from native code, until objects can be called generically.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_SetString } from './exceptions.ts';
import type { PyObject } from './object.ts';
import type { PyCFunctionObject } from './methodobject.ts';
import { PyTypeObject } from './typeobject.ts';

// CPython: PyObject_CallOneArg
export function callOneArg(interp: Interpreter, callable: PyObject, arg: PyObject): PyObject {
  if (callable.ob_type === interp.types.builtin_function_or_method) {
    const cf = (callable as PyCFunctionObject).body;
    return cf.impl(interp, cf.self, [arg], null);
  }
  if (callable instanceof PyTypeObject && callable.tp_vectorcall !== null) return callable.tp_vectorcall(callable, [arg], null);
  return PyErr_SetString(interp, 'SystemError', `Glasspy does not implement calling ${callable.ob_type.tp_name} objects from native code yet`);
}
