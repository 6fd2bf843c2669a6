// _csv.writer: rows joined into CSV records and handed to the file's write(). CPython:
// Modules/_csv.c (csv_writer, csv_writerow, csv_writerows, join_append, join_append_data).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { checkPositional } from '../../objects/args.ts';
import { PyObject_LookupAttr } from '../../objects/attributes.ts';
import { PyObject_CallOneArg } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_Str } from '../../objects/objectops.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { METH_O, type GetSetDef, type MethodDef, type visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromCodePoints, unicodeCodePoints } from '../../objects/unicodeobject.ts';
import { allocInstance, dropException, isExcOf, kwCount } from '../modsupport.ts';
import { callDialect, dialectOf, NOT_SET, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC, QUOTE_NOTNULL, QUOTE_STRINGS, type Dialect } from './dialect.ts';
import { csvError, csvState } from './state.ts';

interface Writer {
  /** The bound write method of the file. */
  write: PyObject;
  dialect: PyObject;
}

const writerOf = (o: PyObject): Writer => o.body as Writer;

export function writer_dealloc(o: PyObject): void {
  const w = writerOf(o);
  Py_DECREF(w.write);
  Py_DECREF(w.dialect);
  freeObject(o);
}

export function writer_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const w = writerOf(o);
  visit(w.write, arg);
  visit(w.dialect, arg);
}

/** Appends one field (null for None) to the record. CPython: join_append, join_append_data */
function joinField(interp: Interpreter, d: Dialect, rec: number[], first: boolean, field: ArrayLike<number> | null, quoted: boolean): void {
  const term = unicodeCodePoints(d.lineterminator);
  const out: number[] = [];
  for (let i = 0; field !== null && i < field.length; i++) {
    const c = field[i]!;
    let escape = false;
    if (c === d.delimiter || c === d.escapechar || c === d.quotechar || Array.prototype.includes.call(term, c)) {
      if (d.quoting === QUOTE_NONE) {
        escape = true;
      } else {
        if (c === d.quotechar) {
          if (d.doublequote) out.push(d.quotechar);
          else escape = true;
        } else if (c === d.escapechar) {
          escape = true;
        }
        if (!escape) quoted = true;
      }
      if (escape) {
        if (d.escapechar === NOT_SET) csvError(interp, 'need to escape, but no escapechar set');
        out.push(d.escapechar);
      }
    }
    out.push(c);
  }
  if (!first) rec.push(d.delimiter);
  if (quoted) rec.push(d.quotechar, ...out, d.quotechar);
  else rec.push(...out);
}

// CPython: PyNumber_Check
function isNumber(interp: Interpreter, o: PyObject): boolean {
  const nb = o.ob_type.tp_as_number;
  return (nb !== null && (nb.nb_index !== undefined || nb.nb_int !== undefined || nb.nb_float !== undefined)) || o.ob_type.isSubtypeOf(interp.types.complex);
}

function quotedByStyle(interp: Interpreter, quoting: number, field: PyObject): boolean {
  switch (quoting) {
    case QUOTE_NONNUMERIC: return !isNumber(interp, field);
    case QUOTE_ALL: return true;
    case QUOTE_STRINGS: return field.ob_type.isSubtypeOf(interp.types.str);
    case QUOTE_NOTNULL: return field !== interp.singletons.None;
    default: return false;
  }
}

// CPython: csv_writerow
function writerow(interp: Interpreter, self: PyObject, row: PyObject): PyObject {
  const w = writerOf(self);
  const d = dialectOf(w.dialect);
  let iter: PyObject;
  try {
    iter = PyObject_GetIter(interp, row);
  } catch (e) {
    if (!isExcOf(interp, e, 'TypeError')) throw e;
    dropException(e);
    return csvError(interp, `iterable expected, not ${row.ob_type.tp_name}`);
  }
  const rec: number[] = [];
  let fields = 0;
  try {
    for (let field = PyIter_Next(interp, iter); field !== null; field = PyIter_Next(interp, iter)) {
      try {
        const quoted = quotedByStyle(interp, d.quoting, field);
        let text: ArrayLike<number> | null = null;
        if (field.ob_type.isSubtypeOf(interp.types.str)) {
          text = unicodeCodePoints(field);
        } else if (field !== interp.singletons.None) {
          const s = PyObject_Str(interp, field);
          text = unicodeCodePoints(s);
          Py_DECREF(s);
        }
        joinField(interp, d, rec, fields === 0, text, quoted);
        fields++;
      } finally {
        Py_DECREF(field);
      }
    }
  } finally {
    Py_DECREF(iter);
  }
  // A record of one empty field is written as "" to tell it from an empty record.
  if (fields > 0 && rec.length === 0) {
    if (d.quoting === QUOTE_NONE) csvError(interp, 'single empty field record must be quoted');
    joinField(interp, d, rec, true, null, true);
  }
  rec.push(...Array.from(unicodeCodePoints(d.lineterminator)));
  const line = PyUnicode_FromCodePoints(interp, rec);
  try {
    return PyObject_CallOneArg(interp, w.write, line);
  } finally {
    Py_DECREF(line);
  }
}

// CPython: csv_writerows
function writerows(interp: Interpreter, self: PyObject, rows: PyObject): PyObject {
  const iter = PyObject_GetIter(interp, rows);
  try {
    for (let row = PyIter_Next(interp, iter); row !== null; row = PyIter_Next(interp, iter)) {
      try {
        Py_DECREF(writerow(interp, self, row));
      } finally {
        Py_DECREF(row);
      }
    }
  } finally {
    Py_DECREF(iter);
  }
  return Py_NewRef(interp.singletons.None);
}

export const writer_methods: readonly MethodDef[] = [
  { name: 'writerow', flags: METH_O, impl: (interp, self, args) => writerow(interp, self!, args[0]!),
    doc: 'writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields.  Non-string\nelements will be converted to string.' },
  { name: 'writerows', flags: METH_O, impl: (interp, self, args) => writerows(interp, self!, args[0]!),
    doc: 'writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file.  Non-string\nelements will be converted to string.' },
];

export const writer_getset: readonly GetSetDef[] = [
  { name: 'dialect', member: true, get: (_interp, o) => Py_NewRef(writerOf(o).dialect) },
];

// CPython: csv_writer — writer(fileobj [, dialect='excel'] [, keyword settings])
export function csvWriter(interp: Interpreter, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const npos = args.length - kwCount(kwnames);
  checkPositional(interp, '', npos, 1, 2);
  const write = PyObject_LookupAttr(interp, args[0]!, internedStr(interp, 'write'));
  if (write === null || write.ob_type.tp_call === null) {
    if (write !== null) Py_DECREF(write);
    PyErr_SetString(interp, 'TypeError', 'argument 1 must have a "write" method');
  }
  let dialect: PyObject;
  try {
    dialect = callDialect(interp, npos > 1 ? args[1] : undefined, args.slice(npos), kwnames);
  } catch (e) {
    Py_DECREF(write);
    throw e;
  }
  return allocInstance(interp, csvState(interp).writer, 72, 0, { write, dialect } satisfies Writer);
}
