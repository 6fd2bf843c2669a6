// A syntax error of the front end (tokenizer, parser, compiler) raised as the Python exception
// compile(), exec() and eval() raise, and what the display of an uncaught one reads from it. CPython: Parser/pegen_errors.c
// (_PyPegen_raise_error_known_location: SyntaxError(msg, (filename, lineno, offset, text,
// end_lineno, end_offset))) and Objects/exceptions.c (SyntaxError_init).
import type { Interpreter } from './interpreter.ts';
import { excField, excType, newException, setExcField } from '../objects/exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from '../objects/longobject.ts';
import { Py_NewRef, type PyObject } from '../objects/object.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';
import type { PySyntaxError } from '../tokenizer/errors.ts';
import type { SyntaxErrorFields } from './syntaxerror_display.ts';

/** Throws `e` as a SyntaxError (or IndentationError, TabError) instance, its attributes set as SyntaxError_init sets them. */
export function raiseSyntaxError(interp: Interpreter, e: PySyntaxError): never {
  const None = interp.singletons.None;
  const msg = PyUnicode_FromString(interp, e.msg);
  const args: PyObject[] = [msg];
  // Line 0 is the front end's "no location" (the message alone, as for null bytes).
  const int = (n: number | null) => (n === null ? None : PyLong_FromNumber(interp, n));
  const location = e.lineno === 0 ? null : [
    PyUnicode_FromString(interp, e.filename), int(e.lineno), int(e.offset),
    e.text === null ? None : PyUnicode_FromString(interp, e.text), int(e.end_lineno), int(e.end_offset),
  ];
  if (location !== null && e.locationInArgs) args.push(tupleFromItemsSteal(interp, location));
  const exc = newException(interp, excType(interp, e.kind), args);
  setExcField(exc, 'msg', Py_NewRef(msg));
  if (location !== null) LOCATION_FIELDS.forEach((name, i) => setExcField(exc, name, e.locationInArgs ? Py_NewRef(location[i]!) : location[i]!));
  throw exc;
}

const LOCATION_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;

/**
 * What the display of an uncaught SyntaxError (or subclass) reads from the instance: its msg and
 * location, from the arguments SyntaxError_init parses; null for other exceptions.
 * CPython: print_exception's print_file_and_line check and parse_syntax_error
 */
export function syntaxErrorFields(interp: Interpreter, exc: PyObject): SyntaxErrorFields | null {
  if (!exc.ob_type.isSubtypeOf(excType(interp, 'SyntaxError'))) return null;
  const field = (name: string) => excField(exc, name);
  const str = (o: PyObject | null) => (o !== null && o.ob_type.isSubtypeOf(interp.types.str) ? unicodeText(o) : null);
  const int = (o: PyObject | null) => {
    if (o === null || !PyLong_Check(o)) return null;
    const v = longValue(o);
    return typeof v === 'number' ? v : null;
  };
  return {
    kind: exc.ob_type.tp_name,
    msg: str(field('msg')),
    filename: str(field('filename')),
    lineno: int(field('lineno')),
    offset: int(field('offset')),
    text: str(field('text')),
    end_lineno: int(field('end_lineno')),
    end_offset: int(field('end_offset')),
  };
}
