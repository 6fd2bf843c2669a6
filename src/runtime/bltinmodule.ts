// The builtins module's dict: the functions implemented so far. CPython: Python/bltinmodule.c
// (builtin_print_impl, builtin_len, _PyBuiltin_Init).
import type { Interpreter } from './interpreter.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { excType, newException, PyErr_SetObject, PyErr_SetString } from '../objects/exceptions.ts';
import { checkPositional, noKeywords } from '../objects/args.ts';
import { PyCallIter_New } from '../objects/iterobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue, PyObject_Size, reprText, strOf } from '../objects/objectops.ts';
import type { PyTupleObject } from '../objects/tupleobject.ts';
import { unicodeText as text } from '../objects/unicodeobject.ts';
import type { TextStream } from './stdio.ts';
import { addTextBuiltins } from './bltin_str.ts';
import { addContainerBuiltins } from './bltin_containers.ts';
import { addObjectBuiltins } from './bltin_objects.ts';
import { addExecBuiltins } from './bltin_exec.ts';


/** print(*objects, sep=' ', end='\n', file=None, flush=False). CPython: builtin_print_impl */
function makePrint(stdout: TextStream): BuiltinImpl {
  return (interp, _self, args, kwnames) => {
    const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
    const npos = args.length - kw.length;
    const s = interp.singletons;
    let sep: PyObject = s.None;
    let end: PyObject = s.None;
    let file: PyObject = s.None;
    let flush: PyObject = s.False;
    for (let i = 0; i < kw.length; i++) {
      const name = text(kw[i]!);
      const v = args[npos + i]!;
      if (name === 'sep') sep = v;
      else if (name === 'end') end = v;
      else if (name === 'file') file = v;
      else if (name === 'flush') flush = v;
      else PyErr_SetString(interp, 'TypeError', `'${name}' is an invalid keyword argument for print()`);
    }
    const str = interp.types.str;
    if (sep !== s.None && !sep.ob_type.isSubtypeOf(str)) PyErr_SetString(interp, 'TypeError', `sep must be None or a string, not ${sep.ob_type.tp_name}`);
    if (end !== s.None && !end.ob_type.isSubtypeOf(str)) PyErr_SetString(interp, 'TypeError', `end must be None or a string, not ${end.ob_type.tp_name}`);
    if (file !== s.None) PyErr_SetString(interp, 'SystemError', 'Glasspy does not implement print(file=...) yet');
    const sepText = sep === s.None ? ' ' : text(sep);
    // Each piece is written as soon as it is converted, as CPython's PyFile_WriteObject calls do.
    for (let i = 0; i < npos; i++) {
      if (i > 0) stdout.write(sepText);
      stdout.write(strOf(interp, args[i]!));
    }
    stdout.write(end === s.None ? '\n' : text(end));
    if (PyObject_IsTrue(interp, flush)) stdout.flush();
    return s.None;
  };
}

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

// --- end of the iteration builtins ---

/**
 * sys.displayhook until the sys module exists: what the expression statements of 'single' mode
 * show. builtins._ is None while the repr is written. CPython: sys_displayhook
 */
function makeDisplayHook(interp: Interpreter, builtins: PyObject, stdout: TextStream): (value: PyObject) => void {
  return (value) => {
    const None = interp.singletons.None;
    if (value === None) return;
    const underscore = internedStr(interp, '_');
    PyDict_SetItem(interp, builtins, underscore, None);
    stdout.write(reprText(interp, value));
    stdout.write('\n');
    PyDict_SetItem(interp, builtins, underscore, value);
  };
}

/** Creates the builtins dict and makes it the interpreter's. CPython: _PyBuiltin_Init */
export function initBuiltins(interp: Interpreter, stdout: TextStream): PyObject {
  const d = PyDict_New(interp);
  const set = (name: string, v: PyObject) => {
    PyDict_SetItem(interp, d, internedStr(interp, name), v);
    Py_DECREF(v);
  };
  set('__name__', internedStr(interp, 'builtins'));
  set('None', interp.singletons.None);
  set('NotImplemented', interp.singletons.NotImplemented);
  set('False', interp.singletons.False);
  set('True', interp.singletons.True);
  set('len', PyCFunction_New(interp, 'len', builtinLen, null));
  set('print', PyCFunction_New(interp, 'print', makePrint(stdout), null));
  set('range', interp.types.range);
  set('next', PyCFunction_New(interp, 'next', builtinNext, null));
  set('iter', PyCFunction_New(interp, 'iter', builtinIter, null));
  addTextBuiltins(interp, set, (name, impl) => PyCFunction_New(interp, name, impl, null));
  addContainerBuiltins(interp, set);
  addObjectBuiltins(interp, set, (name, impl) => PyCFunction_New(interp, name, impl, null));
  addExecBuiltins(set, (name, impl) => PyCFunction_New(interp, name, impl, null));
  interp.displayHook = makeDisplayHook(interp, d, stdout);
  // CPython: _PyBuiltins_AddExceptions, with the OSError aliases.
  for (const [name, t] of interp.types.exceptions) set(name, t);
  for (const alias of ['EnvironmentError', 'IOError']) set(alias, interp.types.exceptions.get('OSError')!);
  interp.builtinsDict = d;
  return d;
}
