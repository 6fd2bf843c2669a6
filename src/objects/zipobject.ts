// zip. CPython: Python/bltinmodule.c (zip_new, zip_next with strict=True's messages). The
// result tuple is reused while nobody else holds it, as CPython's is.
import { allocObject, freeObject } from './alloc.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_DECREF, Py_INCREF, Py_XDECREF, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue } from './objectops.ts';
import { PyTuple_New, type PyTupleObject } from './tupleobject.ts';
import type { PyTypeObject, visitproc } from './typeobject.ts';
import { unicodeText } from './unicodeobject.ts';

interface ZipBody {
  ittuple: PyTupleObject;
  result: PyTupleObject;
  strict: boolean;
}

const SIZEOF_ZIPOBJECT = 48;

// CPython: zip_new (zip(*iterables, strict=False))
export function zip_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
  const npos = args.length - kw.length;
  let strict = false;
  if (kw.length > 0) {
    const name = unicodeText(kw[0]!);
    if (name !== 'strict') PyErr_SetString(interp, 'TypeError', `'${name}' is an invalid keyword argument for zip()`);
    if (kw.length > 1) PyErr_SetString(interp, 'TypeError', `zip() takes at most 1 keyword argument (${kw.length} given)`);
    strict = PyObject_IsTrue(interp, args[npos]!);
  }
  const ittuple = PyTuple_New(interp, npos);
  try {
    for (let i = 0; i < npos; i++) ittuple.body[i] = PyObject_GetIter(interp, args[i]!);
  } catch (e) {
    Py_DECREF(ittuple);
    throw e;
  }
  const result = PyTuple_New(interp, npos);
  for (let i = 0; i < npos; i++) {
    Py_INCREF(interp.singletons.None);
    result.body[i] = interp.singletons.None;
  }
  return allocObject(interp, type, SIZEOF_ZIPOBJECT, 0, { ittuple, result, strict } satisfies ZipBody);
}

// CPython: zip_next
export function zip_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as ZipBody;
  const its = b.ittuple.body;
  const n = its.length;
  if (n === 0) return null;
  // The result tuple is reused while only the zip holds it. An iterator that raises, or ends,
  // gives it back (the reused one to the zip alone); an ended one may still raise in strict
  // mode's checks.
  let result = b.result;
  if (result.ob_refcnt === 1) Py_INCREF(result);
  else result = PyTuple_New(interp, n);
  let i = 0;
  try {
    for (; i < n; i++) {
      const item = PyIter_Next(interp, its[i]!);
      if (item === null) break;
      const old = result.body[i]!;
      result.body[i] = item;
      // A new tuple's slots are null; a reused one's hold the last items.
      Py_XDECREF(old);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  if (i === n) return result;
  Py_DECREF(result);
  return b.strict ? zipCheck(o, i) : null;
}

// CPython: the `check` label of zip_next — strict=True wants every iterator exhausted together.
function zipCheck(o: PyObject, i: number): null {
  const interp = o.ob_type.tp_interp;
  const its = (o.body as ZipBody).ittuple.body;
  if (i) {
    PyErr_SetString(interp, 'ValueError', `zip() argument ${i + 1} is shorter than argument${i === 1 ? ' ' : 's 1-'}${i}`);
  }
  for (i = 1; i < its.length; i++) {
    const item = PyIter_Next(interp, its[i]!);
    if (item !== null) {
      Py_DECREF(item);
      PyErr_SetString(interp, 'ValueError', `zip() argument ${i + 1} is longer than argument${i === 1 ? ' ' : 's 1-'}${i}`);
    }
  }
  return null;
}

// CPython: zip_dealloc
export function zip_dealloc(o: PyObject): void {
  const b = o.body as ZipBody;
  Py_DECREF(b.ittuple);
  Py_DECREF(b.result);
  freeObject(o);
}

// CPython: zip_traverse
export function zip_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as ZipBody;
  visit(b.ittuple, arg);
  visit(b.result, arg);
}
