// _io.BytesIO: an in-memory binary stream, and _io._BytesIOBuffer, the exporter behind
// getbuffer()'s views. CPython: Modules/_io/bytesio.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { allocObject, freeObject } from '../../objects/alloc.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_Check, PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyMemoryView_FromObject } from '../../objects/memoryobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { _PyBytes_FromSize, PyBytes_FromData, PyBytesObject_SIZE } from '../../objects/bytesobject.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_FASTCALL, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { bufferArg, callMethodObj, getstateDict, ioAlloc, ioFree, ioState, iobaseReadlines, optionalSize, parseArgs, posArgs, setstateDict, ssizeArg, writableBufferArg } from './iobase.ts';

interface BytesIOBody {
  /**
   * A bytes object whose first `size` bytes are the contents, null once closed. It is shared
   * (others hold it: the initial value, what getvalue() returned) until the first change copies
   * it, and it is changed in place only while the stream is its one owner. Its length is the
   * allocation CPython's resize_buffer chose.
   */
  buf: PyObject | null;
  size: number;
  pos: number;
  /** Views on the contents made by getbuffer() and not released. */
  exports: number;
}

export function bytesio_new(type: PyTypeObject): PyObject {
  const interp = type.tp_interp;
  return ioAlloc(type, { buf: _PyBytes_FromSize(interp, 0), size: 0, pos: 0, exports: 0 } satisfies BytesIOBody);
}

function body(o: PyObject): BytesIOBody {
  return o.body as BytesIOBody;
}

/** The buffer's bytes (its whole allocation). */
function data(b: BytesIOBody): Uint8Array {
  return b.buf!.body as Uint8Array;
}

/** CPython: CHECK_CLOSED */
function check(interp: Interpreter, o: PyObject): BytesIOBody {
  const b = body(o);
  if (b.buf === null) PyErr_SetString(interp, 'ValueError', 'I/O operation on closed file.');
  return b;
}

const EXPORTS_MESSAGE = 'Existing exports of data: object cannot be re-sized';

/** The contents cannot move while getbuffer() views exist. CPython: CHECK_EXPORTS */
function checkExports(interp: Interpreter, b: BytesIOBody): void {
  if (b.exports > 0) PyErr_SetString(interp, 'BufferError', EXPORTS_MESSAGE);
}

/** CPython: SHARED_BUF */
function isShared(b: BytesIOBody): boolean {
  return b.buf!.ob_refcnt > 1;
}

/** Replaces the buffer by a new one of `alloc` bytes starting with the contents. CPython:
 * unshare_buffer, and _PyBytes_Resize of a buffer the stream alone holds */
function reallocate(interp: Interpreter, b: BytesIOBody, alloc: number): void {
  const fresh = _PyBytes_FromSize(interp, alloc);
  (fresh.body as Uint8Array).set(data(b).subarray(0, Math.min(b.size, alloc)));
  const old = b.buf!;
  b.buf = fresh;
  Py_DECREF(old);
}

/**
 * The buffer about to be written in place: its own copy. As in CPython, a hash the bytes object
 * cached while it was shared stays cached (a later getvalue() may return it with that hash).
 */
function ownBuffer(interp: Interpreter, b: BytesIOBody, size: number): Uint8Array {
  if (isShared(b)) reallocate(interp, b, size);
  return data(b);
}

/** Grows or shrinks the allocation for `size` bytes, over-allocating as CPython does. CPython: resize_buffer */
function resizeBuffer(interp: Interpreter, b: BytesIOBody, size: number): void {
  let alloc = data(b).length;
  if (size < alloc / 2) alloc = size + 1;
  else if (size < alloc) return;
  else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  reallocate(interp, b, alloc);
}

// CPython: _io_BytesIO___init___impl
export function bytesio_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const [initial] = parseArgs(interp, 'BytesIO', ['initial_bytes'], 0, 1, args, kwnames);
  const b = body(self);
  // Called again, it empties the stream even when the views forbid the rest.
  b.size = 0;
  b.pos = 0;
  checkExports(interp, b);
  if (initial === undefined || initial === interp.singletons.None) return;
  if (initial.ob_type === interp.types.bytes) {
    // An exact bytes object is shared, not copied.
    const old = b.buf;
    b.buf = Py_NewRef(initial);
    b.size = (initial.body as Uint8Array).length;
    if (old !== null) Py_DECREF(old);
  } else {
    writeObject(interp, self, initial);
    b.pos = 0;
  }
}

/** write() of a buffer object: its length. CPython: write_bytes */
function writeObject(interp: Interpreter, self: PyObject, o: PyObject): number {
  const b = check(interp, self);
  checkExports(interp, b);
  const src = bufferArg(interp, o);
  const n = src.length;
  if (n === 0) return 0;
  const end = b.pos + n;
  if (end > data(b).length) resizeBuffer(interp, b, end);
  const mem = ownBuffer(interp, b, Math.max(end, b.size));
  // Writing past the end leaves zero bytes in between.
  if (b.pos > b.size) mem.fill(0, b.size, b.pos);
  mem.set(src, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
  return n;
}

/** The next `n` bytes (all that are left when n < 0): the buffer itself when that is all of it. CPython: read_bytes */
function readBytes(interp: Interpreter, b: BytesIOBody, n: number): PyObject {
  const avail = Math.max(0, b.size - b.pos);
  if (n < 0 || n > avail) n = avail;
  if (n > 1 && b.pos === 0 && n === data(b).length && b.exports === 0) {
    b.pos += n;
    return Py_NewRef(b.buf!);
  }
  const out = PyBytes_FromData(interp, data(b).slice(b.pos, b.pos + n));
  b.pos += n;
  return out;
}

/** The length of the line from the position, at most `limit` when that is >= 0. CPython: scan_eol */
function scanEol(b: BytesIOBody, limit: number): number {
  if (b.pos >= b.size) return 0;
  const mem = data(b);
  const max = limit < 0 || limit > b.size - b.pos ? b.size - b.pos : limit;
  const nl = mem.subarray(b.pos, b.pos + max).indexOf(0x0a);
  return nl < 0 ? max : nl + 1;
}

// CPython: _io_BytesIO_getvalue_impl — the buffer itself, cut to the contents, unless it is tiny or exported.
function getvalue(interp: Interpreter, b: BytesIOBody): PyObject {
  if (b.size <= 1 || b.exports > 0) return PyBytes_FromData(interp, data(b).slice(0, b.size));
  if (b.size !== data(b).length) reallocate(interp, b, b.size);
  return Py_NewRef(b.buf!);
}

const bool = (interp: Interpreter, v: boolean) => (v ? interp.singletons.True : interp.singletons.False);
const sizeArg = (interp: Interpreter, name: string, args: readonly PyObject[], kw: PyObject | null) => optionalSize(interp, posArgs(interp, name, args, kw, 1)[0]);

export const BYTESIO_METHODS: MethodDef[] = [
  { name: 'getvalue', flags: METH_NOARGS, impl: (interp, self) => {
    return getvalue(interp, check(interp, self!));
  } },
  { name: 'getbuffer', flags: METH_NOARGS, impl: (interp, self) => {
    check(interp, self!);
    const exporter = allocObject(interp, ioState(interp).BytesIOBuffer, SIZEOF_BYTESIOBUF, 0, { source: Py_NewRef(self!) } satisfies BytesIOBufBody);
    try {
      return PyMemoryView_FromObject(interp, exporter);
    } finally {
      Py_DECREF(exporter);
    }
  } },
  { name: 'read', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = sizeArg(interp, 'read', args, kw);
    return readBytes(interp, check(interp, self!), n);
  } },
  { name: 'read1', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = sizeArg(interp, 'read1', args, kw);
    return readBytes(interp, check(interp, self!), n);
  } },
  { name: 'readline', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = sizeArg(interp, 'readline', args, kw);
    const b = check(interp, self!);
    return readBytes(interp, b, scanEol(b, n));
  } },
  { name: 'readlines', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = sizeArg(interp, 'readlines', args, kw);
    check(interp, self!);
    return iobaseReadlines(interp, self!, n);
  } },
  { name: 'readinto', flags: METH_O, impl: (interp, self, args) => {
    const dest = writableBufferArg(interp, args[0]!, 'readinto');
    const b = check(interp, self!);
    const n = Math.max(0, Math.min(dest.length, b.size - b.pos));
    dest.set(data(b).subarray(b.pos, b.pos + n));
    b.pos += n;
    return PyLong_FromNumber(interp, n);
  } },
  { name: 'write', flags: METH_O, impl: (interp, self, args) => PyLong_FromNumber(interp, writeObject(interp, self!, args[0]!)) },
  { name: 'seek', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'seek', args, kw, 2);
    if (a.length < 1) PyErr_SetString(interp, 'TypeError', 'seek expected at least 1 argument, got 0');
    const pos = ssizeArg(interp, a[0]!);
    const whence = a.length > 1 ? ssizeArg(interp, a[1]!) : 0;
    const b = check(interp, self!);
    if (pos < 0 && whence === 0) PyErr_SetString(interp, 'ValueError', `negative seek value ${pos}`);
    let p: number;
    if (whence === 0) p = pos;
    else if (whence === 1) p = b.pos + pos;
    else if (whence === 2) p = b.size + pos;
    else return PyErr_SetString(interp, 'ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
    b.pos = Math.max(0, p);
    return PyLong_FromNumber(interp, b.pos);
  } },
  { name: 'tell', flags: METH_NOARGS, impl: (interp, self) => PyLong_FromNumber(interp, check(interp, self!).pos) },
  { name: 'truncate', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'truncate', args, kw, 1);
    // The argument is converted before the state is checked.
    const given = a[0] === undefined || a[0] === interp.singletons.None ? null : optionalSize(interp, a[0]);
    const b = check(interp, self!);
    checkExports(interp, b);
    const size = given ?? b.pos;
    if (size < 0) PyErr_SetString(interp, 'ValueError', `negative size value ${size}`);
    if (size < b.size) {
      b.size = size;
      resizeBuffer(interp, b, size);
    }
    return PyLong_FromNumber(interp, size);
  } },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => {
    const b = body(self!);
    checkExports(interp, b);
    const buf = b.buf;
    b.buf = null;
    if (buf !== null) Py_DECREF(buf);
    return interp.singletons.None;
  } },
  { name: '__getstate__', flags: METH_NOARGS, impl: (interp, self) => {
    const b = check(interp, self!);
    const value = getvalue(interp, b);
    return tupleFromItemsSteal(interp, [value, PyLong_FromNumber(interp, b.pos), getstateDict(interp, self!)]);
  } },
  { name: '__setstate__', flags: METH_O, impl: (interp, self, args) => bytesio_setstate(interp, self!, args[0]!) },
  { name: '__sizeof__', flags: METH_NOARGS, impl: (interp, self) => {
    // CPython: bytesio_sizeof — the buffer counts while the stream alone holds it.
    const b = body(self!);
    const own = b.buf !== null && !isShared(b) ? PyBytesObject_SIZE + data(b).length : 0;
    return PyLong_FromNumber(interp, self!.ob_type.tp_basicsize + own);
  } },
  { name: 'flush', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.None) },
  { name: 'isatty', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.False) },
  { name: 'readable', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.True) },
  { name: 'writable', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.True) },
  { name: 'seekable', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.True) },
];

// CPython: bytesio_setstate
function bytesio_setstate(interp: Interpreter, self: PyObject, state: PyObject): PyObject {
  const items = state.ob_type.isSubtypeOf(interp.types.tuple) ? (state.body as PyObject[]) : null;
  if (items === null || items.length < 3) {
    PyErr_SetString(interp, 'TypeError', `${self.ob_type.tp_name}.__setstate__ argument should be 3-tuple, got ${state.ob_type.tp_name}`);
  }
  const b = body(self);
  checkExports(interp, b);
  b.size = 0;
  b.pos = 0;
  writeObject(interp, self, items[0]!);
  const pos = items[1]!;
  if (!PyLong_Check(pos)) PyErr_SetString(interp, 'TypeError', `second item of state must be an integer, not ${pos.ob_type.tp_name}`);
  const p = ssizeArg(interp, pos);
  if (p < 0) PyErr_SetString(interp, 'ValueError', 'position value cannot be negative');
  b.pos = p;
  setstateDict(interp, self, items[2]!, 'third');
  return interp.singletons.None;
}

export const BYTESIO_GETSET: GetSetDef[] = [
  { name: 'closed', get: (interp, o) => bool(interp, body(o).buf === null) },
];

// CPython: bytesio_iternext
export function bytesio_iternext(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = check(interp, o);
  let line: PyObject;
  if (o.ob_type === ioState(interp).BytesIO) {
    line = readBytes(interp, b, scanEol(b, -1));
  } else {
    line = callMethodObj(interp, o, 'readline', []);
    if (!line.ob_type.isSubtypeOf(interp.types.bytes)) {
      Py_DECREF(line);
      PyErr_SetString(interp, 'OSError', `readline() should have returned a bytes object, not '${line.ob_type.tp_name}'`);
    }
  }
  if ((line.body as Uint8Array).length === 0) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

export function bytesio_dealloc(o: PyObject): void {
  const b = body(o);
  const buf = b.buf;
  b.buf = null;
  ioFree(o);
  if (buf !== null) Py_DECREF(buf);
}

// ---- _io._BytesIOBuffer ----

interface BytesIOBufBody {
  source: PyObject;
}

// sizeof(bytesiobuf)
const SIZEOF_BYTESIOBUF = 24;

/** The BytesIO a getbuffer() exporter shows. */
function bufSource(o: PyObject): BytesIOBody {
  return body((o.body as BytesIOBufBody).source);
}

/** Fills the slots of _io._BytesIOBuffer. CPython: bytesiobuf_getbuffer, bytesiobuf_releasebuffer */
export function setupBytesIOBuffer(t: PyTypeObject): void {
  t.tp_as_buffer = {
    // The view keeps this memory: the BytesIO neither grows nor replaces it while exported.
    bf_getbuffer: (o) => {
      const b = bufSource(o);
      return ownBuffer(o.ob_type.tp_interp, b, b.size).subarray(0, b.size);
    },
    bf_readonly: false,
    bf_exports: (o, delta) => {
      bufSource(o).exports += delta;
    },
  };
}

// CPython: bytesiobuf_dealloc
export function bytesiobuf_dealloc(o: PyObject): void {
  const source = (o.body as BytesIOBufBody).source;
  freeObject(o);
  Py_DECREF(source);
}

// CPython: bytesiobuf_traverse
export function bytesiobuf_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit((o.body as BytesIOBufBody).source, arg);
}
