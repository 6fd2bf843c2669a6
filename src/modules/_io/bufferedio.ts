// _io.BufferedReader, BufferedWriter and BufferedRandom (one mechanism: a read-ahead buffer and a
// pending-write buffer over a raw stream) and BufferedRWPair. A FileIO raw stream is driven
// directly; any other raw object through its Python methods. CPython: Modules/_io/bufferedio.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { SEEK_CUR, SEEK_END, SEEK_SET } from '../../host/host.ts';
import { PyObject_GetAttr, PyObject_LookupAttr } from '../../objects/attributes.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString, type PyBaseExceptionObject } from '../../objects/exceptions.ts';
import { PyLong_FromNumber, PyLong_Check } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue, Py_ReprEnter, Py_ReprLeave, reprText } from '../../objects/objectops.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyByteArray_FromData } from '../../objects/bytearrayobject.ts';
import { PyMemoryView_FromObject } from '../../objects/memoryobject.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { METH_FASTCALL, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { attrTrue, bufferArg, callMethodObj, callMethodVoid, concatBytes, DEFAULT_BUFFER_SIZE, deallocWarn, finalizeFromDealloc, ioAlloc, ioFree, ioState, optionalSize,
  parseArgs, posArgs, ssizeArg, unsupported, writableBufferArg } from './iobase.ts';
import { fileioIsClosed, fileioRead, fileioReadall, fileioSeek, fileioWrite } from './fileio.ts';
import { toPyException } from '../../vm/ceval.ts';

export interface BufferedBody {
  raw: PyObject | null;
  ok: boolean;
  detached: boolean;
  readable: boolean;
  writable: boolean;
  size: number;
  /** Read-ahead: rbuf[rpos, rend) are the bytes after the logical position. */
  rbuf: Uint8Array;
  rpos: number;
  rend: number;
  /** Pending writes: wbuf[0, wlen), to go at the raw position. */
  wbuf: Uint8Array;
  wlen: number;
  /** The raw stream is an exact FileIO, driven without method calls. */
  fast: boolean;
  finalizing: boolean;
}

const EMPTY = new Uint8Array(0);

export function buffered_new(type: PyTypeObject): PyObject {
  return ioAlloc(type, { raw: null, ok: false, detached: false, readable: false, writable: false, size: 0, rbuf: EMPTY, rpos: 0, rend: 0,
    wbuf: EMPTY, wlen: 0, fast: false, finalizing: false } satisfies BufferedBody);
}

function body(o: PyObject): BufferedBody {
  return o.body as BufferedBody;
}

/** The raw stream, or ValueError for an uninitialized or detached object. CPython: CHECK_INITIALIZED */
function rawOf(interp: Interpreter, o: PyObject): PyObject {
  const b = body(o);
  if (!b.ok) {
    if (b.detached) PyErr_SetString(interp, 'ValueError', 'raw stream has been detached');
    PyErr_SetString(interp, 'ValueError', 'I/O operation on uninitialized object');
  }
  return b.raw!;
}

function isClosed(interp: Interpreter, o: PyObject): boolean {
  const b = body(o);
  const raw = rawOf(interp, o);
  return b.fast ? fileioIsClosed(raw) : attrTrue(interp, raw, 'closed');
}

/** CPython: CHECK_CLOSED — closed and nothing left in the read-ahead. */
function checkClosed(interp: Interpreter, o: PyObject, msg: string): void {
  const b = body(o);
  if (isClosed(interp, o) && b.rend - b.rpos === 0) PyErr_SetString(interp, 'ValueError', msg);
}

// --- raw stream operations ------------------------------------------------------------------

/** Up to n bytes from the raw stream; null when it would block. CPython: _bufferedreader_raw_read */
function rawRead(interp: Interpreter, o: PyObject, n: number): Uint8Array | null {
  const b = body(o);
  if (b.fast) return fileioRead(interp, b.raw!, n);
  // The raw stream reads into a memoryview of the buffer, as CPython's does.
  const ba = PyByteArray_FromData(interp, new Uint8Array(n));
  const view = PyMemoryView_FromObject(interp, ba);
  try {
    const r = callMethodObj(interp, b.raw!, 'readinto', [view]);
    if (r === interp.singletons.None) return null;
    const got = PyLong_Check(r) ? ssizeArg(interp, r) : -1;
    Py_DECREF(r);
    if (got < 0 || got > n) PyErr_SetString(interp, 'OSError', `raw readinto() returned invalid length ${got} (should have been between 0 and ${n})`);
    return (ba.body as Uint8Array).slice(0, got);
  } finally {
    Py_DECREF(view);
    Py_DECREF(ba);
  }
}

/** CPython: _bufferedwriter_raw_write */
function rawWrite(interp: Interpreter, o: PyObject, data: Uint8Array): number | null {
  const b = body(o);
  if (b.fast) return fileioWrite(interp, b.raw!, data);
  const bytes = PyBytes_FromData(interp, data.slice());
  let r: PyObject;
  try {
    r = callMethodObj(interp, b.raw!, 'write', [bytes]);
  } finally {
    Py_DECREF(bytes);
  }
  if (r === interp.singletons.None) return null;
  const n = ssizeArg(interp, r);
  Py_DECREF(r);
  if (n < 0 || n > data.length) PyErr_SetString(interp, 'OSError', `raw write() returned invalid length ${n} (should have been between 0 and ${data.length})`);
  return n;
}

/** CPython: _buffered_raw_seek / _buffered_raw_tell */
function rawSeek(interp: Interpreter, o: PyObject, pos: number, whence: number): number {
  const b = body(o);
  if (b.fast) return fileioSeek(interp, b.raw!, pos, whence);
  let r: PyObject;
  if (whence === SEEK_CUR && pos === 0) {
    r = callMethodObj(interp, b.raw!, 'tell', []);
  } else {
    const p = PyLong_FromNumber(interp, pos);
    const w = PyLong_FromNumber(interp, whence);
    try {
      r = callMethodObj(interp, b.raw!, 'seek', [p, w]);
    } finally {
      Py_DECREF(p);
      Py_DECREF(w);
    }
  }
  const n = ssizeArg(interp, r);
  Py_DECREF(r);
  if (n < 0) PyErr_SetString(interp, 'OSError', `Raw stream returned invalid position ${n}`);
  return n;
}

// --- the buffer logic ---------------------------------------------------------------------------

/** Writes out the pending bytes. CPython: _bufferedwriter_flush_unlocked */
function flushWrites(interp: Interpreter, o: PyObject): void {
  const b = body(o);
  let done = 0;
  try {
    while (done < b.wlen) {
      const n = rawWrite(interp, o, b.wbuf.subarray(done, b.wlen));
      if (n === null) PyErr_SetString(interp, 'BlockingIOError', 'write could not complete without blocking');
      done += n;
    }
  } finally {
    if (done > 0) {
      b.wbuf.copyWithin(0, done, b.wlen);
      b.wlen -= done;
    }
  }
}

/** Pending writes out, and the raw position brought back to the logical one. CPython: buffered_flush_and_rewind_unlocked */
function flushAndRewind(interp: Interpreter, o: PyObject): void {
  const b = body(o);
  if (b.writable) flushWrites(interp, o);
  if (b.readable && b.rend - b.rpos > 0) {
    const ahead = b.rend - b.rpos;
    b.rpos = b.rend = 0;
    rawSeek(interp, o, -ahead, SEEK_CUR);
  }
  b.rpos = b.rend = 0;
}

/** Reads one buffer's worth into rbuf after rend; the count, 0 at EOF, null when it would block. CPython: _bufferedreader_fill_buffer */
function fillBuffer(interp: Interpreter, o: PyObject): number | null {
  const b = body(o);
  const r = rawRead(interp, o, b.size - b.rend);
  if (r === null) return null;
  b.rbuf.set(r, b.rend);
  b.rend += r.length;
  return r.length;
}

function takeBuffered(b: BufferedBody, n: number): Uint8Array {
  const out = b.rbuf.slice(b.rpos, b.rpos + n);
  b.rpos += out.length;
  return out;
}

/** read(-1). CPython: _bufferedreader_read_all */
function readAll(interp: Interpreter, o: PyObject): PyObject {
  const b = body(o);
  const chunks: Uint8Array[] = [];
  if (b.rend - b.rpos > 0) chunks.push(takeBuffered(b, b.rend - b.rpos));
  b.rpos = b.rend = 0;
  if (b.writable) flushWrites(interp, o);
  if (b.fast) {
    const r = fileioReadall(interp, b.raw!);
    if (r === null) return chunks.length === 0 ? interp.singletons.None : PyBytes_FromData(interp, concatBytes(chunks));
    chunks.push(r);
    return PyBytes_FromData(interp, chunks.length === 1 ? r : concatBytes(chunks));
  }
  const readall = PyObject_LookupAttr(interp, b.raw!, internedStr(interp, 'readall'));
  if (readall !== null) {
    let r: PyObject;
    try {
      r = PyObject_Vectorcall(interp, readall, [], null);
    } finally {
      Py_DECREF(readall);
    }
    if (r !== interp.singletons.None && !r.ob_type.isSubtypeOf(interp.types.bytes)) {
      Py_DECREF(r);
      PyErr_SetString(interp, 'TypeError', 'readall() should return bytes');
    }
    if (r === interp.singletons.None) return chunks.length === 0 ? r : PyBytes_FromData(interp, concatBytes(chunks));
    if (chunks.length === 0) return r;
    chunks.push(r.body as Uint8Array);
    Py_DECREF(r);
    return PyBytes_FromData(interp, concatBytes(chunks));
  }
  for (;;) {
    const r = callMethodObj(interp, b.raw!, 'read', []);
    if (r === interp.singletons.None) return chunks.length === 0 ? r : PyBytes_FromData(interp, concatBytes(chunks));
    if (!r.ob_type.isSubtypeOf(interp.types.bytes)) {
      Py_DECREF(r);
      PyErr_SetString(interp, 'TypeError', 'read() should return bytes');
    }
    const d = r.body as Uint8Array;
    Py_DECREF(r);
    if (d.length === 0) break;
    chunks.push(d);
  }
  return PyBytes_FromData(interp, concatBytes(chunks));
}

/** read(n) for n > 0; null when nothing could be read without blocking. CPython: _bufferedreader_read_generic */
function readGeneric(interp: Interpreter, o: PyObject, n: number): Uint8Array | null {
  const b = body(o);
  const avail = b.rend - b.rpos;
  if (avail >= n) return takeBuffered(b, n);
  const chunks: Uint8Array[] = [];
  if (avail > 0) chunks.push(takeBuffered(b, avail));
  let remaining = n - avail;
  flushAndRewind(interp, o);
  const done = (blocked: boolean) => (blocked && chunks.length === 0 ? null : concatBytes(chunks.length === 0 ? [EMPTY] : chunks));
  for (;;) {
    // Whole blocks straight from the raw stream; the last block through the buffer.
    const r = b.size * Math.floor(remaining / b.size);
    if (r === 0) break;
    const got = rawRead(interp, o, r);
    if (got === null || got.length === 0) return done(got === null);
    chunks.push(got);
    remaining -= got.length;
  }
  b.rpos = b.rend = 0;
  while (remaining > 0 && b.rend < b.size) {
    const r = fillBuffer(interp, o);
    if (r === null || r === 0) return done(r === null);
    const take = Math.min(remaining, b.rend - b.rpos);
    chunks.push(takeBuffered(b, take));
    remaining -= take;
  }
  return done(false);
}

/** readline(limit). CPython: _buffered_readline */
function readline(interp: Interpreter, o: PyObject, limit: number): Uint8Array {
  const b = body(o);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const scan = (): boolean => {
    const max = limit >= 0 ? Math.min(b.rend, b.rpos + (limit - total)) : b.rend;
    let i = b.rpos;
    while (i < max && b.rbuf[i] !== 0x0a) i++;
    const found = i < max;
    const end = found ? i + 1 : max;
    const part = b.rbuf.slice(b.rpos, end);
    b.rpos = end;
    chunks.push(part);
    total += part.length;
    return found || (limit >= 0 && total >= limit);
  };
  if (b.rend - b.rpos > 0 && scan()) return concatBytes(chunks);
  flushAndRewind(interp, o);
  for (;;) {
    b.rpos = b.rend = 0;
    const r = fillBuffer(interp, o);
    if (r === null || r === 0) break;
    if (scan()) break;
  }
  return concatBytes(chunks.length === 0 ? [EMPTY] : chunks);
}

/** write(data). CPython: _io__Buffered_write_impl */
function bufferedWrite(interp: Interpreter, o: PyObject, data: Uint8Array): number {
  const b = body(o);
  if (b.rend - b.rpos > 0) {
    // Writing after reading ahead: the raw stream goes back to the logical position first.
    const ahead = b.rend - b.rpos;
    b.rpos = b.rend = 0;
    rawSeek(interp, o, -ahead, SEEK_CUR);
  }
  b.rpos = b.rend = 0;
  if (b.wlen + data.length <= b.size) {
    b.wbuf.set(data, b.wlen);
    b.wlen += data.length;
    return data.length;
  }
  flushWrites(interp, o);
  let off = 0;
  while (data.length - off > b.size) {
    const n = rawWrite(interp, o, data.subarray(off));
    if (n === null) PyErr_SetString(interp, 'BlockingIOError', 'write could not complete without blocking');
    off += n;
  }
  b.wbuf.set(data.subarray(off), 0);
  b.wlen = data.length - off;
  return data.length;
}

/** The logical position. CPython: _io__Buffered_tell_impl */
function bufferedTell(interp: Interpreter, o: PyObject): number {
  const b = body(o);
  const pos = rawSeek(interp, o, 0, SEEK_CUR) - (b.rend - b.rpos) + b.wlen;
  return pos < 0 ? 0 : pos;
}

function bufferedSeek(interp: Interpreter, o: PyObject, target: number, whence: number): number {
  const b = body(o);
  if (whence !== SEEK_END && b.readable && b.wlen === 0 && b.rend - b.rpos > 0) {
    const cur = rawSeek(interp, o, 0, SEEK_CUR) - (b.rend - b.rpos);
    const offset = whence === SEEK_CUR ? target : target - cur;
    if (offset >= -b.rpos && offset <= b.rend - b.rpos) {
      b.rpos += offset;
      return cur + offset;
    }
  }
  if (b.writable) flushWrites(interp, o);
  if (whence === SEEK_CUR) target -= b.rend - b.rpos;
  b.rpos = b.rend = 0;
  return rawSeek(interp, o, target, whence);
}

// --- Python-level methods --------------------------------------------------------------------

export function buffered_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const io = ioState(interp);
  const t = self.ob_type;
  const kind = t.isSubtypeOf(io.BufferedRandom) ? 'random' : t.isSubtypeOf(io.BufferedWriter) ? 'writer' : 'reader';
  const fname = kind === 'random' ? 'BufferedRandom' : kind === 'writer' ? 'BufferedWriter' : 'BufferedReader';
  const [raw, sizeObj] = parseArgs(interp, fname, ['raw', 'buffer_size'], 1, 2, args, kwnames);
  const b = body(self);
  b.ok = false;
  b.detached = false;
  const check = (method: string, what: string) => {
    const r = callMethodObj(interp, raw!, method, []);
    const ok = r === interp.singletons.True;
    if (!ok && r !== interp.singletons.False) {
      Py_DECREF(r);
      PyErr_SetString(interp, 'TypeError', `${method}() should return a bool`);
    }
    if (!ok) unsupported(interp, `File or stream is not ${what}.`);
  };
  if (kind === 'random') check('seekable', 'seekable');
  if (kind !== 'writer') check('readable', 'readable');
  if (kind !== 'reader') check('writable', 'writable');
  const size = sizeObj === undefined ? DEFAULT_BUFFER_SIZE : ssizeArg(interp, sizeObj);
  if (size <= 0) PyErr_SetString(interp, 'ValueError', 'buffer size must be strictly positive');
  const old = b.raw;
  b.raw = Py_NewRef(raw!);
  Py_XDECREF(old);
  b.size = size;
  b.readable = kind !== 'writer';
  b.writable = kind !== 'reader';
  b.rbuf = b.readable ? new Uint8Array(size) : EMPTY;
  b.wbuf = b.writable ? new Uint8Array(size) : EMPTY;
  b.rpos = b.rend = b.wlen = 0;
  b.fast = raw!.ob_type === io.FileIO;
  b.ok = true;
}

const bool = (interp: Interpreter, v: boolean) => (v ? interp.singletons.True : interp.singletons.False);
const rawCall = (method: string): MethodDef => ({
  name: method, flags: METH_NOARGS, impl: (interp, self) => callMethodObj(interp, rawOf(interp, self!), method, []),
});

/** close(): flush (through the method, which a subclass may override), then close the raw stream. CPython: _io__Buffered_close_impl */
function bufferedClose(interp: Interpreter, self: PyObject): PyObject {
  const raw = rawOf(interp, self);
  if (isClosed(interp, self)) return interp.singletons.None;
  if (body(self).finalizing) deallocWarn(interp, raw, self);
  let err: PyObject | null = null;
  try {
    callMethodVoid(interp, self, 'flush');
  } catch (e) {
    err = toPyException(interp, e);
  }
  try {
    callMethodVoid(interp, raw, 'close');
  } catch (e) {
    const exc = toPyException(interp, e);
    if (err !== null) chainException(exc, err);
    throw exc;
  }
  body(self).rpos = body(self).rend = 0;
  if (err !== null) throw err;
  return interp.singletons.None;
}

const BUFFERED_METHODS: MethodDef[] = [
  { name: 'detach', flags: METH_NOARGS, impl: (interp, self) => {
    rawOf(interp, self!);
    callMethodVoid(interp, self!, 'flush');
    const b = body(self!);
    const raw = b.raw!;
    b.raw = null;
    b.ok = false;
    b.detached = true;
    return raw;
  } },
  { name: 'flush', flags: METH_NOARGS, impl: (interp, self) => {
    rawOf(interp, self!);
    const b = body(self!);
    if (!b.writable) return callMethodObj(interp, b.raw!, 'flush', []);
    checkClosed(interp, self!, 'flush of closed file');
    flushAndRewind(interp, self!);
    return interp.singletons.None;
  } },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => bufferedClose(interp, self!) },
  rawCall('seekable'),
  rawCall('readable'),
  rawCall('writable'),
  rawCall('fileno'),
  rawCall('isatty'),
  // CPython: buffered_dealloc_warn — the raw stream warns, about `source`.
  { name: '_dealloc_warn', flags: METH_O, impl: (interp, self, args) => {
    const b = body(self!);
    if (b.ok && b.raw !== null) deallocWarn(interp, b.raw, args[0]!);
    return interp.singletons.None;
  } },
  { name: 'read', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = optionalSize(interp, posArgs(interp, 'read', args, kw, 1)[0]);
    rawOf(interp, self!);
    if (!body(self!).readable) unsupported(interp, 'read');
    if (n < -1) PyErr_SetString(interp, 'ValueError', 'read length must be non-negative or -1');
    checkClosed(interp, self!, 'read of closed file');
    if (n === -1) return readAll(interp, self!);
    if (n === 0) return PyBytes_FromData(interp, EMPTY);
    const r = readGeneric(interp, self!, n);
    return r === null ? interp.singletons.None : PyBytes_FromData(interp, r);
  } },
  { name: 'read1', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    let n = optionalSize(interp, posArgs(interp, 'read1', args, kw, 1)[0]);
    rawOf(interp, self!);
    const b = body(self!);
    if (!b.readable) unsupported(interp, 'read1');
    checkClosed(interp, self!, 'read of closed file');
    if (n < 0) n = b.size;
    if (n === 0) return PyBytes_FromData(interp, EMPTY);
    if (b.rend - b.rpos > 0) return PyBytes_FromData(interp, takeBuffered(b, Math.min(n, b.rend - b.rpos)));
    flushAndRewind(interp, self!);
    if (n > b.size) {
      const r = rawRead(interp, self!, n);
      return r === null ? interp.singletons.None : PyBytes_FromData(interp, r);
    }
    const r = fillBuffer(interp, self!);
    if (r === null) return interp.singletons.None;
    return PyBytes_FromData(interp, takeBuffered(b, Math.min(n, b.rend - b.rpos)));
  } },
  { name: 'peek', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    posArgs(interp, 'peek', args, kw, 1);
    rawOf(interp, self!);
    const b = body(self!);
    if (!b.readable) unsupported(interp, 'peek');
    checkClosed(interp, self!, 'peek of closed file');
    if (b.rend - b.rpos > 0) return PyBytes_FromData(interp, b.rbuf.slice(b.rpos, b.rend));
    flushAndRewind(interp, self!);
    fillBuffer(interp, self!);
    return PyBytes_FromData(interp, b.rbuf.slice(b.rpos, b.rend));
  } },
  { name: 'readinto', flags: METH_O, impl: (interp, self, args) => readinto(interp, self!, args[0]!, 'readinto') },
  { name: 'readinto1', flags: METH_O, impl: (interp, self, args) => readinto(interp, self!, args[0]!, 'readinto1') },
  { name: 'readline', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const limit = optionalSize(interp, posArgs(interp, 'readline', args, kw, 1)[0]);
    rawOf(interp, self!);
    if (!body(self!).readable) unsupported(interp, 'readline');
    checkClosed(interp, self!, 'readline of closed file');
    return PyBytes_FromData(interp, readline(interp, self!, limit));
  } },
  { name: 'write', flags: METH_O, impl: (interp, self, args) => {
    rawOf(interp, self!);
    if (!body(self!).writable) unsupported(interp, 'write');
    const data = bufferArg(interp, args[0]!);
    if (isClosed(interp, self!)) PyErr_SetString(interp, 'ValueError', 'write to closed file');
    return PyLong_FromNumber(interp, bufferedWrite(interp, self!, data));
  } },
  { name: 'seek', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'seek', args, kw, 2);
    if (a.length < 1) PyErr_SetString(interp, 'TypeError', 'seek expected at least 1 argument, got 0');
    rawOf(interp, self!);
    const whence = a.length > 1 ? ssizeArg(interp, a[1]!) : SEEK_SET;
    if (whence < 0 || whence > 2) PyErr_SetString(interp, 'ValueError', `whence value ${whence} unsupported`);
    checkClosed(interp, self!, 'seek of closed file');
    const raw = body(self!).raw!;
    const s = callMethodObj(interp, raw, 'seekable', []);
    const seekable = s === interp.singletons.True;
    Py_DECREF(s);
    if (!seekable) unsupported(interp, 'File or stream is not seekable.');
    const target = ssizeArg(interp, a[0]!);
    return PyLong_FromNumber(interp, bufferedSeek(interp, self!, target, whence));
  } },
  { name: 'tell', flags: METH_NOARGS, impl: (interp, self) => {
    rawOf(interp, self!);
    return PyLong_FromNumber(interp, bufferedTell(interp, self!));
  } },
  { name: 'truncate', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'truncate', args, kw, 1);
    rawOf(interp, self!);
    checkClosed(interp, self!, 'truncate of closed file');
    if (!body(self!).writable) unsupported(interp, 'truncate');
    flushAndRewind(interp, self!);
    const pos = a[0] === undefined || a[0] === interp.singletons.None ? PyLong_FromNumber(interp, bufferedTell(interp, self!)) : Py_NewRef(a[0]);
    try {
      return callMethodObj(interp, body(self!).raw!, 'truncate', [pos]);
    } finally {
      Py_DECREF(pos);
    }
  } },
  { name: '__sizeof__', flags: METH_NOARGS, impl: (interp, self) => PyLong_FromNumber(interp, self!.ob_type.tp_basicsize + body(self!).size) },
];

const pick = (names: string) => {
  const wanted = names.split(' ');
  return BUFFERED_METHODS.filter((m) => wanted.includes(m.name));
};
const COMMON = 'detach flush close seekable fileno isatty _dealloc_warn seek tell truncate __sizeof__';
// CPython: bufferedreader_methods, bufferedwriter_methods, bufferedrandom_methods
export const BUFFEREDREADER_METHODS = pick(`${COMMON} readable read peek read1 readinto readinto1 readline`);
export const BUFFEREDWRITER_METHODS = pick(`${COMMON} writable write`);
export const BUFFEREDRANDOM_METHODS = pick(`${COMMON} readable writable read peek read1 readinto readinto1 readline write`);

function readinto(interp: Interpreter, self: PyObject, buf: PyObject, method: string): PyObject {
  rawOf(interp, self);
  const b = body(self);
  if (!b.readable) unsupported(interp, method);
  const dest = writableBufferArg(interp, buf, method);
  checkClosed(interp, self, 'readinto of closed file');
  let data: Uint8Array | null;
  if (method === 'readinto1' && b.rend - b.rpos === 0 && dest.length > 0) {
    flushAndRewind(interp, self);
    const r = fillBuffer(interp, self);
    data = r === null ? null : takeBuffered(b, Math.min(dest.length, b.rend - b.rpos));
  } else if (method === 'readinto1') {
    data = takeBuffered(b, Math.min(dest.length, b.rend - b.rpos));
  } else {
    data = dest.length === 0 ? EMPTY : readGeneric(interp, self, dest.length);
  }
  if (data === null) return interp.singletons.None;
  dest.set(data);
  return PyLong_FromNumber(interp, data.length);
}

export const BUFFERED_GETSET: GetSetDef[] = [
  { name: 'raw', get: (interp, o) => Py_NewRef(body(o).raw ?? interp.singletons.None) },
  { name: 'closed', get: (interp, o) => PyObject_GetAttr(interp, rawOf(interp, o), internedStr(interp, 'closed')) },
  { name: 'name', get: (interp, o) => PyObject_GetAttr(interp, rawOf(interp, o), internedStr(interp, 'name')) },
  { name: 'mode', get: (interp, o) => PyObject_GetAttr(interp, rawOf(interp, o), internedStr(interp, 'mode')) },
  { name: '_finalizing', get: (interp, o) => bool(interp, body(o).finalizing), set: (interp, o, v) => {
    body(o).finalizing = v !== null && PyObject_IsTrue(interp, v);
  } },
];

/** `<_io.BufferedWriter name='x'>`. CPython: buffered_repr */
export function buffered_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const tn = o.ob_type.tp_name;
  let name: PyObject | null = null;
  try {
    name = PyObject_LookupAttr(interp, o, internedStr(interp, 'name'));
  } catch (e) {
    const exc = toPyException(interp, e);
    const ignorable = exc.ob_type.isSubtypeOf(interp.types.exceptions.get('ValueError')!);
    if (!ignorable) throw exc;
    Py_DECREF(exc);
  }
  if (name === null) return PyUnicode_FromString(interp, `<${tn}>`);
  try {
    if (!Py_ReprEnter(interp, o)) PyErr_SetString(interp, 'RuntimeError', `reentrant call inside ${tn}.__repr__`);
    try {
      return PyUnicode_FromString(interp, `<${tn} name=${reprText(interp, name)}>`);
    } finally {
      Py_ReprLeave(interp, o);
    }
  } finally {
    Py_DECREF(name);
  }
}

export function buffered_dealloc(o: PyObject): void {
  if (!finalizeFromDealloc(o, buffered_dealloc)) return;
  const b = body(o);
  const raw = b.raw;
  b.raw = null;
  b.ok = false;
  Py_XDECREF(raw);
  ioFree(o);
}

export function buffered_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = body(o);
  if (b.raw !== null) visit(b.raw, arg);
  if (o.ob_dict !== null) visit(o.ob_dict, arg);
}

/** Direct write for TextIOWrapper and print when the buffer is an exact BufferedWriter/Random. */
export function bufferedWriteDirect(interp: Interpreter, o: PyObject, data: Uint8Array): void {
  rawOf(interp, o);
  if (isClosed(interp, o)) PyErr_SetString(interp, 'ValueError', 'write to closed file');
  bufferedWrite(interp, o, data);
}

/** `exc.__context__ = prev` (prev taken over), unless exc has a context. CPython: _PyErr_ChainExceptions1 */
function chainException(exc: PyObject, prev: PyObject): void {
  const b = (exc as PyBaseExceptionObject).body;
  if (b.context === null && exc !== prev) b.context = prev;
  else Py_DECREF(prev);
}

// --- BufferedRWPair ------------------------------------------------------------------------------

interface RWPairBody {
  reader: PyObject | null;
  writer: PyObject | null;
}

export function rwpair_new(type: PyTypeObject): PyObject {
  return ioAlloc(type, { reader: null, writer: null } satisfies RWPairBody);
}

// CPython: _io_BufferedRWPair___init___impl
export function rwpair_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) PyErr_SetString(interp, 'TypeError', 'BufferedRWPair() takes no keyword arguments');
  if (args.length < 2 || args.length > 3) {
    PyErr_SetString(interp, 'TypeError', `BufferedRWPair expected ${args.length < 2 ? 'at least 2' : 'at most 3'} arguments, got ${args.length}`);
  }
  const io = ioState(interp);
  const rest = args.slice(2);
  for (const [o, m, what] of [[args[0]!, 'readable', 'readable'], [args[1]!, 'writable', 'writable']] as const) {
    const r = callMethodObj(interp, o, m, []);
    const ok = r === interp.singletons.True;
    Py_DECREF(r);
    if (!ok) unsupported(interp, `File or stream is not ${what}.`);
  }
  const b = self.body as RWPairBody;
  const reader = PyObject_Vectorcall(interp, io.BufferedReader, [args[0]!, ...rest], null);
  let writer: PyObject;
  try {
    writer = PyObject_Vectorcall(interp, io.BufferedWriter, [args[1]!, ...rest], null);
  } catch (e) {
    Py_DECREF(reader);
    throw e;
  }
  Py_XDECREF(b.reader);
  Py_XDECREF(b.writer);
  b.reader = reader;
  b.writer = writer;
}

function pairPart(interp: Interpreter, o: PyObject, which: 'reader' | 'writer'): PyObject {
  const p = (o.body as RWPairBody)[which];
  if (p === null) PyErr_SetString(interp, 'ValueError', 'I/O operation on uninitialized object');
  return p;
}

const forward = (name: string, which: 'reader' | 'writer'): MethodDef => ({
  name, flags: METH_FASTCALL, impl: (interp, self, args) => callMethodObj(interp, pairPart(interp, self!, which), name, args),
});

export const RWPAIR_METHODS: MethodDef[] = [
  forward('read', 'reader'), forward('peek', 'reader'), forward('read1', 'reader'), forward('readinto', 'reader'), forward('readinto1', 'reader'),
  forward('write', 'writer'), forward('flush', 'writer'), forward('readable', 'reader'), forward('writable', 'writer'),
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => {
    let err: unknown = null;
    try {
      callMethodVoid(interp, pairPart(interp, self!, 'writer'), 'close');
    } catch (e) {
      err = e;
    }
    try {
      return callMethodObj(interp, pairPart(interp, self!, 'reader'), 'close', []);
    } finally {
      if (err !== null) throw err;
    }
  } },
  { name: 'isatty', flags: METH_NOARGS, impl: (interp, self) => {
    if (attrTrueCall(interp, pairPart(interp, self!, 'writer'), 'isatty')) return interp.singletons.True;
    return callMethodObj(interp, pairPart(interp, self!, 'reader'), 'isatty', []);
  } },
];

function attrTrueCall(interp: Interpreter, o: PyObject, m: string): boolean {
  const r = callMethodObj(interp, o, m, []);
  try {
    return PyObject_IsTrue(interp, r);
  } finally {
    Py_DECREF(r);
  }
}

export const RWPAIR_GETSET: GetSetDef[] = [
  { name: 'closed', get: (interp, o) => PyObject_GetAttr(interp, pairPart(interp, o, 'writer'), internedStr(interp, 'closed')) },
];

export function rwpair_dealloc(o: PyObject): void {
  const b = o.body as RWPairBody;
  Py_XDECREF(b.reader);
  Py_XDECREF(b.writer);
  b.reader = b.writer = null;
  ioFree(o);
}
