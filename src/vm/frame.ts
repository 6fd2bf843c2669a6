// An executing frame. CPython: Include/internal/pycore_frame.h (_PyInterpreterFrame),
// Python/frame.c (_PyFrame_ClearExceptCode), Python/ceval.c (clear_thread_frame).
// `localsplus` holds the fast locals, cells and free variables, then the value stack.
import type { CodeBody, PyCodeObject } from '../objects/codeobject.ts';
import { Py_DECREF, Py_INCREF, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { detachFrameObject } from './frameobject.ts';

// The states of a generator's frame (gi_frame_state). CPython: Include/internal/pycore_frame.h
export const FRAME_CREATED = -2;
export const FRAME_SUSPENDED = -1;
export const FRAME_EXECUTING = 0;
export const FRAME_COMPLETED = 1;
export const FRAME_CLEARED = 4;

/** How many finished frames one code object keeps for reuse. */
const FRAME_POOL_SIZE = 16;

export class Frame {
  /** f_code and its body. The frame owns a reference to the code. */
  readonly code: PyObject;
  readonly co: CodeBody;
  /** f_globals, f_builtins: borrowed (the function holds them). */
  globals: PyObject;
  builtins: PyObject;
  /** f_locals: the mapping of a module or class body (owned), else null. */
  locals: PyObject | null;
  /** f_funcobj (owned). */
  func: PyObject | null;
  readonly localsplus: (PyObject | null)[];
  /** Index of the first value stack slot in localsplus (co_nlocalsplus). */
  readonly stackBase: number;
  /** Stack pointer (stacktop) while the frame is not the one running. */
  sp: number;
  /** The instruction executing (or that raised): prev_instr, as a code unit index. */
  instr = 0;
  /** Where execution resumes after a call returns. */
  next = 0;
  previous: Frame | null = null;
  /** Whether returning from this frame returns from the JS call of the eval loop. */
  isEntry = false;
  /**
   * The generator, coroutine or async generator owning the frame (FRAME_OWNED_BY_GENERATOR),
   * else null. Such a frame outlives its calls; the generator owns the code reference.
   */
  gen: { body: { state: number } } | null = null;
  /** The frame object (a Python-level view) once one was asked for; the frame owns a reference. */
  frameObj: PyObject | null = null;
  /** f_trace: the local trace function set by a 'call' event (owned), or null. */
  trace: PyObject | null = null;
  /** The instruction run before the current one in this frame, for line events (-1: none). */
  traceLastInstr = -1;
  /** The line of the last 'line' event (CPython: f_last_traced_line; -1: none). */
  traceLastLine = -1;

  /** Takes over (steals) the references to `code`, `func` and `locals`. Use Frame.acquire. */
  private constructor(code: PyObject, func: PyObject | null, globals: PyObject, builtins: PyObject, locals: PyObject | null) {
    const co = (code as PyCodeObject).body;
    this.code = code;
    this.co = co;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.func = func;
    this.stackBase = co.nlocalsplus;
    this.localsplus = new Array<PyObject | null>(co.nlocalsplus + co.stacksize).fill(null);
    this.sp = co.nlocalsplus;
  }

  /**
   * A frame for `code`, reusing one of its finished frames when there is one (their locals and
   * stack are all null). Takes over (steals) the references to `code`, `func` and `locals`.
   */
  static acquire(code: PyObject, func: PyObject | null, globals: PyObject, builtins: PyObject, locals: PyObject | null): Frame {
    const pool = (code as PyCodeObject).body.framePool as Frame[];
    const f = pool.pop();
    if (f === undefined) return new Frame(code, func, globals, builtins, locals);
    f.globals = globals;
    f.builtins = builtins;
    f.locals = locals;
    f.func = func;
    f.sp = f.stackBase;
    f.instr = 0;
    f.next = 0;
    f.previous = null;
    f.isEntry = false;
    f.traceLastInstr = -1;
    f.traceLastLine = -1;
    return f;
  }

  /**
   * Releases what the frame holds, in CPython's order: the frame object, the locals and the value
   * stack from the bottom, f_locals, the function, then the code. A frame object that something
   * else holds takes all these over instead. A generator's frame is marked cleared first and keeps
   * its code (the generator releases it when it dies). CPython: clear_thread_frame,
   * clear_gen_frame, _PyFrame_ClearExceptCode
   */
  clear(sp: number): void {
    const gen = this.gen;
    if (gen !== null) gen.body.state = FRAME_CLEARED;
    const lp = this.localsplus;
    const trace = this.trace;
    this.trace = null;
    Py_XDECREF(trace);
    const fo = this.frameObj;
    let kept = false;
    if (fo !== null) {
      this.frameObj = null;
      if (fo.ob_refcnt > 1) {
        detachFrameObject(fo, this, this.ownedCopy(sp));
        kept = true;
      }
      Py_DECREF(fo);
    }
    if (kept) {
      for (let i = 0; i < sp; i++) lp[i] = null;
      this.locals = null;
      this.func = null;
    } else {
      for (let i = 0; i < sp; i++) {
        const v = lp[i]!;
        lp[i] = null;
        Py_XDECREF(v);
      }
      const locals = this.locals;
      const func = this.func;
      this.locals = null;
      this.func = null;
      Py_XDECREF(locals);
      Py_XDECREF(func);
    }
    this.sp = this.stackBase;
    if (gen === null) {
      // Stack slots above sp may still point at popped objects: clear them before reuse.
      for (let i = sp; i < lp.length; i++) lp[i] = null;
      const pool = this.co.framePool as Frame[];
      if (pool.length < FRAME_POOL_SIZE) pool.push(this);
      Py_DECREF(this.code);
    }
  }

  /**
   * A copy of the finishing frame for its frame object: it takes over the references to the
   * locals and value stack below `sp`, f_locals and the function, and holds one to the code.
   * CPython: take_ownership
   */
  private ownedCopy(sp: number): Frame {
    Py_INCREF(this.code);
    const f = new Frame(this.code, this.func, this.globals, this.builtins, this.locals);
    for (let i = 0; i < sp; i++) f.localsplus[i] = this.localsplus[i]!;
    f.sp = sp;
    f.instr = this.instr;
    return f;
  }
}

/**
 * One level of "the exception being handled": the thread's own, or a generator's while it runs.
 * excValue is null or None when nothing is handled at this level. CPython: _PyErr_StackItem
 */
export interface ErrStackItem {
  excValue: PyObject | null;
  previous: ErrStackItem | null;
}

/** The running thread's frame chain, Python recursion count and handled exceptions. CPython: PyThreadState */
export class ThreadState {
  frame: Frame | null = null;
  /** The thread's own level (CPython: exc_state); owns its excValue. */
  readonly excState: ErrStackItem = { excValue: null, previous: null };
  /** The innermost level (CPython: exc_info); generators push theirs while they run. */
  excInfo: ErrStackItem = this.excState;
  /** Python frames on the chain (CPython counts down py_recursion_remaining instead). */
  pyDepth = 0;
  /** sys.getrecursionlimit(). */
  recursionLimit = 1000;
  /** sys.settrace's and sys.setprofile's functions (owned), or null. */
  tracefunc: PyObject | null = null;
  profilefunc: PyObject | null = null;
  /** Whether either is set, or the instruction trace is on: the eval loop checks this one field per instruction. */
  tracingActive = false;
  /** The debug instruction trace (GLASSPY_ITRACE=1): a line per instruction on stderr, or null. */
  instructionTrace: ((line: string) => void) | null = null;

  /** Recomputes tracingActive after one of its inputs changed. */
  updateTracing(): void {
    this.tracingActive = this.tracefunc !== null || this.profilefunc !== null || this.instructionTrace !== null;
  }
  /** Above zero while a trace or profile function runs (it is not traced itself). */
  tracing = 0;
  /** An exception to raise at the next eval breaker check point (owned). CPython: async_exc */
  asyncExc: PyObject | null = null;
  /** The trashcan (src/objects/trashcan.ts): nested container deallocations, and those waiting. CPython: trash.delete_nesting, delete_later */
  trashNesting = 0;
  readonly trashLater: PyObject[] = [];
}

