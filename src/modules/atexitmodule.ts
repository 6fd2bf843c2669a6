// The atexit module: functions called, last registered first, when the interpreter finalizes
// (before the standard streams are flushed and the modules torn down); what one raises is
// reported and the others still run. CPython: Modules/atexitmodule.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { dictKeys, PyDict_GetItem, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { PyObject_RichCompareBool, Py_EQ } from '../objects/objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { noArgs } from '../objects/args.ts';

/** One registered call: func(*args, **kwargs). CPython: atexit_callback */
export interface AtexitCallback {
  readonly func: PyObject;
  readonly args: PyObject;
  readonly kwargs: PyObject | null;
}

function clearCallback(cb: AtexitCallback): void {
  Py_DECREF(cb.func);
  Py_DECREF(cb.args);
  Py_XDECREF(cb.kwargs);
}

/** func(*args, **kwargs) */
function callWith(interp: Interpreter, cb: AtexitCallback): PyObject {
  const argv = [...(cb.args as PyTupleObject).body];
  if (cb.kwargs === null) return PyObject_Vectorcall(interp, cb.func, argv, null);
  const names = dictKeys(cb.kwargs);
  for (const k of names) argv.push(PyDict_GetItem(interp, cb.kwargs, k)!);
  const kwnames = tupleFromItemsSteal(interp, names.map((k) => Py_NewRef(k)));
  try {
    return PyObject_Vectorcall(interp, cb.func, argv, kwnames);
  } finally {
    Py_DECREF(kwnames);
  }
}

/** Calls the registered functions, newest first, and forgets them. CPython: atexit_callfuncs */
export function atexitCallFuncs(interp: Interpreter): void {
  const cbs = interp.atexitCallbacks;
  for (let i = cbs.length - 1; i >= 0; i--) {
    const cb = cbs[i];
    if (cb === null || cb === undefined) continue;
    // The callback can unregister others: the array stays, its slot is what counts.
    cbs[i] = null;
    try {
      Py_DECREF(callWith(interp, cb));
    } catch (e) {
      if ((e as PyObject).ob_type === undefined) throw e;
      interp.writeUnraisable(e as PyObject, cb.func, 'in atexit callback');
    } finally {
      clearCallback(cb);
    }
  }
  cbs.length = 0;
}

function clearAll(interp: Interpreter): void {
  const cbs = interp.atexitCallbacks.splice(0);
  for (const cb of cbs) if (cb !== null) clearCallback(cb);
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  // CPython: atexit_register
  ['register', (interp, _s, args, kwnames) => {
    const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
    const npos = args.length - kw.length;
    if (npos < 1) PyErr_SetString(interp, 'TypeError', `register() takes at least 1 argument (${npos} given)`);
    const func = args[0]!;
    if (func.ob_type.tp_call === null) PyErr_SetString(interp, 'TypeError', 'the first argument must be callable');
    let kwargs: PyObject | null = null;
    if (kw.length > 0) {
      kwargs = PyDict_New(interp);
      kw.forEach((k, i) => PyDict_SetItem(interp, kwargs!, k, args[npos + i]!));
    }
    const callArgs = tupleFromItemsSteal(interp, args.slice(1, npos).map((a) => Py_NewRef(a)));
    interp.atexitCallbacks.push({ func: Py_NewRef(func), args: callArgs, kwargs });
    return Py_NewRef(func);
  }],
  // CPython: atexit_unregister (compares with ==; the count of slots does not shrink)
  ['unregister', (interp, _s, args, kw) => {
    if (kw !== null && (kw.body as PyObject[]).length > 0) PyErr_SetString(interp, 'TypeError', 'unregister() takes no keyword arguments');
    if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `atexit.unregister() takes exactly one argument (${args.length} given)`);
    const cbs = interp.atexitCallbacks;
    for (let i = 0; i < cbs.length; i++) {
      const cb = cbs[i];
      if (cb === null || cb === undefined) continue;
      if (PyObject_RichCompareBool(interp, cb.func, args[0]!, Py_EQ)) {
        cbs[i] = null;
        clearCallback(cb);
      }
    }
    return interp.singletons.None;
  }],
  ['_run_exitfuncs', (interp, _s, args, kw) => {
    noArgs(interp, '_run_exitfuncs', args, kw);
    atexitCallFuncs(interp);
    return interp.singletons.None;
  }],
  ['_clear', (interp, _s, args, kw) => {
    noArgs(interp, '_clear', args, kw);
    clearAll(interp);
    return interp.singletons.None;
  }],
  ['_ncallbacks', (interp, _s, args, kw) => {
    noArgs(interp, '_ncallbacks', args, kw);
    return PyLong_FromNumber(interp, interp.atexitCallbacks.length);
  }],
];

const DOC = `allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
`;

export function createAtexitModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'atexit'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, DOC));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}
