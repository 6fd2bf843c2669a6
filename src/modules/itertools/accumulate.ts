// itertools.accumulate. CPython: Modules/itertoolsmodule.c (itertools_accumulate_impl, accumulate_next).
import { freeObject } from '../../objects/alloc.ts';
import { PyNumber_Add } from '../../objects/abstract.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../../objects/objectops.ts';
import { type PyTypeObject, type visitproc, visitFields } from '../../objects/typeobject.ts';
import { allocInstance } from '../modsupport.ts';

interface AccumulateBody {
  total: PyObject | null;
  it: PyObject;
  /** The function, null to add. */
  binop: PyObject | null;
  /** The initial value still to be yielded, or null. */
  initial: PyObject | null;
}

// CPython: itertools_accumulate_impl
export function accumulate_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [iterable, func, initial] = unpackKeywords(interp, 'accumulate', ['iterable', 'func', 'initial'], 0, 1, 2, args, kwnames);
  const none = interp.singletons.None;
  const it = PyObject_GetIter(interp, iterable!);
  const binop = func === undefined || func === none ? null : Py_NewRef(func);
  const init = initial === undefined || initial === none ? null : Py_NewRef(initial);
  return allocInstance(interp, type, 56, 0, { total: null, it, binop, initial: init } satisfies AccumulateBody);
}

export function accumulate_dealloc(o: PyObject): void {
  const b = o.body as AccumulateBody;
  Py_XDECREF(b.total);
  Py_DECREF(b.it);
  Py_XDECREF(b.binop);
  Py_XDECREF(b.initial);
  freeObject(o);
}

// CPython: accumulate_traverse
export function accumulate_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as AccumulateBody;
  visitFields(visit, arg, b.binop, b.it, b.total, b.initial);
}

// CPython: accumulate_next
export function accumulate_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as AccumulateBody;
  if (b.initial !== null) {
    b.total = b.initial;
    b.initial = null;
    return Py_NewRef(b.total);
  }
  const val = PyIter_Next(interp, b.it);
  if (val === null) return null;
  if (b.total === null) {
    b.total = val;
    return Py_NewRef(val);
  }
  let newtotal: PyObject;
  try {
    newtotal = b.binop === null ? PyNumber_Add(interp, b.total, val) : PyObject_Vectorcall(interp, b.binop, [b.total, val], null);
  } finally {
    Py_DECREF(val);
  }
  Py_DECREF(b.total);
  b.total = newtotal;
  return Py_NewRef(newtotal);
}
