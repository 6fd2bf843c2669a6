// How the CLI shows a Python exception raised by the front end (tokenizer, parser) when
// nothing catches it: SyntaxError and its subclasses with CPython's display, other Python
// exceptions as "Name: message". A front-end Python exception is a PySyntaxError, the
// parser's ParserStackOverflow (CPython's MemoryError), or any JS Error whose class is
// named Py<ExceptionName> (PyRecursionError, ...), maybe with a numeric suffix the bundler added.
import { ParserStackOverflow } from '../parser/index.ts';
import { PySyntaxError } from '../tokenizer/errors.ts';
import { formatExceptionMessage, formatSyntaxError } from '../runtime/syntaxerror_display.ts';

/** The Python exception name a front-end error stands for, or null for a JS bug. */
export function pythonExceptionName(e: unknown): string | null {
  if (e instanceof PySyntaxError) return e.kind;
  if (e instanceof ParserStackOverflow) return 'MemoryError';
  if (!(e instanceof Error)) return null;
  // A bundler may suffix a class name with digits to keep names unique.
  const m = /^Py([A-Z]\w*?(?:Error|Exception))\d*$/.exec(e.constructor.name);
  return m === null ? null : m[1]!;
}

/** The display of an uncaught front-end exception (no traceback lines), or null for a JS bug. */
export function formatPythonError(e: unknown): string | null {
  if (e instanceof PySyntaxError) {
    // PySyntaxError has no None: the front end reports "no location" (CPython's decoding
    // errors, raised with the message alone) as line 0, a line no parser error can have.
    const located = e.lineno !== 0;
    return formatSyntaxError({
      kind: e.kind,
      msg: e.msg ?? null,
      filename: located ? (e.filename ?? null) : null,
      lineno: located ? (e.lineno ?? null) : null,
      offset: located ? (e.offset ?? null) : null,
      text: located ? (e.text ?? null) : null,
      end_lineno: located ? (e.end_lineno ?? null) : null,
      end_offset: located ? (e.end_offset ?? null) : null,
    });
  }
  const name = pythonExceptionName(e);
  if (name === null) return null;
  return formatExceptionMessage(name, (e as Error).message);
}
