// itertools.filterfalse. CPython: Modules/itertoolsmodule.c (itertools_filterfalse_impl, filterfalse_next).
import { Py_DECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_IsTrue } from '../../objects/objectops.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { funcIterNew, predicate, type FuncIterBody } from './common.ts';
import { itertoolsState } from './state.ts';

export function filterfalse_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  return funcIterNew(type, itertoolsState(type.tp_interp).filterfalse, 'filterfalse', args, kwnames);
}

// CPython: filterfalse_next — None and bool test the items themselves.
export function filterfalse_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as FuncIterBody;
  const checktrue = b.func === interp.singletons.None || b.func === interp.types.bool;
  for (;;) {
    const item = PyIter_Next(interp, b.it);
    if (item === null) return null;
    let ok: boolean;
    try {
      ok = checktrue ? PyObject_IsTrue(interp, item) : predicate(interp, b.func, item);
    } catch (e) {
      Py_DECREF(item);
      throw e;
    }
    if (!ok) return item;
    Py_DECREF(item);
  }
}
