// sys.audit and sys.addaudithook: hooks called with an event name and a tuple of arguments.
// Besides the events a program raises itself, they hear those the runtime raises through
// PySys_Audit (so far the gc module's). CPython: Python/sysmodule.c (sys_audit, sys_addaudithook, PySys_Audit)
import type { Interpreter } from '../runtime/interpreter.ts';
import { noKeywords } from '../objects/args.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import type { BuiltinImpl } from '../objects/methodobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { dropException, isExcOf } from './modsupport.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';

/** The hooks of each interpreter, in the order they were added; they live as long as it does. */
const hooks = new PerInterpreter<PyObject[]>();

function hooksOf(interp: Interpreter): PyObject[] {
  let h = hooks.get(interp);
  if (h === undefined) hooks.set(interp, (h = []));
  return h;
}

/** Releases the interpreter's hooks at its end. CPython: interpreter_clear (Py_CLEAR(interp->audit_hooks)) */
export function clearAuditHooks(interp: Interpreter): void {
  const list = hooks.get(interp);
  if (list === undefined) return;
  hooks.set(interp, []);
  for (const hook of list) Py_DECREF(hook);
}

/** Calls every hook with (event, args), args a tuple of the given objects (borrowed). CPython: sys_audit_tstate */
function callHooks(interp: Interpreter, event: PyObject, args: readonly PyObject[]): void {
  const list = hooksOf(interp);
  if (list.length === 0) return;
  const tuple = tupleFromItemsSteal(interp, args.map((a) => Py_NewRef(a)));
  try {
    for (const hook of list) Py_DECREF(PyObject_Vectorcall(interp, hook, [event, tuple], null));
  } finally {
    Py_DECREF(tuple);
  }
}

/**
 * Raises the audit event `event` with the given arguments (borrowed); nothing is built when no
 * hook is installed. An exception from a hook propagates. CPython: PySys_Audit
 */
export function PySys_Audit(interp: Interpreter, event: string, args: readonly PyObject[]): void {
  if (hooksOf(interp).length === 0) return;
  const name = PyUnicode_FromString(interp, event);
  try {
    callHooks(interp, name, args);
  } finally {
    Py_DECREF(name);
  }
}

export const AUDIT_FUNCTIONS: readonly [string, BuiltinImpl][] = [
  ['audit', (interp, _s, args, kw) => {
    noKeywords(interp, 'sys.audit', kw);
    if (args.length === 0) PyErr_SetString(interp, 'TypeError', "audit() missing 1 required positional argument: 'event'");
    if (hooksOf(interp).length === 0) return Py_NewRef(interp.singletons.None);
    const event = args[0]!;
    if (!event.ob_type.isSubtypeOf(interp.types.str)) {
      PyErr_SetString(interp, 'TypeError', `expected str for argument 'event', not ${event.ob_type.tp_name}`);
    }
    callHooks(interp, event, args.slice(1));
    return Py_NewRef(interp.singletons.None);
  }],
  // CPython: sys_addaudithook_impl — the hooks already there hear of the new one first; a
  // RuntimeError from them keeps it out, silently.
  ['addaudithook', (interp, _s, args, kw) => {
    const [hook] = unpackKeywords(interp, 'addaudithook', ['hook'], 0, 1, 1, args, kw);
    const event = PyUnicode_FromString(interp, 'sys.addaudithook');
    try {
      callHooks(interp, event, []);
    } catch (e) {
      if (!isExcOf(interp, e, 'RuntimeError')) throw e;
      dropException(e);
      return Py_NewRef(interp.singletons.None);
    } finally {
      Py_DECREF(event);
    }
    hooksOf(interp).push(Py_NewRef(hook!));
    return Py_NewRef(interp.singletons.None);
  }],
];
