// bytearray. CPython: Objects/bytearrayobject.c. The contents are a Uint8Array in `body` (its
// length is the size); `ival` is ob_alloc and `extra` the address of the separately allocated
// buffer (0 for none), which grows and shrinks as PyByteArray_Resize decides. Deleting from the
// front only advances the start inside the buffer (ob_start - ob_bytes, kept in `startOffsets`).
import type { Interpreter } from '../runtime/interpreter.ts';
import { indexOrNull } from './abstract.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyType_GenericAlloc } from './objecttype.ts';
import { bindArgs } from './args_kw.ts';
import {
  bufferOf, byteValue, latin1Text, PyBytes_FromData, bytesContains, bytesFormat, compareBuffers, dataFromArgs, dataFromIterable, repeatData, richFromOrder,
  sliceData,
} from './bytesobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyLong_Check, PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { PyObject_GetState } from './reduce_util.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { Py_EQ, Py_NE } from './objectops.ts';
import { PySlice_AdjustIndices, PySlice_Unpack } from './sliceobject.ts';
import type { PyTypeObject, visitproc } from './typeobject.ts';

export interface PyByteArrayObject extends PyObject {
  body: Uint8Array;
  extra: number;
}

/** sizeof(PyByteArrayObject) on 64-bit 3.12. */
const SIZEOF_PYBYTEARRAYOBJECT = 56;

/** A new empty bytearray (no buffer yet). CPython: PyByteArray_FromStringAndSize(NULL, 0) */
function newByteArray(interp: Interpreter): PyObject {
  const o = allocObject(interp, interp.types.bytearray, SIZEOF_PYBYTEARRAYOBJECT, 0, new Uint8Array(0));
  o.extra = 0;
  return o;
}

/** A new bytearray holding a copy of `data`. CPython: PyByteArray_FromStringAndSize */
export function PyByteArray_FromData(interp: Interpreter, data: Uint8Array): PyObject {
  const o = newByteArray(interp);
  if (data.length > 0) {
    // PyByteArray_FromStringAndSize allocates exactly size + 1.
    o.ival = data.length + 1;
    o.extra = interp.obmalloc.malloc(o.ival);
    o.body = data.slice();
  }
  return o;
}

// CPython: bytearray_dealloc
export function bytearray_dealloc(o: PyObject): void {
  const interp = o.ob_type.tp_interp;
  if ((o as PyByteArrayObject).extra !== 0) interp.obmalloc.free((o as PyByteArrayObject).extra);
  freeObject(o);
}

/**
 * bytearray.__reduce__ / __reduce_ex__: `(type, args, state)`, the contents as latin-1 text below
 * protocol 3 (which Python 2 could read), as bytes from it on. CPython: _common_reduce
 */
export function bytearrayReduce(interp: Interpreter, self: PyObject, proto: number): PyObject {
  const state = PyObject_GetState(interp, self);
  const data = (self as PyByteArrayObject).body;
  let args: PyObject;
  if (data.length === 0) args = Py_NewRef(interp.singletons.emptyTuple);
  else if (proto < 3) args = tupleFromItemsSteal(interp, [PyUnicode_FromString(interp, latin1Text(data)), PyUnicode_FromString(interp, 'latin-1')]);
  else args = tupleFromItemsSteal(interp, [PyBytes_FromData(interp, data.slice())]);
  return tupleFromItemsSteal(interp, [Py_NewRef(self.ob_type), args, state]);
}

/** The buffer exports (memoryviews) of bytearrays that have some (CPython: ob_exports). */
const exportCounts = new WeakMap<PyObject, number>();
let anyExports = 0;

/** Counts a buffer export of a bytearray (delta +1) or its release (-1). */
export function bytearrayExportsAdd(o: PyObject, delta: number): void {
  const n = (exportCounts.get(o) ?? 0) + delta;
  anyExports += delta;
  if (n === 0) exportCounts.delete(o);
  else exportCounts.set(o, n);
}

/** Sets the size, reallocating the buffer as CPython does; a bytearray with exports cannot
 * change size. CPython: PyByteArray_Resize, _canresize */
export function byteArrayResize(interp: Interpreter, o: PyObject, size: number): void {
  const b = o as PyByteArrayObject;
  if (size === b.body.length) return;
  if (anyExports > 0 && exportCounts.has(o)) PyErr_SetString(interp, 'BufferError', 'Existing exports of data: object cannot be re-sized');
  let alloc = b.ival;
  const offset = startOffsets.get(o) ?? 0;
  const old = b.body;
  const fresh = new Uint8Array(size);
  fresh.set(size >= old.length ? old : old.subarray(0, size));
  if (size + offset + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) alloc = size + 1;
    else {
      b.body = fresh;
      return;
    }
  } else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  if (alloc > 2 ** 40) PyErr_SetString(interp, 'MemoryError', '');
  if (offset > 0) {
    // A buffer whose start has moved is copied to a new block rather than reallocated.
    const block = interp.obmalloc.malloc(alloc);
    interp.obmalloc.free(b.extra);
    b.extra = block;
    startOffsets.delete(o);
  } else b.extra = b.extra === 0 ? interp.obmalloc.malloc(alloc) : interp.obmalloc.realloc(b.extra, alloc);
  b.ival = alloc;
  b.body = fresh;
}

/** Where the contents start inside the buffer, for bytearrays whose front was deleted. */
const startOffsets = new WeakMap<PyObject, number>();

/**
 * Deletes `count` bytes from the front as bytearray_setslice_linear does for a slice at 0 that
 * shrinks: the start moves forward inside the buffer, then the buffer may be reallocated.
 */
function byteArrayDropFront(interp: Interpreter, o: PyObject, count: number, keep: Uint8Array): void {
  if (anyExports > 0 && exportCounts.has(o)) PyErr_SetString(interp, 'BufferError', 'Existing exports of data: object cannot be re-sized');
  startOffsets.set(o, (startOffsets.get(o) ?? 0) + count);
  byteArraySetData(interp, o, keep);
}

/**
 * Grows a new bytearray one byte at a time as bytearray___init__ does for an iterable that is
 * neither a buffer nor a list or tuple of exact ints, so that the allocation ends the same.
 */
function byteArrayFillByAppends(interp: Interpreter, o: PyObject, data: Uint8Array): void {
  const b = o as PyByteArrayObject;
  for (let n = 1; n <= data.length; n++) {
    if (n < b.ival) continue;
    byteArrayResize(interp, o, n);
  }
  b.body = data.slice();
}

/** Replaces the contents with `data`, resizing first. */
export function byteArraySetData(interp: Interpreter, o: PyObject, data: Uint8Array): void {
  byteArrayResize(interp, o, data.length);
  (o as PyByteArrayObject).body.set(data);
}

// CPython: bytearray_repr — unlike bytes' repr, a single quote is escaped even inside double quotes
export function bytearray_repr(o: PyObject): string {
  const d = (o as PyByteArrayObject).body;
  let quote = "'";
  if (d.includes(0x27) && !d.includes(0x22)) quote = '"';
  let out = '';
  for (const c of d) {
    if (c === 0x27 || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return `${o.ob_type.tp_name}(b${quote}${out}${quote})`;
}

export function bytearray_contains(o: PyObject, x: PyObject): boolean {
  return bytesContains(o.ob_type.tp_interp, (o as PyByteArrayObject).body, x);
}

// CPython: bytearray_richcompare — any two buffers compare
export function bytearray_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const x = bufferOf(a);
  const y = bufferOf(b);
  if (x === null || y === null) return interp.singletons.NotImplemented;
  if ((op === Py_EQ || op === Py_NE) && x.length !== y.length) return op === Py_EQ ? interp.singletons.False : interp.singletons.True;
  return richFromOrder(interp, compareBuffers(x, y), op);
}

// CPython: bytearray_subscript
export function bytearray_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const data = (o as PyByteArrayObject).body;
  let i = indexOrNull(interp, key);
  if (i === null && key.ob_type === interp.types.slice) return PyByteArray_FromData(interp, sliceData(interp, data, key));
  if (i === null) return PyErr_SetString(interp, 'TypeError', `bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
  if (i < 0) i += data.length;
  if (i < 0 || i >= data.length) PyErr_SetString(interp, 'IndexError', 'bytearray index out of range');
  return PyLong_FromNumber(interp, data[i]!);
}

// CPython: bytearray_ass_subscript / bytearray_setslice_linear
export function bytearray_ass_subscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  const data = (o as PyByteArrayObject).body;
  let i = indexOrNull(interp, key);
  if (i !== null) {
    if (i < 0) i += data.length;
    if (i < 0 || i >= data.length) PyErr_SetString(interp, 'IndexError', 'bytearray index out of range');
    if (value === null) {
      const out = new Uint8Array(data.length - 1);
      out.set(data.subarray(0, i));
      out.set(data.subarray(i + 1), i);
      if (i === 0) byteArrayDropFront(interp, o, 1, out);
      else byteArraySetData(interp, o, out);
      return;
    }
    data[i] = byteValue(interp, value, 'byte must be in range(0, 256)');
    return;
  }
  if (key.ob_type !== interp.types.slice) {
    PyErr_SetString(interp, 'TypeError', `bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
  let values: Uint8Array;
  if (value === null) values = new Uint8Array(0);
  else if (value === o) values = data.slice();
  else {
    const b = bufferOf(value);
    if (b !== null) values = b.slice();
    else {
      if (value.ob_type.tp_iter === null || value.ob_type.isSubtypeOf(interp.types.str)) {
        PyErr_SetString(interp, 'TypeError', `can assign only bytes, buffers, or iterables of ints in range(0, 256)`);
      }
      values = dataFromIterable(interp, value, 'byte must be in range(0, 256)');
    }
  }
  const r = PySlice_Unpack(interp, key);
  const n = PySlice_AdjustIndices(data.length, r);
  const [start, stop, step] = r;
  if (step === 1) {
    const lo = start;
    const hi = Math.max(stop, lo);
    const out = new Uint8Array(data.length - (hi - lo) + values.length);
    out.set(data.subarray(0, lo));
    out.set(values, lo);
    out.set(data.subarray(hi), lo + values.length);
    if (lo === 0 && out.length < data.length) byteArrayDropFront(interp, o, data.length - out.length, out);
    else byteArraySetData(interp, o, out);
    return;
  }
  if (value === null) {
    const drop = new Set<number>();
    for (let k = 0, cur = start; k < n; k++, cur += step) drop.add(cur);
    byteArraySetData(interp, o, data.filter((_, j) => !drop.has(j)));
    return;
  }
  if (values.length !== n) {
    PyErr_SetString(interp, 'ValueError', `attempt to assign bytes of size ${values.length} to extended slice of size ${n}`);
  }
  for (let k = 0, cur = start; k < n; k++, cur += step) data[cur] = values[k]!;
}

// CPython: PyByteArray_Concat
export function bytearray_concat(a: PyObject, b: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  const y = bufferOf(b);
  if (y === null) return PyErr_SetString(interp, 'TypeError', `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  const x = (a as PyByteArrayObject).body;
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return PyByteArray_FromData(interp, out);
}

// CPython: bytearray_iconcat
export function bytearray_iconcat(a: PyObject, b: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  const y = bufferOf(b);
  if (y === null) return PyErr_SetString(interp, 'TypeError', `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  const ycopy = y.slice();
  const n = (a as PyByteArrayObject).body.length;
  byteArrayResize(interp, a, n + ycopy.length);
  (a as PyByteArrayObject).body.set(ycopy, n);
  Py_INCREF(a);
  return a;
}

// CPython: bytearray_repeat
export function bytearray_repeat(o: PyObject, n: number): PyObject {
  const interp = o.ob_type.tp_interp;
  return PyByteArray_FromData(interp, repeatData(interp, (o as PyByteArrayObject).body, n));
}

// CPython: bytearray_irepeat
export function bytearray_irepeat(o: PyObject, n: number): PyObject {
  const interp = o.ob_type.tp_interp;
  byteArraySetData(interp, o, repeatData(interp, (o as PyByteArrayObject).body, n));
  Py_INCREF(o);
  return o;
}

// CPython: bytearray_mod
export function bytearray_mod(v: PyObject, w: PyObject): PyObject {
  const interp = v.ob_type.tp_interp;
  if (!v.ob_type.isSubtypeOf(interp.types.bytearray)) return interp.singletons.NotImplemented;
  return PyByteArray_FromData(interp, bytesFormat(interp, (v as PyByteArrayObject).body, w));
}

/**
 * How bytearray(x) allocates: exactly, byte by byte from an iterator, or (a list or tuple with an
 * item that is not an exact int) sized first and then emptied for the byte-by-byte path.
 * CPython: bytearray___init___impl
 */
function byteArrayInitPath(interp: Interpreter, x: PyObject): 'exact' | 'iterator' | 'sequence' {
  const t = interp.types;
  if (x.ob_type.isSubtypeOf(t.str) || PyLong_Check(x) || bufferOf(x) !== null) return 'exact';
  if (x.ob_type !== t.list && x.ob_type !== t.tuple) return 'iterator';
  return (x.body as PyObject[]).every((item) => item.ob_type === t.int) ? 'exact' : 'sequence';
}

// CPython: bytearray___init___impl (through type.__call__)
export function bytearray_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const o = newByteArray(type.tp_interp);
  try {
    bytearray_init(o, args, kwnames);
  } catch (e) {
    Py_DECREF(o);
    throw e;
  }
  return o;
}

// CPython: bytearray_new (PyType_GenericNew) — an empty bytearray of a subclass; __init__ fills it.
export function bytearray_new(type: PyTypeObject): PyObject {
  const o = PyType_GenericAlloc(type);
  o.body = new Uint8Array(0);
  o.ival = 0;
  o.extra = 0;
  return o;
}

// CPython: bytearray___init___impl — the old contents go first, then the new ones come in.
export function bytearray_init(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  const [x, encoding, errors] = bindArgs(interp, 'bytearray', ['source', 'encoding', 'errors'], 0, args, kwnames);
  if ((o as PyByteArrayObject).body.length !== 0) byteArrayResize(interp, o, 0);
  const data = dataFromArgs(interp, 'bytearray', x, encoding, errors);
  if (data === null || data.length === 0) return;
  const path = byteArrayInitPath(interp, x!);
  if (path === 'exact') byteArraySetData(interp, o, data);
  else {
    // A list or tuple with an item that is not an exact int is sized, emptied, then filled.
    if (path === 'sequence') byteArrayResize(interp, o, data.length);
    byteArrayResize(interp, o, 0);
    byteArrayFillByAppends(interp, o, data);
  }
}

/** sizeof(bytesiterobject) on 64-bit 3.12. */
const SIZEOF_BYTESITEROBJECT = 32;

// CPython: bytearray_iter — the iterator keeps its index in `ival` and the bytearray in `body`.
export function bytearray_iter(o: PyObject): PyObject {
  Py_INCREF(o);
  return allocObject(o.ob_type.tp_interp, o.ob_type.tp_interp.types.bytearray_iterator, SIZEOF_BYTESITEROBJECT, 0, o);
}
