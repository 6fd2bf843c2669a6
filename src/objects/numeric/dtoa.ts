// Correctly rounded double -> decimal digits, and CPython's layout of those digits.
//
// CPython gets its digits from David Gay's _Py_dg_dtoa (Python/dtoa.c) in three modes:
//   0: the shortest string that reads back to the same double (repr),
//   2: ndigits significant digits ('e', 'g'),
//   3: ndigits digits after the decimal point, ndigits may be negative ('f', round()).
// Modes 2 and 3 round the exact binary value half-to-even. V8's toExponential/toFixed are also
// exact (they fall back to a bignum algorithm), but round exact ties away from zero and stop at
// 100 digits; so a tie, a precision past 100 or a value >= 1e21 (where toFixed switches to
// exponent notation) takes the BigInt path below, which is exact for every double.
//
// A tie is cheap to rule out. Write |x| = odd * 2^k. Rounding at decimal position f (a multiple of
// 10^-f) meets an exact tie only when x * 10^f has fractional part 1/2, which for f >= 0 means
// k == -f - 1 and for f < 0 means k == -f - 1 and 5^-f divides odd.
import { PyOverflowError } from './errors.ts';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// Index of the high word of a double inside U32; little-endian on every platform Node runs on,
// checked rather than assumed.
const HI = (() => {
  F64[0] = 1;
  return U32[1] === 0x3ff00000 ? 1 : 0;
})();
const LO = 1 - HI;

const TWO32 = 4294967296;

/** |x| = mant * 2^exp2 with mant an integer < 2^53 (x finite, nonzero). */
export function decomposeDouble(x: number): { mant: number; exp2: number } {
  F64[0] = x;
  const hi = U32[HI]!;
  const lo = U32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const mhi = hi & 0xfffff;
  if (bexp === 0) return { mant: mhi * TWO32 + lo, exp2: -1074 };
  return { mant: (mhi + 0x100000) * TWO32 + lo, exp2: bexp - 1075 };
}

/** True when the sign bit of x is set (so for -0.0 and negative NaNs too). */
export function signBit(x: number): boolean {
  F64[0] = x;
  return (U32[HI]! & 0x80000000) !== 0;
}

function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** Trailing zero bits of a positive integer < 2^53. */
function ctz53(m: number): number {
  const lo = m % TWO32;
  return lo !== 0 ? ctz32(lo) : 32 + ctz32(Math.floor(m / TWO32));
}

// 5^0 .. 5^22: the powers of five a double's odd part (< 2^53) can be a multiple of.
const POW5: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 5) POW5.push(p);

/** Could rounding |x| at decimal position f land exactly on a tie? (see the header comment) */
function tieAt(mant: number, exp2: number, f: number): boolean {
  const tz = ctz53(mant);
  const k = exp2 + tz;
  if (k !== -f - 1) return false;
  if (f >= 0) return true;
  return -f <= 22 && (mant / 2 ** tz) % POW5[-f]! === 0;
}

const POW10_CACHE: bigint[] = [];
export function pow10n(n: number): bigint {
  if (n < 64) {
    let p = POW10_CACHE[n];
    if (p === undefined) POW10_CACHE[n] = p = 10n ** BigInt(n);
    return p;
  }
  return 10n ** BigInt(n);
}

/** round-half-even(mant * 2^exp2 * 10^f) exactly. */
function roundScaled(mant: number, exp2: number, f: number): bigint {
  let num = BigInt(mant);
  let den = 1n;
  if (exp2 >= 0) num <<= BigInt(exp2);
  else den <<= BigInt(-exp2);
  if (f >= 0) num *= pow10n(f);
  else den *= pow10n(-f);
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** floor(log10(mant * 2^exp2)), exactly. */
function floorLog10(ax: number, mant: number, exp2: number): number {
  let e = Math.floor(Math.log10(ax));
  // Math.log10 can be off by one next to a power of ten; settle it with exact comparisons.
  const num = exp2 >= 0 ? BigInt(mant) << BigInt(exp2) : BigInt(mant);
  const den = exp2 >= 0 ? 1n : 1n << BigInt(-exp2);
  const geq = (p: number): boolean => (p >= 0 ? num >= pow10n(p) * den : num * pow10n(-p) >= den);
  while (!geq(e)) e--;
  while (geq(e + 1)) e++;
  return e;
}

/** Result of _Py_dg_dtoa: digits without trailing zeros, value = 0.digits * 10^decpt. */
export interface DtoaResult {
  digits: string;
  decpt: number;
  neg: boolean;
}

/** digits/decpt from an integer N that stands for N * 10^-f. */
function fromScaled(n: bigint, f: number, neg: boolean): DtoaResult {
  if (n === 0n) return { digits: '', decpt: -f, neg };
  const s = n.toString();
  let end = s.length;
  while (s.charCodeAt(end - 1) === 0x30) end--;
  return { digits: s.slice(0, end), decpt: s.length - f, neg };
}

/** Parses toExponential output "d.ddde+X" (or "de-X"). */
function fromExponential(s: string, neg: boolean): DtoaResult {
  const ePos = s.indexOf('e');
  let digits = s.charCodeAt(1) === 0x2e ? s[0] + s.slice(2, ePos) : s.slice(0, ePos);
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 0x30) end--;
  if (end !== digits.length) digits = digits.slice(0, end);
  return { digits, decpt: Number(s.slice(ePos + 1)) + 1, neg };
}

/** Parses toFixed output "iii.fff" with f fraction digits. */
function fromFixed(s: string, f: number, neg: boolean): DtoaResult {
  const dot = s.indexOf('.');
  const full = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  let z = 0;
  while (z < full.length && full.charCodeAt(z) === 0x30) z++;
  if (z === full.length) return { digits: '', decpt: -f, neg };
  let end = full.length;
  while (full.charCodeAt(end - 1) === 0x30) end--;
  return { digits: full.slice(z, end), decpt: full.length - f - z, neg };
}

/**
 * _Py_dg_dtoa for a finite x. mode 0 ignores ndigits; mode 2 gives max(1, ndigits) significant
 * digits; mode 3 rounds to ndigits places after the point and may return '' (decpt = -ndigits)
 * when the value rounds to zero. x == 0 gives '0' with decpt 1 in every mode.
 */
// CPython: Python/dtoa.c _Py_dg_dtoa
export function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): DtoaResult {
  const neg = x < 0 || (x === 0 && signBit(x));
  const ax = Math.abs(x);
  if (ax === 0) return { digits: '0', decpt: 1, neg };
  if (mode === 0) return fromExponential(ax.toExponential(), neg);
  const { mant, exp2 } = decomposeDouble(ax);
  if (mode === 2) {
    const n = ndigits < 1 ? 1 : ndigits;
    if (n <= 101) {
      // The exponent estimate may be one off, so the tie check covers both neighbours.
      const fEst = n - 1 - Math.floor(Math.log10(ax));
      if (!tieAt(mant, exp2, fEst) && !tieAt(mant, exp2, fEst - 1) && !tieAt(mant, exp2, fEst + 1)) {
        return fromExponential(ax.toExponential(n - 1), neg);
      }
    }
    const f = n - 1 - floorLog10(ax, mant, exp2);
    return fromScaled(roundScaled(mant, exp2, f), f, neg);
  }
  const f = ndigits;
  if (f >= 0 && f <= 100 && ax < 1e21 && !tieAt(mant, exp2, f)) return fromFixed(ax.toFixed(f), f, neg);
  return fromScaled(roundScaled(mant, exp2, f), f, neg);
}

// Flags of PyOS_double_to_string (Include/pystrtod.h values).
export const DTSF_SIGN = 0x01;
export const DTSF_ADD_DOT_0 = 0x02;
export const DTSF_ALT = 0x04;
export const DTSF_NO_NEG_0 = 0x08;

export type DoubleFormatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

/**
 * PyOS_double_to_string: x formatted as %e/%f/%g (upper-case variants too) with the given
 * precision, or 'r' for repr (precision must be 0). flags: DTSF_*.
 */
// CPython: Python/pystrtod.c PyOS_double_to_string, format_float_short
export function doubleToString(x: number, code: DoubleFormatCode, precision: number, flags: number): string {
  // Upper-case codes format as their lower-case twins, then print INF/NAN/E.
  const upper = code === 'E' || code === 'F' || code === 'G';
  let mode: 0 | 2 | 3;
  let fmt: 'e' | 'f' | 'g' | 'r';
  switch (code) {
    case 'e':
    case 'E':
      fmt = 'e';
      mode = 2;
      precision++;
      break;
    case 'f':
    case 'F':
      fmt = 'f';
      mode = 3;
      break;
    case 'g':
    case 'G':
      fmt = 'g';
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case 'r':
      fmt = 'r';
      mode = 0;
      if (precision !== 0) throw new Error('doubleToString: precision must be 0 for r');
      break;
  }
  const alwaysSign = (flags & DTSF_SIGN) !== 0;
  if (x !== x || x === Infinity || x === -Infinity) {
    // The sign of a NaN is ignored.
    const s = x !== x ? (alwaysSign ? '+nan' : 'nan') : x < 0 ? '-inf' : alwaysSign ? '+inf' : 'inf';
    return upper ? s.toUpperCase() : s;
  }
  if (fmt === 'f' && flags === 0 && precision <= 100) {
    // Fast path: toFixed's digits are exact; only an exact tie (rounded away from zero by JS,
    // to even by dtoa) and values from 1e21 up (printed in exponent form by JS) need dtoa.
    const ax = Math.abs(x);
    if (ax < 1e21) {
      if (ax === 0) return (signBit(x) ? '-' : '') + ax.toFixed(precision);
      const { mant, exp2 } = decomposeDouble(ax);
      if (!tieAt(mant, exp2, precision)) return (x < 0 ? '-' : '') + ax.toFixed(precision);
    }
  }
  return formatFloatShort(dtoa(x, mode, precision), fmt, precision, alwaysSign, (flags & DTSF_ADD_DOT_0) !== 0, (flags & DTSF_ALT) !== 0, (flags & DTSF_NO_NEG_0) !== 0, upper);
}

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

// CPython: Python/pystrtod.c format_float_short (finite values)
function formatFloatShort(
  d: DtoaResult,
  fmt: 'e' | 'f' | 'g' | 'r',
  precision: number,
  alwaysSign: boolean,
  addDot0: boolean,
  alt: boolean,
  noNeg0: boolean,
  upper: boolean,
): string {
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  let neg = d.neg;
  if (noNeg0 && neg && (digitsLen === 0 || (digitsLen === 1 && digits === '0'))) neg = false;

  // Output is the slice [vstart, vend) of the digits padded with zeros on both sides, with the
  // point after position decpt.
  let vend = digitsLen;
  let useExp = false;
  switch (fmt) {
    case 'e':
      useExp = true;
      vend = precision;
      break;
    case 'f':
      vend = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vend = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;

  let out = neg ? '-' : alwaysSign ? '+' : '';
  if (decpt <= 0) out += zeros(decpt - vstart) + '.' + zeros(-decpt);
  else out += zeros(-vstart);
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += zeros(decpt - digitsLen) + '.' + zeros(vend - decpt);
  else out += zeros(vend - digitsLen);
  if (out.charCodeAt(out.length - 1) === 0x2e && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}

/**
 * The exact decimal value of a finite double x rounded half-even to f places after the point
 * (f may be negative), as a JS number: CPython's float.__round__ for ndigits in range.
 */
// CPython: Objects/floatobject.c double_round
export function roundDouble(x: number, f: number): number {
  const d = dtoa(x, 3, f);
  // CPython formats "<sign>0<digits>e<exp>" and reads it back with _Py_dg_strtod.
  const r = Number((d.neg ? '-0' : '0') + d.digits + 'e' + (d.decpt - d.digits.length));
  if (r === Infinity || r === -Infinity) throw new PyOverflowError('rounded value too large to represent');
  return r;
}

