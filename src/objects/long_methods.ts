// The methods and computed attributes of int beyond its number slots. CPython: Objects/longobject.c
// (long_methods, long_getset, int_to_bytes_impl, int_from_bytes_impl, int___round___impl, ...).
import type { Interpreter } from '../runtime/interpreter.ts';
import { indexValueOf } from './abstract.ts';
import { unpackKeywords } from './args_kw.ts';
import { bufferOf, bytesFresh } from './bytesobject.ts';
import { PyObject_CallOneArg } from './call.ts';
import { PyErr_SetString } from './exceptions.ts';
import { longDigits, long_long, longValue, PyLong_FromBigInt, PyLong_FromNumber } from './longobject.ts';
import { bitCount, bitLength, intRound, smallBitLength } from './numeric/int.ts';
import { intFromByteArray, intToBytes } from './numeric/int_str.ts';
import { Py_DECREF, type PyObject } from './object.ts';
import { PyObject_IsTrue } from './objectops.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, type GetSetDef, type MethodDef } from './typeobject.ts';
import { format_methods } from './unicode_format.ts';
import { unicodeText } from './unicodeobject.ts';

/** A new exact int with `o`'s value. */
export function longFromValue(interp: Interpreter, v: number | bigint): PyObject {
  return typeof v === 'number' ? PyLong_FromNumber(interp, v) : PyLong_FromBigInt(interp, v);
}

/** The int itself as an exact int (what __int__, __trunc__, real, ... return). CPython: long_long */
function exactSelf(_interp: Interpreter, self: PyObject): PyObject {
  return long_long(self);
}

function strArg(interp: Interpreter, fname: string, name: string, pos: number, o: PyObject): string {
  if (!o.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `${fname}() argument ${name === '' ? pos : `'${name}'`} must be str, not ${o.ob_type.tp_name}`);
  }
  return unicodeText(o);
}

// CPython: int_to_bytes_impl — to_bytes(length=1, byteorder='big', *, signed=False)
function int_to_bytes(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [len, order, signed] = unpackKeywords(interp, 'to_bytes', ['length', 'byteorder', 'signed'], 0, 0, 2, args, kwnames);
  const n = len === undefined ? 1 : indexValueOf(interp, len);
  const bo = order === undefined ? 'big' : strArg(interp, 'to_bytes', 'byteorder', 2, order);
  const sg = signed === undefined ? false : PyObject_IsTrue(interp, signed);
  if (typeof n === 'bigint' && n > 2n ** 63n - 1n) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C ssize_t');
  // CPython: int_to_bytes_impl fills a new bytes object
  return bytesFresh(interp, intToBytes(BigInt(longValue(self!)), n, bo, sg));
}

// CPython: int_from_bytes_impl — from_bytes(bytes, byteorder='big', *, signed=False); a subclass
// is called with the int.
function int_from_bytes(interp: Interpreter, cls: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [bytes, order, signed] = unpackKeywords(interp, 'from_bytes', ['bytes', 'byteorder', 'signed'], 0, 1, 2, args, kwnames);
  const bo = order === undefined ? 'big' : strArg(interp, 'from_bytes', 'byteorder', 2, order);
  const sg = signed === undefined ? false : PyObject_IsTrue(interp, signed);
  let data = bufferOf(bytes!);
  if (data === null) {
    // CPython: PyObject_Bytes on anything else (iterables of ints, __bytes__), but not an int or a str
    const t = interp.types;
    if (bytes!.ob_type.isSubtypeOf(t.int) || bytes!.ob_type.isSubtypeOf(t.str)) {
      PyErr_SetString(interp, 'TypeError', `cannot convert '${bytes!.ob_type.tp_name}' object to bytes`);
    }
    const b = PyObject_CallOneArg(interp, interp.types.bytes, bytes!);
    data = bufferOf(b)!;
    Py_DECREF(b);
  }
  const r = PyLong_FromBigInt(interp, intFromByteArray(data, bo, sg));
  if (cls === interp.types.int) return r;
  try {
    return PyObject_CallOneArg(interp, cls!, r);
  } finally {
    Py_DECREF(r);
  }
}

// CPython: int___round___impl (ndigits through __index__; positive ndigits leave the int as is)
function int_round(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  if (args.length > 1) PyErr_SetString(interp, 'TypeError', `__round__ expected at most 1 argument, got ${args.length}`);
  if (args.length === 0 || args[0] === interp.singletons.None) return exactSelf(interp, self!);
  const nd = BigInt(indexValueOf(interp, args[0]!));
  if (nd >= 0n) return long_long(self!);
  return PyLong_FromBigInt(interp, intRound(BigInt(longValue(self!)), nd));
}

const noargs = (name: string, impl: (interp: Interpreter, self: PyObject) => PyObject): MethodDef =>
  ({ name, flags: METH_NOARGS, impl: (interp, self) => impl(interp, self!) });

export const long_methods: readonly MethodDef[] = [
  noargs('conjugate', exactSelf),
  noargs('bit_length', (interp, self) => {
    const v = longValue(self);
    return PyLong_FromNumber(interp, typeof v === 'number' ? smallBitLength(v) : bitLength(v));
  }),
  noargs('bit_count', (interp, self) => PyLong_FromNumber(interp, bitCount(BigInt(longValue(self))))),
  { name: 'to_bytes', flags: METH_FASTCALL | METH_KEYWORDS, impl: int_to_bytes },
  { name: 'from_bytes', flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS, impl: int_from_bytes },
  noargs('as_integer_ratio', (interp, self) => tupleFromItemsSteal(interp, [exactSelf(interp, self), PyLong_FromNumber(interp, 1)])),
  noargs('__trunc__', exactSelf),
  noargs('__floor__', exactSelf),
  noargs('__ceil__', exactSelf),
  { name: '__round__', flags: METH_FASTCALL, impl: int_round },
  noargs('__getnewargs__', (interp, self) => tupleFromItemsSteal(interp, [exactSelf(interp, self)])),
  ...format_methods,
  // CPython: int___sizeof___impl — the header and the digits, at least one
  noargs('__sizeof__', (interp, self) => {
    const v = longValue(self);
    return PyLong_FromNumber(interp, 24 + 4 * (typeof v === 'number' && Math.abs(v) < 2 ** 30 ? 1 : longDigits(BigInt(v))));
  }),
  noargs('is_integer', (interp) => interp.singletons.True),
];

export const long_getset: readonly GetSetDef[] = [
  { name: 'real', get: exactSelf, doc: 'the real part of a complex number' },
  { name: 'imag', get: (interp) => PyLong_FromNumber(interp, 0), doc: 'the imaginary part of a complex number' },
  { name: 'numerator', get: exactSelf, doc: 'the numerator of a rational number in lowest terms' },
  { name: 'denominator', get: (interp) => PyLong_FromNumber(interp, 1), doc: 'the denominator of a rational number in lowest terms' },
];
