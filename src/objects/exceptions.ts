// The builtin exception hierarchy, exception objects and raising. CPython: Objects/exceptions.c,
// Python/errors.c (_PyErr_SetObject's implicit chaining).
// A Python exception propagates as a JS throw of the exception object itself
// (docs/internals/object-model.md); `PyErr_SetString` and friends build the object, chain it to
// the exception being handled, and throw it.
import { freeObject } from './alloc.ts';
import { trashBegin, trashEnd, TRASH_DEPOSITED, TRASH_ENTERED } from './trashcan.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import type { ErrStackItem, ThreadState } from '../vm/frame.ts';
import { PyType_GenericAlloc } from './objecttype.ts';
import { PyObject_LookupAttr, PyObject_SetAttr } from './attributes.ts';
import { PyList_Append, PyList_Check, PyList_New } from './listobject.ts';
import { internedStr } from './codeobject.ts';
import { PyObject, Py_CLEAR, Py_DECREF, Py_INCREF, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE,
  Py_TPFLAGS_MANAGED_WEAKREF, Py_TPFLAGS_READY, Py_XDECREF } from './object.ts';
import { METH_O, PyTypeObject, type GetSetDef, type MethodDef, type visitproc, visitFields } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';
import { PySequence_Tuple, tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { _PyDict_FromItems, dictKeys, dictLength, PyDict_GetItem } from './dictobject.ts';
import { makeTpCallArgs } from './call_args.ts';
import { PyObject_GetIter, PyObject_Str, reprText, strOf } from './objectops.ts';
import { BaseExceptionGroup_init, BaseExceptionGroup_new, exceptionGroupMethods } from './exceptions_group.ts';
import { exceptionReduceMethods } from './exceptions_reduce.ts';
import { UNICODE_ERROR_FIELDS, UNICODE_ERROR_MEMBERS, UnicodeDecodeError_init, UnicodeEncodeError_init, UnicodeTranslateError_init,
  unicodeErrorStr } from './exceptions_unicode.ts';

/** What a BaseException holds (CPython: PyBaseExceptionObject and its subtypes' extra fields). */
export interface ExceptionBody {
  args: PyObject;
  notes: PyObject | null;
  traceback: PyObject | null;
  context: PyObject | null;
  cause: PyObject | null;
  suppressContext: boolean;
  /** The subtype's own fields (StopIteration.value, OSError.errno, ...) in the order of its
   * CPython struct, which is the order its clear function releases them; see EXCEPTION_FIELDS. */
  fields: (PyObject | null)[];
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
  ['NameError', 'Exception', 80], ['UnboundLocalError', 'NameError', 80], ['OSError', 'Exception', 112],
  ['BlockingIOError', 'OSError', 112], ['ChildProcessError', 'OSError', 112], ['ConnectionError', 'OSError', 112],
  ['BrokenPipeError', 'ConnectionError', 112], ['ConnectionAbortedError', 'ConnectionError', 112],
  ['ConnectionRefusedError', 'ConnectionError', 112], ['ConnectionResetError', 'ConnectionError', 112],
  ['FileExistsError', 'OSError', 112], ['FileNotFoundError', 'OSError', 112], ['InterruptedError', 'OSError', 112],
  ['IsADirectoryError', 'OSError', 112], ['NotADirectoryError', 'OSError', 112], ['PermissionError', 'OSError', 112],
  ['ProcessLookupError', 'OSError', 112], ['TimeoutError', 'OSError', 112], ['ReferenceError', 'Exception', 72],
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

/**
 * The fields a builtin exception type adds to BaseException's, in CPython's struct order; a
 * type not listed has its nearest listed base's.
 */
export const EXCEPTION_FIELDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['BaseExceptionGroup', ['msg', 'excs']],
  ['StopIteration', ['value']],
  ['SystemExit', ['code']],
  ['ImportError', ['msg', 'name', 'path', 'name_from']],
  ['OSError', ['myerrno', 'strerror', 'filename', 'filename2']],
  ['NameError', ['name']],
  ['AttributeError', ['obj', 'name']],
  ['SyntaxError', ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']],
  ['UnicodeError', UNICODE_ERROR_FIELDS],
]);

/** The builtin ancestor of `type` (itself included) that defines the fields layout, or null. */
export function fieldsOwner(type: PyTypeObject): string | null {
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) if (EXCEPTION_FIELDS.has(t.tp_name) && isBuiltinException(t)) return t.tp_name;
  return null;
}

function isBuiltinException(t: PyTypeObject): boolean {
  return t.tp_interp.types.exceptions.get(t.tp_name) === t;
}

/** Index of field `name` of an exception of `type`'s layout. */
export function fieldIndex(type: PyTypeObject, name: string): number {
  const owner = fieldsOwner(type);
  return owner === null ? -1 : EXCEPTION_FIELDS.get(owner)!.indexOf(name);
}

/** A field of an exception (borrowed; null when unset). */
export function excField(exc: PyObject, name: string): PyObject | null {
  const i = fieldIndex(exc.ob_type, name);
  return i < 0 ? null : (exc as PyBaseExceptionObject).body.fields[i] ?? null;
}

/** Sets a field of an exception, taking over (stealing) `value`. */
export function setExcField(exc: PyObject, name: string, value: PyObject | null): void {
  const i = fieldIndex(exc.ob_type, name);
  const fields = (exc as PyBaseExceptionObject).body.fields;
  const old = fields[i] ?? null;
  fields[i] = value;
  Py_XDECREF(old);
}

// CPython: BaseException_dealloc and the subtypes' *_dealloc (their *_clear, then the memory)
export function exception_dealloc(o: PyObject): void {
  const trash = trashBegin(o, exception_dealloc);
  if (trash === TRASH_DEPOSITED) return;
  exception_clear(o);
  const b = (o as PyBaseExceptionObject).body;
  // What a clear leaves (the stored start and end of a UnicodeError).
  for (let i = 0; i < b.fields.length; i++) Py_CLEAR(b.fields, i);
  const interp = o.ob_type.tp_interp;
  freeObject(o);
  if (trash === TRASH_ENTERED) trashEnd(interp);
}

/**
 * The indexes in `fields` of the object fields a subtype's traverse and clear go through, in
 * their order: SyntaxError's differs from its struct's (end_lineno and end_offset come before
 * text), and UnicodeError's start and end are C integers in CPython.
 */
const FIELD_VISIT_ORDER: ReadonlyMap<string, readonly number[]> = new Map([
  ['SyntaxError', ['msg', 'filename', 'lineno', 'offset', 'end_lineno', 'end_offset', 'text', 'print_file_and_line']],
  ['UnicodeError', ['encoding', 'object', 'reason']],
].map(([owner, names]) => [owner as string, (names as string[]).map((n) => EXCEPTION_FIELDS.get(owner as string)!.indexOf(n))]));

const visitOrderCache = new WeakMap<PyTypeObject, readonly number[] | null>();

/** The field indexes `type`'s hooks go through; null: all of them in order. */
function fieldVisitOrder(type: PyTypeObject): readonly number[] | null {
  let order = visitOrderCache.get(type);
  if (order === undefined) {
    const owner = fieldsOwner(type);
    order = owner === null ? null : FIELD_VISIT_ORDER.get(owner) ?? null;
    visitOrderCache.set(type, order);
  }
  return order;
}

/**
 * The subtype's fields (its *_traverse), then the dict, args, notes, traceback, cause and
 * context. CPython: BaseException_traverse and the subtypes' *_traverse
 */
export function exception_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = (o as PyBaseExceptionObject).body;
  const fields = b.fields;
  if (fields.length > 0) {
    const order = fieldVisitOrder(o.ob_type);
    if (order === null) {
      for (let i = 0; i < fields.length; i++) {
        const v = fields[i];
        if (v != null) visit(v, arg);
      }
    } else {
      for (let j = 0; j < order.length; j++) {
        const v = fields[order[j]!];
        if (v != null) visit(v, arg);
      }
    }
  }
  if (o.ob_dict !== null) visit(o.ob_dict, arg);
  visitFields(visit, arg, b.args, b.notes, b.traceback, b.cause, b.context);
}

/** The same fields as exception_traverse, released in its order. CPython: BaseException_clear and the subtypes' *_clear */
export function exception_clear(o: PyObject): void {
  const b = (o as PyBaseExceptionObject).body;
  const fields = b.fields;
  if (fields.length > 0) {
    const order = fieldVisitOrder(o.ob_type);
    const n = order === null ? fields.length : order.length;
    for (let j = 0; j < n; j++) Py_CLEAR(fields, order === null ? j : order[j]!);
  }
  Py_CLEAR(o, 'ob_dict');
  // (A cleared exception's args are null, as in CPython.)
  Py_CLEAR(b, 'args');
  Py_CLEAR(b, 'notes');
  Py_CLEAR(b, 'traceback');
  Py_CLEAR(b, 'cause');
  Py_CLEAR(b, 'context');
}

/** Creates the exception types of an interpreter, keyed by name. */
export function createExceptionTypes(interp: Interpreter, type: PyTypeObject, object: PyTypeObject): Map<string, PyTypeObject> {
  const types = new Map<string, PyTypeObject>();
  for (const [name, baseName, basicsize] of EXCEPTION_HIERARCHY) {
    const t = new PyTypeObject(interp, type, {
      name,
      basicsize,
      // ExceptionGroup is made by PyErr_NewException as a class, which has a managed weakref list.
      flags: Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASE_EXC_SUBCLASS
        | (name === 'ExceptionGroup' ? Py_TPFLAGS_MANAGED_WEAKREF : 0),
      dealloc: exception_dealloc,
      traverse: exception_traverse,
      clear: exception_clear,
      methods: name === 'BaseException' ? [...baseExceptionMethods(), ...exceptionReduceMethods(name)!] : name === 'BaseExceptionGroup' ? exceptionGroupMethods()
        : exceptionReduceMethods(name),
      getset: name === 'BaseException' ? BaseException_getset : EXCEPTION_MEMBERS.get(name),
    }, interp.staticAddress(416, 16));
    t.tp_base = baseName === 'object' ? object : types.get(baseName)!;
    t.tp_hasweaklist = name === 'ExceptionGroup';
    t.tp_vectorcall = exceptionTypeCall;
    t.tp_new = exception_tp_new;
    t.tp_init = exception_tp_init;
    types.set(name, t);
  }
  return types;
}

/**
 * A new exception instance of `type` whose args are the tuple `args` (stolen).
 * CPython: BaseException_new (type->tp_alloc, then the args)
 */
export function newExceptionWithArgs(interp: Interpreter, type: PyTypeObject, args: PyObject): PyObject {
  const owner = fieldsOwner(type);
  const n = owner === null ? 0 : EXCEPTION_FIELDS.get(owner)!.length;
  const body: ExceptionBody = {
    args, notes: null, traceback: null, context: null, cause: null, suppressContext: false,
    fields: n === 0 ? NO_FIELDS : new Array<PyObject | null>(n).fill(null),
  };
  const o = PyType_GenericAlloc(type);
  o.body = body;
  return o;
}

const NO_FIELDS: (PyObject | null)[] = [];

/**
 * A new exception instance of `type` with the given args (stolen), initialised as calling the
 * type would (StopIteration.value, SystemExit.code, ...) for the builtin types' usual arguments.
 */
export function newException(interp: Interpreter, type: PyTypeObject, args: PyObject[]): PyObject {
  const exc = newExceptionWithArgs(interp, type, tupleFromItemsSteal(interp, args));
  const owner = fieldsOwner(type);
  if (owner === 'StopIteration') setExcField(exc, 'value', newRef(args.length > 0 ? args[0]! : interp.singletons.None));
  else if (owner === 'SystemExit' && args.length > 0) setExcField(exc, 'code', newRef(args.length === 1 ? args[0]! : (exc as PyBaseExceptionObject).body.args));
  return exc;
}

function newRef(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

// CPython: PyExceptionInstance_Check
export function PyExceptionInstance_Check(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(interp.types.exceptions.get('BaseException')!);
}

// CPython: PyExceptionClass_Check
export function PyExceptionClass_Check(interp: Interpreter, o: PyObject): boolean {
  return o instanceof PyTypeObject && o.isSubtypeOf(interp.types.exceptions.get('BaseException')!);
}

/** The innermost level that handles an exception, or the thread's own. CPython: _PyErr_GetTopmostException */
export function _PyErr_GetTopmostException(tstate: ThreadState): ErrStackItem {
  let item: ErrStackItem = tstate.excInfo;
  while ((item.excValue === null || item.excValue.ob_type === item.excValue.ob_type.tp_interp.types.NoneType) && item.previous !== null) {
    item = item.previous;
  }
  return item;
}

/**
 * Implicit chaining of a newly raised exception: its __context__ becomes the exception being
 * handled, after cutting the chain where it would come back to `value` (Floyd's cycle check
 * stops at a pre-existing cycle). CPython: the chaining part of _PyErr_SetObject
 */
export function chainRaised(interp: Interpreter, value: PyObject): void {
  const excValue = _PyErr_GetTopmostException(interp.tstate).excValue;
  if (excValue === null || excValue === interp.singletons.None || excValue === value) return;
  let o = excValue;
  let slow = o;
  let toggle = false;
  for (;;) {
    const context = (o as PyBaseExceptionObject).body.context;
    if (context === null) break;
    if (context === value) {
      (o as PyBaseExceptionObject).body.context = null;
      Py_DECREF(context);
      break;
    }
    o = context;
    if (o === slow) break;
    if (toggle) slow = (slow as PyBaseExceptionObject).body.context!;
    toggle = !toggle;
  }
  Py_INCREF(excValue);
  const b = (value as PyBaseExceptionObject).body;
  const old = b.context;
  b.context = excValue;
  Py_XDECREF(old);
}

/** Raises the exception instance `exc` (whose reference the raise takes over). CPython: _PyErr_SetObject */
export function PyErr_SetObject(interp: Interpreter, exc: PyObject): never {
  chainRaised(interp, exc);
  throw exc;
}

/** Raises `type(msg)`. CPython: PyErr_SetString (the raise is a JS throw of the exception). */
export function PyErr_SetString(interp: Interpreter, type: PyTypeObject | string, msg: string): never {
  const t = typeof type === 'string' ? interp.types.exceptions.get(type)! : type;
  return PyErr_SetObject(interp, newException(interp, t, [PyUnicode_FromString(interp, msg)]));
}

/** The exception type named `name`, e.g. 'TypeError'. */
export function excType(interp: Interpreter, name: string): PyTypeObject {
  const t = interp.types.exceptions.get(name);
  if (t === undefined) throw new Error(`no builtin exception ${name}`);
  return t;
}

// Calling an exception type. CPython: type_call (tp_new, then tp_init) with the exception types'
// BaseException_new / BaseException_init and their subtypes' versions.

/** tp_new: a new exception of `type`; `args` is the call's tuple, `kwds` its dict or null (borrowed). */
export type ExceptionNew = (interp: Interpreter, type: PyTypeObject, args: PyObject, kwds: PyObject | null) => PyObject;
/** tp_init. */
export type ExceptionInit = (interp: Interpreter, self: PyObject, args: PyObject, kwds: PyObject | null) => void;

function kwCount(kwds: PyObject | null): number {
  return kwds === null ? 0 : dictLength(kwds);
}

/** `name() takes no keyword arguments`. CPython: _PyArg_NoKeywords */
export function noKeywordsDict(interp: Interpreter, name: string, kwds: PyObject | null): void {
  if (kwCount(kwds) > 0) PyErr_SetString(interp, 'TypeError', `${name}() takes no keyword arguments`);
}

/**
 * Keyword-only optional arguments ("|$OO:name" of PyArg_ParseTupleAndKeywords with no
 * positionals): the values by name (borrowed), null where absent.
 */
function parseKeywordOnly(interp: Interpreter, kwds: PyObject | null, fname: string, names: readonly string[]): (PyObject | null)[] {
  const out: (PyObject | null)[] = names.map(() => null);
  if (kwds === null) return out;
  for (const key of dictKeys(kwds)) {
    const k = strOf(interp, key);
    const i = names.indexOf(k);
    if (i < 0) PyErr_SetString(interp, 'TypeError', `'${k}' is an invalid keyword argument for ${fname}()`);
    out[i] = PyDict_GetItem(interp, kwds, key);
  }
  return out;
}

function argsOf(exc: PyObject): PyObject[] {
  return ((exc as PyBaseExceptionObject).body.args as PyTupleObject).body;
}

// CPython: BaseException_new
export const BaseException_new: ExceptionNew = (interp, type, args) => {
  Py_INCREF(args);
  return newExceptionWithArgs(interp, type, args);
};

// CPython: BaseException_init
export const BaseException_init: ExceptionInit = (interp, self, args, kwds) => {
  noKeywordsDict(interp, self.ob_type.tp_name, kwds);
  const b = (self as PyBaseExceptionObject).body;
  const old = b.args;
  Py_INCREF(args);
  b.args = args;
  Py_DECREF(old);
};

// CPython: StopIteration_init
const StopIteration_init: ExceptionInit = (interp, self, args, kwds) => {
  BaseException_init(interp, self, args, kwds);
  const a = (args as PyTupleObject).body;
  setExcField(self, 'value', newRef(a.length > 0 ? a[0]! : interp.singletons.None));
};

// CPython: SystemExit_init
const SystemExit_init: ExceptionInit = (interp, self, args, kwds) => {
  BaseException_init(interp, self, args, kwds);
  const a = (args as PyTupleObject).body;
  if (a.length === 0) return;
  setExcField(self, 'code', newRef(a.length === 1 ? a[0]! : args));
};

/** An init that takes keyword-only fields after BaseException's (ImportError, NameError, AttributeError). */
function keywordFieldsInit(fname: string, names: readonly string[], setMsg: boolean): ExceptionInit {
  return (interp, self, args, kwds) => {
    BaseException_init(interp, self, args, null);
    const values = parseKeywordOnly(interp, kwds, fname, names);
    for (let i = 0; i < names.length; i++) if (values[i] !== null) setExcField(self, names[i]!, newRef(values[i]!));
    const a = (args as PyTupleObject).body;
    if (setMsg && a.length === 1) setExcField(self, 'msg', newRef(a[0]!));
  };
}

const SYNTAX_LOCATION = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;

// CPython: SyntaxError_init — SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
const SyntaxError_init: ExceptionInit = (interp, self, args, kwds) => {
  BaseException_init(interp, self, args, kwds);
  const a = (args as PyTupleObject).body;
  if (a.length >= 1) setExcField(self, 'msg', newRef(a[0]!));
  if (a.length !== 2) return;
  const info = PySequence_Tuple(interp, a[1]!);
  try {
    const items = (info as PyTupleObject).body;
    if (items.length < 4) PyErr_SetString(interp, 'TypeError', `function takes at least 4 arguments (${items.length} given)`);
    if (items.length > 6) PyErr_SetString(interp, 'TypeError', `function takes at most 6 arguments (${items.length} given)`);
    SYNTAX_LOCATION.forEach((name, i) => setExcField(self, name, i < items.length ? newRef(items[i]!) : null));
    if (items.length === 5) PyErr_SetString(interp, 'TypeError', 'end_offset must be provided when end_lineno is provided');
  } finally {
    Py_DECREF(info);
  }
};

/** errno values (Linux) that make OSError(errno, ...) an instance of a subclass. CPython: _PyExc_InitState's errnomap */
const ERRNO_MAP: ReadonlyMap<number, string> = new Map([
  [11, 'BlockingIOError'], [114, 'BlockingIOError'], [115, 'BlockingIOError'], [10, 'ChildProcessError'],
  [32, 'BrokenPipeError'], [108, 'BrokenPipeError'], [103, 'ConnectionAbortedError'], [111, 'ConnectionRefusedError'],
  [104, 'ConnectionResetError'], [17, 'FileExistsError'], [2, 'FileNotFoundError'], [21, 'IsADirectoryError'],
  [20, 'NotADirectoryError'], [4, 'InterruptedError'], [13, 'PermissionError'], [1, 'PermissionError'],
  [3, 'ProcessLookupError'], [110, 'TimeoutError'],
]);

// CPython: OSError_new with oserror_parse_args and oserror_init (the builtin types do all their
// work in tp_new; OSError_init does nothing for them).
const OSError_new: ExceptionNew = (interp, type, args, kwds) => {
  noKeywordsDict(interp, type.tp_name, kwds);
  const a = (args as PyTupleObject).body;
  const none = interp.singletons.None;
  let [errno, strerror, filename, filename2]: (PyObject | null)[] = [null, null, null, null];
  if (a.length >= 2 && a.length <= 5) {
    [errno, strerror] = [a[0]!, a[1]!];
    filename = a[2] ?? null;
    filename2 = a[4] ?? null;
  }
  if (errno !== null && errno.ob_type.isSubtypeOf(interp.types.int) && type === interp.types.exceptions.get('OSError') &&
    errno.body === null && ERRNO_MAP.has(errno.ival)) {
    type = interp.types.exceptions.get(ERRNO_MAP.get(errno.ival)!)!;
  }
  const self = newExceptionWithArgs(interp, type, interp.singletons.emptyTuple);
  let selfArgs = args;
  if (filename !== null && filename !== none) {
    setExcField(self, 'filename', newRef(filename));
    if (filename2 !== null && filename2 !== none) setExcField(self, 'filename2', newRef(filename2));
    // filename, winerror and filename2 are not kept in args.
    selfArgs = tupleFromItemsSteal(interp, [newRef(a[0]!), newRef(a[1]!)]);
  } else {
    Py_INCREF(args);
  }
  if (errno !== null) setExcField(self, 'myerrno', newRef(errno));
  if (strerror !== null) setExcField(self, 'strerror', newRef(strerror));
  (self as PyBaseExceptionObject).body.args = selfArgs;
  return self;
};

const OSError_init: ExceptionInit = () => {};

/** The tp_new / tp_init pairs of the builtin exception types that have their own. */
export const EXCEPTION_CTORS: Map<string, readonly [ExceptionNew, ExceptionInit]> = new Map([
  ['BaseException', [BaseException_new, BaseException_init] as const],
  ['StopIteration', [BaseException_new, StopIteration_init] as const],
  ['SystemExit', [BaseException_new, SystemExit_init] as const],
  ['ImportError', [BaseException_new, keywordFieldsInit('ImportError', ['name', 'path', 'name_from'], true)] as const],
  ['NameError', [BaseException_new, keywordFieldsInit('NameError', ['name'], false)] as const],
  ['AttributeError', [BaseException_new, keywordFieldsInit('AttributeError', ['name', 'obj'], false)] as const],
  ['OSError', [OSError_new, OSError_init] as const],
  ['SyntaxError', [BaseException_new, SyntaxError_init] as const],
  ['BaseExceptionGroup', [BaseExceptionGroup_new, BaseExceptionGroup_init] as const],
  ['UnicodeEncodeError', [BaseException_new, UnicodeEncodeError_init] as const],
  ['UnicodeDecodeError', [BaseException_new, UnicodeDecodeError_init] as const],
  ['UnicodeTranslateError', [BaseException_new, UnicodeTranslateError_init] as const],
]);

function ctorsOf(type: PyTypeObject): readonly [ExceptionNew, ExceptionInit] {
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
    const c = EXCEPTION_CTORS.get(t.tp_name);
    if (c !== undefined && isBuiltinException(t)) return c;
  }
  return EXCEPTION_CTORS.get('BaseException')!;
}

/**
 * Calling an exception type (vectorcall arguments, borrowed): the call's args tuple and keyword
 * dict are built first, as _PyObject_MakeTpCall does. CPython: type_call
 */
export function exceptionTypeCall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [argsTuple, kwds] = makeTpCallArgs(interp, args, kwnames);
  try {
    const [tpNew, tpInit] = ctorsOf(type);
    const obj = tpNew(interp, type, argsTuple, kwds);
    if (!obj.ob_type.isSubtypeOf(type)) return obj;
    try {
      tpInit(interp, obj, argsTuple, kwds);
    } catch (e) {
      Py_DECREF(obj);
      throw e;
    }
    return obj;
  } finally {
    Py_DECREF(argsTuple);
    Py_XDECREF(kwds);
  }
}


/**
 * tp_new of the exception types in the vectorcall convention the type machinery uses (for
 * subclasses and __new__): the builtin ancestor's new with an args tuple and keyword dict.
 */
function exception_tp_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [argsTuple, kwds] = makeTpCallArgs(interp, args, kwnames);
  try {
    return ctorsOf(type)[0](interp, type, argsTuple, kwds);
  } finally {
    Py_DECREF(argsTuple);
    Py_XDECREF(kwds);
  }
}

/** tp_init of the exception types (see exception_tp_new). */
function exception_tp_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const [argsTuple, kwds] = makeTpCallArgs(interp, args, kwnames);
  try {
    ctorsOf(self.ob_type)[1](interp, self, argsTuple, kwds);
  } finally {
    Py_DECREF(argsTuple);
    Py_XDECREF(kwds);
  }
}

// str() of exceptions. CPython: BaseException_str, KeyError_str,
// ImportError_str, OSError_str, BaseExceptionGroup_str.

/** str() of a SyntaxError: its msg, then the file's base name and the line when known. CPython: SyntaxError_str */
function syntaxErrorStr(interp: Interpreter, exc: PyObject): string | PyObject {
  const f = excField(exc, 'filename');
  const base = f !== null && f.ob_type.isSubtypeOf(interp.types.str) ? strOf(interp, f).replace(/^.*\//s, '') : null;
  const l = excField(exc, 'lineno');
  const lineno = l !== null && l.ob_type === interp.types.int ? strOf(interp, l) : null;
  if (base === null && lineno === null) return PyObject_Str(interp, excField(exc, 'msg') ?? interp.singletons.None);
  const msg = strOf(interp, excField(exc, 'msg') ?? interp.singletons.None);
  if (base !== null && lineno !== null) return `${msg} (${base}, line ${lineno})`;
  return base !== null ? `${msg} (${base})` : `${msg} (line ${lineno})`;
}

/** str(exc) as a JS string. */
export function exceptionStr(interp: Interpreter, exc: PyObject): string {
  const r = exceptionStrResult(interp, exc);
  if (typeof r === 'string') return r;
  const s = unicodeText(r);
  Py_DECREF(r);
  return s;
}

/**
 * str(exc): text to make a new str of, or the str object (a new reference) the type's tp_str
 * hands back as it is: a lone argument's str(), an ImportError's msg, a bare SyntaxError's str(msg).
 */
export function exceptionStrResult(interp: Interpreter, exc: PyObject): string | PyObject {
  const owner = fieldsOwner(exc.ob_type);
  const a = argsOf(exc);
  if (owner === 'OSError') {
    const f = (n: string) => excField(exc, n) ?? interp.singletons.None;
    const filename = excField(exc, 'filename');
    if (filename !== null) {
      const head = `[Errno ${strOf(interp, f('myerrno'))}] ${strOf(interp, f('strerror'))}: ${reprText(interp, filename)}`;
      const filename2 = excField(exc, 'filename2');
      return filename2 === null ? head : `${head} -> ${reprText(interp, filename2)}`;
    }
    const errno = excField(exc, 'myerrno');
    const strerror = excField(exc, 'strerror');
    if (errno !== null && strerror !== null) return `[Errno ${strOf(interp, errno)}] ${strOf(interp, strerror)}`;
  } else if (owner === 'ImportError') {
    const msg = excField(exc, 'msg');
    if (msg !== null && msg.ob_type === interp.types.str) return newRef(msg);
  } else if (owner === 'SyntaxError') {
    return syntaxErrorStr(interp, exc);
  } else if (owner === 'UnicodeError') {
    const s = unicodeErrorStr(interp, exc);
    if (s !== null) return s;
  } else if (owner === 'BaseExceptionGroup') {
    const n = (excField(exc, 'excs') as PyTupleObject).body.length;
    return `${strOf(interp, excField(exc, 'msg')!)} (${n} sub-exception${n > 1 ? 's' : ''})`;
  } else if (a.length === 1 && exc.ob_type.isSubtypeOf(interp.types.exceptions.get('KeyError')!)) {
    return reprText(interp, a[0]!);
  }
  if (a.length === 0) return '';
  if (a.length === 1) return PyObject_Str(interp, a[0]!);
  return strOf(interp, (exc as PyBaseExceptionObject).body.args);
}

// Attributes. CPython: BaseException_getset, BaseException_members and the subtypes' members.
// Members (T_OBJECT) read as None while unset and can be set to anything or deleted.

function excBody(o: PyObject): ExceptionBody {
  return (o as PyBaseExceptionObject).body;
}

function orNone(interp: Interpreter, v: PyObject | null): PyObject {
  return newRef(v ?? interp.singletons.None);
}

function mayNotBeDeleted(interp: Interpreter, name: string, value: PyObject | null): asserts value is PyObject {
  if (value === null) PyErr_SetString(interp, 'TypeError', `${name} may not be deleted`);
}

/** Replaces a body slot with a new reference to `value` (null clears it). */
function setSlot(b: ExceptionBody, key: 'traceback' | 'context' | 'cause', value: PyObject | null): void {
  const old = b[key];
  if (value !== null) Py_INCREF(value);
  b[key] = value;
  Py_XDECREF(old);
}

/** A writable T_OBJECT member stored in the exception's fields. */
function fieldMember(name: string, field = name): GetSetDef {
  return {
    name,
    get: (interp, o) => orNone(interp, excField(o, field)),
    set: (_interp, o, value) => setExcField(o, field, value === null ? null : newRef(value)),
  };
}

/** A READONLY T_OBJECT member. */
function readonlyMember(name: string, field: string): GetSetDef {
  return { name, get: (interp, o) => orNone(interp, excField(o, field)) };
}

export const BaseException_getset: readonly GetSetDef[] = [
  {
    name: 'args',
    get: (_interp, o) => newRef(excBody(o).args),
    set: (interp, o, value) => {
      mayNotBeDeleted(interp, 'args', value);
      const seq = sequenceTuple(interp, value);
      const b = excBody(o);
      const old = b.args;
      b.args = seq;
      Py_DECREF(old);
    },
  },
  {
    name: '__traceback__',
    get: (interp, o) => orNone(interp, excBody(o).traceback),
    set: (interp, o, value) => {
      mayNotBeDeleted(interp, '__traceback__', value);
      if (value === interp.singletons.None) setSlot(excBody(o), 'traceback', null);
      else if (value.ob_type === interp.types.traceback) setSlot(excBody(o), 'traceback', value);
      else PyErr_SetString(interp, 'TypeError', '__traceback__ must be a traceback or None');
    },
  },
  {
    name: '__context__',
    get: (interp, o) => orNone(interp, excBody(o).context),
    set: (interp, o, value) => {
      mayNotBeDeleted(interp, '__context__', value);
      if (value === interp.singletons.None) setSlot(excBody(o), 'context', null);
      else if (PyExceptionInstance_Check(interp, value)) setSlot(excBody(o), 'context', value);
      else PyErr_SetString(interp, 'TypeError', 'exception context must be None or derive from BaseException');
    },
  },
  {
    name: '__cause__',
    get: (interp, o) => orNone(interp, excBody(o).cause),
    set: (interp, o, value) => {
      mayNotBeDeleted(interp, '__cause__', value);
      if (value !== interp.singletons.None && !PyExceptionInstance_Check(interp, value)) {
        PyErr_SetString(interp, 'TypeError', 'exception cause must be None or derive from BaseException');
      }
      // CPython: PyException_SetCause, which also sets __suppress_context__.
      excBody(o).suppressContext = true;
      setSlot(excBody(o), 'cause', value === interp.singletons.None ? null : value);
    },
  },
  {
    // A T_BOOL member.
    name: '__suppress_context__',
    get: (interp, o) => (excBody(o).suppressContext ? interp.singletons.True : interp.singletons.False),
    set: (interp, o, value) => {
      if (value === null) PyErr_SetString(interp, 'TypeError', "can't delete numeric/char attribute");
      if (value.ob_type !== interp.types.bool) PyErr_SetString(interp, 'TypeError', 'attribute value type must be bool');
      excBody(o).suppressContext = value === interp.singletons.True;
    },
  },
];

/** tuple(value) for args: tuples as they are, other iterables item by item. CPython: PySequence_Tuple */
export function sequenceTuple(interp: Interpreter, value: PyObject): PyObject {
  if (value.ob_type === interp.types.tuple) return newRef(value);
  const it = PyObject_GetIter(interp, value);
  const items: PyObject[] = [];
  try {
    for (let v = it.ob_type.tp_iternext!(it); v !== null; v = it.ob_type.tp_iternext!(it)) items.push(v);
  } catch (e) {
    for (const v of items) Py_DECREF(v);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return tupleFromItemsSteal(interp, items);
}

// Built when the types are created: the flag constants come from a module that is still loading
// while this one is evaluated (typeobject.ts is in an import cycle with this file).
function baseExceptionMethods(): readonly MethodDef[] {
  return [
    {
      // CPython: BaseException_with_traceback
      name: 'with_traceback',
      flags: METH_O,
      impl: (interp, self, args) => {
        BaseException_getset[1]!.set!(interp, self!, args[0]!);
        return newRef(self!);
      },
    },
    {
      // CPython: BaseException_add_note
      name: 'add_note',
      flags: METH_O,
      impl: (interp, self, args) => {
        const note = args[0]!;
        if (!note.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `note must be a str, not '${note.ob_type.tp_name}'`);
        const name = internedStr(interp, '__notes__');
        let notes = PyObject_LookupAttr(interp, self!, name);
        if (notes === null) {
          notes = PyList_New(interp, 0);
          try {
            PyObject_SetAttr(interp, self!, name, notes);
          } catch (e) {
            Py_DECREF(notes);
            throw e;
          }
        } else if (!PyList_Check(notes)) {
          Py_DECREF(notes);
          PyErr_SetString(interp, 'TypeError', 'Cannot add note: __notes__ is not a list');
        }
        PyList_Append(notes, note);
        Py_DECREF(notes);
        return interp.singletons.None;
      },
    },
  ];
}

/** The members each builtin exception type adds, by type name. */
export const EXCEPTION_MEMBERS: ReadonlyMap<string, readonly GetSetDef[]> = new Map([
  ['StopIteration', [fieldMember('value')]],
  ['SystemExit', [fieldMember('code')]],
  ['ImportError', [fieldMember('msg'), fieldMember('name'), fieldMember('path'), fieldMember('name_from')]],
  ['OSError', [fieldMember('errno', 'myerrno'), fieldMember('strerror'), fieldMember('filename'), fieldMember('filename2')]],
  ['NameError', [fieldMember('name')]],
  ['AttributeError', [fieldMember('name'), fieldMember('obj')]],
  ['SyntaxError', ['msg', ...SYNTAX_LOCATION, 'print_file_and_line'].map((n) => fieldMember(n))],
  ['BaseExceptionGroup', [readonlyMember('message', 'msg'), readonlyMember('exceptions', 'excs')]],
  ['UnicodeEncodeError', UNICODE_ERROR_MEMBERS],
  ['UnicodeDecodeError', UNICODE_ERROR_MEMBERS],
  ['UnicodeTranslateError', UNICODE_ERROR_MEMBERS],
]);

/** Raises NameError(msg) with .name set (for the suggestions of the display). CPython: format_exc_check_arg */
export function raiseNameErrorFor(interp: Interpreter, msg: string, name: PyObject): never {
  const exc = newException(interp, excType(interp, 'NameError'), [PyUnicode_FromString(interp, msg)]);
  setExcField(exc, 'name', newRef(name));
  return PyErr_SetObject(interp, exc);
}

/** Whether the exception (or exception class) `err` matches `exc`, a class or a tuple of them. CPython: PyErr_GivenExceptionMatches */
export function givenExceptionMatches(interp: Interpreter, err: PyObject, exc: PyObject): boolean {
  if (exc.ob_type === interp.types.tuple) {
    for (const e of (exc as PyTupleObject).body) if (givenExceptionMatches(interp, err, e)) return true;
    return false;
  }
  const errType = PyExceptionInstance_Check(interp, err) ? err.ob_type : err;
  if (PyExceptionClass_Check(interp, errType) && PyExceptionClass_Check(interp, exc)) {
    return (errType as PyTypeObject).isSubtypeOf(exc as PyTypeObject);
  }
  return errType === exc;
}

