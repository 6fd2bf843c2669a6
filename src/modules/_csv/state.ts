// The _csv types, its Error class, the dialect registry and the field size limit of an
// interpreter, made when the module is first imported. CPython: _csvstate, _csv_exec
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../../objects/dictobject.ts';
import { excType, newException, PyErr_SetObject } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { createModuleType, moduleState } from '../modsupport.ts';
import { dialect_dealloc, dialect_getset, dialect_methods, dialect_new, dialect_traverse } from './dialect.ts';
import { reader_dealloc, reader_getset, reader_next, reader_traverse } from './reader.ts';
import { writer_dealloc, writer_getset, writer_methods, writer_traverse } from './writer.ts';

export interface CsvState {
  Dialect: PyTypeObject;
  reader: PyTypeObject;
  writer: PyTypeObject;
  Error: PyObject;
  /** The registry of dialects by name, a dict. */
  dialects: PyObject;
  fieldLimit: number;
}

const DIALECT_DOC = 'CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n';
const READER_DOC = 'CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n';
const WRITER_DOC = 'CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n';

// CPython: error_spec, as PyErr_NewException("_csv.Error", NULL, NULL) makes it.
function newErrorClass(interp: Interpreter): PyObject {
  const ns = PyDict_New(interp);
  PyDict_SetItem(interp, ns, internedStr(interp, '__module__'), internedStr(interp, '_csv'));
  const bases = tupleFromItemsSteal(interp, [Py_NewRef(excType(interp, 'Exception'))]);
  const name = PyUnicode_FromString(interp, 'Error');
  const cls = PyObject_Vectorcall(interp, interp.types.type, [name, bases, ns], null);
  for (const o of [name, bases, ns]) Py_DECREF(o);
  return cls;
}

export const csvState = moduleState((interp: Interpreter): CsvState => ({
  Dialect: createModuleType(interp, {
    name: '_csv.Dialect', basicsize: 48, new: dialect_new, dealloc: dialect_dealloc, traverse: dialect_traverse, getset: dialect_getset,
    methods: dialect_methods, doc: DIALECT_DOC,
  }),
  reader: createModuleType(interp, {
    name: '_csv.reader', basicsize: 88, dealloc: reader_dealloc, traverse: reader_traverse, next: reader_next, getset: reader_getset, doc: READER_DOC,
  }),
  writer: createModuleType(interp, {
    name: '_csv.writer', basicsize: 72, dealloc: writer_dealloc, traverse: writer_traverse, methods: writer_methods, getset: writer_getset, doc: WRITER_DOC,
  }),
  Error: newErrorClass(interp),
  dialects: PyDict_New(interp),
  fieldLimit: 128 * 1024,
}));

/** Raises _csv.Error(msg). */
export function csvError(interp: Interpreter, msg: string): never {
  const text = PyUnicode_FromString(interp, msg);
  return PyErr_SetObject(interp, newException(interp, csvState(interp).Error as PyTypeObject, [text]));
}
