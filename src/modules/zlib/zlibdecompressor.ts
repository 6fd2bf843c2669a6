// zlib._ZlibDecompressor: the one-stream decompressor gzip reads with (eof, unused_data,
// needs_input, decompress(data, max_length=-1)). CPython: Modules/zlibmodule.c
// (ZlibDecompressor__new__, zlib__ZlibDecompressor_decompress_impl, decompress_buf).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { zlibInflateEnd } from 'pako';
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { needBuffer, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { METH_FASTCALL, METH_KEYWORDS, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { allocInstance } from '../modsupport.ts';
import { newInflateStream, zdictArg } from './decompressobj.ts';
import { zlibState } from './state.ts';
import { intArg, ssizeArg } from './zlibargs.ts';
import { OutputBuffer, pump, remainingInput, setInput, ZStream, Z_BUF_ERROR, Z_NEED_DICT, Z_OK, Z_STREAM_END, Z_SYNC_FLUSH, zlibError } from './zstream.ts';

interface ZDBody {
  strm: ZStream;
  live: boolean;
  eof: boolean;
  needsInput: boolean;
  unusedData: PyObject;
  /** Input not yet consumed, kept between calls. */
  pending: Uint8Array;
  zdictObj: PyObject | null;
}

const body = (o: PyObject): ZDBody => o.body as ZDBody;

// CPython: ZlibDecompressor__new__
export function zd_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [wbits, zdict] = unpackKeywords(interp, '_ZlibDecompressor', ['wbits', 'zdict'], 0, 0, 2, args, kwnames);
  const strm = newInflateStream(interp, intArg(interp, wbits, 15), zdictArg(interp, zdict));
  return allocInstance(interp, type, 104, 0, {
    strm, live: true, eof: false, needsInput: true, unusedData: PyBytes_FromData(interp, new Uint8Array(0)), pending: new Uint8Array(0),
    zdictObj: zdict === undefined ? null : Py_NewRef(zdict),
  } satisfies ZDBody);
}

export function zd_dealloc(o: PyObject): void {
  const b = body(o);
  if (b.live) zlibInflateEnd(b.strm);
  Py_DECREF(b.unusedData);
  Py_XDECREF(b.zdictObj);
  freeObject(o);
}

export function zd_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = body(o);
  if (b.zdictObj !== null) visit(b.zdictObj, arg);
}

// CPython: decompress_buf and decompress (the input kept between calls, needs_input)
function decompress(interp: Interpreter, self: PyObject, data: Uint8Array, maxLength: number): PyObject {
  const b = body(self);
  const input = b.pending.length === 0 ? data : new Uint8Array([...b.pending, ...data]);
  setInput(b.strm, input);
  const out = new OutputBuffer();
  const limit = maxLength < 0 ? Infinity : maxLength;
  let err = Z_OK;
  if (limit > 0) {
    err = pump(b.strm, true, Z_SYNC_FLUSH, out, limit, (e) => e === Z_NEED_DICT);
    if (err === Z_STREAM_END) {
      b.eof = true;
      b.live = false;
      zlibInflateEnd(b.strm);
    } else if (err !== Z_OK && err !== Z_BUF_ERROR) zlibError(interp, zlibState(interp).error, b.strm, err, 'while decompressing data');
  }
  const rest = remainingInput(b.strm).slice();
  if (b.eof) {
    b.needsInput = false;
    b.pending = new Uint8Array(0);
    if (rest.length > 0) {
      const old = b.unusedData;
      b.unusedData = PyBytes_FromData(interp, rest);
      Py_DECREF(old);
    }
  } else {
    b.needsInput = rest.length === 0;
    b.pending = rest;
  }
  return PyBytes_FromData(interp, out.bytes());
}

export const zd_methods: readonly MethodDef[] = [
  { name: 'decompress', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, self, args, kw) => {
    const [data, maxLength] = unpackKeywords(interp, 'decompress', ['data', 'max_length'], 0, 1, 2, args, kw);
    const bytes = needBuffer(interp, data!);
    const n = ssizeArg(interp, maxLength, -1);
    if (body(self!).eof) PyErr_SetString(interp, 'EOFError', 'End of stream already reached');
    return decompress(interp, self!, bytes, n);
  } },
];

export const zd_getset: readonly GetSetDef[] = [
  { name: 'eof', member: true, doc: 'True if the end-of-stream marker has been reached.', get: (i, o) => Py_NewRef(body(o).eof ? i.singletons.True : i.singletons.False) },
  { name: 'unused_data', member: true, doc: 'Data found after the end of the compressed stream.', get: (_i, o) => Py_NewRef(body(o).unusedData) },
  { name: 'needs_input', member: true, doc: 'True if more input is needed before more decompressed data can be produced.',
    get: (i, o) => Py_NewRef(body(o).needsInput ? i.singletons.True : i.singletons.False) },
];
