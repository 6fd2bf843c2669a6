// The eval loop's shortcuts for the commonest operand types, in the spirit of CPython 3.12's
// specialized instructions (BINARY_OP_ADD_INT, BINARY_OP_MULTIPLY_FLOAT, COMPARE_OP_INT, ...):
// the result, and every allocation made for it, is the one the generic slot path gives; only
// the dispatch is skipped. Each returns null when it does not apply.
import type { Interpreter } from '../runtime/interpreter.ts';
import { NB } from '../objects/abstract.ts';
import { PyFloat_FromDouble } from '../objects/floatobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { smallFloorDiv, smallMod, smallRShift } from '../objects/numeric/int.ts';
import type { PyObject } from '../objects/object.ts';
import type { CodeBody } from '../objects/codeobject.ts';
import { PyDict_GetItem, type PyDictObject } from '../objects/dictobject.ts';

// NB.INPLACE_x is NB.x + 13 for every operator.
const INPLACE = 13;

/** `lhs op rhs` for two exact ints that are JS numbers, or two exact floats. */
export function binaryOpFast(interp: Interpreter, lhs: PyObject, rhs: PyObject, op: number): PyObject | null {
  const types = interp.types;
  const t = lhs.ob_type;
  if (t !== rhs.ob_type) return null;
  if (op >= INPLACE) op -= INPLACE;
  if (t === types.int) {
    if (lhs.body !== null || rhs.body !== null) return null;
    const a = lhs.ival;
    const b = rhs.ival;
    let r: number;
    switch (op) {
      case NB.ADD: r = a + b; break;
      case NB.SUBTRACT: r = a - b; break;
      case NB.MULTIPLY: r = a * b; break;
      // Division by zero and negative shift counts raise: the generic path does that.
      case NB.FLOOR_DIVIDE: if (b === 0) return null; r = smallFloorDiv(a, b); break;
      case NB.REMAINDER: if (b === 0) return null; r = smallMod(a, b); break;
      case NB.RSHIFT: if (b < 0) return null; r = smallRShift(a, b); break;
      // JS bitwise operators work on int32.
      case NB.AND: if ((a | 0) !== a || (b | 0) !== b) return null; r = a & b; break;
      case NB.OR: if ((a | 0) !== a || (b | 0) !== b) return null; r = a | b; break;
      case NB.XOR: if ((a | 0) !== a || (b | 0) !== b) return null; r = a ^ b; break;
      // Both operands are exact doubles: IEEE division rounds the quotient correctly, as
      // CPython's long_true_divide does.
      case NB.TRUE_DIVIDE: return b === 0 ? null : PyFloat_FromDouble(interp, a / b);
      default: return null;
    }
    // Beyond 2**53 the generic path computes with bigints; -0 is not an int.
    return Number.isSafeInteger(r) ? PyLong_FromNumber(interp, r + 0) : null;
  }
  if (t === types.float) {
    switch (op) {
      case NB.ADD: return PyFloat_FromDouble(interp, lhs.ival + rhs.ival);
      case NB.SUBTRACT: return PyFloat_FromDouble(interp, lhs.ival - rhs.ival);
      case NB.MULTIPLY: return PyFloat_FromDouble(interp, lhs.ival * rhs.ival);
      case NB.TRUE_DIVIDE: return rhs.ival === 0 ? null : PyFloat_FromDouble(interp, lhs.ival / rhs.ival);
      default: return null;
    }
  }
  return null;
}

/** `left op right` (op: Py_LT .. Py_GE) for two exact ints that are JS numbers, or two exact floats. */
export function compareFast(interp: Interpreter, left: PyObject, right: PyObject, op: number): PyObject | null {
  const types = interp.types;
  const t = left.ob_type;
  if (t !== right.ob_type) return null;
  if (t === types.int) {
    if (left.body !== null || right.body !== null) return null;
  } else if (t !== types.float) return null;
  const a = left.ival;
  const b = right.ival;
  let r: boolean;
  switch (op) {
    case 0: r = a < b; break;
    case 1: r = a <= b; break;
    case 2: r = a === b; break;
    case 3: r = a !== b; break;
    case 4: r = a > b; break;
    default: r = a >= b; break;
  }
  const s = interp.singletons;
  return r ? s.True : s.False;
}

/**
 * LOAD_GLOBAL's caches, one entry per instruction: the version tags the globals and builtins
 * had when the value was looked up. A dict gets a new tag from the interpreter's counter at
 * every change, so equal tags mean the same dicts in the same state, and the same value.
 * CPython: LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN (which check the keys' versions).
 */
interface GlobalCache {
  readonly globalsTag: Float64Array;
  readonly builtinsTag: Float64Array;
  readonly value: (PyObject | null)[];
}

/** globals[name], else builtins[name], else null (borrowed). */
export function loadGlobal(interp: Interpreter, co: CodeBody, pc: number, globals: PyObject, builtins: PyObject, name: PyObject): PyObject | null {
  let cache = co.globalCache as GlobalCache | null;
  if (cache === null) {
    const n = co.units.length;
    cache = { globalsTag: new Float64Array(n), builtinsTag: new Float64Array(n), value: new Array<PyObject | null>(n).fill(null) };
    co.globalCache = cache;
  }
  const gt = (globals as PyDictObject).body.versionTag;
  const bt = (builtins as PyDictObject).body.versionTag;
  if (cache.globalsTag[pc] === gt && cache.builtinsTag[pc] === bt) return cache.value[pc]!;
  const v = PyDict_GetItem(interp, globals, name) ?? PyDict_GetItem(interp, builtins, name);
  if (v !== null && globals.ob_type === interp.types.dict && builtins.ob_type === interp.types.dict) {
    cache.globalsTag[pc] = gt;
    cache.builtinsTag[pc] = bt;
    cache.value[pc] = v;
  }
  return v;
}
