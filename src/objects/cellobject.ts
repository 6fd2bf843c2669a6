// cell: the box a closure shares with the frame that created the variable. CPython:
// Objects/cellobject.c (PyCell_New, cell_new, cell_dealloc, cell_richcompare, cell_repr,
// cell_get_contents, cell_set_contents). The contents are in `body` (null when empty).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_INCREF, Py_XDECREF, Py_XNewRef, type PyObject } from './object.ts';
import { PyObject_RichCompare, Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE } from './objectops.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import type { GetSetDef, PyTypeObject, visitproc } from './typeobject.ts';
import { checkPositional, noKeywords } from './args.ts';

export interface PyCellObject extends PyObject {
  body: PyObject | null;
}

/** sizeof(PyCellObject) on 64-bit 3.12 (the GC head is the type's pre-header). */
export const SIZEOF_PYCELLOBJECT = 24;

/** A new cell holding a new reference to `contents` (or empty). CPython: PyCell_New */
export function PyCell_New(interp: Interpreter, contents: PyObject | null): PyObject {
  return allocObject(interp, interp.types.cell, SIZEOF_PYCELLOBJECT, 0, Py_XNewRef(contents));
}

// CPython: cell_new — cell() is empty, cell(x) holds x.
export function cell_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'cell', kwnames);
  checkPositional(interp, 'cell', args.length, 0, 1);
  return PyCell_New(interp, args[0] ?? null);
}

// CPython: cell_dealloc
export function cell_dealloc(o: PyObject): void {
  Py_XDECREF((o as PyCellObject).body);
  freeObject(o);
}

// CPython: cell_traverse
export function cell_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const v = (o as PyCellObject).body;
  if (v !== null) visit(v, arg);
}

// CPython: cell_richcompare — contents compare; an empty cell sorts before any other.
export function cell_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const cell = interp.types.cell;
  if (a.ob_type !== cell || b.ob_type !== cell) return interp.singletons.NotImplemented;
  const x = (a as PyCellObject).body;
  const y = (b as PyCellObject).body;
  if (x !== null && y !== null) return PyObject_RichCompare(interp, x, y, op);
  // Py_RETURN_RICHCOMPARE(b == NULL, a == NULL, op) on the two booleans.
  const l = y === null ? 1 : 0;
  const r = x === null ? 1 : 0;
  let res: boolean;
  switch (op) {
    case Py_LT: res = l < r; break;
    case Py_LE: res = l <= r; break;
    case Py_EQ: res = l === r; break;
    case Py_NE: res = l !== r; break;
    case Py_GT: res = l > r; break;
    case Py_GE: res = l >= r; break;
    default: res = false;
  }
  return res ? interp.singletons.True : interp.singletons.False;
}

// CPython: cell_repr
export function cell_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const v = (o as PyCellObject).body;
  const self = '0x' + o.addr.toString(16);
  if (v === null) return PyUnicode_FromString(interp, `<cell at ${self}: empty>`);
  return PyUnicode_FromString(interp, `<cell at ${self}: ${v.ob_type.tp_name} object at 0x${v.addr.toString(16)}>`);
}

// CPython: cell_get_contents / cell_set_contents
export const cell_getset: readonly GetSetDef[] = [
  {
    name: 'cell_contents',
    get: (interp, o) => {
      const v = (o as PyCellObject).body;
      if (v === null) return PyErr_SetString(interp, 'ValueError', 'Cell is empty');
      Py_INCREF(v);
      return v;
    },
    set: (_interp, o, value) => {
      const old = (o as PyCellObject).body;
      (o as PyCellObject).body = Py_XNewRef(value);
      Py_XDECREF(old);
    },
  },
];
