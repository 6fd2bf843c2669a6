// itertools.zip_longest. CPython: Modules/itertoolsmodule.c (zip_longest_new, zip_longest_next).
// The result tuple is reused while nobody else holds it, as CPython's is.
import { freeObject } from '../../objects/alloc.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../../objects/objectops.ts';
import { PyTuple_New, type PyTupleObject } from '../../objects/tupleobject.ts';
import type { PyTypeObject, visitproc } from '../../objects/typeobject.ts';
import { unicodeText } from '../../objects/unicodeobject.ts';
import { allocInstance, kwCount } from '../modsupport.ts';

interface ZipLongestBody {
  /** The tuple of iterators; an exhausted one is replaced by None. */
  ittuple: PyTupleObject;
  numactive: number;
  result: PyTupleObject;
  fillvalue: PyObject;
}

// CPython: zip_longest_new
export function zip_longest_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const nkw = kwCount(kwnames);
  const npos = args.length - nkw;
  let fillvalue = interp.singletons.None;
  if (nkw > 0) {
    if (nkw !== 1 || unicodeText((kwnames!.body as PyObject[])[0]!) !== 'fillvalue') {
      PyErr_SetString(interp, 'TypeError', 'zip_longest() got an unexpected keyword argument');
    }
    fillvalue = args[npos]!;
  }
  const ittuple = PyTuple_New(interp, npos);
  try {
    for (let i = 0; i < npos; i++) ittuple.body[i] = PyObject_GetIter(interp, args[i]!);
  } catch (e) {
    Py_DECREF(ittuple);
    throw e;
  }
  const result = PyTuple_New(interp, npos);
  for (let i = 0; i < npos; i++) result.body[i] = Py_NewRef(interp.singletons.None);
  return allocInstance(interp, type, 56, 0, { ittuple, numactive: npos, result, fillvalue: Py_NewRef(fillvalue) } satisfies ZipLongestBody);
}

export function zip_longest_dealloc(o: PyObject): void {
  const b = o.body as ZipLongestBody;
  Py_DECREF(b.ittuple);
  Py_DECREF(b.result);
  Py_DECREF(b.fillvalue);
  freeObject(o);
}

export function zip_longest_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as ZipLongestBody;
  visit(b.ittuple, arg);
  visit(b.result, arg);
  visit(b.fillvalue, arg);
}

/** The next item of iterator i, the fill value once it is exhausted; null when all are. */
function nextItem(o: PyObject, b: ZipLongestBody, i: number): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const it = b.ittuple.body[i]!;
  if (it === interp.singletons.None) return Py_NewRef(b.fillvalue);
  let item: PyObject | null;
  try {
    item = PyIter_Next(interp, it);
  } catch (e) {
    b.numactive = 0;
    throw e;
  }
  if (item !== null) return item;
  b.numactive--;
  if (b.numactive === 0) return null;
  b.ittuple.body[i] = Py_NewRef(interp.singletons.None);
  Py_DECREF(it);
  return Py_NewRef(b.fillvalue);
}

// CPython: zip_longest_next
export function zip_longest_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as ZipLongestBody;
  const n = b.ittuple.body.length;
  if (n === 0 || b.numactive === 0) return null;
  let result = b.result;
  const reuse = result.ob_refcnt === 1;
  if (reuse) Py_INCREF(result);
  else result = PyTuple_New(interp, n);
  for (let i = 0; i < n; i++) {
    let item: PyObject | null;
    try {
      item = nextItem(o, b, i);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    if (item === null) {
      Py_DECREF(result);
      return null;
    }
    const old = result.body[i];
    result.body[i] = item;
    if (reuse) Py_DECREF(old!);
  }
  return result;
}
