// The builtins module's dict: the functions implemented so far. CPython: Python/bltinmodule.c
// (builtin_print_impl, builtin_len, _PyBuiltin_Init).
import { withArgsTuple } from '../objects/call_args.ts';
import type { Interpreter } from './interpreter.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { excType, newException, PyErr_SetObject, PyErr_SetString } from '../objects/exceptions.ts';
import { checkPositional, noKeywords, oneArg } from '../objects/args.ts';
import { PyAnextAwaitable_New } from '../objects/anextawaitableobject.ts';
import { PyCallIter_New } from '../objects/iterobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue, PyObject_Size, PyObject_Str, reprText, strOf } from '../objects/objectops.ts';
import type { PyTupleObject } from '../objects/tupleobject.ts';
import { PyUnicode_New, unicodeText as text } from '../objects/unicodeobject.ts';
import { isPlainTextIOWrapper, textWrite } from '../modules/_io/textio.ts';
import { fileFlush, fileGetLine, fileWriteObject, fileWriteString, sysGet } from './sysstreams.ts';
import { toPyException } from '../vm/ceval.ts';
import { addTextBuiltins } from './bltin_str.ts';
import { addContainerBuiltins } from './bltin_containers.ts';
import { addObjectBuiltins } from './bltin_objects.ts';
import { addExecBuiltins } from './bltin_exec.ts';
import { addNumberBuiltins } from './bltin_num.ts';


/** print(*objects, sep=' ', end='\n', file=None, flush=False). CPython: builtin_print_impl */
const builtinPrint: BuiltinImpl = withArgsTuple((interp, _self, args, kwnames) => {
  const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
  const npos = args.length - kw.length;
  const s = interp.singletons;
  let sep: PyObject = s.None;
  let end: PyObject = s.None;
  let file: PyObject = s.None;
  let flushObj: PyObject = s.False;
  for (let i = 0; i < kw.length; i++) {
    const name = text(kw[i]!);
    const v = args[npos + i]!;
    if (name === 'sep') sep = v;
    else if (name === 'end') end = v;
    else if (name === 'file') file = v;
    else if (name === 'flush') flushObj = v;
    else PyErr_SetString(interp, 'TypeError', `'${name}' is an invalid keyword argument for print()`);
  }
  const flush = flushObj !== s.False && PyObject_IsTrue(interp, flushObj);
  if (file === s.None) {
    const f = sysGet(interp, 'stdout');
    if (f === null) PyErr_SetString(interp, 'RuntimeError', 'lost sys.stdout');
    // sys.stdout may be None when there is no standard output.
    if (f === s.None) return s.None;
    file = f;
  }
  const str = interp.types.str;
  if (sep !== s.None && !sep.ob_type.isSubtypeOf(str)) PyErr_SetString(interp, 'TypeError', `sep must be None or a string, not ${sep.ob_type.tp_name}`);
  if (end !== s.None && !end.ob_type.isSubtypeOf(str)) PyErr_SetString(interp, 'TypeError', `end must be None or a string, not ${end.ob_type.tp_name}`);
  // The file is kept alive while written to, as CPython's borrowed sys.stdout is by the sys dict.
  Py_INCREF(file);
  try {
    // An exact TextIOWrapper is written to without looking up its write method for each piece.
    if (isPlainTextIOWrapper(interp, file)) {
      const sepText = sep === s.None ? ' ' : text(sep);
      for (let i = 0; i < npos; i++) {
        if (i > 0) textWrite(interp, file, sepText);
        const v = args[i]!;
        if (v.ob_type === str) textWrite(interp, file, text(v));
        else {
          const piece = PyObject_Str(interp, v);
          try {
            textWrite(interp, file, text(piece));
          } finally {
            Py_DECREF(piece);
          }
        }
      }
      textWrite(interp, file, end === s.None ? '\n' : text(end));
      if (flush) fileFlush(interp, file);
      return s.None;
    }
    for (let i = 0; i < npos; i++) {
      if (i > 0) {
        if (sep === s.None) fileWriteString(interp, file, ' ');
        else fileWriteObject(interp, file, sep);
      }
      fileWriteObject(interp, file, args[i]!);
    }
    if (end === s.None) fileWriteString(interp, file, '\n');
    else fileWriteObject(interp, file, end);
    if (flush) fileFlush(interp, file);
  } finally {
    Py_DECREF(file);
  }
  return s.None;
}, false);

/** input(prompt=None, /). CPython: builtin_input_impl (the non-interactive path) */
const builtinInput: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'input', kwnames);
  checkPositional(interp, 'input', args.length, 0, 1);
  const none = interp.singletons.None;
  const get = (name: string) => {
    const f = sysGet(interp, name);
    if (f === null || f === none) PyErr_SetString(interp, 'RuntimeError', `input(): lost sys.${name}`);
    return f;
  };
  const fin = get('stdin');
  const fout = get('stdout');
  const ferr = get('stderr');
  try {
    fileFlush(interp, ferr);
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
  }
  if (args.length > 0) fileWriteObject(interp, fout, args[0]!);
  fileFlush(interp, fout);
  return fileGetLine(interp, fin);
};

// CPython: builtin_len (METH_O)
const builtinLen: BuiltinImpl = (interp, _self, args, kwnames) => {
  if (kwnames !== null && (kwnames as PyTupleObject).body.length > 0) PyErr_SetString(interp, 'TypeError', 'len() takes no keyword arguments');
  if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `len() takes exactly one argument (${args.length} given)`);
  return PyLong_FromNumber(interp, PyObject_Size(interp, args[0]!));
};

// --- iteration builtins: next, iter ---

// CPython: builtin_next (METH_FASTCALL)
const builtinNext: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'next', kwnames);
  checkPositional(interp, 'next', args.length, 1, 2);
  const it = args[0]!;
  const next = it.ob_type.tp_iternext;
  if (next === null) PyErr_SetString(interp, 'TypeError', `'${it.ob_type.tp_name}' object is not an iterator`);
  if (args.length === 1) {
    const res = next(it);
    if (res === null) PyErr_SetObject(interp, newException(interp, excType(interp, 'StopIteration'), []));
    return res;
  }
  const res = PyIter_Next(interp, it);
  return res ?? Py_NewRef(args[1]!);
};

// CPython: builtin_iter (METH_FASTCALL)
const builtinIter: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'iter', kwnames);
  checkPositional(interp, 'iter', args.length, 1, 2);
  if (args.length === 1) return PyObject_GetIter(interp, args[0]!);
  if (args[0]!.ob_type.tp_call === null) PyErr_SetString(interp, 'TypeError', 'iter(object, sentinel): object must be callable');
  return PyCallIter_New(interp, args[0]!, args[1]!);
};

// CPython: builtin_aiter (METH_O) via PyObject_GetAIter
const builtinAiter: BuiltinImpl = (interp, _self, args, kwnames) => {
  const o = oneArg(interp, 'aiter', args, kwnames);
  const f = o.ob_type.tp_as_async?.am_aiter;
  if (f === undefined) PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object is not an async iterable`);
  const it = f(o);
  if (it.ob_type.tp_as_async?.am_anext === undefined) {
    Py_DECREF(it);
    PyErr_SetString(interp, 'TypeError', `aiter() returned not an async iterator of type '${it.ob_type.tp_name}'`);
  }
  return it;
};

// CPython: builtin_anext_impl — the awaitable of __anext__(), with the default when given.
const builtinAnext: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'anext', kwnames);
  if (args.length < 1) PyErr_SetString(interp, 'TypeError', `anext expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) PyErr_SetString(interp, 'TypeError', `anext expected at most 2 arguments, got ${args.length}`);
  const it = args[0]!;
  const f = it.ob_type.tp_as_async?.am_anext;
  if (f === undefined) PyErr_SetString(interp, 'TypeError', `'${it.ob_type.tp_name}' object is not an async iterator`);
  const awaitable = f(it);
  if (args.length === 1) return awaitable;
  try {
    return PyAnextAwaitable_New(interp, awaitable, args[1]!);
  } finally {
    Py_DECREF(awaitable);
  }
};

/** breakpoint(*args, **kws): sys.breakpointhook(*args, **kws). CPython: builtin_breakpoint */
const builtinBreakpoint: BuiltinImpl = (interp, _self, args, kwnames) => {
  const sys = PyDict_GetItem(interp, interp.modules, internedStr(interp, 'sys'));
  const hook = sys === null || sys.ob_dict === null ? null : PyDict_GetItem(interp, sys.ob_dict, internedStr(interp, 'breakpointhook'));
  if (hook === null) PyErr_SetString(interp, 'RuntimeError', 'lost sys.breakpointhook');
  Py_NewRef(hook);
  try {
    return PyObject_Vectorcall(interp, hook, args, kwnames);
  } finally {
    Py_DECREF(hook);
  }
};

// --- end of the iteration builtins ---

/**
 * sys.displayhook until the sys module exists: what the expression statements of 'single' mode
 * show. builtins._ is None while the repr is written. CPython: sys_displayhook
 */
function makeDisplayHook(interp: Interpreter, builtins: PyObject): (value: PyObject) => void {
  return (value) => {
    const None = interp.singletons.None;
    if (value === None) return;
    const underscore = internedStr(interp, '_');
    PyDict_SetItem(interp, builtins, underscore, None);
    const out = sysGet(interp, 'stdout');
    if (out === null || out === None) PyErr_SetString(interp, 'RuntimeError', 'lost sys.stdout');
    fileWriteString(interp, out, reprText(interp, value));
    fileWriteString(interp, out, '\n');
    PyDict_SetItem(interp, builtins, underscore, value);
  };
}

/** Creates the builtins dict and makes it the interpreter's. CPython: _PyBuiltin_Init */
export function initBuiltins(interp: Interpreter): PyObject {
  const d = PyDict_New(interp);
  const set = (name: string, v: PyObject) => {
    PyDict_SetItem(interp, d, internedStr(interp, name), v);
    Py_DECREF(v);
  };
  // CPython: _PyModule_CreateInitialized names the module with PyUnicode_FromString (not interned)
  set('__name__', PyUnicode_New(interp, 'builtins'));
  set('None', interp.singletons.None);
  set('NotImplemented', interp.singletons.NotImplemented);
  set('Ellipsis', interp.singletons.Ellipsis);
  set('False', interp.singletons.False);
  set('True', interp.singletons.True);
  set('len', PyCFunction_New(interp, 'len', builtinLen, null));
  set('print', PyCFunction_New(interp, 'print', builtinPrint, null));
  set('input', PyCFunction_New(interp, 'input', builtinInput, null));
  set('range', interp.types.range);
  set('next', PyCFunction_New(interp, 'next', builtinNext, null));
  set('iter', PyCFunction_New(interp, 'iter', builtinIter, null));
  set('aiter', PyCFunction_New(interp, 'aiter', builtinAiter, null));
  set('anext', PyCFunction_New(interp, 'anext', builtinAnext, null));
  set('breakpoint', PyCFunction_New(interp, 'breakpoint', builtinBreakpoint, null));
  addTextBuiltins(interp, set, (name, impl) => PyCFunction_New(interp, name, impl, null));
  addContainerBuiltins(interp, set);
  addObjectBuiltins(interp, set, (name, impl) => PyCFunction_New(interp, name, impl, null));
  addExecBuiltins(set, (name, impl) => PyCFunction_New(interp, name, impl, null));
  addNumberBuiltins(interp, set, (name, impl) => PyCFunction_New(interp, name, impl, null));
  interp.displayHook = makeDisplayHook(interp, d);
  // CPython: _PyBuiltins_AddExceptions, with the OSError aliases.
  for (const [name, t] of interp.types.exceptions) set(name, t);
  for (const alias of ['EnvironmentError', 'IOError']) set(alias, interp.types.exceptions.get('OSError')!);
  interp.builtinsDict = d;
  return d;
}
