// frame: the Python-level view of an executing frame (what sys._getframe(), trace functions
// and tracebacks see). CPython: Objects/frameobject.c (_PyFrame_GetFrameObject, frame_getlineno,
// frame_getlocals via PyFrame_FastToLocals, frame_getback, frame_gettrace/settrace, frame_repr).
// While its frame runs, the object reads the frame; when the frame finishes, the object keeps a
// snapshot of the line and the code.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from '../objects/alloc.ts';
import { codePositions, type PyCodeObject } from '../objects/codeobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { METH_NOARGS, type GetSetDef, type MethodDef, type visitproc } from '../objects/typeobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { FRAME_EXECUTING, type Frame } from './frame.ts';
import { frameGetLocals } from './frame_locals.ts';

/** What frame.clear() calls outside this module (set by genobject.ts, which depends on it). */
export const frameHooks: { finalizeGenerator: (interp: Interpreter, gen: PyObject) => void } = { finalizeGenerator: () => {} };

export interface FrameObjectBody {
  /**
   * The running frame, or once it finished the frame object's own copy of it (its locals, value
   * stack, f_locals, function and code, owned). CPython: f_frame, _f_frame_data
   */
  frame: Frame;
  /** Whether `frame` is the object's own copy. CPython: FRAME_OWNED_BY_FRAME_OBJECT */
  owned: boolean;
  /** f_back once the frame finished (owned), else read from the frame chain. */
  back: PyObject | null;
}

/** offsetof(PyFrameObject, _f_frame_data) + offsetof(_PyInterpreterFrame, localsplus) on 64-bit 3.12. */
const FRAME_BASICSIZE = 120;

/**
 * A frame object's bytes: the header and room for a copy of its frame's slots (locals and value
 * stack). CPython: _PyFrame_New_NoTrack (the allocation), frame_sizeof
 */
function frameSize(code: PyObject): number {
  const co = (code as PyCodeObject).body;
  return FRAME_BASICSIZE + 8 * (co.nlocalsplus + co.stacksize);
}

/**
 * The frame object of `frame`, created on first use (borrowed: the frame owns it), untracked.
 * It holds no reference of its own while the frame runs. CPython: _PyFrame_GetFrameObject
 * (_PyFrame_New_NoTrack)
 */
export function getFrameObject(interp: Interpreter, frame: Frame): PyObject {
  if (frame.frameObj !== null) return frame.frameObj;
  const body: FrameObjectBody = { frame, owned: false, back: null };
  const fo = allocObject(interp, interp.types.frame, frameSize(frame.code), 0, body);
  frame.frameObj = fo;
  return fo;
}

/** The line of the instruction at `instr` of `frame`. CPython: PyUnstable_InterpreterFrame_GetLine */
export function frameLine(frame: Frame, instr: number): number {
  return codePositions(frame.code).line[instr] ?? -1;
}

/**
 * The frame finishes while something else holds its frame object: the object takes over the
 * frame's values (`owned`, a copy holding a reference to the code of its own) and links to its
 * caller's frame object. CPython: take_ownership
 */
export function detachFrameObject(fo: PyObject, frame: Frame, owned: Frame): void {
  const b = fo.body as FrameObjectBody;
  const prev = frame.previous;
  if (prev !== null) b.back = Py_NewRef(getFrameObject(fo.ob_type.tp_interp, prev));
  b.frame = owned;
  b.owned = true;
  // Untracked while the frame ran (it owned nothing a cycle could go through).
  fo.ob_type.tp_interp.gc.track(fo);
}

// CPython: frame_dealloc — an owned frame's function, f_locals and values, then f_back, then the code.
export function frame_dealloc(o: PyObject): void {
  const b = o.body as FrameObjectBody;
  if (b.owned) {
    const f = b.frame;
    const func = f.func;
    const locals = f.locals;
    f.func = null;
    f.locals = null;
    Py_XDECREF(func);
    Py_XDECREF(locals);
    clearValues(f);
  }
  Py_XDECREF(b.back);
  freeObject(o);
  if (b.owned) Py_DECREF(b.frame.code);
}

/** Releases a frame's locals and value stack. */
function clearValues(f: Frame): void {
  const lp = f.localsplus;
  const sp = f.sp;
  f.sp = 0;
  for (let i = 0; i < sp; i++) {
    const v = lp[i]!;
    lp[i] = null;
    Py_XDECREF(v);
  }
}

/**
 * f_back, then the frame's values when the object owns them (a running or suspended frame's
 * belong to its thread or generator). CPython's f_trace lives in the frame here, which releases
 * it when it finishes: an owned copy has none. CPython: frame_traverse
 */
export function frame_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as FrameObjectBody;
  if (b.back !== null) visit(b.back, arg);
  if (b.owned) _PyFrame_Traverse(b.frame, visit, arg);
}

/** The frame object, f_locals, the function, the code, then the locals and the value stack. CPython: _PyFrame_Traverse */
export function _PyFrame_Traverse(f: Frame, visit: visitproc, arg: unknown): void {
  if (f.frameObj !== null) visit(f.frameObj, arg);
  if (f.locals !== null) visit(f.locals, arg);
  if (f.func !== null) visit(f.func, arg);
  visit(f.code, arg);
  const lp = f.localsplus;
  for (let i = 0; i < f.sp; i++) {
    const v = lp[i];
    if (v != null) visit(v, arg);
  }
}

/**
 * f_trace, then the locals and the value stack of the frame (a generator's too: the collector
 * clears a generator's frame through its frame object when both are garbage). CPython: frame_tp_clear
 */
export function frame_tp_clear(o: PyObject): void {
  const f = (o.body as FrameObjectBody).frame;
  const trace = f.trace;
  f.trace = null;
  Py_XDECREF(trace);
  clearValues(f);
}

function lineno(o: PyObject): number {
  const f = (o.body as FrameObjectBody).frame;
  return frameLine(f, f.instr);
}

/** f_locals: the frame's locals dict, refreshed from its fast locals. CPython: frame_getlocals */
function frameLocals(interp: Interpreter, o: PyObject): PyObject {
  return frameGetLocals(interp, (o.body as FrameObjectBody).frame, false);
}

function backOf(interp: Interpreter, o: PyObject): PyObject {
  const b = o.body as FrameObjectBody;
  if (b.owned) return Py_NewRef(b.back ?? interp.singletons.None);
  const prev = b.frame.previous;
  return Py_NewRef(prev === null ? interp.singletons.None : getFrameObject(interp, prev));
}

export const FRAME_GETSET: GetSetDef[] = [
  { name: 'f_lineno', get: (interp, o) => (lineno(o) < 0 ? interp.singletons.None : PyLong_FromNumber(interp, lineno(o))) },
  { name: 'f_code', get: (_i, o) => Py_NewRef((o.body as FrameObjectBody).frame.code) },
  { name: 'f_globals', get: (_i, o) => Py_NewRef((o.body as FrameObjectBody).frame.globals) },
  { name: 'f_builtins', get: (_i, o) => Py_NewRef((o.body as FrameObjectBody).frame.builtins) },
  { name: 'f_locals', get: frameLocals },
  { name: 'f_back', get: backOf },
  {
    name: 'f_lasti', get: (interp, o) => PyLong_FromNumber(interp, (o.body as FrameObjectBody).frame.instr * 2),
  },
  {
    name: 'f_trace', get: (interp, o) => Py_NewRef((o.body as FrameObjectBody).frame.trace ?? interp.singletons.None),
    set: (interp, o, v) => {
      const b = o.body as FrameObjectBody;
      if (b.owned) return;
      const f = b.frame;
      const old = f.trace;
      f.trace = v === null || v === interp.singletons.None ? null : Py_NewRef(v);
      Py_XDECREF(old);
    },
  },
];

/** `<frame at 0x..., file 'x.py', line 3, code f>`. CPython: frame_repr */
export function frame_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const desc = (o.body as FrameObjectBody).frame.co.desc;
  return PyUnicode_FromString(interp, `<frame at 0x${o.addr.toString(16)}, file '${desc.co_filename}', line ${lineno(o)}, code ${desc.co_name}>`);
}


// CPython: frame_clear — a frame that still runs (or is suspended) keeps its locals; a finished
// one drops its locals and value stack (not f_locals: frame_tp_clear).
const frame_clear: MethodDef = {
  name: 'clear', flags: METH_NOARGS, impl: (interp, self) => {
    const b = self!.body as FrameObjectBody;
    const gen = b.frame.gen;
    if (!b.owned && gen !== null && gen.body.state !== FRAME_EXECUTING) {
      // A suspended generator's frame is cleared by finalizing the generator.
      frameHooks.finalizeGenerator(interp, gen as unknown as PyObject);
      return interp.singletons.None;
    }
    if (!b.owned) PyErr_SetString(interp, 'RuntimeError', 'cannot clear an executing frame');
    clearValues(b.frame);
    return interp.singletons.None;
  },
};

// CPython: frame_sizeof
const frame_sizeof: MethodDef = {
  name: '__sizeof__', flags: METH_NOARGS, impl: (interp, self) => PyLong_FromNumber(interp, frameSize((self!.body as FrameObjectBody).frame.code)),
};

/** Installs the frame type's slots (the type object is created with the builtin types). */
export function initFrameType(interp: Interpreter): void {
  const t = interp.types.frame;
  t.tp_dealloc = frame_dealloc;
  t.tp_traverse = frame_traverse;
  t.tp_clear = frame_tp_clear;
  t.tp_repr = frame_repr;
  t.tp_getset = FRAME_GETSET;
  t.tp_methods = [frame_clear, frame_sizeof];
}
