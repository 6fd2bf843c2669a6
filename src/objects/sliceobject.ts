// slice. CPython: Objects/sliceobject.c. `body` holds start, stop and step. As in CPython 3.12
// the interpreter keeps one freed slice for reuse (interp->slice_cache).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject, reviveObject } from './alloc.ts';
import { indexValueOf } from './abstract.ts';
import { checkPositional, noKeywords } from './args.ts';
import { PyErr_SetString } from './exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt } from './longobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from './object.ts';
import { PyObject_RichCompare, Py_EQ, Py_GE, Py_LE } from './objectops.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';

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
    reviveObject(interp, cached);
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

// CPython: slice_traverse
export function slice_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = (o as PySliceObject).body;
  visit(b.start, arg);
  visit(b.stop, arg);
  visit(b.step, arg);
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
  if (!PyLong_Check(v) && v.ob_type.tp_as_number?.nb_index === undefined) {
    PyErr_SetString(interp, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
  }
  const x = indexValueOf(interp, v);
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

/** A slice's start, stop or step as an int. CPython: evaluate_slice_index */
export function evaluateSliceIndex(interp: Interpreter, v: PyObject): bigint {
  if (!PyLong_Check(v) && v.ob_type.tp_as_number?.nb_index === undefined) {
    PyErr_SetString(interp, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
  }
  return BigInt(indexValueOf(interp, v));
}

/**
 * start, stop and step of `slice` over a sequence of `length`, as slice.indices() gives them,
 * with ints of any size. CPython: _PySlice_GetLongIndices
 */
export function sliceGetLongIndices(interp: Interpreter, slice: PyObject, length: bigint): [bigint, bigint, bigint] {
  const none = interp.singletons.None;
  const b = (slice as PySliceObject).body;
  if (length < 0n) PyErr_SetString(interp, 'ValueError', 'length should not be negative');
  let step = 1n;
  if (b.step !== none) {
    step = evaluateSliceIndex(interp, b.step);
    if (step === 0n) PyErr_SetString(interp, 'ValueError', 'slice step cannot be zero');
  }
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const clip = (v: PyObject, dflt: bigint): bigint => {
    if (v === none) return dflt;
    let x = evaluateSliceIndex(interp, v);
    if (x < 0n) {
      x += length;
      if (x < lower) x = lower;
    } else if (x > upper) {
      x = upper;
    }
    return x;
  };
  const start = clip(b.start, step < 0n ? upper : lower);
  const stop = clip(b.stop, step < 0n ? lower : upper);
  return [start, stop, step];
}

// CPython: slice_new — slice(stop), slice(start, stop[, step])
export function slice_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'slice', kwnames);
  checkPositional(interp, 'slice', args.length, 1, 3);
  const none = interp.singletons.None;
  if (args.length === 1) return PySlice_New(interp, none, args[0]!, null);
  return PySlice_New(interp, args[0]!, args[1]!, args[2] ?? null);
}

// CPython: slice_indices
function slice_indices(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const length = BigInt(indexValueOf(interp, args[0]!));
  const r = sliceGetLongIndices(interp, self!, length);
  return tupleFromItemsSteal(interp, r.map((v) => PyLong_FromBigInt(interp, v)));
}

// CPython: slice_reduce — (slice, (start, stop, step))
function slice_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const b = (self as PySliceObject).body;
  const args = tupleFromItemsSteal(interp, [Py_NewRef(b.start), Py_NewRef(b.stop), Py_NewRef(b.step)]);
  return tupleFromItemsSteal(interp, [Py_NewRef(self!.ob_type), args]);
}

export const slice_methods: readonly MethodDef[] = [
  { name: 'indices', flags: METH_O, impl: slice_indices },
  { name: '__reduce__', flags: METH_NOARGS, impl: slice_reduce },
];

const member = (name: 'start' | 'stop' | 'step'): GetSetDef => ({ name, member: true, get: (_interp, o) => Py_NewRef((o as PySliceObject).body[name]) });

// CPython: slice_members
export const slice_getset: readonly GetSetDef[] = [member('start'), member('stop'), member('step')];

// CPython: slice_richcompare — slices compare as (start, stop, step) tuples.
export function slice_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const interp = v.ob_type.tp_interp;
  const s = interp.singletons;
  if (v.ob_type !== interp.types.slice || w.ob_type !== interp.types.slice) return s.NotImplemented;
  if (v === w) return op === Py_EQ || op === Py_LE || op === Py_GE ? s.True : s.False;
  const parts = (o: PyObject) => {
    const b = (o as PySliceObject).body;
    return tupleFromItemsSteal(interp, [Py_NewRef(b.start), Py_NewRef(b.stop), Py_NewRef(b.step)]);
  };
  const t1 = parts(v);
  const t2 = parts(w);
  try {
    return PyObject_RichCompare(interp, t1, t2, op);
  } finally {
    Py_DECREF(t1);
    Py_DECREF(t2);
  }
}
