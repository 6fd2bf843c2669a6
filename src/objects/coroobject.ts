// coroutine and coroutine_wrapper (what coroutine.__await__() returns), and the awaitable
// protocol of `await`. CPython: Objects/genobject.c (coro_await, coro_wrapper_*,
// _PyCoro_GetAwaitableIter), Python/ceval.c (format_awaitable_error). A coroutine is a
// generator object of another type (genobject.ts); the "coroutine ... was never awaited"
// RuntimeWarning is not issued (no warnings machinery yet).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyErr_SetString } from './exceptions.ts';
import { _gen_throw, _PyGen_yf, gen_close, gen_iternext, gen_send_ex } from './genobject.ts';
import { checkPositional } from './args.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { METH_FASTCALL, METH_NOARGS, METH_O, type MethodDef, type visitproc } from './typeobject.ts';

/** sizeof(PyCoroWrapper) on 64-bit 3.12 (GC head in the pre-header). */
const SIZEOF_CORO_WRAPPER = 24;

// CPython: coro_await — `body` is the coroutine.
export function coro_await(coro: PyObject): PyObject {
  const interp = coro.ob_type.tp_interp;
  return allocObject(interp, interp.types.coroutine_wrapper, SIZEOF_CORO_WRAPPER, 0, Py_NewRef(coro));
}

function wrapped(o: PyObject | null): PyObject {
  return o!.body as PyObject;
}

// CPython: coro_wrapper_dealloc
export function coro_wrapper_dealloc(o: PyObject): void {
  Py_DECREF(o.body as PyObject);
  freeObject(o);
}

// CPython: coro_wrapper_traverse
export function coro_wrapper_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit(o.body as PyObject, arg);
}

// CPython: coro_wrapper_iternext
export function coro_wrapper_iternext(o: PyObject): PyObject | null {
  return gen_iternext(o.body as PyObject);
}

export const coro_wrapper_methods: readonly MethodDef[] = [
  { name: 'send', flags: METH_O, impl: (interp, self, args) => gen_send_ex(interp, wrapped(self), args[0]!, null, false) },
  {
    name: 'throw',
    flags: METH_FASTCALL,
    impl: (interp, self, args) => {
      checkPositional(interp, 'throw', args.length, 1, 3);
      return _gen_throw(interp, wrapped(self), true, args[0]!, args[1] ?? null, args[2] ?? null);
    },
  },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => gen_close(interp, wrapped(self)) },
];

/**
 * The iterator `await o` drives (a new reference): a coroutine itself, else what o's __await__
 * returns, which must be an iterator and not a coroutine. CPython: _PyCoro_GetAwaitableIter
 */
export function _PyCoro_GetAwaitableIter(interp: Interpreter, o: PyObject): PyObject {
  const t = interp.types;
  if (o.ob_type === t.coroutine) return Py_NewRef(o);
  const getter = o.ob_type.tp_as_async?.am_await;
  if (getter === undefined) return PyErr_SetString(interp, 'TypeError', `object ${o.ob_type.tp_name} can't be used in 'await' expression`);
  const res = getter(o);
  if (res.ob_type === t.coroutine) {
    Py_DECREF(res);
    PyErr_SetString(interp, 'TypeError', '__await__() returned a coroutine');
  }
  if (res.ob_type.tp_iternext === null) {
    Py_DECREF(res);
    PyErr_SetString(interp, 'TypeError', `__await__() returned non-iterator of type '${res.ob_type.tp_name}'`);
  }
  return res;
}

/**
 * GET_AWAITABLE's operand turned into its awaitable iterator (a new reference); `oparg` says
 * whether it came from __aenter__ (1) or __aexit__ (2), for the error message.
 * CPython: GET_AWAITABLE, format_awaitable_error
 */
export function getAwaitable(interp: Interpreter, iterable: PyObject, oparg: number): PyObject {
  let iter: PyObject;
  try {
    iter = _PyCoro_GetAwaitableIter(interp, iterable);
  } catch (e) {
    if (iterable.ob_type.tp_as_async?.am_await === undefined && (oparg === 1 || oparg === 2)) {
      Py_DECREF(e as PyObject);
      PyErr_SetString(interp, 'TypeError',
        `'async with' received an object from __a${oparg === 1 ? 'enter' : 'exit'}__ that does not implement __await__: ${iterable.ob_type.tp_name}`);
    }
    throw e;
  }
  if (iter.ob_type === interp.types.coroutine) {
    const yf = _PyGen_yf(iter);
    if (yf !== null) {
      Py_DECREF(yf);
      Py_DECREF(iter);
      PyErr_SetString(interp, 'RuntimeError', 'coroutine is being awaited already');
    }
  }
  return iter;
}
