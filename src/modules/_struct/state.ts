// The _struct types and exception of an interpreter, made when the module is first imported.
import type { Interpreter } from '../../runtime/interpreter.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { createModuleType, moduleState, newExceptionType } from '../modsupport.ts';
import { s_dealloc, s_getset, s_init, s_methods, s_new, unpackiter_dealloc, unpackiter_methods, unpackiter_next, unpackiter_traverse } from './structobject.ts';

export interface StructState {
  Struct: PyTypeObject;
  unpack_iterator: PyTypeObject;
  /** struct.error. CPython: StructError */
  error: PyTypeObject;
}

const STRUCT_DOC = 'Struct(format)\n--\n\nCreate a compiled struct object.\n\n' +
  'Return a new Struct object which writes and reads binary data according to\nthe format string.\n\n' +
  'See help(struct) for more on format strings.';

// CPython: _structmodule_exec
export const structState = moduleState((interp: Interpreter): StructState => ({
  Struct: createModuleType(interp, {
    name: '_struct.Struct', basicsize: 56, weaklist: true, new: s_new, init: s_init, dealloc: s_dealloc, methods: s_methods, getset: s_getset, doc: STRUCT_DOC,
  }),
  unpack_iterator: createModuleType(interp, {
    name: '_struct.unpack_iterator', basicsize: 72, subclassable: false, dealloc: unpackiter_dealloc, traverse: unpackiter_traverse, next: unpackiter_next,
    methods: unpackiter_methods,
  }),
  error: newExceptionType(interp, 'struct.error'),
}));
