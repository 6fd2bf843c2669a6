// _thread.RLock: a lock its owning thread may take again; the owner releases it as many times.
// CPython: Modules/_threadmodule.c (rlockobject).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { freeObject } from '../../objects/alloc.ts';
import { longValue, PyLong_FromBigInt, PyLong_FromNumber } from '../../objects/longobject.ts';
import type { PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, METH_VARARGS, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { allocInstance, createModuleType } from '../modsupport.ts';
import { acquireTimeout, waitForever } from './acquire.ts';
import { threadIdent } from './threadstate.ts';

interface RLockBody {
  /** rlock_owner: the owning thread's ident, 0n when free. */
  owner: bigint;
  /** rlock_count */
  count: number;
}

export interface PyRLockObject extends PyObject {
  body: RLockBody;
}

/** sizeof(rlockobject) on 64-bit 3.12. */
const SIZEOF_RLOCKOBJECT = 48;

function rlock_dealloc(o: PyObject): void {
  freeObject(o);
}

// CPython: rlock_new (the arguments are ignored)
function rlock_new(type: PyTypeObject): PyObject {
  return allocInstance(type.tp_interp, type, SIZEOF_RLOCKOBJECT, 0, { owner: 0n, count: 0 } satisfies RLockBody);
}

// CPython: rlock_acquire
function rlock_acquire(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const b = (self as PyRLockObject).body;
  const timeout = acquireTimeout(interp, args, kwnames);
  const me = threadIdent(interp);
  if (b.count > 0 && b.owner === me) {
    if (b.count === 0xffffffff) PyErr_SetString(interp, 'OverflowError', 'Internal lock count overflowed');
    b.count++;
    return interp.singletons.True;
  }
  if (b.count > 0) {
    if (timeout !== 0n) waitForever(interp, timeout);
    return interp.singletons.False;
  }
  b.owner = me;
  b.count = 1;
  return interp.singletons.True;
}

// CPython: rlock_release
function rlock_release(interp: Interpreter, self: PyObject | null): PyObject {
  const b = (self as PyRLockObject).body;
  if (b.count === 0 || b.owner !== threadIdent(interp)) PyErr_SetString(interp, 'RuntimeError', 'cannot release un-acquired lock');
  if (--b.count === 0) b.owner = 0n;
  return interp.singletons.None;
}

// CPython: rlock_release_save
function rlock_release_save(interp: Interpreter, self: PyObject | null): PyObject {
  const b = (self as PyRLockObject).body;
  if (b.count === 0) PyErr_SetString(interp, 'RuntimeError', 'cannot release un-acquired lock');
  const count = b.count;
  const owner = b.owner;
  b.count = 0;
  b.owner = 0n;
  return tupleFromItemsSteal(interp, [PyLong_FromNumber(interp, count), PyLong_FromBigInt(interp, owner)]);
}

// CPython: rlock_acquire_restore
function rlock_acquire_restore(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const b = (self as PyRLockObject).body;
  const state = args[0]!;
  if (!state.ob_type.isSubtypeOf(interp.types.tuple)) PyErr_SetString(interp, 'TypeError', `_acquire_restore() argument must be tuple, not ${state.ob_type.tp_name}`);
  const items = (state as PyTupleObject).body;
  if (items.length !== 2) PyErr_SetString(interp, 'TypeError', `_acquire_restore() argument must be a 2-tuple`);
  if (b.count > 0) waitForever(interp, -1n);
  b.count = Number(longValue(items[0]!));
  b.owner = BigInt(longValue(items[1]!));
  return interp.singletons.None;
}

function rlock_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = (o as PyRLockObject).body;
  const state = b.count > 0 ? 'locked' : 'unlocked';
  return PyUnicode_FromString(interp, `<${state} ${o.ob_type.tp_name} object owner=${b.owner} count=${b.count} at 0x${o.addr.toString(16)}>`);
}

const ACQUIRE = METH_FASTCALL | METH_KEYWORDS;
const RLOCK_METHODS: MethodDef[] = [
  { name: 'acquire', flags: ACQUIRE, impl: rlock_acquire },
  { name: 'release', flags: METH_NOARGS, impl: (interp, self) => rlock_release(interp, self) },
  { name: '_is_owned', flags: METH_NOARGS, impl: (interp, self) => {
    const b = (self as PyRLockObject).body;
    return b.count > 0 && b.owner === threadIdent(interp) ? interp.singletons.True : interp.singletons.False;
  } },
  { name: '_recursion_count', flags: METH_NOARGS, impl: (interp, self) => {
    const b = (self as PyRLockObject).body;
    return PyLong_FromNumber(interp, b.owner === threadIdent(interp) ? b.count : 0);
  } },
  { name: '_acquire_restore', flags: METH_O, impl: (interp, self, args) => rlock_acquire_restore(interp, self, args) },
  { name: '_release_save', flags: METH_NOARGS, impl: (interp, self) => rlock_release_save(interp, self) },
  { name: '_at_fork_reinit', flags: METH_NOARGS, impl: (interp, self) => {
    const b = (self as PyRLockObject).body;
    b.owner = 0n;
    b.count = 0;
    return interp.singletons.None;
  } },
  { name: '__enter__', flags: ACQUIRE, impl: rlock_acquire },
  { name: '__exit__', flags: METH_VARARGS, impl: (interp, self) => rlock_release(interp, self) },
];

export function createRLockType(interp: Interpreter): PyTypeObject {
  return createModuleType(interp, {
    name: '_thread.RLock', basicsize: SIZEOF_RLOCKOBJECT, dealloc: rlock_dealloc, repr: rlock_repr, new: rlock_new,
    methods: RLOCK_METHODS, weaklist: true,
  });
}
