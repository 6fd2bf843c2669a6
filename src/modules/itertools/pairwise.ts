// itertools.pairwise. CPython: Modules/itertoolsmodule.c (pairwise_new_impl, pairwise_next).
import { freeObject } from '../../objects/alloc.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import type { PyTypeObject, visitproc } from '../../objects/typeobject.ts';
import { allocInstance, positionalNew } from '../modsupport.ts';
import { itertoolsState } from './state.ts';

interface PairwiseBody {
  it: PyObject | null;
  old: PyObject | null;
}

// CPython: pairwise_new_impl
export function pairwise_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  positionalNew(type, itertoolsState(interp).pairwise, 'pairwise', args, kwnames, 1, 1);
  const it = PyObject_GetIter(interp, args[0]!);
  return allocInstance(interp, type, 32, 0, { it, old: null } satisfies PairwiseBody);
}

export function pairwise_dealloc(o: PyObject): void {
  const b = o.body as PairwiseBody;
  Py_XDECREF(b.it);
  Py_XDECREF(b.old);
  freeObject(o);
}

export function pairwise_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as PairwiseBody;
  if (b.it !== null) visit(b.it, arg);
  if (b.old !== null) visit(b.old, arg);
}

function clear(b: PairwiseBody): void {
  const { it, old } = b;
  b.it = null;
  b.old = null;
  Py_XDECREF(it);
  Py_XDECREF(old);
}

// CPython: pairwise_next — an error or the end releases the source.
export function pairwise_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as PairwiseBody;
  const it = b.it;
  if (it === null) return null;
  let item: PyObject | null;
  try {
    if (b.old === null) {
      b.old = PyIter_Next(interp, it);
      if (b.old === null) {
        clear(b);
        return null;
      }
    }
    item = PyIter_Next(interp, it);
  } catch (e) {
    clear(b);
    throw e;
  }
  if (item === null) {
    clear(b);
    return null;
  }
  const result = tupleFromItemsSteal(interp, [Py_NewRef(b.old), Py_NewRef(item)]);
  const old = b.old;
  b.old = item;
  Py_DECREF(old);
  return result;
}
