// _csv.reader: an iterator over the rows parsed from an iterable of lines, one character at a
// time through a state machine. CPython: Modules/_csv.c (csv_reader, Reader_iternext,
// parse_process_char, parse_save_field, parse_add_char).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { checkPositional } from '../../objects/args.ts';
import { PyNumber_Float } from '../../objects/constructors.ts';
import { _PyList_FromArraySteal } from '../../objects/listobject.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyIter_Next, PyObject_GetIter } from '../../objects/objectops.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import type { GetSetDef, visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromCodePoints, unicodeCodePoints } from '../../objects/unicodeobject.ts';
import { allocInstance, kwCount } from '../modsupport.ts';
import { callDialect, dialectOf, QUOTE_NONE, QUOTE_NONNUMERIC } from './dialect.ts';
import { csvError, csvState } from './state.ts';

const enum State { START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL }

/** The end of an input line, fed to the state machine after its characters. */
const EOL = -2;
const CR = 0x0d;
const LF = 0x0a;

interface Reader {
  iter: PyObject;
  dialect: PyObject;
  /** The fields of the record being parsed (owned). */
  fields: PyObject[];
  state: State;
  field: number[];
  numericField: boolean;
  lineNum: number;
}

const readerOf = (o: PyObject): Reader => o.body as Reader;

function clearFields(r: Reader): void {
  for (const f of r.fields) Py_DECREF(f);
  r.fields = [];
}

export function reader_dealloc(o: PyObject): void {
  const r = readerOf(o);
  clearFields(r);
  Py_DECREF(r.iter);
  Py_DECREF(r.dialect);
  freeObject(o);
}

export function reader_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const r = readerOf(o);
  visit(r.iter, arg);
  visit(r.dialect, arg);
  for (const f of r.fields) visit(f, arg);
}

// CPython: parse_save_field
function saveField(interp: Interpreter, r: Reader): void {
  let field = PyUnicode_FromCodePoints(interp, r.field);
  r.field = [];
  if (r.numericField) {
    r.numericField = false;
    const str = field;
    try {
      field = PyNumber_Float(interp, str);
    } finally {
      Py_DECREF(str);
    }
  }
  r.fields.push(field);
}

// CPython: parse_add_char
function addChar(interp: Interpreter, r: Reader, c: number): void {
  const limit = csvState(interp).fieldLimit;
  if (r.field.length >= limit) csvError(interp, `field larger than field limit (${limit})`);
  r.field.push(c);
}

const isNewline = (c: number): boolean => c === LF || c === CR;

/** The state after a field ends at a line end: the next record, or past the newline characters. */
const afterLine = (c: number): State => (c === EOL ? State.START_RECORD : State.EAT_CRNL);

function startField(interp: Interpreter, r: Reader, c: number): void {
  const d = dialectOf(r.dialect);
  if (isNewline(c) || c === EOL) {
    saveField(interp, r);
    r.state = afterLine(c);
  } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
    r.state = State.IN_QUOTED_FIELD;
  } else if (c === d.escapechar) {
    r.state = State.ESCAPED_CHAR;
  } else if (c === 0x20 && d.skipinitialspace) {
    // Spaces after a delimiter are dropped.
  } else if (c === d.delimiter) {
    saveField(interp, r);
  } else {
    if (d.quoting === QUOTE_NONNUMERIC) r.numericField = true;
    addChar(interp, r, c);
    r.state = State.IN_FIELD;
  }
}

function inField(interp: Interpreter, r: Reader, c: number): void {
  const d = dialectOf(r.dialect);
  if (isNewline(c) || c === EOL) {
    saveField(interp, r);
    r.state = afterLine(c);
  } else if (c === d.escapechar) {
    r.state = State.ESCAPED_CHAR;
  } else if (c === d.delimiter) {
    saveField(interp, r);
    r.state = State.START_FIELD;
  } else {
    addChar(interp, r, c);
  }
}

// CPython: parse_process_char
function processChar(interp: Interpreter, r: Reader, c: number): void {
  const d = dialectOf(r.dialect);
  switch (r.state) {
    case State.START_RECORD:
      if (c === EOL) return;
      if (isNewline(c)) {
        r.state = State.EAT_CRNL;
        return;
      }
      // A normal character starts the first field.
      r.state = State.START_FIELD;
      startField(interp, r, c);
      return;
    case State.START_FIELD:
      startField(interp, r, c);
      return;
    case State.ESCAPED_CHAR:
      if (isNewline(c)) {
        addChar(interp, r, c);
        r.state = State.AFTER_ESCAPED_CRNL;
        return;
      }
      addChar(interp, r, c === EOL ? LF : c);
      r.state = State.IN_FIELD;
      return;
    case State.AFTER_ESCAPED_CRNL:
      // As in a field, except that the line's end does not end it (the state stays until then).
      if (c !== EOL) inField(interp, r, c);
      return;
    case State.IN_FIELD:
      inField(interp, r, c);
      return;
    case State.IN_QUOTED_FIELD:
      if (c === EOL) return;
      if (c === d.escapechar) r.state = State.ESCAPE_IN_QUOTED_FIELD;
      else if (c === d.quotechar && d.quoting !== QUOTE_NONE) r.state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
      else addChar(interp, r, c);
      return;
    case State.ESCAPE_IN_QUOTED_FIELD:
      addChar(interp, r, c === EOL ? LF : c);
      r.state = State.IN_QUOTED_FIELD;
      return;
    case State.QUOTE_IN_QUOTED_FIELD:
      if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
        addChar(interp, r, c);
        r.state = State.IN_QUOTED_FIELD;
      } else if (c === d.delimiter) {
        saveField(interp, r);
        r.state = State.START_FIELD;
      } else if (isNewline(c) || c === EOL) {
        saveField(interp, r);
        r.state = afterLine(c);
      } else if (!d.strict) {
        addChar(interp, r, c);
        r.state = State.IN_FIELD;
      } else {
        csvError(interp, `'${String.fromCodePoint(d.delimiter)}' expected after '${String.fromCodePoint(d.quotechar)}'`);
      }
      return;
    case State.EAT_CRNL:
      if (isNewline(c)) return;
      if (c === EOL) {
        r.state = State.START_RECORD;
        return;
      }
      csvError(interp, 'new-line character seen in unquoted field - do you need to open the file in universal-newline mode?');
  }
}

// CPython: parse_reset
function reset(r: Reader): void {
  clearFields(r);
  r.field = [];
  r.state = State.START_RECORD;
  r.numericField = false;
}

// CPython: Reader_iternext
export function reader_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const r = readerOf(o);
  reset(r);
  do {
    const line = PyIter_Next(interp, r.iter);
    if (line === null) {
      // End of input: a field still open is the last one, unless the dialect is strict.
      if (r.field.length === 0 && r.state !== State.IN_QUOTED_FIELD) return null;
      if (dialectOf(r.dialect).strict) csvError(interp, 'unexpected end of data');
      saveField(interp, r);
      break;
    }
    try {
      if (!line.ob_type.isSubtypeOf(interp.types.str)) {
        csvError(interp, `iterator should return strings, not ${line.ob_type.tp_name} (the file should be opened in text mode)`);
      }
      r.lineNum++;
      const cps = unicodeCodePoints(line);
      for (let i = 0; i < cps.length; i++) processChar(interp, r, cps[i]!);
    } finally {
      Py_DECREF(line);
    }
    processChar(interp, r, EOL);
  } while (r.state !== State.START_RECORD);
  const fields = r.fields;
  r.fields = [];
  return _PyList_FromArraySteal(interp, fields);
}

export const reader_getset: readonly GetSetDef[] = [
  { name: 'dialect', member: true, get: (_interp, o) => Py_NewRef(readerOf(o).dialect) },
  { name: 'line_num', member: true, get: (interp, o) => PyLong_FromNumber(interp, readerOf(o).lineNum) },
];

// CPython: csv_reader — reader(iterable [, dialect='excel'] [, keyword settings])
export function csvReader(interp: Interpreter, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const npos = args.length - kwCount(kwnames);
  checkPositional(interp, '', npos, 1, 2);
  const iter = PyObject_GetIter(interp, args[0]!);
  let dialect: PyObject;
  try {
    dialect = callDialect(interp, npos > 1 ? args[1] : undefined, args.slice(npos), kwnames);
  } catch (e) {
    Py_DECREF(iter);
    throw e;
  }
  return allocInstance(interp, csvState(interp).reader, 80, 0, {
    iter, dialect, fields: [], state: State.START_RECORD, field: [], numericField: false, lineNum: 0,
  } satisfies Reader);
}
