// The code object's views of its bytecode and tables: co_code, co_linetable,
// co_exceptiontable, and the co_positions() and co_lines() iterators that traceback, dis and
// inspect read, and the variable names dis looks up by oparg. CPython: Objects/codeobject.c (code_getcode, code_positionsiterator,
// code_linesiterator, lineiter_next).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyBytes_FromData } from './bytesobject.ts';
import { codeObjectSize, codePositions, type PyCodeObject } from './codeobject.ts';
import { _PyList_FromArraySteal } from './listobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { cIntArg } from './args.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyObject_GetIter } from './objectops.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { METH_NOARGS, METH_O, type GetSetDef, type MethodDef } from './typeobject.ts';

const desc = (o: PyObject) => (o as PyCodeObject).body.desc;

function intOrNone(interp: Interpreter, v: number): PyObject {
  return v < 0 ? interp.singletons.None : PyLong_FromNumber(interp, v);
}

/** An iterator over tuples made now (CPython's iterators read the table lazily; what they yield is the same). */
function iterOf(interp: Interpreter, items: PyObject[]): PyObject {
  const list = _PyList_FromArraySteal(interp, items);
  try {
    return PyObject_GetIter(interp, list);
  } finally {
    Py_DECREF(list);
  }
}

// CPython: code_positionsiterator — (lineno, end_lineno, col, end_col) of each code unit.
function co_positions(interp: Interpreter, co: PyObject): PyObject {
  const p = codePositions(co);
  const items: PyObject[] = [];
  for (let i = 0; i < p.line.length; i++) {
    items.push(tupleFromItemsSteal(interp, [intOrNone(interp, p.line[i]!), intOrNone(interp, p.endLine[i]!), intOrNone(interp, p.col[i]!), intOrNone(interp, p.endCol[i]!)]));
  }
  return iterOf(interp, items);
}

// CPython: code_linesiterator — (start, end, lineno) byte ranges, consecutive units of one line merged.
function co_lines(interp: Interpreter, co: PyObject): PyObject {
  const line = codePositions(co).line;
  const items: PyObject[] = [];
  let start = 0;
  for (let i = 1; i <= line.length; i++) {
    if (i < line.length && line[i] === line[start]) continue;
    items.push(tupleFromItemsSteal(interp, [PyLong_FromNumber(interp, 2 * start), PyLong_FromNumber(interp, 2 * i), intOrNone(interp, line[start]!)]));
    start = i;
  }
  return iterOf(interp, items);
}

// CPython: code__varname_from_oparg — the local, cell or free variable an oparg names (for dis).
function varnameFromOparg(interp: Interpreter, co: PyObject, arg: PyObject): PyObject {
  const names = (co as PyCodeObject).body.localsplusnames;
  const i = cIntArg(interp, arg);
  if (i < 0 || i >= names.length) PyErr_SetString(interp, 'IndexError', 'tuple index out of range');
  return Py_NewRef(names[i]!);
}

/** A new reference to one of the code's bytes attributes: the same object on every access. */
function keptBytes(interp: Interpreter, o: PyObject, name: 'co_code' | 'co_linetable' | 'co_exceptiontable'): PyObject {
  const kept = (o as PyCodeObject).body.bytesAttrs;
  let b = kept.get(name);
  if (b === undefined) {
    b = PyBytes_FromData(interp, desc(o)[name].slice());
    kept.set(name, b);
  }
  return Py_NewRef(b);
}

export const CODE_METHODS: readonly MethodDef[] = [
  // CPython: code_sizeof
  { name: '__sizeof__', flags: METH_NOARGS, impl: (interp, self) => PyLong_FromNumber(interp, codeObjectSize((self as PyCodeObject).body.units.length)) },
  { name: 'co_positions', flags: METH_NOARGS, impl: (interp, self) => co_positions(interp, self!) },
  { name: 'co_lines', flags: METH_NOARGS, impl: (interp, self) => co_lines(interp, self!) },
  { name: '_varname_from_oparg', flags: METH_O, impl: (interp, self, args) => varnameFromOparg(interp, self!, args[0]!) },
];

export const CODE_TABLE_GETSET: readonly GetSetDef[] = [
  { name: 'co_code', get: (interp, o) => keptBytes(interp, o, 'co_code') },
  { name: 'co_linetable', get: (interp, o) => keptBytes(interp, o, 'co_linetable') },
  { name: 'co_exceptiontable', get: (interp, o) => keptBytes(interp, o, 'co_exceptiontable') },
];
