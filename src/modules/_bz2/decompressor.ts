// _bz2.BZ2Decompressor: one bzip2 stream, fed in pieces (eof, unused_data, needs_input,
// decompress(data, max_length=-1)). CPython: Modules/_bz2module.c (decompress, decompress_buf,
// _bz2_BZ2Decompressor___init__).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { noKeywords } from '../../objects/args.ts';
import { needBuffer, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { METH_FASTCALL, METH_KEYWORDS, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { allocInstance, kwCount, ssizeIndexArg } from '../modsupport.ts';
import { invalidStream } from './_bz2module.ts';
import { concatBytes } from '../_io/iobase.ts';
import { BzDataError, BzDecoder } from './bzdecompress.ts';

interface DecompBody {
  dec: BzDecoder | null;
  needsInput: boolean;
  unusedData: PyObject | null;
}

const body = (o: PyObject): DecompBody => o.body as DecompBody;

export const DECOMP_DOC = 'Create a decompressor object for decompressing data incrementally.\n\n' +
  'For one-shot decompression, use the decompress() function instead.';

// CPython: PyType_GenericNew
export function decomp_new(type: PyTypeObject): PyObject {
  return allocInstance(type.tp_interp, type, 144, 0, { dec: null, needsInput: true, unusedData: null } satisfies DecompBody);
}

// CPython: _bz2_BZ2Decompressor___init__
export function decomp_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  if (args.length - kwCount(kwnames) > 0) PyErr_SetString(interp, 'TypeError', 'BZ2Decompressor() takes no positional arguments');
  noKeywords(interp, 'BZ2Decompressor', kwnames);
  const b = body(self);
  b.dec = new BzDecoder();
  b.needsInput = true;
  const old = b.unusedData;
  b.unusedData = PyBytes_FromData(interp, new Uint8Array(0));
  Py_XDECREF(old);
}

export function decomp_dealloc(o: PyObject): void {
  const b = body(o);
  freeObject(o);
  Py_XDECREF(b.unusedData);
}

export function decomp_traverse(_o: PyObject, _visit: visitproc, _arg: unknown): void {}

const MB = 1024 * 1024;
/** The sizes of the output buffer's successive blocks. CPython: BUFFER_BLOCK_SIZE (pycore_blocks_output_buffer.h) */
const BLOCK_SIZES = [32 * 1024, 64 * 1024, 256 * 1024, MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB, 32 * MB, 32 * MB, 32 * MB, 32 * MB,
  64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB];

// CPython: decompress and decompress_buf
function decompress(interp: Interpreter, self: PyObject, data: Uint8Array, maxLength: number): PyObject {
  const b = body(self);
  const dec = b.dec;
  if (dec === null) PyErr_SetString(interp, 'ValueError', 'Internal error - invalid parameters passed to libbzip2');
  dec.feed(data);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let capacity = maxLength >= 0 && maxLength < BLOCK_SIZES[0]! ? maxLength : BLOCK_SIZES[0]!;
  let nBlocks = 1;
  try {
    for (;;) {
      const chunk = dec.run(capacity - size);
      chunks.push(chunk);
      size += chunk.length;
      // Once the input is all taken the call ends, even when the output area filled up first.
      if (dec.eof || dec.unconsumed.length === 0) break;
      if (size === capacity) {
        if (size === maxLength) break;
        const block = BLOCK_SIZES[Math.min(nBlocks++, BLOCK_SIZES.length - 1)]!;
        capacity += maxLength >= 0 ? Math.min(block, maxLength - capacity) : block;
      }
    }
  } catch (e) {
    if (e instanceof BzDataError) invalidStream(interp);
    throw e;
  }
  const out = concatBytes(chunks);
  const rest = dec.unconsumed;
  if (dec.eof) {
    b.needsInput = false;
    if (rest.length > 0) {
      const old = b.unusedData;
      b.unusedData = PyBytes_FromData(interp, rest);
      Py_XDECREF(old);
    }
  } else {
    b.needsInput = rest.length === 0;
  }
  return PyBytes_FromData(interp, out);
}

export const decomp_methods: readonly MethodDef[] = [
  { name: 'decompress', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, self, args, kw) => {
    const [data, maxLength] = unpackKeywords(interp, 'decompress', ['data', 'max_length'], 0, 1, 2, args, kw);
    const bytes = needBuffer(interp, data!);
    const n = maxLength === undefined ? -1 : ssizeIndexArg(interp, maxLength);
    if (body(self!).dec?.eof === true) PyErr_SetString(interp, 'EOFError', 'End of stream already reached');
    return decompress(interp, self!, bytes, n);
  } },
];

const bool = (i: Interpreter, v: boolean): PyObject => Py_NewRef(v ? i.singletons.True : i.singletons.False);

export const decomp_getset: readonly GetSetDef[] = [
  { name: 'eof', member: true, doc: 'True if the end-of-stream marker has been reached.', get: (i, o) => bool(i, body(o).dec?.eof === true) },
  { name: 'unused_data', member: true, doc: 'Data found after the end of the compressed stream.',
    get: (i, o) => Py_NewRef(body(o).unusedData ?? i.singletons.None) },
  { name: 'needs_input', member: true, doc: 'True if more input is needed before more decompressed data can be produced.',
    get: (i, o) => bool(i, body(o).needsInput) },
];
