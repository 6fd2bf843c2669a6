// itertools.cycle. CPython: Modules/itertoolsmodule.c (itertools_cycle_impl, cycle_next).
import { freeObject } from '../../objects/alloc.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../../objects/objectops.ts';
import { PyList_Append, PyList_New, type PyListObject } from '../../objects/listobject.ts';
import type { PyTypeObject, visitproc } from '../../objects/typeobject.ts';
import { allocInstance, positionalNew } from '../modsupport.ts';
import { itertoolsState } from './state.ts';

interface CycleBody {
  /** The source, until it is exhausted. */
  it: PyObject | null;
  /** What the first pass yielded: a list, as CPython's lz->saved. */
  saved: PyListObject;
  index: number;
}

// CPython: itertools_cycle_impl
export function cycle_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  positionalNew(type, itertoolsState(interp).cycle, 'cycle', args, kwnames, 1, 1);
  const it = PyObject_GetIter(interp, args[0]!);
  let saved: PyListObject;
  try {
    saved = PyList_New(interp, 0);
  } catch (e) {
    Py_DECREF(it);
    throw e;
  }
  return allocInstance(interp, type, 56, 0, { it, saved, index: 0 } satisfies CycleBody);
}

export function cycle_dealloc(o: PyObject): void {
  const b = o.body as CycleBody;
  Py_XDECREF(b.it);
  Py_DECREF(b.saved);
  freeObject(o);
}

export function cycle_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as CycleBody;
  if (b.it !== null) visit(b.it, arg);
  visit(b.saved, arg);
}

// CPython: cycle_next — the first pass saves what it yields, later passes replay it.
export function cycle_next(o: PyObject): PyObject | null {
  const b = o.body as CycleBody;
  if (b.it !== null) {
    const item = PyIter_Next(o.ob_type.tp_interp, b.it);
    if (item !== null) {
      PyList_Append(b.saved, item);
      return item;
    }
    Py_DECREF(b.it);
    b.it = null;
  }
  const saved = b.saved.body;
  if (saved.length === 0) return null;
  const item = saved[b.index]!;
  b.index = b.index + 1 >= saved.length ? 0 : b.index + 1;
  return Py_NewRef(item);
}
