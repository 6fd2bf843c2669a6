// _bz2.BZ2Compressor. CPython: Modules/_bz2module.c (_bz2_BZ2Compressor___init__,
// _bz2_BZ2Compressor_compress_impl, _bz2_BZ2Compressor_flush_impl).
import { freeObject } from '../../objects/alloc.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { needBuffer, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import type { PyObject } from '../../objects/object.ts';
import { METH_NOARGS, METH_O, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { allocInstance } from '../modsupport.ts';
import { cIntArgBz2 } from './_bz2module.ts';
import { BzEncoder } from './bzcompress.ts';

interface CompBody {
  /** Null until __init__ ran. */
  enc: BzEncoder | null;
  flushed: boolean;
}

const body = (o: PyObject): CompBody => o.body as CompBody;

export const COMP_DOC = 'Create a compressor object for compressing data incrementally.\n\n' +
  '  compresslevel\n    Compression level, as a number between 1 and 9.\n\nFor one-shot compression, use the compress() function instead.';

// CPython: PyType_GenericNew
export function comp_new(type: PyTypeObject): PyObject {
  return allocInstance(type.tp_interp, type, 96, 0, { enc: null, flushed: false } satisfies CompBody);
}

// CPython: _bz2_BZ2Compressor___init__
export function comp_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  noKeywords(interp, 'BZ2Compressor', kwnames);
  checkPositional(interp, 'BZ2Compressor', args.length, 0, 1);
  const level = args.length > 0 ? cIntArgBz2(interp, args[0]!) : 9;
  if (level < 1 || level > 9) PyErr_SetString(interp, 'ValueError', 'compresslevel must be between 1 and 9');
  body(self).enc = new BzEncoder(level);
  body(self).flushed = false;
}

export function comp_dealloc(o: PyObject): void {
  freeObject(o);
}

function encoder(self: PyObject): BzEncoder {
  const enc = body(self).enc;
  // An object whose __init__ never ran has no stream: libbzip2 refuses it as a parameter error.
  if (enc === null) PyErr_SetString(self.ob_type.tp_interp, 'ValueError', 'Internal error - invalid parameters passed to libbzip2');
  return enc;
}

export const comp_methods: readonly MethodDef[] = [
  { name: 'compress', flags: METH_O, impl: (interp, self, args) => {
    const data = needBuffer(interp, args[0]!);
    if (body(self!).flushed) PyErr_SetString(interp, 'ValueError', 'Compressor has been flushed');
    return PyBytes_FromData(interp, data.length === 0 ? new Uint8Array(0) : encoder(self!).compress(data));
  } },
  { name: 'flush', flags: METH_NOARGS, impl: (interp, self) => {
    const b = body(self!);
    if (b.flushed) PyErr_SetString(interp, 'ValueError', 'Repeated call to flush()');
    const enc = encoder(self!);
    b.flushed = true;
    return PyBytes_FromData(interp, enc.finish());
  } },
];
