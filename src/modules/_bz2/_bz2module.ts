// The _bz2 module: BZ2Compressor and BZ2Decompressor, the incremental bzip2 streams the bz2
// module is written over. CPython: Modules/_bz2module.c (_bz2_exec, catch_bz2_error).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { indexValueOf } from '../../objects/abstract.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { createModuleType, moduleState } from '../modsupport.ts';
import { comp_dealloc, comp_init, comp_methods, comp_new, COMP_DOC } from './compressor.ts';
import { decomp_dealloc, decomp_getset, decomp_init, decomp_methods, decomp_new, decomp_traverse, DECOMP_DOC } from './decompressor.ts';

export interface Bz2State {
  BZ2Compressor: PyTypeObject;
  BZ2Decompressor: PyTypeObject;
}

export const bz2State = moduleState((interp: Interpreter): Bz2State => ({
  BZ2Compressor: createModuleType(interp, {
    name: '_bz2.BZ2Compressor', basicsize: 112, gc: false, subclassable: false, new: comp_new, init: comp_init, dealloc: comp_dealloc, methods: comp_methods, doc: COMP_DOC,
  }),
  BZ2Decompressor: createModuleType(interp, {
    name: '_bz2.BZ2Decompressor', basicsize: 152, gc: false, subclassable: false, new: decomp_new, init: decomp_init, dealloc: decomp_dealloc, traverse: decomp_traverse,
    methods: decomp_methods, getset: decomp_getset, doc: DECOMP_DOC,
  }),
}));

/** A C int argument. CPython: _PyLong_AsInt */
export function cIntArgBz2(interp: Interpreter, o: PyObject): number {
  const v = indexValueOf(interp, o);
  if (v > 0x7fffffff || v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
  return Number(v);
}

/** libbzip2's complaint about a damaged stream. CPython: catch_bz2_error (BZ_DATA_ERROR) */
export function invalidStream(interp: Interpreter): never {
  PyErr_SetString(interp, 'OSError', 'Invalid data stream');
}

// CPython: _bz2_exec
export function createBz2Module(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_bz2'), true);
  const s = bz2State(interp);
  moduleAdd(interp, m, 'BZ2Compressor', Py_NewRef(s.BZ2Compressor));
  moduleAdd(interp, m, 'BZ2Decompressor', Py_NewRef(s.BZ2Decompressor));
  return m;
}
