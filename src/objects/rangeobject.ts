// range and its iterators. CPython: Objects/rangeobject.c (range_from_array, compute_range_length,
// range_iter, rangeiter_next, longrangeiter_next, range_repr). A range holds start, stop, step
// and length as int objects; its iterator counts with machine integers when all of them fit in a
// C long (range_iterator), else with ints (longrange_iterator), as CPython does.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { indexValueOf, PySequence_Count, PySequence_Index, PySequence_IterSearch } from './abstract.ts';
import { noKeywords } from './args.ts';
import { internedStr } from './codeobject.ts';
import { PyDict_GetItem } from './dictobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { reprText } from './objectops.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject } from './typeobject.ts';
import { sliceGetLongIndices } from './sliceobject.ts';

export interface RangeBody {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
  length: PyObject;
}

export interface PyRangeObject extends PyObject {
  body: RangeBody;
}

/** What both iterator kinds hold: the next value, the step and how many values are left. */
export interface RangeIterBody {
  next: number | bigint;
  step: number | bigint;
  remaining: number | bigint;
}

const SIZEOF_RANGEOBJECT = 48;
const SIZEOF_RANGEITEROBJECT = 40;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

// CPython: PyNumber_Index of range()'s arguments and subscripts
function indexValue(interp: Interpreter, o: PyObject): bigint {
  return BigInt(indexValueOf(interp, o));
}

// CPython: compute_range_length
function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return stop < start ? (start - stop - 1n) / -step + 1n : 0n;
}

function fromBig(interp: Interpreter, v: bigint): PyObject {
  return PyLong_FromBigInt(interp, v);
}

/** A new range object (the ints are borrowed). CPython: make_range_object */
function makeRange(interp: Interpreter, start: bigint, stop: bigint, step: bigint): PyObject {
  const body: RangeBody = {
    start: fromBig(interp, start),
    stop: fromBig(interp, stop),
    step: fromBig(interp, step),
    length: fromBig(interp, rangeLength(start, stop, step)),
  };
  return allocObject(interp, interp.types.range, SIZEOF_RANGEOBJECT, 0, body);
}

// CPython: range_from_array
function rangeFromArray(interp: Interpreter, args: readonly PyObject[], n: number): PyObject {
  if (n === 0) PyErr_SetString(interp, 'TypeError', 'range expected at least 1 argument, got 0');
  if (n > 3) PyErr_SetString(interp, 'TypeError', `range expected at most 3 arguments, got ${n}`);
  let start = 0n;
  let stop: bigint;
  let step = 1n;
  if (n === 1) stop = indexValue(interp, args[0]!);
  else {
    start = indexValue(interp, args[0]!);
    stop = indexValue(interp, args[1]!);
    if (n === 3) {
      step = indexValue(interp, args[2]!);
      if (step === 0n) PyErr_SetString(interp, 'ValueError', 'range() arg 3 must not be zero');
    }
  }
  return makeRange(interp, start, stop, step);
}

// CPython: range_vectorcall
export function range_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'range', kwnames);
  return rangeFromArray(interp, args, args.length);
}

// CPython: range_new (range.__new__)
export function range_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  return range_vectorcall(type, args, kwnames);
}

/** len(r) as a JS value. */
export function rangeLen(o: PyObject): number | bigint {
  return longValue((o as PyRangeObject).body.length);
}

// CPython: range_repr
export function rangeReprText(o: PyObject): string {
  const b = (o as PyRangeObject).body;
  const step = longValue(b.step);
  const s = `range(${longValue(b.start)}, ${longValue(b.stop)}`;
  return step === 1 ? `${s})` : `${s}, ${step})`;
}

// CPython: range_dealloc
export function range_dealloc(o: PyObject): void {
  const b = (o as PyRangeObject).body;
  Py_DECREF(b.start);
  Py_DECREF(b.stop);
  Py_DECREF(b.step);
  Py_DECREF(b.length);
  freeObject(o);
}

function fitsLong(v: bigint): boolean {
  return v >= LONG_MIN && v <= LONG_MAX;
}

function jsInt(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

// CPython: range_iter (fast_range_iter when everything fits in a C long, else a longrangeiter)
export function range_iter(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = (o as PyRangeObject).body;
  const start = BigInt(longValue(b.start));
  const stop = BigInt(longValue(b.stop));
  const step = BigInt(longValue(b.step));
  const len = BigInt(longValue(b.length));
  const fast = fitsLong(start) && fitsLong(stop) && fitsLong(step) && fitsLong(len);
  const body: RangeIterBody = { next: jsInt(start), step: jsInt(step), remaining: jsInt(len) };
  return allocObject(interp, fast ? interp.types.range_iterator : interp.types.longrange_iterator, SIZEOF_RANGEITEROBJECT, 0, body);
}

// CPython: rangeiter_next / longrangeiter_next. Returns a new reference, or null when exhausted.
export function rangeiter_next(o: PyObject): PyObject | null {
  const b = o.body as RangeIterBody;
  const interp = o.ob_type.tp_interp;
  const rem = b.remaining;
  if (typeof rem === 'number') {
    if (rem <= 0) return null;
    b.remaining = rem - 1;
  } else {
    if (rem <= 0n) return null;
    b.remaining = jsInt(rem - 1n);
  }
  const v = b.next;
  if (typeof v === 'number' && typeof b.step === 'number') {
    const nx = v + b.step;
    b.next = Number.isSafeInteger(nx) ? nx : BigInt(v) + BigInt(b.step);
    return PyLong_FromNumber(interp, v);
  }
  b.next = jsInt(BigInt(v) + BigInt(b.step));
  return typeof v === 'number' ? PyLong_FromNumber(interp, v) : PyLong_FromBigInt(interp, v);
}

export function rangeiter_dealloc(o: PyObject): void {
  freeObject(o);
}

// CPython: range_contains / range_contains_long (ints by arithmetic, anything else by ==)
export function range_contains(o: PyObject, value: PyObject): boolean {
  const interp = o.ob_type.tp_interp;
  const t = interp.types;
  if (value.ob_type !== t.int && value.ob_type !== t.bool) return PySequence_IterSearch(interp, o, value);
  const b = (o as PyRangeObject).body;
  const start = BigInt(longValue(b.start));
  const stop = BigInt(longValue(b.stop));
  const step = BigInt(longValue(b.step));
  const v = BigInt(longValue(value));
  const inside = step > 0n ? start <= v && v < stop : stop < v && v <= start;
  return inside && (v - start) % step === 0n;
}

// CPython: range_subscript / compute_range_item
export function range_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  if (key.ob_type === interp.types.slice) return rangeSlice(interp, o, key);
  if (!isIndex(key)) {
    return PyErr_SetString(interp, 'TypeError', `range indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
  const b = (o as PyRangeObject).body;
  const len = BigInt(longValue(b.length));
  let i = indexValue(interp, key);
  if (i < 0n) i += len;
  if (i < 0n || i >= len) PyErr_SetString(interp, 'IndexError', 'range object index out of range');
  return fromBig(interp, BigInt(longValue(b.start)) + i * BigInt(longValue(b.step)));
}

/** Whether `o` is an int or has __index__. CPython: _PyIndex_Check */
function isIndex(o: PyObject): boolean {
  return PyLong_Check(o) || o.ob_type.tp_as_number?.nb_index !== undefined;
}

// CPython: compute_slice with _PySlice_GetLongIndices — the slice of a range is a range.
function rangeSlice(interp: Interpreter, o: PyObject, slice: PyObject): PyObject {
  const b = (o as PyRangeObject).body;
  const [start, stop, step] = sliceGetLongIndices(interp, slice, BigInt(longValue(b.length)));
  const rstart = BigInt(longValue(b.start));
  const rstep = BigInt(longValue(b.step));
  return makeRange(interp, rstart + start * rstep, rstart + stop * rstep, rstep * step);
}

// CPython: range_richcompare / range_equals — ranges are equal when they give the same values.
export function range_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const s = interp.singletons;
  const range = interp.types.range;
  // Py_EQ is 2, Py_NE is 3; ranges do not order.
  if (b.ob_type !== range || (op !== 2 && op !== 3)) return s.NotImplemented;
  let eq: boolean;
  if (a === b) eq = true;
  else {
    const x = (a as PyRangeObject).body;
    const y = (b as PyRangeObject).body;
    const len = BigInt(longValue(x.length));
    if (len !== BigInt(longValue(y.length))) eq = false;
    else if (len === 0n) eq = true;
    else if (BigInt(longValue(x.start)) !== BigInt(longValue(y.start))) eq = false;
    else if (len === 1n) eq = true;
    else eq = BigInt(longValue(x.step)) === BigInt(longValue(y.step));
  }
  return eq === (op === 2) ? s.True : s.False;
}

// CPython: range_length (PyLong_AsSsize_t of the length)
export function range_length(o: PyObject): number {
  const n = rangeLen(o);
  if (typeof n === 'bigint' && !fitsLong(n)) return PyErr_SetString(o.ob_type.tp_interp, 'OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(n);
}

// CPython: range_reverse — range(start + (n-1)*step, start - step, -step), counted with machine
// integers when start, stop, step, -step, start - step and the length fit in a C long.
function range_reverse(interp: Interpreter, self: PyObject | null): PyObject {
  const b = (self as PyRangeObject).body;
  const start = BigInt(longValue(b.start));
  const stop = BigInt(longValue(b.stop));
  const step = BigInt(longValue(b.step));
  const len = BigInt(longValue(b.length));
  const fast = fitsLong(start) && fitsLong(stop) && fitsLong(step) && step !== LONG_MIN && fitsLong(start - step) && fitsLong(len);
  const newStop = start - step;
  const body: RangeIterBody = { next: jsInt(newStop + len * step), step: jsInt(-step), remaining: jsInt(len) };
  return allocObject(interp, fast ? interp.types.range_iterator : interp.types.longrange_iterator, SIZEOF_RANGEITEROBJECT, 0, body);
}

function isExactInt(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type === interp.types.int || o.ob_type === interp.types.bool;
}

// CPython: range_count — ints by arithmetic, anything else by iteration.
function range_count(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const ob = args[0]!;
  if (isExactInt(interp, ob)) return PyLong_FromNumber(interp, range_contains(self!, ob) ? 1 : 0);
  return PyLong_FromNumber(interp, PySequence_Count(interp, self!, ob));
}

// CPython: range_index
function range_index(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const ob = args[0]!;
  if (!isExactInt(interp, ob)) return PyLong_FromNumber(interp, PySequence_Index(interp, self!, ob));
  if (!range_contains(self!, ob)) return PyErr_SetString(interp, 'ValueError', `${reprText(interp, ob)} is not in range`);
  const b = (self as PyRangeObject).body;
  const idx = (BigInt(longValue(ob)) - BigInt(longValue(b.start))) / BigInt(longValue(b.step));
  return fromBig(interp, idx);
}

// CPython: range_reduce — (range, (start, stop, step))
function range_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const b = (self as PyRangeObject).body;
  const args = tupleFromItemsSteal(interp, [Py_NewRef(b.start), Py_NewRef(b.stop), Py_NewRef(b.step)]);
  return tupleFromItemsSteal(interp, [Py_NewRef(self!.ob_type), args]);
}

export const range_methods: readonly MethodDef[] = [
  { name: '__reversed__', flags: METH_NOARGS, impl: range_reverse },
  { name: '__reduce__', flags: METH_NOARGS, impl: range_reduce },
  { name: 'count', flags: METH_O, impl: range_count },
  { name: 'index', flags: METH_O, impl: range_index },
];

const member = (name: 'start' | 'stop' | 'step'): GetSetDef => ({ name, member: true, get: (_interp, o) => Py_NewRef((o as PyRangeObject).body[name]) });

// CPython: range_members
export const range_getset: readonly GetSetDef[] = [member('start'), member('stop'), member('step')];

// CPython: range_bool
export const range_as_number = { nb_bool: (o: PyObject): boolean => rangeLen(o) !== 0 };

/** The iterator's remaining range, as CPython pickles it: iter(range(next, next + remaining * step, step)). */
function rangeiter_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const b = self!.body as RangeIterBody;
  const start = BigInt(b.next);
  const step = BigInt(b.step);
  const r = makeRange(interp, start, start + BigInt(b.remaining) * step, step);
  const iter = Py_NewRef(PyDict_GetItem(interp, interp.builtinsDict, internedStr(interp, 'iter'))!);
  return tupleFromItemsSteal(interp, [iter, tupleFromItemsSteal(interp, [r]), Py_NewRef(interp.singletons.None)]);
}

// CPython: rangeiter_setstate — skip `state` values, clipped to what is left.
function rangeiter_setstate(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const b = self!.body as RangeIterBody;
  let index = indexValue(interp, args[0]!);
  const remaining = BigInt(b.remaining);
  if (index < 0n) index = 0n;
  else if (index > remaining) index = remaining;
  b.next = jsInt(BigInt(b.next) + index * BigInt(b.step));
  b.remaining = jsInt(remaining - index);
  return interp.singletons.None;
}

// CPython: rangeiter_len
function rangeiter_len(interp: Interpreter, self: PyObject | null): PyObject {
  const rem = (self!.body as RangeIterBody).remaining;
  return typeof rem === 'number' ? PyLong_FromNumber(interp, Math.max(rem, 0)) : fromBig(interp, rem < 0n ? 0n : rem);
}

export const rangeiter_methods: readonly MethodDef[] = [
  { name: '__length_hint__', flags: METH_NOARGS, impl: rangeiter_len },
  { name: '__reduce__', flags: METH_NOARGS, impl: rangeiter_reduce },
  { name: '__setstate__', flags: METH_O, impl: rangeiter_setstate },
];
