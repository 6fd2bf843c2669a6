// range and its iterators. CPython: Objects/rangeobject.c (range_from_array, compute_range_length,
// range_iter, rangeiter_next, longrangeiter_next, range_repr). A range holds start, stop, step
// and length as int objects; its iterator counts with machine integers when all of them fit in a
// C long (range_iterator), else with ints (longrange_iterator), as CPython does.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PySequence_IterSearch } from './abstract.ts';
import { PyErr_SetString } from './exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, type PyObject } from './object.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject } from './typeobject.ts';
import type { PySliceObject } from './sliceobject.ts';

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

// CPython: PyNumber_Index for the ints range accepts (__index__ of other types comes later)
function indexValue(interp: Interpreter, o: PyObject): bigint {
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  return BigInt(longValue(o));
}

// CPython: compute_range_length
function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return stop < start ? (start - stop - 1n) / -step + 1n : 0n;
}

function fromBig(interp: Interpreter, v: bigint): PyObject {
  return PyLong_FromBigInt(interp, v);
}

// CPython: range_vectorcall + range_from_array
export function range_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) PyErr_SetString(interp, 'TypeError', 'range() takes no keyword arguments');
  const n = args.length;
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
  const body: RangeBody = {
    start: fromBig(interp, start),
    stop: fromBig(interp, stop),
    step: fromBig(interp, step),
    length: fromBig(interp, rangeLength(start, stop, step)),
  };
  return allocObject(interp, interp.types.range, SIZEOF_RANGEOBJECT, 0, body);
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
  if (!PyLong_Check(key)) {
    return PyErr_SetString(interp, 'TypeError', `range indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
  const b = (o as PyRangeObject).body;
  const len = BigInt(longValue(b.length));
  let i = BigInt(longValue(key));
  if (i < 0n) i += len;
  if (i < 0n || i >= len) PyErr_SetString(interp, 'IndexError', 'range object index out of range');
  return fromBig(interp, BigInt(longValue(b.start)) + i * BigInt(longValue(b.step)));
}

// CPython: evaluate_slice_index
function sliceIndexBig(interp: Interpreter, v: PyObject): bigint {
  if (!PyLong_Check(v)) PyErr_SetString(interp, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
  return BigInt(longValue(v));
}

// CPython: compute_slice with _PySlice_GetLongIndices — the slice of a range is a range.
function rangeSlice(interp: Interpreter, o: PyObject, slice: PyObject): PyObject {
  const none = interp.singletons.None;
  const sb = (slice as PySliceObject).body;
  const b = (o as PyRangeObject).body;
  const length = BigInt(longValue(b.length));
  let step = 1n;
  if (sb.step !== none) {
    step = sliceIndexBig(interp, sb.step);
    if (step === 0n) PyErr_SetString(interp, 'ValueError', 'slice step cannot be zero');
  }
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const clip = (v: PyObject, dflt: bigint): bigint => {
    if (v === none) return dflt;
    let x = sliceIndexBig(interp, v);
    if (x < 0n) {
      x += length;
      if (x < lower) x = lower;
    } else if (x > upper) {
      x = upper;
    }
    return x;
  };
  const start = clip(sb.start, step < 0n ? upper : lower);
  const stop = clip(sb.stop, step < 0n ? lower : upper);
  const rstart = BigInt(longValue(b.start));
  const rstep = BigInt(longValue(b.step));
  const substep = rstep * step;
  const substart = rstart + start * rstep;
  const substop = rstart + stop * rstep;
  const body: RangeBody = {
    start: fromBig(interp, substart),
    stop: fromBig(interp, substop),
    step: fromBig(interp, substep),
    length: fromBig(interp, rangeLength(substart, substop, substep)),
  };
  return allocObject(interp, interp.types.range, SIZEOF_RANGEOBJECT, 0, body);
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
  if (typeof n === 'bigint') return PyErr_SetString(o.ob_type.tp_interp, 'OverflowError', 'Python int too large to convert to C ssize_t');
  return n;
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

export const range_methods: readonly MethodDef[] = [
  { name: '__reversed__', flags: METH_NOARGS, impl: range_reverse },
];
