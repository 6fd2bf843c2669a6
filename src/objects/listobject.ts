// list. CPython: Objects/listobject.c. The items are in `body` (a JS array whose length is
// ob_size), `ival` is `allocated` and `extra` the address of the item array (0 for NULL), which
// is asked of the allocator with CPython's over-allocation. Exact lists go on a free list of 80.
import { trashBegin, trashEnd, TRASH_DEPOSITED, TRASH_ENTERED } from './trashcan.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject, reviveObject } from './alloc.ts';
import { PyType_GenericAlloc } from './objecttype.ts';
import { _PyObject_HasLen, indexOrNull, PyObject_LengthHint } from './abstract.ts';
import { checkPositional } from './args.ts';
import { PyErr_SetString } from './exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_INCREF, Py_XDECREF, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue, PyObject_RichCompare, PyObject_RichCompareBool, PyObject_Size, Py_EQ, Py_NE, Py_ReprEnter, Py_ReprLeave, reprText } from './objectops.ts';
import { PySlice_AdjustIndices, PySlice_Unpack } from './sliceobject.ts';
import { type PyTupleObject } from './tupleobject.ts';
import { Py_GenericAlias } from './genericaliasobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';
import { PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject.ts';
import { list_sort_impl } from './listsort.ts';

export interface PyListObject extends PyObject {
  body: PyObject[];
}

export const PyList_MAXFREELIST = 80;
/** sizeof(PyListObject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
export const SIZEOF_PYLISTOBJECT = 40;
const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/** The item array's address (0 when ob_item is NULL). */
function itemsAddr(o: PyObject): number {
  return o.extra as number;
}

export function PyList_Check(o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(o.ob_type.tp_interp.types.list);
}

// CPython: PyList_New (the item array stays NULL for 0 items)
export function PyList_New(interp: Interpreter, size: number): PyListObject {
  const fl = interp.listFreeList;
  let op: PyObject;
  if (fl.length > 0) {
    op = fl.pop()!;
    reviveObject(interp, op);
  } else {
    op = allocObject(interp, interp.types.list, SIZEOF_PYLISTOBJECT, 0, null);
  }
  op.body = size > 0 ? new Array<PyObject>(size) : [];
  op.extra = size > 0 ? interp.obmalloc.malloc(size * 8) : 0;
  op.ival = size;
  return op as PyListObject;
}

// CPython: list_new_prealloc — an empty list with room for `size` items.
function list_new_prealloc(interp: Interpreter, size: number): PyListObject {
  const op = PyList_New(interp, 0);
  op.extra = interp.obmalloc.malloc(size * 8);
  op.ival = size;
  return op;
}

/** A new list taking over (stealing) the references in `items`. CPython: _PyList_FromArraySteal */
export function _PyList_FromArraySteal(interp: Interpreter, items: PyObject[]): PyListObject {
  const op = PyList_New(interp, items.length);
  op.body = items;
  return op;
}

/** The most items a split preallocates. CPython: MAX_PREALLOC (Objects/stringlib/split.h) */
const MAX_PREALLOC = 12;

/**
 * The list a str/bytes split returns, built as stringlib's split functions do: preallocated for
 * `maxcount` splits (at most 12 items), appended to beyond that, then cut to length.
 * CPython: PREALLOC_SIZE, SPLIT_ADD, FIX_PREALLOC_SIZE
 */
export function listFromSplitParts(interp: Interpreter, items: PyObject[], maxcount: number): PyListObject {
  const prealloc = maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1;
  const op = PyList_New(interp, prealloc);
  const first = items.length <= MAX_PREALLOC ? items : items.slice(0, MAX_PREALLOC);
  op.body = first;
  for (let i = MAX_PREALLOC; i < items.length; i++) _PyList_AppendTakeRef(op, items[i]!);
  return op;
}

/** A list grown from empty by one append per item (taking over the references). */
export function listFromAppends(interp: Interpreter, items: PyObject[]): PyListObject {
  const op = PyList_New(interp, 0);
  for (const item of items) _PyList_AppendTakeRef(op, item);
  return op;
}

/**
 * Makes room for `newsize` items (the caller then sets `body` to that length), over-allocating
 * as CPython: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ... CPython: list_resize
 */
export function list_resize(o: PyObject, newsize: number): void {
  const allocated = o.ival;
  if (allocated >= newsize && newsize >= (allocated >> 1)) return;
  let newAllocated = (newsize + Math.floor(newsize / 8) + 6) & ~3;
  if (newsize - (o as PyListObject).body.length > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  o.extra = o.ob_type.tp_interp.obmalloc.realloc(itemsAddr(o), newAllocated * 8);
  o.ival = newAllocated;
}

// CPython: list_preallocate_exact (rounded up to an even count: pymalloc's 16-byte granularity)
function list_preallocate_exact(o: PyObject, size: number): void {
  size = (size + 1) & ~1;
  o.extra = o.ob_type.tp_interp.obmalloc.malloc(size * 8);
  o.ival = size;
}

/** Appends, taking over the reference to `v`. CPython: _PyList_AppendTakeRef */
export function _PyList_AppendTakeRef(o: PyObject, v: PyObject): void {
  const items = (o as PyListObject).body;
  if (o.ival <= items.length) list_resize(o, items.length + 1);
  items.push(v);
}

// CPython: PyList_Append
export function PyList_Append(o: PyObject, v: PyObject): void {
  Py_INCREF(v);
  _PyList_AppendTakeRef(o, v);
}

// CPython: list_dealloc — items are released last to first.
export function list_dealloc(o: PyObject): void {
  const interp = o.ob_type.tp_interp;
  const trash = trashBegin(o, list_dealloc);
  if (trash === TRASH_DEPOSITED) return;
  if (itemsAddr(o) !== 0) {
    const items = (o as PyListObject).body;
    for (let i = items.length; --i >= 0;) Py_XDECREF(items[i]!);
    interp.obmalloc.free(itemsAddr(o));
  }
  o.body = null;
  o.extra = 0;
  const fl = interp.listFreeList;
  if (fl.length < PyList_MAXFREELIST && o.ob_type === interp.types.list) fl.push(o);
  else freeObject(o);
  if (trash === TRASH_ENTERED) trashEnd(interp);
}

/** The items from the last to the first. CPython: list_traverse */
export function list_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const items = (o as PyListObject).body;
  for (let i = items.length; --i >= 0;) visit(items[i]!, arg);
}

// CPython: _list_clear — the list is empty before any item is released.
export function _list_clear(o: PyObject): void {
  const addr = itemsAddr(o);
  if (addr === 0) return;
  const items = (o as PyListObject).body;
  o.body = [];
  o.extra = 0;
  o.ival = 0;
  for (let i = items.length; --i >= 0;) Py_XDECREF(items[i]!);
  o.ob_type.tp_interp.obmalloc.free(addr);
}

// CPython: list_repr (Py_ReprEnter makes a list that contains itself print as [...])
export function list_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const v = o as PyListObject;
  if (v.body.length === 0) return PyUnicode_FromString(interp, '[]');
  if (!Py_ReprEnter(interp, o)) return PyUnicode_FromString(interp, '[...]');
  try {
    let s = '[';
    // An item's repr may change the list: its length is read again each time.
    for (let i = 0; i < v.body.length; i++) {
      if (i > 0) s += ', ';
      const item = v.body[i]!;
      Py_INCREF(item);
      try {
        s += reprText(interp, item);
      } finally {
        Py_DECREF(item);
      }
    }
    return PyUnicode_FromString(interp, s + ']');
  } finally {
    Py_ReprLeave(interp, o);
  }
}

// CPython: list_length
export function list_length(o: PyObject): number {
  return (o as PyListObject).body.length;
}

// CPython: list_contains
export function list_contains(o: PyObject, el: PyObject): boolean {
  const interp = o.ob_type.tp_interp;
  const items = (o as PyListObject).body;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    Py_INCREF(item);
    try {
      if (PyObject_RichCompareBool(interp, item, el, Py_EQ)) return true;
    } finally {
      Py_DECREF(item);
    }
  }
  return false;
}

// CPython: list_item
function list_item(interp: Interpreter, o: PyObject, i: number): PyObject {
  const items = (o as PyListObject).body;
  if (i < 0 || i >= items.length) PyErr_SetString(interp, 'IndexError', 'list index out of range');
  const v = items[i]!;
  Py_INCREF(v);
  return v;
}

// CPython: list_item (sq_item)
export function list_sq_item(o: PyObject, i: number): PyObject {
  return list_item(o.ob_type.tp_interp, o, i);
}

// CPython: list_slice
export function list_slice(interp: Interpreter, o: PyObject, ilow: number, ihigh: number): PyListObject {
  const len = ihigh - ilow;
  if (len <= 0) return PyList_New(interp, 0);
  const np = list_new_prealloc(interp, len);
  const src = (o as PyListObject).body;
  const dest = np.body;
  for (let i = 0; i < len; i++) {
    const v = src[ilow + i]!;
    Py_INCREF(v);
    dest.push(v);
  }
  return np;
}

function indexError(interp: Interpreter, key: PyObject): never {
  return PyErr_SetString(interp, 'TypeError', `list indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

// CPython: list_subscript
export function list_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  let i = indexOrNull(interp, key);
  const items = (o as PyListObject).body;
  if (i !== null) {
    if (i < 0) i += items.length;
    return list_item(interp, o, i);
  }
  if (key.ob_type !== interp.types.slice) indexError(interp, key);
  const r = PySlice_Unpack(interp, key);
  const n = PySlice_AdjustIndices(items.length, r);
  const [start, stop, step] = r;
  if (n <= 0) return PyList_New(interp, 0);
  if (step === 1) return list_slice(interp, o, start, stop);
  const res = list_new_prealloc(interp, n);
  for (let k = 0, cur = start; k < n; k++, cur += step) {
    const v = items[cur]!;
    Py_INCREF(v);
    res.body.push(v);
  }
  return res;
}

/**
 * `v` as a list or tuple (a new reference): exact lists and tuples as they are, anything else
 * iterated into a new list; a TypeError from iter() becomes `msg`. CPython: PySequence_Fast
 */
export function PySequence_Fast(interp: Interpreter, v: PyObject, msg: string): PyObject {
  const t = interp.types;
  if (v.ob_type === t.list || v.ob_type === t.tuple) {
    Py_INCREF(v);
    return v;
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(interp, v);
  } catch (e) {
    if ((e as PyObject).ob_type === t.exceptions.get('TypeError')) {
      Py_DECREF(e as PyObject);
      PyErr_SetString(interp, 'TypeError', msg);
    }
    throw e;
  }
  const res = PyList_New(interp, 0);
  try {
    list_extend_iter(interp, res, v, it);
  } catch (e) {
    Py_DECREF(res);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return res;
}

/** The items of a list or tuple from PySequence_Fast. */
function fastItems(o: PyObject): PyObject[] {
  return (o as PyListObject | PyTupleObject).body;
}

// CPython: list_ass_slice (a[ilow:ihigh] = v, or deletion when v is null)
export function list_ass_slice(interp: Interpreter, a: PyObject, ilow: number, ihigh: number, v: PyObject | null): void {
  let vAsSF: PyObject | null = null;
  let vitems: PyObject[] = [];
  if (v !== null) {
    if (a === v) {
      // a[i:j] = a: copy the source first.
      const copy = list_slice(interp, v, 0, (v as PyListObject).body.length);
      try {
        list_ass_slice(interp, a, ilow, ihigh, copy);
      } finally {
        Py_DECREF(copy);
      }
      return;
    }
    vAsSF = PySequence_Fast(interp, v, 'can only assign an iterable');
    vitems = fastItems(vAsSF);
  }
  const items = (a as PyListObject).body;
  const size = items.length;
  if (ilow < 0) ilow = 0;
  else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > size) ihigh = size;
  const norig = ihigh - ilow;
  const n = vitems.length;
  const d = n - norig;
  if (size + d === 0) {
    Py_XDECREF(vAsSF);
    _list_clear(a);
    return;
  }
  // CPython keeps up to 8 removed items on the C stack, more in a heap block.
  const recycleAddr = norig > 8 ? interp.obmalloc.malloc(norig * 8) : 0;
  const newItems = new Array<PyObject>(n);
  for (let k = 0; k < n; k++) {
    const w = vitems[k]!;
    Py_INCREF(w);
    newItems[k] = w;
  }
  if (d > 0) list_resize(a, size + d);
  const recycle = items.splice(ilow, norig, ...newItems);
  if (d < 0) list_resize(a, size + d);
  for (let k = norig - 1; k >= 0; --k) Py_XDECREF(recycle[k]!);
  if (recycleAddr !== 0) interp.obmalloc.free(recycleAddr);
  Py_XDECREF(vAsSF);
}

// CPython: list_ass_item
function list_ass_item(interp: Interpreter, a: PyObject, i: number, v: PyObject | null): void {
  const items = (a as PyListObject).body;
  if (i < 0 || i >= items.length) PyErr_SetString(interp, 'IndexError', 'list assignment index out of range');
  if (v === null) {
    list_ass_slice(interp, a, i, i + 1, null);
    return;
  }
  const old = items[i]!;
  Py_INCREF(v);
  items[i] = v;
  Py_DECREF(old);
}

// CPython: list_ass_subscript
export function list_ass_subscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  const items = (o as PyListObject).body;
  let i = indexOrNull(interp, key);
  if (i !== null) {
    if (i < 0) i += items.length;
    list_ass_item(interp, o, i, value);
    return;
  }
  if (key.ob_type !== interp.types.slice) indexError(interp, key);
  const r = PySlice_Unpack(interp, key);
  const slicelength = PySlice_AdjustIndices(items.length, r);
  let [start, stop, step] = r;
  if (step === 1) {
    list_ass_slice(interp, o, start, stop, value);
    return;
  }
  // s[5:2] = [..] inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (value === null) {
    if (slicelength <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const garbageAddr = interp.obmalloc.malloc(slicelength * 8);
    const garbage: PyObject[] = [];
    const kept: PyObject[] = [];
    for (let k = 0; k < items.length; k++) {
      const j = k - start;
      if (j >= 0 && j % step === 0 && j / step < slicelength) garbage.push(items[k]!);
      else kept.push(items[k]!);
    }
    (o as PyListObject).body = kept;
    list_resize(o, kept.length);
    for (const g of garbage) Py_DECREF(g);
    interp.obmalloc.free(garbageAddr);
    return;
  }
  // a[::-1] = a: copy the source first.
  const seq = o === value ? list_slice(interp, value, 0, items.length) : PySequence_Fast(interp, value, 'must assign iterable to extended slice');
  try {
    const seqItems = fastItems(seq);
    if (seqItems.length !== slicelength) {
      PyErr_SetString(interp, 'ValueError', `attempt to assign sequence of size ${seqItems.length} to extended slice of size ${slicelength}`);
    }
    if (slicelength === 0) return;
    const garbageAddr = interp.obmalloc.malloc(slicelength * 8);
    const garbage = new Array<PyObject>(slicelength);
    for (let k = 0, cur = start; k < slicelength; k++, cur += step) {
      garbage[k] = items[cur]!;
      const ins = seqItems[k]!;
      Py_INCREF(ins);
      items[cur] = ins;
    }
    for (let k = 0; k < slicelength; k++) Py_DECREF(garbage[k]!);
    interp.obmalloc.free(garbageAddr);
  } finally {
    Py_DECREF(seq);
  }
}

/** Runs `it` (an iterator over `iterable`) to exhaustion into `self`. CPython: the iterator part of list_extend */
function list_extend_iter(interp: Interpreter, self: PyObject, iterable: PyObject, it: PyObject): void {
  const n = PyObject_LengthHint(interp, iterable, 8);
  const l = self as PyListObject;
  const m = l.body.length;
  if (itemsAddr(self) === 0) {
    if (n !== 0) list_preallocate_exact(self, n);
  } else {
    list_resize(self, m + n);
  }
  for (;;) {
    const item = PyIter_Next(interp, it);
    if (item === null) break;
    _PyList_AppendTakeRef(self, item);
  }
  // Cut back if the guess was too large.
  if (l.body.length < self.ival) list_resize(self, l.body.length);
}

// CPython: list_extend (lists and tuples are copied directly; anything else is iterated)
export function list_extend(interp: Interpreter, self: PyObject, iterable: PyObject): void {
  const t = interp.types;
  if (iterable.ob_type === t.list || iterable.ob_type === t.tuple || iterable === self) {
    const src = fastItems(iterable);
    const n = src.length;
    if (n === 0) return;
    const l = self as PyListObject;
    const m = l.body.length;
    if (itemsAddr(self) === 0) list_preallocate_exact(self, n);
    else list_resize(self, m + n);
    // a.extend(a) reads the n items that were there before.
    for (let i = 0; i < n; i++) {
      const v = src[i]!;
      Py_INCREF(v);
      l.body.push(v);
    }
    return;
  }
  const it = PyObject_GetIter(interp, iterable);
  try {
    list_extend_iter(interp, self, iterable, it);
  } finally {
    Py_DECREF(it);
  }
}

// CPython: list_concat
export function list_concat(a: PyObject, b: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  if (!PyList_Check(b)) PyErr_SetString(interp, 'TypeError', `can only concatenate list (not "${b.ob_type.tp_name}") to list`);
  const x = (a as PyListObject).body;
  const y = (b as PyListObject).body;
  const size = x.length + y.length;
  if (size === 0) return PyList_New(interp, 0);
  const np = list_new_prealloc(interp, size);
  for (const v of x) {
    Py_INCREF(v);
    np.body.push(v);
  }
  for (const v of y) {
    Py_INCREF(v);
    np.body.push(v);
  }
  return np;
}

// CPython: list_repeat
export function list_repeat(a: PyObject, n: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const items = (a as PyListObject).body;
  const inputSize = items.length;
  if (inputSize === 0 || n <= 0) return PyList_New(interp, 0);
  if (inputSize > PY_SSIZE_T_MAX / n || inputSize * n > 2 ** 32) PyErr_SetString(interp, 'MemoryError', '');
  const np = list_new_prealloc(interp, inputSize * n);
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < inputSize; i++) {
      const v = items[i]!;
      Py_INCREF(v);
      np.body.push(v);
    }
  }
  return np;
}

// CPython: list_inplace_concat
export function list_inplace_concat(a: PyObject, b: PyObject): PyObject {
  list_extend(a.ob_type.tp_interp, a, b);
  Py_INCREF(a);
  return a;
}

// CPython: list_inplace_repeat
export function list_inplace_repeat(a: PyObject, n: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const l = a as PyListObject;
  const inputSize = l.body.length;
  if (inputSize === 0 || n === 1) {
    Py_INCREF(a);
    return a;
  }
  if (n < 1) {
    _list_clear(a);
    Py_INCREF(a);
    return a;
  }
  if (inputSize > PY_SSIZE_T_MAX / n || inputSize * n > 2 ** 32) PyErr_SetString(interp, 'MemoryError', '');
  list_resize(a, inputSize * n);
  for (let k = 1; k < n; k++) {
    for (let i = 0; i < inputSize; i++) {
      const v = l.body[i]!;
      Py_INCREF(v);
      l.body.push(v);
    }
  }
  Py_INCREF(a);
  return a;
}

function boolObj(interp: Interpreter, v: boolean): PyObject {
  return v ? interp.singletons.True : interp.singletons.False;
}

/** Py_RETURN_RICHCOMPARE over two lengths. */
export function compareLengths(interp: Interpreter, a: number, b: number, op: number): PyObject {
  const r = [a < b, a <= b, a === b, a !== b, a > b, a >= b][op]!;
  return boolObj(interp, r);
}

// CPython: list_richcompare — the first items that differ decide, else the lengths.
export function list_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const interp = v.ob_type.tp_interp;
  if (!PyList_Check(v) || !PyList_Check(w)) return interp.singletons.NotImplemented;
  const vl = (v as PyListObject).body;
  const wl = (w as PyListObject).body;
  if (vl.length !== wl.length && (op === Py_EQ || op === Py_NE)) return boolObj(interp, op === Py_NE);
  let i = 0;
  // The lists are read again each time: a comparison may change them.
  for (; i < (v as PyListObject).body.length && i < (w as PyListObject).body.length; i++) {
    const vitem = (v as PyListObject).body[i]!;
    const witem = (w as PyListObject).body[i]!;
    if (vitem === witem) continue;
    Py_INCREF(vitem);
    Py_INCREF(witem);
    let k: boolean;
    try {
      k = PyObject_RichCompareBool(interp, vitem, witem, Py_EQ);
    } finally {
      Py_DECREF(vitem);
      Py_DECREF(witem);
    }
    if (!k) break;
  }
  const nv = (v as PyListObject).body.length;
  const nw = (w as PyListObject).body.length;
  if (i >= nv || i >= nw) return compareLengths(interp, nv, nw, op);
  if (op === Py_EQ) return interp.singletons.False;
  if (op === Py_NE) return interp.singletons.True;
  return PyObject_RichCompare(interp, (v as PyListObject).body[i]!, (w as PyListObject).body[i]!, op);
}

/** An int argument as a ssize_t. CPython: the ssize_t converter (_PyNumber_Index + PyLong_AsSsize_t) */
export function ssizeArg(interp: Interpreter, o: PyObject): number {
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = longValue(o);
  if (typeof v === 'bigint') {
    if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C ssize_t');
    return Number(v);
  }
  return v;
}

/** A start/stop argument, clamped to ssize_t. CPython: _PyEval_SliceIndexNotNone */
function sliceIndexNotNone(interp: Interpreter, o: PyObject): number {
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', 'slice indices must be integers or have an __index__ method');
  const v = longValue(o);
  if (typeof v === 'bigint') return v > 0n ? PY_SSIZE_T_MAX : -PY_SSIZE_T_MAX - 1;
  return v;
}

// CPython: list_append (METH_O)
function list_append(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  PyList_Append(self!, args[0]!);
  return interp.singletons.None;
}

// CPython: ins1
export function ins1(self: PyObject, where: number, v: PyObject): void {
  const items = (self as PyListObject).body;
  const n = items.length;
  list_resize(self, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  Py_INCREF(v);
  items.splice(where, 0, v);
}

// CPython: list_insert_impl
function list_insert(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'insert', args.length, 2, 2);
  ins1(self!, ssizeArg(interp, args[0]!), args[1]!);
  return interp.singletons.None;
}

// CPython: list_extend (the method)
function list_extend_meth(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  list_extend(interp, self!, args[0]!);
  return interp.singletons.None;
}

// CPython: list_pop_impl
function list_pop(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'pop', args.length, 0, 1);
  let index = args.length > 0 ? ssizeArg(interp, args[0]!) : -1;
  const items = (self as PyListObject).body;
  if (items.length === 0) PyErr_SetString(interp, 'IndexError', 'pop from empty list');
  if (index < 0) index += items.length;
  if (index < 0 || index >= items.length) PyErr_SetString(interp, 'IndexError', 'pop index out of range');
  const v = items[index]!;
  const sizeAfterPop = items.length - 1;
  if (sizeAfterPop === 0) {
    Py_INCREF(v);
    _list_clear(self!);
  } else {
    items.splice(index, 1);
    list_resize(self!, sizeAfterPop);
  }
  return v;
}

// CPython: list_remove (METH_O)
function list_remove(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const value = args[0]!;
  const l = self as PyListObject;
  for (let i = 0; i < l.body.length; i++) {
    const obj = l.body[i]!;
    Py_INCREF(obj);
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(interp, obj, value, Py_EQ);
    } finally {
      Py_DECREF(obj);
    }
    if (cmp) {
      list_ass_slice(interp, l, i, i + 1, null);
      return interp.singletons.None;
    }
  }
  return PyErr_SetString(interp, 'ValueError', 'list.remove(x): x not in list');
}

// CPython: list_index_impl
function list_index(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'index', args.length, 1, 3);
  const value = args[0]!;
  const l = self as PyListObject;
  let start = args.length > 1 ? sliceIndexNotNone(interp, args[1]!) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(interp, args[2]!) : PY_SSIZE_T_MAX;
  if (start < 0) {
    start += l.body.length;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += l.body.length;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < l.body.length; i++) {
    const obj = l.body[i]!;
    Py_INCREF(obj);
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(interp, obj, value, Py_EQ);
    } finally {
      Py_DECREF(obj);
    }
    if (cmp) return PyLong_FromNumber(interp, i);
  }
  return PyErr_SetString(interp, 'ValueError', `${reprText(interp, value)} is not in list`);
}

// CPython: list_count (METH_O)
function list_count(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const value = args[0]!;
  const l = self as PyListObject;
  let count = 0;
  for (let i = 0; i < l.body.length; i++) {
    const obj = l.body[i]!;
    if (obj === value) {
      count++;
      continue;
    }
    Py_INCREF(obj);
    try {
      if (PyObject_RichCompareBool(interp, obj, value, Py_EQ)) count++;
    } finally {
      Py_DECREF(obj);
    }
  }
  return PyLong_FromNumber(interp, count);
}

// CPython: list_clear_impl
function list_clear_meth(interp: Interpreter, self: PyObject | null): PyObject {
  _list_clear(self!);
  return interp.singletons.None;
}

// CPython: list_copy_impl
function list_copy(interp: Interpreter, self: PyObject | null): PyObject {
  return list_slice(interp, self!, 0, (self as PyListObject).body.length);
}

// CPython: list_reverse_impl
function list_reverse(interp: Interpreter, self: PyObject | null): PyObject {
  (self as PyListObject).body.reverse();
  return interp.singletons.None;
}

// CPython: list___sizeof___impl
function list_sizeof(interp: Interpreter, self: PyObject | null): PyObject {
  return PyLong_FromNumber(interp, self!.ob_type.tp_basicsize + self!.ival * 8);
}

// CPython: list_sort (keyword-only key= and reverse=)
function list_sort(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
  const npos = args.length - kw.length;
  if (npos > 0) PyErr_SetString(interp, 'TypeError', `sort() takes no positional arguments`);
  let key: PyObject | null = null;
  let reverse = false;
  for (let i = 0; i < kw.length; i++) {
    const b = (kw[i] as PyUnicodeObject).body;
    const name = typeof b === 'string' ? b : String.fromCodePoint(...b);
    const v = args[npos + i]!;
    if (name === 'key') key = v === interp.singletons.None ? null : v;
    else if (name === 'reverse') reverse = PyObject_IsTrue(interp, v);
    else PyErr_SetString(interp, 'TypeError', `'${name}' is an invalid keyword argument for sort()`);
  }
  list_sort_impl(interp, self!, key, reverse);
  return interp.singletons.None;
}

const SIZEOF_LISTITEROBJECT = 32;

// CPython: list_iter
export function list_iter(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  Py_INCREF(o);
  return allocObject(interp, interp.types.list_iterator, SIZEOF_LISTITEROBJECT, 0, o);
}

// CPython: listiter_next — the iterator lets go of the list when it is exhausted.
export function listiter_next(it: PyObject): PyObject | null {
  const seq = it.body as PyListObject | null;
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

// CPython: listiter_dealloc / listreviter_dealloc
export function listiter_dealloc(it: PyObject): void {
  Py_XDECREF(it.body as PyObject | null);
  freeObject(it);
}

// CPython: listiter_traverse
export function listiter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  if (it.body !== null) visit(it.body as PyObject, arg);
}

// CPython: listiter_len
function listiter_len(interp: Interpreter, it: PyObject | null): PyObject {
  const seq = it!.body as PyListObject | null;
  const n = seq === null ? 0 : seq.body.length - it!.ival;
  return PyLong_FromNumber(interp, n > 0 ? n : 0);
}

// CPython: list___reversed___impl
export function list_reversed(interp: Interpreter, self: PyObject | null): PyObject {
  Py_INCREF(self!);
  return allocObject(interp, interp.types.list_reverseiterator, SIZEOF_LISTITEROBJECT, (self as PyListObject).body.length - 1, self);
}

// CPython: listreviter_next
export function listreviter_next(it: PyObject): PyObject | null {
  const seq = it.body as PyListObject | null;
  if (seq === null) return null;
  const index = it.ival;
  if (index >= 0 && index < seq.body.length) {
    it.ival--;
    const v = seq.body[index]!;
    Py_INCREF(v);
    return v;
  }
  it.ival = -1;
  it.body = null;
  Py_DECREF(seq);
  return null;
}

// CPython: listreviter_len
function listreviter_len(interp: Interpreter, it: PyObject | null): PyObject {
  const seq = it!.body as PyListObject | null;
  let len = it!.ival + 1;
  if (seq === null || seq.body.length < len) len = 0;
  return PyLong_FromNumber(interp, len);
}

// CPython: list_vectorcall (list() and list(iterable); the object is not taken from the free list)
export function list_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  if (kwnames !== null && (kwnames as PyTupleObject).body.length > 0) PyErr_SetString(interp, 'TypeError', 'list() takes no keyword arguments');
  checkPositional(interp, 'list', args.length, 0, 1);
  const list = allocObject(interp, type, SIZEOF_PYLISTOBJECT, 0, []);
  list.extra = 0;
  if (args.length > 0) {
    try {
      list___init__(interp, list, args[0]!);
    } catch (e) {
      Py_DECREF(list);
      throw e;
    }
  }
  return list;
}

// CPython: PyType_GenericNew for list (its subclasses are created through tp_new and tp_init)
export function list_new(type: PyTypeObject): PyObject {
  const o = PyType_GenericAlloc(type);
  o.body = [];
  o.extra = 0;
  o.ival = 0;
  return o;
}

// CPython: list___init__ (the argument checks of its clinic wrapper)
export function list_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  if (kwnames !== null && (kwnames as PyTupleObject).body.length > 0) PyErr_SetString(interp, 'TypeError', 'list() takes no keyword arguments');
  checkPositional(interp, 'list', args.length, 0, 1);
  if (args.length > 0) list___init__(interp, self, args[0]!);
  else if (itemsAddr(self) !== 0) _list_clear(self);
}

// CPython: list___init___impl — presized exactly when the iterable has a length.
export function list___init__(interp: Interpreter, self: PyObject, iterable: PyObject): void {
  if (itemsAddr(self) !== 0) _list_clear(self);
  if (_PyObject_HasLen(iterable)) {
    let n = -1;
    try {
      n = PyObject_Size(interp, iterable);
    } catch (e) {
      if ((e as PyObject).ob_type !== interp.types.exceptions.get('TypeError')) throw e;
      Py_DECREF(e as PyObject);
    }
    if (n > 0 && itemsAddr(self) === 0) list_preallocate_exact(self, n);
  }
  list_extend(interp, self, iterable);
}

export const list_methods: readonly MethodDef[] = [
  { name: '__reversed__', flags: METH_NOARGS, impl: list_reversed },
  { name: '__sizeof__', flags: METH_NOARGS, impl: list_sizeof },
  { name: 'clear', flags: METH_NOARGS, impl: list_clear_meth },
  { name: 'copy', flags: METH_NOARGS, impl: list_copy },
  { name: 'append', flags: METH_O, impl: list_append },
  { name: 'insert', flags: METH_FASTCALL, impl: list_insert },
  { name: 'extend', flags: METH_O, impl: list_extend_meth },
  { name: 'pop', flags: METH_FASTCALL, impl: list_pop },
  { name: 'remove', flags: METH_O, impl: list_remove },
  { name: 'index', flags: METH_FASTCALL, impl: list_index },
  { name: 'count', flags: METH_O, impl: list_count },
  { name: 'reverse', flags: METH_NOARGS, impl: list_reverse },
  { name: 'sort', flags: METH_FASTCALL | METH_KEYWORDS, impl: list_sort },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias },
];

export const listiter_methods: readonly MethodDef[] = [
  { name: '__length_hint__', flags: METH_NOARGS, impl: listiter_len },
];

export const listreviter_methods: readonly MethodDef[] = [
  { name: '__length_hint__', flags: METH_NOARGS, impl: listreviter_len },
];
