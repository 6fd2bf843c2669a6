// traceback. CPython: Python/traceback.c (tb_create_raw, PyTraceBack_Here, tb_dealloc).
// An entry records where an exception passed through a frame: the frame object (tb_frame), which
// keeps the frame's code, globals and builtins the display reads, and the instruction index.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import type { PyBaseExceptionObject } from './exceptions.ts';
import { Py_CLEAR, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { codePositions } from './codeobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyLong_FromNumber } from './longobject.ts';
import type { GetSetDef, PyTypeObject, visitproc } from './typeobject.ts';
import { unpackKeywords } from './args_kw.ts';
import { cIntArg } from './args.ts';
import type { Frame } from '../vm/frame.ts';
import { getFrameObject, type FrameObjectBody } from '../vm/frameobject.ts';

export interface TracebackBody {
  /** tb_next: the entry of the frame the exception came from (deeper), or null. */
  next: PyObject | null;
  /** tb_frame (owned). */
  frame: PyObject;
  /**
   * The frame's code, globals and builtins, borrowed: the frame object keeps them (its running
   * frame, or the copy it took over, holds the code and the function). CPython holds only tb_frame.
   */
  code: PyObject;
  globals: PyObject;
  builtins: PyObject;
  /** tb_lasti in code units (CPython's tb_lasti is in bytes: twice this). */
  lasti: number;
  /** tb_lasti (bytes) and tb_lineno as TracebackType() was given them, else null. */
  given: { readonly lasti: number; readonly lineno: number } | null;
}

export interface PyTracebackObject extends PyObject {
  body: TracebackBody;
}

/** sizeof(PyTracebackObject) on 64-bit 3.12 (GC head in the pre-header). */
const SIZEOF_PYTRACEBACKOBJECT = 40;

/** Prepends an entry for `f` at its current instruction to exc.__traceback__. CPython: PyTraceBack_Here */
export function PyTraceBack_Here(interp: Interpreter, exc: PyObject, f: Frame): void {
  const b = (exc as PyBaseExceptionObject).body;
  const body: TracebackBody = {
    next: b.traceback, frame: Py_NewRef(getFrameObject(interp, f)), code: f.code, globals: f.globals, builtins: f.builtins, lasti: f.instr, given: null,
  };
  // The new entry takes over the exception's reference to the old head.
  b.traceback = allocObject(interp, interp.types.traceback, SIZEOF_PYTRACEBACKOBJECT, 0, body);
}

// CPython: tb_dealloc
export function tb_dealloc(o: PyObject): void {
  tb_clear(o);
  freeObject(o);
}

// CPython: tb_traverse
export function tb_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = (o as PyTracebackObject).body;
  if (b.next !== null) visit(b.next, arg);
  if (b.frame !== null) visit(b.frame, arg);
}

/** Drops tb_next and tb_frame (a cleared entry's frame is null). CPython: tb_clear */
export function tb_clear(o: PyObject): void {
  const b = (o as PyTracebackObject).body;
  Py_CLEAR(b, 'next');
  Py_CLEAR(b, 'frame');
}

// CPython: tb_getsetters and tb_memberlist
export const traceback_getset: readonly GetSetDef[] = [
  { name: 'tb_frame', member: true, get: (interp, o) => Py_NewRef((o as PyTracebackObject).body.frame ?? interp.singletons.None) },
  {
    name: 'tb_next',
    get: (interp, o) => Py_NewRef((o as PyTracebackObject).body.next ?? interp.singletons.None),
    set: (interp, o, value) => {
      // CPython: tb_next_set
      if (value === null) PyErr_SetString(interp, 'TypeError', "can't delete tb_next attribute");
      const none = interp.singletons.None;
      if (value !== none && value.ob_type !== interp.types.traceback) {
        PyErr_SetString(interp, 'TypeError', `expected traceback object, got '${value.ob_type.tp_name}'`);
      }
      for (let cursor: PyObject | null = value === none ? null : value; cursor !== null; cursor = (cursor as PyTracebackObject).body.next) {
        if (cursor === o) PyErr_SetString(interp, 'ValueError', 'traceback loop detected');
      }
      const b = (o as PyTracebackObject).body;
      const old = b.next;
      b.next = value === none ? null : Py_NewRef(value);
      Py_XDECREF(old);
    },
  },
  {
    name: 'tb_lasti', member: true,
    get: (interp, o) => {
      const b = (o as PyTracebackObject).body;
      return PyLong_FromNumber(interp, b.given?.lasti ?? 2 * b.lasti);
    },
  },
  {
    name: 'tb_lineno',
    get: (interp, o) => {
      const b = (o as PyTracebackObject).body;
      if (b.given !== null) return PyLong_FromNumber(interp, b.given.lineno);
      const line = codePositions(b.code).line[b.lasti]!;
      return line < 0 ? interp.singletons.None : PyLong_FromNumber(interp, line);
    },
  },
];

// CPython: tb_new_impl — TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
export function tb_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [next, frame, lasti, lineno] = unpackKeywords(interp, 'TracebackType', ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'], 0, 4, 4, args, kwnames);
  const none = interp.singletons.None;
  if (next !== none && next!.ob_type !== interp.types.traceback) {
    PyErr_SetString(interp, 'TypeError', `expected traceback object or None, got '${next!.ob_type.tp_name}'`);
  }
  if (frame!.ob_type !== interp.types.frame) {
    PyErr_SetString(interp, 'TypeError', `TracebackType() argument 'tb_frame' must be frame, not ${frame!.ob_type.tp_name}`);
  }
  const given = { lasti: cIntArg(interp, lasti!), lineno: cIntArg(interp, lineno!) };
  const f = (frame!.body as FrameObjectBody).frame;
  const body: TracebackBody = {
    next: next === none ? null : Py_NewRef(next!), frame: Py_NewRef(frame!), code: f.code, globals: f.globals, builtins: f.builtins, lasti: Math.max(0, given.lasti >> 1), given,
  };
  return allocObject(interp, interp.types.traceback, SIZEOF_PYTRACEBACKOBJECT, 0, body);
}
