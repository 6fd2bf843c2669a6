// The Decimal type object and its methods beyond the shared operation table: conversions to
// tuples, ratios and Python numbers, rounding with round(), math.floor() and math.ceil(),
// pickling and copying. CPython: Modules/_decimal/_decimal.c (dec_methods, dec_getsets).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { checkPositional } from '../../objects/args.ts';
import { PyComplex_FromDoubles } from '../../objects/complexobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_NOARGS, METH_O, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { createModuleType } from '../modsupport.ts';
import * as A from './arith.ts';
import { decimalTableMethods } from './decimal_methods.ts';
import {
  dec, dec_as_number, dec_dealloc, dec_hash, dec_new, dec_repr, dec_richcompare, dec_str, decFromDouble, decFromInt, decToDouble, decToInt, inContext,
  newDecimal, SIZEOF_DECIMAL,
} from './decimalobject.ts';
import { dec_format } from './format.ts';
import { type Dec, finite, Kind, pow10, Round, toSci } from './number.ts';
import { currentContext, decimalState } from './state.ts';

const self = (o: PyObject | null): Dec => dec(o!);

// CPython: PyDec_AsTuple
function as_tuple(interp: Interpreter, o: PyObject | null): PyObject {
  const d = self(o);
  let digits: number[];
  let expo: PyObject;
  if (d.kind === Kind.INF) {
    digits = [0];
    expo = PyUnicode_FromString(interp, 'F');
  } else {
    if (d.kind >= Kind.NAN) {
      digits = d.coef === 0n ? [] : Array.from(d.coef.toString(), Number);
      expo = PyUnicode_FromString(interp, d.kind === Kind.NAN ? 'n' : 'N');
    } else {
      digits = Array.from(d.coef.toString(), Number);
      expo = PyLong_FromNumber(interp, d.exp);
    }
  }
  const digitTuple = tupleFromItemsSteal(interp, digits.map((x) => PyLong_FromNumber(interp, x)));
  const args = [PyLong_FromNumber(interp, d.sign), digitTuple, expo];
  try {
    return PyObject_Vectorcall(interp, decimalState(interp).DecimalTuple, args, null);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

// CPython: dec_as_integer_ratio
function as_integer_ratio(interp: Interpreter, o: PyObject | null): PyObject {
  const d = self(o);
  if (d.kind >= Kind.NAN) PyErr_SetString(interp, 'ValueError', 'cannot convert NaN to integer ratio');
  if (d.kind === Kind.INF) PyErr_SetString(interp, 'OverflowError', 'cannot convert Infinity to integer ratio');
  let n = d.coef;
  let den = 1n;
  if (d.exp >= 0) n *= pow10(d.exp);
  else {
    den = pow10(-d.exp);
    const g = gcd(n, den);
    n /= g;
    den /= g;
  }
  return tupleFromItemsSteal(interp, [PyLong_FromBigInt(interp, d.sign ? -n : n), PyLong_FromBigInt(interp, den)]);
}

/** round(), math.floor() and math.ceil(): an int; NaNs and infinities raise. CPython: PyDec_ToIntegralValue + dec_as_long */
function roundToInt(interp: Interpreter, d: Dec, r: Round): PyObject {
  return decToInt(interp, d, r);
}

// CPython: PyDec_Round
function dec_round(interp: Interpreter, o: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, '__round__', args.length, 0, 1);
  const d = self(o);
  const x = args[0];
  if (x === undefined || x === interp.singletons.None) return roundToInt(interp, d, Round.HALF_EVEN);
  if (!PyLong_Check(x)) PyErr_SetString(interp, 'TypeError', 'optional arg must be an integer');
  const n = Number(longValue(x));
  const q = finite(0, 1n, -n);
  const ctxObj = currentContext(interp);
  return newDecimal(interp, inContext(interp, ctxObj, (c) => A.quantize(d, q, c.round, c)));
}

// CPython: dec_from_float — for a subclass, cls(Decimal.from_float(f)).
function from_float(interp: Interpreter, cls: PyObject | null, args: readonly PyObject[]): PyObject {
  const f = args[0]!;
  let d: Dec;
  if (f.ob_type.isSubtypeOf(interp.types.float)) d = decFromDouble(f.ival);
  else if (PyLong_Check(f)) d = decFromInt(f);
  else PyErr_SetString(interp, 'TypeError', 'argument must be int or float');
  const st = decimalState(interp);
  const r = newDecimal(interp, d);
  if (cls === st.Decimal) return r;
  try {
    return PyObject_Vectorcall(interp, cls!, [r], null);
  } finally {
    Py_DECREF(r);
  }
}

/** Made when the type is, after the modules it draws on are loaded. */
const decimalMethods = (): MethodDef[] => [
  ...decimalTableMethods(),
  { name: 'adjusted', flags: METH_NOARGS, impl: (i, o) => PyLong_FromNumber(i, self(o).kind === Kind.FINITE ? A.adjustedOf(self(o)) : 0) },
  { name: 'as_tuple', flags: METH_NOARGS, impl: as_tuple },
  { name: 'as_integer_ratio', flags: METH_NOARGS, impl: as_integer_ratio },
  { name: 'canonical', flags: METH_NOARGS, impl: (_i, o) => Py_NewRef(o!) },
  { name: 'conjugate', flags: METH_NOARGS, impl: (_i, o) => Py_NewRef(o!) },
  { name: 'radix', flags: METH_NOARGS, impl: (i) => newDecimal(i, finite(0, 10n, 0)) },
  { name: 'copy_abs', flags: METH_NOARGS, impl: (i, o) => newDecimal(i, A.copyAbs(self(o))) },
  { name: 'copy_negate', flags: METH_NOARGS, impl: (i, o) => newDecimal(i, A.copyNegate(self(o))) },
  { name: 'from_float', flags: METH_O | METH_CLASS, impl: from_float },
  { name: '__round__', flags: METH_FASTCALL, impl: dec_round },
  { name: '__floor__', flags: METH_NOARGS, impl: (i, o) => roundToInt(i, self(o), Round.FLOOR) },
  { name: '__ceil__', flags: METH_NOARGS, impl: (i, o) => roundToInt(i, self(o), Round.CEILING) },
  { name: '__trunc__', flags: METH_NOARGS, impl: (i, o) => decToInt(i, self(o), Round.DOWN) },
  { name: '__complex__', flags: METH_NOARGS, impl: (i, o) => PyComplex_FromDoubles(i, decToDouble(i, self(o)), 0) },
  { name: '__copy__', flags: METH_NOARGS, impl: (_i, o) => Py_NewRef(o!) },
  { name: '__deepcopy__', flags: METH_O, impl: (_i, o) => Py_NewRef(o!) },
  { name: '__reduce__', flags: METH_NOARGS, impl: (i, o) => tupleFromItemsSteal(i, [Py_NewRef(o!.ob_type),
    tupleFromItemsSteal(i, [PyUnicode_FromString(i, toSci(self(o), false))])]) },
  { name: '__sizeof__', flags: METH_NOARGS, impl: (i, o) => PyLong_FromNumber(i, SIZEOF_DECIMAL + (self(o).coef >= 10n ** 76n ? 8 * Math.ceil(self(o).coef.toString().length / 19) : 0)) },
  { name: '__format__', flags: METH_FASTCALL, impl: dec_format },
];

const DECIMAL_DOC = "Construct a new Decimal object. 'value' can be an integer, string, tuple,\n" +
  'or another Decimal object. If no value is given, return Decimal(\'0\'). The\ncontext does not affect the conversion and is only passed to determine if\n' +
  'the InvalidOperation trap is active.\n\n';

export function createDecimalType(interp: Interpreter): PyTypeObject {
  return createModuleType(interp, {
    name: 'decimal.Decimal', basicsize: SIZEOF_DECIMAL, gc: false, new: dec_new, dealloc: dec_dealloc, repr: dec_repr, methods: decimalMethods(), doc: DECIMAL_DOC,
    getset: [
      { name: 'real', get: (_i, o) => Py_NewRef(o) },
      { name: 'imag', get: (i) => newDecimal(i, finite(0, 0n, 0)) },
    ],
    setup: (t) => {
      t.tp_str = dec_str;
      t.tp_hash = dec_hash;
      t.tp_richcompare = dec_richcompare;
      t.tp_as_number = dec_as_number;
    },
  });
}
