// The f-string opcodes. CPython: Python/bytecodes.c FORMAT_VALUE and BUILD_STRING.
import type { Interpreter } from '../runtime/interpreter.ts';
import { Py_DECREF, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { PyObject_Repr, PyObject_Str } from '../objects/objectops.ts';
import { PyObject_ASCII, PyObject_Format } from '../objects/unicode_format.ts';
import { unicodeFromPieces } from '../objects/unicodeobject.ts';

const FVC_MASK = 0x3;
const FVC_STR = 0x1;
const FVC_REPR = 0x2;
const FVS_HAVE_SPEC = 0x4;

/**
 * FORMAT_VALUE: pops the value (and the spec when the oparg says so) from lp[sp-1] / lp[sp-2],
 * releases them and returns the formatted str; returns the new stack pointer through the slot it
 * wrote. Inputs are released before an error propagates, as CPython's instruction does.
 */
export function formatValue(interp: Interpreter, lp: (PyObject | null)[], sp: number, oparg: number): number {
  let spec: PyObject | null = null;
  if ((oparg & FVS_HAVE_SPEC) !== 0) {
    spec = lp[--sp]!;
    lp[sp] = null;
  }
  let value = lp[--sp]!;
  lp[sp] = null;
  const which = oparg & FVC_MASK;
  if (which !== 0) {
    let converted: PyObject;
    try {
      converted = which === FVC_STR ? PyObject_Str(interp, value) : which === FVC_REPR ? PyObject_Repr(interp, value) : PyObject_ASCII(interp, value);
    } catch (e) {
      Py_DECREF(value);
      Py_XDECREF(spec);
      throw e;
    }
    Py_DECREF(value);
    value = converted;
  }
  if (value.ob_type === interp.types.str && spec === null) {
    lp[sp++] = value;
    return sp;
  }
  let res: PyObject;
  try {
    res = PyObject_Format(interp, value, spec);
  } finally {
    Py_DECREF(value);
    Py_XDECREF(spec);
  }
  lp[sp++] = res;
  return sp;
}

/** BUILD_STRING: joins the top `n` strs into one and releases them. CPython: _PyUnicode_JoinArray */
export function buildString(interp: Interpreter, lp: (PyObject | null)[], sp: number, n: number): number {
  const first = sp - n;
  let res: PyObject;
  if (n === 1 && lp[first]!.ob_type === interp.types.str) {
    res = lp[first]!;
    lp[first] = null;
  } else {
    res = unicodeFromPieces(interp, lp.slice(first, sp) as PyObject[], '');
    for (let k = first; k < sp; k++) {
      const v = lp[k]!;
      lp[k] = null;
      Py_DECREF(v);
    }
  }
  lp[first] = res;
  return first + 1;
}
