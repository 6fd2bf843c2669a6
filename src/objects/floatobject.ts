// float. CPython: Objects/floatobject.c. The value is in `ival`. Exact floats keep a free list
// of up to 100 objects that keep their memory (and address) while on it.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject, reviveObject } from './alloc.ts';
import { PyErr_SetString } from './exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt } from './longobject.ts';
import { floatDivmod, floatFloorDiv, floatMod, floatToInt, floatTrueDiv } from './numeric/float.ts';
import { ComplexPowerRequired, floatPow } from './numeric/float_pow.ts';
import { intToFloat } from './numeric/int.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { _PyNumber_Index, subclassResultDeprecated } from './abstract.ts';
import { PyErr_WarnEx } from '../modules/warningsmodule.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { complexPowOfFloats } from './complexobject.ts';

export const PyFloat_MAXFREELIST = 100;

export interface FloatFreeList {
  items: PyObject[];
}

// CPython: PyFloat_FromDouble
export function PyFloat_FromDouble(interp: Interpreter, v: number): PyObject {
  const fl = interp.floatFreeList.items;
  if (fl.length > 0) {
    const o = fl.pop()!;
    reviveObject(interp, o);
    o.ival = v;
    return o;
  }
  return allocObject(interp, interp.types.float, 24, v, null);
}

// CPython: float_dealloc (_PyFloat_ExactDealloc)
export function float_dealloc(o: PyObject): void {
  const interp = o.ob_type.tp_interp;
  const fl = interp.floatFreeList.items;
  if (o.ob_type === interp.types.float && fl.length < PyFloat_MAXFREELIST) {
    fl.push(o);
    return;
  }
  freeObject(o);
}

/** The operand as a double, null when it is neither a float nor an int. CPython: CONVERT_TO_DOUBLE */
function toDouble(o: PyObject): number | null {
  const t = o.ob_type.tp_interp.types;
  if (o.ob_type.isSubtypeOf(t.float)) return o.ival;
  if (!PyLong_Check(o)) return null;
  const v = longValue(o);
  return typeof v === 'number' ? v : intToFloat(v);
}

function floatSlot(op: (a: number, b: number) => number) {
  return (a: PyObject, b: PyObject): PyObject => {
    const interp = a.ob_type.tp_interp;
    const x = toDouble(a);
    if (x === null) return interp.singletons.NotImplemented;
    const y = toDouble(b);
    if (y === null) return interp.singletons.NotImplemented;
    return PyFloat_FromDouble(interp, op(x, y));
  };
}

// CPython: float_divmod
export function float_divmod(a: PyObject, b: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  const x = toDouble(a);
  const y = x === null ? null : toDouble(b);
  if (x === null || y === null) return interp.singletons.NotImplemented;
  const [q, r] = floatDivmod(x, y);
  return tupleFromItemsSteal(interp, [PyFloat_FromDouble(interp, q), PyFloat_FromDouble(interp, r)]);
}

// CPython: float_float (an exact float is itself; a subclass instance gives a plain float)
export function float_float(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  if (o.ob_type === interp.types.float) {
    Py_INCREF(o);
    return o;
  }
  return PyFloat_FromDouble(interp, o.ival);
}

/**
 * A number's value as a double: a float's own, else __float__(), else __index__() converted.
 * CPython: PyFloat_AsDouble
 */
export function PyFloat_AsDouble(interp: Interpreter, o: PyObject): number {
  if (o.ob_type.isSubtypeOf(interp.types.float)) return o.ival;
  const nb = o.ob_type.tp_as_number;
  if (nb?.nb_float === undefined) {
    if (nb?.nb_index !== undefined) {
      const r = _PyNumber_Index(interp, o);
      const v = longValue(r);
      Py_DECREF(r);
      return typeof v === 'number' ? v : intToFloat(v);
    }
    return PyErr_SetString(interp, 'TypeError', `must be real number, not ${o.ob_type.tp_name}`);
  }
  return floatResult(interp, o, nb.nb_float(o));
}

/**
 * The value of what o.__float__() returned (`r`, stolen): a float, or a float subclass instance
 * with a DeprecationWarning. CPython: PyFloat_AsDouble, PyNumber_Float
 */
export function floatResult(interp: Interpreter, o: PyObject, r: PyObject): number {
  const v = r.ival;
  try {
    if (r.ob_type !== interp.types.float) {
      const what = `${o.ob_type.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name})`;
      if (!r.ob_type.isSubtypeOf(interp.types.float)) PyErr_SetString(interp, 'TypeError', what);
      PyErr_WarnEx(interp, 'DeprecationWarning', what + subclassResultDeprecated('float'), 1);
    }
  } finally {
    Py_DECREF(r);
  }
  return v;
}

// CPython: float_pow — a negative base to a fractional power is complex.
function float_pow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  if (m !== interp.singletons.None) {
    return PyErr_SetString(interp, 'TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return interp.singletons.NotImplemented;
  try {
    return PyFloat_FromDouble(interp, floatPow(x, y));
  } catch (e) {
    if (e instanceof ComplexPowerRequired) return complexPowOfFloats(interp, x, y);
    throw e;
  }
}

// CPython: float_neg, float_abs
const floatUnary = (f: (x: number) => number) => (o: PyObject): PyObject => PyFloat_FromDouble(o.ob_type.tp_interp, f(o.ival));

export const float_as_number = {
  nb_add: floatSlot((x, y) => x + y),
  nb_subtract: floatSlot((x, y) => x - y),
  nb_multiply: floatSlot((x, y) => x * y),
  nb_true_divide: floatSlot(floatTrueDiv),
  nb_floor_divide: floatSlot(floatFloorDiv),
  nb_remainder: floatSlot(floatMod),
  nb_power: float_pow,
  nb_negative: floatUnary((x) => -x),
  // CPython: float_pos returns float_float(v): the object itself when it is an exact float
  nb_positive: float_float,
  nb_absolute: floatUnary(Math.abs),
  nb_bool: (o: PyObject): boolean => o.ival !== 0,
  nb_divmod: float_divmod,
  nb_float: float_float,
  // CPython: float___trunc___impl
  nb_int: (o: PyObject): PyObject => PyLong_FromBigInt(o.ob_type.tp_interp, floatToInt(o.ival)),
};
