// The abstract object protocols the eval loop calls. CPython: Objects/abstract.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_SetString } from './exceptions.ts';
import { longValue, PyLong_Check } from './longobject.ts';
import { Py_DECREF, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_RichCompareBool, Py_EQ } from './objectops.ts';
import type { binaryfunc, NumberMethods } from './typeobject.ts';

/**
 * Binary operators, numbered as CPython 3.12's NB_* (the oparg of BINARY_OP); in-place forms
 * are the plain number + NB_INPLACE_ADD.
 */
export const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5, REMAINDER = 6, OR = 7,
  POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12, INPLACE_ADD = 13,
}

const SLOTS: readonly (keyof NumberMethods)[] = [
  'nb_add', 'nb_and', 'nb_floor_divide', 'nb_lshift', 'nb_matrix_multiply', 'nb_multiply', 'nb_remainder', 'nb_or',
  'nb_power', 'nb_rshift', 'nb_subtract', 'nb_true_divide', 'nb_xor',
];
const SYMBOLS: readonly string[] = ['+', '&', '//', '<<', '@', '*', '%', '|', '** or pow()', '>>', '-', '/', '^'];

function slotOf(o: PyObject, op: NB): binaryfunc | null {
  const nb = o.ob_type.tp_as_number;
  if (nb === null) return null;
  if (op === NB.POWER) {
    // The ** operator calls the ternary slot with None as the modulus (CPython: ternary_op).
    const pow = nb.nb_power;
    if (pow === undefined) return null;
    return (a, b) => pow(a, b, o.ob_type.tp_interp.singletons.None);
  }
  return (nb[SLOTS[op]!] as binaryfunc | undefined) ?? null;
}

// CPython: binary_op1 — the right operand's slot goes first when its type is a subtype of the
// left operand's type; NotImplemented from one side passes to the other.
export function binaryOp1(interp: Interpreter, v: PyObject, w: PyObject, op: NB): PyObject {
  const notImpl = interp.singletons.NotImplemented;
  const slotv = slotOf(v, op);
  let slotw = v.ob_type !== w.ob_type ? slotOf(w, op) : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && w.ob_type.isSubtypeOf(v.ob_type)) {
      const x = slotw(v, w);
      if (x !== notImpl) return x;
      Py_DECREF(x);
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== notImpl) return x;
    Py_DECREF(x);
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== notImpl) return x;
    Py_DECREF(x);
  }
  return notImpl;
}

// CPython: binary_op / binop_type_error. In-place operators fall back to the binary slots (no
// type defines nb_inplace_* slots yet: they come with list and the other mutable types).
export function binaryOp(interp: Interpreter, v: PyObject, w: PyObject, op: NB): PyObject {
  const base = op >= NB.INPLACE_ADD ? op - NB.INPLACE_ADD : op;
  const r = binaryOp1(interp, v, w, base);
  if (r !== interp.singletons.NotImplemented) return r;
  // The in-place power is reported as "**=", not "** or pow()=".
  const symbol = op < NB.INPLACE_ADD ? SYMBOLS[base] : base === NB.POWER ? '**=' : `${SYMBOLS[base]}=`;
  return PyErr_SetString(interp, 'TypeError',
    `unsupported operand type(s) for ${symbol}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;
const PY_SSIZE_T_MIN = -(2n ** 63n);

/**
 * An index as a JS number, or null when `o` is not an int (the caller raises its own TypeError).
 * Out of ssize_t range raises IndexError, as for subscripts. CPython: PyIndex_Check +
 * PyNumber_AsSsize_t(o, PyExc_IndexError)
 */
export function indexOrNull(interp: Interpreter, o: PyObject): number | null {
  if (!PyLong_Check(o)) return null;
  const v = longValue(o);
  if (typeof v === 'number') return v;
  if (v > PY_SSIZE_T_MAX || v < PY_SSIZE_T_MIN) {
    PyErr_SetString(interp, 'IndexError', `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
  }
  // Beyond 2**53 but within ssize_t: past any real length, and still out of range once negated.
  return Number(v);
}

// CPython: PyObject_GetItem (a new reference)
export function PyObject_GetItem(interp: Interpreter, o: PyObject, key: PyObject): PyObject {
  const mp = o.ob_type.tp_as_mapping;
  if (mp !== null && mp.mp_subscript !== undefined) return mp.mp_subscript(o, key);
  return PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object is not subscriptable`);
}

// CPython: PyObject_SetItem (the container takes its own reference to the value)
export function PyObject_SetItem(interp: Interpreter, o: PyObject, key: PyObject, value: PyObject): void {
  const mp = o.ob_type.tp_as_mapping;
  if (mp !== null && mp.mp_ass_subscript !== undefined) return mp.mp_ass_subscript(o, key, value);
  PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object does not support item assignment`);
}

// CPython: PyObject_DelItem
export function PyObject_DelItem(interp: Interpreter, o: PyObject, key: PyObject): void {
  const mp = o.ob_type.tp_as_mapping;
  if (mp !== null && mp.mp_ass_subscript !== undefined) return mp.mp_ass_subscript(o, key, null);
  PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object doesn't support item deletion`);
}

/** `value in seq` by iteration and ==. CPython: _PySequence_IterSearch (PY_ITERSEARCH_CONTAINS) */
export function PySequence_IterSearch(interp: Interpreter, seq: PyObject, value: PyObject): boolean {
  if (seq.ob_type.tp_iter === null) {
    PyErr_SetString(interp, 'TypeError', `argument of type '${seq.ob_type.tp_name}' is not iterable`);
  }
  const it = PyObject_GetIter(interp, seq);
  try {
    for (;;) {
      const item = PyIter_Next(interp, it);
      if (item === null) return false;
      let found: boolean;
      try {
        found = PyObject_RichCompareBool(interp, item, value, Py_EQ);
      } finally {
        Py_DECREF(item);
      }
      if (found) return true;
    }
  } finally {
    Py_DECREF(it);
  }
}

// CPython: PySequence_Contains (sq_contains, else iteration)
export function PySequence_Contains(interp: Interpreter, seq: PyObject, value: PyObject): boolean {
  const sq = seq.ob_type.tp_as_sequence;
  if (sq !== null && sq.sq_contains !== undefined) return sq.sq_contains(seq, value);
  return PySequence_IterSearch(interp, seq, value);
}

// CPython: PyNumber_Invert
export function PyNumber_Invert(interp: Interpreter, o: PyObject): PyObject {
  const f = o.ob_type.tp_as_number?.nb_invert;
  if (f !== undefined) return f(o);
  return PyErr_SetString(interp, 'TypeError', `bad operand type for unary ~: '${o.ob_type.tp_name}'`);
}

/**
 * Unpacks `v` into `out` (new references, in iteration order), exactly `count` items. On error
 * the items taken so far are released, last first, as CPython's error path does.
 * CPython: unpack_iterable (argcntafter == -1)
 */
export function unpackIterable(interp: Interpreter, v: PyObject, count: number, out: PyObject[]): void {
  const type = v.ob_type;
  if (type.tp_iter === null) PyErr_SetString(interp, 'TypeError', `cannot unpack non-iterable ${type.tp_name} object`);
  const it = PyObject_GetIter(interp, v);
  const next = (o: PyObject) => PyIter_Next(interp, o);
  try {
    for (let i = 0; i < count; i++) {
      const w = next(it);
      if (w === null) {
        PyErr_SetString(interp, 'ValueError', `not enough values to unpack (expected ${count}, got ${i})`);
      }
      out.push(w);
    }
    const extra = next(it);
    if (extra !== null) {
      Py_DECREF(extra);
      PyErr_SetString(interp, 'ValueError', `too many values to unpack (expected ${count})`);
    }
  } catch (e) {
    for (let i = out.length - 1; i >= 0; i--) Py_DECREF(out[i]!);
    out.length = 0;
    throw e;
  } finally {
    Py_DECREF(it);
  }
}
