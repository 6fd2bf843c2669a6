// What several itertools types share.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyObject_CallOneArg } from '../../objects/call.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_GetIter, PyObject_IsTrue } from '../../objects/objectops.ts';
import { PySequence_Tuple, tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { allocInstance, positionalNew } from '../modsupport.ts';

/** The type's name without its module. CPython: _PyType_Name */
export function shortTypeName(t: PyTypeObject): string {
  const i = t.tp_name.lastIndexOf('.');
  return i < 0 ? t.tp_name : t.tp_name.slice(i + 1);
}

/**
 * The result tuple a combinatoric iterator updates in place: itself while only the iterator
 * holds it, else a copy that becomes the iterator's (the caller kept the old one).
 * CPython: the "Copy the previous result tuple or re-use it if available" step of product_next & co.
 */
export function ownResult(interp: Interpreter, result: PyTupleObject): PyTupleObject {
  if (result.ob_refcnt === 1) return result;
  const items = result.body.slice();
  for (const x of items) Py_INCREF(x);
  const copy = tupleFromItemsSteal(interp, items) as PyTupleObject;
  Py_DECREF(result);
  return copy;
}

/** Replaces slot i of a result tuple with a new reference to `v`. */
export function setResultItem(result: PyTupleObject, i: number, v: PyObject): void {
  Py_INCREF(v);
  const old = result.body[i]!;
  result.body[i] = v;
  Py_DECREF(old);
}

/** A new tuple of the given items (new references). */
export function tupleOf(interp: Interpreter, items: readonly PyObject[]): PyTupleObject {
  for (const x of items) Py_INCREF(x);
  return tupleFromItemsSteal(interp, items.slice()) as PyTupleObject;
}

/** The state of the iterators over a function and an iterable (dropwhile, takewhile, filterfalse, starmap). */
export interface FuncIterBody {
  func: PyObject;
  it: PyObject;
  /** dropwhile: the predicate has failed once; takewhile: it has, iteration is over. */
  done: boolean;
}

/** `name(function, iterable, /)`: a new function-and-iterator object of `type`. */
export function funcIterNew(type: PyTypeObject, base: PyTypeObject, name: string, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  positionalNew(type, base, name, args, kwnames, 2, 2);
  const it = PyObject_GetIter(interp, args[1]!);
  return allocInstance(interp, type, 40, 0, { func: Py_NewRef(args[0]!), it, done: false } satisfies FuncIterBody);
}

export function funciter_dealloc(o: PyObject): void {
  const b = o.body as FuncIterBody;
  Py_DECREF(b.func);
  Py_DECREF(b.it);
  freeObject(o);
}

export function funciter_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as FuncIterBody;
  visit(b.func, arg);
  visit(b.it, arg);
}

/** Whether func(item) is true. */
export function predicate(interp: Interpreter, func: PyObject, item: PyObject): boolean {
  const good = PyObject_CallOneArg(interp, func, item);
  try {
    return PyObject_IsTrue(interp, good);
  } finally {
    Py_DECREF(good);
  }
}

/** The state of combinations, combinations_with_replacement and permutations. */
export interface PoolBody {
  pool: PyTupleObject;
  indices: number[];
  /** permutations only. */
  cycles: number[] | null;
  result: PyTupleObject | null;
  r: number;
  stopped: boolean;
}

/** tuple(iterable), then the check of r. */
export function poolOf(interp: Interpreter, iterable: PyObject, r: number): PyTupleObject {
  const pool = PySequence_Tuple(interp, iterable) as PyTupleObject;
  if (r < 0) {
    Py_DECREF(pool);
    PyErr_SetString(interp, 'ValueError', 'r must be non-negative');
  }
  return pool;
}

export function pool_dealloc(o: PyObject): void {
  const b = o.body as PoolBody;
  Py_DECREF(b.pool);
  Py_XDECREF(b.result);
  freeObject(o);
}

export function pool_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as PoolBody;
  visit(b.pool, arg);
  if (b.result !== null) visit(b.result, arg);
}

/** __sizeof__: the object, its indices and its cycles. CPython: combinations_sizeof, cwr_sizeof, permutations_sizeof */
function pool_sizeof(interp: Interpreter, self: PyObject | null): PyObject {
  const b = self!.body as PoolBody;
  return PyLong_FromNumber(interp, self!.ob_type.tp_basicsize + 8 * (b.indices.length + (b.cycles?.length ?? 0)));
}

export const pool_methods: readonly MethodDef[] = [
  { name: '__sizeof__', flags: METH_NOARGS, impl: pool_sizeof, doc: 'Returns size in memory, in bytes.' },
];

/**
 * The next result of a combinatoric iterator: `first` gives the items of the first result;
 * `advance` updates the indices and the (unshared) result tuple, false when they are exhausted.
 */
export function poolNext(o: PyObject, first: (b: PoolBody) => PyObject[], advance: (b: PoolBody, result: PyTupleObject) => boolean): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as PoolBody;
  if (b.stopped) return null;
  if (b.result === null) b.result = tupleOf(interp, first(b));
  else {
    const result = ownResult(interp, b.result);
    b.result = result;
    if (!advance(b, result)) {
      b.stopped = true;
      return null;
    }
  }
  return Py_NewRef(b.result);
}
