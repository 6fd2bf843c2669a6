// _io.BytesIO: an in-memory binary stream. CPython: Modules/_io/bytesio.c (getbuffer() needs
// memoryview, which Glasspy does not have yet).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, type PyObject } from '../../objects/object.ts';
import { PyBytes_FromData } from '../../objects/bytesobject.ts';
import { METH_FASTCALL, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { bufferArg, callMethodObj, ioAlloc, ioFree, ioState, iobaseReadlines, optionalSize, parseArgs, posArgs, ssizeArg, writableBufferArg } from './iobase.ts';

interface BytesIOBody {
  /** The contents are buf[0, size). */
  buf: Uint8Array;
  size: number;
  pos: number;
  closed: boolean;
}

export function bytesio_new(type: PyTypeObject): PyObject {
  return ioAlloc(type, { buf: new Uint8Array(0), size: 0, pos: 0, closed: false } satisfies BytesIOBody);
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

// CPython: _io_BytesIO___init___impl
export function bytesio_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const [initial] = parseArgs(interp, 'BytesIO', ['initial_bytes'], 0, 1, args, kwnames);
  const b = body(self);
  b.buf = new Uint8Array(0);
  b.size = 0;
  b.pos = 0;
  b.closed = false;
  if (initial !== undefined && initial !== interp.singletons.None) {
    const data = bufferArg(interp, initial);
    b.buf = data.slice();
    b.size = data.length;
  }
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
  { name: 'write', flags: METH_O, impl: (interp, self, args) => {
    const b = check(interp, self!);
    const data = bufferArg(interp, args[0]!);
    write(b, data.slice());
    return PyLong_FromNumber(interp, data.length);
  } },
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
    const b = check(interp, self!);
    const size = a[0] === undefined || a[0] === interp.singletons.None ? b.pos : ssizeArg(interp, a[0]);
    if (size < 0) PyErr_SetString(interp, 'ValueError', `negative size value ${size}`);
    if (size < b.size) b.size = size;
    return PyLong_FromNumber(interp, size);
  } },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => {
    const b = body(self!);
    b.closed = true;
    b.buf = new Uint8Array(0);
    b.size = 0;
    return interp.singletons.None;
  } },
  { name: 'flush', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.None) },
  { name: 'isatty', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.False) },
  { name: 'readable', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.True) },
  { name: 'writable', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.True) },
  { name: 'seekable', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.True) },
];

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
