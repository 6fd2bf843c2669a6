// _io.BytesIO: an in-memory binary stream, and _io._BytesIOBuffer, the exporter behind
// getbuffer()'s views. CPython: Modules/_io/bytesio.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { allocObject, freeObject } from '../../objects/alloc.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_Check, PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyMemoryView_FromObject } from '../../objects/memoryobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyBytes_FromData } from '../../objects/bytesobject.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_FASTCALL, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { bufferArg, callMethodObj, getstateDict, ioAlloc, ioFree, ioState, iobaseReadlines, optionalSize, parseArgs, posArgs, setstateDict, ssizeArg, writableBufferArg } from './iobase.ts';

interface BytesIOBody {
  /** The contents are buf[0, size). */
  buf: Uint8Array;
  size: number;
  pos: number;
  closed: boolean;
  /** Views on the contents made by getbuffer() and not released. */
  exports: number;
}

export function bytesio_new(type: PyTypeObject): PyObject {
  return ioAlloc(type, { buf: new Uint8Array(0), size: 0, pos: 0, closed: false, exports: 0 } satisfies BytesIOBody);
}

function body(o: PyObject): BytesIOBody {
  return o.body as BytesIOBody;
}

/** CPython: CHECK_CLOSED */
function check(interp: Interpreter, o: PyObject): BytesIOBody {
  const b = body(o);
  if (b.closed) PyErr_SetString(interp, 'ValueError', 'I/O operation on closed file.');
  return b;
}

const EXPORTS_MESSAGE = 'Existing exports of data: object cannot be re-sized';

/** The contents cannot move while getbuffer() views exist. CPython: CHECK_EXPORTS */
function checkExports(interp: Interpreter, b: BytesIOBody): void {
  if (b.exports > 0) PyErr_SetString(interp, 'BufferError', EXPORTS_MESSAGE);
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
  b.buf = new Uint8Array(0);
  b.closed = false;
  if (initial !== undefined && initial !== interp.singletons.None) {
    const data = bufferArg(interp, initial);
    b.buf = data.slice();
    b.size = data.length;
  }
}

/** write() of a buffer object: its length. CPython: write_bytes */
function writeObject(interp: Interpreter, self: PyObject, o: PyObject): number {
  const b = check(interp, self);
  checkExports(interp, b);
  const data = bufferArg(interp, o);
  const n = data.length;
  if (n > 0) write(b, data.slice());
  return n;
}

function write(b: BytesIOBody, data: Uint8Array): void {
  const end = b.pos + data.length;
  if (end > b.buf.length) {
    const grown = new Uint8Array(Math.max(end, b.buf.length * 2));
    grown.set(b.buf.subarray(0, b.size));
    b.buf = grown;
  }
  // Writing past the end leaves zero bytes in between.
  if (b.pos > b.size) b.buf.fill(0, b.size, b.pos);
  b.buf.set(data, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
}

function read(b: BytesIOBody, n: number): Uint8Array {
  const avail = Math.max(0, b.size - b.pos);
  if (n < 0 || n > avail) n = avail;
  const out = b.buf.slice(b.pos, b.pos + n);
  b.pos += n;
  return out;
}

function readline(b: BytesIOBody, limit: number): Uint8Array {
  let end = b.pos;
  while (end < b.size && b.buf[end] !== 0x0a) end++;
  if (end < b.size) end++;
  let n = end - b.pos;
  if (limit >= 0 && n > limit) n = limit;
  return read(b, Math.max(0, n));
}

const bool = (interp: Interpreter, v: boolean) => (v ? interp.singletons.True : interp.singletons.False);
const sizeArg = (interp: Interpreter, name: string, args: readonly PyObject[], kw: PyObject | null) => optionalSize(interp, posArgs(interp, name, args, kw, 1)[0]);

export const BYTESIO_METHODS: MethodDef[] = [
  { name: 'getvalue', flags: METH_NOARGS, impl: (interp, self) => {
    const b = check(interp, self!);
    return PyBytes_FromData(interp, b.buf.slice(0, b.size));
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
    return PyBytes_FromData(interp, read(check(interp, self!), n));
  } },
  { name: 'read1', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = sizeArg(interp, 'read1', args, kw);
    return PyBytes_FromData(interp, read(check(interp, self!), n));
  } },
  { name: 'readline', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = sizeArg(interp, 'readline', args, kw);
    return PyBytes_FromData(interp, readline(check(interp, self!), n));
  } },
  { name: 'readlines', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = sizeArg(interp, 'readlines', args, kw);
    check(interp, self!);
    return iobaseReadlines(interp, self!, n);
  } },
  { name: 'readinto', flags: METH_O, impl: (interp, self, args) => {
    const dest = writableBufferArg(interp, args[0]!, 'readinto');
    const data = read(check(interp, self!), dest.length);
    dest.set(data);
    return PyLong_FromNumber(interp, data.length);
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
    if (size < b.size) b.size = size;
    return PyLong_FromNumber(interp, size);
  } },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => {
    const b = body(self!);
    checkExports(interp, b);
    b.closed = true;
    b.buf = new Uint8Array(0);
    b.size = 0;
    return interp.singletons.None;
  } },
  { name: '__getstate__', flags: METH_NOARGS, impl: (interp, self) => {
    const b = check(interp, self!);
    const value = PyBytes_FromData(interp, b.buf.slice(0, b.size));
    return tupleFromItemsSteal(interp, [value, PyLong_FromNumber(interp, b.pos), getstateDict(interp, self!)]);
  } },
  { name: '__setstate__', flags: METH_O, impl: (interp, self, args) => bytesio_setstate(interp, self!, args[0]!) },
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
  { name: 'closed', get: (interp, o) => bool(interp, body(o).closed) },
];

// CPython: bytesio_iternext
export function bytesio_iternext(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = check(interp, o);
  let line: PyObject;
  if (o.ob_type === ioState(interp).BytesIO) {
    line = PyBytes_FromData(interp, readline(b, -1));
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
  body(o).buf = new Uint8Array(0);
  ioFree(o);
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
      return b.buf.subarray(0, b.size);
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
