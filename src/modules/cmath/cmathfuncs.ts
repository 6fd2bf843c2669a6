// The complex functions of cmath with C99 Annex G's special values, each returning its result and
// CPython's errno (0, EDOM or ERANGE). CPython: Modules/cmathmodule.c (cmath_*_impl, c_log and the
// *_special_values tables).
import { ldexp } from '../../objects/numeric/float.ts';
import { glibcExp } from '../../objects/numeric/float_pow.ts';
import { glibcHypot, glibcLog } from '../../objects/numeric/libm.ts';

export type Errno = 0 | 'EDOM' | 'ERANGE';
export type C = [number, number];
export interface CResult {
  z: C;
  errno: Errno;
}

const PI = Math.PI;
const P14 = 0.25 * PI;
const P12 = 0.5 * PI;
const P34 = 0.75 * PI;
const INF = Infinity;
const N = NaN;
/** Entries the tables never yield (finite arguments are computed). */
const U = -9.5426319407711027e33;
const M_LN2 = 0.6931471805599453094;
const M_LN10 = 2.302585092994045684;
const DBL_MIN = 2.2250738585072014e-308;
const DBL_MANT_DIG = 53;
const CM_LARGE_DOUBLE = Number.MAX_VALUE / 4;
const CM_SQRT_LARGE_DOUBLE = Math.sqrt(CM_LARGE_DOUBLE);
const CM_LOG_LARGE_DOUBLE = Math.log(CM_LARGE_DOUBLE);
const CM_SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const CM_SCALE_UP = 2 * Math.floor(DBL_MANT_DIG / 2) + 1;
const CM_SCALE_DOWN = -Math.floor((CM_SCALE_UP + 1) / 2);

const copysign = (x: number, y: number): number => ((y < 0 || Object.is(y, -0)) !== (x < 0 || Object.is(x, -0)) ? -x : x);
const isinf = (x: number): boolean => x === Infinity || x === -Infinity;

// CPython: _Py_log1p (log1p(-0.) is -0.)
const log1p = (x: number): number => (x === 0 ? x : Math.log1p(x));

/** A 7x7 table of special values, rows by the real part's kind, columns by the imaginary part's. */
type Table = readonly (readonly C[])[];

// CPython: special_type
function specialType(d: number): number {
  if (Number.isFinite(d)) {
    if (d !== 0) return copysign(1, d) === 1 ? 4 : 1;
    return copysign(1, d) === 1 ? 3 : 2;
  }
  if (d !== d) return 6;
  return d > 0 ? 5 : 0;
}

const ok = (z: C): CResult => ({ z, errno: 0 });

/** The table's value when either part is not finite, else null. CPython: SPECIAL_VALUE */
function special(z: C, table: Table): CResult | null {
  if (Number.isFinite(z[0]) && Number.isFinite(z[1])) return null;
  const v = table[specialType(z[0])]![specialType(z[1])]!;
  return ok([v[0], v[1]]);
}

const ACOS: Table = [
  [[P34, INF], [PI, INF], [PI, INF], [PI, -INF], [PI, -INF], [P34, -INF], [N, INF]],
  [[P12, INF], [U, U], [U, U], [U, U], [U, U], [P12, -INF], [N, N]],
  [[P12, INF], [U, U], [P12, 0], [P12, -0], [U, U], [P12, -INF], [P12, N]],
  [[P12, INF], [U, U], [P12, 0], [P12, -0], [U, U], [P12, -INF], [P12, N]],
  [[P12, INF], [U, U], [U, U], [U, U], [U, U], [P12, -INF], [N, N]],
  [[P14, INF], [0, INF], [0, INF], [0, -INF], [0, -INF], [P14, -INF], [N, INF]],
  [[N, INF], [N, N], [N, N], [N, N], [N, N], [N, -INF], [N, N]],
];
const ACOSH: Table = [
  [[INF, -P34], [INF, -PI], [INF, -PI], [INF, PI], [INF, PI], [INF, P34], [INF, N]],
  [[INF, -P12], [U, U], [U, U], [U, U], [U, U], [INF, P12], [N, N]],
  [[INF, -P12], [U, U], [0, -P12], [0, P12], [U, U], [INF, P12], [N, N]],
  [[INF, -P12], [U, U], [0, -P12], [0, P12], [U, U], [INF, P12], [N, N]],
  [[INF, -P12], [U, U], [U, U], [U, U], [U, U], [INF, P12], [N, N]],
  [[INF, -P14], [INF, -0], [INF, -0], [INF, 0], [INF, 0], [INF, P14], [INF, N]],
  [[INF, N], [N, N], [N, N], [N, N], [N, N], [INF, N], [N, N]],
];
const ASINH: Table = [
  [[-INF, -P14], [-INF, -0], [-INF, -0], [-INF, 0], [-INF, 0], [-INF, P14], [-INF, N]],
  [[-INF, -P12], [U, U], [U, U], [U, U], [U, U], [-INF, P12], [N, N]],
  [[-INF, -P12], [U, U], [-0, -0], [-0, 0], [U, U], [-INF, P12], [N, N]],
  [[INF, -P12], [U, U], [0, -0], [0, 0], [U, U], [INF, P12], [N, N]],
  [[INF, -P12], [U, U], [U, U], [U, U], [U, U], [INF, P12], [N, N]],
  [[INF, -P14], [INF, -0], [INF, -0], [INF, 0], [INF, 0], [INF, P14], [INF, N]],
  [[INF, N], [N, N], [N, -0], [N, 0], [N, N], [INF, N], [N, N]],
];
const ATANH: Table = [
  [[-0, -P12], [-0, -P12], [-0, -P12], [-0, P12], [-0, P12], [-0, P12], [-0, N]],
  [[-0, -P12], [U, U], [U, U], [U, U], [U, U], [-0, P12], [N, N]],
  [[-0, -P12], [U, U], [-0, -0], [-0, 0], [U, U], [-0, P12], [-0, N]],
  [[0, -P12], [U, U], [0, -0], [0, 0], [U, U], [0, P12], [0, N]],
  [[0, -P12], [U, U], [U, U], [U, U], [U, U], [0, P12], [N, N]],
  [[0, -P12], [0, -P12], [0, -P12], [0, P12], [0, P12], [0, P12], [0, N]],
  [[0, -P12], [N, N], [N, N], [N, N], [N, N], [0, P12], [N, N]],
];
const COSH: Table = [
  [[INF, N], [U, U], [INF, 0], [INF, -0], [U, U], [INF, N], [INF, N]],
  [[N, N], [U, U], [U, U], [U, U], [U, U], [N, N], [N, N]],
  [[N, 0], [U, U], [1, 0], [1, -0], [U, U], [N, 0], [N, 0]],
  [[N, 0], [U, U], [1, -0], [1, 0], [U, U], [N, 0], [N, 0]],
  [[N, N], [U, U], [U, U], [U, U], [U, U], [N, N], [N, N]],
  [[INF, N], [U, U], [INF, -0], [INF, 0], [U, U], [INF, N], [INF, N]],
  [[N, N], [N, N], [N, 0], [N, 0], [N, N], [N, N], [N, N]],
];
const EXP: Table = [
  [[0, 0], [U, U], [0, -0], [0, 0], [U, U], [0, 0], [0, 0]],
  [[N, N], [U, U], [U, U], [U, U], [U, U], [N, N], [N, N]],
  [[N, N], [U, U], [1, -0], [1, 0], [U, U], [N, N], [N, N]],
  [[N, N], [U, U], [1, -0], [1, 0], [U, U], [N, N], [N, N]],
  [[N, N], [U, U], [U, U], [U, U], [U, U], [N, N], [N, N]],
  [[INF, N], [U, U], [INF, -0], [INF, 0], [U, U], [INF, N], [INF, N]],
  [[N, N], [N, N], [N, -0], [N, 0], [N, N], [N, N], [N, N]],
];
const LOG: Table = [
  [[INF, -P34], [INF, -PI], [INF, -PI], [INF, PI], [INF, PI], [INF, P34], [INF, N]],
  [[INF, -P12], [U, U], [U, U], [U, U], [U, U], [INF, P12], [N, N]],
  [[INF, -P12], [U, U], [-INF, -PI], [-INF, PI], [U, U], [INF, P12], [N, N]],
  [[INF, -P12], [U, U], [-INF, -0], [-INF, 0], [U, U], [INF, P12], [N, N]],
  [[INF, -P12], [U, U], [U, U], [U, U], [U, U], [INF, P12], [N, N]],
  [[INF, -P14], [INF, -0], [INF, -0], [INF, 0], [INF, 0], [INF, P14], [INF, N]],
  [[INF, N], [N, N], [N, N], [N, N], [N, N], [INF, N], [N, N]],
];
const SINH: Table = [
  [[INF, N], [U, U], [-INF, -0], [-INF, 0], [U, U], [INF, N], [INF, N]],
  [[N, N], [U, U], [U, U], [U, U], [U, U], [N, N], [N, N]],
  [[0, N], [U, U], [-0, -0], [-0, 0], [U, U], [0, N], [0, N]],
  [[0, N], [U, U], [0, -0], [0, 0], [U, U], [0, N], [0, N]],
  [[N, N], [U, U], [U, U], [U, U], [U, U], [N, N], [N, N]],
  [[INF, N], [U, U], [INF, -0], [INF, 0], [U, U], [INF, N], [INF, N]],
  [[N, N], [N, N], [N, -0], [N, 0], [N, N], [N, N], [N, N]],
];
const SQRT: Table = [
  [[INF, -INF], [0, -INF], [0, -INF], [0, INF], [0, INF], [INF, INF], [N, INF]],
  [[INF, -INF], [U, U], [U, U], [U, U], [U, U], [INF, INF], [N, N]],
  [[INF, -INF], [U, U], [0, -0], [0, 0], [U, U], [INF, INF], [N, N]],
  [[INF, -INF], [U, U], [0, -0], [0, 0], [U, U], [INF, INF], [N, N]],
  [[INF, -INF], [U, U], [U, U], [U, U], [U, U], [INF, INF], [N, N]],
  [[INF, -INF], [INF, -0], [INF, -0], [INF, 0], [INF, 0], [INF, INF], [INF, N]],
  [[INF, -INF], [N, N], [N, N], [N, N], [N, N], [INF, INF], [N, N]],
];
const TANH: Table = [
  [[-1, 0], [U, U], [-1, -0], [-1, 0], [U, U], [-1, 0], [-1, 0]],
  [[N, N], [U, U], [U, U], [U, U], [U, U], [N, N], [N, N]],
  [[N, N], [U, U], [-0, -0], [-0, 0], [U, U], [N, N], [N, N]],
  [[N, N], [U, U], [0, -0], [0, 0], [U, U], [N, N], [N, N]],
  [[N, N], [U, U], [U, U], [U, U], [U, U], [N, N], [N, N]],
  [[1, 0], [U, U], [1, -0], [1, 0], [U, U], [1, 0], [1, 0]],
  [[N, N], [N, N], [N, -0], [N, 0], [N, N], [N, N], [N, N]],
];
export const RECT: Table = [
  [[INF, N], [U, U], [-INF, 0], [-INF, -0], [U, U], [INF, N], [INF, N]],
  [[N, N], [U, U], [U, U], [U, U], [U, U], [N, N], [N, N]],
  [[0, 0], [U, U], [-0, 0], [-0, -0], [U, U], [0, 0], [0, 0]],
  [[0, 0], [U, U], [0, -0], [0, 0], [U, U], [0, 0], [0, 0]],
  [[N, N], [U, U], [U, U], [U, U], [U, U], [N, N], [N, N]],
  [[INF, N], [U, U], [INF, -0], [INF, 0], [U, U], [INF, N], [INF, N]],
  [[N, N], [N, N], [N, 0], [N, 0], [N, N], [N, N], [N, N]],
];

export { specialType };

// CPython: cmath_sqrt_impl
export function csqrt(z: C): CResult {
  const s0 = special(z, SQRT);
  if (s0 !== null) return s0;
  if (z[0] === 0 && z[1] === 0) return ok([0, z[1]]);
  let ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, CM_SCALE_UP);
    s = ldexp(Math.sqrt(ax + glibcHypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + glibcHypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return ok(z[0] >= 0 ? [s, copysign(d, z[1])] : [d, copysign(s, z[1])]);
}

// CPython: cmath_acos_impl
export function cacos(z: C): CResult {
  const sv = special(z, ACOS);
  if (sv !== null) return sv;
  if (Math.abs(z[0]) > CM_LARGE_DOUBLE || Math.abs(z[1]) > CM_LARGE_DOUBLE) {
    return ok([Math.atan2(Math.abs(z[1]), z[0]), -copysign(glibcLog(glibcHypot(z[0] / 2, z[1] / 2)) + M_LN2 * 2, z[1])]);
  }
  const s1 = csqrt([1 - z[0], -z[1]]).z;
  const s2 = csqrt([1 + z[0], z[1]]).z;
  return ok([2 * Math.atan2(s1[0], s2[0]), Math.asinh(s2[0] * s1[1] - s2[1] * s1[0])]);
}

// CPython: cmath_acosh_impl
export function cacosh(z: C): CResult {
  const sv = special(z, ACOSH);
  if (sv !== null) return sv;
  if (Math.abs(z[0]) > CM_LARGE_DOUBLE || Math.abs(z[1]) > CM_LARGE_DOUBLE) {
    return ok([glibcLog(glibcHypot(z[0] / 2, z[1] / 2)) + M_LN2 * 2, Math.atan2(z[1], z[0])]);
  }
  const s1 = csqrt([z[0] - 1, z[1]]).z;
  const s2 = csqrt([z[0] + 1, z[1]]).z;
  return ok([Math.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * Math.atan2(s1[1], s2[0])]);
}

// CPython: cmath_asinh_impl
export function casinh(z: C): CResult {
  const sv = special(z, ASINH);
  if (sv !== null) return sv;
  if (Math.abs(z[0]) > CM_LARGE_DOUBLE || Math.abs(z[1]) > CM_LARGE_DOUBLE) {
    const l = glibcLog(glibcHypot(z[0] / 2, z[1] / 2)) + M_LN2 * 2;
    return ok([z[1] >= 0 ? copysign(l, z[0]) : -copysign(l, -z[0]), Math.atan2(z[1], Math.abs(z[0]))]);
  }
  const s1 = csqrt([1 + z[1], -z[0]]).z;
  const s2 = csqrt([1 - z[1], z[0]]).z;
  return ok([Math.asinh(s1[0] * s2[1] - s2[0] * s1[1]), Math.atan2(z[1], s1[0] * s2[0] - s1[1] * s2[1])]);
}

/** f(z) = -i g(iz), the way asin, atan, sin and tan are made from their hyperbolic kin. */
function viaHyperbolic(g: (z: C) => CResult, z: C): CResult {
  const r = g([-z[1], z[0]]);
  return { z: [r.z[1], -r.z[0]], errno: r.errno };
}

export const casin = (z: C): CResult => viaHyperbolic(casinh, z);
export const catan = (z: C): CResult => viaHyperbolic(catanh, z);
export const csin = (z: C): CResult => viaHyperbolic(csinh, z);
export const ctan = (z: C): CResult => viaHyperbolic(ctanh, z);

// CPython: cmath_atanh_impl
export function catanh(z: C): CResult {
  const sv = special(z, ATANH);
  if (sv !== null) return sv;
  if (z[0] < 0) {
    const r = catanh([-z[0], -z[1]]);
    return { z: [-r.z[0], -r.z[1]], errno: r.errno };
  }
  const ay = Math.abs(z[1]);
  if (z[0] > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    const h = glibcHypot(z[0] / 2, z[1] / 2);
    return ok([z[0] / 4 / h / h, copysign(PI / 2, z[1])]);
  }
  if (z[0] === 1 && ay < CM_SQRT_DBL_MIN) {
    if (ay === 0) return { z: [INF, z[1]], errno: 'EDOM' };
    return ok([-glibcLog(Math.sqrt(ay) / Math.sqrt(glibcHypot(ay, 2))), copysign(Math.atan2(2, -ay) / 2, z[1])]);
  }
  return ok([log1p(4 * z[0] / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4, -Math.atan2(-2 * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2]);
}

const overflowCheck = (r: C): CResult => ({ z: r, errno: isinf(r[0]) || isinf(r[1]) ? 'ERANGE' : 0 });

// CPython: cmath_cosh_impl
export function ccosh(z: C): CResult {
  if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
    let r: C;
    if (isinf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0 ? [copysign(INF, Math.cos(z[1])), copysign(INF, Math.sin(z[1]))] : [copysign(INF, Math.cos(z[1])), -copysign(INF, Math.sin(z[1]))];
    } else r = [...COSH[specialType(z[0])]![specialType(z[1])]!];
    return { z: r, errno: isinf(z[1]) && z[0] === z[0] ? 'EDOM' : 0 };
  }
  if (Math.abs(z[0]) > CM_LOG_LARGE_DOUBLE) {
    const x1 = z[0] - copysign(1, z[0]);
    return overflowCheck([Math.cos(z[1]) * Math.cosh(x1) * Math.E, Math.sin(z[1]) * Math.sinh(x1) * Math.E]);
  }
  return overflowCheck([Math.cos(z[1]) * Math.cosh(z[0]), Math.sin(z[1]) * Math.sinh(z[0])]);
}

export const ccos = (z: C): CResult => ccosh([-z[1], z[0]]);

// CPython: cmath_exp_impl
export function cexp(z: C): CResult {
  if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
    let r: C;
    if (isinf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0 ? [copysign(INF, Math.cos(z[1])), copysign(INF, Math.sin(z[1]))] : [copysign(0, Math.cos(z[1])), copysign(0, Math.sin(z[1]))];
    } else r = [...EXP[specialType(z[0])]![specialType(z[1])]!];
    return { z: r, errno: isinf(z[1]) && (Number.isFinite(z[0]) || z[0] === INF) ? 'EDOM' : 0 };
  }
  if (z[0] > CM_LOG_LARGE_DOUBLE) {
    const l = glibcExp(z[0] - 1);
    return overflowCheck([l * Math.cos(z[1]) * Math.E, l * Math.sin(z[1]) * Math.E]);
  }
  const l = glibcExp(z[0]);
  return overflowCheck([l * Math.cos(z[1]), l * Math.sin(z[1])]);
}

// CPython: c_log
export function clog(z: C): CResult {
  const sv = special(z, LOG);
  if (sv !== null) return sv;
  const ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let re: number;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) re = glibcLog(glibcHypot(ax / 2, ay / 2)) + M_LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = glibcLog(glibcHypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    else return { z: [-INF, Math.atan2(z[1], z[0])], errno: 'EDOM' };
  } else {
    const h = glibcHypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = glibcLog(h);
  }
  return ok([re, Math.atan2(z[1], z[0])]);
}

// CPython: cmath_log10_impl
export function clog10(z: C): CResult {
  const r = clog(z);
  return { z: [r.z[0] / M_LN10, r.z[1] / M_LN10], errno: r.errno };
}

// CPython: cmath_sinh_impl
export function csinh(z: C): CResult {
  if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
    let r: C;
    if (isinf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0 ? [copysign(INF, Math.cos(z[1])), copysign(INF, Math.sin(z[1]))] : [-copysign(INF, Math.cos(z[1])), copysign(INF, Math.sin(z[1]))];
    } else r = [...SINH[specialType(z[0])]![specialType(z[1])]!];
    return { z: r, errno: isinf(z[1]) && z[0] === z[0] ? 'EDOM' : 0 };
  }
  if (Math.abs(z[0]) > CM_LOG_LARGE_DOUBLE) {
    const x1 = z[0] - copysign(1, z[0]);
    return overflowCheck([Math.cos(z[1]) * Math.sinh(x1) * Math.E, Math.sin(z[1]) * Math.cosh(x1) * Math.E]);
  }
  return overflowCheck([Math.cos(z[1]) * Math.sinh(z[0]), Math.sin(z[1]) * Math.cosh(z[0])]);
}

// CPython: cmath_tanh_impl
export function ctanh(z: C): CResult {
  if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
    let r: C;
    if (isinf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = [z[0] > 0 ? 1 : -1, copysign(0, 2 * Math.sin(z[1]) * Math.cos(z[1]))];
    } else r = [...TANH[specialType(z[0])]![specialType(z[1])]!];
    return { z: r, errno: isinf(z[1]) && Number.isFinite(z[0]) ? 'EDOM' : 0 };
  }
  if (Math.abs(z[0]) > CM_LOG_LARGE_DOUBLE) {
    return ok([copysign(1, z[0]), 4 * Math.sin(z[1]) * Math.cos(z[1]) * glibcExp(-2 * Math.abs(z[0]))]);
  }
  const tx = Math.tanh(z[0]);
  const ty = Math.tan(z[1]);
  const cx = 1 / Math.cosh(z[0]);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return ok([tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx]);
}

export { copysign };
