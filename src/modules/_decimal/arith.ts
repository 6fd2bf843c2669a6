// The arithmetic of _decimal's numbers: the basic operations, quantizing and rounding to
// integers, square roots and the operations of the General Decimal Arithmetic specification
// on signs, exponents and digits. CPython: Modules/_decimal/libmpdec/mpdecimal.c (mpd_q*),
// whose results Lib/_pydecimal.py documents step by step.
import {
  adjexp, checkNaNs, cmp, cmpAbs, type Ctx, type Dec, etiny, finalize, finite, INF, invalid, isZero, Kind, ndigits, pow10, Round, S_CLAMPED,
  maxContext, S_DIVISION_BY_ZERO, S_ERRORS, S_DIVISION_IMPOSSIBLE, S_DIVISION_UNDEFINED, S_INEXACT, S_INVALID_OPERATION, S_OVERFLOW, S_ROUNDED, S_SUBNORMAL,
  S_UNDERFLOW, shiftRound, special,
} from './number.ts';

export const copyAbs = (a: Dec): Dec => (a.sign ? { ...a, sign: 0 } : a);
export const copyNegate = (a: Dec): Dec => ({ ...a, sign: a.sign ^ 1 });
export const copySign = (a: Dec, b: Dec): Dec => (a.sign === b.sign ? a : { ...a, sign: b.sign });

/** `a` with exponent `exp`, rounded in mode `r` when digits are lost (no context). CPython: mpd_qrescale's core, _pydecimal's _rescale */
export function rescale(a: Dec, exp: number, r: Round): Dec {
  if (a.kind !== Kind.FINITE) return a;
  if (a.coef === 0n) return finite(a.sign, 0n, exp);
  if (a.exp >= exp) return finite(a.sign, a.coef * pow10(a.exp - exp), exp);
  let n = exp - a.exp;
  let c = a.coef;
  // Digits far below the rounding position only matter as being nonzero.
  if (n > ndigits(c) + 1) {
    c = 1n;
    n = 2;
  }
  return finite(a.sign, shiftRound(c, n, r, a.sign)[0], exp);
}

// CPython: mpd_qplus, mpd_qminus, mpd_qabs — a zero's sign follows the rounding.
export function plus(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, null, c);
  if (n !== null) return n;
  if (isZero(a) && c.round !== Round.FLOOR) return finalize(copyAbs(a), c);
  return finalize(a, c);
}

export function minus(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, null, c);
  if (n !== null) return n;
  if (isZero(a) && c.round !== Round.FLOOR) return finalize(copyAbs(a), c);
  return finalize(copyNegate(a), c);
}

export function abs(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, null, c);
  if (n !== null) return n;
  return finalize(copyAbs(a), c);
}

/** The sum. CPython: mpd_qadd, _mpd_qaddsub */
export function add(a: Dec, b: Dec, c: Ctx): Dec {
  if (a.kind !== Kind.FINITE || b.kind !== Kind.FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== null) return n;
    if (a.kind === Kind.INF) return b.kind === Kind.INF && a.sign !== b.sign ? invalid(c) : a;
    return b;
  }
  if (a.coef === 0n && b.coef === 0n) {
    const sign = (a.sign & b.sign) | (a.sign !== b.sign && c.round === Round.FLOOR ? 1 : 0);
    return finalize(finite(sign, 0n, Math.min(a.exp, b.exp)), c);
  }
  let big = a;
  let small = b;
  if (b.coef !== 0n && (a.coef === 0n || adjexp(b) > adjexp(a))) {
    big = b;
    small = a;
  }
  // A far smaller operand only decides the rounding: a single digit below the precision stands for it.
  if (small.coef !== 0n) {
    const floor = Math.min(big.exp, adjexp(big) - c.prec) - 1;
    if (adjexp(small) < floor) small = finite(small.sign, 1n, floor - 1);
  }
  const exp = Math.min(big.exp, small.exp);
  const va = big.coef * pow10(big.exp - exp);
  const vb = small.coef * pow10(small.exp - exp);
  let sum = (big.sign ? -va : va) + (small.sign ? -vb : vb);
  let sign: number;
  if (sum === 0n) sign = c.round === Round.FLOOR ? 1 : 0;
  else if (sum < 0n) {
    sign = 1;
    sum = -sum;
  } else sign = 0;
  return finalize(finite(sign, sum, exp), c);
}

export const sub = (a: Dec, b: Dec, c: Ctx): Dec => add(a, isNaNDec(b) ? b : copyNegate(b), c);
const isNaNDec = (a: Dec): boolean => a.kind >= Kind.NAN;

/** The product. CPython: mpd_qmul */
export function mul(a: Dec, b: Dec, c: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  if (a.kind !== Kind.FINITE || b.kind !== Kind.FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== null) return n;
    if ((a.kind === Kind.INF && isZero(b)) || (b.kind === Kind.INF && isZero(a))) return invalid(c);
    return INF(sign);
  }
  return finalize(finite(sign, a.coef * b.coef, a.exp + b.exp), c);
}

/** The quotient, with the ideal exponent when exact. CPython: mpd_qdiv */
export function div(a: Dec, b: Dec, c: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  if (a.kind !== Kind.FINITE || b.kind !== Kind.FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== null) return n;
    if (a.kind === Kind.INF) return b.kind === Kind.INF ? invalid(c) : INF(sign);
    c.status |= S_CLAMPED;
    return finite(sign, 0n, etiny(c));
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) return invalid(c, S_DIVISION_UNDEFINED);
    c.status |= S_DIVISION_BY_ZERO;
    return INF(sign);
  }
  if (a.coef === 0n) return finalize(finite(sign, 0n, a.exp - b.exp), c);
  const shift = ndigits(b.coef) - ndigits(a.coef) + c.prec + 1;
  let exp = a.exp - b.exp - shift;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const n = a.coef * pow10(shift);
    q = n / b.coef;
    r = n % b.coef;
  } else {
    const d = b.coef * pow10(-shift);
    q = a.coef / d;
    r = a.coef % d;
  }
  if (r !== 0n) {
    if (q % 5n === 0n) q += 1n;
  } else {
    const ideal = a.exp - b.exp;
    while (exp < ideal && q % 10n === 0n) {
      q /= 10n;
      exp += 1;
    }
  }
  return finalize(finite(sign, q, exp), c);
}

/**
 * The integer quotient and the remainder of finite nonzero-divisor operands, or null when the
 * quotient has more digits than the precision. CPython: _mpd_qdivmod
 */
function divmodFinite(a: Dec, b: Dec, c: Ctx): [Dec, Dec] | null {
  const sign = a.sign ^ b.sign;
  const ideal = b.kind === Kind.INF ? a.exp : Math.min(a.exp, b.exp);
  const expdiff = a.coef === 0n || b.kind === Kind.INF ? 0 : adjexp(a) - adjexp(b);
  if (a.coef === 0n || b.kind === Kind.INF || expdiff <= -2) return [finite(sign, 0n, 0), rescale(a, ideal, c.round)];
  if (expdiff <= c.prec) {
    let x = a.coef;
    let y = b.coef;
    if (a.exp >= b.exp) x *= pow10(a.exp - b.exp);
    else y *= pow10(b.exp - a.exp);
    const q = x / y;
    if (q < pow10(c.prec)) return [finite(sign, q, 0), finite(a.sign, x % y, ideal)];
  }
  return null;
}

/** The integer part of the quotient. CPython: mpd_qdivint */
export function divint(a: Dec, b: Dec, c: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  if (a.kind !== Kind.FINITE || b.kind !== Kind.FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== null) return n;
    if (a.kind === Kind.INF) return b.kind === Kind.INF ? invalid(c) : INF(sign);
    return finite(sign, 0n, 0);
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) return invalid(c, S_DIVISION_UNDEFINED);
    c.status |= S_DIVISION_BY_ZERO;
    return INF(sign);
  }
  const qr = divmodFinite(a, b, c);
  return qr === null ? invalid(c, S_DIVISION_IMPOSSIBLE) : finalize(qr[0], c);
}

/** The remainder of the truncating division. CPython: mpd_qrem */
export function rem(a: Dec, b: Dec, c: Ctx): Dec {
  const special = remSpecial(a, b, c);
  if (special !== null) return special;
  const qr = divmodFinite(a, b, c);
  return qr === null ? invalid(c, S_DIVISION_IMPOSSIBLE) : finalize(qr[1], c);
}

/** rem's and remNear's result for NaNs, infinities and a zero divisor; null for two finite a, b with b nonzero. */
function remSpecial(a: Dec, b: Dec, c: Ctx): Dec | null {
  if (a.kind !== Kind.FINITE || b.kind !== Kind.FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== null) return n;
    if (a.kind === Kind.INF) return invalid(c);
    return finalize(a, c);
  }
  if (b.coef === 0n) return a.coef === 0n ? invalid(c, S_DIVISION_UNDEFINED) : invalid(c);
  return null;
}

/** Both results of divmod(). CPython: mpd_qdivmod */
export function divmod(a: Dec, b: Dec, c: Ctx): [Dec, Dec] {
  const sign = a.sign ^ b.sign;
  if (a.kind !== Kind.FINITE || b.kind !== Kind.FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== null) return [n, n];
    if (a.kind === Kind.INF) {
      if (b.kind === Kind.INF) {
        const r = invalid(c);
        return [r, r];
      }
      return [INF(sign), invalid(c)];
    }
    return [finite(sign, 0n, 0), finalize(a, c)];
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) {
      const r = invalid(c, S_DIVISION_UNDEFINED);
      return [r, r];
    }
    c.status |= S_DIVISION_BY_ZERO;
    return [INF(sign), invalid(c)];
  }
  const qr = divmodFinite(a, b, c);
  if (qr === null) {
    const r = invalid(c, S_DIVISION_IMPOSSIBLE);
    return [r, r];
  }
  return [finalize(qr[0], c), finalize(qr[1], c)];
}

/** The remainder of the rounding-to-nearest division. CPython: mpd_qrem_near */
export function remNear(a: Dec, b: Dec, c: Ctx): Dec {
  const special = remSpecial(a, b, c);
  if (special !== null) return special;
  const ideal = Math.min(a.exp, b.exp);
  if (a.coef === 0n) return finalize(finite(a.sign, 0n, ideal), c);
  const expdiff = adjexp(a) - adjexp(b);
  if (expdiff >= c.prec + 1) return invalid(c, S_DIVISION_IMPOSSIBLE);
  if (expdiff <= -2) return finalize(rescale(a, ideal, c.round), c);
  let x = a.coef;
  let y = b.coef;
  if (a.exp >= b.exp) x *= pow10(a.exp - b.exp);
  else y *= pow10(b.exp - a.exp);
  let q = x / y;
  let r = x % y;
  if (2n * r + (q & 1n) > y) {
    r -= y;
    q += 1n;
  }
  if (q >= pow10(c.prec)) return invalid(c, S_DIVISION_IMPOSSIBLE);
  let sign = a.sign;
  if (r < 0n) {
    sign ^= 1;
    r = -r;
  }
  return finalize(finite(sign, r, ideal), c);
}

/** a*b + d with a single rounding: the product is exact. CPython: mpd_qfma */
export function fma(a: Dec, b: Dec, d: Dec, c: Ctx): Dec {
  const work = maxContext();
  const product = mul(a, b, work);
  c.status |= work.status;
  return add(product, d, c);
}

/** The value rounded to the exponent of `b`. CPython: mpd_qquantize */
export function quantize(a: Dec, b: Dec, r: Round, c: Ctx): Dec {
  if (a.kind !== Kind.FINITE || b.kind !== Kind.FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== null) return n;
    if (a.kind === Kind.INF && b.kind === Kind.INF) return a;
    return invalid(c);
  }
  if (b.exp > c.emax || b.exp < etiny(c)) return invalid(c);
  if (a.coef === 0n) return finalize(finite(a.sign, 0n, b.exp), c);
  if (adjexp(a) - b.exp + 1 > c.prec) return invalid(c);
  const ans = rescale(a, b.exp, r);
  if (ans.coef !== 0n && adjexp(ans) > c.emax) return invalid(c);
  if (ndigits(ans.coef) > c.prec) return invalid(c);
  if (ans.coef !== 0n && adjexp(ans) < c.emin) c.status |= S_SUBNORMAL;
  if (ans.exp > a.exp) {
    if (cmp(ans, a) !== 0) c.status |= S_INEXACT;
    c.status |= S_ROUNDED;
  }
  return finalize(ans, c);
}

/** The value rounded to an integer; with `exact`, Inexact and Rounded are signaled. CPython: mpd_qround_to_int(x) */
export function toIntegral(a: Dec, r: Round, exact: boolean, c: Ctx): Dec {
  if (a.kind !== Kind.FINITE) {
    const n = checkNaNs(a, null, c);
    return n ?? a;
  }
  if (a.exp >= 0) return a;
  if (a.coef === 0n) return finite(a.sign, 0n, 0);
  const ans = rescale(a, 0, r);
  if (exact) {
    if (cmp(ans, a) !== 0) c.status |= S_INEXACT;
    c.status |= S_ROUNDED;
  }
  return ans;
}

/** The integer square root of a non-negative BigInt: Newton's iteration from above. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  const bits = n.toString(16).length * 4;
  // Start at or above the root: from the double's estimate with a margin, else a power of two.
  let x = bits < 1000 ? BigInt(Math.ceil(Math.sqrt(Number(n)) * (1 + 2 ** -40))) + 1n : 1n << BigInt((bits >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** The square root, correctly rounded half-even, exact ones with the ideal exponent. CPython: mpd_qsqrt */
export function sqrt(a: Dec, c: Ctx): Dec {
  if (a.kind !== Kind.FINITE) {
    const n = checkNaNs(a, null, c);
    if (n !== null) return n;
    return a.sign ? invalid(c) : a;
  }
  if (a.coef === 0n) return finalize(finite(a.sign, 0n, Math.floor(a.exp / 2)), c);
  if (a.sign) return invalid(c);
  const prec = c.prec + 1;
  let e = Math.floor(a.exp / 2);
  let x = a.coef;
  const len = ndigits(a.coef);
  let l: number;
  if (a.exp & 1) {
    x *= 10n;
    l = (len >> 1) + 1;
  } else l = (len + 1) >> 1;
  const shift = prec - l;
  let exact: boolean;
  if (shift >= 0) {
    x *= pow10(2 * shift);
    exact = true;
  } else {
    const d = pow10(-2 * shift);
    exact = x % d === 0n;
    x /= d;
  }
  e -= shift;
  let n = isqrt(x);
  if (exact && n * n === x) {
    if (shift >= 0) n /= pow10(shift);
    else n *= pow10(-shift);
    e += shift;
  } else if (n % 5n === 0n) n += 1n;
  const round = c.round;
  c.round = Round.HALF_EVEN;
  try {
    return finalize(finite(0, n, e), c);
  } finally {
    c.round = round;
  }
}

// ---- comparisons and selections

/** compare(): a NaN for NaN operands, else -1, 0 or 1 as a decimal. CPython: mpd_qcompare */
export function compare(a: Dec, b: Dec, c: Ctx, signal: boolean): Dec {
  if (a.kind >= Kind.NAN || b.kind >= Kind.NAN) {
    const n = checkNaNs(a, b, c)!;
    if (signal) c.status |= S_INVALID_OPERATION;
    return n;
  }
  const r = cmp(a, b);
  return finite(r < 0 ? 1 : 0, r === 0 ? 0n : 1n, 0);
}

/** The total ordering of the specification, -1, 0 or 1. CPython: mpd_cmp_total */
export function cmpTotal(a: Dec, b: Dec): number {
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const s = a.sign ? -1 : 1;
  const rank = (x: Dec): number => (x.kind === Kind.NAN ? 3 : x.kind === Kind.SNAN ? 2 : x.kind === Kind.INF ? 1 : 0);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -s : s;
  if (ra >= 2) return a.coef < b.coef ? -s : a.coef > b.coef ? s : 0;
  if (ra === 1) return 0;
  const m = cmp(copyAbs(a), copyAbs(b));
  if (m !== 0) return m * s;
  return a.exp < b.exp ? -s : a.exp > b.exp ? s : 0;
}

const totalResult = (r: number): Dec => finite(r < 0 ? 1 : 0, r === 0 ? 0n : 1n, 0);
export const compareTotal = (a: Dec, b: Dec): Dec => totalResult(cmpTotal(a, b));
export const compareTotalMag = (a: Dec, b: Dec): Dec => totalResult(cmpTotal(copyAbs(a), copyAbs(b)));

/** max/min and their _mag forms: a quiet NaN loses to a number. CPython: mpd_qmax, mpd_qmin, mpd_qmax_mag, mpd_qmin_mag */
export function maxMin(a: Dec, b: Dec, c: Ctx, wantMax: boolean, mag: boolean): Dec {
  if (a.kind >= Kind.NAN || b.kind >= Kind.NAN) {
    if (a.kind === Kind.NAN && b.kind < Kind.NAN) return finalize(b, c);
    if (b.kind === Kind.NAN && a.kind < Kind.NAN) return finalize(a, c);
    return checkNaNs(a, b, c)!;
  }
  let r = mag ? cmp(copyAbs(a), copyAbs(b)) : 0;
  if (r === 0) r = cmpTotal(a, b);
  const pick = wantMax ? (r < 0 ? b : a) : (r > 0 ? b : a);
  return finalize(pick, c);
}

// ---- the neighbours of a number

/**
 * The closest number below (`up` false) or above; an operand that does not fit the context
 * becomes its rounding toward that side. CPython: mpd_qnext_minus, mpd_qnext_plus
 */
export function nextStep(a: Dec, up: boolean, c: Ctx): Dec {
  if (a.kind !== Kind.FINITE) {
    const n = checkNaNs(a, null, c);
    if (n !== null) return n;
    if ((a.sign === 1) === up) return finite(a.sign, pow10(c.prec) - 1n, c.emax - c.prec + 1);
    return a;
  }
  const work: Ctx = { ...c, round: up ? Round.CEILING : Round.FLOOR, status: 0, traps: 0 };
  const fitted = finalize(a, work);
  if (work.status & (S_INEXACT | S_ERRORS)) {
    c.status |= work.status & S_ERRORS;
    return fitted;
  }
  const r = add(a, finite(up ? 0 : 1, 1n, etiny(c) - 1), work);
  c.status |= work.status & S_ERRORS;
  return r;
}

/** next_toward. CPython: mpd_qnext_toward */
export function nextToward(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n !== null) return n;
  const r = cmp(a, b);
  if (r === 0) return copySign(a, b);
  const ans = nextStep(a, r < 0, c);
  if (ans.kind === Kind.INF) c.status |= S_OVERFLOW | S_INEXACT | S_ROUNDED;
  else if (ans.kind === Kind.FINITE && adjexp(ans) < c.emin) {
    c.status |= S_UNDERFLOW | S_SUBNORMAL | S_INEXACT | S_ROUNDED;
    if (ans.coef === 0n) c.status |= S_CLAMPED;
  }
  return ans;
}

/** The value with trailing zeros removed. CPython: mpd_qreduce */
export function reduce(a: Dec, c: Ctx): Dec {
  if (a.kind !== Kind.FINITE) return checkNaNs(a, null, c) ?? a;
  const r = finalize(a, c);
  if (r.kind !== Kind.FINITE) return r;
  if (r.coef === 0n) return finite(r.sign, 0n, 0);
  let coef = r.coef;
  let exp = r.exp;
  const emax = c.clamp ? c.emax - c.prec + 1 : c.emax;
  while (coef % 10n === 0n && exp < emax) {
    coef /= 10n;
    exp += 1;
  }
  return finite(r.sign, coef, exp);
}

/** The adjusted exponent as a number. CPython: mpd_qlogb */
export function logb(a: Dec, c: Ctx): Dec {
  if (a.kind !== Kind.FINITE) {
    const n = checkNaNs(a, null, c);
    return n ?? INF(0);
  }
  if (a.coef === 0n) {
    c.status |= S_DIVISION_BY_ZERO;
    return INF(1);
  }
  const e = adjexp(a);
  return finalize(finite(e < 0 ? 1 : 0, BigInt(Math.abs(e)), 0), c);
}

/** The integer value of an operand of scaleb, rotate and shift, or null when it is not an integer. */
function intOperand(b: Dec): number | null {
  if (b.kind !== Kind.FINITE || b.exp !== 0) return null;
  return b.sign ? -Number(b.coef) : Number(b.coef);
}

/** a * 10**b. CPython: mpd_qscaleb */
export function scaleb(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n !== null) return n;
  const k = intOperand(b);
  const limit = 2 * (c.emax + c.prec);
  if (k === null || Math.abs(k) > limit) return invalid(c);
  if (a.kind === Kind.INF) return a;
  return finalize(finite(a.sign, a.coef, a.exp + k), c);
}

/** The coefficient's digits rotated or shifted by b places. CPython: mpd_qrotate, mpd_qshift */
export function rotateShift(a: Dec, b: Dec, c: Ctx, rotate: boolean): Dec {
  const n = checkNaNs(a, b, c);
  if (n !== null) return n;
  const k = intOperand(b);
  if (k === null || Math.abs(k) > c.prec) return invalid(c);
  if (a.kind === Kind.INF) return a;
  const m = pow10(c.prec);
  let coef = a.coef % m;
  if (rotate) {
    const s = ((k % c.prec) + c.prec) % c.prec;
    coef = ((coef * pow10(s)) % m) + coef / pow10(c.prec - s);
  } else if (k >= 0) coef = (coef * pow10(k)) % m;
  else coef /= pow10(-k);
  return finite(a.sign, coef, a.exp);
}

/** The digits of a logical operand (a finite non-negative integer of 0s and 1s), or null. */
function logicalDigits(a: Dec, c: Ctx): string | null {
  if (a.kind !== Kind.FINITE || a.sign || a.exp !== 0) return null;
  const s = a.coef.toString();
  if (s.length > c.prec || /[^01]/.test(s)) return null;
  return s.padStart(c.prec, '0');
}

/** logical_and, logical_or, logical_xor and logical_invert (b null). CPython: mpd_qand, mpd_qor, mpd_qxor, mpd_qinvert */
export function logical(a: Dec, b: Dec | null, op: (x: number, y: number) => number, c: Ctx): Dec {
  const da = logicalDigits(a, c);
  const db = b === null ? '' : logicalDigits(b, c);
  if (da === null || db === null) return invalid(c);
  let out = '';
  for (let i = 0; i < c.prec; i++) out += String(op(da.charCodeAt(i) - 48, b === null ? 0 : db.charCodeAt(i) - 48));
  return finite(0, BigInt(out), 0);
}

/** same_quantum. CPython: mpd_same_quantum */
export function sameQuantum(a: Dec, b: Dec): boolean {
  if (a.kind !== Kind.FINITE || b.kind !== Kind.FINITE) {
    return (a.kind >= Kind.NAN && b.kind >= Kind.NAN) || (a.kind === Kind.INF && b.kind === Kind.INF);
  }
  return a.exp === b.exp;
}

export { cmpAbs, special };

/** The integer value of a finite integral operand, or null. */
export function integerValue(a: Dec): bigint | null {
  if (a.kind !== Kind.FINITE) return null;
  let v: bigint;
  if (a.exp >= 0) v = a.coef * pow10(a.exp);
  else {
    const d = pow10(-a.exp);
    if (a.coef % d !== 0n) return null;
    v = a.coef / d;
  }
  return a.sign ? -v : v;
}

/** (a ** b) % m for integer operands. CPython: mpd_qpowmod */
export function powmod(a: Dec, b: Dec, m: Dec, c: Ctx): Dec {
  if (a.kind >= Kind.NAN || b.kind >= Kind.NAN || m.kind >= Kind.NAN) {
    const n = checkNaNs(a, b, c) ?? checkNaNs(m, null, c);
    if (n !== null) return n;
  }
  const x = integerValue(a);
  const y = integerValue(b);
  const z = integerValue(m);
  if (x === null || y === null || z === null || z === 0n || y < 0n || (x === 0n && y === 0n)) return invalid(c);
  const mod = z < 0n ? -z : z;
  if (ndigits(mod) > c.prec) return invalid(c);
  let base = (x < 0n ? -x : x) % mod;
  let e = y;
  let r = 1n % mod;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  const sign = x < 0n && (y & 1n) === 1n ? 1 : 0;
  return finite(sign, r, 0);
}

/** The adjusted exponent of a finite nonzero value. */
export const adjustedOf = (a: Dec): number => adjexp(a);
