// enumerate and reversed. CPython: Objects/enumobject.c. An enumerate object reuses its result
// tuple while nobody else holds it, as CPython's does.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { lookupSpecial } from './abstract.ts';
import { PyObject_Vectorcall } from './call.ts';
import { checkPositional, noKeywords } from './args.ts';
import { PyErr_SetString } from './exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_Size } from './objectops.ts';
import { PyTuple_New, type PyTupleObject } from './tupleobject.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';
import { unicodeText } from './unicodeobject.ts';

interface EnumBody {
  /** en_sit */
  it: PyObject;
  /** en_index while it is below ssize_t's maximum */
  index: number | bigint;
  /** en_longindex: the next index past ssize_t (owned; the start argument itself at first), else null */
  long: PyObject | null;
  /** en_result */
  result: PyObject;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

function isExc(interp: Interpreter, e: unknown, name: string): boolean {
  const t = (e as PyObject).ob_type;
  return t !== undefined && t.isSubtypeOf(interp.types.exceptions.get(name)!);
}

// CPython: check_keyword
function checkKeyword(interp: Interpreter, kwnames: PyObject, i: number, name: string): void {
  const kw = unicodeText((kwnames as PyTupleObject).body[i]!);
  if (kw !== name) PyErr_SetString(interp, 'TypeError', `'${kw}' is an invalid keyword argument for enumerate()`);
}

// CPython: enum_new_impl
function enum_new(interp: Interpreter, type: PyTypeObject, iterable: PyObject, start: PyObject | null): PyObject {
  // CPython: type->tp_alloc — the type's own size (enumobject is 56 bytes, a subclass more)
  const en = allocObject(interp, type, type.tp_basicsize, 0, null);
  let index: number | bigint = 0;
  let long: PyObject | null = null;
  try {
    if (start !== null) {
      if (!PyLong_Check(start)) PyErr_SetString(interp, 'TypeError', `'${start.ob_type.tp_name}' object cannot be interpreted as an integer`);
      const v = longValue(start);
      if (typeof v === 'number' || (v >= -PY_SSIZE_T_MAX - 1n && v <= PY_SSIZE_T_MAX)) index = Number(v);
      else {
        // A start past ssize_t is kept as it is (an int subclass as an exact int copy).
        index = PY_SSIZE_T_MAX;
        long = start.ob_type === interp.types.int ? Py_NewRef(start) : PyLong_FromBigInt(interp, v);
      }
    }
    const it = PyObject_GetIter(interp, iterable);
    const result = PyTuple_New(interp, 2);
    Py_INCREF(interp.singletons.None);
    Py_INCREF(interp.singletons.None);
    result.body[0] = interp.singletons.None;
    result.body[1] = interp.singletons.None;
    en.body = { it, index, long, result } satisfies EnumBody;
  } catch (e) {
    Py_XDECREF(long);
    freeObject(en);
    throw e;
  }
  return en;
}

// CPython: enum_vectorcall — enumerate(iterable, start=0) parsed by hand.
export function enum_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).body.length;
  const nargs = args.length - nkw;
  if (nargs + nkw === 2) {
    if (nkw === 1) checkKeyword(interp, kwnames!, 0, 'start');
    else if (nkw === 2) {
      if (unicodeText((kwnames as PyTupleObject).body[0]!) === 'start') {
        checkKeyword(interp, kwnames!, 1, 'iterable');
        return enum_new(interp, type, args[1]!, args[0]!);
      }
      checkKeyword(interp, kwnames!, 0, 'iterable');
      checkKeyword(interp, kwnames!, 1, 'start');
    }
    return enum_new(interp, type, args[0]!, args[1]!);
  }
  if (nargs + nkw === 1) {
    if (nkw === 1) checkKeyword(interp, kwnames!, 0, 'iterable');
    return enum_new(interp, type, args[0]!, null);
  }
  if (nargs === 0) return PyErr_SetString(interp, 'TypeError', "enumerate() missing required argument 'iterable'");
  return PyErr_SetString(interp, 'TypeError', `enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
}

// CPython: enum_dealloc
export function enum_dealloc(o: PyObject): void {
  const b = o.body as EnumBody;
  Py_DECREF(b.it);
  Py_DECREF(b.result);
  Py_XDECREF(b.long);
  freeObject(o);
}

// CPython: enum_traverse
export function enum_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as EnumBody;
  visit(b.it, arg);
  visit(b.result, arg);
  if (b.long !== null) visit(b.long, arg);
}

// CPython: enum_next (and enum_next_long past ssize_t)
export function enum_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as EnumBody;
  const nextItem = PyIter_Next(interp, b.it);
  if (nextItem === null) return null;
  const i = b.index;
  let nextIndex: PyObject;
  if (typeof i === 'number' && i < 2 ** 53) {
    nextIndex = PyLong_FromNumber(interp, i);
    b.index = i + 1;
  } else if (BigInt(i) < PY_SSIZE_T_MAX) {
    const big = BigInt(i);
    nextIndex = PyLong_FromBigInt(interp, big);
    b.index = big + 1n;
  } else {
    // CPython: enum_next_long — the index object itself goes into the result.
    nextIndex = b.long ?? PyLong_FromBigInt(interp, PY_SSIZE_T_MAX);
    b.long = PyLong_FromBigInt(interp, BigInt(longValue(nextIndex)) + 1n);
  }
  let result = b.result as PyTupleObject;
  if (result.ob_refcnt === 1) {
    Py_INCREF(result);
    const oldIndex = result.body[0]!;
    const oldItem = result.body[1]!;
    result.body[0] = nextIndex;
    result.body[1] = nextItem;
    Py_DECREF(oldIndex);
    Py_DECREF(oldItem);
    return result;
  }
  result = PyTuple_New(interp, 2);
  result.body[0] = nextIndex;
  result.body[1] = nextItem;
  return result;
}

/** The reversed object: the sequence (null once exhausted) in `body`, the next index in `ival`. */
// CPython: reversed_vectorcall / reversed_new_impl
export function reversed_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'reversed', kwnames);
  checkPositional(interp, 'reversed', args.length, 1, 1);
  const seq = args[0]!;
  const meth = lookupSpecial(interp, seq, '__reversed__');
  if (meth === interp.singletons.None) {
    Py_DECREF(meth);
    PyErr_SetString(interp, 'TypeError', `'${seq.ob_type.tp_name}' object is not reversible`);
  }
  if (meth !== null) {
    try {
      return PyObject_Vectorcall(interp, meth, [], null);
    } finally {
      Py_DECREF(meth);
    }
  }
  const sq = seq.ob_type.tp_as_sequence;
  if (seq.ob_type.isSubtypeOf(interp.types.dict) || sq === null || sq.sq_item === undefined) {
    PyErr_SetString(interp, 'TypeError', `'${seq.ob_type.tp_name}' object is not reversible`);
  }
  const n = PyObject_Size(interp, seq);
  Py_INCREF(seq);
  return allocObject(interp, type, type.tp_basicsize, n - 1, seq);
}

// CPython: reversed_next
export function reversed_next(o: PyObject): PyObject | null {
  const seq = o.body as PyObject | null;
  if (seq === null) return null;
  const interp = o.ob_type.tp_interp;
  const index = o.ival;
  if (index >= 0) {
    try {
      const item = seq.ob_type.tp_as_sequence!.sq_item!(seq, index);
      o.ival--;
      return item;
    } catch (e) {
      if (!isExc(interp, e, 'IndexError') && !isExc(interp, e, 'StopIteration')) throw e;
      Py_DECREF(e as PyObject);
    }
  }
  o.ival = -1;
  o.body = null;
  Py_DECREF(seq);
  return null;
}

// CPython: reversed_dealloc
export function reversed_dealloc(o: PyObject): void {
  Py_XDECREF(o.body as PyObject | null);
  freeObject(o);
}

// CPython: reversed_traverse
export function reversed_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  if (o.body !== null) visit(o.body as PyObject, arg);
}

// CPython: reversed_len
function reversed_len(interp: Interpreter, o: PyObject | null): PyObject {
  const seq = o!.body as PyObject | null;
  if (seq === null) return PyLong_FromNumber(interp, 0);
  const seqsize = PyObject_Size(interp, seq);
  const position = o!.ival + 1;
  return PyLong_FromNumber(interp, seqsize < position ? 0 : position);
}

export const reversed_methods: readonly MethodDef[] = [
  { name: '__length_hint__', flags: METH_NOARGS, impl: reversed_len },
];
