// The builtin exception hierarchy and raising. CPython: Objects/exceptions.c.
// A Python exception propagates as a JS throw of the exception object itself
// (docs/internals/object-model.md); `PyErr_SetString` and friends build the object and throw it.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject } from './alloc.ts';
import { PyObject, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE,
  Py_TPFLAGS_READY, Py_XDECREF } from './object.ts';
import { PyTypeObject } from './typeobject.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';

/** What a BaseException holds (CPython: PyBaseExceptionObject and its subtypes' extra fields). */
export interface ExceptionBody {
  args: PyObject;
  notes: PyObject | null;
  traceback: PyObject | null;
  context: PyObject | null;
  cause: PyObject | null;
  suppressContext: boolean;
  dict: PyObject | null;
}

export interface PyBaseExceptionObject extends PyObject {
  body: ExceptionBody;
}

/**
 * name, base and the object size (CPython's tp_basicsize; subtypes with their own fields are
 * bigger), in the order CPython's _PyBuiltins_AddExceptions creates them.
 */
export const EXCEPTION_HIERARCHY: readonly (readonly [string, string, number])[] = [
  ['BaseException', 'object', 72], ['BaseExceptionGroup', 'BaseException', 88], ['ExceptionGroup', 'BaseExceptionGroup', 88],
  ['Exception', 'BaseException', 72], ['ArithmeticError', 'Exception', 72], ['FloatingPointError', 'ArithmeticError', 72],
  ['OverflowError', 'ArithmeticError', 72], ['ZeroDivisionError', 'ArithmeticError', 72], ['AssertionError', 'Exception', 72],
  ['AttributeError', 'Exception', 88], ['BufferError', 'Exception', 72], ['EOFError', 'Exception', 72],
  ['ImportError', 'Exception', 104], ['ModuleNotFoundError', 'ImportError', 104], ['LookupError', 'Exception', 72],
  ['IndexError', 'LookupError', 72], ['KeyError', 'LookupError', 72], ['MemoryError', 'Exception', 72],
  ['NameError', 'Exception', 80], ['UnboundLocalError', 'NameError', 80], ['OSError', 'Exception', 120],
  ['BlockingIOError', 'OSError', 120], ['ChildProcessError', 'OSError', 120], ['ConnectionError', 'OSError', 120],
  ['BrokenPipeError', 'ConnectionError', 120], ['ConnectionAbortedError', 'ConnectionError', 120],
  ['ConnectionRefusedError', 'ConnectionError', 120], ['ConnectionResetError', 'ConnectionError', 120],
  ['FileExistsError', 'OSError', 120], ['FileNotFoundError', 'OSError', 120], ['InterruptedError', 'OSError', 120],
  ['IsADirectoryError', 'OSError', 120], ['NotADirectoryError', 'OSError', 120], ['PermissionError', 'OSError', 120],
  ['ProcessLookupError', 'OSError', 120], ['TimeoutError', 'OSError', 120], ['ReferenceError', 'Exception', 72],
  ['RuntimeError', 'Exception', 72], ['NotImplementedError', 'RuntimeError', 72], ['RecursionError', 'RuntimeError', 72],
  ['StopAsyncIteration', 'Exception', 72], ['StopIteration', 'Exception', 80], ['SyntaxError', 'Exception', 136],
  ['IndentationError', 'SyntaxError', 136], ['TabError', 'IndentationError', 136], ['SystemError', 'Exception', 72],
  ['TypeError', 'Exception', 72], ['ValueError', 'Exception', 72], ['UnicodeError', 'ValueError', 72],
  ['UnicodeDecodeError', 'UnicodeError', 112], ['UnicodeEncodeError', 'UnicodeError', 112],
  ['UnicodeTranslateError', 'UnicodeError', 112], ['Warning', 'Exception', 72], ['BytesWarning', 'Warning', 72],
  ['DeprecationWarning', 'Warning', 72], ['EncodingWarning', 'Warning', 72], ['FutureWarning', 'Warning', 72],
  ['ImportWarning', 'Warning', 72], ['PendingDeprecationWarning', 'Warning', 72], ['ResourceWarning', 'Warning', 72],
  ['RuntimeWarning', 'Warning', 72], ['SyntaxWarning', 'Warning', 72], ['UnicodeWarning', 'Warning', 72],
  ['UserWarning', 'Warning', 72], ['GeneratorExit', 'BaseException', 72], ['KeyboardInterrupt', 'BaseException', 72],
  ['SystemExit', 'BaseException', 80],
];

// CPython: BaseException_dealloc (clears args, notes, traceback, context, cause, dict)
export function exception_dealloc(o: PyObject): void {
  const b = (o as PyBaseExceptionObject).body;
  Py_XDECREF(b.dict);
  Py_XDECREF(b.args);
  Py_XDECREF(b.notes);
  Py_XDECREF(b.traceback);
  Py_XDECREF(b.context);
  Py_XDECREF(b.cause);
  // The name/obj attributes of NameError, AttributeError and ImportError (when set).
  const extra = b as ExceptionBody & { name?: PyObject | null; obj?: PyObject | null };
  Py_XDECREF(extra.name ?? null);
  Py_XDECREF(extra.obj ?? null);
  const type = o.ob_type;
  type.tp_interp.obmalloc.free(o.addr - type.tp_preheader);
}

/** Creates the exception types of an interpreter, keyed by name. */
export function createExceptionTypes(interp: Interpreter, type: PyTypeObject, object: PyTypeObject): Map<string, PyTypeObject> {
  const types = new Map<string, PyTypeObject>();
  for (const [name, baseName, basicsize] of EXCEPTION_HIERARCHY) {
    const t = new PyTypeObject(interp, type, {
      name,
      basicsize,
      flags: Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASE_EXC_SUBCLASS,
      dealloc: exception_dealloc,
    }, interp.staticAddress(416, 16));
    t.tp_base = baseName === 'object' ? object : types.get(baseName)!;
    types.set(name, t);
  }
  return types;
}

/** A new exception instance of `type` with the given args (stolen). CPython: BaseException_new */
export function newException(interp: Interpreter, type: PyTypeObject, args: PyObject[]): PyObject {
  const body: ExceptionBody = {
    args: tupleFromItemsSteal(interp, args), notes: null, traceback: null, context: null, cause: null, suppressContext: false, dict: null,
  };
  return allocObject(interp, type, type.tp_basicsize, 0, body);
}

/** Raises `type(msg)`. CPython: PyErr_SetString (the raise is a JS throw of the exception). */
export function PyErr_SetString(interp: Interpreter, type: PyTypeObject | string, msg: string): never {
  const t = typeof type === 'string' ? interp.types.exceptions.get(type)! : type;
  throw newException(interp, t, [PyUnicode_FromString(interp, msg)]);
}

/** The exception type named `name`, e.g. 'TypeError'. */
export function excType(interp: Interpreter, name: string): PyTypeObject {
  const t = interp.types.exceptions.get(name);
  if (t === undefined) throw new Error(`no builtin exception ${name}`);
  return t;
}
