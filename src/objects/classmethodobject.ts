// classmethod: a callable bound to the class it is found through. CPython: Objects/funcobject.c
// (cm_descr_get, PyClassMethod_New).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyMethod_New } from './classobject.ts';
import { funcWrapperNew, newFuncWrapper, type WrapperBody } from './funcwrapper.ts';
import type { PyObject } from './object.ts';
import type { PyTypeObject } from './typeobject.ts';

// CPython: PyClassMethod_New
export function PyClassMethod_New(interp: Interpreter, callable: PyObject): PyObject {
  return newFuncWrapper(interp, interp.types.classmethod, callable);
}

/** Binds to the type (the object's type when only an object is given). CPython: cm_descr_get */
export function cm_descr_get(o: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const interp = o.ob_type.tp_interp;
  const t = type ?? obj!.ob_type;
  const f = (o.body as WrapperBody).callable;
  // 3.12 still chains: a classmethod around a descriptor binds through that descriptor.
  const get = f.ob_type.tp_descr_get;
  if (get !== null && f.ob_type !== interp.types.function) return get(f, t, t);
  return PyMethod_New(interp, f, t);
}

export function cm_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  return funcWrapperNew(type, args, kwnames, 'classmethod');
}
