// zlib.Compress: an incremental deflate stream. CPython: Modules/zlibmodule.c (zlib_compressobj_impl,
// zlib_Compress_compress_impl, zlib_Compress_flush_impl, Comp_dealloc).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { zlibDeflateEnd, zlibDeflateInit2, zlibDeflateSetDictionary } from 'pako';
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { needBuffer, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import type { BuiltinImpl } from '../../objects/methodobject.ts';
import type { PyObject } from '../../objects/object.ts';
import { METH_FASTCALL, METH_NOARGS, METH_O, type MethodDef } from '../../objects/typeobject.ts';
import { allocInstance } from '../modsupport.ts';
import { zlibState } from './state.ts';
import { intArg } from './zlibargs.ts';
import { copyStream, OutputBuffer, pump, setInput, ZStream, Z_BUF_ERROR, Z_FINISH, Z_MEM_ERROR, Z_NO_FLUSH, Z_OK, Z_STREAM_END, Z_STREAM_ERROR, zlibError } from './zstream.ts';

interface CompBody {
  strm: ZStream;
  /** Whether the stream is live (CPython: is_initialised); a finished stream is ended. */
  live: boolean;
}

const body = (o: PyObject): CompBody => o.body as CompBody;

// CPython: zlib_compressobj_impl
export const zlib_compressobj: BuiltinImpl = (interp, _s, args, kw) => {
  const [level, method, wbits, memLevel, strategy, zdict] = unpackKeywords(interp, 'compressobj',
    ['level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'], 0, 0, 6, args, kw);
  const dict = zdict === undefined ? null : needBuffer(interp, zdict);
  const strm = new ZStream();
  const err = zlibDeflateInit2(strm, intArg(interp, level, -1), intArg(interp, method, 8), intArg(interp, wbits, 15), intArg(interp, memLevel, 8),
    intArg(interp, strategy, 0) as 0, true);
  if (err === Z_MEM_ERROR) PyErr_SetString(interp, 'MemoryError', "Can't allocate memory for compression object");
  if (err === Z_STREAM_ERROR) PyErr_SetString(interp, 'ValueError', 'Invalid initialization option');
  if (err !== Z_OK) zlibError(interp, zlibState(interp).error, strm, err, 'while creating compression object');
  if (dict !== null && zlibDeflateSetDictionary(strm, dict) !== Z_OK) {
    zlibDeflateEnd(strm);
    PyErr_SetString(interp, 'ValueError', 'Invalid dictionary');
  }
  return allocInstance(interp, zlibState(interp).Compress, 32, 0, { strm, live: true } satisfies CompBody);
};

export function comp_dealloc(o: PyObject): void {
  const b = body(o);
  if (b.live) zlibDeflateEnd(b.strm);
  freeObject(o);
}

/** A stream that was finished gives zlib's answer for an ended stream. */
function streamOf(interp: Interpreter, o: PyObject, msg: string): ZStream {
  const b = body(o);
  if (!b.live) zlibError(interp, zlibState(interp).error, null, Z_STREAM_ERROR, msg);
  return b.strm;
}

// CPython: zlib_Compress_compress_impl
function compress(interp: Interpreter, self: PyObject, data: PyObject): PyObject {
  const input = needBuffer(interp, data);
  const strm = streamOf(interp, self, 'while compressing data');
  const out = new OutputBuffer();
  setInput(strm, input);
  pump(strm, false, Z_NO_FLUSH, out, Infinity, (err) => {
    if (err === Z_STREAM_ERROR) zlibError(interp, zlibState(interp).error, strm, err, 'while compressing data');
    return false;
  });
  return PyBytes_FromData(interp, out.bytes());
}

// CPython: zlib_Compress_flush_impl
function flush(interp: Interpreter, self: PyObject, modeArg: PyObject | undefined): PyObject {
  const mode = intArg(interp, modeArg, Z_FINISH);
  if (mode === Z_NO_FLUSH) return PyBytes_FromData(interp, new Uint8Array(0));
  const error = zlibState(interp).error;
  const strm = streamOf(interp, self, 'while flushing');
  const out = new OutputBuffer();
  setInput(strm, new Uint8Array(0));
  const err = pump(strm, false, mode, out, Infinity, (e) => {
    if (e === Z_STREAM_ERROR) zlibError(interp, error, strm, e, 'while flushing');
    return false;
  });
  if (err === Z_STREAM_END && mode === Z_FINISH) {
    const end = zlibDeflateEnd(strm);
    if (end !== Z_OK) zlibError(interp, error, strm, end, 'while finishing compression');
    body(self).live = false;
  } else if (err !== Z_OK && err !== Z_BUF_ERROR) zlibError(interp, error, strm, err, 'while flushing');
  return PyBytes_FromData(interp, out.bytes());
}

// CPython: zlib_Compress_copy_impl
function copy(interp: Interpreter, self: PyObject): PyObject {
  const b = body(self);
  if (!b.live) PyErr_SetString(interp, 'ValueError', 'Inconsistent stream state');
  return allocInstance(interp, self.ob_type, 32, 0, { strm: copyStream(b.strm), live: true } satisfies CompBody);
}

export const comp_methods: readonly MethodDef[] = [
  { name: 'compress', flags: METH_O, impl: (interp, self, args) => compress(interp, self!, args[0]!) },
  { name: 'flush', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const [mode] = unpackKeywords(interp, 'flush', [''], 1, 0, 1, args, kw);
    return flush(interp, self!, mode);
  } },
  { name: 'copy', flags: METH_NOARGS, impl: (interp, self) => copy(interp, self!) },
  { name: '__copy__', flags: METH_NOARGS, impl: (interp, self) => copy(interp, self!) },
  { name: '__deepcopy__', flags: METH_O, impl: (interp, self) => copy(interp, self!) },
];
