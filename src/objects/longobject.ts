// int. CPython: Objects/longobject.c. Values that fit a JS safe integer are kept in `ival`
// (body null); larger ones as a bigint in `body`. Memory is what CPython allocates: 24 bytes of
// header plus 4 per 30-bit digit, at least one digit.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyFloat_FromDouble } from './floatobject.ts';
import {
  intAnd, intDivmod, intFloorDiv, intLShift, intMod, intOr, intPow, intPowMod, intRShift, intToFloat, intTrueDiv, intXor, smallDivmod, smallFloorDiv,
  smallLShift, smallMod, smallRShift, smallTrueDiv, DIV_BY_ZERO, MOD_BY_ZERO, TRUE_DIV_BY_ZERO,
} from './numeric/int.ts';
import { PyErr_SetString } from './exceptions.ts';
import { IMMORTAL_REFCNT, type PyObject } from './object.ts';
import { NSMALLNEGINTS, NSMALLPOSINTS } from './singletons.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';

export interface PyLongObject extends PyObject {
  body: bigint | null;
}

const PyLong_SHIFT = 30;

/** 2**30, 2**60, ... 2**1020: |v| < DIGIT_LIMITS[k] has at most k + 1 digits. */
const DIGIT_LIMITS: readonly bigint[] = Array.from({ length: 34 }, (_, k) => 1n << BigInt(PyLong_SHIFT * (k + 1)));

/** Number of 30-bit digits CPython uses for |v| (at least 1). */
export function longDigits(v: bigint): number {
  const a = v < 0n ? -v : v;
  if (a < DIGIT_LIMITS[DIGIT_LIMITS.length - 1]!) {
    let n = 0;
    while (a >= DIGIT_LIMITS[n]!) n++;
    return n + 1;
  }
  // The bit length from the hex digits: 4 per digit after the first, whose own length is exact.
  const hex = a.toString(16);
  const bits = 4 * (hex.length - 1) + (32 - Math.clz32(parseInt(hex[0]!, 16)));
  return Math.ceil(bits / PyLong_SHIFT);
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function digitsOfNumber(v: number): number {
  const a = Math.abs(v);
  if (a < 2 ** 30) return 1;
  if (a < 2 ** 60) return 2;
  return longDigits(BigInt(v));
}

// CPython: PyLong_FromLong (small ints are the immortal cache)
export function PyLong_FromNumber(interp: Interpreter, v: number): PyObject {
  if (v >= -NSMALLNEGINTS && v < NSMALLPOSINTS) return interp.singletons.smallInts[v + NSMALLNEGINTS]!;
  if (!Number.isSafeInteger(v)) return PyLong_FromBigInt(interp, BigInt(v));
  // A one-digit int is _PyLong_FromMedium's sizeof(PyLongObject); longer ones ask _PyLong_New's
  // offsetof(ob_digit) + 4 per digit.
  const ndigits = digitsOfNumber(v);
  return allocObject(interp, interp.types.int, ndigits === 1 ? 32 : 24 + 4 * ndigits, v, null);
}

// CPython: _PyLong_FromDigits / PyLong_FromString's result
export function PyLong_FromBigInt(interp: Interpreter, v: bigint): PyObject {
  if (v >= MIN_SAFE && v <= MAX_SAFE) return PyLong_FromNumber(interp, Number(v));
  return allocObject(interp, interp.types.int, 24 + 4 * longDigits(v), 0, v);
}

/** The int's value: a JS number when it is a safe integer, else a bigint. */
export function longValue(o: PyObject): number | bigint {
  const b = (o as PyLongObject).body;
  return b === null ? o.ival : b;
}

/** Whether `o` is an int (or a subclass, such as bool). CPython: PyLong_Check */
export function PyLong_Check(o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(o.ob_type.tp_interp.types.int);
}

function fromExact(interp: Interpreter, v: number | bigint): PyObject {
  return typeof v === 'number' ? PyLong_FromNumber(interp, v) : PyLong_FromBigInt(interp, v);
}

// CPython: long_invert (~x == -(x + 1))
export function long_invert(o: PyObject): PyObject {
  const v = longValue(o);
  return fromExact(o.ob_type.tp_interp, typeof v === 'number' && Number.isSafeInteger(-v - 1) ? -v - 1 : -BigInt(v) - 1n);
}

/**
 * An int slot (CHECK_BINOP: NotImplemented unless both operands are ints), computed on safe
 * integers when both operands are, else on bigints. The numeric layer's operations throw
 * CPython's exceptions (ZeroDivisionError, ValueError...).
 */
function intSlot(
  small: (a: number, b: number) => number | bigint,
  big: (a: bigint, b: bigint) => number | bigint,
  floatResult = false,
  zeroDivisor: string | null = null,
) {
  return (a: PyObject, b: PyObject): PyObject => {
    const interp = a.ob_type.tp_interp;
    if (!PyLong_Check(a) || !PyLong_Check(b)) return interp.singletons.NotImplemented;
    const x = longValue(a);
    const y = longValue(b);
    // The numeric layer would throw a JS error for the object model to convert: the same
    // exception, raised directly (a division by zero in a loop stays cheap).
    if (zeroDivisor !== null && (y === 0 || y === 0n)) PyErr_SetString(interp, 'ZeroDivisionError', zeroDivisor);
    const r = typeof x === 'number' && typeof y === 'number' ? small(x, y) : big(BigInt(x), BigInt(y));
    return floatResult ? PyFloat_FromDouble(interp, r as number) : fromExact(interp, r);
  };
}

const onBigints = (f: (a: bigint, b: bigint) => number | bigint) => (a: number, b: number) => f(BigInt(a), BigInt(b));

/** Exact on JS numbers while the result is a safe integer, else redone on bigints. */
function safeOr(small: (a: number, b: number) => number, big: (a: bigint, b: bigint) => bigint) {
  return (a: number, b: number): number | bigint => {
    const r = small(a, b);
    return Number.isSafeInteger(r) ? r : big(BigInt(a), BigInt(b));
  };
}

const bigAdd = (a: bigint, b: bigint): bigint => a + b;
const bigSub = (a: bigint, b: bigint): bigint => a - b;
const bigMul = (a: bigint, b: bigint): bigint => a * b;

// CPython: long_pow — a negative exponent gives a float; a modulus must be an int too.
function long_pow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  const s = interp.singletons;
  if (!PyLong_Check(a) || !PyLong_Check(b)) return s.NotImplemented;
  const x = BigInt(longValue(a));
  const y = BigInt(longValue(b));
  if (m !== s.None) {
    if (!PyLong_Check(m)) return s.NotImplemented;
    return fromExact(interp, intPowMod(x, y, BigInt(longValue(m))));
  }
  const r = intPow(x, y);
  return typeof r === 'number' ? PyFloat_FromDouble(interp, r) : fromExact(interp, r);
}

// CPython: long_divmod (CHECK_BINOP; both operands ints)
export function long_divmod(a: PyObject, b: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  const t = interp.types;
  if (!a.ob_type.isSubtypeOf(t.int) || !b.ob_type.isSubtypeOf(t.int)) return interp.singletons.NotImplemented;
  const x = longValue(a);
  const y = longValue(b);
  const [q, r] = typeof x === 'number' && typeof y === 'number' ? smallDivmod(x, y) : intDivmod(BigInt(x), BigInt(y));
  return tupleFromItemsSteal(interp, [fromExact(interp, q), fromExact(interp, r)]);
}

// CPython: long_float
export function long_float(o: PyObject): PyObject {
  const v = longValue(o);
  return PyFloat_FromDouble(o.ob_type.tp_interp, typeof v === 'number' ? v : intToFloat(v));
}

// CPython: long_neg, long_long (an exact int is itself), long_abs
function long_neg(o: PyObject): PyObject {
  const v = longValue(o);
  return typeof v === 'number' ? fromExact(o.ob_type.tp_interp, -v) : fromExact(o.ob_type.tp_interp, -v);
}
export function long_long(o: PyObject): PyObject {
  if (o.ob_type === o.ob_type.tp_interp.types.int) {
    if (o.ob_refcnt < IMMORTAL_REFCNT) o.ob_refcnt++;
    return o;
  }
  return fromExact(o.ob_type.tp_interp, longValue(o));
}
export function long_abs(o: PyObject): PyObject {
  const v = longValue(o);
  return v < 0 ? long_neg(o) : long_long(o);
}

export const long_as_number = {
  nb_negative: long_neg,
  nb_positive: long_long,
  nb_absolute: long_abs,
  // CPython: long_add, long_sub, long_mul
  nb_add: intSlot(safeOr((a, b) => a + b, bigAdd), bigAdd),
  nb_subtract: intSlot(safeOr((a, b) => a - b, bigSub), bigSub),
  nb_multiply: intSlot(safeOr((a, b) => a * b, bigMul), bigMul),
  nb_floor_divide: intSlot(smallFloorDiv, intFloorDiv, false, DIV_BY_ZERO),
  nb_remainder: intSlot(smallMod, intMod, false, MOD_BY_ZERO),
  nb_true_divide: intSlot(smallTrueDiv, intTrueDiv, true, TRUE_DIV_BY_ZERO),
  nb_power: long_pow,
  nb_lshift: intSlot(smallLShift, intLShift),
  nb_rshift: intSlot(smallRShift, intRShift),
  nb_and: intSlot(onBigints(intAnd), intAnd),
  nb_or: intSlot(onBigints(intOr), intOr),
  nb_xor: intSlot(onBigints(intXor), intXor),
  nb_invert: long_invert,
  nb_bool: (o: PyObject): boolean => o.body === null ? o.ival !== 0 : true,
  nb_index: long_long,
  nb_int: long_long,
  nb_divmod: long_divmod,
  nb_float: long_float,
};

// CPython: long_dealloc (int has no free list in 3.12)
export function long_dealloc(o: PyObject): void {
  freeObject(o);
}
