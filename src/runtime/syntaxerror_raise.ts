// A syntax error of the front end (tokenizer, parser, compiler) raised as the Python exception
// compile(), exec() and eval() raise. CPython: Parser/pegen_errors.c
// (_PyPegen_raise_error_known_location: SyntaxError(msg, (filename, lineno, offset, text,
// end_lineno, end_offset))) and Objects/exceptions.c (SyntaxError_init).
import type { Interpreter } from './interpreter.ts';
import { excType, newException, type PyBaseExceptionObject } from '../objects/exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from '../objects/longobject.ts';
import type { PyObject } from '../objects/object.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../objects/tupleobject.ts';
import { PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';
import type { PySyntaxError } from '../tokenizer/errors.ts';
import type { SyntaxErrorFields } from './syntaxerror_display.ts';

/** Throws `e` as a SyntaxError (or IndentationError, TabError) instance. */
export function raiseSyntaxError(interp: Interpreter, e: PySyntaxError): never {
  const None = interp.singletons.None;
  const args: PyObject[] = [PyUnicode_FromString(interp, e.msg)];
  // Line 0 is the front end's "no location" (the message alone, as for null bytes).
  if (e.lineno !== 0) {
    const int = (n: number | null) => (n === null ? None : PyLong_FromNumber(interp, n));
    args.push(tupleFromItemsSteal(interp, [
      PyUnicode_FromString(interp, e.filename), int(e.lineno), int(e.offset),
      e.text === null ? None : PyUnicode_FromString(interp, e.text), int(e.end_lineno), int(e.end_offset),
    ]));
  }
  throw newException(interp, excType(interp, e.kind), args);
}

/**
 * What the display of an uncaught SyntaxError (or subclass) reads from the instance: its msg and
 * location, from the arguments SyntaxError_init parses; null for other exceptions.
 * CPython: print_exception's print_file_and_line check and parse_syntax_error
 */
export function syntaxErrorFields(interp: Interpreter, exc: PyObject): SyntaxErrorFields | null {
  if (!exc.ob_type.isSubtypeOf(excType(interp, 'SyntaxError'))) return null;
  const args = ((exc as PyBaseExceptionObject).body.args as PyTupleObject).body;
  const str = (o: PyObject | undefined) => (o !== undefined && o.ob_type.isSubtypeOf(interp.types.str) ? unicodeText(o) : null);
  const int = (o: PyObject | undefined) => {
    if (o === undefined || !PyLong_Check(o)) return null;
    const v = longValue(o);
    return typeof v === 'number' ? v : null;
  };
  const info = args.length === 2 && args[1]!.ob_type === interp.types.tuple ? (args[1] as PyTupleObject).body : [];
  return {
    kind: exc.ob_type.tp_name,
    msg: str(args[0]),
    filename: str(info[0]),
    lineno: int(info[1]),
    offset: int(info[2]),
    text: str(info[3]),
    end_lineno: int(info[4]),
    end_offset: int(info[5]),
  };
}
