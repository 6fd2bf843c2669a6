// The check that Lib/warnings.py (3.12) applies to sys.warnoptions when it is imported at
// startup: a bad -W option is reported on stderr as "Invalid -W option ignored: ..." and
// otherwise ignored. CPython: warnings._processoptions / _setoption / _getaction / _getcategory
import { pyStrRepr } from './pyrepr.ts';
import { pyStrip } from './pystr.ts';

const ACTIONS = ['default', 'always', 'ignore', 'module', 'once', 'error'];

const WARNING_CLASSES = new Set([
  'BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning',
  'UnicodeWarning', 'UserWarning', 'Warning',
]);

// Builtin names that are classes but not warnings ("invalid warning category").
const OTHER_BUILTIN_CLASSES = new Set([
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup',
  'BlockingIOError', 'BrokenPipeError', 'BufferError', 'ChildProcessError', 'ConnectionAbortedError',
  'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError', 'EOFError', 'EnvironmentError',
  'Exception', 'ExceptionGroup', 'FileExistsError', 'FileNotFoundError', 'FloatingPointError',
  'GeneratorExit', 'IOError', 'ImportError', 'IndentationError', 'IndexError', 'InterruptedError',
  'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
  'ModuleNotFoundError', 'NameError', 'NotADirectoryError', 'NotImplementedError', 'OSError',
  'OverflowError', 'PermissionError', 'ProcessLookupError', 'RecursionError', 'ReferenceError',
  'RuntimeError', 'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SystemError', 'SystemExit',
  'TabError', 'TimeoutError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
  'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'ValueError', 'ZeroDivisionError',
  '__loader__', 'bool', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', 'enumerate', 'filter',
  'float', 'frozenset', 'int', 'list', 'map', 'memoryview', 'object', 'property', 'range', 'reversed',
  'set', 'slice', 'staticmethod', 'str', 'super', 'tuple', 'type', 'zip',
]);

// Builtin names bound to non-classes: CPython's issubclass() raises TypeError for them and
// the warnings import fails with a traceback. Not modelled: they are accepted.
const BUILTIN_NON_CLASSES = new Set([
  'Ellipsis', 'False', 'None', 'NotImplemented', 'True', '__build_class__', '__debug__', '__doc__',
  '__import__', '__name__', '__package__', '__spec__', 'abs', 'aiter', 'all', 'anext', 'any', 'ascii',
  'bin', 'breakpoint', 'callable', 'chr', 'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec',
  'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass',
  'iter', 'len', 'locals', 'max', 'min', 'next', 'oct', 'open', 'ord', 'pow', 'print', 'repr', 'round',
  'setattr', 'sorted', 'sum', 'vars',
]);


/** Why the option is rejected, or null when warnings.py accepts it. CPython: _setoption */
export function checkWarnOption(arg: string): string | null {
  const parts = arg.split(':');
  if (parts.length > 5) return `too many fields (max 5): ${pyStrRepr(arg)}`;
  while (parts.length < 5) parts.push('');
  const [action, , category, , lineno] = parts.map(pyStrip) as [string, string, string, string, string];
  if (action !== '' && action !== 'all' && !ACTIONS.some((a) => a.startsWith(action))) {
    return `invalid action: ${pyStrRepr(action)}`;
  }
  // Dotted categories need an import; until imports exist they are accepted.
  if (category !== '' && !category.includes('.')) {
    if (OTHER_BUILTIN_CLASSES.has(category)) return `invalid warning category: ${pyStrRepr(category)}`;
    if (!WARNING_CLASSES.has(category) && !BUILTIN_NON_CLASSES.has(category)) {
      return `unknown warning category: ${pyStrRepr(category)}`;
    }
  }
  if (lineno !== '') {
    if (!/^[+-]?\d+(?:_\d+)*$/.test(lineno)) return `invalid lineno ${pyStrRepr(lineno)}`;
    // A negative number fails after int() succeeded, so the int is what gets repr'd.
    const n = BigInt(lineno.replaceAll('_', ''));
    if (n < 0n) return `invalid lineno ${n}`;
  }
  return null;
}

/** The stderr lines that importing warnings prints for the given sys.warnoptions. */
export function warnOptionMessages(options: readonly string[]): string {
  let out = '';
  for (const o of options) {
    const why = checkWarnOption(o);
    if (why !== null) out += `Invalid -W option ignored: ${why}\n`;
  }
  return out;
}
