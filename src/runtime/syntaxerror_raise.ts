// A syntax error of the front end (tokenizer, parser, compiler) raised as the Python exception
// compile(), exec() and eval() raise. CPython: Parser/pegen_errors.c
// (_PyPegen_raise_error_known_location: SyntaxError(msg, (filename, lineno, offset, text,
// end_lineno, end_offset))) and Objects/exceptions.c (SyntaxError_init).
import type { Interpreter } from './interpreter.ts';
import { excType, newException } from '../objects/exceptions.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import type { PyObject } from '../objects/object.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import type { PySyntaxError } from '../tokenizer/errors.ts';

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
