// The abstract bases of the io hierarchy and what every _io type shares: _IOBase (closed state,
// context manager, iteration, readline/readlines/writelines over the subclass's own methods,
// close at finalization), _RawIOBase (read and readall over readinto), _BufferedIOBase and
// _TextIOBase (their unsupported defaults). CPython: Modules/_io/iobase.c, bufferedio.c
// (_BufferedIOBase), textio.c (_TextIOBase), _iomodule.c (the shared error helpers).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { HostError } from '../../host/host.ts';
import { PyObject_GetAttr, PyObject_LookupAttr, PyObject_SetAttr } from '../../objects/attributes.ts';
import { callMethodObj, PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { exceptionTypeCall, excType, newException, PyErr_SetObject, PyErr_SetString } from '../../objects/exceptions.ts';
import { writableBufferOf } from '../../objects/memoryobject.ts';
import { PyLong_Check, PyLong_FromNumber, longValue } from '../../objects/longobject.ts';
import { PyList_Append, PyList_New } from '../../objects/listobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue } from '../../objects/objectops.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyObject_CallFinalizerFromDealloc } from '../../objects/finalize.ts';
import { PyType_GenericAlloc } from '../../objects/objecttype.ts';
import { dictCopy, dictMerge, PyDict_New } from '../../objects/dictobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { PyBytes_FromData, bufferOf } from '../../objects/bytesobject.ts';
import { PyByteArray_FromData } from '../../objects/bytearrayobject.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { checkPositional } from '../../objects/args.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { PyErr_WriteUnraisable } from '../../runtime/unraisable.ts';
import { toPyException } from '../../vm/ceval.ts';
import { PerInterpreter } from '../../runtime/perinterp.ts';

/** The _io types and the module's exception of one interpreter. CPython: _PyIO_State */
export interface IoState {
  IOBase: PyTypeObject;
  RawIOBase: PyTypeObject;
  BufferedIOBase: PyTypeObject;
  TextIOBase: PyTypeObject;
  FileIO: PyTypeObject;
  BufferedReader: PyTypeObject;
  BufferedWriter: PyTypeObject;
  BufferedRandom: PyTypeObject;
  BufferedRWPair: PyTypeObject;
  TextIOWrapper: PyTypeObject;
  StringIO: PyTypeObject;
  BytesIO: PyTypeObject;
  BytesIOBuffer: PyTypeObject;
  IncrementalNewlineDecoder: PyTypeObject;
  UnsupportedOperation: PyTypeObject;
}

const states = new PerInterpreter<IoState>();

export function setIoState(interp: Interpreter, s: IoState): void {
  states.set(interp, s);
}

export function ioState(interp: Interpreter): IoState {
  return states.get(interp)!;
}

export function ioStateIfAny(interp: Interpreter): IoState | undefined {
  return states.get(interp);
}

export const DEFAULT_BUFFER_SIZE = 8192;

// --- errors ---------------------------------------------------------------------------------

/** io.UnsupportedOperation(msg). */
export function unsupported(interp: Interpreter, msg: string): never {
  return PyErr_SetString(interp, ioState(interp).UnsupportedOperation, msg);
}

export function closedFileError(interp: Interpreter): never {
  return PyErr_SetString(interp, 'ValueError', 'I/O operation on closed file.');
}

/**
 * A host failure as OSError(errno, strerror[, filename]), which picks the errno's subclass;
 * anything else is rethrown. CPython: PyErr_SetFromErrno(WithFilenameObject)
 */
export function raiseHostError(interp: Interpreter, e: unknown, filename: PyObject | null = null, filename2: PyObject | null = null): never {
  if (!(e instanceof HostError)) throw e;
  const args = [PyLong_FromNumber(interp, e.errno), PyUnicode_FromString(interp, e.strerror)];
  if (filename !== null) args.push(Py_NewRef(filename));
  // OSError(errno, strerror, filename, winerror, filename2). CPython: PyErr_SetFromErrnoWithFilenameObjects
  if (filename2 !== null) args.push(PyLong_FromNumber(interp, 0), Py_NewRef(filename2));
  try {
    throw exceptionTypeCall(excType(interp, 'OSError'), args, null);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

/** Runs a host call, turning its failure into OSError. */
export function hostCall<T>(interp: Interpreter, f: () => T, filename: PyObject | null = null): T {
  try {
    return f();
  } catch (e) {
    return raiseHostError(interp, e, filename);
  }
}

// --- calling and argument helpers ---------------------------------------------------------------

export { callMethodObj };

/** callMethodObj whose result is only checked for errors. */
export function callMethodVoid(interp: Interpreter, o: PyObject, name: string, args: readonly PyObject[] = []): void {
  Py_DECREF(callMethodObj(interp, o, name, args));
}

/** target._dealloc_warn(source), its errors dropped (the close of a finalized stream). */
export function deallocWarn(interp: Interpreter, target: PyObject, source: PyObject): void {
  try {
    callMethodVoid(interp, target, '_dealloc_warn', [source]);
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
  }
}

/** The truth of o.name. */
export function attrTrue(interp: Interpreter, o: PyObject, name: string): boolean {
  const v = PyObject_GetAttr(interp, o, internedStr(interp, name));
  try {
    return PyObject_IsTrue(interp, v);
  } finally {
    Py_DECREF(v);
  }
}

/** The truth of o.name(). */
export function callTrue(interp: Interpreter, o: PyObject, name: string): boolean {
  const v = callMethodObj(interp, o, name, []);
  try {
    return PyObject_IsTrue(interp, v);
  } finally {
    Py_DECREF(v);
  }
}

/** Argument Clinic's parsing, with its first check: more arguments than parameters. CPython: _PyArg_UnpackKeywords */
export function parseArgs(interp: Interpreter, fname: string, names: readonly string[], minPos: number, maxPos: number,
  args: readonly PyObject[], kwnames: PyObject | null): (PyObject | undefined)[] {
  if (args.length > names.length) {
    const nargs = args.length - (kwnames === null ? 0 : (kwnames.body as PyObject[]).length);
    // "keyword" when no positional was given (bpo-31229).
    PyErr_SetString(interp, 'TypeError', `${fname}() takes at most ${names.length} ${nargs === 0 ? 'keyword ' : ''}argument${names.length === 1 ? '' : 's'} (${args.length} given)`);
  }
  return unpackKeywords(interp, fname, names, 0, minPos, maxPos, args, kwnames);
}

/** A positional-only optional argument list: `fname expected at most N arguments, got M`. */
export function posArgs(interp: Interpreter, fname: string, args: readonly PyObject[], kwnames: PyObject | null, max: number): readonly PyObject[] {
  if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) PyErr_SetString(interp, 'TypeError', `${fname.replace(/\(\)$/, '')}() takes no keyword arguments`);
  checkPositional(interp, fname, args.length, 0, max);
  return args;
}

/** An index-like int as a JS number (Py_ssize_t). CPython: PyNumber_AsSsize_t(o, PyExc_OverflowError) */
export function ssizeArg(interp: Interpreter, o: PyObject): number {
  if (!PyLong_Check(o)) {
    PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const v = longValue(o);
  if (typeof v === 'bigint') PyErr_SetString(interp, 'OverflowError', `Python int too large to convert to C ssize_t`);
  return v;
}

/** The size argument of read(size=-1) and friends: None or an int. CPython: _Py_convert_optional_to_ssize_t */
export function optionalSize(interp: Interpreter, o: PyObject | undefined): number {
  if (o === undefined || o === interp.singletons.None) return -1;
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', `argument should be integer or None, not '${o.ob_type.tp_name}'`);
  return ssizeArg(interp, o);
}

export function bytesResult(interp: Interpreter, data: Uint8Array): PyObject {
  return PyBytes_FromData(interp, data);
}

/** The bytes of a buffer-protocol argument, or TypeError as PyObject_GetBuffer gives it. */
export function bufferArg(interp: Interpreter, o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}

/** A writable buffer for readinto. CPython: PyObject_GetBuffer(PyBUF_WRITABLE) */
export function writableBufferArg(interp: Interpreter, o: PyObject, fname: string): Uint8Array {
  return writableBufferOf(interp, o) ?? PyErr_SetString(interp, 'TypeError', `${fname}() argument must be read-write bytes-like object, not ${o.ob_type.tp_name}`);
}

/** The __dict__ part of BytesIO's and StringIO's __getstate__: a copy, or None. */
export function getstateDict(interp: Interpreter, o: PyObject): PyObject {
  return o.ob_dict === null ? Py_NewRef(interp.singletons.None) : dictCopy(interp, o.ob_dict);
}

/** The __dict__ part of their __setstate__: it updates an existing __dict__ rather than replacing it. */
export function setstateDict(interp: Interpreter, o: PyObject, dict: PyObject, which: string): void {
  if (dict === interp.singletons.None) return;
  if (!dict.ob_type.isSubtypeOf(interp.types.dict)) PyErr_SetString(interp, 'TypeError', `${which} item of state should be a dict, got a ${dict.ob_type.tp_name}`);
  if (o.ob_dict !== null) dictMerge(interp, o.ob_dict, dict, 1);
  else o.ob_dict = Py_NewRef(dict);
}

/** FileIO, the buffered objects and TextIOWrapper refuse pickling. CPython: _PyIOBase_cannot_pickle */
function cannotPickle(interp: Interpreter, self: PyObject | null): never {
  const name = self!.ob_type.tp_name;
  return PyErr_SetString(interp, 'TypeError', `cannot pickle '${name.slice(name.lastIndexOf('.') + 1)}' instances`);
}

export const CANNOT_PICKLE_METHODS: MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: cannotPickle },
  { name: '__reduce_ex__', flags: METH_O, impl: cannotPickle },
];

// --- object life --------------------------------------------------------------------------------

/** tp_new of the _io types: an instance whose body `init` sets up (tp_init fills it). */
export function ioAlloc(type: PyTypeObject, body: unknown): PyObject {
  const o = PyType_GenericAlloc(type);
  o.body = body;
  return o;
}

/**
 * CPython's PyObject_CallFinalizerFromDealloc for an exact _io instance (a subclass instance was
 * finalized by subtype_dealloc): runs tp_finalize once; false when the object was resurrected.
 */
export function finalizeFromDealloc(o: PyObject, dealloc: (o: PyObject) => void): boolean {
  if (o.ob_type.tp_dealloc !== dealloc) return true;
  return !PyObject_CallFinalizerFromDealloc(o);
}

/** The end of a dealloc: the instance dict, then the memory. */
export function ioFree(o: PyObject): void {
  const d = o.ob_dict;
  if (d !== null) {
    o.ob_dict = null;
    Py_DECREF(d);
  }
  freeObject(o);
}

/**
 * close() unless already closed, as the object dies; its errors are dropped.
 * CPython: iobase_finalize
 */
export function iobase_finalize(o: PyObject): void {
  const interp = o.ob_type.tp_interp;
  // A stream whose closed attribute fails is in no state to be closed: the error is dropped.
  let closed: boolean;
  try {
    closed = attrTrue(interp, o, 'closed');
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
    return;
  }
  if (closed) return;
  try {
    PyObject_SetAttr(interp, o, internedStr(interp, '_finalizing'), interp.singletons.True);
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
  }
  // What close() raises is dropped (CPython reports it only in development mode).
  try {
    callMethodVoid(interp, o, 'close');
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
  }
}

// --- _IOBase -----------------------------------------------------------------------------------

const IOBASE_CLOSED = '__IOBase_closed';

/** Whether the _IOBase-level closed flag is set (the attribute in the instance dict). CPython: iobase_is_closed */
function iobaseIsClosed(interp: Interpreter, o: PyObject): boolean {
  const v = PyObject_LookupAttr(interp, o, internedStr(interp, IOBASE_CLOSED));
  if (v === null) return false;
  Py_DECREF(v);
  return true;
}

/** ValueError when self.closed is true. CPython: _PyIOBase_check_closed */
export function checkClosedAttr(interp: Interpreter, o: PyObject): void {
  if (attrTrue(interp, o, 'closed')) closedFileError(interp);
}

function checkBool(interp: Interpreter, o: PyObject, method: string, msg: string): PyObject {
  const r = callMethodObj(interp, o, method, []);
  if (r !== interp.singletons.True) {
    if (r !== interp.singletons.False) {
      Py_DECREF(r);
      PyErr_SetString(interp, 'TypeError', `${method}() should return a bool`);
    }
    unsupported(interp, msg);
  }
  return r;
}

const none = (interp: Interpreter) => interp.singletons.None;

/** readline(size=-1) over peek() and read(). CPython: _io__IOBase_readline_impl */
function iobaseReadline(interp: Interpreter, self: PyObject, limit: number): PyObject {
  const peek = PyObject_LookupAttr(interp, self, internedStr(interp, 'peek'));
  const out: number[] = [];
  try {
    while (limit < 0 || out.length < limit) {
      let nreadahead = 1;
      if (peek !== null) {
        const ra = PyObject_Vectorcall(interp, peek, [PyLong_FromNumber(interp, 1)], null);
        try {
          const b = bufferOf(ra);
          if (b === null || !ra.ob_type.isSubtypeOf(interp.types.bytes)) {
            PyErr_SetString(interp, 'OSError', `peek() should have returned a bytes object, not '${ra.ob_type.tp_name}'`);
          }
          if (b.length > 0) {
            let n = 0;
            while (n < b.length && (limit < 0 || n < limit - out.length)) if (b[n++] === 0x0a) break;
            nreadahead = n;
          }
        } finally {
          Py_DECREF(ra);
        }
      }
      const nobj = PyLong_FromNumber(interp, nreadahead);
      const b = callMethodObj(interp, self, 'read', [nobj]);
      Py_DECREF(nobj);
      try {
        if (!b.ob_type.isSubtypeOf(interp.types.bytes)) {
          PyErr_SetString(interp, 'OSError', `read() should have returned a bytes object, not '${b.ob_type.tp_name}'`);
        }
        const data = b.body as Uint8Array;
        if (data.length === 0) break;
        for (const c of data) out.push(c);
        if (out[out.length - 1] === 0x0a) break;
      } finally {
        Py_DECREF(b);
      }
    }
  } finally {
    Py_XDECREF(peek);
  }
  return PyBytes_FromData(interp, Uint8Array.from(out));
}

/** readlines(hint=-1) by iterating self. CPython: _io__IOBase_readlines_impl */
export function iobaseReadlines(interp: Interpreter, self: PyObject, hint: number): PyObject {
  const result = PyList_New(interp, 0);
  try {
    const it = PyObject_GetIter(interp, self);
    try {
      let length = 0;
      for (;;) {
        const line = PyIter_Next(interp, it);
        if (line === null) break;
        PyList_Append(result, line);
        Py_DECREF(line);
        if (hint > 0) {
          const n = line.ob_type.isSubtypeOf(interp.types.str) ? unicodeText(line).length : (bufferOf(line)?.length ?? 0);
          length += n;
          if (length > hint) break;
        }
      }
    } finally {
      Py_DECREF(it);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function hintArg(interp: Interpreter, args: readonly PyObject[], kwnames: PyObject | null): number {
  const a = posArgs(interp, 'readlines', args, kwnames, 1);
  return optionalSize(interp, a[0]);
}

export const IOBASE_METHODS: MethodDef[] = [
  { name: 'seek', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, _self, args, kw) => {
    unpackKeywords(interp, 'seek', ['', ''], 2, 1, 2, args, kw);
    return unsupported(interp, 'seek');
  } },
  { name: 'tell', flags: METH_NOARGS, impl: (interp, self) => {
    const z = PyLong_FromNumber(interp, 0);
    const one = PyLong_FromNumber(interp, 1);
    try {
      return callMethodObj(interp, self!, 'seek', [z, one]);
    } finally {
      Py_DECREF(z);
      Py_DECREF(one);
    }
  } },
  { name: 'truncate', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, _self, args, kw) => {
    unpackKeywords(interp, 'truncate', [''], 1, 0, 1, args, kw);
    return unsupported(interp, 'truncate');
  } },
  { name: 'flush', flags: METH_NOARGS, impl: (interp, self) => {
    if (iobaseIsClosed(interp, self!)) closedFileError(interp);
    return none(interp);
  } },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => {
    if (iobaseIsClosed(interp, self!)) return none(interp);
    let err: unknown = null;
    try {
      callMethodVoid(interp, self!, 'flush');
    } catch (e) {
      err = e;
    }
    PyObject_SetAttr(interp, self!, internedStr(interp, IOBASE_CLOSED), interp.singletons.True);
    if (err !== null) throw err;
    return none(interp);
  } },
  { name: 'seekable', flags: METH_NOARGS, impl: (interp) => interp.singletons.False },
  { name: 'readable', flags: METH_NOARGS, impl: (interp) => interp.singletons.False },
  { name: 'writable', flags: METH_NOARGS, impl: (interp) => interp.singletons.False },
  { name: '_checkClosed', flags: METH_FASTCALL, impl: (interp, self) => {
    checkClosedAttr(interp, self!);
    return none(interp);
  } },
  { name: '_checkSeekable', flags: METH_FASTCALL, impl: (interp, self) => checkBool(interp, self!, 'seekable', 'File or stream is not seekable.') },
  { name: '_checkReadable', flags: METH_FASTCALL, impl: (interp, self) => checkBool(interp, self!, 'readable', 'File or stream is not readable.') },
  { name: '_checkWritable', flags: METH_FASTCALL, impl: (interp, self) => checkBool(interp, self!, 'writable', 'File or stream is not writable.') },
  { name: 'fileno', flags: METH_NOARGS, impl: (interp) => unsupported(interp, 'fileno') },
  { name: 'isatty', flags: METH_NOARGS, impl: (interp, self) => {
    checkClosedAttr(interp, self!);
    return interp.singletons.False;
  } },
  { name: '__enter__', flags: METH_NOARGS, impl: (interp, self) => {
    checkClosedAttr(interp, self!);
    return Py_NewRef(self!);
  } },
  { name: '__exit__', flags: METH_FASTCALL, impl: (interp, self) => callMethodObj(interp, self!, 'close', []) },
  { name: 'readline', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'readline', args, kw, 1);
    return iobaseReadline(interp, self!, optionalSize(interp, a[0]));
  } },
  { name: 'readlines', flags: METH_FASTCALL, impl: (interp, self, args, kw) => iobaseReadlines(interp, self!, hintArg(interp, args, kw)) },
  { name: 'writelines', flags: METH_O, impl: (interp, self, args) => {
    checkClosedAttr(interp, self!);
    const it = PyObject_GetIter(interp, args[0]!);
    try {
      for (;;) {
        const line = PyIter_Next(interp, it);
        if (line === null) break;
        try {
          callMethodVoid(interp, self!, 'write', [line]);
        } finally {
          Py_DECREF(line);
        }
      }
    } finally {
      Py_DECREF(it);
    }
    return none(interp);
  } },
];

/** __dict__ of the _io types' instances, created on first use. */
export const DICT_GETSET: GetSetDef = { name: '__dict__', get: (interp, o) => Py_NewRef(o.ob_dict ?? (o.ob_dict = PyDict_New(interp))) };

export const IOBASE_GETSET: GetSetDef[] = [
  { name: 'closed', get: (interp, o) => Py_NewRef(iobaseIsClosed(interp, o) ? interp.singletons.True : interp.singletons.False) },
  DICT_GETSET,
];

// CPython: iobase_iter
export function iobase_iter(o: PyObject): PyObject {
  checkClosedAttr(o.ob_type.tp_interp, o);
  Py_INCREF(o);
  return o;
}

// CPython: iobase_iternext — readline() until it gives an empty line.
export function iobase_iternext(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const line = callMethodObj(interp, o, 'readline', []);
  const empty = line.ob_type.isSubtypeOf(interp.types.str) ? unicodeText(line).length === 0 : (bufferOf(line)?.length ?? 1) === 0;
  if (empty) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

// --- _RawIOBase ------------------------------------------------------------------------------

/** readall() over read(DEFAULT_BUFFER_SIZE). CPython: _io__RawIOBase_readall_impl */
function rawiobaseReadall(interp: Interpreter, self: PyObject): PyObject {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const n = PyLong_FromNumber(interp, DEFAULT_BUFFER_SIZE);
    let data: PyObject;
    try {
      data = callMethodObj(interp, self, 'read', [n]);
    } finally {
      Py_DECREF(n);
    }
    if (data === interp.singletons.None) {
      if (chunks.length === 0) return data;
      Py_DECREF(data);
      break;
    }
    if (!data.ob_type.isSubtypeOf(interp.types.bytes)) {
      Py_DECREF(data);
      PyErr_SetString(interp, 'TypeError', 'read() should return bytes');
    }
    const b = data.body as Uint8Array;
    Py_DECREF(data);
    if (b.length === 0) break;
    chunks.push(b);
  }
  return PyBytes_FromData(interp, concatBytes(chunks));
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!.slice();
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const RAWIOBASE_METHODS: MethodDef[] = [
  { name: 'read', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = optionalSize(interp, posArgs(interp, 'read', args, kw, 1)[0]);
    if (n < 0) return callMethodObj(interp, self!, 'readall', []);
    const b = PyByteArray_FromData(interp, new Uint8Array(n));
    try {
      const r = callMethodObj(interp, self!, 'readinto', [b]);
      if (r === interp.singletons.None) return r;
      const got = ssizeArg(interp, r);
      Py_DECREF(r);
      return PyBytes_FromData(interp, (b.body as Uint8Array).slice(0, got));
    } finally {
      Py_DECREF(b);
    }
  } },
  { name: 'readall', flags: METH_NOARGS, impl: (interp, self) => rawiobaseReadall(interp, self!) },
  { name: 'readinto', flags: METH_FASTCALL, impl: (interp) => notImplemented(interp) },
  { name: 'write', flags: METH_FASTCALL, impl: (interp) => notImplemented(interp) },
];

function notImplemented(interp: Interpreter): never {
  return PyErr_SetObject(interp, newException(interp, excType(interp, 'NotImplementedError'), []));
}

// --- _BufferedIOBase and _TextIOBase -----------------------------------------------------------

/** readinto(b) over read(len(b)). CPython: _bufferediobase_readinto_generic */
function bufferediobaseReadinto(interp: Interpreter, self: PyObject, buf: PyObject, method: string): PyObject {
  const dest = writableBufferArg(interp, buf, method);
  const n = PyLong_FromNumber(interp, dest.length);
  const data = callMethodObj(interp, self, method === 'readinto1' ? 'read1' : 'read', [n]);
  Py_DECREF(n);
  try {
    if (!data.ob_type.isSubtypeOf(interp.types.bytes)) PyErr_SetString(interp, 'TypeError', 'read() should return bytes');
    const b = data.body as Uint8Array;
    if (b.length > dest.length) {
      PyErr_SetString(interp, 'ValueError', `read() returned too much data: ${dest.length} bytes requested, ${b.length} returned`);
    }
    dest.set(b);
    return PyLong_FromNumber(interp, b.length);
  } finally {
    Py_DECREF(data);
  }
}

export const BUFFEREDIOBASE_METHODS: MethodDef[] = [
  { name: 'detach', flags: METH_NOARGS, impl: (interp) => unsupported(interp, 'detach') },
  { name: 'read', flags: METH_FASTCALL, impl: (interp) => unsupported(interp, 'read') },
  { name: 'read1', flags: METH_FASTCALL, impl: (interp) => unsupported(interp, 'read1') },
  { name: 'readinto', flags: METH_O, impl: (interp, self, args) => bufferediobaseReadinto(interp, self!, args[0]!, 'readinto') },
  { name: 'readinto1', flags: METH_O, impl: (interp, self, args) => bufferediobaseReadinto(interp, self!, args[0]!, 'readinto1') },
  { name: 'write', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, _self, args, kw) => {
    unpackKeywords(interp, 'write', [''], 1, 1, 1, args, kw);
    return unsupported(interp, 'write');
  } },
];

export const TEXTIOBASE_METHODS: MethodDef[] = [
  { name: 'detach', flags: METH_NOARGS, impl: (interp) => unsupported(interp, 'detach') },
  { name: 'read', flags: METH_FASTCALL, impl: (interp) => unsupported(interp, 'read') },
  { name: 'readline', flags: METH_FASTCALL, impl: (interp) => unsupported(interp, 'readline') },
  { name: 'write', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, _self, args, kw) => {
    unpackKeywords(interp, 'write', [''], 1, 1, 1, args, kw);
    return unsupported(interp, 'write');
  } },
];

export const TEXTIOBASE_GETSET: GetSetDef[] = [
  { name: 'encoding', get: (interp) => none(interp) },
  { name: 'newlines', get: (interp) => none(interp) },
  { name: 'errors', get: (interp) => none(interp) },
];

export function iobase_dealloc(o: PyObject): void {
  if (!finalizeFromDealloc(o, iobase_dealloc)) return;
  ioFree(o);
}
