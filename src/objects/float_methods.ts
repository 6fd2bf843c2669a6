// The methods and computed attributes of float beyond its number slots. CPython:
// Objects/floatobject.c (float_methods, float_getset, float___round___impl, float_fromhex, ...).
import type { Interpreter } from '../runtime/interpreter.ts';
import { indexValueOf } from './abstract.ts';
import { PyObject_CallOneArg } from './call.ts';
import { PyErr_SetString } from './exceptions.ts';
import { float_float, PyFloat_FromDouble } from './floatobject.ts';
import { longFromValue } from './long_methods.ts';
import { PyLong_FromBigInt } from './longobject.ts';
import {
  floatAsIntegerRatio, floatCeil, floatFloor, floatFromHex, floatHex, floatRound, floatRoundToInt, floatToInt,
} from './numeric/float.ts';
import { Py_DECREF, type PyObject } from './object.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_NOARGS, METH_O, type GetSetDef, type MethodDef } from './typeobject.ts';
import { format_methods } from './unicode_format.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';

// CPython: float___round___impl — no ndigits (or None) rounds to an int, ties to even
function float_round(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  if (args.length > 1) PyErr_SetString(interp, 'TypeError', `__round__ expected at most 1 argument, got ${args.length}`);
  const x = self!.ival;
  if (args.length === 0 || args[0] === interp.singletons.None) return PyLong_FromBigInt(interp, floatRoundToInt(x));
  return PyFloat_FromDouble(interp, floatRound(x, indexValueOf(interp, args[0]!)));
}

// CPython: float_fromhex — a subclass is called with the float
function float_fromhex(interp: Interpreter, cls: PyObject | null, args: readonly PyObject[]): PyObject {
  const s = args[0]!;
  if (!s.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'bad argument type for built-in operation');
  const r = PyFloat_FromDouble(interp, floatFromHex(unicodeText(s)));
  if (cls === interp.types.float) return r;
  try {
    return PyObject_CallOneArg(interp, cls!, r);
  } finally {
    Py_DECREF(r);
  }
}

// CPython: float___getformat___impl
function float_getformat(interp: Interpreter, _cls: PyObject | null, args: readonly PyObject[]): PyObject {
  const s = args[0]!;
  if (!s.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `__getformat__() argument must be str, not ${s.ob_type.tp_name}`);
  const v = unicodeText(s);
  if (v !== 'double' && v !== 'float') PyErr_SetString(interp, 'ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
  return PyUnicode_FromString(interp, 'IEEE, little-endian');
}

const noargs = (name: string, impl: (interp: Interpreter, self: PyObject) => PyObject): MethodDef =>
  ({ name, flags: METH_NOARGS, impl: (interp, self) => impl(interp, self!) });
const floatSelf = (_interp: Interpreter, self: PyObject): PyObject => float_float(self);

export const float_methods: readonly MethodDef[] = [
  noargs('conjugate', floatSelf),
  noargs('__trunc__', (interp, self) => PyLong_FromBigInt(interp, floatToInt(self.ival))),
  noargs('__floor__', (interp, self) => PyLong_FromBigInt(interp, floatFloor(self.ival))),
  noargs('__ceil__', (interp, self) => PyLong_FromBigInt(interp, floatCeil(self.ival))),
  { name: '__round__', flags: METH_FASTCALL, impl: float_round },
  noargs('as_integer_ratio', (interp, self) => {
    const [n, d] = floatAsIntegerRatio(self.ival);
    return tupleFromItemsSteal(interp, [longFromValue(interp, n), longFromValue(interp, d)]);
  }),
  { name: 'fromhex', flags: METH_O | METH_CLASS, impl: float_fromhex },
  noargs('hex', (interp, self) => PyUnicode_FromString(interp, floatHex(self.ival))),
  noargs('is_integer', (interp, self) => (Number.isInteger(self.ival) ? interp.singletons.True : interp.singletons.False)),
  noargs('__getnewargs__', (interp, self) => tupleFromItemsSteal(interp, [PyFloat_FromDouble(interp, self.ival)])),
  { name: '__getformat__', flags: METH_O | METH_CLASS, impl: float_getformat },
  ...format_methods,
];

export const float_getset: readonly GetSetDef[] = [
  { name: 'real', get: (_interp, o) => float_float(o), doc: 'the real part of a complex number' },
  { name: 'imag', get: (interp) => PyFloat_FromDouble(interp, 0), doc: 'the imaginary part of a complex number' },
];
