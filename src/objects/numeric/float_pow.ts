// float ** float as CPython 3.12 on glibc computes it.
//
// CPython sorts out the special values itself (float_pow) and leaves the rest to libm's pow().
// V8's Math.pow differs from glibc's in the last bit for about one random input in ten, and even a
// correctly rounded pow would differ from glibc's in about one in a thousand (glibc's error bound
// is 0.52 ulp). So glibcPow below replays glibc 2.36's algorithm (sysdeps/ieee754/dbl-64/e_pow.c,
// the x86_64 FMA variant that the reference machine's CPUs select) operation by operation,
// including every multiply-add GCC fused into an FMA in that build, which fma() emulates exactly.
import { erangeOverflow, PyZeroDivisionError } from './errors.ts';
import { EXP2_HI, EXP2_TAIL, LOG_C, LOG_CTAIL, LOG_INVC } from './libm_tables.ts';

/** Thrown by floatPow for a negative base and a non-integer exponent: the caller does complex pow. */
export class ComplexPowerRequired extends Error {
  constructor() {
    super('negative number raised to a fractional power: complex result');
  }
}

/** True when float_pow hands (a, b) over to complex pow. */
export function floatPowIsComplex(a: number, b: number): boolean {
  return a < 0 && a !== -Infinity && b === b && b !== Infinity && b !== -Infinity && b !== 0 && Math.floor(b) !== b;
}

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/**
 * a ** b for floats. Throws ZeroDivisionError for 0.0 ** negative, OverflowError(34, ...) when
 * the result overflows, ComplexPowerRequired for a negative base and a fractional exponent.
 */
// CPython: Objects/floatobject.c float_pow
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Infinity;
    return 0.0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Infinity;
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    if (iw < 0) throw new PyZeroDivisionError('0.0 cannot be raised to a negative power');
    return isOddInteger(iw) ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) throw new ComplexPowerRequired();
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  const r = glibcPow(iv, iw);
  // _Py_ADJUST_ERANGE1: an infinite result is an overflow; underflow to zero is not an error.
  if (r === Infinity) throw erangeOverflow();
  return negate ? -r : r;
}

// ---------------------------------------------------------------------------------------------
// Exact arithmetic helpers

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = (() => {
  F64[0] = 1;
  return U32[1] === 0x3ff00000 ? 1 : 0;
})();
const LO = 1 - HI;

const SPLITTER = 134217729; // 2^27 + 1

/** The rounding error of a * b (exact, barring overflow and underflow): a * b - fl(a * b). */
function twoProdLo(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * fma(a, b, c): a * b + c rounded once. Boldo and Melquiond's emulation: with a * b = uh + ul
 * and c + uh = th + tl exactly, the result is RN(th + RO(tl + ul)), where RO rounds to odd.
 */
export function fma(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a * b + c;
  if (!Number.isFinite(c)) return c;
  const uh = a * b;
  // An overflowing product is outside what pow needs; it is not fused exactly.
  if (!Number.isFinite(uh)) return uh + c;
  const ul = twoProdLo(a, b, uh);
  const th = c + uh;
  const bb = th - c;
  const tl = (c - (th - bb)) + (uh - bb);
  let v = tl + ul;
  const vb = v - tl;
  const ve = (tl - (v - vb)) + (ul - vb);
  if (ve !== 0 && v !== 0) {
    F64[0] = v;
    if ((U32[LO]! & 1) === 0) {
      // Round to odd: step one ulp toward the exact value; the last bit becomes 1.
      const up = ve > 0 === v > 0;
      let lo = U32[LO]!;
      let hi = U32[HI]!;
      if (up) {
        lo = (lo + 1) >>> 0;
        if (lo === 0) hi = (hi + 1) >>> 0;
      } else {
        if (lo === 0) hi = (hi - 1) >>> 0;
        lo = (lo - 1) >>> 0;
      }
      U32[LO] = lo;
      U32[HI] = hi;
      v = F64[0]!;
    }
  }
  return th + v;
}

// ---------------------------------------------------------------------------------------------
// glibc pow

// __pow_log_data: ln2 split so that k * LN2HI + logc is exact, and the log1p polynomial
// (A0 = -0.5; the others pre-scaled as glibc evaluates them).
const LN2HI = 0.6931471805598903; // 0x1.62e42fefa3800p-1
const LN2LO = 5.497923018708371e-14; // 0x1.ef35793c76730p-45
const A0 = -0.5;
const A1 = -0.6666666666666679; // -0x1.5555555555560p-1
const A2 = 0.5000000000000007; // 0x1.0000000000006p-1
const A3 = 0.7999999995323976; // 0x1.999999959554ep-1
const A4 = -0.6666666663487739; // -0x1.555555529a47ap-1
const A5 = -1.142909628459501; // -0x1.2495b9b4845e9p+0
const A6 = 1.0000415263675542; // 0x1.0002b8b263fc3p+0
// __exp_data
const INVLN2N = 184.6649652337873; // 0x1.71547652b82fep+7 = 128 / ln2
const NEGLN2HIN = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEGLN2LON = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7
const SHIFT = 6755399441055744.0; // 0x1.8p52

const OFF_HI = 0x3fe69555; // high word of 0x3fe6955500000000

// log_inline's two results.
let LOG_TAIL = 0;

/**
 * glibc's log_inline: ln(x) as hi + LOG_TAIL with about 15 extra bits. hx/lx are the words of x,
 * x normalised (a subnormal arrives with its exponent borrowed from the sign bit).
 */
function logInline(hx: number, lx: number): number {
  const tmpHi = (hx - OFF_HI) | 0; // the low word of OFF is 0, so no borrow
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20; // arithmetic: the top 12 bits, signed
  U32[HI] = (hx - (tmpHi & 0xfff00000)) >>> 0;
  U32[LO] = lx;
  const z = F64[0]!;
  const kd = k;
  const invc = LOG_INVC[i]!;
  const logc = LOG_C[i]!;
  const logctail = LOG_CTAIL[i]!;
  // r = z/c - 1 is exact.
  const zc = z * invc;
  const r = (zc - 1.0) + twoProdLo(z, invc, zc);
  const t1 = fma(kd, LN2HI, logc);
  const t2 = t1 + r;
  const lo1 = fma(kd, LN2LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = twoProdLo(ar, r, ar2); // fma(ar, r, -ar2)
  const lo4 = t2 - hi + ar2;
  const q1 = fma(r, A2, A1);
  const q3 = fma(r, A4, A3);
  const q5 = fma(r, A6, A5);
  const p = fma(ar2, fma(q5, ar2, q3), q1);
  const lo = fma(ar3, p, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  LOG_TAIL = hi - y + lo;
  return y;
}

/** 2^n as a double for -1074 <= n <= 1023, and beyond by steps. */
function scaleBy(v: number, n: number): number {
  if (n > 1000) return v * 2 ** 1000 * 2 ** (n - 1000);
  if (n < -1000) return v * 2 ** (n + 1000) * 2 ** -1000;
  return v * 2 ** n;
}

/** glibc's exp_inline(x, xtail) with sign_bias 0. */
function expInline(x: number, xtail: number): number {
  F64[0] = x;
  let abstop = (U32[HI]! >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x3f) {
    if (abstop < 0x3c9) return 1.0 + x; // |x| < 2^-54
    if (abstop >= 0x409) return x < 0 ? 0 : Infinity; // __math_uflow / __math_oflow
    abstop = 0; // large |x|: specialcase below
  }
  const kdShift = fma(INVLN2N, x, SHIFT);
  const kd = kdShift - SHIFT; // k as an exact integer
  const r0 = fma(kd, NEGLN2HIN, x);
  const r = xtail + fma(kd, NEGLN2LON, r0);
  const j = kd & 127;
  const e = (kd - j) / 128; // floor(k / 128): the exponent step of 2^(k/128)
  const tail = EXP2_TAIL[j]!;
  const r2 = r * r;
  const u = fma(fma(r, C3, C2), r2, tail + r);
  const tmp = fma(fma(r, C5, C4), r2 * r2, u);
  const h = EXP2_HI[j]!;
  if (abstop === 0) {
    if (kd >= 0) {
      // The scale may overflow by <= 460 bits: compute at 2^-1009 and scale back.
      const scale = scaleBy(h, e - 1009);
      return fma(scale, tmp, scale) * 2 ** 1009;
    }
    const scale = scaleBy(h, e + 1022);
    const st = scale * tmp;
    let y = scale + st;
    if (Math.abs(y) < 1.0) {
      // Round y at the subnormal precision before scaling to avoid a double rounding.
      const one = y < 0 ? -1.0 : 1.0;
      let lo = scale - y + st;
      const hi = one + y;
      lo = one - hi + y + lo;
      y = hi + lo - one;
      if (y === 0) y = 0;
    }
    return y * 2 ** -1022;
  }
  const scale = scaleBy(h, e);
  return fma(scale, tmp, scale);
}

/**
 * glibc exp(x). Returns Infinity on overflow and 0 when the result underflows to zero (glibc sets
 * ERANGE for those only when they come from its early range checks; no caller here needs errno).
 */
// glibc: sysdeps/ieee754/dbl-64/e_exp.c __exp (FMA build)
export function glibcExp(x: number): number {
  F64[0] = x;
  const abstop = (U32[HI]! >>> 20) & 0x7ff;
  if (abstop >= 0x409) {
    if (x === -Infinity) return 0;
    if (abstop >= 0x7ff) return 1.0 + x; // inf, nan
    return x < 0 ? 0 : Infinity;
  }
  // Same algorithm as pow's final step, without the tail.
  return expInline(x, 0);
}

/**
 * glibc pow(x, y) for what CPython passes on: x > 0 finite and not 1, y finite and not 0.
 * Returns Infinity on overflow and 0 on underflow (glibc's __math_oflow / __math_uflow).
 */
// glibc: sysdeps/ieee754/dbl-64/e_pow.c __pow (FMA build)
export function glibcPow(x: number, y: number): number {
  F64[0] = y;
  const topy = U32[HI]! >>> 20; // sign and exponent of y
  const ey = topy & 0x7ff;
  if (((ey - 0x3be) >>> 0) >= 0x43e - 0x3be) {
    // |y| < 2^-65: x^y = 1 + y log x rounds to 1 +- y; |y| >= 2^63: certain overflow or underflow.
    if (ey < 0x3be) return x > 1.0 ? 1.0 + y : 1.0 - y;
    return x > 1.0 === topy < 0x800 ? Infinity : 0;
  }
  F64[0] = x;
  let hx = U32[HI]!;
  let lx = U32[LO]!;
  if (hx >>> 20 === 0) {
    // Subnormal x: normalise, letting the exponent go negative into the sign bit.
    F64[0] = x * 4503599627370496; // 2^52
    hx = ((U32[HI]! & 0x7fffffff) - (52 << 20)) >>> 0;
    lx = U32[LO]!;
  }
  const hi = logInline(hx, lx);
  const lo = LOG_TAIL;
  const ehi = y * hi;
  const elo = fma(y, lo, twoProdLo(y, hi, ehi));
  return expInline(ehi, elo);
}
