// Reporting an exception that no code can catch (a generator's close() failing as it dies,
// later __del__ methods and callbacks). CPython: Python/errors.c (PyErr_WriteUnraisable,
// write_unraisable_exc with the default sys.unraisablehook).
import type { Interpreter } from './interpreter.ts';
import { Py_DECREF, type PyObject } from '../objects/object.ts';
import type { PyBaseExceptionObject } from '../objects/exceptions.ts';
import { PyTraceBack_Here } from '../objects/traceback.ts';
import { PerInterpreter } from './perinterp.ts';

/**
 * Writes the report for (exception, object), its first line `message` when given (else
 * "Exception ignored in: repr(obj)"); installed by whoever owns stderr.
 */
export type UnraisableHook = (exc: PyObject, obj: PyObject | null, message?: string) => void;

const hooks = new PerInterpreter<UnraisableHook>();

export function setUnraisableHook(interp: Interpreter, hook: UnraisableHook | null): void {
  if (hook === null) hooks.delete(interp);
  else hooks.set(interp, hook);
}

/**
 * Reports `exc` (taken over) as raised while handling `obj`, or under `message` (CPython:
 * PyErr_FormatUnraisable). CPython: PyErr_WriteUnraisable
 */
export function PyErr_WriteUnraisable(interp: Interpreter, exc: PyObject, obj: PyObject | null, message?: string): void {
  try {
    // An exception that never passed through a frame shows where the report is made from.
    const f = interp.tstate.frame;
    if ((exc as PyBaseExceptionObject).body.traceback === null && f !== null) PyTraceBack_Here(interp, exc, f);
    hooks.get(interp)?.(exc, obj, message);
  } finally {
    Py_DECREF(exc);
  }
}
