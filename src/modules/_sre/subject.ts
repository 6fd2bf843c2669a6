// The strings a pattern runs over: str as code points, bytes-like objects as bytes. CPython:
// Modules/_sre/sre.c (getstring, state_init, getslice, state_getslice).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { bufferOf, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_INCREF, type PyObject } from '../../objects/object.ts';
import { PyUnicode_Substring, unicodeCodePoints } from '../../objects/unicodeobject.ts';
import { SreState } from './engine.ts';

export interface Subject {
  chars: ArrayLike<number>;
  isbytes: boolean;
}

// CPython: getstring
export function getString(interp: Interpreter, o: PyObject): Subject {
  if (o.ob_type.isSubtypeOf(interp.types.str)) return { chars: unicodeCodePoints(o), isbytes: false };
  const b = bufferOf(o);
  if (b === null) PyErr_SetString(interp, 'TypeError', `expected string or bytes-like object, got '${o.ob_type.tp_name}'`);
  return { chars: b, isbytes: true };
}

/** A state over `string` from pos to endpos (clamped) for a pattern of `isbytes` (-1: no pattern string). CPython: state_init */
export function stateInit(interp: Interpreter, patternIsbytes: number, string: PyObject, pos: number, endpos: number): [SreState, Subject] {
  const subj = getString(interp, string);
  if (patternIsbytes === 0 && subj.isbytes) PyErr_SetString(interp, 'TypeError', 'cannot use a string pattern on a bytes-like object');
  if (patternIsbytes === 1 && !subj.isbytes) PyErr_SetString(interp, 'TypeError', 'cannot use a bytes pattern on a string-like object');
  const length = subj.chars.length;
  const start = pos < 0 ? 0 : pos > length ? length : pos;
  const end = endpos < 0 ? 0 : endpos > length ? length : endpos;
  return [new SreState(subj.chars, start, end), subj];
}

/** string[start:end] as str or bytes. CPython: getslice */
export function getSlice(interp: Interpreter, isbytes: boolean, string: PyObject, start: number, end: number): PyObject {
  if (!isbytes) return PyUnicode_Substring(interp, string, start, end);
  const data = bufferOf(string)!;
  if (string.ob_type === interp.types.bytes && start === 0 && end === data.length) {
    Py_INCREF(string);
    return string;
  }
  return PyBytes_FromData(interp, data.slice(start, Math.max(start, end)));
}

/** The span of group `index` (1-based) in the state, or null when it did not take part. */
export function stateGroupSpan(interp: Interpreter, st: SreState, index: number): [number, number] | null {
  const i = (index - 1) * 2;
  if (i >= st.lastmark || (st.mark[i] ?? -1) < 0 || (st.mark[i + 1] ?? -1) < 0) return null;
  const a = st.mark[i]!;
  const b = st.mark[i + 1]!;
  if (a > b) wrongSpan(interp);
  return [a, b];
}

export function wrongSpan(interp: Interpreter): never {
  return PyErr_SetString(interp, 'SystemError', 'The span of capturing group is wrong, please report a bug for the re module.');
}

// CPython: state_getslice — a group's text; an unset group is None, or '' when `empty`.
export function stateGetSlice(interp: Interpreter, st: SreState, isbytes: boolean, index: number, string: PyObject, empty: boolean): PyObject {
  const span = stateGroupSpan(interp, st, index);
  if (span === null) {
    if (!empty) {
      Py_INCREF(interp.singletons.None);
      return interp.singletons.None;
    }
    return getSlice(interp, isbytes, string, 0, 0);
  }
  return getSlice(interp, isbytes, string, span[0], span[1]);
}
