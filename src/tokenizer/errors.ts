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
    /** null where CPython's attribute is None (errors found while decoding the source). */
    readonly end_lineno: number | null,
    readonly end_offset: number | null,
    /**
     * Whether the exception's args carry the location, (msg, (filename, lineno, ...)); false
     * for the symbol table's errors, which CPython raises as SyntaxError(msg) and then sets the
     * location attributes (PyErr_RangedSyntaxLocationObject).
     */
    readonly locationInArgs = true,
  ) {
    super(msg);
  }
}

/**
 * CPython's tok->done code behind a tokenizer error. 'E_ERROR' (and E_EOFS/E_EOLS) errors are
 * raised by the tokenizer itself, so they win over parser errors even while the parser scans
 * ahead for errors after a failed parse (_PyPegen_tokenize_full_source_to_check_for_errors);
 * the other codes are reported only when the parser itself fetches the bad token
 * (_Pypegen_tokenizer_error), and E_EOF with open brackets is "'(' was never closed".
 */
export type DoneCode = 'E_ERROR' | 'E_EOFS' | 'E_EOLS' | 'E_EOF' | 'E_DEDENT' | 'E_TABSPACE' | 'E_TOODEEP' | 'E_LINECONT' | 'E_DECODE';

/** A PySyntaxError raised by the tokenizer, with the tok->done code that produced it. */
export class TokenizerError extends PySyntaxError {
  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    text: string | null,
    end_lineno: number | null,
    end_offset: number | null,
    readonly code: DoneCode,
    /** False for errors CPython raises without a location (lineno/offset None), e.g. "encoding problem: ...". */
    readonly hasLocation = true,
  ) {
    super(kind, msg, filename, lineno, offset, text, end_lineno, end_offset);
  }
}

/**
 * Thrown when input typed at the prompt ends before the statement does and more may come
 * (the tokenizer would ask for another line, at the continuation prompt). Not a Python error.
 */
export class NeedMoreInput extends Error {
  constructor() {
    super('more input needed');
    this.name = 'NeedMoreInput';
  }
}
