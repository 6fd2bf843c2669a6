// Python exceptions raised by the numeric layer, as plain JS errors.
//
// This layer sits below the object model, which owns the real exception objects; it throws these
// and the object model converts them (type name + message, plus args where CPython builds the
// exception from an errno pair). Every message is CPython 3.12.1's, byte for byte.

export type PyExcTypeName =
  | 'ValueError'
  | 'ZeroDivisionError'
  | 'OverflowError'
  | 'TypeError'
  | 'MemoryError'
  | 'KeyError'
  | 'IndexError';

export class PyNumericError extends Error {
  /** The Python exception type the object model should raise. */
  readonly pyType: PyExcTypeName;
  /**
   * The exception's args when they are not just (message,): float pow overflow raises
   * OverflowError(34, 'Numerical result out of range'), whose str() is the tuple's repr.
   */
  readonly pyArgs: readonly (string | number)[];

  constructor(pyType: PyExcTypeName, message: string, pyArgs?: readonly (string | number)[]) {
    // Becomes a Python exception with its own traceback: capturing a JS stack would only
    // make `1 / 0` in a loop slow.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.pyType = pyType;
    this.pyArgs = pyArgs ?? [message];
  }

  override get name(): string {
    return this.pyType;
  }
}

export class PyValueError extends PyNumericError {
  constructor(message: string) {
    super('ValueError', message);
  }
}

export class PyZeroDivisionError extends PyNumericError {
  constructor(message: string) {
    super('ZeroDivisionError', message);
  }
}

export class PyOverflowError extends PyNumericError {
  constructor(message: string, pyArgs?: readonly (string | number)[]) {
    super('OverflowError', message, pyArgs);
  }
}

export class PyTypeError extends PyNumericError {
  constructor(message: string) {
    super('TypeError', message);
  }
}

export class PyMemoryError extends PyNumericError {
  constructor(message = '') {
    super('MemoryError', message, message === '' ? [] : [message]);
  }
}

/** libm's ERANGE as CPython reports it from float pow: OverflowError(34, 'Numerical result out of range'). */
export function erangeOverflow(): PyOverflowError {
  return new PyOverflowError("(34, 'Numerical result out of range')", [34, 'Numerical result out of range']);
}

/** EDOM as CPython reports it (math domain errors reached through float ops). */
export function edomValueError(): PyValueError {
  return new PyValueError('math domain error');
}
