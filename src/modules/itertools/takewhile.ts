// itertools.takewhile. CPython: Modules/itertoolsmodule.c (itertools_takewhile_impl, takewhile_next).
import { Py_DECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next } from '../../objects/objectops.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { funcIterNew, predicate, type FuncIterBody } from './common.ts';
import { itertoolsState } from './state.ts';

export function takewhile_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  return funcIterNew(type, itertoolsState(type.tp_interp).takewhile, 'takewhile', args, kwnames);
}

// CPython: takewhile_next
export function takewhile_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as FuncIterBody;
  if (b.done) return null;
  const item = PyIter_Next(interp, b.it);
  if (item === null) return null;
  let ok: boolean;
  try {
    ok = predicate(interp, b.func, item);
  } catch (e) {
    Py_DECREF(item);
    throw e;
  }
  if (ok) return item;
  Py_DECREF(item);
  b.done = true;
  return null;
}
