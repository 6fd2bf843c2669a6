// The _struct module: pack, unpack and their relatives over a cache of compiled formats, the Struct
// type and struct.error. CPython: Modules/_struct.c (_structmodule_exec, the module functions).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { noKeywords } from '../../objects/args.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { clearFormatCache } from './formats.ts';
import { structState } from './state.ts';
import { checkArgs, compiledOf, iterUnpack, packIntoBuffer, packToBytes, unpackBuffer, unpackFrom } from './structobject.ts';

const FUNCTIONS: [string, BuiltinImpl][] = [
  // CPython: pack
  ['pack', (interp, _s, args, kw) => {
    noKeywords(interp, 'pack', kw);
    if (args.length === 0) PyErr_SetString(interp, 'TypeError', 'missing format argument');
    return packToBytes(interp, compiledOf(interp, args[0]!), args.slice(1));
  }],
  // CPython: pack_into
  ['pack_into', (interp, _s, args, kw) => {
    noKeywords(interp, 'pack_into', kw);
    if (args.length === 0) PyErr_SetString(interp, 'TypeError', 'missing format argument');
    return packIntoBuffer(interp, compiledOf(interp, args[0]!), args.slice(1));
  }],
  // CPython: _struct_calcsize_impl
  ['calcsize', (interp, _s, args, kw) => {
    checkArgs(interp, 'calcsize', args, kw, 1, 1);
    return PyLong_FromNumber(interp, compiledOf(interp, args[0]!).size);
  }],
  // CPython: _struct_unpack_impl
  ['unpack', (interp, _s, args, kw) => {
    checkArgs(interp, 'unpack', args, kw, 2, 2);
    return unpackBuffer(interp, compiledOf(interp, args[0]!), args[1]!);
  }],
  // CPython: _struct_unpack_from_impl
  ['unpack_from', (interp, _s, args, kw) => {
    const [fmt, buffer, offset] = unpackKeywords(interp, 'unpack_from', ['', 'buffer', 'offset'], 1, 2, 3, args, kw);
    return unpackFrom(interp, compiledOf(interp, fmt!), buffer!, offset);
  }],
  // CPython: _struct_iter_unpack_impl
  ['iter_unpack', (interp, _s, args, kw) => {
    checkArgs(interp, 'iter_unpack', args, kw, 2, 2);
    return iterUnpack(interp, compiledOf(interp, args[0]!), args[1]!);
  }],
  // CPython: _clearcache
  ['_clearcache', (interp, _s, args, kw) => {
    checkArgs(interp, '_clearcache', args, kw, 0, 0);
    clearFormatCache();
    return Py_NewRef(interp.singletons.None);
  }],
];

const MODULE_DOC = 'Functions to convert between Python values and C structs.\n' +
  'Python bytes objects are used to hold the data representing the C struct\n' +
  'and also as format strings (explained below) to describe the layout of data\nin the C struct.\n';

/** The _struct module object. CPython: _structmodule_exec */
export function createStructModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_struct'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, MODULE_DOC));
  const s = structState(interp);
  moduleAdd(interp, m, 'Struct', Py_NewRef(s.Struct));
  moduleAdd(interp, m, 'error', Py_NewRef(s.error));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}
