// itertools.dropwhile. CPython: Modules/itertoolsmodule.c (itertools_dropwhile_impl, dropwhile_next).
import { Py_DECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next } from '../../objects/objectops.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { funcIterNew, predicate, type FuncIterBody } from './common.ts';
import { itertoolsState } from './state.ts';

export function dropwhile_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  return funcIterNew(type, itertoolsState(type.tp_interp).dropwhile, 'dropwhile', args, kwnames);
}

// CPython: dropwhile_next
export function dropwhile_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as FuncIterBody;
  for (;;) {
    const item = PyIter_Next(interp, b.it);
    if (item === null || b.done) return item;
    let ok: boolean;
    try {
      ok = predicate(interp, b.func, item);
    } catch (e) {
      Py_DECREF(item);
      throw e;
    }
    if (!ok) {
      b.done = true;
      return item;
    }
    Py_DECREF(item);
  }
}
