// float semantics on JS numbers: parsing, repr/str, hex, rounding, division and modulo, ratios.
//
// float ** lives in float_pow.ts (it needs a libm-exact pow).
import { reprFloat, reprStr } from '../../ast/repr.ts';
import { isAsciiSpace, transformDecimalAndSpaceToASCII } from './ascii_transform.ts';
import { decomposeDouble, roundDouble, signBit } from './dtoa.ts';
import { PyOverflowError, PyValueError, PyZeroDivisionError } from './errors.ts';

/** repr(float) and str(float), which are the same since Python 3.2. */
// CPython: Objects/floatobject.c float_repr
export function floatRepr(x: number): string {
  return reprFloat(x);
}
export const floatStr = floatRepr;

// ---------------------------------------------------------------------------------------------
// Parsing

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Matches "inf", "infinity" or "nan" (any case) at s[i..]; returns the end or -1. */
function matchInfNan(s: string, i: number, end: number): number {
  const rest = end - i;
  if (rest >= 3) {
    const a = s.charCodeAt(i) | 0x20;
    const b = s.charCodeAt(i + 1) | 0x20;
    const c = s.charCodeAt(i + 2) | 0x20;
    if (a === 0x69 && b === 0x6e && c === 0x66) {
      if (rest >= 8 && s.slice(i + 3, i + 8).toLowerCase() === 'inity') return i + 8;
      return i + 3;
    }
    if (a === 0x6e && b === 0x61 && c === 0x6e) return i + 3;
  }
  return -1;
}

/**
 * _Py_dg_strtod's syntax (then _Py_parse_inf_or_nan) on s[start..end): returns the end of the
 * longest number that starts at start, or start when there is none.
 */
// CPython: Python/pystrtod.c _PyOS_ascii_strtod, Python/dtoa.c _Py_dg_strtod
export function scanFloat(s: string, start: number, end: number): number {
  let i = start;
  if (i < end && (s.charCodeAt(i) === 0x2b || s.charCodeAt(i) === 0x2d)) i++;
  const digitsStart = i;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  let nd = i - digitsStart;
  if (i < end && s.charCodeAt(i) === 0x2e) {
    const f = ++i;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
    nd += i - f;
    if (nd === 0) i = f - 1;
  }
  if (nd === 0) {
    const j = matchInfNan(s, digitsStart, end);
    return j < 0 ? start : j;
  }
  if (i < end && (s.charCodeAt(i) | 0x20) === 0x65) {
    // An exponent without digits is not part of the number ("1e" stops before the e).
    let j = i + 1;
    if (j < end && (s.charCodeAt(j) === 0x2b || s.charCodeAt(j) === 0x2d)) j++;
    const expDigits = j;
    while (j < end && isDigit(s.charCodeAt(j))) j++;
    if (j > expDigits) i = j;
  }
  return i;
}

/** The double for a valid scanFloat match (no underscores, no spaces). */
export function convertScannedFloat(text: string): number {
  const c = text.charCodeAt(text.length - 1) | 0x20;
  // JS Number() reads digits correctly rounded, but spells infinity differently.
  if (c === 0x66 || c === 0x79 || c === 0x6e) {
    const neg = text.charCodeAt(0) === 0x2d;
    if ((text.charCodeAt(text.length - 2) | 0x20) === 0x61) return NaN; // "nan"
    return neg ? -Infinity : Infinity;
  }
  return Number(text);
}

/**
 * _Py_string_to_number_with_underscores: drops underscores that sit between two digits and
 * returns the rest, or undefined when an underscore is misplaced.
 */
// CPython: Python/pystrtod.c _Py_string_to_number_with_underscores
export function stripNumberUnderscores(s: string): string | undefined {
  if (s.indexOf('_') < 0) return s;
  let out = '';
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      if (!isDigit(prev)) return undefined;
    } else {
      if (prev === 0x5f && !isDigit(c)) return undefined;
      out += s[i];
    }
    prev = c;
  }
  if (prev === 0x5f) return undefined;
  return out;
}

/**
 * float() of an ASCII string (the bytes case, or a str after the Unicode transform): returns
 * undefined when it is not a float literal.
 */
// CPython: Objects/floatobject.c float_from_string_inner
export function parseFloatAscii(s: string): number | undefined {
  // A NUL cuts the C string, so anything after it makes the conversion fail.
  if (s.indexOf('\0') >= 0) return undefined;
  const t = stripNumberUnderscores(s);
  if (t === undefined) return undefined;
  let i = 0;
  let end = t.length;
  while (i < end && isAsciiSpace(t.charCodeAt(i))) i++;
  if (i === end) return undefined;
  while (end - 1 > i && isAsciiSpace(t.charCodeAt(end - 1))) end--;
  const j = scanFloat(t, i, end);
  if (j !== end || j === i) return undefined;
  return convertScannedFloat(t.slice(i, end));
}

/** float(str): ValueError "could not convert string to float: <repr>" on bad input. */
// CPython: Objects/floatobject.c PyFloat_FromString
export function floatFromString(s: string): number {
  const v = parseFloatAscii(transformDecimalAndSpaceToASCII(s));
  if (v === undefined) throw new PyValueError('could not convert string to float: ' + reprStr(s));
  return v;
}

// ---------------------------------------------------------------------------------------------
// Conversions

/** int(x) for a float: truncation toward zero. */
// CPython: Objects/longobject.c PyLong_FromDouble
export function floatToInt(x: number): bigint {
  if (x !== x) throw new PyValueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw new PyOverflowError('cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** float.is_integer() */
export function floatIsInteger(x: number): boolean {
  return Number.isInteger(x);
}

/** float.as_integer_ratio(): the exact value in lowest terms, positive denominator. */
// CPython: Objects/floatobject.c float_as_integer_ratio_impl
export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (x === Infinity || x === -Infinity) throw new PyOverflowError('cannot convert Infinity to integer ratio');
  if (x !== x) throw new PyValueError('cannot convert NaN to integer ratio');
  if (x === 0) return [0n, 1n];
  const { mant, exp2 } = decomposeDouble(x);
  let m = mant;
  let e = exp2;
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  const n = BigInt(x < 0 ? -m : m);
  return e >= 0 ? [n << BigInt(e), 1n] : [n, 1n << BigInt(-e)];
}

// ---------------------------------------------------------------------------------------------
// Rounding

/** round(x) with no ndigits: nearest integer, ties to even. */
// CPython: Objects/floatobject.c float___round___impl (ndigits None)
export function floatRoundToInt(x: number): bigint {
  return floatToInt(roundHalfEven(x));
}

/** The double nearest x among integers, ties to even (keeps -0.0, inf, nan). */
export function roundHalfEven(x: number): number {
  const fl = Math.floor(x);
  const diff = x - fl;
  if (diff < 0.5) return fl === 0 && signBit(x) ? -0 : fl;
  if (diff > 0.5) return fl + 1;
  return fl % 2 === 0 ? fl : fl + 1;
}

// float.__round__ bounds: past NDIGITS_MAX x rounds to itself, below NDIGITS_MIN to +-0.0.
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x, ndigits), correctly rounded from the exact value of x, half to even. ndigits is the
 * Py_ssize_t CPython clips it to (a bigint is clipped here).
 */
// CPython: Objects/floatobject.c float___round___impl, double_round
export function floatRound(x: number, ndigits: number | bigint): number {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  const n = typeof ndigits === 'bigint' ? (ndigits > 400n ? 400 : ndigits < -400n ? -400 : Number(ndigits)) : ndigits;
  if (n > NDIGITS_MAX) return x;
  if (n < NDIGITS_MIN) return 0.0 * x;
  return roundDouble(x, n);
}

// ---------------------------------------------------------------------------------------------
// Division

/** float / float */
// CPython: Objects/floatobject.c float_div
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw new PyZeroDivisionError('float division by zero');
  return a / b;
}

/** float % float: the result has the sign of b. */
// CPython: Objects/floatobject.c float_rem
export function floatMod(a: number, b: number): number {
  if (b === 0) throw new PyZeroDivisionError('float modulo');
  let mod = a % b;
  // C's `if (mod)`: a NaN is true there, so compare with zero rather than test truthiness.
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    // fmod's zero may carry either sign; Python gives it b's.
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** [floor(a / b), a % b] with CPython's snapping of the quotient. */
// CPython: Objects/floatobject.c _float_div_mod
function divMod(a: number, b: number): [number, number] {
  let mod = a % b;
  // a - mod is an exact multiple of b mathematically; the division is close to an integer.
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    // A zero quotient takes the sign of the true quotient.
    floordiv = signBit(a / b) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** float // float */
// CPython: Objects/floatobject.c float_floor_div
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw new PyZeroDivisionError('float floor division by zero');
  return divMod(a, b)[0];
}

/** divmod(float, float) */
// CPython: Objects/floatobject.c float_divmod
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw new PyZeroDivisionError('float divmod()');
  return divMod(a, b);
}

// ---------------------------------------------------------------------------------------------
// float.hex() and float.fromhex()

const HEXDIGITS = '0123456789abcdef';

/** float.hex(): always 13 hex digits after the point; subnormals as 0x0.xxxp-1022. */
// CPython: Objects/floatobject.c float_hex
export function floatHex(x: number): string {
  if (x !== x || x === Infinity || x === -Infinity) return floatRepr(x);
  if (x === 0) return signBit(x) ? '-0x0.0p+0' : '0x0.0p+0';
  const { mant, exp2 } = decomposeDouble(x);
  // mant * 2^exp2 with mant < 2^53: the leading digit is bit 52 (0 for subnormals).
  const lead = mant >= 2 ** 52 ? 1 : 0;
  let frac = mant - lead * 2 ** 52;
  let s = (x < 0 ? '-0x' : '0x') + lead + '.';
  // 52 fraction bits = 13 hex digits, from the top.
  const hi = Math.floor(frac / 2 ** 32);
  const lo = frac - hi * 2 ** 32;
  frac = 0;
  for (let i = 4; i >= 0; i--) s += HEXDIGITS[(hi >>> (i * 4)) & 0xf];
  for (let i = 7; i >= 0; i--) s += HEXDIGITS[(lo >>> (i * 4)) & 0xf];
  const e = exp2 + 52;
  return s + 'p' + (e < 0 ? '-' : '+') + Math.abs(e);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

// C long bounds for the exponent, as strtol saturates them.
const LONG_MAX = 9223372036854775807;
const DBL_MIN_EXP = -1021;
const DBL_MAX_EXP = 1024;
const DBL_MANT_DIG = 53;

/** float.fromhex(s) */
// CPython: Objects/floatobject.c float_fromhex
export function floatFromHex(s: string): number {
  const invalid = (): PyValueError => new PyValueError('invalid hexadecimal floating-point string');
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let x: number;
  let negate = false;
  const special = scanInfNanSigned(s, i, n);
  if (special) {
    x = special.value;
    i = special.end;
  } else {
    if (s.charCodeAt(i) === 0x2d) {
      negate = true;
      i++;
    } else if (s.charCodeAt(i) === 0x2b) i++;
    if (s.charCodeAt(i) === 0x30 && (s.charCodeAt(i + 1) | 0x20) === 0x78) i += 2;
    const coeffStart = i;
    while (i < n && hexValue(s.charCodeAt(i)) >= 0) i++;
    const intEnd = i;
    let fdigits = 0;
    if (s.charCodeAt(i) === 0x2e) {
      i++;
      while (i < n && hexValue(s.charCodeAt(i)) >= 0) i++;
      fdigits = i - intEnd - 1;
    }
    const ndigits = intEnd - coeffStart + fdigits;
    if (ndigits === 0) throw invalid();
    let exp = 0;
    if ((s.charCodeAt(i) | 0x20) === 0x70) {
      i++;
      const expStart = i;
      if (s.charCodeAt(i) === 0x2d || s.charCodeAt(i) === 0x2b) i++;
      if (!isDigit(s.charCodeAt(i))) throw invalid();
      while (i < n && isDigit(s.charCodeAt(i))) i++;
      exp = Number(s.slice(expStart, i)); // beyond C long it saturates; only the side matters then
      if (exp > LONG_MAX) exp = LONG_MAX;
      if (exp < -LONG_MAX - 1) exp = -LONG_MAX - 1;
    }
    let hex = s.slice(coeffStart, intEnd) + s.slice(intEnd + 1, intEnd + 1 + fdigits);
    hex = hex.replace(/^0+/, '');
    if (hex === '' || exp < (-LONG_MAX - 1) / 2) x = 0;
    else if (exp > LONG_MAX / 2) throw new PyOverflowError('hexadecimal value too large to represent as a float');
    else x = hexToDouble(BigInt('0x' + hex), exp - 4 * fdigits);
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) throw invalid();
  return negate ? -x : x;
}

function scanInfNanSigned(s: string, i: number, n: number): { value: number; end: number } | undefined {
  let j = i;
  let neg = false;
  if (s.charCodeAt(j) === 0x2d) {
    neg = true;
    j++;
  } else if (s.charCodeAt(j) === 0x2b) j++;
  const e = matchInfNan(s, j, n);
  if (e < 0) return undefined;
  const isNan = (s.charCodeAt(j) | 0x20) === 0x6e;
  return { value: isNan ? NaN : neg ? -Infinity : Infinity, end: e };
}

/** coeff * 2^exp rounded half-even to a double; OverflowError past DBL_MAX. */
function hexToDouble(coeff: bigint, exp: number): number {
  const bits = coeff.toString(2).length;
  const topExp = exp + bits; // one more than the exponent of the top bit
  if (topExp < DBL_MIN_EXP - DBL_MANT_DIG) return 0;
  if (topExp > DBL_MAX_EXP) throw new PyOverflowError('hexadecimal value too large to represent as a float');
  // Bits kept: 53, fewer for subnormal results.
  const keep = topExp >= DBL_MIN_EXP ? DBL_MANT_DIG : DBL_MANT_DIG - (DBL_MIN_EXP - topExp);
  let m = coeff;
  let e = exp;
  const drop = bits - keep;
  if (drop > 0) {
    const d = BigInt(drop);
    const q = m >> d;
    const r = m - (q << d);
    const half = 1n << (d - 1n);
    m = r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
    e += drop;
  }
  const v = Number(m);
  if (topExp === DBL_MAX_EXP && v === 2 ** keep) {
    throw new PyOverflowError('hexadecimal value too large to represent as a float');
  }
  return ldexp(v, e);
}

/** v * 2^e without intermediate overflow or double rounding (v exact, result representable). */
export function ldexp(v: number, e: number): number {
  if (e > 1000) return v * 2 ** 1000 * 2 ** (e - 1000);
  if (e < -1000) return v * 2 ** (e + 1000) * 2 ** -1000;
  return v * 2 ** e;
}

// ---------------------------------------------------------------------------------------------
// float vs int

/**
 * Compares a float with an int exactly (no rounding of the int): -1, 0 or 1, or NaN when x is a
 * NaN (every comparison false but !=).
 */
// CPython: Objects/floatobject.c float_richcompare (the PyLong branch)
export function floatCompareInt(x: number, n: bigint): number {
  if (x !== x) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  if (Number.isInteger(x)) {
    const m = BigInt(x);
    return m < n ? -1 : m > n ? 1 : 0;
  }
  // floor(x) < x < floor(x) + 1: comparing the floor with n settles it.
  return BigInt(Math.floor(x)) < n ? -1 : 1;
}

/** math.floor(x) for a float, as an int. */
// CPython: Modules/mathmodule.c math_floor (float case)
export function floatFloor(x: number): bigint {
  return floatToInt(Math.floor(x));
}

/** math.ceil(x) for a float, as an int. */
// CPython: Modules/mathmodule.c math_ceil (float case)
export function floatCeil(x: number): bigint {
  return floatToInt(Math.ceil(x));
}
