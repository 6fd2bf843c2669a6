// generator, and what coroutines and async generators share with it. CPython:
// Objects/genobject.c (make_gen, gen_send_ex2, gen_send_ex, gen_iternext, _gen_throw,
// gen_close, gen_close_iter, _PyGen_yf, _PyGen_Finalize, gen_dealloc, gen_repr, the gi_*
// getters). A generator owns the frame its function's call made (moved there by
// RETURN_GENERATOR); sending into it resumes that frame in a nested run of the eval loop.
import { CO_ASYNC_GENERATOR, CO_COROUTINE } from '../compiler/code.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { Op } from '../bytecode/opcodes.ts';
import { evalFrame } from '../vm/ceval.ts';
import { _PyFrame_Traverse, frameHooks, getFrameObject } from '../vm/frameobject.ts';
import { Frame, type ErrStackItem, type ThreadState, FRAME_CLEARED, FRAME_COMPLETED, FRAME_CREATED, FRAME_EXECUTING, FRAME_SUSPENDED } from '../vm/frame.ts';
import { allocObject, freeObject } from './alloc.ts';
import { checkPositional } from './args.ts';
import { internedStr, type CodeBody, type PyCodeObject } from './codeobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { PyObject_LookupAttr } from './attributes.ts';
import { PyObject_Vectorcall } from './call.ts';
import { PyErr_WriteUnraisable } from '../runtime/unraisable.ts';
import { warnUnawaitedCoroutine } from '../modules/warningsmodule.ts';
import { chainRaised, excType, newException, PyErr_SetObject, PyErr_SetString, type PyBaseExceptionObject } from './exceptions.ts';
import type { PyFunctionObject } from './funcobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';
import type { PyTupleObject } from './tupleobject.ts';
import { PyTypeObject, type GetSetDef, type MethodDef, METH_FASTCALL, METH_NOARGS, METH_O, type visitproc } from './typeobject.ts';

export interface GenBody {
  /** gi_iframe: the frame, owned by the generator. */
  readonly frame: Frame;
  /** gi_name, gi_qualname. */
  name: PyObject;
  qualname: PyObject;
  /** gi_frame_state (FRAME_CREATED ... FRAME_CLEARED). */
  state: number;
  /** Set once tp_finalize ran (CPython keeps this bit in the GC header). */
  finalized: boolean;
  /** gi_exc_state: the exception the generator's code is handling, kept across yields. */
  readonly excState: ErrStackItem;
  /** Async generators only: ag_closed, ag_running_async. */
  closed: boolean;
  runningAsync: boolean;
}

export interface PyGenObject extends PyObject {
  body: GenBody;
}

/** offsetof(PyGenObject, gi_iframe) + offsetof(_PyInterpreterFrame, localsplus) on 64-bit 3.12. */
const GEN_BASICSIZE = 144;

/** A generator's bytes: the header and its frame's slots (locals and value stack). */
function genSize(co: CodeBody): number {
  return GEN_BASICSIZE + 8 * (co.nlocalsplus + co.stacksize);
}


/** The kind's word in messages: 'generator', 'coroutine' or 'async generator'. */
export function genKind(gen: PyObject): string {
  const t = gen.ob_type.tp_interp.types;
  return gen.ob_type === t.coroutine ? 'coroutine' : gen.ob_type === t.async_generator ? 'async generator' : 'generator';
}

/**
 * A new generator (or coroutine, or async generator, by the code's flags) taking over `frame`,
 * which has just run RETURN_GENERATOR. CPython: _Py_MakeCoro / make_gen
 */
export function PyGen_NewFromFrame(interp: Interpreter, frame: Frame): PyObject {
  const func = frame.func as PyFunctionObject;
  const flags = (frame.code as PyCodeObject).body.desc.co_flags;
  const t = interp.types;
  const type = flags & CO_COROUTINE ? t.coroutine : flags & CO_ASYNC_GENERATOR ? t.async_generator : t.generator;
  const co = frame.co;
  const body: GenBody = {
    frame,
    name: Py_NewRef(func.body.name),
    qualname: Py_NewRef(func.body.qualname),
    state: FRAME_CREATED,
    finalized: false,
    excState: { excValue: null, previous: null },
    closed: false,
    runningAsync: false,
  };
  const gen = allocObject(interp, type, genSize(co), 0, body);
  frame.gen = gen as PyGenObject;
  return gen;
}

/** Whether the last gen_send_ex2 returned (the frame finished) rather than yielded. */
let lastReturned = false;

/** After gen_send_ex2: true when its result is the return value (PYGEN_RETURN). */
export function genReturned(): boolean {
  return lastReturned;
}

/**
 * Resumes the generator with `arg` (null from next()) or throws `exc` (a new reference, taken
 * over) into it. Returns the yielded or returned value (genReturned() tells which), or null
 * when an exhausted or None-returning generator was advanced by next() (no exception: CPython's
 * PYGEN_ERROR without an error set). Other errors are thrown. CPython: gen_send_ex2
 */
export function gen_send_ex2(interp: Interpreter, gen: PyObject, arg: PyObject | null, exc: PyObject | null, closing: boolean): PyObject | null {
  const b = (gen as PyGenObject).body;
  const s = interp.singletons;
  lastReturned = false;
  try {
    if (b.state === FRAME_CREATED && arg !== null && arg !== s.None) {
      PyErr_SetString(interp, 'TypeError', `can't send non-None value to a just-started ${genKind(gen)}`);
    }
    if (b.state === FRAME_EXECUTING) PyErr_SetString(interp, 'ValueError', `${genKind(gen)} already executing`);
  } catch (e) {
    Py_XDECREF(exc);
    throw e;
  }
  if (b.state >= FRAME_COMPLETED) {
    if (gen.ob_type === interp.types.coroutine && !closing) {
      Py_XDECREF(exc);
      PyErr_SetString(interp, 'RuntimeError', 'cannot reuse already awaited coroutine');
    }
    if (exc !== null) throw exc;
    if (arg !== null) {
      lastReturned = true;
      return s.None;
    }
    return null;
  }
  const f = b.frame;
  const v = arg ?? s.None;
  Py_INCREF(v);
  f.localsplus[f.sp++] = v;
  // The generator's handled exception is the innermost while it runs (YIELD_VALUE and the
  // frame's end put the thread's back).
  const tstate = interp.tstate;
  const es = b.excState;
  es.previous = tstate.excInfo;
  tstate.excInfo = es;
  // CPython: _PyErr_ChainStackItem — a thrown exception's context is the generator's own.
  if (exc !== null && es.excValue !== null && es.excValue !== s.None) chainRaised(interp, exc);
  b.state = FRAME_EXECUTING;
  let result: PyObject;
  try {
    result = evalFrame(interp, tstate, f, exc);
  } catch (e) {
    endExcState(tstate, b);
    throw e;
  }
  if (b.state !== FRAME_SUSPENDED) endExcState(tstate, b);
  // Nested sends ran meanwhile: the flag is set only now.
  if (b.state === FRAME_SUSPENDED) {
    lastReturned = false;
    return result;
  }
  if (result === s.None && arg === null) {
    Py_DECREF(result);
    lastReturned = false;
    return null;
  }
  lastReturned = true;
  return result;
}

/** The frame finished: the thread's handled exception is back, the generator's is dropped.
 * CPython: clear_gen_frame, _PyErr_ClearExcState */
function endExcState(tstate: ThreadState, b: GenBody): void {
  const es = b.excState;
  if (tstate.excInfo === es) tstate.excInfo = es.previous!;
  es.previous = null;
  const old = es.excValue;
  es.excValue = null;
  Py_XDECREF(old);
}

/** StopIteration carrying `value` (borrowed), thrown. CPython: _PyGen_SetStopIterationValue */
export function raiseStopIteration(interp: Interpreter, value: PyObject | null): never {
  const args = value === null ? [] : [Py_NewRef(value)];
  return PyErr_SetObject(interp, newException(interp, excType(interp, 'StopIteration'), args));
}

/**
 * send()/throw() semantics: the next yielded value, or StopIteration(return value) thrown.
 * CPython: gen_send_ex
 */
export function gen_send_ex(interp: Interpreter, gen: PyObject, arg: PyObject | null, exc: PyObject | null, closing: boolean): PyObject {
  const r = gen_send_ex2(interp, gen, arg, exc, closing);
  const isAsyncGen = gen.ob_type === interp.types.async_generator;
  // r is null only for an async generator's __anext__ (no value sent), at its end.
  if (r === null && !isAsyncGen) return PyErr_SetString(interp, 'SystemError', 'error return without exception set');
  if (r !== null && !lastReturned) return r;
  if (isAsyncGen) {
    Py_XDECREF(r);
    PyErr_SetObject(interp, newException(interp, excType(interp, 'StopAsyncIteration'), []));
  }
  if (r === null) return PyErr_SetString(interp, 'SystemError', 'error return without exception set');
  try {
    raiseStopIteration(interp, r === interp.singletons.None ? null : r);
  } finally {
    Py_DECREF(r);
  }
}

// CPython: gen_iternext — a return value other than None becomes StopIteration(value).
export function gen_iternext(gen: PyObject): PyObject | null {
  const interp = gen.ob_type.tp_interp;
  const r = gen_send_ex2(interp, gen, null, null, false);
  if (r === null || !lastReturned) return r;
  try {
    raiseStopIteration(interp, r);
  } finally {
    Py_DECREF(r);
  }
}

// CPython: PyObject_SelfIter
export function gen_iter(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

/**
 * The iterator a suspended `yield from` / `await` delegates to (a new reference), or null.
 * The instruction after the frame's YIELD_VALUE is RESUME 2 or 3 there. CPython: _PyGen_yf
 */
export function _PyGen_yf(gen: PyObject): PyObject | null {
  const b = (gen as PyGenObject).body;
  if (b.state >= FRAME_CLEARED || b.state === FRAME_CREATED) return null;
  const f = b.frame;
  const next = f.co.units[f.instr + 1]!;
  if ((next & 0xff) !== Op.RESUME || next >>> 8 < 2) return null;
  return Py_NewRef(f.localsplus[f.sp - 1]!);
}

/** The exception instance throw() raises for (typ, val, tb); a new reference. */
function throwArgument(interp: Interpreter, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  const s = interp.singletons;
  if (tb !== null && tb !== s.None && tb.ob_type !== interp.types.traceback) {
    PyErr_SetString(interp, 'TypeError', 'throw() third argument must be a traceback object');
  }
  const base = excType(interp, 'BaseException');
  if (typ instanceof PyTypeObject && typ.isSubtypeOf(base)) {
    // CPython: PyErr_NormalizeException — an instance of the class is used as it is, else the
    // class is called with the value (a tuple as the arguments, None as none).
    if (val !== null && val.ob_type.isSubtypeOf(typ)) return Py_NewRef(val);
    const args = val === null || val === s.None ? [] : val.ob_type === interp.types.tuple ? (val as PyTupleObject).body : [val];
    if (typ.tp_vectorcall === null) return PyErr_SetString(interp, 'SystemError', `Glasspy does not implement calling ${typ.tp_name} here yet`);
    return typ.tp_vectorcall(typ, args, null);
  }
  if (typ.ob_type.isSubtypeOf(base)) {
    if (val !== null && val !== s.None) PyErr_SetString(interp, 'TypeError', 'instance exception may not have a separate value');
    return Py_NewRef(typ);
  }
  return PyErr_SetString(interp, 'TypeError', `exceptions must be classes or instances deriving from BaseException, not ${typ.ob_type.tp_name}`);
}

/**
 * Calls o.name(*args) when o has that attribute; undefined when it does not.
 * CPython: _PyObject_LookupAttr then a call (gen_close_iter, _gen_throw)
 */
export function callAttrIfExists(interp: Interpreter, o: PyObject, name: string, args: readonly PyObject[]): PyObject | undefined {
  const meth = PyObject_LookupAttr(interp, o, internedStr(interp, name));
  if (meth === null) return undefined;
  try {
    return PyObject_Vectorcall(interp, meth, args, null);
  } finally {
    Py_DECREF(meth);
  }
}

/** Closes what a `yield from` delegates to; returns the exception that raised, else null.
 * CPython: gen_close_iter */
function gen_close_iter(interp: Interpreter, yf: PyObject): PyObject | null {
  const t = interp.types;
  try {
    if (yf.ob_type === t.generator || yf.ob_type === t.coroutine) {
      Py_DECREF(gen_close(interp, yf));
    } else {
      let meth: PyObject | null = null;
      try {
        meth = PyObject_LookupAttr(interp, yf, internedStr(interp, 'close'));
      } catch (e) {
        PyErr_WriteUnraisable(interp, e as PyObject, yf);
      }
      if (meth !== null) {
        try {
          Py_DECREF(PyObject_Vectorcall(interp, meth, [], null));
        } finally {
          Py_DECREF(meth);
        }
      }
    }
  } catch (e) {
    return e as PyObject;
  }
  return null;
}

/**
 * throw(): raises the exception at the generator's suspension point, or in what it delegates
 * to. `closeOnGenExit` is false for async generators' athrow. CPython: _gen_throw
 */
export function _gen_throw(interp: Interpreter, gen: PyObject, closeOnGenExit: boolean, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  const b = (gen as PyGenObject).body;
  const t = interp.types;
  const yf = _PyGen_yf(gen);
  if (yf !== null) {
    let failed: PyObject | null = null;
    let ret: PyObject | null = null;
    const genExit = excType(interp, 'GeneratorExit');
    const isGenExit = typ === genExit || (typ instanceof PyTypeObject ? typ.isSubtypeOf(genExit) : typ.ob_type.isSubtypeOf(genExit));
    if (isGenExit && closeOnGenExit) {
      const state = b.state;
      b.state = FRAME_EXECUTING;
      failed = gen_close_iter(interp, yf);
      b.state = state;
      Py_DECREF(yf);
      if (failed !== null) return gen_send_ex(interp, gen, interp.singletons.None, failed, false);
      return throwHere(interp, gen, typ, val, tb);
    }
    const state = b.state;
    b.state = FRAME_EXECUTING;
    try {
      if (yf.ob_type === t.generator || yf.ob_type === t.coroutine) {
        // The delegating frame is on the chain while the inner one runs, for tracebacks.
        const tstate = interp.tstate;
        const f = b.frame;
        f.previous = tstate.frame;
        tstate.frame = f;
        try {
          ret = _gen_throw(interp, yf, closeOnGenExit, typ, val, tb);
        } finally {
          tstate.frame = f.previous;
          f.previous = null;
        }
      } else {
        const args = tb !== null ? [typ, val ?? interp.singletons.None, tb] : val !== null ? [typ, val] : [typ];
        ret = callAttrIfExists(interp, yf, 'throw', args) ?? null;
        if (ret === null) {
          b.state = state;
          Py_DECREF(yf);
          return throwHere(interp, gen, typ, val, tb);
        }
      }
    } catch (e) {
      failed = e as PyObject;
    } finally {
      b.state = state;
    }
    Py_DECREF(yf);
    if (failed !== null) return gen_send_ex(interp, gen, interp.singletons.None, failed, false);
    return ret!;
  }
  return throwHere(interp, gen, typ, val, tb);
}

// CPython: the throw_here label of _gen_throw
function throwHere(interp: Interpreter, gen: PyObject, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  const exc = throwArgument(interp, typ, val, tb);
  if (tb !== null && tb !== interp.singletons.None) {
    const eb = (exc as PyBaseExceptionObject).body;
    Py_INCREF(tb);
    Py_XDECREF(eb.traceback);
    eb.traceback = tb;
  }
  return gen_send_ex(interp, gen, interp.singletons.None, exc, false);
}

// CPython: gen_throw (METH_FASTCALL: typ[, val[, tb]])
function gen_throw_meth(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'throw', args.length, 1, 3);
  return _gen_throw(interp, self!, true, args[0]!, args[1] ?? null, args[2] ?? null);
}

/**
 * close(): GeneratorExit at the suspension point; returns None, or raises RuntimeError when
 * the generator yields instead of finishing. CPython: gen_close
 */
export function gen_close(interp: Interpreter, gen: PyObject): PyObject {
  const b = (gen as PyGenObject).body;
  const s = interp.singletons;
  if (b.state === FRAME_CREATED) {
    b.state = FRAME_COMPLETED;
    return s.None;
  }
  if (b.state >= FRAME_COMPLETED) return s.None;
  let err: PyObject | null = null;
  const yf = _PyGen_yf(gen);
  if (yf !== null) {
    const state = b.state;
    b.state = FRAME_EXECUTING;
    err = gen_close_iter(interp, yf);
    b.state = state;
    Py_DECREF(yf);
  }
  // 3.12.1 throws GeneratorExit in even when no handler encloses the yield: the frame ends
  // by the exception (a frame object held elsewhere keeps its locals).
  const exc = err ?? newException(interp, excType(interp, 'GeneratorExit'), []);
  let retval: PyObject;
  try {
    retval = gen_send_ex(interp, gen, s.None, exc, true);
  } catch (e) {
    const raised = e as PyObject;
    if (raised.ob_type.isSubtypeOf(excType(interp, 'StopIteration')) || raised.ob_type.isSubtypeOf(excType(interp, 'GeneratorExit'))) {
      Py_DECREF(raised);
      return s.None;
    }
    throw raised;
  }
  Py_DECREF(retval);
  const kind = gen.ob_type === interp.types.async_generator ? 'async generator' : genKind(gen);
  return PyErr_SetString(interp, 'RuntimeError', `${kind} ignored GeneratorExit`);
}

/**
 * Closes a suspended generator that is about to die; an error is reported as unraisable.
 * CPython: _PyGen_Finalize
 */
export function gen_finalize(interp: Interpreter, gen: PyObject): void {
  const b = (gen as PyGenObject).body;
  if (b.state >= FRAME_COMPLETED) return;
  // A coroutine that was never started is not closed: it is reported.
  if (b.state === FRAME_CREATED) {
    if (gen.ob_type === interp.types.coroutine) warnUnawaitedCoroutine(interp, gen, b.qualname);
    return;
  }
  try {
    Py_DECREF(gen_close(interp, gen));
  } catch (e) {
    PyErr_WriteUnraisable(interp, e as PyObject, gen);
  }
}

frameHooks.finalizeGenerator = gen_finalize;

// CPython: gen_dealloc — a suspended generator is closed first (PyObject_CallFinalizerFromDealloc,
// which resurrects the object while its finally blocks run).
export function gen_dealloc(o: PyObject): void {
  const b = (o as PyGenObject).body;
  const interp = o.ob_type.tp_interp;
  if (!b.finalized && b.state < FRAME_COMPLETED && (b.state !== FRAME_CREATED || o.ob_type === interp.types.coroutine)) {
    b.finalized = true;
    o.ob_refcnt = 1;
    gen_finalize(interp, o);
    if (--o.ob_refcnt !== 0) return;
  }
  const f = b.frame;
  if (b.state < FRAME_CLEARED) {
    b.state = FRAME_CLEARED;
    f.previous = null;
    f.clear(f.sp);
  }
  Py_DECREF(f.code);
  Py_DECREF(b.name);
  Py_DECREF(b.qualname);
  const handled = b.excState.excValue;
  b.excState.excValue = null;
  Py_XDECREF(handled);
  freeObject(o);
}

/** The names, the frame until it is cleared, then the exception being handled. CPython: gen_traverse */
export function gen_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = (o as PyGenObject).body;
  visit(b.name, arg);
  visit(b.qualname, arg);
  if (b.state < FRAME_CLEARED) _PyFrame_Traverse(b.frame, visit, arg);
  const handled = b.excState.excValue;
  // (None here is CPython's NULL: nothing handled.)
  if (handled !== null && handled !== o.ob_type.tp_interp.singletons.None) visit(handled, arg);
}

/** The collector closes a suspended generator in a cycle before breaking the cycle. CPython: _PyGen_Finalize */
export function gen_tp_finalize(o: PyObject): void {
  (o as PyGenObject).body.finalized = true;
  gen_finalize(o.ob_type.tp_interp, o);
}

// CPython: gen_repr, coro_repr, async_gen_repr
export function gen_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return PyUnicode_FromString(interp, `<${o.ob_type.tp_name} object ${text((o as PyGenObject).body.qualname)} at 0x${o.addr.toString(16)}>`);
}

/** __sizeof__ of generators, coroutines and async generators. CPython: gen_sizeof */
export const gen_sizeof_method: MethodDef = {
  name: '__sizeof__', flags: METH_NOARGS, impl: (interp, self) => PyLong_FromNumber(interp, genSize(((self as PyGenObject).body.frame.code as PyCodeObject).body)),
};

export const gen_methods: readonly MethodDef[] = [
  gen_sizeof_method,
  { name: 'send', flags: METH_O, impl: (interp, self, args) => gen_send_ex(interp, self!, args[0]!, null, false) },
  { name: 'throw', flags: METH_FASTCALL, impl: gen_throw_meth },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => gen_close(interp, self!) },
];

function setName(field: 'name' | 'qualname') {
  return (interp: Interpreter, o: PyObject, value: PyObject | null) => {
    if (value === null || !value.ob_type.isSubtypeOf(interp.types.str)) {
      PyErr_SetString(interp, 'TypeError', `__${field}__ must be set to a string object`);
    }
    const b = (o as PyGenObject).body;
    const old = b[field];
    b[field] = Py_NewRef(value);
    Py_DECREF(old);
  };
}

/** The attributes of the three kinds, with their prefix: gi_, cr_ or ag_. */
export function gen_getset(prefix: string): GetSetDef[] {
  const bool = (interp: Interpreter, v: boolean) => (v ? interp.singletons.True : interp.singletons.False);
  return [
    { name: '__name__', get: (_i, o) => Py_NewRef((o as PyGenObject).body.name), set: setName('name') },
    { name: '__qualname__', get: (_i, o) => Py_NewRef((o as PyGenObject).body.qualname), set: setName('qualname') },
    { name: `${prefix}_code`, get: (_i, o) => Py_NewRef((o as PyGenObject).body.frame.code) },
    {
      name: `${prefix}_frame`,
      get: (interp, o) => {
        const b = (o as PyGenObject).body;
        if (b.state >= FRAME_COMPLETED) return interp.singletons.None;
        return Py_NewRef(getFrameObject(interp, b.frame));
      },
    },
    {
      // An async generator's ag_running is ag_running_async (CPython: async_gen_memberlist).
      name: `${prefix}_running`,
      get: (interp, o) => {
        const b = (o as PyGenObject).body;
        return bool(interp, prefix === 'ag' ? b.runningAsync : b.state === FRAME_EXECUTING);
      },
    },
    { name: `${prefix}_suspended`, get: (interp, o) => bool(interp, (o as PyGenObject).body.state === FRAME_SUSPENDED) },
    { name: prefix === 'gi' ? 'gi_yieldfrom' : `${prefix}_await`, get: (interp, o) => _PyGen_yf(o) ?? interp.singletons.None },
  ];
}
