// map. CPython: Python/bltinmodule.c (map_vectorcall, map_next, map_dealloc).
import { allocObject, freeObject } from './alloc.ts';
import { noKeywords } from './args.ts';
import { PyObject_Vectorcall } from './call.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter } from './objectops.ts';
import { PyTuple_New, type PyTupleObject } from './tupleobject.ts';
import type { PyTypeObject, visitproc } from './typeobject.ts';

interface MapBody {
  iters: PyObject;
  func: PyObject;
}

const SIZEOF_MAPOBJECT = 40;

// CPython: map_vectorcall — the iterators' tuple is made before the iterators.
export function map_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'map', kwnames);
  if (args.length < 2) PyErr_SetString(interp, 'TypeError', 'map() must have at least two arguments.');
  const iters = PyTuple_New(interp, args.length - 1);
  try {
    for (let i = 1; i < args.length; i++) iters.body[i - 1] = PyObject_GetIter(interp, args[i]!);
  } catch (e) {
    Py_DECREF(iters);
    throw e;
  }
  const func = args[0]!;
  Py_INCREF(func);
  return allocObject(interp, type, SIZEOF_MAPOBJECT, 0, { iters, func } satisfies MapBody);
}

// CPython: map_next
export function map_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as MapBody;
  const iters = (b.iters as PyTupleObject).body;
  // More than 5 arguments take a heap block (CPython's small_stack holds _PY_FASTCALL_SMALL_STACK).
  const heap = iters.length > 5 ? interp.obmalloc.malloc(iters.length * 8) : 0;
  const stack: PyObject[] = [];
  try {
    for (const it of iters) {
      const val = PyIter_Next(interp, it);
      if (val === null) return null;
      stack.push(val);
    }
    return PyObject_Vectorcall(interp, b.func, stack, null);
  } finally {
    for (const v of stack) Py_DECREF(v);
    if (heap !== 0) interp.obmalloc.free(heap);
  }
}

// CPython: map_dealloc
export function map_dealloc(o: PyObject): void {
  const b = o.body as MapBody;
  Py_DECREF(b.iters);
  Py_DECREF(b.func);
  freeObject(o);
}

// CPython: map_traverse
export function map_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as MapBody;
  visit(b.iters, arg);
  visit(b.func, arg);
}

