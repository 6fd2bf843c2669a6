// _io.FileIO: raw, unbuffered I/O on a file descriptor of the host. CPython: Modules/_io/fileio.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { O_APPEND, O_CLOEXEC, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, SEEK_CUR, SEEK_END, SEEK_SET } from '../../host/host.ts';
import { PyObject_SetAttr, PyObject_LookupAttr } from '../../objects/attributes.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyLong_Check, PyLong_FromNumber, longValue } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue, Py_ReprEnter, Py_ReprLeave, reprText } from '../../objects/objectops.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { PyBytes_FromData, latin1Text } from '../../objects/bytesobject.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { bufferArg, callMethodObj, concatBytes, finalizeFromDealloc, hostCall, ioAlloc, ioFree, IOBASE_METHODS, optionalSize, parseArgs,
  posArgs, raiseHostError, ssizeArg, unsupported, writableBufferArg } from './iobase.ts';
import { HostError } from '../../host/host.ts';
import { excType, PyErr_SetString } from '../../objects/exceptions.ts';
import { PyObject_IsInstance } from '../../runtime/bltin_objects.ts';
import { PyErr_WriteUnraisable } from '../../runtime/unraisable.ts';
import { toPyException } from '../../vm/ceval.ts';
import { PyErr_ResourceWarning } from '../warningsmodule.ts';

export interface FileIOBody {
  fd: number;
  created: boolean;
  readable: boolean;
  writable: boolean;
  appending: boolean;
  /** -1 unknown, else 0/1. */
  seekable: number;
  closefd: boolean;
  finalizing: boolean;
  blksize: number;
}

/** st_blksize of the files the hosts give (Linux file systems and pipes: 4096). */
const BLKSIZE = 4096;

function hostOf(interp: Interpreter) {
  return interp.host!;
}

// CPython: fileio_new
export function fileio_new(type: PyTypeObject): PyObject {
  return ioAlloc(type, { fd: -1, created: false, readable: false, writable: false, appending: false, seekable: -1, closefd: true,
    finalizing: false, blksize: 0 } satisfies FileIOBody);
}

function body(o: PyObject): FileIOBody {
  return o.body as FileIOBody;
}

function errClosed(interp: Interpreter): never {
  return PyErr_SetString(interp, 'ValueError', 'I/O operation on closed file');
}

function errMode(interp: Interpreter, action: string): never {
  return unsupported(interp, `File not open for ${action}`);
}

const BAD_MODE = 'Must have exactly one of create/read/write/append mode and at most one plus';

/** The path of a str or bytes file argument. CPython: PyUnicode_FSConverter */
function fsPath(interp: Interpreter, o: PyObject): string {
  const t = interp.types;
  let s: string;
  if (o.ob_type.isSubtypeOf(t.str)) s = unicodeText(o);
  else if (o.ob_type.isSubtypeOf(t.bytes)) s = new TextDecoder().decode(o.body as Uint8Array);
  else return PyErr_SetString(interp, 'TypeError', `expected str, bytes or os.PathLike object, not ${o.ob_type.tp_name}`);
  if (s.includes('\0')) PyErr_SetString(interp, 'ValueError', 'embedded null byte');
  return s;
}

// CPython: _io_FileIO___init___impl
export function fileio_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const [file, modeObj, closefdObj, opener] = parseArgs(interp, 'FileIO', ['file', 'mode', 'closefd', 'opener'], 1, 4, args, kwnames);
  const b = body(self);
  if (b.fd >= 0) {
    if (b.closefd) internalClose(interp, self);
    else b.fd = -1;
  }
  let fd = -1;
  let path: string | null = null;
  if (PyLong_Check(file!)) {
    const v = longValue(file!);
    if (typeof v === 'bigint' || v > 0x7fffffff || v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'signed integer is greater than maximum');
    fd = v;
    if (fd < 0) PyErr_SetString(interp, 'ValueError', 'negative file descriptor');
  } else {
    path = fsPath(interp, file!);
  }
  let mode = 'r';
  if (modeObj !== undefined) {
    if (!modeObj.ob_type.isSubtypeOf(interp.types.str)) {
      PyErr_SetString(interp, 'TypeError', `FileIO() argument 'mode' must be str, not ${modeObj.ob_type.tp_name}`);
    }
    mode = unicodeText(modeObj);
  }
  let rwa = false;
  let plus = false;
  let flags = 0;
  b.created = b.readable = b.writable = b.appending = false;
  for (const c of mode) {
    switch (c) {
      case 'x':
        if (rwa) PyErr_SetString(interp, 'ValueError', BAD_MODE);
        rwa = true;
        b.created = b.writable = true;
        flags |= O_EXCL | O_CREAT;
        break;
      case 'r':
        if (rwa) PyErr_SetString(interp, 'ValueError', BAD_MODE);
        rwa = true;
        b.readable = true;
        break;
      case 'w':
        if (rwa) PyErr_SetString(interp, 'ValueError', BAD_MODE);
        rwa = true;
        b.writable = true;
        flags |= O_CREAT | O_TRUNC;
        break;
      case 'a':
        if (rwa) PyErr_SetString(interp, 'ValueError', BAD_MODE);
        rwa = true;
        b.writable = b.appending = true;
        flags |= O_APPEND | O_CREAT;
        break;
      case 'b':
        break;
      case '+':
        if (plus) PyErr_SetString(interp, 'ValueError', BAD_MODE);
        b.readable = b.writable = plus = true;
        break;
      default:
        PyErr_SetString(interp, 'ValueError', `invalid mode: ${mode}`);
    }
  }
  if (!rwa) PyErr_SetString(interp, 'ValueError', BAD_MODE);
  flags |= b.readable && b.writable ? O_RDWR : b.readable ? O_RDONLY : O_WRONLY;
  flags |= O_CLOEXEC;
  const closefd = closefdObj === undefined ? true : PyObject_IsTrue(interp, closefdObj);
  const host = hostOf(interp);
  let ownFd = false;
  if (fd >= 0) {
    b.fd = fd;
    b.closefd = closefd;
  } else {
    b.closefd = true;
    if (!closefd) PyErr_SetString(interp, 'ValueError', 'Cannot use closefd=False with file name');
    if (opener === undefined || opener === interp.singletons.None) {
      b.fd = hostCall(interp, () => host.open(path!, flags, 0o666), file!);
    } else {
      const fl = PyLong_FromNumber(interp, flags);
      let r: PyObject;
      try {
        r = PyObject_Vectorcall(interp, opener, [file!, fl], null);
      } finally {
        Py_DECREF(fl);
      }
      if (!PyLong_Check(r)) {
        Py_DECREF(r);
        PyErr_SetString(interp, 'TypeError', 'expected integer from opener');
      }
      const v = Number(longValue(r));
      Py_DECREF(r);
      if (v < 0) PyErr_SetString(interp, 'ValueError', `opener returned ${v}`);
      b.fd = v;
    }
    ownFd = true;
  }
  try {
    b.blksize = BLKSIZE;
    let st;
    try {
      st = host.fstat(b.fd);
    } catch (e) {
      // A descriptor that is not open: EBADF, reported without a file name.
      if (e instanceof HostError && e.code === 'EBADF') raiseHostError(interp, e);
      st = null;
    }
    if (st !== null && st.kind === 'dir') raiseHostError(interp, new HostError('EISDIR', null), file!);
    PyObject_SetAttr(interp, self, internedStr(interp, 'name'), file!);
    if (b.appending) {
      try {
        host.lseek(b.fd, 0, SEEK_END);
      } catch (e) {
        if (!(e instanceof HostError && e.code === 'ESPIPE')) raiseHostError(interp, e);
      }
    }
  } catch (e) {
    if (ownFd) {
      try {
        host.close(b.fd);
      } catch {
        // The error being reported is the first one.
      }
    }
    b.fd = -1;
    throw e;
  }
}

/** Closes the descriptor (when closefd); fd becomes -1. CPython: internal_close */
function internalClose(interp: Interpreter, self: PyObject): void {
  const b = body(self);
  const fd = b.fd;
  b.fd = -1;
  if (fd >= 0 && b.closefd) hostCall(interp, () => hostOf(interp).close(fd));
}

// --- the operations, also called directly by the buffered layer ---------------------------------

/** read(n) on the fd: the bytes, or null when the read would block. CPython: _io_FileIO_read_impl */
export function fileioRead(interp: Interpreter, self: PyObject, n: number): Uint8Array | null {
  const b = body(self);
  if (b.fd < 0) errClosed(interp);
  if (!b.readable) errMode(interp, 'reading');
  if (n < 0) return fileioReadall(interp, self);
  try {
    return hostOf(interp).read(b.fd, n);
  } catch (e) {
    if (e instanceof HostError && e.code === 'EAGAIN') return null;
    return raiseHostError(interp, e);
  }
}

/** Everything up to the end of the file. CPython: _io_FileIO_readall_impl */
export function fileioReadall(interp: Interpreter, self: PyObject): Uint8Array | null {
  const b = body(self);
  if (b.fd < 0) errClosed(interp);
  const chunks: Uint8Array[] = [];
  const host = hostOf(interp);
  for (;;) {
    let c: Uint8Array;
    try {
      c = host.read(b.fd, 65536);
    } catch (e) {
      if (e instanceof HostError && e.code === 'EAGAIN') {
        if (chunks.length > 0) break;
        return null;
      }
      return raiseHostError(interp, e);
    }
    if (c.length === 0) break;
    chunks.push(c);
  }
  return chunks.length === 0 ? new Uint8Array(0) : concatBytes(chunks);
}

/** write(data): the count written, or null when it would block. CPython: _io_FileIO_write_impl */
export function fileioWrite(interp: Interpreter, self: PyObject, data: Uint8Array): number | null {
  const b = body(self);
  if (b.fd < 0) errClosed(interp);
  if (!b.writable) errMode(interp, 'writing');
  try {
    return hostOf(interp).write(b.fd, data);
  } catch (e) {
    if (e instanceof HostError && e.code === 'EAGAIN') return null;
    return raiseHostError(interp, e);
  }
}

/** lseek; the new position. CPython: portable_lseek */
export function fileioSeek(interp: Interpreter, self: PyObject, pos: number, whence: number): number {
  const b = body(self);
  if (b.fd < 0) errClosed(interp);
  const r = hostCall(interp, () => hostOf(interp).lseek(b.fd, pos, whence));
  if (b.seekable < 0) b.seekable = 1;
  return r;
}

export function fileioSeekable(interp: Interpreter, self: PyObject): boolean {
  const b = body(self);
  if (b.fd < 0) errClosed(interp);
  if (b.seekable < 0) {
    try {
      hostOf(interp).lseek(b.fd, 0, SEEK_CUR);
      b.seekable = 1;
    } catch {
      b.seekable = 0;
    }
  }
  return b.seekable === 1;
}

export function fileioIsClosed(self: PyObject): boolean {
  return body(self).fd < 0;
}

function modeString(b: FileIOBody): string {
  if (b.created) return b.readable ? 'xb+' : 'xb';
  if (b.appending) return b.readable ? 'ab+' : 'ab';
  if (b.readable) return b.writable ? 'rb+' : 'rb';
  return 'wb';
}

const bool = (interp: Interpreter, v: boolean) => (v ? interp.singletons.True : interp.singletons.False);
const iobaseClose = IOBASE_METHODS.find((m) => m.name === 'close')!.impl;

export const FILEIO_METHODS: MethodDef[] = [
  { name: 'read', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = optionalSize(interp, posArgs(interp, 'read', args, kw, 1)[0]);
    const r = fileioRead(interp, self!, n);
    return r === null ? interp.singletons.None : PyBytes_FromData(interp, r);
  } },
  { name: 'readall', flags: METH_NOARGS, impl: (interp, self) => {
    const r = fileioReadall(interp, self!);
    return r === null ? interp.singletons.None : PyBytes_FromData(interp, r);
  } },
  { name: 'readinto', flags: METH_O, impl: (interp, self, args) => {
    const b = body(self!);
    if (b.fd < 0) errClosed(interp);
    if (!b.readable) errMode(interp, 'reading');
    const dest = writableBufferArg(interp, args[0]!, 'readinto');
    const r = fileioRead(interp, self!, dest.length);
    if (r === null) return interp.singletons.None;
    dest.set(r);
    return PyLong_FromNumber(interp, r.length);
  } },
  { name: 'write', flags: METH_O, impl: (interp, self, args) => {
    const b = body(self!);
    if (b.fd < 0) errClosed(interp);
    if (!b.writable) errMode(interp, 'writing');
    const n = fileioWrite(interp, self!, bufferArg(interp, args[0]!));
    return n === null ? interp.singletons.None : PyLong_FromNumber(interp, n);
  } },
  { name: 'seek', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'seek', args, kw, 2);
    if (a.length < 1) PyErr_SetString(interp, 'TypeError', `seek expected at least 1 argument, got 0`);
    if (body(self!).fd < 0) errClosed(interp);
    const pos = a[0]!;
    if (pos.ob_type === interp.types.float) PyErr_SetString(interp, 'TypeError', 'an integer is required');
    const whence = a.length > 1 ? ssizeArg(interp, a[1]!) : SEEK_SET;
    return PyLong_FromNumber(interp, fileioSeek(interp, self!, ssizeArg(interp, pos), whence));
  } },
  { name: 'tell', flags: METH_NOARGS, impl: (interp, self) => PyLong_FromNumber(interp, fileioSeek(interp, self!, 0, SEEK_CUR)) },
  { name: 'truncate', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'truncate', args, kw, 1);
    const b = body(self!);
    if (b.fd < 0) errClosed(interp);
    if (!b.writable) errMode(interp, 'writing');
    const size = a[0] === undefined || a[0] === interp.singletons.None ? fileioSeek(interp, self!, 0, SEEK_CUR) : ssizeArg(interp, a[0]);
    hostCall(interp, () => hostOf(interp).ftruncate(b.fd, size));
    return PyLong_FromNumber(interp, size);
  } },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => {
    let err: unknown = null;
    try {
      Py_DECREF(iobaseClose(interp, self!, [], null));
    } catch (e) {
      err = e;
    }
    if (body(self!).finalizing && body(self!).closefd) fileioDeallocWarn(interp, self!, self!);
    try {
      internalClose(interp, self!);
    } catch (e) {
      if (err === null) err = e;
    }
    if (err !== null) throw err;
    return interp.singletons.None;
  } },
  { name: 'seekable', flags: METH_NOARGS, impl: (interp, self) => bool(interp, fileioSeekable(interp, self!)) },
  { name: 'readable', flags: METH_NOARGS, impl: (interp, self) => {
    if (body(self!).fd < 0) errClosed(interp);
    return bool(interp, body(self!).readable);
  } },
  { name: 'writable', flags: METH_NOARGS, impl: (interp, self) => {
    if (body(self!).fd < 0) errClosed(interp);
    return bool(interp, body(self!).writable);
  } },
  { name: 'fileno', flags: METH_NOARGS, impl: (interp, self) => {
    if (body(self!).fd < 0) errClosed(interp);
    return PyLong_FromNumber(interp, body(self!).fd);
  } },
  { name: 'isatty', flags: METH_NOARGS, impl: (interp, self) => {
    const b = body(self!);
    if (b.fd < 0) errClosed(interp);
    return bool(interp, hostCall(interp, () => hostOf(interp).isatty(b.fd)));
  } },
  { name: '_dealloc_warn', flags: METH_O, impl: (interp, self, args) => {
    fileioDeallocWarn(interp, self!, args[0]!);
    return interp.singletons.None;
  } },
];

/**
 * "unclosed file <repr of source>", a ResourceWarning with `source` as its source, while the
 * file descriptor is still open and owned; a warning turned into an error is reported as
 * unraisable. CPython: fileio_dealloc_warn
 */
function fileioDeallocWarn(interp: Interpreter, self: PyObject, source: PyObject): void {
  const b = body(self);
  if (b.fd < 0 || !b.closefd) return;
  try {
    PyErr_ResourceWarning(interp, source, 1, (repr) => `unclosed file ${repr}`);
  } catch (e) {
    const exc = toPyException(interp, e);
    if (PyObject_IsInstance(interp, exc, excType(interp, 'Warning'))) PyErr_WriteUnraisable(interp, exc, self);
    else Py_DECREF(exc);
  }
}

export const FILEIO_GETSET: GetSetDef[] = [
  { name: 'closed', get: (interp, o) => bool(interp, body(o).fd < 0) },
  { name: 'closefd', get: (interp, o) => bool(interp, body(o).closefd) },
  { name: 'mode', get: (interp, o) => PyUnicode_FromString(interp, modeString(body(o))) },
  { name: '_blksize', get: (interp, o) => PyLong_FromNumber(interp, body(o).blksize) },
  { name: '_finalizing', get: (interp, o) => bool(interp, body(o).finalizing), set: (interp, o, v) => {
    body(o).finalizing = v !== null && PyObject_IsTrue(interp, v);
  } },
];

// CPython: fileio_repr
export function fileio_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = body(o);
  // The type is always named so, subclass or not.
  const tn = '_io.FileIO';
  if (b.fd < 0) return PyUnicode_FromString(interp, `<${tn} [closed]>`);
  const closefd = b.closefd ? 'True' : 'False';
  const name = PyObject_LookupAttr(interp, o, internedStr(interp, 'name'));
  if (name === null) return PyUnicode_FromString(interp, `<${tn} fd=${b.fd} mode='${modeString(b)}' closefd=${closefd}>`);
  try {
    if (!Py_ReprEnter(interp, o)) PyErr_SetString(interp, 'RuntimeError', `reentrant call inside ${tn}.__repr__`);
    try {
      return PyUnicode_FromString(interp, `<${tn} name=${reprText(interp, name)} mode='${modeString(b)}' closefd=${closefd}>`);
    } finally {
      Py_ReprLeave(interp, o);
    }
  } finally {
    Py_DECREF(name);
  }
}

// CPython: fileio_dealloc
export function fileio_dealloc(o: PyObject): void {
  if (!finalizeFromDealloc(o, fileio_dealloc)) return;
  ioFree(o);
}
