// exp, ln, log10 and power. The first three are correctly rounded, always half even as
// libmpdec's are, whatever the context's rounding: an approximation with a known error bound is computed in fixed point with more and more digits
// until both ends of its interval round to the same result. Power follows libmpdec: integer
// exponents by repeated squaring at a higher precision, others as exp(y * ln(x)).
// CPython: Modules/_decimal/libmpdec/mpdecimal.c (mpd_qexp, mpd_qln, mpd_qlog10, mpd_qpow).
import { add, copyAbs, div, mul } from './arith.ts';
import {
  adjexp, checkNaNs, cmp, type Ctx, type Dec, etiny, finalize, finite, INF, invalid, Kind, MAX_EMAX, MIN_EMIN, ndigits, ONE, pow10, Round, S_INEXACT,
  S_ROUNDED,
} from './number.ts';

/** 2 * atanh(num/den) * 10**w, within a few units, for |num/den| <= 1/3. */
function atanh2(num: bigint, den: bigint, w: number): bigint {
  const scale = pow10(w + 5);
  const z = (num * scale) / den;
  const z2 = (z * z) / scale;
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * z2) / scale;
  }
  return (2n * sum) / 100000n;
}

const lnCache = new Map<string, bigint>();

/** ln(2) or ln(10) in fixed point with w digits, within a few units. */
function lnConst(which: 2 | 10, w: number): bigint {
  const key = `${which}:${w}`;
  let v = lnCache.get(key);
  if (v === undefined) {
    const ln2 = atanh2(1n, 3n, w + 3);
    v = which === 2 ? ln2 : 3n * ln2 + atanh2(1n, 9n, w + 3);
    v /= 1000n;
    if (lnCache.size > 64) lnCache.clear();
    lnCache.set(key, v);
  }
  return v;
}

/** exp(x / 10**w) * 10**w for |x| <= 1.2 * 10**w, within a few units. */
function expFixed(x: bigint, w: number): bigint {
  const k = 24;
  const g = w + 12;
  const scale = pow10(g);
  let r = (x * pow10(12)) >> BigInt(k);
  let sum = scale;
  let term = scale;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * r) / (scale * i);
    sum += term;
  }
  for (let i = 0; i < k; i++) sum = (sum * sum) / scale;
  r = 0n;
  return sum / pow10(12);
}

/** a * 10**w truncated to an integer. */
function toFixed(a: Dec, w: number): bigint {
  const e = a.exp + w;
  const v = e >= 0 ? a.coef * pow10(e) : a.coef / pow10(-e);
  return a.sign ? -v : v;
}

/** ln(a) * 10**w for finite positive a, within 10**(w - wanted) units, and that w. */
function lnFixed(a: Dec, wanted: number): [bigint, number] {
  const d = ndigits(a.coef);
  const e10 = a.exp + d;
  const near = adjexp(a) === 0 ? a.coef < 2n * pow10(d - 1) : adjexp(a) === -1 && a.coef * 2n >= pow10(d);
  if (near) {
    // x in [0.5, 2): ln x = 2 atanh((x-1)/(x+1)) exactly as a ratio, keeping the relative precision near 1.
    const w = wanted + 6;
    const num = a.exp >= 0 ? a.coef * pow10(a.exp) : a.coef;
    const den = a.exp >= 0 ? 1n : pow10(-a.exp);
    return [atanh2(num - den, num + den, w), w];
  }
  const w = wanted + 6 + String(Math.abs(e10)).length;
  // m = coef / 10**d in [0.1, 1); t = m * 2**j in [0.75, 1.5).
  const m = Number(a.coef.toString().slice(0, 17)) / 10 ** Math.min(d, 17);
  const j = Math.max(0, Math.ceil(Math.log2(0.75 / m)));
  const num = a.coef * (1n << BigInt(j));
  const den = pow10(d);
  const lnm = atanh2(num - den, num + den, w + 2) - BigInt(j) * lnConst(2, w + 2);
  return [(lnm + BigInt(e10) * lnConst(10, w + 2)) / 100n, w];
}

/**
 * The correctly rounded result of a value computed by `approx(w)` as r * 10**e with an error
 * below `err` units of r, retried with more digits until the rounding is decided.
 */
function ziv(c: Ctx, w0: number, approx: (w: number) => { r: bigint; e: number; err: bigint }): Dec {
  for (let w = w0; ; w += Math.max(16, w >> 1)) {
    const { r, e, err } = approx(w);
    const lo = r - err;
    const hi = r + err;
    if ((lo < 0n) !== (hi < 0n) || lo === 0n || hi === 0n) continue;
    const sign = r < 0n ? 1 : 0;
    const mag = (v: bigint): bigint => (v < 0n ? -v : v);
    // A trailing nonzero digit keeps the bounds and the estimate inexact.
    const test = (v: bigint): Dec => finalize(finite(sign, mag(v) * 10n + 1n, e - 1), { ...c, status: 0 });
    const a = test(lo);
    const b = test(hi);
    if (a.kind === b.kind && a.coef === b.coef && a.exp === b.exp) return finalize(finite(sign, mag(r) * 10n + 1n, e - 1), c);
  }
}

/** Runs f with the context's rounding set to half even. */
function halfEven(c: Ctx, f: () => Dec): Dec {
  const round = c.round;
  c.round = Round.HALF_EVEN;
  try {
    return f();
  } finally {
    c.round = round;
  }
}

/** The overflowing (positive) or underflowing result of exp and power. */
function outOfRange(big: boolean, sign: number, c: Ctx): Dec {
  return finalize(big ? finite(sign, 1n, c.emax + 1) : finite(sign, 1n, etiny(c) - 2), c);
}

/** e**a, correctly rounded. CPython: mpd_qexp */
export function exp(a: Dec, c: Ctx): Dec {
  return halfEven(c, () => expHalfEven(a, c));
}

function expHalfEven(a: Dec, c: Ctx): Dec {
  if (a.kind !== Kind.FINITE) {
    const n = checkNaNs(a, null, c);
    if (n !== null) return n;
    return a.sign ? finite(0, 0n, 0) : a;
  }
  if (a.coef === 0n) return finalize(ONE, c);
  const p = c.prec;
  const adj = adjexp(a);
  if (adj < -(p + 2)) {
    // e**x is within x of 1: a digit below the precision stands for x.
    const k = p + 2;
    return finalize(finite(0, a.sign ? pow10(k) - 1n : pow10(k) + 1n, -k), c);
  }
  if (adj > 19) return outOfRange(a.sign === 0, 0, c);
  const intDigits = Math.max(0, adj + 1);
  return ziv(c, p + 8, (w) => {
    const w2 = w + 10 + intDigits;
    const x = toFixed(a, w2);
    const l10 = lnConst(10, w2);
    let n = x / l10;
    const r0 = x - n * l10;
    let r = r0;
    if (r * 2n > l10) {
      n += 1n;
      r -= l10;
    } else if (r * 2n < -l10) {
      n -= 1n;
      r += l10;
    }
    const e = Number(n);
    if (e > c.emax + 2) return { r: pow10(w2), e: c.emax + 2, err: 1n };
    if (e < etiny(c) - 2) return { r: pow10(w2), e: etiny(c) - 3 - w2, err: 1n };
    return { r: expFixed(r, w2), e: e - w2, err: pow10(w2 - w) };
  });
}

/** Whether a is exactly 1 in any of its forms. */
const isOne = (a: Dec): boolean => a.kind === Kind.FINITE && a.sign === 0 && a.coef !== 0n && cmp(a, ONE) === 0;

/** The estimate of -log10|a - 1| for arguments close to 1: how many more digits the logarithm needs. */
function nearOneDigits(a: Dec): number {
  const d = add(a, finite(1, 1n, 0), { prec: 1, emax: MAX_EMAX, emin: MIN_EMIN, round: Round.DOWN, clamp: 0, traps: 0, status: 0 });
  return d.coef === 0n ? 0 : Math.max(0, -adjexp(d));
}

/** The natural logarithm, correctly rounded. CPython: mpd_qln */
export function ln(a: Dec, c: Ctx): Dec {
  return halfEven(c, () => lnHalfEven(a, c));
}

/** ln's and log10's result for a NaN, an infinity, zero or a negative; null for a positive finite a. */
function logSpecial(a: Dec, c: Ctx): Dec | null {
  if (a.kind !== Kind.FINITE) {
    const n = checkNaNs(a, null, c);
    if (n !== null) return n;
    return a.sign ? invalid(c) : a;
  }
  if (a.coef === 0n) return INF(1);
  if (a.sign) return invalid(c);
  return null;
}

function lnHalfEven(a: Dec, c: Ctx): Dec {
  const special = logSpecial(a, c);
  if (special !== null) return special;
  if (isOne(a)) return finite(0, 0n, 0);
  return ziv(c, c.prec + 8 + nearOneDigits(a), (w) => {
    const [r, w2] = lnFixed(a, w);
    return { r, e: -w2, err: pow10(w2 - w) };
  });
}

/** The power of ten a is, or null. */
function powerOfTen(a: Dec): number | null {
  const s = a.coef.toString();
  if (!/^10*$/.test(s)) return null;
  return a.exp + s.length - 1;
}

/** The base-10 logarithm, correctly rounded; exact for powers of ten. CPython: mpd_qlog10 */
export function log10(a: Dec, c: Ctx): Dec {
  return halfEven(c, () => log10HalfEven(a, c));
}

function log10HalfEven(a: Dec, c: Ctx): Dec {
  const special = logSpecial(a, c);
  if (special !== null) return special;
  const k = powerOfTen(a);
  if (k !== null) return finalize(finite(k < 0 ? 1 : 0, BigInt(Math.abs(k)), 0), c);
  return ziv(c, c.prec + 8 + nearOneDigits(a), (w) => {
    const [r, w2] = lnFixed(a, w + 2);
    return { r: (r * pow10(w2)) / lnConst(10, w2), e: -w2, err: pow10(w2 - w) };
  });
}

/** A context for intermediate results: the precision given, rounding half even, no exponent limits. */
function workContext(prec: number): Ctx {
  return { prec, emax: MAX_EMAX, emin: MIN_EMIN, round: Round.HALF_EVEN, clamp: 0, traps: 0, status: 0 };
}

const isInteger = (a: Dec): boolean => {
  if (a.kind !== Kind.FINITE) return false;
  if (a.exp >= 0 || a.coef === 0n) return true;
  return a.coef % pow10(-a.exp) === 0n;
};

const isOdd = (a: Dec): boolean => {
  if (a.exp > 0) return false;
  return ((a.coef / pow10(-a.exp)) & 1n) === 1n;
};

// CPython: _mpd_qpow_int — repeated squaring with digits to spare (down to the context's Emin,
// so that a result far below it has gone to zero on the way), the reciprocal first for
// negative exponents.
function powInt(base: Dec, y: Dec, sign: number, c: Ctx): Dec {
  const n = y.exp >= 0 ? y.coef * pow10(y.exp) : y.coef / pow10(-y.exp);
  const work: Ctx = { ...workContext(c.prec + ndigits(y.coef) + Math.max(0, y.exp) + 2), emin: c.emin };
  let t = copyAbs(base);
  if (y.sign) {
    work.prec += 1;
    t = div(ONE, t, work);
  }
  let r: Dec = ONE;
  for (const bit of n.toString(2)) {
    r = mul(r, r, work);
    if (bit === '1') r = mul(r, t, work);
  }
  c.status |= work.status;
  return finalize(sign ? { ...r, sign: 1 } : r, c);
}

/**
 * The result of a power that certainly overflows or underflows, judged from the digits of the
 * exponent of the result against those of Emax or Etiny, or null. CPython: _qcheck_pow_bounds
 */
function powBounds(x: Dec, y: Dec, sign: number, c: Ctx): Dec | null {
  const adjx = adjexp(x);
  const mantissa = Number(x.coef.toString().slice(0, 15)) / 10 ** (Math.min(ndigits(x.coef), 15) - 1);
  const lnx = Math.abs((adjx + Math.log10(mantissa)) * Math.LN10);
  if (lnx === 0) return null;
  const lbZeta = Math.floor(Math.log10(lnx * (1 - 1e-12)));
  const lbTheta = adjexp(y);
  const digitsOf = (n: number): number => String(Math.abs(n)).length;
  if (((adjx < 0 ? 1 : 0) ^ y.sign) === 0) {
    if (digitsOf(c.emax) < lbZeta + lbTheta) return finalize(finite(sign, 1n, MAX_EMAX * 4), c);
  } else if (digitsOf(etiny(c)) < lbZeta + lbTheta) return finalize(finite(sign, 1n, etiny(c) - 1), c);
  return null;
}

// CPython: _mpd_qpow_real — exp(y * ln(x)) at a higher precision, then rounded.
function powReal(base: Dec, y: Dec, c: Ctx): Dec {
  const work = workContext(Math.max(ndigits(base.coef), c.prec) + 4 + 19);
  let t = ln(base, work);
  t = mul(t, y, work);
  t = exp(t, work);
  c.status |= work.status & (S_INEXACT | S_ROUNDED);
  if (t.kind === Kind.FINITE && adjexp(t) > c.emax + 1) return outOfRange(true, 0, c);
  return finalize(t, c);
}

/** base ** y. CPython: mpd_qpow */
export function pow(base: Dec, y: Dec, c: Ctx): Dec {
  const n = checkNaNs(base, y, c);
  if (n !== null) return n;
  let sign = 0;
  if (isInteger(y)) sign = base.sign && isOdd(y) ? 1 : 0;
  else if (base.sign) return invalid(c);
  if (base.kind === Kind.FINITE && base.coef === 0n) {
    if (y.kind === Kind.FINITE && y.coef === 0n) return invalid(c);
    return y.sign ? INF(sign) : finite(sign, 0n, 0);
  }
  if (base.kind === Kind.INF) {
    if (y.kind === Kind.FINITE && y.coef === 0n) return finite(0, 1n, 0);
    return y.sign ? finite(sign, 0n, 0) : INF(sign);
  }
  if (isOne(base)) {
    // CPython: _qcheck_pow_one — the exponent of the result depends on the operands.
    let e: number;
    if (isInteger(y)) {
      const k = y.sign ? 0 : cmp(y, finite(0, BigInt(c.prec), 0)) > 0 ? c.prec : Number(y.exp >= 0 ? y.coef * pow10(y.exp) : y.coef / pow10(-y.exp));
      e = base.exp * k;
      if (e < 1 - c.prec) {
        e = 1 - c.prec;
        c.status |= S_ROUNDED;
      }
    } else {
      c.status |= S_INEXACT | S_ROUNDED;
      e = 1 - c.prec;
    }
    return finite(sign, pow10(-e), e);
  }
  if (y.kind === Kind.INF) {
    const big = cmp(copyAbs(base), ONE) > 0;
    return (big !== (y.sign === 1)) ? INF(0) : finite(0, 0n, 0);
  }
  if (y.coef === 0n) return finite(sign, 1n, 0);
  const bound = powBounds(base, y, sign, c);
  if (bound !== null) return bound;
  if (isInteger(y)) return powInt(base, y, sign, c);
  return powReal(base, y, c);
}
