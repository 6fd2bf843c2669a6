// Reporting an exception that no code can catch (a generator's close() failing as it dies,
// later __del__ methods and callbacks) through sys.unraisablehook. CPython: Python/errors.c
// (PyErr_WriteUnraisable, _PyErr_WriteUnraisableMsg, make_unraisable_hook_args,
// _PyErr_WriteUnraisableDefaultHook).
import type { Interpreter } from './interpreter.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyErr_SetString, type PyBaseExceptionObject } from '../objects/exceptions.ts';
import { PyTraceBack_Here } from '../objects/traceback.ts';
import { PerInterpreter } from './perinterp.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem } from '../objects/dictobject.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';
import { structSeqNew, structSeqType } from '../objects/structseq.ts';
import type { PyTupleObject } from '../objects/tupleobject.ts';
import type { PyTypeObject } from '../objects/typeobject.ts';
import { toPyException } from '../vm/ceval_support.ts';

/**
 * Writes the default report of `exc` raised while handling `obj` (null: none), under `errMsg`
 * ("Exception ignored in" when null); installed by whoever owns stderr.
 */
export type UnraisableHook = (exc: PyObject, obj: PyObject | null, errMsg: string | null) => void;

const hooks = new PerInterpreter<UnraisableHook>();

export function setUnraisableHook(interp: Interpreter, hook: UnraisableHook | null): void {
  if (hook === null) hooks.delete(interp);
  else hooks.set(interp, hook);
}

// CPython: UnraisableHookArgsType
function unraisableArgsType(interp: Interpreter): PyTypeObject {
  return structSeqType(interp, {
    name: 'UnraisableHookArgs',
    doc: 'UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.',
    fields: ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'],
    nInSequence: 5,
    instantiable: true,
  });
}

/**
 * Reports `exc` (taken over) as raised while handling `obj`; `errMsg` such as "in atexit
 * callback" makes the first line "Exception ignored in atexit callback: repr(obj)". A
 * sys.unraisablehook that fails is reported itself by the default hook.
 * CPython: PyErr_WriteUnraisable, _PyErr_WriteUnraisableMsg
 */
export function PyErr_WriteUnraisable(interp: Interpreter, exc: PyObject, obj: PyObject | null, errMsg?: string): void {
  try {
    // An exception that never passed through a frame shows where the report is made from.
    const f = interp.tstate.frame;
    if ((exc as PyBaseExceptionObject).body.traceback === null && f !== null) PyTraceBack_Here(interp, exc, f);
    const msg = errMsg === undefined ? null : `Exception ignored ${errMsg}`;
    const sysDict = interp.sysDict;
    const hook = sysDict === null ? null : PyDict_GetItem(interp, sysDict, internedStr(interp, 'unraisablehook'));
    if (hook === null || hook === interp.singletons.None) {
      hooks.get(interp)?.(exc, obj, msg);
      return;
    }
    Py_NewRef(hook);
    try {
      const s = interp.singletons;
      const tb = (exc as PyBaseExceptionObject).body.traceback ?? s.None;
      const args = structSeqNew(interp, unraisableArgsType(interp), [
        Py_NewRef(exc.ob_type), Py_NewRef(exc), Py_NewRef(tb), msg === null ? Py_NewRef(s.None) : PyUnicode_FromString(interp, msg), Py_NewRef(obj ?? s.None),
      ]);
      try {
        Py_DECREF(PyObject_Vectorcall(interp, hook, [args], null));
      } finally {
        Py_DECREF(args);
      }
    } catch (e) {
      const failed = toPyException(interp, e);
      hooks.get(interp)?.(failed, hook, 'Exception ignored in sys.unraisablehook');
      Py_DECREF(failed);
    } finally {
      Py_DECREF(hook);
    }
  } finally {
    Py_DECREF(exc);
  }
}

/**
 * sys.unraisablehook's default (sys.__unraisablehook__): writes the report of an
 * UnraisableHookArgs. CPython: _PyErr_WriteUnraisableDefaultHook
 */
export function unraisableHookDefault(interp: Interpreter, args: PyObject): void {
  if (args.ob_type !== unraisableArgsType(interp)) PyErr_SetString(interp, 'TypeError', 'sys.unraisablehook argument type must be UnraisableHookArgs');
  const [, value, , msg, obj] = (args as PyTupleObject).body;
  const none = interp.singletons.None;
  if (value === undefined || value === none) return;
  hooks.get(interp)?.(value, obj === undefined || obj === none ? null : obj, msg === undefined || msg === none ? null : unicodeText(msg));
}
