// The decimal numbers of _decimal and the operations every arithmetic function shares: the
// signals (libmpdec's status bits), rounding a coefficient, fitting a result into a context
// (CPython: libmpdec's mpd_qfinalize, Lib/_pydecimal.py's _fix), NaN propagation, and the
// conversions to and from strings. Coefficients are BigInts; exponents are numbers.

/** libmpdec's status bits, which the Python signals aggregate. */
export const S_CLAMPED = 0x1;
export const S_CONVERSION_SYNTAX = 0x2;
export const S_DIVISION_BY_ZERO = 0x4;
export const S_DIVISION_IMPOSSIBLE = 0x8;
export const S_DIVISION_UNDEFINED = 0x10;
export const S_FPU_ERROR = 0x20;
export const S_INEXACT = 0x40;
export const S_INVALID_CONTEXT = 0x80;
export const S_INVALID_OPERATION = 0x100;
export const S_MALLOC_ERROR = 0x200;
/** FloatOperation (libmpdec's MPD_Not_implemented, which _decimal reuses). */
export const S_FLOAT_OPERATION = 0x400;
export const S_OVERFLOW = 0x800;
export const S_ROUNDED = 0x1000;
export const S_SUBNORMAL = 0x2000;
export const S_UNDERFLOW = 0x4000;
/** The conditions InvalidOperation stands for. CPython: MPD_IEEE_Invalid_operation */
export const S_IEEE_INVALID: number = S_CONVERSION_SYNTAX | S_DIVISION_IMPOSSIBLE | S_DIVISION_UNDEFINED | S_FPU_ERROR | S_INVALID_CONTEXT | S_INVALID_OPERATION | S_MALLOC_ERROR;

export const enum Round { UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, R05UP }
export const ROUND_NAMES = ['ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP'];

export const enum Kind { FINITE, INF, NAN, SNAN }

/** A decimal: (-1)**sign * coef * 10**exp when finite; a NaN's coef is its payload. */
export interface Dec {
  readonly sign: number;
  readonly coef: bigint;
  readonly exp: number;
  readonly kind: Kind;
}

/** The arithmetic context: what _decimal's mpd_context_t holds; `status` collects the conditions an operation raises. */
export interface Ctx {
  prec: number;
  emax: number;
  emin: number;
  round: Round;
  clamp: number;
  traps: number;
  status: number;
}

export const MAX_PREC = 999999999999999999;
export const MAX_EMAX = 999999999999999999;
export const MIN_EMIN = -999999999999999999;
export const MIN_ETINY = MIN_EMIN - (MAX_PREC - 1);

export const finite = (sign: number, coef: bigint, exp: number): Dec => ({ sign, coef, exp, kind: Kind.FINITE });
export const special = (sign: number, kind: Kind, payload = 0n): Dec => ({ sign, coef: payload, exp: 0, kind });
export const INF = (sign: number): Dec => special(sign, Kind.INF);
export const QNAN: Dec = special(0, Kind.NAN);
export const ZERO: Dec = finite(0, 0n, 0);
export const ONE: Dec = finite(0, 1n, 0);

export const isNaN = (a: Dec): boolean => a.kind >= Kind.NAN;
export const isSpecial = (a: Dec): boolean => a.kind !== Kind.FINITE;
export const isZero = (a: Dec): boolean => a.kind === Kind.FINITE && a.coef === 0n;

/** The maximum context exact conversions use. CPython: mpd_maxcontext */
export function maxContext(): Ctx {
  return { prec: MAX_PREC, emax: MAX_EMAX, emin: MIN_EMIN, round: Round.HALF_EVEN, clamp: 0, traps: 0, status: 0 };
}

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i < 64; i++, p *= 10n) POW10.push(p);

export function pow10(n: number): bigint {
  return n < 64 ? POW10[n]! : 10n ** BigInt(n);
}

/** The number of decimal digits of a non-negative coefficient (1 for zero). */
export function ndigits(c: bigint): number {
  if (c >= POW10[63]!) return c.toString().length;
  // A binary search of the powers of ten for the largest one <= c.
  let lo = 0;
  let hi = 63;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c >= POW10[mid]!) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export const etiny = (c: Ctx): number => c.emin - c.prec + 1;
export const etop = (c: Ctx): number => c.emax - c.prec + 1;
/** The exponent of the most significant digit. CPython: mpd_adjexp */
export const adjexp = (a: Dec): number => a.exp + ndigits(a.coef) - 1;

/**
 * Whether dropping the digits `rest` (of value below `unit` = 10**n) from a coefficient whose kept
 * part is `q` rounds it away from zero in mode `r`. CPython: _mpd_rnd_incr
 */
export function roundIncr(r: Round, sign: number, q: bigint, rest: bigint, unit: bigint): boolean {
  if (rest === 0n) return false;
  switch (r) {
    case Round.DOWN: return false;
    case Round.UP: return true;
    case Round.CEILING: return sign === 0;
    case Round.FLOOR: return sign === 1;
    case Round.R05UP: {
      const last = q % 10n;
      return last === 0n || last === 5n;
    }
    default: {
      const twice = rest * 2n;
      if (twice > unit) return true;
      if (twice < unit) return false;
      if (r === Round.HALF_UP) return true;
      if (r === Round.HALF_DOWN) return false;
      return (q & 1n) === 1n;
    }
  }
}

/** The coefficient with its last `n` digits dropped and rounded, and whether anything nonzero was dropped. */
export function shiftRound(c: bigint, n: number, r: Round, sign: number): [bigint, boolean] {
  if (n <= 0) return [c * pow10(-n), false];
  const unit = pow10(n);
  const q = c / unit;
  const rest = c % unit;
  return [roundIncr(r, sign, q, rest, unit) ? q + 1n : q, rest !== 0n];
}

/** The result of an overflow in the context's rounding. CPython: mpd_qfinalize's overflow branch */
function overflow(sign: number, c: Ctx): Dec {
  c.status |= S_OVERFLOW | S_INEXACT | S_ROUNDED;
  const r = c.round;
  if (r === Round.HALF_UP || r === Round.HALF_EVEN || r === Round.HALF_DOWN || r === Round.UP ||
    (r === Round.CEILING && sign === 0) || (r === Round.FLOOR && sign === 1)) return INF(sign);
  return finite(sign, pow10(c.prec) - 1n, etop(c));
}

/** A NaN with its payload cut to the digits the context allows. CPython: _mpd_fix_nan */
export function fixNaN(a: Dec, c: Ctx): Dec {
  const keep = c.prec - c.clamp;
  if (a.coef !== 0n && ndigits(a.coef) > keep) return special(a.sign, a.kind, keep > 0 ? a.coef % pow10(keep) : 0n);
  return a;
}

/** A result fitted to the context's precision and exponent range. CPython: mpd_qfinalize */
export function finalize(a: Dec, c: Ctx): Dec {
  if (a.kind !== Kind.FINITE) return a.kind >= Kind.NAN ? fixNaN(a, c) : a;
  const tiny = etiny(c);
  const top = etop(c);
  if (a.coef === 0n) {
    const emax = c.clamp ? top : c.emax;
    const e = a.exp < tiny ? tiny : a.exp > emax ? emax : a.exp;
    if (e !== a.exp) {
      c.status |= S_CLAMPED;
      return finite(a.sign, 0n, e);
    }
    return a;
  }
  const len = ndigits(a.coef);
  let expMin = len + a.exp - c.prec;
  if (expMin > top) return overflow(a.sign, c);
  const subnormal = expMin < tiny;
  if (subnormal) expMin = tiny;
  if (a.exp < expMin) {
    let [q, inexact] = shiftRound(a.coef, expMin - a.exp, c.round, a.sign);
    if (ndigits(q) > c.prec) {
      q /= 10n;
      expMin += 1;
    }
    if (expMin > top) return overflow(a.sign, c);
    let st = S_ROUNDED;
    if (subnormal) st |= S_SUBNORMAL;
    if (inexact) st |= subnormal ? S_INEXACT | S_UNDERFLOW : S_INEXACT;
    if (q === 0n) st |= S_CLAMPED;
    c.status |= st;
    return finite(a.sign, q, expMin);
  }
  if (subnormal) c.status |= S_SUBNORMAL;
  if (c.clamp && a.exp > top) {
    c.status |= S_CLAMPED;
    return finite(a.sign, a.coef * pow10(a.exp - top), top);
  }
  return a;
}

/**
 * The NaN result of an operation with a NaN operand: a signaling one is InvalidOperation and
 * becomes quiet. Null when neither is a NaN. CPython: mpd_qcheck_nans
 */
export function checkNaNs(a: Dec, b: Dec | null, c: Ctx): Dec | null {
  let pick: Dec | null = null;
  if (a.kind === Kind.SNAN) pick = a;
  else if (b !== null && b.kind === Kind.SNAN) pick = b;
  if (pick !== null) {
    c.status |= S_INVALID_OPERATION;
    return fixNaN(special(pick.sign, Kind.NAN, pick.coef), c);
  }
  if (a.kind === Kind.NAN) return fixNaN(a, c);
  if (b !== null && b.kind === Kind.NAN) return fixNaN(b, c);
  return null;
}

export function invalid(c: Ctx, cond = S_INVALID_OPERATION): Dec {
  c.status |= cond;
  return QNAN;
}

// ---- strings

const NUM_RE = /^([+-])?(?:(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?|(inf|infinity)|(s)?nan(\d*))$/i;

/**
 * A decimal from its string form (already stripped of whitespace and underscores, digits in
 * ASCII), exactly, or null on a syntax error. `maxPayload` is the longest NaN payload allowed.
 * CPython: mpd_qset_string
 */
export function parseDecimal(s: string, maxPayload: number): Dec | null {
  const m = NUM_RE.exec(s);
  if (m === null) return null;
  const sign = m[1] === '-' ? 1 : 0;
  if (m[5] !== undefined) return INF(sign);
  if (m[7] !== undefined) {
    const payload = m[7] === '' ? 0n : BigInt(m[7]);
    if (m[7] !== '' && ndigits(payload) > maxPayload) return null;
    return special(sign, m[6] !== undefined ? Kind.SNAN : Kind.NAN, payload);
  }
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  if (intPart === '' && frac === '') return null;
  let exp = m[4] === undefined ? 0 : Number(m[4]);
  exp -= frac.length;
  return finite(sign, BigInt(intPart + frac), exp);
}

/** The scientific (or, with `eng`, engineering) string. CPython: mpd_to_sci, mpd_to_eng */
export function toSci(a: Dec, eng: boolean, capitals = 1): string {
  const sgn = a.sign ? '-' : '';
  if (a.kind === Kind.INF) return `${sgn}Infinity`;
  if (a.kind >= Kind.NAN) return `${sgn}${a.kind === Kind.SNAN ? 'sNaN' : 'NaN'}${a.coef === 0n ? '' : a.coef.toString()}`;
  const digits = a.coef.toString();
  const e = capitals ? 'E' : 'e';
  const leftdigits = a.exp + digits.length;
  let dotplace: number;
  if (a.exp <= 0 && leftdigits > -6) dotplace = leftdigits;
  else if (!eng) dotplace = 1;
  else if (a.coef === 0n) dotplace = (((leftdigits + 1) % 3) + 3) % 3 - 1;
  else dotplace = (((leftdigits - 1) % 3) + 3) % 3 + 1;
  let intpart: string;
  let fracpart: string;
  if (dotplace <= 0) {
    intpart = '0';
    fracpart = '.' + '0'.repeat(-dotplace) + digits;
  } else if (dotplace >= digits.length) {
    intpart = digits + '0'.repeat(dotplace - digits.length);
    fracpart = '';
  } else {
    intpart = digits.slice(0, dotplace);
    fracpart = '.' + digits.slice(dotplace);
  }
  const ex = leftdigits - dotplace;
  const expStr = leftdigits === dotplace ? '' : `${e}${ex >= 0 ? '+' : '-'}${Math.abs(ex)}`;
  return sgn + intpart + fracpart + expStr;
}

// ---- comparisons

/** -1, 0 or 1 comparing two non-NaN values numerically. CPython: _mpd_cmp */
export function cmp(a: Dec, b: Dec): number {
  if (a.kind === Kind.INF || b.kind === Kind.INF) {
    const va = a.kind === Kind.INF ? (a.sign ? -1 : 1) : 0;
    const vb = b.kind === Kind.INF ? (b.sign ? -1 : 1) : 0;
    return va < vb ? -1 : va > vb ? 1 : 0;
  }
  const za = a.coef === 0n;
  const zb = b.coef === 0n;
  if (za && zb) return 0;
  if (za) return b.sign ? 1 : -1;
  if (zb) return a.sign ? -1 : 1;
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const m = cmpAbs(a, b);
  return a.sign ? -m : m;
}

/** Compares the absolute values of two finite numbers. CPython: _mpd_cmp_abs */
export function cmpAbs(a: Dec, b: Dec): number {
  if (a.coef === 0n) return b.coef === 0n ? 0 : -1;
  if (b.coef === 0n) return 1;
  const aa = adjexp(a);
  const ab = adjexp(b);
  if (aa !== ab) return aa < ab ? -1 : 1;
  let ca = a.coef;
  let cb = b.coef;
  if (a.exp > b.exp) ca *= pow10(a.exp - b.exp);
  else if (b.exp > a.exp) cb *= pow10(b.exp - a.exp);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

/** The conditions that make a result an error. CPython: MPD_Errors */
export const S_ERRORS = S_IEEE_INVALID | S_DIVISION_BY_ZERO;
