// anext_awaitable: what anext(aiterator, default) returns — the awaitable of __anext__() whose
// StopAsyncIteration becomes StopIteration(default), i.e. the await's value. CPython:
// Objects/iterobject.c (anextawaitable_getiter, anextawaitable_iternext, anextawaitable_proxy,
// PyAnextAwaitable_New).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyObject_GetAttr } from './attributes.ts';
import { PyObject_Vectorcall } from './call.ts';
import { internedStr } from './codeobject.ts';
import { _PyCoro_GetAwaitableIter } from './coroobject.ts';
import { excType, PyErr_SetString } from './exceptions.ts';
import { raiseStopIteration } from './genobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { METH_FASTCALL, METH_NOARGS, METH_O, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';

interface AnextAwaitableBody {
  wrapped: PyObject;
  defaultValue: PyObject;
}

// sizeof(anextawaitableobject): the header, wrapped, default_value.
const SIZEOF_ANEXTAWAITABLE = 32;

/** A new anext_awaitable over `awaitable` (borrowed) with `defaultValue` (borrowed). CPython: PyAnextAwaitable_New */
export function PyAnextAwaitable_New(interp: Interpreter, awaitable: PyObject, defaultValue: PyObject): PyObject {
  const body: AnextAwaitableBody = { wrapped: Py_NewRef(awaitable), defaultValue: Py_NewRef(defaultValue) };
  return allocObject(interp, interp.types.anext_awaitable, SIZEOF_ANEXTAWAITABLE, 0, body);
}

function bodyOf(o: PyObject): AnextAwaitableBody {
  return o.body as AnextAwaitableBody;
}

// CPython: anextawaitable_dealloc
function anextawaitable_dealloc(o: PyObject): void {
  const b = bodyOf(o);
  Py_DECREF(b.wrapped);
  Py_DECREF(b.defaultValue);
  freeObject(o);
}

// CPython: anextawaitable_traverse
function anextawaitable_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = bodyOf(o);
  visit(b.wrapped, arg);
  visit(b.defaultValue, arg);
}

/** The iterator the wrapped awaitable is driven through: a coroutine's __await__(). CPython: anextawaitable_getiter */
function getiter(interp: Interpreter, o: PyObject): PyObject {
  let awaitable = _PyCoro_GetAwaitableIter(interp, bodyOf(o).wrapped);
  if (awaitable.ob_type.tp_iternext === null) {
    const getter = awaitable.ob_type.tp_as_async!.am_await!;
    let next: PyObject;
    try {
      next = getter(awaitable);
    } finally {
      Py_DECREF(awaitable);
    }
    awaitable = next;
    if (awaitable.ob_type.tp_iternext === null) {
      Py_DECREF(awaitable);
      PyErr_SetString(interp, 'TypeError', '__await__ returned a non-iterable');
    }
  }
  return awaitable;
}

/** StopAsyncIteration from the wrapped awaitable becomes StopIteration(default). */
function translate(interp: Interpreter, o: PyObject, e: unknown): never {
  const t = (e as PyObject).ob_type as PyTypeObject | undefined;
  if (t !== undefined && t.isSubtypeOf(excType(interp, 'StopAsyncIteration'))) {
    Py_DECREF(e as PyObject);
    raiseStopIteration(interp, bodyOf(o).defaultValue);
  }
  throw e;
}

// CPython: anextawaitable_iternext
function anextawaitable_iternext(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const awaitable = getiter(interp, o);
  try {
    return awaitable.ob_type.tp_iternext!(awaitable);
  } catch (e) {
    return translate(interp, o, e);
  } finally {
    Py_DECREF(awaitable);
  }
}

/** send/throw/close forwarded to the iterator. CPython: anextawaitable_proxy */
function proxy(interp: Interpreter, o: PyObject, meth: string, args: readonly PyObject[]): PyObject {
  const awaitable = getiter(interp, o);
  try {
    const f = PyObject_GetAttr(interp, awaitable, internedStr(interp, meth));
    try {
      return PyObject_Vectorcall(interp, f, args, null);
    } finally {
      Py_DECREF(f);
    }
  } catch (e) {
    return translate(interp, o, e);
  } finally {
    Py_DECREF(awaitable);
  }
}

export const ANEXTAWAITABLE_METHODS: MethodDef[] = [
  { name: 'send', flags: METH_O, impl: (interp, self, args) => proxy(interp, self!, 'send', args) },
  { name: 'throw', flags: METH_FASTCALL, impl: (interp, self, args) => proxy(interp, self!, 'throw', args) },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => proxy(interp, self!, 'close', []) },
];

/** Fills anext_awaitable's slots (the type object is created in registry.ts). */
export function initAnextAwaitableType(t: PyTypeObject): void {
  t.tp_dealloc = anextawaitable_dealloc;
  t.tp_traverse = anextawaitable_traverse;
  t.tp_iter = (o) => Py_NewRef(o);
  t.tp_iternext = anextawaitable_iternext;
  t.tp_as_async = { am_await: (o) => Py_NewRef(o) };
}
