// The syntax errors the front end raises, carrying what CPython's SyntaxError carries.
export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * A Python SyntaxError (or subclass) raised while tokenizing or parsing.
 * offset/end_offset are 1-based character (code point) columns, as in CPython's
 * SyntaxError.offset; text is the offending source line (with its newline, if any), or null.
 */
export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string | null,
    readonly end_lineno: number,
    readonly end_offset: number,
  ) {
    super(msg);
  }
}
