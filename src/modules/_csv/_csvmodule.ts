// The _csv module beneath csv.py: reader, writer, Dialect, the dialect registry, the field size
// limit, Error and the QUOTE_* constants. CPython: Modules/_csv.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { checkPositional, noArgs } from '../../objects/args.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_DelItem, PyDict_GetItem, PyDict_Keys, PyDict_SetItem } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { longValue, PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { kwCount } from '../modsupport.ts';
import { callDialect, QUOTE_ALL, QUOTE_MINIMAL, QUOTE_NONE, QUOTE_NONNUMERIC, QUOTE_NOTNULL, QUOTE_STRINGS } from './dialect.ts';
import { MODULE_DOC } from './docs.ts';
import { csvReader } from './reader.ts';
import { csvError, csvState } from './state.ts';
import { csvWriter } from './writer.ts';

const none = (interp: Interpreter): PyObject => Py_NewRef(interp.singletons.None);

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['reader', (interp, _m, args, kw) => csvReader(interp, args, kw)],
  ['writer', (interp, _m, args, kw) => csvWriter(interp, args, kw)],
  // CPython: csv_register_dialect
  ['register_dialect', (interp, _m, args, kw) => {
    const npos = args.length - kwCount(kw);
    checkPositional(interp, '', npos, 1, 2);
    const name = args[0]!;
    if (!name.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'dialect name must be a string');
    const dialect = callDialect(interp, npos > 1 ? args[1] : undefined, args.slice(npos), kw);
    PyDict_SetItem(interp, csvState(interp).dialects, name, dialect);
    Py_DECREF(dialect);
    return none(interp);
  }],
  // CPython: _csv_unregister_dialect_impl
  ['unregister_dialect', (interp, _m, args, kw) => {
    const [name] = unpackKeywords(interp, 'unregister_dialect', ['name'], 0, 1, 1, args, kw);
    if (!PyDict_DelItem(interp, csvState(interp).dialects, name!)) csvError(interp, 'unknown dialect');
    return none(interp);
  }],
  // CPython: _csv_get_dialect_impl
  ['get_dialect', (interp, _m, args, kw) => {
    const [name] = unpackKeywords(interp, 'get_dialect', ['name'], 0, 1, 1, args, kw);
    const d = PyDict_GetItem(interp, csvState(interp).dialects, name!);
    return d === null ? csvError(interp, 'unknown dialect') : Py_NewRef(d);
  }],
  ['list_dialects', (interp, _m, args, kw) => {
    noArgs(interp, '_csv.list_dialects', args, kw);
    return PyDict_Keys(interp, csvState(interp).dialects);
  }],
  // CPython: _csv_field_size_limit_impl
  ['field_size_limit', (interp, _m, args, kw) => {
    const [limit] = unpackKeywords(interp, 'field_size_limit', ['new_limit'], 0, 0, 1, args, kw);
    const st = csvState(interp);
    const old = st.fieldLimit;
    if (limit !== undefined) {
      if (limit.ob_type !== interp.types.int) PyErr_SetString(interp, 'TypeError', 'limit must be an integer');
      const v = longValue(limit);
      // CPython: PyLong_AsSsize_t, whose message names C long.
      if (typeof v !== 'number' && (v > 2n ** 63n - 1n || v < -(2n ** 63n))) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C long');
      st.fieldLimit = Number(v);
    }
    return PyLong_FromNumber(interp, old);
  }],
];

const CONSTANTS: [string, number][] = [
  ['QUOTE_MINIMAL', QUOTE_MINIMAL], ['QUOTE_ALL', QUOTE_ALL], ['QUOTE_NONNUMERIC', QUOTE_NONNUMERIC], ['QUOTE_NONE', QUOTE_NONE],
  ['QUOTE_STRINGS', QUOTE_STRINGS], ['QUOTE_NOTNULL', QUOTE_NOTNULL],
];

// CPython: _csv_exec
export function createCsvModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_csv'), false);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, MODULE_DOC));
  moduleAdd(interp, m, '__version__', PyUnicode_FromString(interp, '1.0'));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  const st = csvState(interp);
  for (const [name, v] of CONSTANTS) moduleAdd(interp, m, name, PyLong_FromNumber(interp, v));
  moduleAdd(interp, m, 'Dialect', Py_NewRef(st.Dialect));
  moduleAdd(interp, m, 'Reader', Py_NewRef(st.reader));
  moduleAdd(interp, m, 'Writer', Py_NewRef(st.writer));
  moduleAdd(interp, m, 'Error', Py_NewRef(st.Error));
  moduleAdd(interp, m, '_dialects', Py_NewRef(st.dialects));
  return m;
}
