// A frame's locals as a dict: locals(), vars() and the default namespaces of exec() and eval().
// CPython 3.12: Objects/frameobject.c (_PyFrame_GetLocals, frame_get_var,
// _PyFrame_FastToLocalsWithError) and Python/ceval.c (PyEval_GetLocals, _PyEval_GetFrameLocals).
import type { Interpreter } from '../runtime/interpreter.ts';
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_OPTIMIZED } from '../compiler/code.ts';
import { PyObject_DelItem, PyObject_SetItem } from '../objects/abstract.ts';
import type { PyCellObject } from '../objects/cellobject.ts';
import { dictLength, dictMerge, PyDict_New } from '../objects/dictobject.ts';
import { excType, PyErr_SetString } from '../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import type { Frame } from './frame.ts';

/** The value of fast local `i` as locals() sees it (borrowed), or undefined to skip it. CPython: frame_get_var */
function frameGetVar(interp: Interpreter, frame: Frame, i: number): PyObject | null | undefined {
  const kind = frame.co.desc.co_localspluskinds[i]!;
  // Free variables of a class body or module are not its locals.
  if (kind & CO_FAST_FREE && !(frame.co.desc.co_flags & CO_OPTIMIZED)) return undefined;
  const value = frame.localsplus[i] ?? null;
  if (value === null) return null;
  if (kind & CO_FAST_FREE) return (value as PyCellObject).body;
  // An argument that is also a cell holds its value until MAKE_CELL moves it into the cell.
  if (kind & CO_FAST_CELL && value.ob_type === interp.types.cell) return (value as PyCellObject).body;
  return value;
}

/** del locals[name], a missing key ignored. */
function delIfPresent(interp: Interpreter, locals: PyObject, name: PyObject): void {
  try {
    PyObject_DelItem(interp, locals, name);
  } catch (e) {
    const t = (e as PyObject).ob_type;
    if (t === undefined || !t.isSubtypeOf(excType(interp, 'KeyError'))) throw e;
    Py_DECREF(e as PyObject);
  }
}

/**
 * Copies the frame's fast locals into its f_locals dict (made on first use) and returns a new
 * reference to it; with `includeHidden`, the variables of a running inlined comprehension are
 * added to a copy instead. CPython: _PyFrame_GetLocals
 */
export function frameGetLocals(interp: Interpreter, frame: Frame, includeHidden: boolean): PyObject {
  let locals = frame.locals;
  if (locals === null) {
    locals = PyDict_New(interp);
    frame.locals = locals;
  }
  const hidden = includeHidden ? PyDict_New(interp) : null;
  try {
    const names = frame.co.localsplusnames;
    const kinds = frame.co.desc.co_localspluskinds;
    for (let i = 0; i < frame.co.nlocalsplus; i++) {
      const value = frameGetVar(interp, frame, i);
      if (value === undefined) continue;
      const name = names[i]!;
      if (kinds[i]! & CO_FAST_HIDDEN) {
        if (hidden !== null && value !== null) PyObject_SetItem(interp, hidden, name, value);
        continue;
      }
      if (value === null) delIfPresent(interp, locals, name);
      else PyObject_SetItem(interp, locals, name, value);
    }
    if (hidden !== null && dictLength(hidden) > 0) {
      const inner = PyDict_New(interp);
      try {
        dictMerge(interp, inner, locals, 1);
        dictMerge(interp, inner, hidden, 1);
      } catch (e) {
        Py_DECREF(inner);
        throw e;
      }
      return inner;
    }
    return Py_NewRef(locals);
  } finally {
    if (hidden !== null) Py_DECREF(hidden);
  }
}

function currentFrame(interp: Interpreter): Frame {
  const f = interp.tstate.frame;
  if (f === null) PyErr_SetString(interp, 'SystemError', 'frame does not exist');
  return f;
}

/** locals(): the running frame's locals, hidden ones included (a new reference). CPython: _PyEval_GetFrameLocals */
export function PyEval_GetFrameLocals(interp: Interpreter): PyObject {
  return frameGetLocals(interp, currentFrame(interp), true);
}

/** The running frame's f_locals after copying its fast locals in (borrowed). CPython: PyEval_GetLocals */
export function PyEval_GetLocals(interp: Interpreter): PyObject {
  const f = currentFrame(interp);
  Py_DECREF(frameGetLocals(interp, f, false));
  return f.locals!;
}
