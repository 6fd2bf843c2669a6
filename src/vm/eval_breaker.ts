// The eval breaker: work that must run between bytecodes — pending calls, an exception set
// asynchronously for a thread, the collections the garbage collector schedules, and later the
// GIL's drop requests and signal handlers. The loop tests one number at its check points
// (RESUME, JUMP_BACKWARD, after calls that are not Python functions: src/vm/call_sites.ts), as
// CPython 3.12's does, and comes here only when it is not zero.
// CPython: Python/ceval_gil.c (_Py_HandlePending, _PyEval_AddPendingCall, make_pending_calls,
// PyThreadState_SetAsyncExc's handling).
import type { Interpreter } from '../runtime/interpreter.ts';
import type { PyObject } from '../objects/object.ts';
import { PyErr_SetObject } from '../objects/exceptions.ts';
import type { ThreadState } from './frame.ts';
import { BREAK_REFCHECK, checkRefInvariants } from './refcheck.ts';
import { runScheduledGC } from '../memory/gc.ts';

/** The reasons a check point may stop (bits of EvalBreaker.flags). */
export const BREAK_PENDING_CALLS = 1;
export const BREAK_ASYNC_EXC = 2;
/** (BREAK_REFCHECK, 4, is the GLASSPY_REFCHECK=2 switch's: refcheck.ts.) */
/** An allocation scheduled an automatic collection (CPython: gc_scheduled). */
export const BREAK_GC = 8;
/** A memory sampler is running (the _glasspy_memory module's): it reads its clock at check points. */
export const BREAK_MEMSAMPLE = 16;

/** Most pending calls queued at once. CPython: NPENDINGCALLS */
const NPENDINGCALLS = 32;

/** Per interpreter. CPython: struct _ceval_state (eval_breaker, pending). */
export class EvalBreaker {
  /** Non-zero when a check point has work: the one field the loop reads. */
  flags = 0;
  readonly pendingCalls: (() => void)[] = [];
  /** Set while pending calls run, so that they are not re-entered. CPython: pending.busy */
  busy = false;
  /** Called at check points while BREAK_MEMSAMPLE is set. */
  memSampler: (() => void) | null = null;
}

/**
 * Queues `fn` to run in the main thread at the next check point; false when the queue is full.
 * An exception `fn` throws is raised where the loop stopped. CPython: Py_AddPendingCall
 */
export function addPendingCall(interp: Interpreter, fn: () => void): boolean {
  const eb = interp.evalBreaker;
  if (eb.pendingCalls.length >= NPENDINGCALLS) return false;
  eb.pendingCalls.push(fn);
  eb.flags |= BREAK_PENDING_CALLS;
  return true;
}

/** Makes the thread raise `exc` (a new reference, taken over) at its next check point. CPython: PyThreadState_SetAsyncExc */
export function setAsyncExc(interp: Interpreter, tstate: ThreadState, exc: PyObject): void {
  tstate.asyncExc = exc;
  interp.evalBreaker.flags |= BREAK_ASYNC_EXC;
}

/** Does what a check point found to do; may raise. CPython: _Py_HandlePending */
export function handleEvalBreaker(interp: Interpreter, tstate: ThreadState): void {
  const eb = interp.evalBreaker;
  if (eb.flags & BREAK_PENDING_CALLS && !eb.busy) {
    eb.busy = true;
    try {
      // CPython: make_pending_calls — at most the calls queued now; a failing one stops the run.
      for (let n = eb.pendingCalls.length; n > 0; n--) {
        const fn = eb.pendingCalls.shift()!;
        fn();
      }
    } finally {
      eb.busy = false;
      if (eb.pendingCalls.length === 0) eb.flags &= ~BREAK_PENDING_CALLS;
    }
  }
  if (eb.flags & BREAK_GC) {
    eb.flags &= ~BREAK_GC;
    runScheduledGC(interp);
  }
  if (eb.flags & BREAK_MEMSAMPLE) eb.memSampler?.();
  if (eb.flags & BREAK_REFCHECK) checkRefInvariants(interp, tstate);
  if (eb.flags & BREAK_ASYNC_EXC) {
    eb.flags &= ~BREAK_ASYNC_EXC;
    const exc = tstate.asyncExc;
    tstate.asyncExc = null;
    if (exc !== null) PyErr_SetObject(interp, exc);
  }
}
