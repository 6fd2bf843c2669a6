// staticmethod: a callable found through a class or instance as it is. CPython:
// Objects/funcobject.c (sm_descr_get, sm_call, PyStaticMethod_New).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_Vectorcall } from './call.ts';
import { funcWrapperNew, newFuncWrapper, type WrapperBody } from './funcwrapper.ts';
import { Py_NewRef, type PyObject } from './object.ts';
import type { PyTypeObject } from './typeobject.ts';

// CPython: PyStaticMethod_New
export function PyStaticMethod_New(interp: Interpreter, callable: PyObject): PyObject {
  return newFuncWrapper(interp, interp.types.staticmethod, callable);
}

// CPython: sm_descr_get
export function sm_descr_get(o: PyObject): PyObject {
  return Py_NewRef((o.body as WrapperBody).callable);
}

// CPython: sm_call
export function sm_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  return PyObject_Vectorcall(o.ob_type.tp_interp, (o.body as WrapperBody).callable, args, kwnames);
}

export function sm_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  return funcWrapperNew(type, args, kwnames, 'staticmethod');
}
