// The _thread module, for the one thread Glasspy runs until threads come with the GIL: locks,
// identifiers, stack_size; start_new_thread() fails as when the system cannot create a thread.
// CPython: Modules/_threadmodule.c.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { checkPositional, noArgs, noKeywords } from '../../objects/args.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { excType, newException, PyErr_SetString } from '../../objects/exceptions.ts';
import { PyFloat_FromDouble } from '../../objects/floatobject.ts';
import { indexValueOf } from '../../objects/abstract.ts';
import { PyLong_FromBigInt, PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { moduleState } from '../modsupport.ts';
import { TIMEOUT_MAX } from './acquire.ts';
import { addPendingCall } from '../../vm/eval_breaker.ts';
import { createLockType, newLock } from './lockobject.ts';
import { createRLockType } from './rlockobject.ts';
import { threadIdent } from './threadstate.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';

const threadState = moduleState((interp) => ({ lock: createLockType(interp), rlock: createRLockType(interp), stackSize: 0 }));

const allocateLock: BuiltinImpl = (interp, _s, args, kw) => {
  noArgs(interp, 'allocate_lock', args, kw);
  return newLock(interp, threadState(interp).lock);
};

const exitThread: BuiltinImpl = (interp, _s, args, kw) => {
  noArgs(interp, 'exit', args, kw);
  throw newException(interp, excType(interp, 'SystemExit'), []);
};

const startNewThread: BuiltinImpl = (interp, _s, args, kw) => {
  noKeywords(interp, 'start_new_thread', kw);
  if (args.length < 2) PyErr_SetString(interp, 'TypeError', `start_new_thread expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) PyErr_SetString(interp, 'TypeError', `start_new_thread expected at most 3 arguments, got ${args.length}`);
  const [func, fargs, fkw] = args;
  if (func!.ob_type.tp_call === null) PyErr_SetString(interp, 'TypeError', 'first arg must be callable');
  if (!fargs!.ob_type.isSubtypeOf(interp.types.tuple)) PyErr_SetString(interp, 'TypeError', '2nd arg must be a tuple');
  if (fkw !== undefined && !fkw.ob_type.isSubtypeOf(interp.types.dict)) PyErr_SetString(interp, 'TypeError', 'optional 3rd arg must be a dictionary');
  return PyErr_SetString(interp, 'RuntimeError', "can't start new thread");
};

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['start_new_thread', startNewThread],
  ['start_new', startNewThread],
  ['daemon_threads_allowed', (interp, _s, args, kw) => {
    noArgs(interp, 'daemon_threads_allowed', args, kw);
    return interp.singletons.True;
  }],
  ['allocate_lock', allocateLock],
  ['allocate', allocateLock],
  ['exit_thread', exitThread],
  ['exit', exitThread],
  // CPython: thread_PyThread_interrupt_main (SIGINT's default handler raises KeyboardInterrupt)
  ['interrupt_main', (interp, _s, args, kw) => {
    noKeywords(interp, 'interrupt_main', kw);
    checkPositional(interp, 'interrupt_main', args.length, 0, 1);
    addPendingCall(interp, () => {
      throw newException(interp, excType(interp, 'KeyboardInterrupt'), []);
    });
    return interp.singletons.None;
  }],
  ['get_ident', (interp, _s, args, kw) => {
    noArgs(interp, 'get_ident', args, kw);
    return PyLong_FromBigInt(interp, threadIdent(interp));
  }],
  ['get_native_id', (interp, _s, args, kw) => {
    noArgs(interp, 'get_native_id', args, kw);
    return PyLong_FromNumber(interp, 1);
  }],
  ['_count', (interp, _s, args, kw) => {
    noArgs(interp, '_count', args, kw);
    return PyLong_FromNumber(interp, 0);
  }],
  // CPython: thread_stack_size (0 or at least 32 KiB)
  ['stack_size', (interp, _s, args, kw) => {
    noKeywords(interp, 'stack_size', kw);
    checkPositional(interp, 'stack_size', args.length, 0, 1);
    const state = threadState(interp);
    const old = state.stackSize;
    if (args.length === 1) {
      const v = indexValueOf(interp, args[0]!);
      if (v < 0) PyErr_SetString(interp, 'ValueError', 'size must be 0 or a positive value');
      if (v !== 0 && v < 32768) PyErr_SetString(interp, 'ValueError', `size not valid: ${v} bytes`);
      state.stackSize = Number(v);
    }
    return PyLong_FromNumber(interp, old);
  }],
  ['_set_sentinel', (interp, _s, args, kw) => {
    noArgs(interp, '_set_sentinel', args, kw);
    return newLock(interp, threadState(interp).lock);
  }],
  ['_is_main_interpreter', (interp, _s, args, kw) => {
    noArgs(interp, '_is_main_interpreter', args, kw);
    return interp.singletons.True;
  }],
];

const MODULE_DOC = "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.";

export function createThreadModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_thread'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, MODULE_DOC));
  const state = threadState(interp);
  const add = (name: string, t: PyTypeObject) => moduleAdd(interp, m, name, Py_NewRef(t));
  add('LockType', state.lock);
  add('RLock', state.rlock);
  moduleAdd(interp, m, 'error', Py_NewRef(excType(interp, 'RuntimeError')));
  moduleAdd(interp, m, 'TIMEOUT_MAX', PyFloat_FromDouble(interp, TIMEOUT_MAX));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}
