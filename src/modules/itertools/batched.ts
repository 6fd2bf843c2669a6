// itertools.batched. CPython: Modules/itertoolsmodule.c (batched_new_impl, batched_next).
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import type { PyTypeObject, visitproc } from '../../objects/typeobject.ts';
import { allocInstance, ssizeIndexArg } from '../modsupport.ts';

interface BatchedBody {
  /** The source, null once it is exhausted or failed. */
  it: PyObject | null;
  n: number;
}

// CPython: batched_new_impl
export function batched_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [iterable, nObj] = unpackKeywords(interp, 'batched', ['iterable', 'n'], 0, 2, 2, args, kwnames);
  const n = ssizeIndexArg(interp, nObj!);
  if (n < 1) PyErr_SetString(interp, 'ValueError', 'n must be at least one');
  const it = PyObject_GetIter(interp, iterable!);
  return allocInstance(interp, type, 32, 0, { it, n } satisfies BatchedBody);
}

export function batched_dealloc(o: PyObject): void {
  Py_XDECREF((o.body as BatchedBody).it);
  freeObject(o);
}

export function batched_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const it = (o.body as BatchedBody).it;
  if (it !== null) visit(it, arg);
}

function clearIt(b: BatchedBody): void {
  const it = b.it!;
  b.it = null;
  Py_DECREF(it);
}

// CPython: batched_next — a short last batch; an error drops the batch and ends the iteration.
export function batched_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as BatchedBody;
  if (b.it === null) return null;
  const items: PyObject[] = [];
  try {
    while (items.length < b.n) {
      const item = PyIter_Next(interp, b.it);
      if (item === null) break;
      items.push(item);
    }
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    clearIt(b);
    throw e;
  }
  if (items.length === 0) {
    clearIt(b);
    return null;
  }
  return tupleFromItemsSteal(interp, items);
}
