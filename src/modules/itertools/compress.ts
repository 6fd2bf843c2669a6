// itertools.compress. CPython: Modules/itertoolsmodule.c (itertools_compress_impl, compress_next).
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { Py_DECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue } from '../../objects/objectops.ts';
import type { PyTypeObject, visitproc } from '../../objects/typeobject.ts';
import { allocInstance } from '../modsupport.ts';

interface CompressBody {
  data: PyObject;
  selectors: PyObject;
}

// CPython: itertools_compress_impl
export function compress_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [seq1, seq2] = unpackKeywords(interp, 'compress', ['data', 'selectors'], 0, 2, 2, args, kwnames);
  const data = PyObject_GetIter(interp, seq1!);
  let selectors: PyObject;
  try {
    selectors = PyObject_GetIter(interp, seq2!);
  } catch (e) {
    Py_DECREF(data);
    throw e;
  }
  return allocInstance(interp, type, 32, 0, { data, selectors } satisfies CompressBody);
}

export function compress_dealloc(o: PyObject): void {
  const b = o.body as CompressBody;
  Py_DECREF(b.data);
  Py_DECREF(b.selectors);
  freeObject(o);
}

export function compress_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as CompressBody;
  visit(b.data, arg);
  visit(b.selectors, arg);
}

// CPython: compress_next
export function compress_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as CompressBody;
  for (;;) {
    const datum = PyIter_Next(interp, b.data);
    if (datum === null) return null;
    let ok: boolean;
    try {
      const selector = PyIter_Next(interp, b.selectors);
      if (selector === null) {
        Py_DECREF(datum);
        return null;
      }
      try {
        ok = PyObject_IsTrue(interp, selector);
      } finally {
        Py_DECREF(selector);
      }
    } catch (e) {
      Py_DECREF(datum);
      throw e;
    }
    if (ok) return datum;
    Py_DECREF(datum);
  }
}
