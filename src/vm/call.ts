// Binding a call's arguments to a Python function's parameters. CPython: Python/ceval.c
// initialize_locals, too_many_positional, missing_arguments, format_missing.
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import type { PyCodeObject } from '../objects/codeobject.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem, unicodeEqual } from '../objects/dictobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import type { PyFunctionObject } from '../objects/funcobject.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from '../objects/object.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../objects/tupleobject.ts';
import { unicodeText as text } from '../objects/unicodeobject.ts';
import type { Frame } from './frame.ts';


// CPython: format_missing — 'a'; 'a' and 'b'; 'a', 'b', and 'c'
function formatNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Fills the new frame's locals from `args` (positional arguments then the values of kwnames).
 * Checks everything before taking any reference, so that on a TypeError the caller still owns
 * all the arguments. The frame takes its own references. CPython: initialize_locals
 */
export function initializeLocals(interp: Interpreter, func: PyObject, frame: Frame, args: readonly PyObject[], kwnames: PyObject | null): void {
  const fb = (func as PyFunctionObject).body;
  const cb = (fb.code as PyCodeObject).body;
  const lp = frame.localsplus;
  if (kwnames === null && cb.simpleArgcount === args.length) {
    // Exactly the positional parameters: nothing to check.
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      Py_INCREF(a);
      lp[i] = a;
    }
    return;
  }
  const co = cb.desc;
  const qualname = text(fb.qualname);
  const argcount = co.co_argcount;
  const kwonly = co.co_kwonlyargcount;
  const totalArgs = argcount + kwonly;
  const varargs = (co.co_flags & CO_VARARGS) !== 0;
  const varkw = (co.co_flags & CO_VARKEYWORDS) !== 0;
  const kwn = kwnames === null ? [] : (kwnames as PyTupleObject).body;
  const npos = args.length - kwn.length;
  const names = cb.localsplusnames;

  // Keyword arguments: find each one's parameter (posonly parameters are not matched).
  const kwTarget: number[] = [];
  const bound = new Array<boolean>(totalArgs).fill(false);
  for (let i = 0; i < Math.min(npos, argcount); i++) bound[i] = true;
  for (const k of kwn) {
    let j = -1;
    for (let p = co.co_posonlyargcount; p < totalArgs; p++) {
      if (names[p] === k || unicodeEqual(names[p]!, k)) {
        j = p;
        break;
      }
    }
    if (j < 0) {
      if (!varkw) PyErr_SetString(interp, 'TypeError', `${qualname}() got an unexpected keyword argument '${text(k)}'`);
    } else if (bound[j]) {
      PyErr_SetString(interp, 'TypeError', `${qualname}() got multiple values for argument '${text(k)}'`);
    } else bound[j] = true;
    kwTarget.push(j);
  }
  if (npos > argcount && !varargs) {
    const defcount = fb.defaults === null ? 0 : (fb.defaults as PyTupleObject).body.length;
    let kwonlyGiven = 0;
    for (let p = argcount; p < totalArgs; p++) if (bound[p]) kwonlyGiven++;
    const plural = argcount !== 1 || defcount > 0;
    const takes = defcount > 0 ? `from ${argcount - defcount} to ${argcount}` : `${argcount}`;
    const kwText = kwonlyGiven > 0 ? ` positional argument${npos !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})` : '';
    PyErr_SetString(interp, 'TypeError',
      `${qualname}() takes ${takes} positional argument${plural ? 's' : ''} but ${npos}${kwText} ${npos === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`);
  }
  const defaults = fb.defaults === null ? [] : (fb.defaults as PyTupleObject).body;
  const firstDefault = argcount - defaults.length;
  const missing: string[] = [];
  for (let p = 0; p < firstDefault; p++) if (!bound[p]) missing.push(text(names[p]!));
  if (missing.length > 0) {
    PyErr_SetString(interp, 'TypeError',
      `${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${formatNames(missing)}`);
  }
  const missingKw: string[] = [];
  for (let p = argcount; p < totalArgs; p++) {
    if (bound[p]) continue;
    if (fb.kwdefaults === null || PyDict_GetItem(interp, fb.kwdefaults, names[p]!) === null) missingKw.push(text(names[p]!));
  }
  if (missingKw.length > 0) {
    PyErr_SetString(interp, 'TypeError',
      `${qualname}() missing ${missingKw.length} required keyword-only argument${missingKw.length === 1 ? '' : 's'}: ${formatNames(missingKw)}`);
  }

  // Everything checks out: take the references.
  let kwdict: PyObject | null = null;
  if (varkw) {
    kwdict = PyDict_New(interp);
    lp[totalArgs + (varargs ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) {
    Py_INCREF(args[i]!);
    lp[i] = args[i]!;
  }
  if (varargs) {
    const extra: PyObject[] = [];
    for (let i = n; i < npos; i++) {
      Py_INCREF(args[i]!);
      extra.push(args[i]!);
    }
    lp[totalArgs] = tupleFromItemsSteal(interp, extra);
  }
  for (let i = 0; i < kwn.length; i++) {
    const v = args[npos + i]!;
    const j = kwTarget[i]!;
    if (j < 0) PyDict_SetItem(interp, kwdict!, kwn[i]!, v);
    else {
      Py_INCREF(v);
      lp[j] = v;
    }
  }
  for (let p = firstDefault; p < argcount; p++) {
    if (lp[p] === null) {
      const d = defaults[p - firstDefault]!;
      Py_INCREF(d);
      lp[p] = d;
    }
  }
  for (let p = argcount; p < totalArgs; p++) {
    if (lp[p] === null) {
      const d = PyDict_GetItem(interp, fb.kwdefaults!, names[p]!)!;
      Py_INCREF(d);
      lp[p] = d;
    }
  }
}

/** Releases borrowed-then-owned stack references (helper for the error path). */
export function decrefAll(items: readonly PyObject[]): void {
  for (const o of items) Py_DECREF(o);
}
