// slice. CPython: Objects/sliceobject.c. `body` holds start, stop and step. As in CPython 3.12
// the interpreter keeps one freed slice for reuse (interp->slice_cache).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyErr_SetString } from './exceptions.ts';
import { longValue, PyLong_Check } from './longobject.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';

export interface SliceBody {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
}

export interface PySliceObject extends PyObject {
  body: SliceBody;
}

/** sizeof(PySliceObject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_SLICEOBJECT = 40;
const PY_SSIZE_T_MAX = 2 ** 63 - 1;
const PY_SSIZE_T_MIN = -(2 ** 63);

// CPython: _PyBuildSlice_Consume2 — takes over start and stop; step is borrowed.
function buildSliceConsume2(interp: Interpreter, start: PyObject, stop: PyObject, step: PyObject): PyObject {
  Py_INCREF(step);
  const body: SliceBody = { start, stop, step };
  const cached = interp.sliceCache;
  if (cached !== null) {
    interp.sliceCache = null;
    cached.ob_refcnt = 1;
    cached.body = body;
    return cached;
  }
  return allocObject(interp, interp.types.slice, SIZEOF_SLICEOBJECT, 0, body);
}

/** A new slice; the arguments are borrowed, a null step is None. CPython: PySlice_New */
export function PySlice_New(interp: Interpreter, start: PyObject, stop: PyObject, step: PyObject | null): PyObject {
  Py_INCREF(start);
  Py_INCREF(stop);
  return buildSliceConsume2(interp, start, stop, step ?? interp.singletons.None);
}

/** slice(start, stop), taking over both references. CPython: _PyBuildSlice_ConsumeRefs */
export function _PyBuildSlice_ConsumeRefs(interp: Interpreter, start: PyObject, stop: PyObject): PyObject {
  return buildSliceConsume2(interp, start, stop, interp.singletons.None);
}

// CPython: slice_dealloc — the slice goes to the cache when it is empty.
export function slice_dealloc(o: PyObject): void {
  const b = (o as PySliceObject).body;
  Py_DECREF(b.step);
  Py_DECREF(b.start);
  Py_DECREF(b.stop);
  const interp = o.ob_type.tp_interp;
  if (interp.sliceCache === null) {
    o.body = null;
    interp.sliceCache = o;
    return;
  }
  freeObject(o);
}

// CPython: _PyEval_SliceIndex (ints clamp to the ssize_t range)
function sliceIndex(interp: Interpreter, v: PyObject): number {
  if (!PyLong_Check(v)) {
    PyErr_SetString(interp, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
  }
  const x = longValue(v);
  if (typeof x === 'number') return x;
  return x > 0n ? PY_SSIZE_T_MAX : PY_SSIZE_T_MIN;
}

/** [start, stop, step] with None filled in. CPython: PySlice_Unpack */
export function PySlice_Unpack(interp: Interpreter, slice: PyObject): [number, number, number] {
  const b = (slice as PySliceObject).body;
  const none = interp.singletons.None;
  let step = 1;
  if (b.step !== none) {
    step = sliceIndex(interp, b.step);
    if (step === 0) PyErr_SetString(interp, 'ValueError', 'slice step cannot be zero');
    // Reversing the slice must not overflow.
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX;
  }
  const start = b.start === none ? (step < 0 ? PY_SSIZE_T_MAX : 0) : sliceIndex(interp, b.start);
  const stop = b.stop === none ? (step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX) : sliceIndex(interp, b.stop);
  return [start, stop, step];
}

/**
 * Clips start and stop to a sequence of `length` (in place in `r`) and returns the slice length.
 * CPython: PySlice_AdjustIndices
 */
export function PySlice_AdjustIndices(length: number, r: [number, number, number]): number {
  let [start, stop] = r;
  const step = r[2];
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  r[0] = start;
  r[1] = stop;
  if (step < 0) return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
}
