// zlib.Decompress: an incremental inflate stream with unused_data, unconsumed_tail and eof.
// CPython: Modules/zlibmodule.c (zlib_decompressobj_impl, zlib_Decompress_decompress_impl,
// zlib_Decompress_flush_impl, save_unconsumed_input, set_inflate_zdict).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { zlibInflateEnd, zlibInflateInit2, zlibInflateSetDictionary } from 'pako';
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { bufferOf, needBuffer, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import type { BuiltinImpl } from '../../objects/methodobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type visitproc } from '../../objects/typeobject.ts';
import { allocInstance } from '../modsupport.ts';
import { zlibState } from './state.ts';
import { intArg, ssizeArg } from './zlibargs.ts';
import {
  copyStream, DEF_BUF_SIZE, OutputBuffer, pump, remainingInput, setInput, ZStream, Z_BUF_ERROR, Z_FINISH, Z_MEM_ERROR, Z_NEED_DICT, Z_OK, Z_STREAM_END,
  Z_STREAM_ERROR, Z_SYNC_FLUSH, zlibError,
} from './zstream.ts';

interface DecompBody {
  strm: ZStream;
  live: boolean;
  unusedData: PyObject;
  unconsumedTail: PyObject;
  eof: boolean;
  zdict: Uint8Array | null;
  /** The zdict object, kept as CPython keeps it. */
  zdictObj: PyObject | null;
}

const body = (o: PyObject): DecompBody => o.body as DecompBody;

/** Gives the stream its dictionary. CPython: set_inflate_zdict */
export function setInflateZdict(interp: Interpreter, strm: ZStream, zdict: Uint8Array): void {
  const err = zlibInflateSetDictionary(strm, zdict);
  if (err !== Z_OK) zlibError(interp, zlibState(interp).error, strm, err, 'while setting zdict');
}

/** A new inflate stream for `wbits`, raising as CPython does. CPython: zlib_decompressobj_impl's inflateInit2 */
export function newInflateStream(interp: Interpreter, wbits: number, zdict: Uint8Array | null): ZStream {
  const strm = new ZStream();
  const err = zlibInflateInit2(strm, wbits);
  if (err === Z_STREAM_ERROR) PyErr_SetString(interp, 'ValueError', 'Invalid initialization option');
  if (err === Z_MEM_ERROR) PyErr_SetString(interp, 'MemoryError', "Can't allocate memory for decompression object");
  if (err !== Z_OK) zlibError(interp, zlibState(interp).error, strm, err, 'while creating decompression object');
  if (zdict !== null && wbits < 0) setInflateZdict(interp, strm, zdict);
  return strm;
}

/** The buffer of a zdict argument. */
export function zdictArg(interp: Interpreter, zdict: PyObject | undefined): Uint8Array | null {
  if (zdict === undefined) return null;
  const d = bufferOf(zdict);
  if (d === null) PyErr_SetString(interp, 'TypeError', 'zdict argument must support the buffer protocol');
  return d;
}

// CPython: zlib_decompressobj_impl
export const zlib_decompressobj: BuiltinImpl = (interp, _s, args, kw) => {
  const [wbits, zdict] = unpackKeywords(interp, 'decompressobj', ['wbits', 'zdict'], 0, 0, 2, args, kw);
  const dict = zdictArg(interp, zdict);
  const strm = newInflateStream(interp, intArg(interp, wbits, 15), dict);
  const empty = PyBytes_FromData(interp, new Uint8Array(0));
  return allocInstance(interp, zlibState(interp).Decompress, 56, 0, {
    strm, live: true, unusedData: empty, unconsumedTail: Py_NewRef(empty), eof: false, zdict: dict, zdictObj: zdict === undefined ? null : Py_NewRef(zdict),
  } satisfies DecompBody);
};

export function decomp_dealloc(o: PyObject): void {
  const b = body(o);
  if (b.live) zlibInflateEnd(b.strm);
  Py_DECREF(b.unusedData);
  Py_DECREF(b.unconsumedTail);
  Py_XDECREF(b.zdictObj);
  freeObject(o);
}

export function decomp_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = body(o);
  if (b.zdictObj !== null) visit(b.zdictObj, arg);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

// CPython: save_unconsumed_input
function saveUnconsumedInput(interp: Interpreter, b: DecompBody, err: number): void {
  const strm = b.strm;
  if (err === Z_STREAM_END && strm.avail_in > 0) {
    const old = b.unusedData;
    b.unusedData = PyBytes_FromData(interp, concat(old.body as Uint8Array, remainingInput(strm)));
    Py_DECREF(old);
    strm.avail_in = 0;
  }
  if (strm.avail_in > 0 || (b.unconsumedTail.body as Uint8Array).length > 0) {
    // What follows next_in in the caller's data, even what went to unused_data above.
    const old = b.unconsumedTail;
    b.unconsumedTail = PyBytes_FromData(interp, strm.input.slice(strm.next_in));
    Py_DECREF(old);
  }
}

/**
 * Inflates the stream's input with `flush` until the input is used up, the stream ends or the
 * output reaches `limit`; a needed dictionary is given when there is one. Returns the status.
 */
function inflateAll(interp: Interpreter, b: DecompBody, flush: number, out: OutputBuffer, limit: number): number {
  const strm = b.strm;
  let err: number;
  do {
    const before = strm.avail_in;
    err = pump(strm, true, flush, out, limit, (e) => {
      if (e === Z_OK || e === Z_BUF_ERROR || e === Z_STREAM_END) return false;
      if (e === Z_NEED_DICT && b.zdict !== null) {
        setInflateZdict(interp, strm, b.zdict);
        return false;
      }
      return true;
    });
    if (err === Z_NEED_DICT && b.zdict !== null) continue;
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) return err;
    if (out.length >= limit || strm.avail_in === before) break;
  } while (err !== Z_STREAM_END && strm.avail_in !== 0);
  return err;
}

// CPython: zlib_Decompress_decompress_impl
function decompress(interp: Interpreter, self: PyObject, data: PyObject, maxLengthArg: PyObject | undefined): PyObject {
  const b = body(self);
  const input = needBuffer(interp, data);
  const maxLength = ssizeArg(interp, maxLengthArg, 0);
  if (maxLength < 0) PyErr_SetString(interp, 'ValueError', 'max_length must be non-negative');
  if (!b.live) zlibError(interp, zlibState(interp).error, null, Z_STREAM_ERROR, 'while decompressing data');
  setInput(b.strm, input);
  const out = new OutputBuffer();
  const err = inflateAll(interp, b, Z_SYNC_FLUSH, out, maxLength === 0 ? Infinity : maxLength);
  saveUnconsumedInput(interp, b, err);
  if (err === Z_STREAM_END) b.eof = true;
  else if (err !== Z_OK && err !== Z_BUF_ERROR) zlibError(interp, zlibState(interp).error, b.strm, err, 'while decompressing data');
  return PyBytes_FromData(interp, out.bytes());
}

// CPython: zlib_Decompress_flush_impl
function flush(interp: Interpreter, self: PyObject, lengthArg: PyObject | undefined): PyObject {
  const b = body(self);
  const length = ssizeArg(interp, lengthArg, DEF_BUF_SIZE);
  if (length <= 0) PyErr_SetString(interp, 'ValueError', 'length must be greater than zero');
  if (!b.live) return PyBytes_FromData(interp, new Uint8Array(0));
  const tail = b.unconsumedTail.body as Uint8Array;
  setInput(b.strm, tail);
  const out = new OutputBuffer();
  const err = inflateAll(interp, b, Z_FINISH, out, Infinity);
  saveUnconsumedInput(interp, b, err);
  if (err === Z_STREAM_END) {
    b.eof = true;
    b.live = false;
    const end = zlibInflateEnd(b.strm);
    if (end !== Z_OK) zlibError(interp, zlibState(interp).error, b.strm, end, 'while finishing decompression');
  }
  return PyBytes_FromData(interp, out.bytes());
}

// CPython: zlib_Decompress_copy_impl
function copy(interp: Interpreter, self: PyObject): PyObject {
  const b = body(self);
  if (!b.live) PyErr_SetString(interp, 'ValueError', 'Inconsistent stream state');
  return allocInstance(interp, self.ob_type, 56, 0, {
    strm: copyStream(b.strm), live: true, unusedData: Py_NewRef(b.unusedData), unconsumedTail: Py_NewRef(b.unconsumedTail), eof: b.eof, zdict: b.zdict,
    zdictObj: b.zdictObj === null ? null : Py_NewRef(b.zdictObj),
  } satisfies DecompBody);
}

export const decomp_methods: readonly MethodDef[] = [
  { name: 'decompress', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, self, args, kw) => {
    const [data, maxLength] = unpackKeywords(interp, 'decompress', ['', 'max_length'], 1, 1, 2, args, kw);
    return decompress(interp, self!, data!, maxLength);
  } },
  { name: 'flush', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const [length] = unpackKeywords(interp, 'flush', [''], 1, 0, 1, args, kw);
    return flush(interp, self!, length);
  } },
  { name: 'copy', flags: METH_NOARGS, impl: (interp, self) => copy(interp, self!) },
  { name: '__copy__', flags: METH_NOARGS, impl: (interp, self) => copy(interp, self!) },
  { name: '__deepcopy__', flags: METH_O, impl: (interp, self) => copy(interp, self!) },
];

export const decomp_getset: readonly GetSetDef[] = [
  { name: 'unused_data', member: true, get: (_i, o) => Py_NewRef(body(o).unusedData) },
  { name: 'unconsumed_tail', member: true, get: (_i, o) => Py_NewRef(body(o).unconsumedTail) },
  { name: 'eof', member: true, get: (i, o) => Py_NewRef(body(o).eof ? i.singletons.True : i.singletons.False) },
];
