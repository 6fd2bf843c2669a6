// frame: the Python-level view of an executing frame (what sys._getframe(), trace functions
// and tracebacks see). CPython: Objects/frameobject.c (_PyFrame_GetFrameObject, frame_getlineno,
// frame_getlocals via PyFrame_FastToLocals, frame_getback, frame_gettrace/settrace, frame_repr).
// While its frame runs, the object reads the frame; when the frame finishes, the object keeps a
// snapshot of the line and the code.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from '../objects/alloc.ts';
import { codePositions, type PyCodeObject } from '../objects/codeobject.ts';
import { PyDict_New } from '../objects/dictobject.ts';
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
  /** The running frame, or null once it finished. */
  frame: Frame | null;
  /** What stays after the frame finished: its code (owned), globals, builtins (owned) and last line. */
  code: PyObject;
  globals: PyObject;
  builtins: PyObject;
  lastLine: number;
  /** f_lasti / 2 once the frame finished. */
  lastInstr: number;
  /** f_locals of a function frame, refreshed on each access (CPython: PyFrame_FastToLocals). */
  localsDict: PyObject | null;
  /** f_back once the frame finished (owned), else read from the frame chain. */
  back: PyObject | null;
  /** The finished frame, with its locals, once this object took it over (take_ownership). */
  owned: Frame | null;
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

/** The frame object of `frame`, created on first use (borrowed: the frame owns it). CPython: _PyFrame_GetFrameObject */
export function getFrameObject(interp: Interpreter, frame: Frame): PyObject {
  if (frame.frameObj !== null) return frame.frameObj;
  const body: FrameObjectBody = {
    frame, code: Py_NewRef(frame.code), globals: Py_NewRef(frame.globals), builtins: Py_NewRef(frame.builtins), lastLine: -1, lastInstr: -1, localsDict: null, back: null, owned: null,
  };
  const fo = allocObject(interp, interp.types.frame, frameSize(frame.code), 0, body);
  frame.frameObj = fo;
  return fo;
}

/** The line of the instruction at `instr` of `frame`. CPython: PyUnstable_InterpreterFrame_GetLine */
export function frameLine(frame: Frame, instr: number): number {
  return codePositions(frame.code).line[instr] ?? -1;
}

/**
 * The frame finished: keep its last line and its caller's frame object, and with `owned` the
 * frame itself (its locals stay alive until this object dies). CPython: take_ownership
 */
export function detachFrameObject(fo: PyObject, frame: Frame, owned: boolean): void {
  const b = fo.body as FrameObjectBody;
  b.lastLine = frameLine(frame, frame.instr);
  b.lastInstr = frame.instr;
  const prev = frame.previous;
  if (prev !== null && fo.ob_refcnt > 1) b.back = Py_NewRef(getFrameObject(fo.ob_type.tp_interp, prev));
  if (owned) b.owned = frame;
  else if (frame.locals !== null && b.localsDict === null) {
    // The frame's f_locals stays readable through the frame object.
    b.localsDict = Py_NewRef(frame.locals);
  }
  b.frame = null;
}

export function frame_dealloc(o: PyObject): void {
  const b = o.body as FrameObjectBody;
  const owned = b.owned;
  if (owned !== null) {
    b.owned = null;
    owned.clear(owned.sp);
  }
  Py_XDECREF(b.back);
  Py_XDECREF(b.localsDict);
  Py_DECREF(b.code);
  Py_DECREF(b.globals);
  Py_DECREF(b.builtins);
  freeObject(o);
}

export function frame_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as FrameObjectBody;
  for (const v of [b.back, b.localsDict, b.code, b.globals, b.builtins]) if (v !== null) visit(v, arg);
  const owned = b.owned;
  if (owned !== null) {
    for (let i = 0; i < owned.sp; i++) {
      const v = owned.localsplus[i];
      if (v !== null && v !== undefined) visit(v, arg);
    }
    for (const v of [owned.locals, owned.func, owned.trace]) if (v !== null) visit(v, arg);
  }
}

function lineno(o: PyObject): number {
  const b = o.body as FrameObjectBody;
  return b.frame === null ? b.lastLine : frameLine(b.frame, b.frame.instr);
}

/** f_locals: the frame's locals dict, refreshed from its fast locals while it runs. CPython: frame_getlocals */
function frameLocals(interp: Interpreter, o: PyObject): PyObject {
  const b = o.body as FrameObjectBody;
  if (b.frame !== null) return frameGetLocals(interp, b.frame, false);
  if (b.owned !== null) return frameGetLocals(interp, b.owned, false);
  return Py_NewRef(b.localsDict ?? (b.localsDict = PyDict_New(interp)));
}

function backOf(interp: Interpreter, o: PyObject): PyObject {
  const b = o.body as FrameObjectBody;
  if (b.frame === null) return Py_NewRef(b.back ?? interp.singletons.None);
  const prev = b.frame.previous;
  return Py_NewRef(prev === null ? interp.singletons.None : getFrameObject(interp, prev));
}

export const FRAME_GETSET: GetSetDef[] = [
  { name: 'f_lineno', get: (interp, o) => (lineno(o) < 0 ? interp.singletons.None : PyLong_FromNumber(interp, lineno(o))) },
  { name: 'f_code', get: (_i, o) => Py_NewRef((o.body as FrameObjectBody).code) },
  { name: 'f_globals', get: (_i, o) => Py_NewRef((o.body as FrameObjectBody).globals) },
  { name: 'f_builtins', get: (_i, o) => Py_NewRef((o.body as FrameObjectBody).builtins) },
  { name: 'f_locals', get: frameLocals },
  { name: 'f_back', get: backOf },
  {
    name: 'f_lasti', get: (interp, o) => {
      const b = o.body as FrameObjectBody;
      return PyLong_FromNumber(interp, (b.frame === null ? b.lastInstr : b.frame.instr) * 2);
    },
  },
  {
    name: 'f_trace', get: (interp, o) => Py_NewRef((o.body as FrameObjectBody).frame?.trace ?? interp.singletons.None),
    set: (interp, o, v) => {
      const f = (o.body as FrameObjectBody).frame;
      if (f === null) return;
      const old = f.trace;
      f.trace = v === null || v === interp.singletons.None ? null : Py_NewRef(v);
      Py_XDECREF(old);
    },
  },
];

/** `<frame at 0x..., file 'x.py', line 3, code f>`. CPython: frame_repr */
export function frame_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = o.body as FrameObjectBody;
  const desc = (b.code as PyCodeObject).body.desc;
  return PyUnicode_FromString(interp, `<frame at 0x${o.addr.toString(16)}, file '${desc.co_filename}', line ${lineno(o)}, code ${desc.co_name}>`);
}


// CPython: frame_clear — a frame that still runs (or is suspended) keeps its locals.
const frame_clear: MethodDef = {
  name: 'clear', flags: METH_NOARGS, impl: (interp, self) => {
    const b = self!.body as FrameObjectBody;
    const f = b.frame;
    if (f !== null) {
      // A suspended generator's frame is cleared by closing the generator.
      if (f.gen === null || f.gen.body.state === FRAME_EXECUTING) PyErr_SetString(interp, 'RuntimeError', 'cannot clear an executing frame');
      frameHooks.finalizeGenerator(interp, f.gen as unknown as PyObject);
      return interp.singletons.None;
    }
    const owned = b.owned;
    if (owned !== null) {
      // CPython: frame_tp_clear — the trace function, the locals and the stack.
      const trace = owned.trace;
      owned.trace = null;
      Py_XDECREF(trace);
      const lp = owned.localsplus;
      for (let i = 0; i < owned.sp; i++) {
        const v = lp[i]!;
        lp[i] = null;
        Py_XDECREF(v);
      }
      owned.sp = 0;
      return interp.singletons.None;
    }
    const d = b.localsDict;
    b.localsDict = null;
    Py_XDECREF(d);
    return interp.singletons.None;
  },
};

// CPython: frame_sizeof
const frame_sizeof: MethodDef = {
  name: '__sizeof__', flags: METH_NOARGS, impl: (interp, self) => PyLong_FromNumber(interp, frameSize((self!.body as FrameObjectBody).code)),
};

/** Installs the frame type's slots (the type object is created with the builtin types). */
export function initFrameType(interp: Interpreter): void {
  const t = interp.types.frame;
  t.tp_dealloc = frame_dealloc;
  t.tp_traverse = frame_traverse;
  t.tp_repr = frame_repr;
  t.tp_getset = FRAME_GETSET;
  t.tp_methods = [frame_clear, frame_sizeof];
}
