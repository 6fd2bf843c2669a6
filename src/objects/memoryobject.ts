// memoryview: views on the memory of bytes, bytearray and other views. CPython:
// Objects/memoryobject.c (_PyManagedBuffer_FromObject, mbuf_add_view, memory_new, memory_release,
// memory_dealloc, memory_subscript, memory_ass_sub, memory_item, memory_richcompare, memory_hash,
// memory_repr, memory_tobytes, memory_tolist, memory_cast, memory_hex, unpack_single,
// pack_single, memory_iter).
// An exporter is any type with tp_as_buffer (bytes, bytearray, _io._BytesIOBuffer). The views
// made from one export share one managed buffer, which holds the exporter and the memory it gave
// (an exporter cannot reallocate it while exported) until the last of them is released.
import type { Interpreter } from '../runtime/interpreter.ts';
import { indexOrNull } from './abstract.ts';
import { allocObject, freeObject } from './alloc.ts';
import { unpackKeywords } from './args_kw.ts';
import { checkPositional } from './args.ts';
import { strhex } from './bytes_methods.ts';
import { bytesFresh, PyBytes_FromData } from './bytesobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyFloat_FromDouble } from './floatobject.ts';
import { bytesHash } from './hash/index.ts';
import { _PyList_FromArraySteal } from './listobject.ts';
import { unpackHalf } from './numeric/float_pack.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { PyObject_IsTrue, Py_EQ, Py_NE } from './objectops.ts';
import { PySlice_AdjustIndices, PySlice_Unpack } from './sliceobject.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';

/** The managed buffer shared by the views of one export. CPython: _PyManagedBufferObject */
interface ManagedBuffer {
  /** The exporter (a strong reference), null once the buffer is released. */
  obj: PyObject | null;
  /** The memory it exported. CPython: master.buf, master.len */
  mem: Uint8Array;
  /** Views registered on it (CPython: exports). */
  exports: number;
  /** Views holding it (its reference count). */
  refs: number;
  released: boolean;
  /** The address of its memory block. */
  addr: number;
}

interface MemoryBody {
  mbuf: ManagedBuffer;
  released: boolean;
  /** Byte offset of the first item in the exporter's bytes. */
  start: number;
  /** The format as given (`'@i'`) and its native code (`'i'`). */
  format: string;
  code: string;
  itemsize: number;
  readonly: boolean;
  shape: number[];
  strides: number[];
  /** A cached hash (CPython: hash, -1 until computed). */
  hash: number | bigint | null;
}

export interface PyMemoryViewObject extends PyObject {
  body: MemoryBody;
}

// sizeof(PyMemoryViewObject) and its var-sized part (shape, strides, suboffsets per dimension);
// sizeof(_PyManagedBufferObject) plus its GC head.
const SIZEOF_MEMORYVIEW = 144;
const SIZEOF_MBUF_BLOCK = 16 + 112;
const SIZEOF_MEMORYITER = 48;

/** A struct format's item size and how items are read and written (native, little-endian). */
interface ItemFormat {
  size: number;
  get(dv: DataView, off: number): number | bigint | boolean;
}

const FORMATS: Record<string, ItemFormat> = {
  B: { size: 1, get: (dv, o) => dv.getUint8(o) },
  b: { size: 1, get: (dv, o) => dv.getInt8(o) },
  c: { size: 1, get: (dv, o) => dv.getUint8(o) },
  '?': { size: 1, get: (dv, o) => dv.getUint8(o) !== 0 },
  h: { size: 2, get: (dv, o) => dv.getInt16(o, true) },
  H: { size: 2, get: (dv, o) => dv.getUint16(o, true) },
  i: { size: 4, get: (dv, o) => dv.getInt32(o, true) },
  I: { size: 4, get: (dv, o) => dv.getUint32(o, true) },
  l: { size: 8, get: (dv, o) => dv.getBigInt64(o, true) },
  L: { size: 8, get: (dv, o) => dv.getBigUint64(o, true) },
  q: { size: 8, get: (dv, o) => dv.getBigInt64(o, true) },
  Q: { size: 8, get: (dv, o) => dv.getBigUint64(o, true) },
  n: { size: 8, get: (dv, o) => dv.getBigInt64(o, true) },
  N: { size: 8, get: (dv, o) => dv.getBigUint64(o, true) },
  P: { size: 8, get: (dv, o) => dv.getBigUint64(o, true) },
  f: { size: 4, get: (dv, o) => dv.getFloat32(o, true) },
  d: { size: 8, get: (dv, o) => dv.getFloat64(o, true) },
  e: { size: 2, get: (dv, o) => unpackHalf(dv.getUint16(o, true)) },
};

const EMPTY = new Uint8Array(0);

function isByteFormat(f: string): boolean {
  return f === 'B' || f === 'b' || f === 'c';
}

function body(o: PyObject): MemoryBody {
  return (o as PyMemoryViewObject).body;
}

export function PyMemoryView_Check(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type === interp.types.memoryview;
}

/** ValueError unless the view and its buffer are live. CPython: CHECK_RELEASED */
function checkReleased(interp: Interpreter, o: PyObject): MemoryBody {
  const b = body(o);
  if (b.released || b.mbuf.released) PyErr_SetString(interp, 'ValueError', 'operation forbidden on released memoryview object');
  return b;
}

/** The view's memory: what its exporter exported. */
function memOf(_interp: Interpreter, b: MemoryBody): Uint8Array {
  return b.mbuf.mem;
}

function nbytes(b: MemoryBody): number {
  return b.shape.reduce((a, n) => a * n, 1) * b.itemsize;
}

/** A new view on `mbuf` (registered on it). CPython: mbuf_add_view / memory_alloc */
function newView(interp: Interpreter, mbuf: ManagedBuffer, fields: Omit<MemoryBody, 'mbuf' | 'released' | 'hash'>): PyObject {
  const o = allocObject(interp, interp.types.memoryview, SIZEOF_MEMORYVIEW + 24 * fields.shape.length, 0, null);
  o.body = { ...fields, mbuf, released: false, hash: null } satisfies MemoryBody;
  mbuf.refs++;
  mbuf.exports++;
  return o;
}

/** A view on the whole of `exporter`'s buffer. CPython: PyMemoryView_FromObject */
export function PyMemoryView_FromObject(interp: Interpreter, exporter: PyObject): PyObject {
  if (PyMemoryView_Check(interp, exporter)) {
    const b = checkReleased(interp, exporter);
    return newView(interp, b.mbuf, { start: b.start, format: b.format, code: b.code, itemsize: b.itemsize, readonly: b.readonly, shape: b.shape.slice(), strides: b.strides.slice() });
  }
  const procs = exporter.ob_type.tp_as_buffer;
  if (procs === null) return PyErr_SetString(interp, 'TypeError', `memoryview: a bytes-like object is required, not '${exporter.ob_type.tp_name}'`);
  const mem = procs.bf_getbuffer(exporter);
  procs.bf_exports?.(exporter, 1);
  const mbuf: ManagedBuffer = { obj: Py_NewRef(exporter), mem, exports: 0, refs: 0, released: false, addr: interp.obmalloc.malloc(SIZEOF_MBUF_BLOCK) };
  const { format, itemsize } = procs.bf_format?.(exporter) ?? { format: 'B', itemsize: 1 };
  return newView(interp, mbuf, { start: 0, format, code: format, itemsize, readonly: procs.bf_readonly, shape: [mem.length / itemsize], strides: [itemsize] });
}

/** Releases the exporter's buffer once no view uses it. CPython: mbuf_release */
function mbufRelease(mbuf: ManagedBuffer): void {
  if (mbuf.released) return;
  mbuf.released = true;
  const obj = mbuf.obj!;
  obj.ob_type.tp_as_buffer!.bf_exports?.(obj, -1);
  mbuf.mem = EMPTY;
  // CPython: PyBuffer_Release clears master.obj
  mbuf.obj = null;
  Py_DECREF(obj);
}

// CPython: _memory_release
function memoryRelease(interp: Interpreter, b: MemoryBody): void {
  if (b.released) return;
  b.released = true;
  if (--b.mbuf.exports === 0) mbufRelease(b.mbuf);
}

// CPython: memory_dealloc
export function memory_dealloc(o: PyObject): void {
  const interp = o.ob_type.tp_interp;
  const b = body(o);
  memoryRelease(interp, b);
  if (--b.mbuf.refs === 0) interp.obmalloc.free(b.mbuf.addr);
  freeObject(o);
}

// CPython: memory_traverse
export function memory_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const m = body(o).mbuf;
  if (m.obj !== null) visit(m.obj, arg);
}

/** memoryview(object). CPython: memoryview_impl */
export function memory_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const kw = kwnames === null ? 0 : (kwnames.body as PyObject[]).length;
  if (args.length - kw > 1) PyErr_SetString(interp, 'TypeError', `memoryview() takes at most 1 argument (${args.length - kw} given)`);
  const [obj] = unpackKeywords(interp, 'memoryview', ['object'], 0, 1, 1, args, kwnames);
  return PyMemoryView_FromObject(interp, obj!);
}

// ---- items ----

function dataView(mem: Uint8Array): DataView {
  return new DataView(mem.buffer, mem.byteOffset, mem.byteLength);
}

/** The format's item access; a format struct cannot read (an array's 'w') is not supported. CPython: unpack_single, pack_single */
function itemFormat(interp: Interpreter, b: MemoryBody): ItemFormat {
  const fmt = FORMATS[b.code];
  if (fmt === undefined) PyErr_SetString(interp, 'NotImplementedError', `memoryview: format ${b.format} not supported`);
  return fmt;
}

/** The item at byte offset `off` as a Python object. CPython: unpack_single */
function unpackItem(interp: Interpreter, b: MemoryBody, mem: Uint8Array, off: number): PyObject {
  const fmt = itemFormat(interp, b);
  if (b.code === 'c') return PyBytes_FromData(interp, mem.slice(off, off + 1));
  const v = fmt.get(dataView(mem), off);
  if (typeof v === 'boolean') return v ? interp.singletons.True : interp.singletons.False;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? PyLong_FromNumber(interp, Number(v)) : PyLong_FromBigInt(interp, v);
  if (b.code === 'f' || b.code === 'd' || b.code === 'e') return PyFloat_FromDouble(interp, v);
  return PyLong_FromNumber(interp, v);
}

/** The item's JS value, for comparisons. */
function itemValue(b: MemoryBody, mem: Uint8Array, off: number): number | bigint | boolean | string {
  if (b.code === 'c') return String.fromCharCode(mem[off]!);
  return FORMATS[b.code]!.get(dataView(mem), off);
}

/** Writes `value` as one item. CPython: pack_single */
function packItem(interp: Interpreter, b: MemoryBody, mem: Uint8Array, off: number, value: PyObject): void {
  const f = b.code;
  const invalidType = (): never => PyErr_SetString(interp, 'TypeError', `memoryview: invalid type for format '${f}'`);
  const invalidValue = (): never => PyErr_SetString(interp, 'ValueError', `memoryview: invalid value for format '${f}'`);
  itemFormat(interp, b);
  const dv = dataView(mem);
  if (f === 'c') {
    if (!value.ob_type.isSubtypeOf(interp.types.bytes)) invalidType();
    const d = value.body as Uint8Array;
    if (d.length !== 1) invalidValue();
    mem[off] = d[0]!;
    return;
  }
  if (f === '?') {
    dv.setUint8(off, PyObject_IsTrue(interp, value) ? 1 : 0);
    return;
  }
  if (f === 'f' || f === 'd' || f === 'e') {
    let x: number;
    if (value.ob_type.isSubtypeOf(interp.types.float)) x = value.ival;
    else if (PyLong_Check(value)) x = Number(longValue(value));
    else return invalidType();
    if (f === 'f') dv.setFloat32(off, x, true);
    else if (f === 'd') dv.setFloat64(off, x, true);
    else PyErr_SetString(interp, 'SystemError', "Glasspy does not implement writing format 'e' yet");
    return;
  }
  if (!PyLong_Check(value)) invalidType();
  const v = BigInt(longValue(value));
  const size = FORMATS[f]!.size;
  const signed = f === f.toLowerCase() && f !== 'n' ? true : f === 'n';
  const bits = BigInt(size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (v < lo || v > hi) invalidValue();
  if (size === 1) dv.setUint8(off, Number(BigInt.asUintN(8, v)));
  else if (size === 2) dv.setUint16(off, Number(BigInt.asUintN(16, v)), true);
  else if (size === 4) dv.setUint32(off, Number(BigInt.asUintN(32, v)), true);
  else dv.setBigUint64(off, BigInt.asUintN(64, v), true);
}

/** The byte offsets of the items in C order. */
function itemOffsets(b: MemoryBody): number[] {
  const out: number[] = [];
  const walk = (dim: number, off: number) => {
    if (dim === b.shape.length) {
      out.push(off);
      return;
    }
    for (let i = 0; i < b.shape[dim]!; i++) walk(dim + 1, off + i * b.strides[dim]!);
  };
  walk(0, b.start);
  return out;
}

/** The view's bytes in C order (a copy). CPython: PyBuffer_ToContiguous */
function contiguousBytes(interp: Interpreter, b: MemoryBody): Uint8Array {
  const mem = memOf(interp, b);
  const n = nbytes(b);
  if (b.shape.length === 1 && b.strides[0] === b.itemsize) return mem.slice(b.start, b.start + n);
  const out = new Uint8Array(n);
  let k = 0;
  for (const off of itemOffsets(b)) {
    out.set(mem.subarray(off, off + b.itemsize), k);
    k += b.itemsize;
  }
  return out;
}

/** A memoryview's bytes for the bytes-like consumers (bytes(), b''.join, comparisons), a copy. */
export function memoryviewBytes(interp: Interpreter, o: PyObject): Uint8Array {
  return contiguousBytes(interp, checkReleased(interp, o));
}

/**
 * The memory a writable C-contiguous view shows, for writing in place (PyBUF_WRITABLE); null for
 * a read-only or non-contiguous view.
 */
function memoryviewWritable(interp: Interpreter, o: PyObject): Uint8Array | null {
  const b = checkReleased(interp, o);
  if (b.readonly || !isCContiguous(b)) return null;
  return memOf(interp, b).subarray(b.start, b.start + nbytes(b));
}

/** The memory of a writable buffer (a writable exporter, or a writable C-contiguous view), or
 * null. CPython: PyObject_GetBuffer(PyBUF_WRITABLE) */
export function writableBufferOf(interp: Interpreter, o: PyObject): Uint8Array | null {
  if (PyMemoryView_Check(interp, o)) return memoryviewWritable(interp, o);
  const procs = o.ob_type.tp_as_buffer;
  return procs === null || procs.bf_readonly ? null : procs.bf_getbuffer(o);
}

function isCContiguous(b: MemoryBody): boolean {
  let stride = b.itemsize;
  for (let d = b.shape.length - 1; d >= 0; d--) {
    if (b.shape[d]! > 1 && b.strides[d] !== stride) return false;
    stride *= b.shape[d]!;
  }
  return true;
}

function isFContiguous(b: MemoryBody): boolean {
  let stride = b.itemsize;
  for (let d = 0; d < b.shape.length; d++) {
    if (b.shape[d]! > 1 && b.strides[d] !== stride) return false;
    stride *= b.shape[d]!;
  }
  return true;
}

// ---- the sequence and mapping protocols ----

// CPython: memory_length
function memory_length(o: PyObject): number {
  const interp = o.ob_type.tp_interp;
  const b = checkReleased(interp, o);
  return b.shape.length === 0 ? 1 : b.shape[0]!;
}

/** The byte offset of item `index` along dimension 0. CPython: lookup_dimension */
function lookupDimension(interp: Interpreter, b: MemoryBody, dim: number, off: number, index: number): number {
  const n = b.shape[dim]!;
  if (index < 0) index += n;
  if (index < 0 || index >= n) PyErr_SetString(interp, 'IndexError', `index out of bounds on dimension ${dim + 1}`);
  return off + index * b.strides[dim]!;
}

/** A tuple of ints as a multi-dimensional index, or null. CPython: is_multiindex */
function multiIndex(interp: Interpreter, key: PyObject): number[] | null {
  if (!key.ob_type.isSubtypeOf(interp.types.tuple)) return null;
  const out: number[] = [];
  for (const k of (key as PyTupleObject).body) {
    const i = indexOrNull(interp, k);
    if (i === null) return null;
    out.push(i);
  }
  return out;
}

function multiOffset(interp: Interpreter, b: MemoryBody, idx: number[]): number {
  if (idx.length < b.shape.length) PyErr_SetString(interp, 'NotImplementedError', 'sub-views are not implemented');
  if (idx.length > b.shape.length) {
    PyErr_SetString(interp, 'TypeError', `cannot index ${b.shape.length}-dimension view with ${idx.length}-element tuple`);
  }
  let off = b.start;
  idx.forEach((i, d) => { off = lookupDimension(interp, b, d, off, i); });
  return off;
}

// CPython: memory_subscript
function memory_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = checkReleased(interp, o);
  if (b.shape.length === 0) {
    if (key.ob_type.isSubtypeOf(interp.types.tuple) && (key as PyTupleObject).body.length === 0) return unpackItem(interp, b, memOf(interp, b), b.start);
    return PyErr_SetString(interp, 'TypeError', 'invalid indexing of 0-dim memory');
  }
  const i = indexOrNull(interp, key);
  if (i !== null) {
    if (b.shape.length > 1) PyErr_SetString(interp, 'NotImplementedError', 'multi-dimensional sub-views are not implemented');
    return unpackItem(interp, b, memOf(interp, b), lookupDimension(interp, b, 0, b.start, i));
  }
  if (key.ob_type === interp.types.slice) {
    const r = PySlice_Unpack(interp, key);
    const n = PySlice_AdjustIndices(b.shape[0]!, r);
    const shape = b.shape.slice();
    const strides = b.strides.slice();
    shape[0] = n;
    strides[0] = b.strides[0]! * r[2];
    return newView(interp, b.mbuf, { start: b.start + r[0] * b.strides[0]!, format: b.format, code: b.code, itemsize: b.itemsize, readonly: b.readonly, shape, strides });
  }
  const idx = multiIndex(interp, key);
  if (idx !== null) return unpackItem(interp, b, memOf(interp, b), multiOffset(interp, b, idx));
  return PyErr_SetString(interp, 'TypeError', 'memoryview: invalid slice key');
}

// CPython: memory_ass_sub
function memory_ass_sub(o: PyObject, key: PyObject, value: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  const b = checkReleased(interp, o);
  if (b.readonly) PyErr_SetString(interp, 'TypeError', 'cannot modify read-only memory');
  if (value === null) PyErr_SetString(interp, 'TypeError', 'cannot delete memory');
  const mem = memOf(interp, b);
  if (b.shape.length === 0) {
    if (key.ob_type.isSubtypeOf(interp.types.tuple) && (key as PyTupleObject).body.length === 0) {
      packItem(interp, b, mem, b.start, value);
      return;
    }
    PyErr_SetString(interp, 'TypeError', 'invalid indexing of 0-dim memory');
  }
  const i = indexOrNull(interp, key);
  if (i !== null) {
    if (b.shape.length > 1) PyErr_SetString(interp, 'NotImplementedError', 'sub-views are not implemented');
    packItem(interp, b, mem, lookupDimension(interp, b, 0, b.start, i), value);
    return;
  }
  if (key.ob_type === interp.types.slice) {
    if (b.shape.length !== 1) PyErr_SetString(interp, 'NotImplementedError', 'memoryview slice assignments are currently restricted to ndim = 1');
    const r = PySlice_Unpack(interp, key);
    const n = PySlice_AdjustIndices(b.shape[0]!, r);
    // The source's items must have the destination's format and count (CPython: equiv_structure).
    let src: MemoryBody;
    let srcView: PyObject | null = null;
    if (PyMemoryView_Check(interp, value)) src = checkReleased(interp, value);
    else {
      if (value.ob_type.tp_as_buffer === null) PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${value.ob_type.tp_name}'`);
      srcView = PyMemoryView_FromObject(interp, value);
      src = body(srcView);
    }
    try {
      if (src.code !== b.code || src.itemsize !== b.itemsize || src.shape.length !== 1 || src.shape[0] !== n) {
        PyErr_SetString(interp, 'ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
      }
      const bytes = contiguousBytes(interp, src);
      for (let k = 0; k < n; k++) {
        const off = b.start + (r[0] + k * r[2]) * b.strides[0]!;
        mem.set(bytes.subarray(k * b.itemsize, (k + 1) * b.itemsize), off);
      }
    } finally {
      if (srcView !== null) Py_DECREF(srcView);
    }
    return;
  }
  const idx = multiIndex(interp, key);
  if (idx !== null) {
    packItem(interp, b, mem, multiOffset(interp, b, idx), value);
    return;
  }
  PyErr_SetString(interp, 'TypeError', 'memoryview: invalid slice key');
}

// CPython: memory_richcompare — equal when shapes and items are equal; any buffer compares.
function memory_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const interp = v.ob_type.tp_interp;
  const s = interp.singletons;
  if (op !== Py_EQ && op !== Py_NE) return s.NotImplemented;
  let equal: boolean;
  const vb = body(v);
  const wIsView = PyMemoryView_Check(interp, w);
  if (vb.released || vb.mbuf.released || (wIsView && (body(w).released || body(w).mbuf.released))) {
    equal = v === w;
  } else {
    let wv: PyObject | null = null;
    if (!wIsView) {
      if (w.ob_type.tp_as_buffer === null) return s.NotImplemented;
      wv = PyMemoryView_FromObject(interp, w);
    }
    try {
      const wb = body(wv ?? w);
      equal = vb.shape.length === wb.shape.length && vb.shape.every((n, d) => n === wb.shape[d]);
      if (equal) {
        const vm = memOf(interp, vb);
        const wm = memOf(interp, wb);
        const vo = itemOffsets(vb);
        const wo = itemOffsets(wb);
        for (let k = 0; k < vo.length && equal; k++) {
          const x = itemValue(vb, vm, vo[k]!);
          const y = itemValue(wb, wm, wo[k]!);
          // eslint-disable-next-line eqeqeq -- ints, bigints and floats compare by value, as Python's ==
          equal = typeof x === typeof y || (typeof x !== 'string' && typeof y !== 'string' && typeof x !== 'boolean' && typeof y !== 'boolean') ? x == y : false;
        }
      }
    } finally {
      if (wv !== null) Py_DECREF(wv);
    }
  }
  return (op === Py_EQ) === equal ? s.True : s.False;
}

// CPython: memory_hash — read-only byte formats only, the hash of the bytes.
function memory_hash(o: PyObject): number | bigint {
  const interp = o.ob_type.tp_interp;
  const b = body(o);
  if (b.hash !== null) return b.hash;
  checkReleased(interp, o);
  if (!b.readonly) PyErr_SetString(interp, 'ValueError', 'cannot hash writable memoryview object');
  if (!isByteFormat(b.code)) PyErr_SetString(interp, 'ValueError', "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  b.hash = bytesHash(interp.hashSecret, contiguousBytes(interp, b));
  return b.hash;
}

// CPython: memory_repr
function memory_repr(o: PyObject): PyObject {
  const b = body(o);
  const what = b.released || b.mbuf.released ? 'released memory' : 'memory';
  return PyUnicode_FromString(o.ob_type.tp_interp, `<${what} at 0x${o.addr.toString(16)}>`);
}

// ---- methods ----

function tolist(interp: Interpreter, b: MemoryBody): PyObject {
  const mem = memOf(interp, b);
  if (b.shape.length === 0) return unpackItem(interp, b, mem, b.start);
  const build = (dim: number, off: number): PyObject => {
    const items: PyObject[] = [];
    try {
      for (let i = 0; i < b.shape[dim]!; i++) {
        const at = off + i * b.strides[dim]!;
        items.push(dim === b.shape.length - 1 ? unpackItem(interp, b, mem, at) : build(dim + 1, at));
      }
    } catch (e) {
      for (const x of items) Py_DECREF(x);
      throw e;
    }
    return _PyList_FromArraySteal(interp, items);
  };
  return build(0, b.start);
}

/** A struct format as cast() accepts it: a native single character, optionally after '@'. CPython: get_native_fmtchar */
function nativeFormat(f: string): string | null {
  const c = f.startsWith('@') ? f.slice(1) : f;
  return c.length === 1 && Object.hasOwn(FORMATS, c) ? c : null;
}

// CPython: memory_cast
function cast(interp: Interpreter, self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const b = checkReleased(interp, self);
  if (args.length > 2) PyErr_SetString(interp, 'TypeError', `cast() takes at most 2 arguments (${args.length} given)`);
  const [formatObj, shapeObj] = unpackKeywords(interp, 'cast', ['format', 'shape'], 0, 1, 2, args, kwnames);
  if (!formatObj!.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `cast() argument 'format' must be str, not ${formatObj!.ob_type.tp_name}`);
  if (!isCContiguous(b)) PyErr_SetString(interp, 'TypeError', 'memoryview: casts are restricted to C-contiguous views');
  let shape: number[] | null = null;
  if (shapeObj !== undefined && shapeObj !== interp.singletons.None) {
    const t = interp.types;
    if (shapeObj.ob_type !== t.list && !shapeObj.ob_type.isSubtypeOf(t.tuple)) PyErr_SetString(interp, 'TypeError', 'shape must be a list or a tuple');
    shape = [];
    for (const x of shapeObj.body as PyObject[]) {
      const n = indexOrNull(interp, x);
      if (n === null || !PyLong_Check(x)) PyErr_SetString(interp, 'TypeError', 'memoryview.cast(): elements of shape must be integers');
      if (n! <= 0) PyErr_SetString(interp, 'ValueError', 'memoryview.cast(): elements of shape must be integers > 0');
      shape.push(n!);
    }
    if (shape.length > 64) PyErr_SetString(interp, 'ValueError', 'memoryview: number of dimensions must not exceed 64');
  }
  if (shape !== null && (b.shape.some((n) => n === 0) || b.strides.some((n) => n === 0))) {
    PyErr_SetString(interp, 'TypeError', 'memoryview: cannot cast view with zeros in shape or strides');
  }
  if (shape !== null && b.shape.length !== 1 && shape.length !== 1) PyErr_SetString(interp, 'TypeError', 'memoryview: cast must be 1D -> ND or ND -> 1D');
  const f = nativeFormat(text(formatObj!));
  if (f === null) {
    PyErr_SetString(interp, 'ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (!isByteFormat(b.code) && !isByteFormat(f)) PyErr_SetString(interp, 'TypeError', 'memoryview: cannot cast between two non-byte formats');
  const itemsize = FORMATS[f]!.size;
  const total = nbytes(b);
  if (total % itemsize !== 0) PyErr_SetString(interp, 'TypeError', 'memoryview: length is not a multiple of itemsize');
  if (shape === null) shape = [total / itemsize];
  else if (shape.reduce((a, n) => a * n, 1) * itemsize !== total) PyErr_SetString(interp, 'TypeError', 'memoryview: product(shape) * itemsize != buffer size');
  const strides = new Array<number>(shape.length);
  let stride = itemsize;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = stride;
    stride *= shape[d]!;
  }
  return newView(interp, b.mbuf, { start: b.start, format: text(formatObj!), code: f, itemsize, readonly: b.readonly, shape, strides });
}

const M = (name: string, flags: number, impl: MethodDef['impl']): MethodDef => ({ name, flags, impl });

export const MEMORY_METHODS: MethodDef[] = [
  M('release', METH_NOARGS, (interp, self) => {
    memoryRelease(interp, body(self!));
    return interp.singletons.None;
  }),
  M('tobytes', METH_FASTCALL | METH_KEYWORDS, (interp, self, args, kwnames) => {
    const [order] = unpackKeywords(interp, 'tobytes', ['order'], 0, 0, 1, args, kwnames);
    const b = checkReleased(interp, self!);
    if (order !== undefined && order !== interp.singletons.None) {
      if (!order.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `tobytes() argument 'order' must be str or None, not ${order.ob_type.tp_name}`);
      const o = text(order);
      if (o !== 'C' && o !== 'F' && o !== 'A') PyErr_SetString(interp, 'ValueError', "order must be 'C', 'F' or 'A'");
    }
    // CPython: memoryview_tobytes_impl fills a new bytes object
    return bytesFresh(interp, contiguousBytes(interp, b));
  }),
  M('hex', METH_FASTCALL | METH_KEYWORDS, (interp, self, args, kwnames) => strhex(interp, contiguousBytes(interp, checkReleased(interp, self!)), args, kwnames)),
  M('tolist', METH_NOARGS, (interp, self) => tolist(interp, checkReleased(interp, self!))),
  M('cast', METH_FASTCALL | METH_KEYWORDS, (interp, self, args, kwnames) => cast(interp, self!, args, kwnames)),
  M('toreadonly', METH_NOARGS, (interp, self) => {
    const b = checkReleased(interp, self!);
    return newView(interp, b.mbuf, { start: b.start, format: b.format, code: b.code, itemsize: b.itemsize, readonly: true, shape: b.shape.slice(), strides: b.strides.slice() });
  }),
  M('__buffer__', METH_O, (interp, self, args) => {
    if (!PyLong_Check(args[0]!)) PyErr_SetString(interp, 'TypeError', `'${args[0]!.ob_type.tp_name}' object cannot be interpreted as an integer`);
    return PyMemoryView_FromObject(interp, self!);
  }),
  M('__release_buffer__', METH_O, (interp, _self, args) => {
    if (!PyMemoryView_Check(interp, args[0]!)) PyErr_SetString(interp, 'TypeError', `__release_buffer__() argument must be memoryview, not ${args[0]!.ob_type.tp_name}`);
    memoryRelease(interp, body(args[0]!));
    return interp.singletons.None;
  }),
  M('_from_flags', METH_CLASS | METH_FASTCALL, (interp, _self, args) => {
    checkPositional(interp, '_from_flags', args.length, 2, 2);
    return PyMemoryView_FromObject(interp, args[0]!);
  }),
  M('__enter__', METH_NOARGS, (interp, self) => {
    checkReleased(interp, self!);
    return Py_NewRef(self!);
  }),
  M('__exit__', METH_FASTCALL, (interp, self) => {
    memoryRelease(interp, body(self!));
    return interp.singletons.None;
  }),
];

const intTuple = (interp: Interpreter, xs: readonly number[]) => tupleFromItemsSteal(interp, xs.map((x) => PyLong_FromNumber(interp, x)));

function G(name: string, get: (interp: Interpreter, b: MemoryBody, o: PyObject) => PyObject): GetSetDef {
  return { name, get: (interp, o) => get(interp, checkReleased(interp, o), o) };
}

export const MEMORY_GETSET: GetSetDef[] = [
  G('obj', (_i, b) => Py_NewRef(b.mbuf.obj!)),
  G('nbytes', (interp, b) => PyLong_FromNumber(interp, nbytes(b))),
  G('readonly', (interp, b) => (b.readonly ? interp.singletons.True : interp.singletons.False)),
  G('itemsize', (interp, b) => PyLong_FromNumber(interp, b.itemsize)),
  G('format', (interp, b) => PyUnicode_FromString(interp, b.format)),
  G('ndim', (interp, b) => PyLong_FromNumber(interp, b.shape.length)),
  G('shape', (interp, b) => intTuple(interp, b.shape)),
  G('strides', (interp, b) => intTuple(interp, b.strides)),
  G('suboffsets', (interp) => Py_NewRef(interp.singletons.emptyTuple)),
  G('c_contiguous', (interp, b) => (isCContiguous(b) ? interp.singletons.True : interp.singletons.False)),
  G('f_contiguous', (interp, b) => (isFContiguous(b) ? interp.singletons.True : interp.singletons.False)),
  G('contiguous', (interp, b) => (isCContiguous(b) || isFContiguous(b) ? interp.singletons.True : interp.singletons.False)),
];

// ---- iteration ----

interface MemoryIterBody {
  view: PyObject | null;
  index: number;
}

// CPython: memory_iter
function memory_iter(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = checkReleased(interp, o);
  if (b.shape.length === 0) PyErr_SetString(interp, 'TypeError', 'invalid indexing of 0-dim memory');
  if (b.shape.length !== 1) PyErr_SetString(interp, 'NotImplementedError', 'multi-dimensional sub-views are not implemented');
  const it: MemoryIterBody = { view: Py_NewRef(o), index: 0 };
  return allocObject(interp, interp.types.memory_iterator, SIZEOF_MEMORYITER, 0, it);
}

// CPython: memoryiter_next
function memoryiter_next(it: PyObject): PyObject | null {
  const interp = it.ob_type.tp_interp;
  const ib = it.body as MemoryIterBody;
  const v = ib.view;
  if (v === null) return null;
  const b = checkReleased(interp, v);
  if (ib.index >= b.shape[0]!) {
    ib.view = null;
    Py_DECREF(v);
    return null;
  }
  return unpackItem(interp, b, memOf(interp, b), b.start + ib.index++ * b.strides[0]!);
}

function memoryiter_dealloc(it: PyObject): void {
  const v = (it.body as MemoryIterBody).view;
  if (v !== null) Py_DECREF(v);
  freeObject(it);
}

function memoryiter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  const v = (it.body as MemoryIterBody).view;
  if (v !== null) visit(v, arg);
}

/** Fills the slots of memoryview and its iterator (the type objects are created in registry.ts). */
export function initMemoryTypes(mv: PyTypeObject, iter: PyTypeObject): void {
  mv.tp_dealloc = memory_dealloc;
  mv.tp_traverse = memory_traverse;
  mv.tp_repr = memory_repr;
  mv.tp_hash = memory_hash;
  mv.tp_richcompare = memory_richcompare;
  mv.tp_iter = memory_iter;
  mv.tp_vectorcall = memory_vectorcall;
  mv.tp_call_makes_args = true;
  mv.tp_new = memory_vectorcall;
  mv.tp_as_sequence = { sq_length: memory_length };
  mv.tp_as_mapping = { mp_length: memory_length, mp_subscript: memory_subscript, mp_ass_subscript: memory_ass_sub };
  iter.tp_dealloc = memoryiter_dealloc;
  iter.tp_traverse = memoryiter_traverse;
  iter.tp_iter = (o) => Py_NewRef(o);
  iter.tp_iternext = memoryiter_next;
}

/** The view's number of dimensions (its ob_size is three times that: shape, strides, suboffsets). */
export function memoryviewNdim(o: PyObject): number {
  return body(o).shape.length;
}
