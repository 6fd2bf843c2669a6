// _thread.lock: a lock that any thread may release. CPython: Modules/_threadmodule.c (lockobject).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { noArgs } from '../../objects/args.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { freeObject } from '../../objects/alloc.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_VARARGS, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { allocInstance, createModuleType } from '../modsupport.ts';
import { acquireTimeout, waitForever } from './acquire.ts';

export interface PyLockObject extends PyObject {
  /** Whether the lock is held. */
  body: { locked: boolean };
}

/** sizeof(lockobject) on 64-bit 3.12. */
const SIZEOF_LOCKOBJECT = 40;

function lock_dealloc(o: PyObject): void {
  freeObject(o);
}

/** A new, unlocked lock. CPython: newlockobject */
export function newLock(interp: Interpreter, type: PyTypeObject): PyLockObject {
  return allocInstance(interp, type, SIZEOF_LOCKOBJECT, 0, { locked: false }) as PyLockObject;
}

// CPython: lock_PyThread_acquire_lock
function lock_acquire(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const b = (self as PyLockObject).body;
  const timeout = acquireTimeout(interp, args, kwnames);
  if (b.locked) {
    if (timeout !== 0n) waitForever(interp, timeout);
    return interp.singletons.False;
  }
  b.locked = true;
  return interp.singletons.True;
}

// CPython: lock_PyThread_release_lock (__exit__ takes any arguments)
function lock_release(interp: Interpreter, self: PyObject | null): PyObject {
  const b = (self as PyLockObject).body;
  if (!b.locked) PyErr_SetString(interp, 'RuntimeError', 'release unlocked lock');
  b.locked = false;
  return interp.singletons.None;
}

function lock_locked(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kw: PyObject | null): PyObject {
  noArgs(interp, 'locked', args, kw);
  return (self as PyLockObject).body.locked ? interp.singletons.True : interp.singletons.False;
}

// CPython: lock_repr
function lock_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const state = (o as PyLockObject).body.locked ? 'locked' : 'unlocked';
  return PyUnicode_FromString(interp, `<${state} ${o.ob_type.tp_name} object at 0x${o.addr.toString(16)}>`);
}

const ACQUIRE = METH_FASTCALL | METH_KEYWORDS;
const LOCK_METHODS: MethodDef[] = [
  { name: 'acquire_lock', flags: ACQUIRE, impl: lock_acquire },
  { name: 'acquire', flags: ACQUIRE, impl: lock_acquire },
  { name: 'release_lock', flags: METH_NOARGS, impl: (interp, self) => lock_release(interp, self) },
  { name: 'release', flags: METH_NOARGS, impl: (interp, self) => lock_release(interp, self) },
  { name: 'locked_lock', flags: METH_NOARGS, impl: lock_locked },
  { name: 'locked', flags: METH_NOARGS, impl: lock_locked },
  { name: '__enter__', flags: ACQUIRE, impl: lock_acquire },
  { name: '__exit__', flags: METH_VARARGS, impl: (interp, self) => lock_release(interp, self) },
  { name: '_at_fork_reinit', flags: METH_NOARGS, impl: (interp, self) => {
    (self as PyLockObject).body.locked = false;
    return Py_NewRef(interp.singletons.None);
  } },
];

const LOCK_DOC = `A lock object is a synchronization primitive.  To create a lock,
call threading.Lock().  Methods are:

acquire() -- lock the lock, possibly blocking until it can be obtained
release() -- unlock of the lock
locked() -- test whether the lock is currently locked

A lock is not owned by the thread that locked it; another thread may
unlock it.  A thread attempting to lock a lock that it has already locked
will block until another thread unlocks it.  Deadlocks may ensue.`;

export function createLockType(interp: Interpreter): PyTypeObject {
  return createModuleType(interp, {
    name: '_thread.lock', basicsize: SIZEOF_LOCKOBJECT, subclassable: false, dealloc: lock_dealloc, repr: lock_repr,
    methods: LOCK_METHODS, doc: LOCK_DOC, weaklist: true,
  });
}
