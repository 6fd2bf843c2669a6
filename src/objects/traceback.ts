// traceback. CPython: Python/traceback.c (tb_create_raw, PyTraceBack_Here, tb_dealloc).
// An entry records where an exception passed through a frame: the frame object (tb_frame), and
// the frame's code, instruction index, globals and builtins, which the display reads.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import type { PyBaseExceptionObject } from './exceptions.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { codePositions } from './codeobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyLong_FromNumber } from './longobject.ts';
import type { GetSetDef } from './typeobject.ts';
import type { Frame } from '../vm/frame.ts';
import { getFrameObject } from '../vm/frameobject.ts';

export interface TracebackBody {
  /** tb_next: the entry of the frame the exception came from (deeper), or null. */
  next: PyObject | null;
  /** tb_frame (owned). */
  frame: PyObject;
  code: PyObject;
  /** tb_lasti in code units (CPython's tb_lasti is in bytes: twice this). */
  lasti: number;
  /** The frame's globals and builtins (a frame object's f_globals, f_builtins), for suggestions. */
  globals: PyObject;
  builtins: PyObject;
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
    next: b.traceback, frame: Py_NewRef(getFrameObject(interp, f)), code: Py_NewRef(f.code), lasti: f.instr,
    globals: Py_NewRef(f.globals), builtins: Py_NewRef(f.builtins),
  };
  // The new entry takes over the exception's reference to the old head.
  b.traceback = allocObject(interp, interp.types.traceback, SIZEOF_PYTRACEBACKOBJECT, 0, body);
}

// CPython: tb_dealloc
export function tb_dealloc(o: PyObject): void {
  const b = (o as PyTracebackObject).body;
  Py_XDECREF(b.next);
  Py_DECREF(b.frame);
  Py_DECREF(b.code);
  Py_DECREF(b.globals);
  Py_DECREF(b.builtins);
  freeObject(o);
}

// CPython: tb_getsetters and tb_memberlist
export const traceback_getset: readonly GetSetDef[] = [
  { name: 'tb_frame', member: true, get: (_interp, o) => Py_NewRef((o as PyTracebackObject).body.frame) },
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
  { name: 'tb_lasti', member: true, get: (interp, o) => PyLong_FromNumber(interp, 2 * (o as PyTracebackObject).body.lasti) },
  {
    name: 'tb_lineno',
    get: (interp, o) => {
      const b = (o as PyTracebackObject).body;
      const line = codePositions(b.code).line[b.lasti]!;
      return line < 0 ? interp.singletons.None : PyLong_FromNumber(interp, line);
    },
  },
];
