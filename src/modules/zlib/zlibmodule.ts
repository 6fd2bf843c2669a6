// The zlib module: one-shot compress and decompress, the incremental compressobj and
// decompressobj, the checksums and zlib's constants, over pako's port of zlib 1.2. CPython:
// Modules/zlibmodule.c (zlib_compress_impl, zlib_decompress_impl, zlib_exec).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { zlibDeflateEnd, zlibDeflateInit2, zlibInflateEnd, zlibInflateInit2 } from 'pako';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { needBuffer, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { adler32, crc32 } from '../binascii/checksums.ts';
import { uintMaskArg } from '../binascii/binasciimodule.ts';
import { zlib_compressobj } from './compressobj.ts';
import { zlib_decompressobj } from './decompressobj.ts';
import { zlibState } from './state.ts';
import { intArg, ssizeArg } from './zlibargs.ts';
import { OutputBuffer, pump, setInput, ZStream, Z_BUF_ERROR, Z_FINISH, Z_MEM_ERROR, Z_OK, Z_STREAM_END, Z_STREAM_ERROR, zlibError } from './zstream.ts';

// CPython: zlib_compress_impl
const zlib_compress: BuiltinImpl = (interp, _s, args, kw) => {
  const [data, level, wbits] = unpackKeywords(interp, 'compress', ['', 'level', 'wbits'], 1, 1, 3, args, kw);
  const input = needBuffer(interp, data!);
  const error = zlibState(interp).error;
  const strm = new ZStream();
  const err = zlibDeflateInit2(strm, intArg(interp, level, -1), 8, intArg(interp, wbits, 15), 8, 0, true);
  if (err === Z_MEM_ERROR) PyErr_SetString(interp, 'MemoryError', 'Out of memory while compressing data');
  if (err === Z_STREAM_ERROR) PyErr_SetString(interp, error, 'Bad compression level');
  if (err !== Z_OK) zlibError(interp, error, strm, err, 'while compressing data');
  const out = new OutputBuffer();
  setInput(strm, input);
  try {
    const last = pump(strm, false, Z_FINISH, out, Infinity, (e) => {
      if (e === Z_STREAM_ERROR) zlibError(interp, error, strm, e, 'while compressing data');
      return false;
    });
    if (last !== Z_STREAM_END) zlibError(interp, error, strm, last, 'while compressing data');
  } finally {
    zlibDeflateEnd(strm);
  }
  return PyBytes_FromData(interp, out.bytes());
};

// CPython: zlib_decompress_impl
const zlib_decompress: BuiltinImpl = (interp, _s, args, kw) => {
  const [data, wbits, bufsizeArg] = unpackKeywords(interp, 'decompress', ['', 'wbits', 'bufsize'], 1, 1, 3, args, kw);
  const input = needBuffer(interp, data!);
  const w = intArg(interp, wbits, 15);
  const bufsize = ssizeArg(interp, bufsizeArg, 16384);
  if (bufsize < 0) PyErr_SetString(interp, 'ValueError', 'bufsize must be non-negative');
  const error = zlibState(interp).error;
  const strm = new ZStream();
  const init = zlibInflateInit2(strm, w);
  if (init === Z_MEM_ERROR) PyErr_SetString(interp, 'MemoryError', 'Out of memory while decompressing data');
  if (init !== Z_OK) zlibError(interp, error, strm, init, 'while preparing to decompress data');
  const out = new OutputBuffer();
  setInput(strm, input);
  try {
    const last = pump(strm, true, Z_FINISH, out, Infinity, (e) => {
      if (e === Z_OK || e === Z_BUF_ERROR || e === Z_STREAM_END) return false;
      if (e === Z_MEM_ERROR) PyErr_SetString(interp, 'MemoryError', 'Out of memory while decompressing data');
      return zlibError(interp, error, strm, e, 'while decompressing data');
    });
    if (last !== Z_STREAM_END) zlibError(interp, error, strm, last, 'while decompressing data');
  } finally {
    zlibInflateEnd(strm);
  }
  return PyBytes_FromData(interp, out.bytes());
};

/** crc32 and adler32: (data, value=start, /). */
function checksum(name: string, f: (d: Uint8Array, v: number) => number, start: number): BuiltinImpl {
  return (interp, _s, args, kw) => {
    noKeywords(interp, `zlib.${name}`, kw);
    checkPositional(interp, name, args.length, 1, 2);
    return PyLong_FromNumber(interp, f(needBuffer(interp, args[0]!), args.length > 1 ? uintMaskArg(interp, args[1]!) : start));
  };
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['adler32', checksum('adler32', adler32, 1)],
  ['compress', zlib_compress],
  ['compressobj', zlib_compressobj],
  ['crc32', checksum('crc32', crc32, 0)],
  ['decompress', zlib_decompress],
  ['decompressobj', zlib_decompressobj],
];

const CONSTANTS: [string, number][] = [
  ['MAX_WBITS', 15], ['DEFLATED', 8], ['DEF_MEM_LEVEL', 8], ['DEF_BUF_SIZE', 16384],
  ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1], ['Z_BEST_COMPRESSION', 9], ['Z_DEFAULT_COMPRESSION', -1],
  ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3], ['Z_FIXED', 4], ['Z_DEFAULT_STRATEGY', 0],
  ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', 3], ['Z_FINISH', 4], ['Z_BLOCK', 5], ['Z_TREES', 6],
];

const MODULE_DOC = 'The functions in this module allow compression and decompression using the\n' +
  'zlib library, which is based on GNU zip.\n\n' +
  'adler32(string[, start]) -- Compute an Adler-32 checksum.\n' +
  'compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n' +
  'compressobj([level[, ...]]) -- Return a compressor object.\n' +
  'crc32(string[, start]) -- Compute a CRC-32 checksum.\n' +
  'decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n' +
  'decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n' +
  "'wbits' is window buffer size and container format.\n" +
  'Compressor objects support compress() and flush() methods; decompressor\n' +
  'objects support decompress() and flush().';

/** The zlib module object. CPython: zlib_exec */
export function createZlibModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'zlib'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, MODULE_DOC));
  const s = zlibState(interp);
  moduleAdd(interp, m, 'error', Py_NewRef(s.error));
  moduleAdd(interp, m, '_ZlibDecompressor', Py_NewRef(s.ZlibDecompressor));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  for (const [name, v] of CONSTANTS) moduleAdd(interp, m, name, PyLong_FromNumber(interp, v));
  moduleAdd(interp, m, 'ZLIB_VERSION', PyUnicode_FromString(interp, '1.2.13'));
  moduleAdd(interp, m, 'ZLIB_RUNTIME_VERSION', PyUnicode_FromString(interp, '1.2.13'));
  return m;
}
