// glibc libm functions the numeric layer needs bit for bit, beyond exp and pow (float_pow.ts).
// V8's Math.hypot, Math.log and Math.exp differ from glibc's in the last bit for a few percent of
// inputs; these replay glibc 2.36 as built for x86_64 on the reference machine.
//
// hypot: CPython's abs(complex) calls libm's hypot; glibc 2.35+ computes it with Borges'
// correction (sysdeps/ieee754/dbl-64/e_hypot.c). The x86_64 build has no FMA variant of it, so
// plain double arithmetic in the same order reproduces it exactly.
//
// log: the FMA variant that the reference CPUs select (sysdeps/ieee754/dbl-64/e_log.c compiled with
// -mfma), including each multiply-add GCC contracted, as read from the binary.
import { fma } from './float_pow.ts';
import { LOG_LN2, LOG_POLY_A, LOG_POLY_B, LOG_TAB_INVC, LOG_TAB_LOGC } from './libm_tables.ts';

const SCALE = 2 ** -600;
const LARGE_VAL = 2 ** 511;
const TINY_VAL = 2 ** -459;
const EPS = 2 ** -54;

/** sqrt(ax^2 + ay^2) corrected; ax >= ay >= 0, squares neither overflow nor underflow. */
function kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** glibc hypot(x, y); an infinite result from finite inputs is glibc's ERANGE overflow. */
// glibc: sysdeps/ieee754/dbl-64/e_hypot.c __hypot (non-FMA kernel)
export function glibcHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS) return ax + ay;
    return kernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS) return ax + ay;
    ax = kernel(ax / SCALE, ay / SCALE) * SCALE;
    return ax;
  }
  if (ay <= ax * EPS) return ax + ay;
  return kernel(ax, ay);
}

// ---------------------------------------------------------------------------------------------
// log

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = (() => {
  F64[0] = 1;
  return U32[1] === 0x3ff00000 ? 1 : 0;
})();
const LO = 1 - HI;

const [LN2HI, LN2LO] = LOG_LN2 as unknown as [number, number];
const [A0, A1, A2, A3, A4] = LOG_POLY_A as unknown as number[];
const [B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = LOG_POLY_B as unknown as number[];

/**
 * glibc log(x): NaN for x < 0 (EDOM), -Infinity for 0 (ERANGE, "divide by zero"), as libm returns
 * them; CPython's math.log checks those cases itself.
 */
// glibc: sysdeps/ieee754/dbl-64/e_log.c __log (FMA build: every multiply-add GCC fused is fused here)
export function glibcLog(x: number): number {
  F64[0] = x;
  let hx = U32[HI]!;
  let lx = U32[LO]!;
  // Close to 1: |x - 1| < about 1/16, a polynomial in r = x - 1 with an exact r^2/2 part.
  if (hx >= 0x3fee0000 && hx < 0x3ff10900) {
    if (x === 1) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    let p = fma(r2, B9, fma(r, B8, B7));
    p = fma(r3, B10, p);
    p = fma(p, r3, fma(r2, B6, fma(r, B5, B4)));
    p = fma(p, r3, fma(r2, B3, fma(r, B2, B1)));
    const t = r * 134217728 + r; // r + r * 2^27: both exact roundings of the same sum
    const rhi = t - r * 134217728;
    const rlo = r - rhi;
    const w = rhi * rhi * B0; // exact
    const hi = r + w;
    let lo = r - hi + w;
    lo = fma(B0 * rlo, rhi + r, lo);
    return hi + fma(p, r3, lo);
  }
  const top = hx >>> 16;
  if (((top - 0x0010) >>> 0) >= 0x7ff0 - 0x0010) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (top & 0x8000 || (top & 0x7ff0) === 0x7ff0) return NaN;
    // Subnormal: normalise, the exponent going below the field's range.
    F64[0] = x * 4503599627370496;
    hx = (U32[HI]! - (52 << 20)) >>> 0;
    lx = U32[LO]!;
  }
  const tmpHi = (hx - 0x3fe60000) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  U32[HI] = (hx - (tmpHi & 0xfff00000)) >>> 0;
  U32[LO] = lx;
  const z = F64[0]!;
  const invc = LOG_TAB_INVC[i]!;
  const logc = LOG_TAB_LOGC[i]!;
  const r = fma(z, invc, -1.0);
  const kd = k;
  const w = fma(kd, LN2HI, logc);
  const hi = w + r;
  const lo = fma(kd, LN2LO, w - hi + r);
  const r2 = r * r;
  const q = fma(fma(r, A4, A3), r2, fma(r, A2, A1));
  return fma(r * r2, q, fma(r2, A0, lo)) + hi;
}
