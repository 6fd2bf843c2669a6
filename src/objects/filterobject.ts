// filter. CPython: Python/bltinmodule.c (filter_vectorcall, filter_new_impl, filter_next).
import { allocObject, freeObject } from './alloc.ts';
import { checkPositional, noKeywords } from './args.ts';
import { PyObject_CallOneArg } from './call.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue } from './objectops.ts';
import type { PyTypeObject, visitproc } from './typeobject.ts';

interface FilterBody {
  func: PyObject;
  it: PyObject;
}

const SIZEOF_FILTEROBJECT = 32;

// CPython: filter_vectorcall
export function filter_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'filter', kwnames);
  checkPositional(interp, 'filter', args.length, 2, 2);
  const it = PyObject_GetIter(interp, args[1]!);
  const func = args[0]!;
  Py_INCREF(func);
  return allocObject(interp, type, SIZEOF_FILTEROBJECT, 0, { func, it } satisfies FilterBody);
}

// CPython: filter_next — None and bool keep the true items themselves.
export function filter_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as FilterBody;
  const checktrue = b.func === interp.singletons.None || b.func === interp.types.bool;
  for (;;) {
    const item = PyIter_Next(interp, b.it);
    if (item === null) return null;
    let ok: boolean;
    try {
      if (checktrue) ok = PyObject_IsTrue(interp, item);
      else {
        const good = PyObject_CallOneArg(interp, b.func, item);
        try {
          ok = PyObject_IsTrue(interp, good);
        } finally {
          Py_DECREF(good);
        }
      }
    } catch (e) {
      Py_DECREF(item);
      throw e;
    }
    if (ok) return item;
    Py_DECREF(item);
  }
}

// CPython: filter_dealloc
export function filter_dealloc(o: PyObject): void {
  const b = o.body as FilterBody;
  Py_DECREF(b.func);
  Py_DECREF(b.it);
  freeObject(o);
}

// CPython: filter_traverse
export function filter_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as FilterBody;
  visit(b.it, arg);
  visit(b.func, arg);
}
