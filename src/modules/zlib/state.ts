// The zlib types and exception of an interpreter, made when the module is first imported.
import type { Interpreter } from '../../runtime/interpreter.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { createModuleType, moduleState, newExceptionType } from '../modsupport.ts';
import { comp_dealloc, comp_methods } from './compressobj.ts';
import { decomp_dealloc, decomp_getset, decomp_methods, decomp_traverse } from './decompressobj.ts';
import { zd_dealloc, zd_getset, zd_methods, zd_new, zd_traverse } from './zlibdecompressor.ts';

export interface ZlibState {
  Compress: PyTypeObject;
  Decompress: PyTypeObject;
  ZlibDecompressor: PyTypeObject;
  error: PyTypeObject;
}

const ZD_DOC = 'Create a decompressor object for decompressing data incrementally.\n\n' +
  '  wbits = 15\n  zdict\n     The predefined compression dictionary. This is a sequence of bytes\n' +
  '     (such as a bytes object) containing subsequences that are expected\n     to occur frequently in the data that is to be compressed. Those\n' +
  '     subsequences that are expected to be most common should come at the\n     end of the dictionary. This must be the same dictionary as used by the\n' +
  '     compressor that produced the input data.\n\n';

// CPython: zlib_exec
export const zlibState = moduleState((interp: Interpreter): ZlibState => ({
  Compress: createModuleType(interp, { name: 'zlib.Compress', basicsize: 120, subclassable: false, dealloc: comp_dealloc, methods: comp_methods }),
  Decompress: createModuleType(interp, {
    name: 'zlib.Decompress', basicsize: 152, subclassable: false, dealloc: decomp_dealloc, traverse: decomp_traverse, methods: decomp_methods, getset: decomp_getset,
  }),
  ZlibDecompressor: createModuleType(interp, {
    name: 'zlib._ZlibDecompressor', basicsize: 184, gc: false, subclassable: false, new: zd_new, dealloc: zd_dealloc, traverse: zd_traverse, methods: zd_methods,
    getset: zd_getset, doc: ZD_DOC,
  }),
  error: newExceptionType(interp, 'zlib.error'),
}));
