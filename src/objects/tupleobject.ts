// tuple. CPython: Objects/tupleobject.c. Items are in `body`. The empty tuple is an immortal
// singleton; exact tuples of length 1..20 go on per-length free lists of up to 2000 objects.
import { trashBegin, trashEnd, TRASH_DEPOSITED, TRASH_ENTERED } from './trashcan.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject, reviveObject } from './alloc.ts';
import { indexOrNull, indexValueOf } from './abstract.ts';
import { checkPositional, noKeywords } from './args.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_GenericAlias } from './genericaliasobject.ts';
import { PyLong_Check, PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_RichCompareBool, Py_EQ } from './objectops.ts';
import { PyType_GenericAlloc } from './objecttype.ts';
import { PySlice_AdjustIndices, PySlice_Unpack } from './sliceobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_NOARGS, METH_O, type MethodDef, PyTypeObject, type visitproc } from './typeobject.ts';

export const PyTuple_NFREELISTS = 20;
export const PyTuple_MAXFREELIST = 2000;

export interface PyTupleObject extends PyObject {
  body: PyObject[];
}

export interface TupleFreeLists {
  /** bySize[n] holds free tuples of length n (1..20). */
  bySize: PyObject[][];
}

/** A new tuple owning (stealing) the references in `items`. CPython: PyTuple_New + PyTuple_SET_ITEM */
export function tupleFromItemsSteal(interp: Interpreter, items: PyObject[]): PyObject {
  const n = items.length;
  if (n === 0) return interp.singletons.emptyTuple;
  if (n <= PyTuple_NFREELISTS) {
    const fl = interp.tupleFreeLists.bySize[n]!;
    if (fl.length > 0) {
      const o = fl.pop()!;
      reviveObject(interp, o);
      o.body = items;
      return o;
    }
  }
  return allocObject(interp, interp.types.tuple, 24 + 8 * n, 0, items);
}

// CPython: tupledealloc — items are released last to first.
export function tuple_dealloc(o: PyObject): void {
  const interp = o.ob_type.tp_interp;
  const trash = trashBegin(o, tuple_dealloc);
  if (trash === TRASH_DEPOSITED) return;
  const items = (o as PyTupleObject).body;
  for (let i = items.length - 1; i >= 0; i--) Py_XDECREF(items[i]!);
  if (!toTupleFreeList(interp, o, items.length)) freeObject(o);
  if (trash === TRASH_ENTERED) trashEnd(interp);
}

// CPython: maybe_freelist_push
function toTupleFreeList(interp: Interpreter, o: PyObject, n: number): boolean {
  if (o.ob_type !== interp.types.tuple || n < 1 || n > PyTuple_NFREELISTS) return false;
  const fl = interp.tupleFreeLists.bySize[n]!;
  if (fl.length >= PyTuple_MAXFREELIST) return false;
  o.body = EMPTY;
  fl.push(o);
  return true;
}

const EMPTY: PyObject[] = [];

/** The items from the last to the first. CPython: tupletraverse */
export function tuple_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const items = (o as PyTupleObject).body;
  for (let i = items.length; --i >= 0;) visit(items[i]!, arg);
}

// CPython: tuplecontains
export function tuple_contains(o: PyObject, value: PyObject): boolean {
  const interp = o.ob_type.tp_interp;
  const items = (o as PyTupleObject).body;
  for (let i = 0; i < items.length; i++) if (PyObject_RichCompareBool(interp, items[i]!, value, Py_EQ)) return true;
  return false;
}

// CPython: tuplesubscript
export function tuple_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  let i = indexOrNull(interp, key);
  if (i === null && key.ob_type === interp.types.slice) return tupleSlice(interp, o, key);
  if (i === null) return PyErr_SetString(interp, 'TypeError', `tuple indices must be integers or slices, not ${key.ob_type.tp_name}`);
  const items = (o as PyTupleObject).body;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) PyErr_SetString(interp, 'IndexError', 'tuple index out of range');
  const v = items[i]!;
  Py_INCREF(v);
  return v;
}

/** sizeof(_PyTupleIterObject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_TUPLEITEROBJECT = 32;

// A tuple iterator keeps its index in `ival` and the tuple in `body` (null once exhausted).
// CPython: tuple_iter
export function tuple_iter(o: PyObject): PyObject {
  Py_INCREF(o);
  return allocObject(o.ob_type.tp_interp, o.ob_type.tp_interp.types.tuple_iterator, SIZEOF_TUPLEITEROBJECT, 0, o);
}

// CPython: tupleiter_next — the iterator lets go of the tuple when it is exhausted.
export function tupleiter_next(it: PyObject): PyObject | null {
  const seq = it.body as PyTupleObject | null;
  if (seq === null) return null;
  if (it.ival < seq.body.length) {
    const v = seq.body[it.ival++]!;
    Py_INCREF(v);
    return v;
  }
  it.body = null;
  Py_DECREF(seq);
  return null;
}

// CPython: tupleiter_dealloc
export function tupleiter_dealloc(it: PyObject): void {
  Py_XDECREF(it.body as PyObject | null);
  freeObject(it);
}

// CPython: tupleiter_len
function tupleiter_len(interp: Interpreter, it: PyObject | null): PyObject {
  const seq = it!.body as PyTupleObject | null;
  return PyLong_FromNumber(interp, seq === null ? 0 : Math.max(0, seq.body.length - it!.ival));
}

export const tupleiter_methods: readonly MethodDef[] = [
  { name: '__length_hint__', flags: METH_NOARGS, impl: tupleiter_len },
];

// CPython: tupleiter_traverse
export function tupleiter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  if (it.body !== null) visit(it.body as PyObject, arg);
}

// CPython: the slice branch of tuplesubscript — the whole of an exact tuple is the tuple itself.
function tupleSlice(interp: Interpreter, o: PyObject, slice: PyObject): PyObject {
  const items = (o as PyTupleObject).body;
  const r = PySlice_Unpack(interp, slice);
  const n = PySlice_AdjustIndices(items.length, r);
  if (n <= 0) return interp.singletons.emptyTuple;
  const [start, , step] = r;
  if (start === 0 && step === 1 && n === items.length && o.ob_type === interp.types.tuple) {
    Py_INCREF(o);
    return o;
  }
  const out: PyObject[] = new Array(n);
  for (let k = 0, cur = start; k < n; k++, cur += step) {
    const v = items[cur]!;
    Py_INCREF(v);
    out[k] = v;
  }
  return tupleFromItemsSteal(interp, out);
}

// CPython: tuplelength
export function tuple_length(o: PyObject): number {
  return (o as PyTupleObject).body.length;
}

/** A new tuple of the items of `parts` in order (the items are borrowed). */
function tupleOfItems(interp: Interpreter, parts: readonly PyObject[][]): PyObject {
  const out: PyObject[] = [];
  for (const items of parts) {
    for (const v of items) {
      Py_INCREF(v);
      out.push(v);
    }
  }
  return tupleFromItemsSteal(interp, out);
}

// CPython: tupleconcat — an empty operand gives the other exact tuple itself.
export function tuple_concat(a: PyObject, b: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  const x = (a as PyTupleObject).body;
  if (x.length === 0 && b.ob_type === interp.types.tuple) {
    Py_INCREF(b);
    return b;
  }
  if (!b.ob_type.isSubtypeOf(interp.types.tuple)) {
    PyErr_SetString(interp, 'TypeError', `can only concatenate tuple (not "${b.ob_type.tp_name}") to tuple`);
  }
  const y = (b as PyTupleObject).body;
  if (y.length === 0 && a.ob_type === interp.types.tuple) {
    Py_INCREF(a);
    return a;
  }
  return tupleOfItems(interp, [x, y]);
}

// CPython: tuplerepeat
export function tuple_repeat(a: PyObject, n: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const x = (a as PyTupleObject).body;
  if ((x.length === 0 || n === 1) && a.ob_type === interp.types.tuple) {
    Py_INCREF(a);
    return a;
  }
  if (x.length === 0 || n <= 0) return interp.singletons.emptyTuple;
  if (x.length * n > 2 ** 32) PyErr_SetString(interp, 'MemoryError', '');
  return tupleOfItems(interp, new Array<PyObject[]>(n).fill(x));
}

/**
 * A new tuple of `n` slots the caller fills (through `body`) before anyone else sees it; unfilled
 * slots are null. CPython: PyTuple_New
 */
export function PyTuple_New(interp: Interpreter, n: number): PyTupleObject {
  return tupleFromItemsSteal(interp, new Array<PyObject>(n).fill(null as unknown as PyObject)) as PyTupleObject;
}

// CPython: tupleitem
export function tuple_item(o: PyObject, i: number): PyObject {
  const items = (o as PyTupleObject).body;
  if (i < 0 || i >= items.length) PyErr_SetString(o.ob_type.tp_interp, 'IndexError', 'tuple index out of range');
  const v = items[i]!;
  Py_INCREF(v);
  return v;
}

/** tuple(iterable) as an exact tuple: a tuple is itself, anything else is iterated. CPython: PySequence_Tuple */
export function PySequence_Tuple(interp: Interpreter, v: PyObject): PyObject {
  const t = interp.types;
  if (v.ob_type === t.tuple) return Py_NewRef(v);
  if (v.ob_type === t.list || v.ob_type.isSubtypeOf(t.tuple)) {
    const items = (v as PyTupleObject).body.slice();
    for (const x of items) Py_INCREF(x);
    return tupleFromItemsSteal(interp, items);
  }
  const it = PyObject_GetIter(interp, v);
  const items: PyObject[] = [];
  try {
    for (let x = PyIter_Next(interp, it); x !== null; x = PyIter_Next(interp, it)) items.push(x);
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return tupleFromItemsSteal(interp, items);
}

// CPython: tuple_vectorcall (tuple() and tuple(iterable))
export function tuple_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'tuple', kwnames);
  checkPositional(interp, 'tuple', args.length, 0, 1);
  return args.length === 0 ? interp.singletons.emptyTuple : PySequence_Tuple(interp, args[0]!);
}

/**
 * tuple.__new__ and the creation of subclass instances: the items of the exact tuple of the
 * iterable copied into an instance of `type`. CPython: tuple_new_impl / tuple_subtype_new
 */
export function tuple_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).body.length;
  if (nkw > 0 && (type === interp.types.tuple || type.tp_init === interp.types.tuple.tp_init)) {
    PyErr_SetString(interp, 'TypeError', 'tuple() takes no keyword arguments');
  }
  const npos = args.length - nkw;
  checkPositional(interp, 'tuple', npos, 0, 1);
  const tmp = npos === 0 ? interp.singletons.emptyTuple : PySequence_Tuple(interp, args[0]!);
  if (type === interp.types.tuple) return tmp;
  const items = (tmp as PyTupleObject).body.slice();
  for (const x of items) Py_INCREF(x);
  Py_DECREF(tmp);
  const o = PyType_GenericAlloc(type);
  o.body = items;
  return o;
}

// CPython: tuple_count
function tuple_count(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const items = (self as PyTupleObject).body;
  const value = args[0]!;
  let count = 0;
  for (let i = 0; i < items.length; i++) if (PyObject_RichCompareBool(interp, items[i]!, value, Py_EQ)) count++;
  return PyLong_FromNumber(interp, count);
}

/** A start/stop argument of index(), clamped to ssize_t. CPython: _PyEval_SliceIndexNotNone */
function sliceIndexNotNone(interp: Interpreter, o: PyObject): number {
  if (!PyLong_Check(o) && o.ob_type.tp_as_number?.nb_index === undefined) {
    PyErr_SetString(interp, 'TypeError', 'slice indices must be integers or have an __index__ method');
  }
  const v = indexValueOf(interp, o);
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  return v;
}

// CPython: tuple_index_impl
function tuple_index(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'index', args.length, 1, 3);
  const items = (self as PyTupleObject).body;
  const value = args[0]!;
  let start = args.length > 1 ? sliceIndexNotNone(interp, args[1]!) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(interp, args[2]!) : items.length;
  if (start < 0) {
    start += items.length;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += items.length;
  else if (stop > items.length) stop = items.length;
  for (let i = start; i < stop; i++) {
    if (PyObject_RichCompareBool(interp, items[i]!, value, Py_EQ)) return PyLong_FromNumber(interp, i);
  }
  return PyErr_SetString(interp, 'ValueError', 'tuple.index(x): x not in tuple');
}

// CPython: tuple___getnewargs___impl — (the items as an exact tuple,)
function tuple_getnewargs(interp: Interpreter, self: PyObject | null): PyObject {
  return tupleFromItemsSteal(interp, [PySequence_Tuple(interp, self!)]);
}

export const tuple_methods: readonly MethodDef[] = [
  { name: '__getnewargs__', flags: METH_NOARGS, impl: tuple_getnewargs },
  { name: 'index', flags: METH_FASTCALL, impl: tuple_index },
  { name: 'count', flags: METH_O, impl: tuple_count },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias },
];

/**
 * Untracks an exact tuple whose items the collector can never need to see (none is tracked or
 * may become tracked); a tuple with a missing item is still being built. CPython: _PyTuple_MaybeUntrack
 */
export function _PyTuple_MaybeUntrack(interp: Interpreter, o: PyObject): void {
  if (o.ob_type !== interp.types.tuple || o.gc_next === null) return;
  const items = (o as PyTupleObject).body;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x == null || _PyObject_GC_MAY_BE_TRACKED(interp, x)) return;
  }
  interp.gc.untrack(o);
}

/** Whether `o` is or may become tracked: any GC object but an untracked exact tuple. CPython: _PyObject_GC_MAY_BE_TRACKED */
export function _PyObject_GC_MAY_BE_TRACKED(interp: Interpreter, o: PyObject): boolean {
  if ((o.ob_type.tp_flags & Py_TPFLAGS_HAVE_GC) === 0) return false;
  if (o instanceof PyTypeObject && (o.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) return false;
  if (o.ob_type === interp.types.tuple) return o.gc_next !== null;
  return true;
}
