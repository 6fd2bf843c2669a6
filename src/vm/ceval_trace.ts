// sys.settrace and sys.setprofile events, as CPython 3.12's legacy tracing delivers them over
// sys.monitoring: 'call' when a frame starts or resumes, 'line' at the first instruction of a
// line (or a jump target) unless the previous instruction run was on the same line or the line
// was the last traced, and at the target of every backward jump (each turn of a loop or an
// inlined comprehension written on one line), 'return'
// (with None when an exception leaves the frame), 'exception' in each frame an exception passes
// through; profile functions get 'call', 'return', 'c_call', 'c_return' and 'c_exception'.
// CPython: Python/legacy_tracing.c, Python/instrumentation.c (initialize_lines,
// _Py_call_instrumentation_line), Python/ceval.c (call_trace_protected).
import { Op, cacheEntries, opname } from '../bytecode/opcodes.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { codeHandlers, codePositions, internedStr } from '../objects/codeobject.ts';
import type { PyBaseExceptionObject } from '../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import type { CodeBody } from '../objects/codeobject.ts';
import type { Frame, ThreadState } from './frame.ts';
import { getFrameObject } from './frameobject.ts';

/** Per code object: which instructions may emit a line event. */
const lineStartsCache = new WeakMap<CodeBody, Uint8Array>();

const JUMPS_FORWARD = new Set<number>([Op.JUMP_FORWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.SEND]);

/** The first instruction of each line in code order, plus jump and handler targets. CPython: initialize_lines */
const NEVER_LINE_START = new Set([Op.END_ASYNC_FOR, Op.END_FOR, Op.END_SEND, Op.RESUME]);

function lineStarts(co: CodeBody, code: PyObject): Uint8Array {
  let starts = lineStartsCache.get(co);
  if (starts !== undefined) return starts;
  const units = co.units;
  const lines = codePositions(code).line;
  starts = new Uint8Array(units.length);
  let prevLine = -2;
  for (let i = 0; i < units.length;) {
    let oparg = units[i]! >>> 8;
    let j = i;
    while ((units[j]! & 0xff) === Op.EXTENDED_ARG) {
      j++;
      oparg = (oparg << 8) | (units[j]! >>> 8);
    }
    const realOp = units[j]! & 0xff;
    const line = lines[i]!;
    // An instruction without a line also counts as a change of line; END_FOR, END_SEND and
    // RESUME never start one. CPython: initialize_lines
    if (!NEVER_LINE_START.has(realOp)) {
      if (line !== prevLine && line >= 0) starts[i] = 1;
      prevLine = line;
    }
    const next = j + 1 + cacheEntries(realOp);
    if (JUMPS_FORWARD.has(realOp)) starts[next + oparg] = 1;
    else if (realOp === Op.JUMP_BACKWARD || realOp === Op.JUMP_BACKWARD_NO_INTERRUPT) starts[next - oparg] = 1;
    else if (realOp === Op.FOR_ITER) starts[next + oparg + 1] = 1;
    i = next;
  }
  for (const h of codeHandlers(code)) starts[h.target] = 1;
  lineStartsCache.set(co, starts);
  return starts;
}

/**
 * Calls a trace or profile function with (frame, event, arg); the function is not traced
 * itself. An exception in it turns tracing off (as sys.settrace(None)) and propagates.
 * CPython: call_trace_protected / _PyEval_SetTrace on error
 */
function callTracer(interp: Interpreter, tstate: ThreadState, fn: PyObject, frame: Frame, event: string, arg: PyObject, which: 'tracefunc' | 'profilefunc'): PyObject {
  const fo = getFrameObject(interp, frame);
  tstate.tracing++;
  try {
    return PyObject_Vectorcall(interp, fn, [fo, internedStr(interp, event), arg], null);
  } catch (e) {
    const old = tstate[which];
    tstate[which] = null;
    tstate.updateTracing();
    Py_XDECREF(old);
    throw e;
  } finally {
    tstate.tracing--;
  }
}

/** The local trace function's call; its result replaces f_trace (None stops the frame's tracing). */
function callLocal(interp: Interpreter, tstate: ThreadState, frame: Frame, event: string, arg: PyObject): void {
  const fn = frame.trace;
  if (fn === null) return;
  Py_NewRef(fn);
  let r: PyObject;
  try {
    r = callTracer(interp, tstate, fn, frame, event, arg, 'tracefunc');
  } finally {
    Py_DECREF(fn);
  }
  const old = frame.trace;
  frame.trace = r === interp.singletons.None ? null : r;
  if (r === interp.singletons.None) Py_DECREF(r);
  Py_XDECREF(old);
}

/** Before each instruction while tracing or profiling is on: 'call' at RESUME, then 'line'. */
export function traceInstruction(interp: Interpreter, tstate: ThreadState, frame: Frame, pc: number, op: number): void {
  const itrace = tstate.instructionTrace;
  if (itrace !== null) {
    const d = frame.co.desc;
    itrace(`${d.co_filename}:${codePositions(frame.code).line[pc]} ${d.co_qualname} ${pc * 2} ${opname(op)} ${frame.co.units[pc]! >>> 8}\n`);
  }
  if (tstate.tracing > 0 || (tstate.tracefunc === null && tstate.profilefunc === null)) return;
  if (op === Op.RESUME) {
    traceCall(interp, tstate, frame);
    frame.traceLastInstr = pc;
    return;
  }
  if (frame.trace !== null) {
    const prev = frame.traceLastInstr;
    const prevOp = prev >= 0 ? frame.co.units[prev]! & 0xff : -1;
    const lines = codePositions(frame.code).line;
    const line = lines[pc]!;
    if (pc <= prev && (prevOp === Op.JUMP_BACKWARD || prevOp === Op.JUMP_BACKWARD_NO_INTERRUPT)) {
      // A backward jump always traces its target's line, also within one line (a loop on one
      // line, an inlined comprehension). CPython: sys_trace_jump_func
      if (line >= 0) {
        traceLine(interp, tstate, frame, pc, line);
        return;
      }
    } else if (lineStarts(frame.co, frame.code)[pc] === 1) {
      const same = prev >= 0 && lines[prev] === line && prevOp !== Op.RESUME;
      // CPython: sys_trace_line_func skips the line the jump event just traced.
      if (line >= 0 && !same && line !== frame.traceLastLine) {
        traceLine(interp, tstate, frame, pc, line);
        return;
      }
    }
  }
  frame.traceLastInstr = pc;
}

/**
 * An exception thrown into a suspended generator's frame: 'call' as for a resumption (the
 * profile function gets the exception as its argument). CPython: monitor_throw (PY_THROW)
 */
export function traceThrow(interp: Interpreter, tstate: ThreadState, frame: Frame, exc: PyObject): void {
  if (tstate.tracing > 0 || (tstate.tracefunc === null && tstate.profilefunc === null)) return;
  traceCall(interp, tstate, frame, exc);
  // The handler's first line is a new line after the suspension point.
  frame.traceLastInstr = frame.instr;
}

// CPython: trace_line
function traceLine(interp: Interpreter, tstate: ThreadState, frame: Frame, pc: number, line: number): void {
  frame.traceLastInstr = pc;
  frame.traceLastLine = line;
  callLocal(interp, tstate, frame, 'line', interp.singletons.None);
}

/** 'call': the global trace function gives the frame's local one; the profile function is told too. */
function traceCall(interp: Interpreter, tstate: ThreadState, frame: Frame, profileArg: PyObject = interp.singletons.None): void {
  const none = interp.singletons.None;
  if (tstate.profilefunc !== null) Py_DECREF(callTracer(interp, tstate, tstate.profilefunc, frame, 'call', profileArg, 'profilefunc'));
  const tf = tstate.tracefunc;
  if (tf === null) return;
  const r = callTracer(interp, tstate, tf, frame, 'call', none, 'tracefunc');
  const old = frame.trace;
  frame.trace = r === none ? null : r;
  if (r === none) Py_DECREF(r);
  Py_XDECREF(old);
}

/** 'return' with the value returned or yielded (None when an exception leaves the frame). */
export function traceReturn(interp: Interpreter, tstate: ThreadState, frame: Frame, value: PyObject | null): void {
  if (tstate.tracing > 0) return;
  const v = value ?? interp.singletons.None;
  if (tstate.profilefunc !== null) Py_DECREF(callTracer(interp, tstate, tstate.profilefunc, frame, 'return', v, 'profilefunc'));
  if (frame.trace !== null) callLocal(interp, tstate, frame, 'return', v);
}

/** 'exception' with (type, value, traceback), in the frame the exception is passing through. */
export function traceException(interp: Interpreter, tstate: ThreadState, frame: Frame, exc: PyObject): void {
  if (tstate.tracing > 0 || frame.trace === null) return;
  const tb = (exc as PyBaseExceptionObject).body.traceback ?? interp.singletons.None;
  const arg = tupleFromItemsSteal(interp, [Py_NewRef(exc.ob_type), Py_NewRef(exc), Py_NewRef(tb)]);
  try {
    callLocal(interp, tstate, frame, 'exception', arg);
  } finally {
    Py_DECREF(arg);
  }
}

/** The profile function's events around a call of something that is not a Python function. */
export function profileCCall(interp: Interpreter, tstate: ThreadState, frame: Frame, callable: PyObject, event: 'c_call' | 'c_return' | 'c_exception'): void {
  if (tstate.tracing > 0 || tstate.profilefunc === null) return;
  if (callable.ob_type !== interp.types.builtin_function_or_method) return;
  Py_DECREF(callTracer(interp, tstate, tstate.profilefunc, frame, event, callable, 'profilefunc'));
}
