// itertools.starmap. CPython: Modules/itertoolsmodule.c (itertools_starmap_impl, starmap_next).
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { Py_DECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next } from '../../objects/objectops.ts';
import { PySequence_Tuple, type PyTupleObject } from '../../objects/tupleobject.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { funcIterNew, type FuncIterBody } from './common.ts';
import { itertoolsState } from './state.ts';

export function starmap_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  return funcIterNew(type, itertoolsState(type.tp_interp).starmap, 'starmap', args, kwnames);
}

// CPython: starmap_next — each item, made a tuple, is the arguments of a call.
export function starmap_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as FuncIterBody;
  const item = PyIter_Next(interp, b.it);
  if (item === null) return null;
  let args: PyObject;
  try {
    args = PySequence_Tuple(interp, item);
  } finally {
    Py_DECREF(item);
  }
  try {
    return PyObject_Vectorcall(interp, b.func, (args as PyTupleObject).body, null);
  } finally {
    Py_DECREF(args);
  }
}
