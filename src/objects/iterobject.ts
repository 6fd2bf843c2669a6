// iterator and callable_iterator: iteration over an object that has __getitem__ but no __iter__, calling it with
// 0, 1, 2, ... until IndexError or StopIteration. CPython: Objects/iterobject.c (PySeqIter_New,
// iter_iternext, iter_dealloc).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { excType } from './exceptions.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import type { visitproc } from './typeobject.ts';
import { PyObject_CallNoArgs } from './call.ts';
import { PyObject_RichCompareBool, Py_EQ } from './objectops.ts';

export interface SeqIterBody {
  index: number;
  /** it_seq: null once exhausted. */
  seq: PyObject | null;
}

/** sizeof(seqiterobject) on 64-bit 3.12. */
const SIZEOF_SEQITER = 32;

/** A new iterator over `seq` (borrowed). CPython: PySeqIter_New */
export function PySeqIter_New(interp: Interpreter, seq: PyObject): PyObject {
  const body: SeqIterBody = { index: 0, seq: Py_NewRef(seq) };
  return allocObject(interp, interp.types.iterator, SIZEOF_SEQITER, 0, body);
}

// CPython: iter_iternext
export function seqiter_next(it: PyObject): PyObject | null {
  const b = it.body as SeqIterBody;
  const seq = b.seq;
  if (seq === null) return null;
  const interp = it.ob_type.tp_interp;
  const getitem = seq.ob_type.tp_as_mapping?.mp_subscript;
  const key = PyLong_FromNumber(interp, b.index);
  try {
    const v = getitem!(seq, key);
    b.index++;
    return v;
  } catch (e) {
    const t = (e as PyObject).ob_type;
    if (t !== undefined && (t.isSubtypeOf(excType(interp, 'IndexError')) || t.isSubtypeOf(excType(interp, 'StopIteration')))) {
      Py_DECREF(e as PyObject);
      b.seq = null;
      Py_DECREF(seq);
      return null;
    }
    throw e;
  } finally {
    Py_DECREF(key);
  }
}

// CPython: iter_dealloc
export function seqiter_dealloc(it: PyObject): void {
  Py_XDECREF((it.body as SeqIterBody).seq);
  freeObject(it);
}

export function seqiter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  const s = (it.body as SeqIterBody).seq;
  if (s !== null) visit(s, arg);
}

// --- callable_iterator: iter(callable, sentinel) ---

export interface CallIterBody {
  /** it_callable, it_sentinel: both null once exhausted. */
  callable: PyObject | null;
  sentinel: PyObject | null;
}

/** sizeof(calliterobject) on 64-bit 3.12. */
const SIZEOF_CALLITER = 32;

/** A new iterator calling `callable` until it returns `sentinel` (both borrowed). CPython: PyCallIter_New */
export function PyCallIter_New(interp: Interpreter, callable: PyObject, sentinel: PyObject): PyObject {
  const body: CallIterBody = { callable: Py_NewRef(callable), sentinel: Py_NewRef(sentinel) };
  return allocObject(interp, interp.types.callable_iterator, SIZEOF_CALLITER, 0, body);
}

function calliterClear(b: CallIterBody): void {
  const c = b.callable;
  const s = b.sentinel;
  b.callable = null;
  b.sentinel = null;
  Py_XDECREF(c);
  Py_XDECREF(s);
}

// CPython: calliter_iternext — a result equal to the sentinel, or StopIteration, ends it.
export function calliter_next(it: PyObject): PyObject | null {
  const b = it.body as CallIterBody;
  if (b.callable === null) return null;
  const interp = it.ob_type.tp_interp;
  let result: PyObject;
  try {
    result = PyObject_CallNoArgs(interp, b.callable);
  } catch (e) {
    const t = (e as PyObject).ob_type;
    if (t === undefined || !t.isSubtypeOf(excType(interp, 'StopIteration'))) throw e;
    Py_DECREF(e as PyObject);
    calliterClear(b);
    return null;
  }
  let done: boolean;
  try {
    done = PyObject_RichCompareBool(interp, b.sentinel!, result, Py_EQ);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  if (!done) return result;
  calliterClear(b);
  Py_DECREF(result);
  return null;
}

// CPython: calliter_dealloc
export function calliter_dealloc(it: PyObject): void {
  const b = it.body as CallIterBody;
  Py_XDECREF(b.callable);
  Py_XDECREF(b.sentinel);
  freeObject(it);
}

// CPython: calliter_traverse
export function calliter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  const b = it.body as CallIterBody;
  if (b.callable !== null) visit(b.callable, arg);
  if (b.sentinel !== null) visit(b.sentinel, arg);
}
