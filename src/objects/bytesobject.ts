// bytes. CPython: Objects/bytesobject.c. The bytes are a Uint8Array in `body`; `extra` caches
// the hash. An object takes CPython's 33 + n bytes; the empty bytes and the 256 one-byte bytes are
// immortal singletons (bytes_empty, bytes_characters).
import { memoryviewBytes } from './memoryobject.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { reprBytes } from '../ast/repr.ts';
import { indexOrNull, indexValueOf, lookupSpecial } from './abstract.ts';
import { allocObject, freeObject } from './alloc.ts';
import { bindArgs } from './args_kw.ts';
import { PyUnicode_AsEncodedString } from './codecs.ts';
import { excType, PyErr_SetString } from './exceptions.ts';
import { bytesHash, type PyHash } from './hash/index.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from './longobject.ts';
import { intFromBytesLiteral } from './numeric/int_str.ts';
import { percentFormatBytes } from './numeric/printf.ts';
import { IMMORTAL_REFCNT, Py_DECREF, Py_INCREF, Py_XDECREF, PyObject } from './object.ts';
import { Py_EQ, Py_GT, Py_LE, Py_LT, Py_NE, PyObject_GetIter } from './objectops.ts';
import { PySlice_AdjustIndices, PySlice_Unpack } from './sliceobject.ts';
import type { PyTupleObject } from './tupleobject.ts';
import type { PyTypeObject, visitproc } from './typeobject.ts';
import { asciiText, floatValueOf, percentIntHooks } from './unicode_format.ts';
import { unicodeText } from './unicodeobject.ts';
import { PyObject_GetItem } from './abstract.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';
import { PyObject_Vectorcall } from './call.ts';

export interface PyBytesObject extends PyObject {
  body: Uint8Array;
}

/** sizeof(PyBytesObject) less its one-byte ob_sval: an object takes 33 + n bytes. */
export const PyBytesObject_SIZE = 33;

/** The static empty and one-byte bytes of an interpreter. */
const statics = new PerInterpreter<PyObject[]>();

function staticBytes(interp: Interpreter): PyObject[] {
  let s = statics.get(interp);
  if (s === undefined) {
    s = [];
    for (let c = 0; c < 256; c++) s.push(new PyObject(interp.types.bytes, interp.staticAddress(34), 0, Uint8Array.of(c), IMMORTAL_REFCNT));
    s.push(new PyObject(interp.types.bytes, interp.staticAddress(33), 0, new Uint8Array(0), IMMORTAL_REFCNT));
    statics.set(interp, s);
  }
  return s;
}

/** A new bytes holding `data` (taken over, not copied). CPython: PyBytes_FromStringAndSize */
export function PyBytes_FromData(interp: Interpreter, data: Uint8Array): PyObject {
  if (data.length <= 1) {
    const s = staticBytes(interp);
    return s[data.length === 0 ? 256 : data[0]!]!;
  }
  return allocObject(interp, interp.types.bytes, PyBytesObject_SIZE + data.length, 0, data);
}

/** A new bytes of `n` zero bytes for its one owner to fill (the empty bytes when n is 0, never
 * a cached one-byte object). CPython: _PyBytes_FromSize */
export function _PyBytes_FromSize(interp: Interpreter, n: number): PyObject {
  if (n === 0) return staticBytes(interp)[256]!;
  return allocObject(interp, interp.types.bytes, PyBytesObject_SIZE + n, 0, new Uint8Array(n));
}

/** A new bytes object holding `data` (taken over), even of one byte: what CPython's functions
 * that fill a PyBytes_FromStringAndSize(NULL, n) result themselves return. */
export function bytesFresh(interp: Interpreter, data: Uint8Array): PyObject {
  if (data.length === 0) return staticBytes(interp)[256]!;
  return allocObject(interp, interp.types.bytes, PyBytesObject_SIZE + data.length, 0, data);
}

// CPython: bytes_dealloc
export function bytes_dealloc(o: PyObject): void {
  freeObject(o);
}

/** The bytes of a bytes-like object (bytes, bytearray, other exporters), or null. CPython: PyObject_GetBuffer */
export function bufferOf(o: PyObject): Uint8Array | null {
  const interp = o.ob_type.tp_interp;
  const t = interp.types;
  if (o.ob_type.isSubtypeOf(t.bytes) || o.ob_type.isSubtypeOf(t.bytearray)) return o.body as Uint8Array;
  // A view's bytes in C order (a copy; a released view raises ValueError).
  if (o.ob_type === t.memoryview) return memoryviewBytes(interp, o);
  return o.ob_type.tp_as_buffer?.bf_getbuffer(o) ?? null;
}

/** bufferOf, or TypeError "a bytes-like object is required, not 'X'". */
export function needBuffer(interp: Interpreter, o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}

export function latin1Text(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

export function latin1Data(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

// CPython: bytes_repr (PyBytes_Repr with smart quotes)
export function bytes_repr(o: PyObject): string {
  return reprBytes((o as PyBytesObject).body);
}

// CPython: bytes_hash (_Py_HashBytes, cached)
export function bytes_hash(o: PyObject): PyHash {
  let h = o.extra as PyHash | undefined;
  if (h === undefined) {
    h = bytesHash(o.ob_type.tp_interp.hashSecret, (o as PyBytesObject).body);
    o.extra = h;
  }
  return h;
}

export function bytes_length(o: PyObject): number {
  return (o.body as Uint8Array).length;
}

/** Byte-wise order of two buffers: -1, 0 or 1. */
export function compareBuffers(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** The comparison's result for an order c (-1, 0, 1). */
export function richFromOrder(interp: Interpreter, c: number, op: number): PyObject {
  const s = interp.singletons;
  let r: boolean;
  switch (op) {
    case Py_LT: r = c < 0; break;
    case Py_LE: r = c <= 0; break;
    case Py_EQ: r = c === 0; break;
    case Py_NE: r = c !== 0; break;
    case Py_GT: r = c > 0; break;
    default: r = c >= 0;
  }
  return r ? s.True : s.False;
}

// CPython: bytes_richcompare (bytes with bytes only; bytearray compares through its own slot)
export function bytes_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const t = interp.types;
  if (!a.ob_type.isSubtypeOf(t.bytes) || !b.ob_type.isSubtypeOf(t.bytes)) return interp.singletons.NotImplemented;
  const x = (a as PyBytesObject).body;
  const y = (b as PyBytesObject).body;
  if ((op === Py_EQ || op === Py_NE) && x.length !== y.length) return op === Py_EQ ? interp.singletons.False : interp.singletons.True;
  return richFromOrder(interp, compareBuffers(x, y), op);
}

/** Finds `needle` in `hay` from `start`; -1 when absent. */
export function bufferFind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const n = needle.length;
  outer: for (let i = start; i + n <= end; i++) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** `x in b` for bytes and bytearray: an int in range(256) or a bytes-like needle. CPython: _Py_bytes_contains */
export function bytesContains(interp: Interpreter, hay: Uint8Array, x: PyObject): boolean {
  if (PyLong_Check(x)) {
    const v = longValue(x);
    if (v < 0 || v > 255) PyErr_SetString(interp, 'ValueError', 'byte must be in range(0, 256)');
    return hay.indexOf(Number(v)) >= 0;
  }
  const needle = bufferOf(x);
  if (needle === null) PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${x.ob_type.tp_name}'`);
  return bufferFind(hay, needle, 0, hay.length) >= 0;
}

export function bytes_contains(o: PyObject, x: PyObject): boolean {
  return bytesContains(o.ob_type.tp_interp, (o as PyBytesObject).body, x);
}

/** The bytes of a slice of `data`. */
export function sliceData(interp: Interpreter, data: Uint8Array, slice: PyObject): Uint8Array {
  const r = PySlice_Unpack(interp, slice);
  const n = PySlice_AdjustIndices(data.length, r);
  if (n <= 0) return new Uint8Array(0);
  const [start, , step] = r;
  if (step === 1) return data.slice(start, start + n);
  const out = new Uint8Array(n);
  for (let k = 0, cur = start; k < n; k++, cur += step) out[k] = data[cur]!;
  return out;
}

// CPython: bytes_subscript
export function bytes_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const data = (o as PyBytesObject).body;
  let i = indexOrNull(interp, key);
  if (i === null && key.ob_type === interp.types.slice) {
    const r = PySlice_Unpack(interp, key);
    const n = PySlice_AdjustIndices(data.length, r);
    if (n === data.length && r[2] === 1 && o.ob_type === interp.types.bytes) {
      Py_INCREF(o);
      return o;
    }
    // An extended slice fills a new object; a contiguous one copies through the one-byte cache.
    const part = sliceData(interp, data, key);
    return r[2] === 1 ? PyBytes_FromData(interp, part) : bytesFresh(interp, part);
  }
  if (i === null) return PyErr_SetString(interp, 'TypeError', `byte indices must be integers or slices, not ${key.ob_type.tp_name}`);
  if (i < 0) i += data.length;
  if (i < 0 || i >= data.length) PyErr_SetString(interp, 'IndexError', 'index out of range');
  return PyLong_FromNumber(interp, data[i]!);
}

// CPython: bytes_concat — the right operand may be any bytes-like object.
export function bytes_concat(a: PyObject, b: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  const x = (a as PyBytesObject).body;
  const y = bufferOf(b);
  if (y === null) return PyErr_SetString(interp, 'TypeError', `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  if (y.length === 0 && a.ob_type === interp.types.bytes) {
    Py_INCREF(a);
    return a;
  }
  if (x.length === 0 && b.ob_type === interp.types.bytes) {
    Py_INCREF(b);
    return b;
  }
  const out = new Uint8Array(x.length + y.length);
  out.set(x, 0);
  out.set(y, x.length);
  return PyBytes_FromData(interp, out);
}

/** n copies of `data` (n < 0 counts as 0); MemoryError past the size limit. */
export function repeatData(interp: Interpreter, data: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || data.length === 0) return new Uint8Array(0);
  if (data.length * n > 2 ** 31) PyErr_SetString(interp, 'MemoryError', '');
  const out = new Uint8Array(data.length * n);
  for (let k = 0; k < n; k++) out.set(data, k * data.length);
  return out;
}

// CPython: bytes_repeat
export function bytes_repeat(o: PyObject, n: number): PyObject {
  const interp = o.ob_type.tp_interp;
  const data = (o as PyBytesObject).body;
  if (n === 1 && o.ob_type === interp.types.bytes) {
    Py_INCREF(o);
    return o;
  }
  return PyBytes_FromData(interp, repeatData(interp, data, n));
}

// bytes % args. CPython: bytes_mod / _PyBytes_FormatEx
export function bytes_mod(v: PyObject, w: PyObject): PyObject {
  const interp = v.ob_type.tp_interp;
  const data = bufferOf(v);
  if (data === null || !v.ob_type.isSubtypeOf(interp.types.bytes)) return interp.singletons.NotImplemented;
  return PyBytes_FromData(interp, bytesFormat(interp, data, w));
}

/** The bytes of `format % args` for bytes and bytearray formats. */
export function bytesFormat(interp: Interpreter, format: Uint8Array, args: PyObject): Uint8Array {
  const t = interp.types;
  const isTuple = args.ob_type.isSubtypeOf(t.tuple);
  const mp = args.ob_type.tp_as_mapping;
  const isMapping = mp !== null && mp.mp_subscript !== undefined && !isTuple && bufferOf(args) === null && !args.ob_type.isSubtypeOf(t.str);
  const held: PyObject[] = [];
  try {
    return percentFormatBytes<PyObject>(format, isTuple ? { tuple: (args as PyTupleObject).body, isMapping } : { single: args, isMapping }, {
      typeName: (v) => v.ob_type.tp_name,
      ...percentIntHooks(interp),
      getItem: (mapping, key) => {
        const k = PyBytes_FromData(interp, (key as Uint8Array).slice());
        try {
          const v = PyObject_GetItem(interp, mapping, k);
          held.push(v);
          return v;
        } finally {
          Py_DECREF(k);
        }
      },
      toFloat: (v) => {
        if (!v.ob_type.isSubtypeOf(t.float) && !PyLong_Check(v)) return undefined;
        return floatValueOf(interp, v);
      },
      ascii: (v) => asciiText(interp, v),
      toBytes: (v) => bufferOf(v) ?? undefined,
      toByte: (v) => {
        const b = bufferOf(v);
        if (b !== null) return b.length === 1 ? b : undefined;
        return PyLong_Check(v) ? longValue(v) : undefined;
      },
    }, interp.intMaxStrDigits);
  } finally {
    for (let i = held.length - 1; i >= 0; i--) Py_DECREF(held[i]!);
  }
}

/** sizeof(striterobject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_STRITEROBJECT = 32;

// CPython: bytes_iter — the iterator keeps its index in `ival` and the bytes in `body`.
export function bytes_iter(o: PyObject): PyObject {
  Py_INCREF(o);
  return allocObject(o.ob_type.tp_interp, o.ob_type.tp_interp.types.bytes_iterator, SIZEOF_STRITEROBJECT, 0, o);
}

// CPython: striter_next
export function bytesiter_next(it: PyObject): PyObject | null {
  const seq = it.body as PyObject | null;
  if (seq === null) return null;
  const data = seq.body as Uint8Array;
  if (it.ival < data.length) return PyLong_FromNumber(seq.ob_type.tp_interp, data[it.ival++]!);
  it.body = null;
  Py_DECREF(seq);
  return null;
}

// CPython: striter_dealloc
export function bytesiter_dealloc(it: PyObject): void {
  Py_XDECREF(it.body as PyObject | null);
  freeObject(it);
}

// CPython: striter_traverse
export function bytesiter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  if (it.body !== null) visit(it.body as PyObject, arg);
}

/** One item of an iterable turned into a byte. CPython: _getbytevalue / PyNumber_AsSsize_t */
export function byteValue(interp: Interpreter, item: PyObject, msg = 'bytes must be in range(0, 256)'): number {
  if (!PyLong_Check(item)) PyErr_SetString(interp, 'TypeError', `'${item.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = longValue(item);
  if (v < 0 || v > 255) PyErr_SetString(interp, 'ValueError', msg);
  return Number(v);
}

/** The bytes of an iterable of ints. CPython: _PyBytes_FromList / _PyBytes_FromIterator */
export function dataFromIterable(interp: Interpreter, o: PyObject, msg?: string): Uint8Array {
  const it = PyObject_GetIter(interp, o);
  const out: number[] = [];
  try {
    for (;;) {
      const item = it.ob_type.tp_iternext!(it);
      if (item === null) break;
      try {
        out.push(byteValue(interp, item, msg));
      } finally {
        Py_DECREF(item);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return Uint8Array.from(out);
}

/**
 * The initial bytes of bytes(x, encoding, errors) and bytearray(...): null for no argument.
 * CPython: bytes_new_impl / bytearray___init___impl
 */
/** Drops a thrown TypeError (a C-level check that clears it); anything else propagates. */
function dropTypeError(interp: Interpreter, e: unknown): void {
  const t = (e as PyObject).ob_type;
  if (t === undefined || !t.isSubtypeOf(excType(interp, 'TypeError'))) throw e;
  Py_DECREF(e as PyObject);
}

/** The count an object with __index__ gives, or null when its __index__ raised TypeError (it is then read as an iterable). */
function countOrNull(interp: Interpreter, x: PyObject): number | bigint | null {
  try {
    return indexValueOf(interp, x);
  } catch (e) {
    dropTypeError(interp, e);
    return null;
  }
}

export function dataFromArgs(interp: Interpreter, name: string, x: PyObject | undefined, encoding: PyObject | undefined, errors: PyObject | undefined): Uint8Array | null {
  const t = interp.types;
  for (const [what, v] of [['encoding', encoding], ['errors', errors]] as const) {
    if (v !== undefined && !v.ob_type.isSubtypeOf(t.str)) {
      PyErr_SetString(interp, 'TypeError', `${name}() argument '${what}' must be str, not ${v.ob_type.tp_name}`);
    }
  }
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) PyErr_SetString(interp, 'TypeError', 'encoding or errors without sequence argument');
    return null;
  }
  const isStr = x.ob_type.isSubtypeOf(t.str);
  if (encoding !== undefined) {
    if (!isStr) PyErr_SetString(interp, 'TypeError', 'encoding without a string argument');
    const b = PyUnicode_AsEncodedString(interp, x, unicodeText(encoding), errors === undefined ? null : unicodeText(errors));
    const data = (b.body as Uint8Array).slice();
    Py_DECREF(b);
    return data;
  }
  if (errors !== undefined) PyErr_SetString(interp, 'TypeError', isStr ? 'string argument without an encoding' : 'errors without a string argument');
  if (isStr) PyErr_SetString(interp, 'TypeError', 'string argument without an encoding');
  const n = PyLong_Check(x) || x.ob_type.tp_as_number?.nb_index !== undefined ? countOrNull(interp, x) : null;
  if (n !== null) {
    if (n < 0) PyErr_SetString(interp, 'ValueError', 'negative count');
    if (n > 2 ** 31) PyErr_SetString(interp, 'MemoryError', '');
    return new Uint8Array(Number(n));
  }
  const b = bufferOf(x);
  if (b !== null) return b.slice();
  // CPython: PyBytes_FromObject, bytearray_init — a TypeError of iter() becomes this one.
  let it: PyObject;
  try {
    it = PyObject_GetIter(interp, x);
  } catch (e) {
    dropTypeError(interp, e);
    return PyErr_SetString(interp, 'TypeError', `cannot convert '${x.ob_type.tp_name}' object to ${name}`);
  }
  try {
    return dataFromIterable(interp, it, name === 'bytes' ? undefined : 'byte must be in range(0, 256)');
  } finally {
    Py_DECREF(it);
  }
}

// CPython: bytes_new_impl
export function bytes_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [x, encoding, errors] = bindArgs(interp, 'bytes', ['source', 'encoding', 'errors'], 0, args, kwnames);
  if (x !== undefined && x.ob_type === interp.types.bytes && encoding === undefined && errors === undefined) {
    Py_INCREF(x);
    return x;
  }
  // int and str have no __bytes__; skipping their lookup keeps it from interning the name, which is
  // a static string in CPython (no allocated block).
  if (x !== undefined && encoding === undefined && errors === undefined && x.ob_type !== interp.types.int && x.ob_type !== interp.types.str) {
    // By name, as CPython's static _Py_ID(__bytes__): no str is made for the lookup.
    const func = lookupSpecial(interp, x, '__bytes__');
    if (func !== null) {
      let r: PyObject;
      try {
        r = PyObject_Vectorcall(interp, func, [], null);
      } finally {
        Py_DECREF(func);
      }
      if (!r.ob_type.isSubtypeOf(interp.types.bytes)) {
        Py_DECREF(r);
        PyErr_SetString(interp, 'TypeError', `__bytes__ returned non-bytes (type ${r.ob_type.tp_name})`);
      }
      if (type === interp.types.bytes) return r;
      const copy = (r.body as Uint8Array).slice();
      Py_DECREF(r);
      return PyBytes_FromData(interp, copy);
    }
  }
  const data = dataFromArgs(interp, 'bytes', x, encoding, errors);
  // CPython: _PyBytes_FromSize, _PyBytes_FromBuffer and _PyBytes_FromTuple fill a new object;
  // a list or an iterator goes through a bytes writer, whose one-byte result is the cached one.
  const filled = x !== undefined && encoding === undefined && (PyLong_Check(x) || x.ob_type === interp.types.tuple || bufferOf(x) !== null);
  return filled ? bytesFresh(interp, data!) : PyBytes_FromData(interp, data ?? new Uint8Array(0));
}

/** int(b, base) for bytes and bytearray. */
export function intOfBuffer(interp: Interpreter, o: PyObject, base: number | bigint): PyObject | null {
  const b = bufferOf(o);
  if (b === null) return null;
  return PyLong_FromBigInt(interp, intFromBytesLiteral(b, base, interp.intMaxStrDigits));
}
