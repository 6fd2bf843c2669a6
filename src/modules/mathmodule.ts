// The math module. CPython: Modules/mathmodule.c (math_1, math_2, loghelper, math_fsum,
// math_floor, math_ceil, math_trunc, math_isclose_impl, ...). Float functions use glibc's log and
// exp replayed bit for bit (numeric/libm.ts, numeric/float_pow.ts) and V8's fdlibm for the rest.
import type { Interpreter } from '../runtime/interpreter.ts';
import { indexValueOf, lookupSpecial, PyNumber_Add, PyNumber_Index, PyNumber_Multiply } from '../objects/abstract.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { checkPositional, noKeywords } from '../objects/args.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyFloat_AsDouble, PyFloat_FromDouble } from '../objects/floatobject.ts';
import { long_abs, longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { floatCeil, floatFloor, floatToInt, ldexp } from '../objects/numeric/float.ts';
import { glibcExp, glibcPow } from '../objects/numeric/float_pow.ts';
import { bitLength, intToFloat, mathComb, mathFactorial, mathGcd, mathIsqrt, mathLcm, mathPerm } from '../objects/numeric/int.ts';
import { glibcHypot, glibcLog } from '../objects/numeric/libm.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../objects/objectops.ts';
import { PySequence_Tuple, tupleFromItemsSteal, type PyTupleObject } from '../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { NSMALLNEGINTS } from '../objects/singletons.ts';

const domainError = (interp: Interpreter): never => PyErr_SetString(interp, 'ValueError', 'math domain error');
const rangeError = (interp: Interpreter): never => PyErr_SetString(interp, 'OverflowError', 'math range error');

function oneArg(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords(interp, `math.${name}`, kwnames);
  if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `math.${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

function nArgs(interp: Interpreter, name: string, n: number, args: readonly PyObject[], kwnames: PyObject | null): void {
  noKeywords(interp, `math.${name}`, kwnames);
  if (args.length !== n) PyErr_SetString(interp, 'TypeError', `${name} expected ${n} arguments, got ${args.length}`);
}

/**
 * A one-argument libm function with CPython's error rules: a nan from a non-nan is a domain
 * error; an infinity from a finite argument is a range error when the function can overflow,
 * else a domain error. CPython: math_1
 */
function math1(name: string, f: (x: number) => number, canOverflow: boolean): BuiltinImpl {
  return (interp, _self, args, kwnames) => {
    const x = PyFloat_AsDouble(interp, oneArg(interp, name, args, kwnames));
    const r = f(x);
    if (r !== r && x === x) domainError(interp);
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) return canOverflow ? rangeError(interp) : domainError(interp);
    return PyFloat_FromDouble(interp, r);
  };
}

/** CPython: math_2 — two doubles; nan from non-nans is a domain error, inf from finites a range error. */
function math2(name: string, f: (x: number, y: number) => number): BuiltinImpl {
  return (interp, _self, args, kwnames) => {
    nArgs(interp, name, 2, args, kwnames);
    const x = PyFloat_AsDouble(interp, args[0]!);
    const y = PyFloat_AsDouble(interp, args[1]!);
    const r = f(x, y);
    if (r !== r && x === x && y === y) domainError(interp);
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) rangeError(interp);
    return PyFloat_FromDouble(interp, r);
  };
}

// CPython: m_log (non-positive arguments are domain errors; log(0) -> -inf is turned into one too)
function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return glibcLog(x);
    return NaN;
  }
  if (x !== x) return x;
  return x > 0 ? x : NaN;
}

/** An int as a double, infinity when it is too large. */
function intToFloatOrInf(v: bigint): number {
  try {
    return intToFloat(v);
  } catch {
    return Infinity;
  }
}

/**
 * log of a float or int, ints of any size through their top bits. CPython: loghelper
 * (_PyLong_Frexp for ints too large for a double)
 */
function logOf(interp: Interpreter, o: PyObject, f: (x: number) => number, f2: number): number {
  if (PyLong_Check(o)) {
    const v = longValue(o);
    if (v <= 0) domainError(interp);
    const d = typeof v === 'number' ? v : intToFloatOrInf(v);
    if (d === Infinity) {
      // CPython: _PyLong_Frexp — the top bits rounded once (a sticky bit for the rest), times 2**e
      const big = v as bigint;
      const e = bitLength(big);
      let top = big >> BigInt(e - 64);
      if ((top << BigInt(e - 64)) !== big) top |= 1n;
      return f(Number(top) / 2 ** 64) + f2 * e;
    }
    return f(d);
  }
  const x = PyFloat_AsDouble(interp, o);
  const r = f(x);
  if (r !== r && x === x) domainError(interp);
  return r;
}

const LOG2 = glibcLog(2);

// CPython: m_log2, m_log10 (exact powers of 2 come out exact)
const mLog2 = (x: number): number => (x > 0 && Number.isFinite(x) ? Math.log2(x) : mLog(x));
const mLog10 = (x: number): number => (x > 0 && Number.isFinite(x) ? Math.log10(x) : mLog(x));

const logImpl = (name: string, f: (x: number) => number, f2: number): BuiltinImpl => (interp, _self, args, kwnames) =>
  PyFloat_FromDouble(interp, logOf(interp, oneArg(interp, name, args, kwnames), f, f2));

// CPython: math_log_impl — log(x[, base])
const mathLog: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'math.log', kwnames);
  checkPositional(interp, 'log', args.length, 1, 2);
  const num = logOf(interp, args[0]!, mLog, LOG2);
  if (args.length === 1) return PyFloat_FromDouble(interp, num);
  const den = logOf(interp, args[1]!, mLog, LOG2);
  if (den === 0) PyErr_SetString(interp, 'ZeroDivisionError', 'float division by zero');
  return PyFloat_FromDouble(interp, num / den);
};

/** x.__floor__() / x.__ceil__() / x.__trunc__() for non-floats. CPython: math_floor, math_ceil, math_trunc */
function roundingFn(name: string, method: string, onFloat: (x: number) => bigint, floatFirst: boolean): BuiltinImpl {
  return (interp, _self, args, kwnames) => {
    const x = oneArg(interp, name, args, kwnames);
    if (floatFirst && x.ob_type === interp.types.float) return PyLong_FromBigInt(interp, onFloat(x.ival));
    if (PyLong_Check(x) && x.ob_type === interp.types.int) return Py_NewRef(x);
    const m = lookupSpecial(interp, x, method);
    if (m !== null) {
      try {
        return PyObject_Vectorcall(interp, m, [], null);
      } finally {
        Py_DECREF(m);
      }
    }
    if (!floatFirst) PyErr_SetString(interp, 'TypeError', `type ${x.ob_type.tp_name} doesn't define ${method} method`);
    return PyLong_FromBigInt(interp, onFloat(PyFloat_AsDouble(interp, x)));
  };
}

/** An int argument (through __index__) as a bigint. */
const bigIndex = (interp: Interpreter, o: PyObject): bigint => BigInt(indexValueOf(interp, o));

function intFn(name: string, f: (n: bigint) => bigint): BuiltinImpl {
  return (interp, _self, args, kwnames) => PyLong_FromBigInt(interp, f(bigIndex(interp, oneArg(interp, name, args, kwnames))));
}

function naryInt(name: string, f: (...a: bigint[]) => bigint): BuiltinImpl {
  return (interp, _self, args, kwnames) => {
    noKeywords(interp, `math.${name}`, kwnames);
    return PyLong_FromBigInt(interp, f(...args.map((a) => bigIndex(interp, a))));
  };
}

/** abs() of the exact int `o` (stolen): o itself when not negative. */
function absSteal(o: PyObject): PyObject {
  const r = long_abs(o);
  Py_DECREF(o);
  return r;
}

/**
 * gcd of two exact ints as CPython's Lehmer loop hands it back: one of more than two 30-bit
 * digits is returned itself when the other is 0, or when both are equal (one Euclidean step
 * leaves the second); smaller values go through C longs and come out new. CPython: _PyLong_GCD
 */
function longGcd(interp: Interpreter, x: PyObject, y: PyObject): PyObject {
  let a = long_abs(x);
  let b = long_abs(y);
  let av = BigInt(longValue(a));
  let bv = BigInt(longValue(b));
  if (av < bv) [a, b, av, bv] = [b, a, bv, av];
  let keep: PyObject | null = null;
  if (av >= 1n << 60n) keep = bv === 0n ? a : av === bv ? b : null;
  const r = keep !== null ? Py_NewRef(keep) : PyLong_FromBigInt(interp, mathGcd(av, bv));
  Py_DECREF(a);
  Py_DECREF(b);
  return r;
}

// CPython: math_gcd — one argument is its abs(); once the result is 1 the rest are only checked
const mathGcdImpl: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'math.gcd', kwnames);
  if (args.length === 0) return PyLong_FromNumber(interp, 0);
  let res = PyNumber_Index(interp, args[0]!);
  if (args.length === 1) return absSteal(res);
  const one = interp.singletons.smallInts[NSMALLNEGINTS + 1]!;
  try {
    for (let i = 1; i < args.length; i++) {
      const x = PyNumber_Index(interp, args[i]!);
      if (res !== one) {
        const g = longGcd(interp, res, x);
        Py_DECREF(res);
        res = g;
      }
      Py_DECREF(x);
    }
  } catch (e) {
    Py_DECREF(res);
    throw e;
  }
  return res;
};

// CPython: math_lcm — one argument is its abs(), more a new int
const mathLcmImpl: BuiltinImpl = (interp, self, args, kwnames) => {
  noKeywords(interp, 'math.lcm', kwnames);
  if (args.length === 1) return absSteal(PyNumber_Index(interp, args[0]!));
  return naryInt('lcm', mathLcm)(interp, self, args, kwnames);
};

// CPython: math_factorial (floats are refused by PyNumber_Index's message)
const mathFactorialImpl: BuiltinImpl = (interp, _self, args, kwnames) =>
  PyLong_FromBigInt(interp, mathFactorial(bigIndex(interp, oneArg(interp, 'factorial', args, kwnames))));

/** Doubles' exact sum of `partials` with the final half-even correction. CPython: math_fsum */
function fsumOf(interp: Interpreter, it: PyObject): number {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (;;) {
    const item = PyIter_Next(interp, it);
    if (item === null) break;
    let x: number;
    try {
      x = PyFloat_AsDouble(interp, item);
    } finally {
      Py_DECREF(item);
    }
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // a nonfinite x can come from an overflow of finite summands, or be one of the items
        if (Number.isFinite(xsave)) PyErr_SetString(interp, 'OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) PyErr_SetString(interp, 'ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    hi = p[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

const mathFsum: BuiltinImpl = (interp, _self, args, kwnames) => {
  const it = PyObject_GetIter(interp, oneArg(interp, 'fsum', args, kwnames));
  try {
    return PyFloat_FromDouble(interp, fsumOf(interp, it));
  } finally {
    Py_DECREF(it);
  }
};

// CPython: math_prod_impl — prod(iterable, /, *, start=1), through the generic multiply
const mathProd: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [iterable, start] = unpackKeywords(interp, 'prod', ['', 'start'], 1, 1, 1, args, kwnames);
  const it = PyObject_GetIter(interp, iterable!);
  let acc = start === undefined ? PyLong_FromNumber(interp, 1) : Py_NewRef(start);
  try {
    for (;;) {
      const item = PyIter_Next(interp, it);
      if (item === null) break;
      try {
        const r = PyNumber_Multiply(interp, acc, item);
        Py_DECREF(acc);
        acc = r;
      } finally {
        Py_DECREF(item);
      }
    }
    const r = acc;
    acc = null as unknown as PyObject;
    return r;
  } finally {
    if (acc !== null) Py_DECREF(acc);
    Py_DECREF(it);
  }
};

// CPython: math_isclose_impl — isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
const mathIsclose: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [ao, bo, rt, at] = unpackKeywords(interp, 'isclose', ['a', 'b', 'rel_tol', 'abs_tol'], 0, 2, 2, args, kwnames);
  const a = PyFloat_AsDouble(interp, ao!);
  const b = PyFloat_AsDouble(interp, bo!);
  const relTol = rt === undefined ? 1e-9 : PyFloat_AsDouble(interp, rt);
  const absTol = at === undefined ? 0 : PyFloat_AsDouble(interp, at);
  if (relTol < 0 || absTol < 0) PyErr_SetString(interp, 'ValueError', 'tolerances must be non-negative');
  const s = interp.singletons;
  if (a === b) return s.True;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return s.False;
  const diff = Math.abs(b - a);
  return (diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a)) || diff <= absTol ? s.True : s.False;
};

const boolOfFloat = (name: string, f: (x: number) => boolean): BuiltinImpl => (interp, _self, args, kwnames) =>
  (f(PyFloat_AsDouble(interp, oneArg(interp, name, args, kwnames))) ? interp.singletons.True : interp.singletons.False);

// CPython: m_remainder (IEEE 754 remainder, ties to even quotient)
function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return Math.sign(x) < 0 || Object.is(x, -0) ? -r : r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

// CPython: math_fmod (C fmod: the sign of x; an infinite y leaves a finite x as it is)
function mFmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  return x % y;
}

// CPython: math_frexp
const mathFrexp: BuiltinImpl = (interp, _self, args, kwnames) => {
  const x = PyFloat_AsDouble(interp, oneArg(interp, 'frexp', args, kwnames));
  let m = x;
  let e = 0;
  if (x !== 0 && Number.isFinite(x)) {
    e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x)))) + 1;
    m = x * 2 ** -e;
    if (!Number.isFinite(m) || m === 0) m = ldexp(x, -e);
    while (Math.abs(m) < 0.5) { m *= 2; e--; }
    while (Math.abs(m) >= 1) { m /= 2; e++; }
  }
  return tupleFromItemsSteal(interp, [PyFloat_FromDouble(interp, m), PyLong_FromNumber(interp, e)]);
};

// CPython: math_ldexp_impl (a huge exponent saturates)
const mathLdexp: BuiltinImpl = (interp, _self, args, kwnames) => {
  nArgs(interp, 'ldexp', 2, args, kwnames);
  const x = PyFloat_AsDouble(interp, args[0]!);
  if (!PyLong_Check(args[1]!)) PyErr_SetString(interp, 'TypeError', 'Expected an int as second argument to ldexp.');
  const ev = longValue(args[1]!);
  const e = ev > 100000 ? 100000 : ev < -100000 ? -100000 : Number(ev);
  if (x === 0 || !Number.isFinite(x)) return PyFloat_FromDouble(interp, x);
  const r = ldexp(x, e);
  if (!Number.isFinite(r)) rangeError(interp);
  return PyFloat_FromDouble(interp, r);
};

// CPython: math_modf
const mathModf: BuiltinImpl = (interp, _self, args, kwnames) => {
  const x = PyFloat_AsDouble(interp, oneArg(interp, 'modf', args, kwnames));
  let ip: number;
  let fp: number;
  if (x === Infinity || x === -Infinity) { ip = x; fp = x > 0 ? 0 : -0; }
  else { ip = Math.trunc(x); fp = x - ip; if (fp === 0) fp = Object.is(ip, -0) || x < 0 ? -0 : 0; }
  if (x !== x) { ip = x; fp = x; }
  return tupleFromItemsSteal(interp, [PyFloat_FromDouble(interp, fp), PyFloat_FromDouble(interp, ip)]);
};

// CPython: math_hypot — hypot(*coordinates)
const mathHypot: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'math.hypot', kwnames);
  const xs = args.map((a) => PyFloat_AsDouble(interp, a));
  if (xs.length === 2) return PyFloat_FromDouble(interp, glibcHypot(xs[0]!, xs[1]!));
  let found = false;
  let r = 0;
  for (const x of xs) {
    if (x === Infinity || x === -Infinity) return PyFloat_FromDouble(interp, Infinity);
    if (x !== x) found = true;
  }
  if (found) return PyFloat_FromDouble(interp, NaN);
  for (const x of xs) r = glibcHypot(r, x);
  return PyFloat_FromDouble(interp, r);
};

/** C pow for any signs: a negative base needs an integer exponent (odd ones keep the sign). */
function signedPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x < 0 || Object.is(x, -0)) {
    if (y === Infinity || y === -Infinity) return x === -1 ? 1 : glibcPow(-x, y);
    if (!Number.isInteger(y)) return NaN;
    const odd = Math.abs(y) < 2 ** 53 && Math.abs(y) % 2 === 1;
    const r = glibcPow(-x, y);
    return odd ? -r : r;
  }
  return glibcPow(x, y);
}

// CPython: math_pow_impl (C99 Annex F special cases; errors as math_2)
const mathPow: BuiltinImpl = (interp, _self, args, kwnames) => {
  nArgs(interp, 'pow', 2, args, kwnames);
  const x = PyFloat_AsDouble(interp, args[0]!);
  const y = PyFloat_AsDouble(interp, args[1]!);
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return PyFloat_FromDouble(interp, y === 0 ? 1 : x);
    if (y !== y) return PyFloat_FromDouble(interp, x === 1 ? 1 : y);
    return PyFloat_FromDouble(interp, signedPow(x, y));
  }
  if (x === 0 && y < 0) domainError(interp);
  const r = signedPow(x, y);
  if (r !== r) domainError(interp);
  if (!Number.isFinite(r)) rangeError(interp);
  return PyFloat_FromDouble(interp, r);
};

// CPython: math_nextafter_impl — nextafter(x, y, /, *, steps=None) is 3.13; 3.12 takes two.
function nextAfter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

// CPython: math_ulp_impl
function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextAfter(x, Infinity);
  if (x2 === Infinity) return x - nextAfter(x, -Infinity);
  return x2 - x;
}

// CPython: math_dist_impl
const mathDist: BuiltinImpl = (interp, _self, args, kwnames) => {
  nArgs(interp, 'dist', 2, args, kwnames);
  const held: PyObject[] = [];
  try {
    return distOf(interp, args, held);
  } finally {
    for (const o of held) Py_DECREF(o);
  }
};

function distOf(interp: Interpreter, args: readonly PyObject[], held: PyObject[]): PyObject {
  const pt = PySequence_Tuple(interp, args[0]!);
  held.push(pt);
  const qt = PySequence_Tuple(interp, args[1]!);
  held.push(qt);
  const p = (pt as PyTupleObject).body;
  const q = (qt as PyTupleObject).body;
  if (p.length !== q.length) PyErr_SetString(interp, 'ValueError', 'both points must have the same number of dimensions');
  const d = p.map((a, i) => Math.abs(PyFloat_AsDouble(interp, a) - PyFloat_AsDouble(interp, q[i]!)));
  let r = 0;
  if (d.some((x) => x === Infinity)) return PyFloat_FromDouble(interp, Infinity);
  if (d.some((x) => x !== x)) return PyFloat_FromDouble(interp, NaN);
  for (const x of d) r = glibcHypot(r, x);
  return PyFloat_FromDouble(interp, r);
}

// CPython: math_comb_impl / math_perm_impl
const mathCombImpl: BuiltinImpl = (interp, _self, args, kwnames) => {
  nArgs(interp, 'comb', 2, args, kwnames);
  const n = bigIndex(interp, args[0]!);
  const k = bigIndex(interp, args[1]!);
  // CPython: perm_comb returns n itself for k == 1 (comb uses min(k, n - k))
  if (n >= 0n && k >= 0n && k <= n && (k === 1n || n - k === 1n)) return PyNumber_Index(interp, args[0]!);
  return PyLong_FromBigInt(interp, mathComb(n, k));
};
const mathPermImpl: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'math.perm', kwnames);
  checkPositional(interp, 'perm', args.length, 1, 2);
  const n = bigIndex(interp, args[0]!);
  const k = args.length < 2 || args[1] === interp.singletons.None ? undefined : bigIndex(interp, args[1]!);
  if (k === 1n && n >= 1n) return PyNumber_Index(interp, args[0]!);
  return PyLong_FromBigInt(interp, mathPerm(n, k));
};

// CPython: m_lgamma / m_tgamma are not replayed: the Lanczos approximation CPython uses.
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_NUM = [23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) { num = num * x + LANCZOS_NUM[i]!; den = den * x + LANCZOS_DEN[i]!; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]!; den = den / x + LANCZOS_DEN[i]!; }
  }
  return num / den;
}

// CPython: m_sinpi
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = -Math.sin(Math.PI * (y - 2.0)); break;
  }
  return Math.sign(x) * r || (x < 0 ? -0 : 0) * r;
}

const GAMMA_INTEGRAL = [1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
  2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0];

// CPython: m_tgamma; null means a domain error, Infinity from finite x a range error
function tgamma(interp: Interpreter, x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    return domainError(interp);
  }
  if (x === 0) return domainError(interp);
  if (x === Math.floor(x)) {
    if (x < 0) return domainError(interp);
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) rangeError(interp);
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    return rangeError(interp);
  }
  const y = absx + LANCZOS_G - 0.5;
  let q: number;
  if (absx > LANCZOS_G - 0.5) { q = y - absx; q -= LANCZOS_G - 0.5; }
  else { q = y - (LANCZOS_G - 0.5); q -= absx; }
  const z = q * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -Math.PI / sinpi(absx) / absx * glibcExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= glibcPow(y, absx - 0.5);
    else { const sqrtpow = glibcPow(y, absx / 2.0 - 0.25); r /= sqrtpow; r /= sqrtpow; }
  } else {
    r = lanczosSum(absx) / glibcExp(y);
    r += z * r;
    if (absx < 140.0) r *= glibcPow(y, absx - 0.5);
    else { const sqrtpow = glibcPow(y, absx / 2.0 - 0.25); r *= sqrtpow; r *= sqrtpow; }
  }
  if (!Number.isFinite(r)) rangeError(interp);
  return r;
}

// CPython: m_lgamma
function lgamma(interp: Interpreter, x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return domainError(interp);
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -glibcLog(absx);
  let r = glibcLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (glibcLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = Math.log(Math.PI) - glibcLog(Math.abs(sinpi(absx))) - glibcLog(absx) - r;
  if (!Number.isFinite(r)) rangeError(interp);
  return r;
}

// erf/erfc: CPython 3.12 calls libm's; this is the Abramowitz-Stegun-free series/continued
// fraction CPython used before 3.11 (m_erf_series, m_erfc_contfrac).
const ERF_SERIES_CUTOFF = 1.5;
const ERF_SERIES_TERMS = 25;
const ERFC_CONTFRAC_CUTOFF = 30.0;
const ERFC_CONTFRAC_TERMS = 50;
const SQRTPI = 1.772453850905516027298167483341145182798;
function erfSeries(x: number): number {
  const x2 = x * x;
  let acc = 0.0;
  let fk = ERF_SERIES_TERMS + 0.5;
  for (let i = 0; i < ERF_SERIES_TERMS; i++) { acc = 2.0 + x2 * acc / fk; fk -= 1.0; }
  return acc * x * glibcExp(-x2) / SQRTPI;
}
function erfcContfrac(x: number): number {
  if (x >= ERFC_CONTFRAC_CUTOFF) return 0.0;
  const x2 = x * x;
  let a = 0.0;
  let da = 0.5;
  let p = 1.0;
  let pLast = 0.0;
  let q = da + x2;
  let qLast = 1.0;
  for (let i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
    a += da;
    da += 2.0;
    const b = da + x2;
    let temp = p; p = b * p - a * pLast; pLast = temp;
    temp = q; q = b * q - a * qLast; qLast = temp;
  }
  return p / q * x * glibcExp(-x2) / SQRTPI;
}
function erf(x: number): number {
  if (x !== x) return x;
  const absx = Math.abs(x);
  if (absx < ERF_SERIES_CUTOFF) return erfSeries(x);
  const cf = erfcContfrac(absx);
  return x > 0.0 ? 1.0 - cf : cf - 1.0;
}
function erfc(x: number): number {
  if (x !== x) return x;
  const absx = Math.abs(x);
  if (absx < ERF_SERIES_CUTOFF) return 1.0 - erfSeries(x);
  const cf = erfcContfrac(absx);
  return x > 0.0 ? cf : 2.0 - cf;
}

// CPython: math_sumprod_impl (floats summed with extended precision; ints exactly)
const mathSumprod: BuiltinImpl = (interp, _self, args, kwnames) => {
  nArgs(interp, 'sumprod', 2, args, kwnames);
  const pi = PyObject_GetIter(interp, args[0]!);
  let qi: PyObject | null = null;
  let total: PyObject = PyLong_FromNumber(interp, 0);
  try {
    qi = PyObject_GetIter(interp, args[1]!);
    for (;;) {
      const p = PyIter_Next(interp, pi);
      const q = PyIter_Next(interp, qi);
      if (p === null || q === null) {
        if (p !== null) Py_DECREF(p);
        if (q !== null) Py_DECREF(q);
        if ((p === null) !== (q === null)) PyErr_SetString(interp, 'ValueError', 'Inputs are not the same length');
        break;
      }
      try {
        const prod = PyNumber_Multiply(interp, p, q);
        try {
          const r = PyNumber_Add(interp, total, prod);
          Py_DECREF(total);
          total = r;
        } finally {
          Py_DECREF(prod);
        }
      } finally {
        Py_DECREF(p);
        Py_DECREF(q);
      }
    }
    const r = total;
    total = null as unknown as PyObject;
    return r;
  } finally {
    if (total !== null) Py_DECREF(total);
    Py_DECREF(pi);
    if (qi !== null) Py_DECREF(qi);
  }
};

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['acos', math1('acos', Math.acos, false)], ['acosh', math1('acosh', Math.acosh, false)],
  ['asin', math1('asin', Math.asin, false)], ['asinh', math1('asinh', Math.asinh, false)],
  ['atan', math1('atan', Math.atan, false)], ['atan2', math2('atan2', Math.atan2)],
  ['atanh', math1('atanh', Math.atanh, false)], ['cbrt', math1('cbrt', Math.cbrt, false)],
  ['ceil', roundingFn('ceil', '__ceil__', floatCeil, true)], ['comb', mathCombImpl],
  ['copysign', math2('copysign', (x, y) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x)))],
  ['cos', math1('cos', Math.cos, false)], ['cosh', math1('cosh', Math.cosh, true)],
  ['degrees', math1('degrees', (x) => x * (180.0 / Math.PI), true)], ['dist', mathDist],
  ['erf', math1('erf', erf, false)], ['erfc', math1('erfc', erfc, false)],
  ['exp', math1('exp', glibcExp, true)], ['exp2', math1('exp2', (x) => (x !== x ? x : glibcPow(2, x)), true)],
  ['expm1', math1('expm1', Math.expm1, true)], ['fabs', math1('fabs', Math.abs, false)],
  ['factorial', mathFactorialImpl], ['floor', roundingFn('floor', '__floor__', floatFloor, true)],
  ['fmod', math2('fmod', mFmod)], ['frexp', mathFrexp], ['fsum', mathFsum],
  ['gamma', (interp, _s, args, kw) => PyFloat_FromDouble(interp, tgamma(interp, PyFloat_AsDouble(interp, oneArg(interp, 'gamma', args, kw))))],
  ['gcd', mathGcdImpl], ['hypot', mathHypot], ['isclose', mathIsclose],
  ['isfinite', boolOfFloat('isfinite', Number.isFinite)], ['isinf', boolOfFloat('isinf', (x) => x === Infinity || x === -Infinity)],
  ['isnan', boolOfFloat('isnan', (x) => x !== x)], ['isqrt', intFn('isqrt', mathIsqrt)],
  ['lcm', mathLcmImpl], ['ldexp', mathLdexp],
  ['lgamma', (interp, _s, args, kw) => PyFloat_FromDouble(interp, lgamma(interp, PyFloat_AsDouble(interp, oneArg(interp, 'lgamma', args, kw))))],
  ['log', mathLog], ['log10', logImpl('log10', mLog10, Math.log10(2))],
  ['log1p', math1('log1p', Math.log1p, false)], ['log2', logImpl('log2', mLog2, 1)],
  ['modf', mathModf], ['nextafter', (interp, _s, args, kw) => {
    nArgs(interp, 'nextafter', 2, args, kw);
    return PyFloat_FromDouble(interp, nextAfter(PyFloat_AsDouble(interp, args[0]!), PyFloat_AsDouble(interp, args[1]!)));
  }],
  ['perm', mathPermImpl], ['pow', mathPow], ['prod', mathProd],
  ['radians', math1('radians', (x) => x * (Math.PI / 180.0), false)], ['remainder', math2('remainder', mRemainder)],
  ['sin', math1('sin', Math.sin, false)], ['sinh', math1('sinh', Math.sinh, true)],
  ['sqrt', math1('sqrt', Math.sqrt, false)], ['sumprod', mathSumprod],
  ['tan', math1('tan', Math.tan, false)], ['tanh', math1('tanh', Math.tanh, false)],
  ['trunc', roundingFn('trunc', '__trunc__', (x) => floatToInt(x), false)],
  ['ulp', (interp, _s, args, kw) => PyFloat_FromDouble(interp, ulp(PyFloat_AsDouble(interp, oneArg(interp, 'ulp', args, kw))))],
];

/** The math module object. CPython: math_exec */
export function createMathModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'math'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'This module provides access to the mathematical functions\ndefined by the C standard.'));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  for (const [name, v] of [['pi', Math.PI], ['e', Math.E], ['tau', 2 * Math.PI], ['inf', Infinity], ['nan', NaN]] as const) {
    moduleAdd(interp, m, name, PyFloat_FromDouble(interp, v));
  }
  return m;
}
