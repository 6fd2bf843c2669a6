// The _bisect module: binary search and insertion in sorted sequences, with an optional key.
// CPython: Modules/_bisectmodule.c (internal_bisect_right, internal_bisect_left, insort_*).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_GetItem } from '../../objects/abstract.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { callMethod, PyObject_CallOneArg } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { ins1 } from '../../objects/listobject.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { Py_LT, PyObject_RichCompareBool, PyObject_Size } from '../../objects/objectops.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { ssizeIndexArg } from '../modsupport.ts';

/** a[i] for 0 <= i. CPython: PySequence_GetItem */
function sequenceItem(interp: Interpreter, a: PyObject, i: number): PyObject {
  const sqItem = a.ob_type.tp_as_sequence?.sq_item;
  if (sqItem !== undefined) return sqItem(a, i);
  const index = PyLong_FromNumber(interp, i);
  try {
    return PyObject_GetItem(interp, a, index);
  } finally {
    Py_DECREF(index);
  }
}

/**
 * The insertion point of `item` in a[lo:hi]: after equal items (right) or before them (left).
 * CPython: internal_bisect_right, internal_bisect_left
 */
function bisect(interp: Interpreter, a: PyObject, item: PyObject, lo: number, hi: number, key: PyObject | null, right: boolean): number {
  if (lo < 0) PyErr_SetString(interp, 'ValueError', 'lo must be non-negative');
  if (hi === -1) hi = PyObject_Size(interp, a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let litem = sequenceItem(interp, a, mid);
    if (key !== null) {
      try {
        const k = PyObject_CallOneArg(interp, key, litem);
        Py_DECREF(litem);
        litem = k;
      } catch (e) {
        Py_DECREF(litem);
        throw e;
      }
    }
    let res: boolean;
    try {
      res = right ? PyObject_RichCompareBool(interp, item, litem, Py_LT) : PyObject_RichCompareBool(interp, litem, item, Py_LT);
    } finally {
      Py_DECREF(litem);
    }
    if (right === res) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const NAMES = ['a', 'x', 'lo', 'hi', 'key'];

interface BisectArgs {
  a: PyObject;
  x: PyObject;
  lo: number;
  hi: number;
  key: PyObject | null;
}

function bisectArgs(interp: Interpreter, name: string, args: readonly PyObject[], kw: PyObject | null): BisectArgs {
  const [a, x, lo, hi, key] = unpackKeywords(interp, name, NAMES, 0, 2, 4, args, kw);
  const none = interp.singletons.None;
  return {
    a: a!, x: x!,
    lo: lo === undefined ? 0 : ssizeIndexArg(interp, lo),
    hi: hi === undefined || hi === none ? -1 : ssizeIndexArg(interp, hi),
    key: key === undefined || key === none ? null : key,
  };
}

function bisectFunc(name: string, right: boolean): BuiltinImpl {
  return (interp, _s, args, kw) => {
    const p = bisectArgs(interp, name, args, kw);
    return PyLong_FromNumber(interp, bisect(interp, p.a, p.x, p.lo, p.hi, p.key, right));
  };
}

// CPython: _bisect_insort_right_impl / _bisect_insort_left_impl
function insortFunc(name: string, right: boolean): BuiltinImpl {
  return (interp, _s, args, kw) => {
    const p = bisectArgs(interp, name, args, kw);
    let index: number;
    if (p.key === null) index = bisect(interp, p.a, p.x, p.lo, p.hi, null, right);
    else {
      const keyX = PyObject_CallOneArg(interp, p.key, p.x);
      try {
        index = bisect(interp, p.a, keyX, p.lo, p.hi, p.key, right);
      } finally {
        Py_DECREF(keyX);
      }
    }
    if (p.a.ob_type === interp.types.list) ins1(p.a, index, p.x);
    else {
      const i = PyLong_FromNumber(interp, index);
      try {
        Py_DECREF(callMethod(interp, p.a, 'insert', [i, p.x]));
      } finally {
        Py_DECREF(i);
      }
    }
    return Py_NewRef(interp.singletons.None);
  };
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['bisect_right', bisectFunc('bisect_right', true)],
  ['insort_right', insortFunc('insort_right', true)],
  ['bisect_left', bisectFunc('bisect_left', false)],
  ['insort_left', insortFunc('insort_left', false)],
];

/** The _bisect module object. CPython: bisect_modexec */
export function createBisectModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_bisect'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\n' +
    'having to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n'));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}
