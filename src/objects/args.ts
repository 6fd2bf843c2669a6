// Argument checks for builtin functions and methods, with CPython's messages.
// CPython: Python/getargs.c (_PyArg_NoKeywords, _PyArg_CheckPositional) and the METH_NOARGS /
// METH_O checks of Objects/methodobject.c and Objects/descrobject.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { indexValueOf } from './abstract.ts';
import { PyErr_SetString } from './exceptions.ts';
import type { PyObject } from './object.ts';

function kwCount(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : (kwnames.body as PyObject[]).length;
}

/** `name() takes no keyword arguments`. CPython: _PyArg_NoKwnames */
export function noKeywords(interp: Interpreter, name: string, kwnames: PyObject | null): void {
  if (kwCount(kwnames) > 0) PyErr_SetString(interp, 'TypeError', `${name}() takes no keyword arguments`);
}

/** A METH_NOARGS callable: `name() takes no arguments (N given)`. CPython: method_vectorcall_NOARGS */
export function noArgs(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): void {
  noKeywords(interp, name, kwnames);
  if (args.length !== 0) PyErr_SetString(interp, 'TypeError', `${name}() takes no arguments (${args.length} given)`);
}

/** A METH_O callable: `name() takes exactly one argument (N given)`; returns the argument. CPython: method_vectorcall_O */
export function oneArg(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords(interp, name, kwnames);
  if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/**
 * Argument Clinic's positional count check: `name expected at least/at most/N argument(s), got M`
 * (no parentheses after the name, as CPython prints it). CPython: _PyArg_CheckPositional
 */
export function checkPositional(interp: Interpreter, name: string, n: number, min: number, max: number): void {
  if (n < min) {
    PyErr_SetString(interp, 'TypeError', `${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    PyErr_SetString(interp, 'TypeError', `${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/**
 * PyArg_ParseTuple's count check with a format named `name`: `name() takes at least/at most/
 * exactly N argument(s) (M given)`. CPython: vgetargs1_impl
 */
export function parseTupleCount(interp: Interpreter, name: string, n: number, min: number, max: number): void {
  if (n >= min && n <= max) return;
  const bound = n < min ? min : max;
  const how = min === max ? 'exactly' : n < min ? 'at least' : 'at most';
  PyErr_SetString(interp, 'TypeError', `${name}() takes ${how} ${bound} argument${bound === 1 ? '' : 's'} (${n} given)`);
}

/**
 * An argument converted as a C int through __index__, with the OverflowErrors of a value outside
 * long, then outside int. CPython: the 'i' converter of PyArg_Parse (PyLong_AsLong)
 */
export function cIntArg(interp: Interpreter, o: PyObject): number {
  const v = indexValueOf(interp, o);
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C long');
  if (v > 0x7fffffff) PyErr_SetString(interp, 'OverflowError', 'signed integer is greater than maximum');
  if (v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'signed integer is less than minimum');
  return Number(v);
}
