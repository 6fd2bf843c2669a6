// The abstract object protocols the eval loop calls. CPython: Objects/abstract.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_DECREF, type PyObject } from './object.ts';
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
