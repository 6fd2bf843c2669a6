// complex semantics on pairs of JS numbers: CPython's arithmetic algorithms (Objects/complexobject.c),
// repr/str and complex(str).
//
// CPython is built without FMA contraction for x86-64, so the products and sums below round
// exactly as written. The general (non-integer exponent) power goes through libm's hypot, pow,
// atan2, exp, log, cos and sin: hypot, pow, exp and log replay glibc's (float_pow.ts, libm.ts);
// atan2, cos and sin are JS Math's, which can differ from glibc's in the last bit.
import { reprComplex, reprStr } from '../../ast/repr.ts';
import { isAsciiSpace, transformDecimalAndSpaceToASCII } from './ascii_transform.ts';
import { PyOverflowError, PyValueError, PyZeroDivisionError } from './errors.ts';
import { convertScannedFloat, scanFloat, stripNumberUnderscores } from './float.ts';
import { glibcExp, glibcPow } from './float_pow.ts';
import { glibcHypot, glibcLog } from './libm.ts';

/** A complex value: [real, imag]. */
export type Complex = readonly [number, number];

// CPython: Objects/complexobject.c _Py_c_sum, _Py_c_diff, _Py_c_neg, _Py_c_prod
export function complexAdd(a: Complex, b: Complex): Complex {
  return [a[0] + b[0], a[1] + b[1]];
}
export function complexSub(a: Complex, b: Complex): Complex {
  return [a[0] - b[0], a[1] - b[1]];
}
export function complexNeg(a: Complex): Complex {
  return [-a[0], -a[1]];
}
export function complexMul(a: Complex, b: Complex): Complex {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** _Py_c_quot: Smith's algorithm; undefined for a zero divisor (CPython's EDOM). */
// CPython: Objects/complexobject.c _Py_c_quot
export function quot(a: Complex, b: Complex): Complex | undefined {
  const absBr = b[0] < 0 ? -b[0] : b[0];
  const absBi = b[1] < 0 ? -b[1] : b[1];
  if (absBr >= absBi) {
    if (absBr === 0) return undefined;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  // At least one of b's parts is a NaN.
  return [NaN, NaN];
}

/** a / b */
// CPython: Objects/complexobject.c complex_div
export function complexDiv(a: Complex, b: Complex): Complex {
  const q = quot(a, b);
  if (q === undefined) throw new PyZeroDivisionError('complex division by zero');
  return q;
}

// errno as _Py_c_pow leaves it: 0, or 'EDOM' / 'ERANGE'.
type Errno = 0 | 'EDOM' | 'ERANGE';
const libm: { errno: Errno } = { errno: 0 };
// Read through a call: TypeScript would otherwise keep the value narrowed across the libm calls.
function errnoNow(): Errno {
  return libm.errno;
}

function libmPow(x: number, y: number): number {
  // Math-library pow for the positive finite base hypot() gives, with glibc's errno.
  if (x === 1 || y === 0) return 1;
  if (y !== y || x !== x) return NaN;
  if (x === Infinity) return y > 0 ? Infinity : 0;
  if (y === Infinity || y === -Infinity) return x < 1 === y > 0 ? 0 : Infinity;
  const r = glibcPow(x, y);
  if (r === Infinity || r === 0) libm.errno = 'ERANGE';
  return r;
}

function libmExp(x: number): number {
  const r = glibcExp(x);
  if ((r === Infinity || r === 0) && x === x && x !== Infinity && x !== -Infinity) libm.errno = 'ERANGE';
  return r;
}

/** _Py_c_pow for exponents that are not small integers. */
// CPython: Objects/complexobject.c _Py_c_pow
function cPow(a: Complex, b: Complex): Complex {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) libm.errno = 'EDOM';
    return [0, 0];
  }
  const vabs = glibcHypot(a[0], a[1]);
  if (vabs === Infinity && a[0] !== Infinity && a[0] !== -Infinity && a[1] !== Infinity && a[1] !== -Infinity) libm.errno = 'ERANGE';
  let len = libmPow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= libmExp(at * b[1]);
    phase += b[1] * glibcLog(vabs);
  }
  // glibc's cos and sin set EDOM for an infinite argument.
  if (phase === Infinity || phase === -Infinity) libm.errno = 'EDOM';
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

// CPython: Objects/complexobject.c c_powu
function powu(x: Complex, n: number): Complex {
  let r: Complex = [1, 0];
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = complexMul(r, p);
    mask <<= 1;
    p = complexMul(p, p);
  }
  return r;
}

// CPython: Objects/complexobject.c c_powi
function powi(x: Complex, n: number): Complex {
  if (n > 0) return powu(x, n);
  const q = quot([1, 0], powu(x, -n));
  if (q === undefined) {
    libm.errno = 'EDOM';
    return [0, 0];
  }
  return q;
}

/** a ** b (pow() with a third argument raises ValueError "complex modulo" in the caller). */
// CPython: Objects/complexobject.c complex_pow
export function complexPow(a: Complex, b: Complex): Complex {
  libm.errno = 0;
  let p: Complex;
  // Small integer exponents multiply out (more accurate, and no libm).
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) p = powi(a, b[0]);
  else p = cPow(a, b);
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow, a finite result clears ERANGE.
  if (p[0] === Infinity || p[0] === -Infinity || p[1] === Infinity || p[1] === -Infinity) {
    if (errnoNow() === 0) libm.errno = 'ERANGE';
  } else if (errnoNow() === 'ERANGE') libm.errno = 0;
  const e = errnoNow();
  if (e === 'EDOM') throw new PyZeroDivisionError('0.0 to a negative or complex power');
  if (e === 'ERANGE') throw new PyOverflowError('complex exponentiation');
  return p;
}

/** abs(z) */
// CPython: Objects/complexobject.c complex_abs, _Py_c_abs
export function complexAbs(z: Complex): number {
  const [re, im] = z;
  if (re === Infinity || re === -Infinity) return Infinity;
  if (im === Infinity || im === -Infinity) return Infinity;
  if (re !== re || im !== im) return NaN;
  const r = glibcHypot(re, im);
  if (r === Infinity) throw new PyOverflowError('absolute value too large');
  return r;
}

/** repr(z) and str(z) */
// CPython: Objects/complexobject.c complex_repr
export function complexRepr(z: Complex): string {
  return reprComplex(z[0], z[1]);
}

// ---------------------------------------------------------------------------------------------
// complex(str)

const MALFORMED = 'complex() arg is a malformed string';

/** complex_from_string_inner on an ASCII string; undefined when malformed. */
// CPython: Objects/complexobject.c complex_from_string_inner
export function parseComplexAscii(s: string): Complex | undefined {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let bracket = false;
  if (s.charCodeAt(i) === 0x28) {
    bracket = true;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  let x = 0;
  let y = 0;
  const isJ = (k: number): boolean => (s.charCodeAt(k) | 0x20) === 0x6a;
  const zEnd = scanFloat(s, i, n);
  if (zEnd !== i) {
    const z = convertScannedFloat(s.slice(i, zEnd));
    i = zEnd;
    const c = s.charCodeAt(i);
    if (c === 0x2b || c === 0x2d) {
      x = z;
      const yEnd = scanFloat(s, i, n);
      if (yEnd !== i) {
        y = convertScannedFloat(s.slice(i, yEnd));
        i = yEnd;
      } else {
        y = c === 0x2b ? 1 : -1;
        i++;
      }
      if (!isJ(i)) return undefined;
      i++;
    } else if (isJ(i)) {
      i++;
      y = z;
    } else x = z;
  } else {
    const c = s.charCodeAt(i);
    if (c === 0x2b || c === 0x2d) {
      y = c === 0x2b ? 1 : -1;
      i++;
    } else y = 1;
    if (!isJ(i)) return undefined;
    i++;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (bracket) {
    if (s.charCodeAt(i) !== 0x29) return undefined;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  if (i !== n) return undefined;
  return [x, y];
}

/** complex(s) for a str s. */
// CPython: Objects/complexobject.c complex_subtype_from_string
export function complexFromString(s: string): Complex {
  let t = transformDecimalAndSpaceToASCII(s);
  // The C code looks for '_' with strchr, which stops at a NUL; a NUL after an underscore then
  // fails the underscore pass, a NUL alone makes the string malformed.
  const nul = t.indexOf('\0');
  if ((nul < 0 ? t : t.slice(0, nul)).indexOf('_') >= 0) {
    const u = nul >= 0 ? undefined : stripNumberUnderscores(t);
    if (u === undefined) throw new PyValueError('could not convert string to complex: ' + reprStr(s));
    t = u;
  }
  const z = parseComplexAscii(t);
  if (z === undefined) throw new PyValueError(MALFORMED);
  return z;
}
