// async_generator's protocol and its helper types: async_generator_asend (what __anext__()
// and asend() return), async_generator_athrow (athrow(), aclose()) and
// async_generator_wrapped_value (an async generator's yielded value on its way out).
// CPython: Objects/genobject.c (async_gen_*, async_gen_asend_*, async_gen_athrow_*,
// async_gen_unwrap_value, _PyAsyncGenValueWrapperNew). The hooks of
// sys.set_asyncgen_hooks() do not exist yet.
import type { Interpreter } from '../runtime/interpreter.ts';
import { FRAME_COMPLETED } from '../vm/frame.ts';
import { allocObject, freeObject, reviveObject } from './alloc.ts';
import { checkPositional } from './args.ts';
import { excType, newException, PyErr_SetObject, PyErr_SetString } from './exceptions.ts';
import { _gen_throw, gen_send_ex, gen_sizeof_method, raiseStopIteration, type PyGenObject } from './genobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, Py_XNewRef, type PyObject } from './object.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { METH_FASTCALL, METH_NOARGS, METH_O, type MethodDef, type visitproc } from './typeobject.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';

const AWAITABLE_STATE_INIT = 0;
const AWAITABLE_STATE_ITER = 1;
const AWAITABLE_STATE_CLOSED = 2;

/** CPython: _PyAsyncGen_MAXFREELIST */
const MAXFREELIST = 80;
/** sizeof(PyAsyncGenASend), sizeof(PyAsyncGenAThrow), sizeof(_PyAsyncGenWrappedValue) on 64-bit 3.12. */
const SIZEOF_ASEND = 40;
const SIZEOF_ATHROW = 40;
const SIZEOF_WRAPPED = 24;

const NON_INIT_CORO_MSG = "can't send non-None value to a just-started coroutine";
const ASYNC_GEN_IGNORED_EXIT_MSG = 'async generator ignored GeneratorExit';

interface AsyncGenFreeLists {
  values: PyObject[];
  asends: PyObject[];
}

/** The per-interpreter free lists of wrapped values and asend objects (CPython: _Py_async_gen_state). */
const freeLists = new PerInterpreter<AsyncGenFreeLists>();

function freeListsOf(interp: Interpreter): AsyncGenFreeLists {
  let fl = freeLists.get(interp);
  if (fl === undefined) {
    fl = { values: [], asends: [] };
    freeLists.set(interp, fl);
  }
  return fl;
}

export interface AsendBody {
  gen: PyObject;
  sendval: PyObject | null;
  state: number;
}

export interface AthrowBody {
  gen: PyObject;
  /** The athrow() arguments, or null for aclose(). */
  args: PyObject | null;
  state: number;
}

function genBody(gen: PyObject): PyGenObject['body'] {
  return (gen as PyGenObject).body;
}

function isWrapped(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type === interp.types.async_generator_wrapped_value;
}

// --- async_generator_wrapped_value ---

/** Wraps a value an async generator yields; takes a new reference. CPython: _PyAsyncGenValueWrapperNew */
export function asyncGenWrapValue(interp: Interpreter, value: PyObject): PyObject {
  const fl = freeListsOf(interp).values;
  const o = fl.pop();
  if (o !== undefined) {
    reviveObject(interp, o);
    o.body = Py_NewRef(value);
    return o;
  }
  return allocObject(interp, interp.types.async_generator_wrapped_value, SIZEOF_WRAPPED, 0, Py_NewRef(value));
}

// CPython: async_gen_wrapped_val_dealloc
export function async_gen_wrapped_val_dealloc(o: PyObject): void {
  Py_DECREF(o.body as PyObject);
  const fl = freeListsOf(o.ob_type.tp_interp).values;
  if (fl.length < MAXFREELIST) {
    o.body = null;
    fl.push(o);
    return;
  }
  freeObject(o);
}

// CPython: async_gen_wrapped_val_traverse
export function async_gen_wrapped_val_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit(o.body as PyObject, arg);
}

/**
 * Runs one step of the async generator and turns its outcome into the awaitable's: a yielded
 * (wrapped) value becomes StopIteration(value), the end StopAsyncIteration.
 * CPython: async_gen_unwrap_value
 */
function unwrapValue(interp: Interpreter, gen: PyObject, step: () => PyObject): PyObject {
  const b = genBody(gen);
  let r: PyObject;
  try {
    r = step();
  } catch (e) {
    const exc = e as PyObject;
    if (exc.ob_type !== undefined &&
      (exc.ob_type.isSubtypeOf(excType(interp, 'StopAsyncIteration')) || exc.ob_type.isSubtypeOf(excType(interp, 'GeneratorExit')))) {
      b.closed = true;
    }
    b.runningAsync = false;
    throw e;
  }
  if (isWrapped(interp, r)) {
    b.runningAsync = false;
    const v = r.body as PyObject;
    try {
      raiseStopIteration(interp, v === interp.singletons.None ? null : v);
    } finally {
      Py_DECREF(r);
    }
  }
  return r;
}

/** close() of both awaitables: they cannot be used again. CPython: async_gen_asend_close, async_gen_athrow_close */
const awaitableClose: MethodDef = {
  name: 'close',
  flags: METH_NOARGS,
  impl: (interp, self) => {
    (self!.body as AsendBody | AthrowBody).state = AWAITABLE_STATE_CLOSED;
    return interp.singletons.None;
  },
};

// --- async_generator_asend ---

/** CPython: async_gen_asend_new (`sendval` borrowed, may be null) */
function asendNew(interp: Interpreter, gen: PyObject, sendval: PyObject | null): PyObject {
  const body: AsendBody = { gen: Py_NewRef(gen), sendval: Py_XNewRef(sendval), state: AWAITABLE_STATE_INIT };
  const o = freeListsOf(interp).asends.pop();
  if (o !== undefined) {
    reviveObject(interp, o);
    o.body = body;
    return o;
  }
  return allocObject(interp, interp.types.async_generator_asend, SIZEOF_ASEND, 0, body);
}

// CPython: async_gen_asend_dealloc
export function async_gen_asend_dealloc(o: PyObject): void {
  const b = o.body as AsendBody;
  Py_DECREF(b.gen);
  Py_XDECREF(b.sendval);
  const fl = freeListsOf(o.ob_type.tp_interp).asends;
  if (fl.length < MAXFREELIST) {
    o.body = null;
    fl.push(o);
    return;
  }
  freeObject(o);
}

// CPython: async_gen_asend_traverse
export function async_gen_asend_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as AsendBody;
  visit(b.gen, arg);
  if (b.sendval !== null) visit(b.sendval, arg);
}

// CPython: async_gen_asend_send
function asendSend(interp: Interpreter, o: PyObject, arg: PyObject | null): PyObject {
  const a = o.body as AsendBody;
  const gb = genBody(a.gen);
  if (a.state === AWAITABLE_STATE_CLOSED) PyErr_SetString(interp, 'RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
  if (a.state === AWAITABLE_STATE_INIT) {
    if (gb.runningAsync) PyErr_SetString(interp, 'RuntimeError', 'anext(): asynchronous generator is already running');
    if (arg === null || arg === interp.singletons.None) arg = a.sendval;
    a.state = AWAITABLE_STATE_ITER;
  }
  gb.runningAsync = true;
  try {
    return unwrapValue(interp, a.gen, () => gen_send_ex(interp, a.gen, arg, null, false));
  } catch (e) {
    a.state = AWAITABLE_STATE_CLOSED;
    throw e;
  }
}

// CPython: async_gen_asend_iternext
export function async_gen_asend_iternext(o: PyObject): PyObject | null {
  return asendSend(o.ob_type.tp_interp, o, null);
}

// CPython: async_gen_asend_throw
function asendThrow(interp: Interpreter, o: PyObject, args: readonly PyObject[]): PyObject {
  const a = o.body as AsendBody;
  if (a.state === AWAITABLE_STATE_CLOSED) PyErr_SetString(interp, 'RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
  checkPositional(interp, 'throw', args.length, 1, 3);
  try {
    return unwrapValue(interp, a.gen, () => _gen_throw(interp, a.gen, true, args[0]!, args[1] ?? null, args[2] ?? null));
  } catch (e) {
    a.state = AWAITABLE_STATE_CLOSED;
    throw e;
  }
}

export const async_gen_asend_methods: readonly MethodDef[] = [
  { name: 'send', flags: METH_O, impl: (interp, self, args) => asendSend(interp, self!, args[0]!) },
  { name: 'throw', flags: METH_FASTCALL, impl: (interp, self, args) => asendThrow(interp, self!, args) },
  awaitableClose,
];

// --- async_generator_athrow ---

/** CPython: async_gen_athrow_new (`args` borrowed; null for aclose()) */
function athrowNew(interp: Interpreter, gen: PyObject, args: PyObject | null): PyObject {
  const body: AthrowBody = { gen: Py_NewRef(gen), args: Py_XNewRef(args), state: AWAITABLE_STATE_INIT };
  return allocObject(interp, interp.types.async_generator_athrow, SIZEOF_ATHROW, 0, body);
}

// CPython: async_gen_athrow_dealloc
export function async_gen_athrow_dealloc(o: PyObject): void {
  const b = o.body as AthrowBody;
  Py_DECREF(b.gen);
  Py_XDECREF(b.args);
  freeObject(o);
}

// CPython: async_gen_athrow_traverse
export function async_gen_athrow_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as AthrowBody;
  visit(b.gen, arg);
  if (b.args !== null) visit(b.args, arg);
}

function isStopAsyncOrGenExit(interp: Interpreter, e: unknown): boolean {
  const t = (e as PyObject).ob_type;
  return t !== undefined && (t.isSubtypeOf(excType(interp, 'StopAsyncIteration')) || t.isSubtypeOf(excType(interp, 'GeneratorExit')));
}

/** aclose()'s end: StopAsyncIteration and GeneratorExit become StopIteration. CPython: the check_error label */
function athrowCheckError(interp: Interpreter, t: AthrowBody, e: unknown): never {
  genBody(t.gen).runningAsync = false;
  t.state = AWAITABLE_STATE_CLOSED;
  if (t.args === null && isStopAsyncOrGenExit(interp, e)) {
    Py_DECREF(e as PyObject);
    PyErr_SetObject(interp, newException(interp, excType(interp, 'StopIteration'), []));
  }
  throw e;
}

/** aclose() saw the generator yield: RuntimeError. CPython: the yield_close label */
function athrowYieldClose(interp: Interpreter, t: AthrowBody): never {
  genBody(t.gen).runningAsync = false;
  t.state = AWAITABLE_STATE_CLOSED;
  return PyErr_SetString(interp, 'RuntimeError', ASYNC_GEN_IGNORED_EXIT_MSG);
}

// CPython: async_gen_athrow_send
function athrowSend(interp: Interpreter, o: PyObject, arg: PyObject): PyObject {
  const t = o.body as AthrowBody;
  const gen = t.gen;
  const gb = genBody(gen);
  if (t.state === AWAITABLE_STATE_CLOSED) PyErr_SetString(interp, 'RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
  if (gb.state >= FRAME_COMPLETED) {
    t.state = AWAITABLE_STATE_CLOSED;
    PyErr_SetObject(interp, newException(interp, excType(interp, 'StopIteration'), []));
  }
  if (t.state === AWAITABLE_STATE_INIT) {
    if (gb.runningAsync) {
      t.state = AWAITABLE_STATE_CLOSED;
      PyErr_SetString(interp, 'RuntimeError', `${t.args === null ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
    }
    if (gb.closed) {
      t.state = AWAITABLE_STATE_CLOSED;
      PyErr_SetObject(interp, newException(interp, excType(interp, 'StopAsyncIteration'), []));
    }
    if (arg !== interp.singletons.None) PyErr_SetString(interp, 'RuntimeError', NON_INIT_CORO_MSG);
    t.state = AWAITABLE_STATE_ITER;
    gb.runningAsync = true;
    if (t.args === null) {
      gb.closed = true;
      let r: PyObject;
      try {
        r = _gen_throw(interp, gen, false, excType(interp, 'GeneratorExit'), null, null);
      } catch (e) {
        return athrowCheckError(interp, t, e);
      }
      if (isWrapped(interp, r)) {
        Py_DECREF(r);
        athrowYieldClose(interp, t);
      }
      return r;
    }
    const args = (t.args as PyTupleObject).body;
    checkPositional(interp, 'athrow', args.length, 1, 3);
    try {
      return unwrapValue(interp, gen, () => _gen_throw(interp, gen, false, args[0]!, args[1] ?? null, args[2] ?? null));
    } catch (e) {
      return athrowCheckError(interp, t, e);
    }
  }
  if (t.args !== null) return unwrapValue(interp, gen, () => gen_send_ex(interp, gen, arg, null, false));
  let r: PyObject;
  try {
    r = gen_send_ex(interp, gen, arg, null, false);
  } catch (e) {
    return athrowCheckError(interp, t, e);
  }
  if (isWrapped(interp, r)) {
    Py_DECREF(r);
    athrowYieldClose(interp, t);
  }
  return r;
}

// CPython: async_gen_athrow_iternext
export function async_gen_athrow_iternext(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  return athrowSend(interp, o, interp.singletons.None);
}

// CPython: async_gen_athrow_throw
function athrowThrow(interp: Interpreter, o: PyObject, args: readonly PyObject[]): PyObject {
  const t = o.body as AthrowBody;
  if (t.state === AWAITABLE_STATE_CLOSED) PyErr_SetString(interp, 'RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
  checkPositional(interp, 'throw', args.length, 1, 3);
  const step = () => _gen_throw(interp, t.gen, true, args[0]!, args[1] ?? null, args[2] ?? null);
  if (t.args !== null) return unwrapValue(interp, t.gen, step);
  let r: PyObject;
  try {
    r = step();
  } catch (e) {
    if (isStopAsyncOrGenExit(interp, e)) {
      Py_DECREF(e as PyObject);
      PyErr_SetObject(interp, newException(interp, excType(interp, 'StopIteration'), []));
    }
    throw e;
  }
  if (isWrapped(interp, r)) {
    Py_DECREF(r);
    athrowYieldClose(interp, t);
  }
  return r;
}

export const async_gen_athrow_methods: readonly MethodDef[] = [
  { name: 'send', flags: METH_O, impl: (interp, self, args) => athrowSend(interp, self!, args[0]!) },
  { name: 'throw', flags: METH_FASTCALL, impl: (interp, self, args) => athrowThrow(interp, self!, args) },
  awaitableClose,
];

// --- async_generator ---

// CPython: async_gen_anext (am_anext)
export function async_gen_anext(o: PyObject): PyObject {
  return asendNew(o.ob_type.tp_interp, o, null);
}

export const async_gen_methods: readonly MethodDef[] = [
  { name: 'asend', flags: METH_O, impl: (interp, self, args) => asendNew(interp, self!, args[0]!) },
  {
    // METH_VARARGS in CPython: the arguments are checked when the awaitable first runs.
    name: 'athrow',
    flags: METH_FASTCALL,
    impl: (interp, self, args) => {
      const tuple = tupleFromItemsSteal(interp, args.map((a) => Py_NewRef(a)));
      try {
        return athrowNew(interp, self!, tuple);
      } finally {
        Py_DECREF(tuple);
      }
    },
  },
  { name: 'aclose', flags: METH_NOARGS, impl: (interp, self) => athrowNew(interp, self!, null) },
  gen_sizeof_method,
];

/** Frees the wrapped values, then the asend objects, kept for reuse. CPython: _PyAsyncGen_ClearFreeLists */
export function clearAsyncGenFreeLists(interp: Interpreter): void {
  const fl = freeLists.get(interp);
  if (fl === undefined) return;
  for (let o = fl.values.pop(); o !== undefined; o = fl.values.pop()) freeObject(o);
  for (let o = fl.asends.pop(); o !== undefined; o = fl.asends.pop()) freeObject(o);
}
