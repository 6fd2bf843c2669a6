// int arithmetic on bigints (and safe-integer numbers where a fast path pays): Python's floor
// division and modulo, correctly rounded true division, pow, shifts, bit operations, int <-> float
// conversions, round() and the exact integer functions of the math module.
import { floatPow } from './float_pow.ts';
import { PyMemoryError, PyOverflowError, PyValueError, PyZeroDivisionError } from './errors.ts';

export const MOD_BY_ZERO = 'integer modulo by zero';
export const DIV_BY_ZERO = 'integer division or modulo by zero';
export const TRUE_DIV_BY_ZERO = 'division by zero';

// ---------------------------------------------------------------------------------------------
// Floor division and modulo

/** a // b (floor). */
// CPython: Objects/longobject.c long_div / l_divmod
export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PyZeroDivisionError(DIV_BY_ZERO);
  const q = a / b;
  // JS truncates; Python floors, which differs when the signs differ and the division is inexact.
  if ((a < 0n) !== (b < 0n) && q * b !== a) return q - 1n;
  return q;
}

/** a % b, with the sign of b. */
// CPython: Objects/longobject.c long_mod / l_mod
export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PyZeroDivisionError(MOD_BY_ZERO);
  const r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) return r + b;
  return r;
}

/** divmod(a, b) */
// CPython: Objects/longobject.c long_divmod / l_divmod
export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw new PyZeroDivisionError(DIV_BY_ZERO);
  let q = a / b;
  let r = a - q * b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

// Below 2^52 in magnitude, JS's % is exact and a - mod stays exact, so the quotient is an exact
// integer division; at 2^52..2^53 the BigInt path takes over.
const SMALL_LIMIT = 4503599627370496; // 2^52

/** a // b for safe integers (the result is a safe integer too). */
export function smallFloorDiv(a: number, b: number): number {
  if (b === 0) throw new PyZeroDivisionError(DIV_BY_ZERO);
  if (a < SMALL_LIMIT && a > -SMALL_LIMIT && b < SMALL_LIMIT && b > -SMALL_LIMIT) {
    let m = a % b;
    if (m !== 0 && (m < 0) !== (b < 0)) m += b;
    return (a - m) / b + 0; // + 0 turns -0 into 0
  }
  return Number(intFloorDiv(BigInt(a), BigInt(b)));
}

/** a % b for safe integers. */
export function smallMod(a: number, b: number): number {
  if (b === 0) throw new PyZeroDivisionError(MOD_BY_ZERO);
  let m = a % b;
  if (m !== 0 && (m < 0) !== (b < 0)) m += b;
  // m + b is exact: |m| < |b| and they have opposite signs.
  return m + 0;
}

/** divmod(a, b) for safe integers. */
export function smallDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw new PyZeroDivisionError(DIV_BY_ZERO);
  if (a < SMALL_LIMIT && a > -SMALL_LIMIT && b < SMALL_LIMIT && b > -SMALL_LIMIT) {
    let m = a % b;
    if (m !== 0 && (m < 0) !== (b < 0)) m += b;
    return [(a - m) / b + 0, m + 0];
  }
  const [q, r] = intDivmod(BigInt(a), BigInt(b));
  return [Number(q), Number(r)];
}

// ---------------------------------------------------------------------------------------------
// int -> float and true division

/** Bit length of |a|. */
export function bitLength(a: bigint): number {
  if (a < 0n) a = -a;
  if (a < 4294967296n) return 32 - Math.clz32(Number(a));
  if (a < 9007199254740992n) {
    const n = Number(a);
    return 64 - Math.clz32(Math.floor(n / 4294967296));
  }
  const h = a.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0]!, 16)));
}

/** int.bit_length() for a safe integer. */
export function smallBitLength(a: number): number {
  if (a < 0) a = -a;
  if (a < 4294967296) return 32 - Math.clz32(a);
  return 64 - Math.clz32(Math.floor(a / 4294967296));
}

/** int.bit_count(): the number of ones in |a|. */
// CPython: Objects/longobject.c int_bit_count_impl
export function bitCount(a: bigint): number {
  if (a < 0n) a = -a;
  let n = 0;
  while (a > 0n) {
    let w = Number(a & 0xffffffffn);
    w -= (w >>> 1) & 0x55555555;
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    n += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    a >>= 32n;
  }
  return n;
}

/** float(a): correctly rounded (half even), OverflowError past the float range. */
// CPython: Objects/longobject.c PyLong_AsDouble
export function intToFloat(a: bigint): number {
  // Number(bigint) rounds to nearest, ties to even, as _PyLong_Frexp + ldexp do.
  const x = Number(a);
  if (x === Infinity || x === -Infinity) throw new PyOverflowError('int too large to convert to float');
  return x;
}

const DBL_MANT_DIG = 53;
const DBL_MAX_EXP = 1024;
const DBL_MIN_EXP = -1021;
const TWO53 = 9007199254740992n;

/** a / b for ints: the correctly rounded quotient, even for ints far outside the float range. */
// CPython: Objects/longobject.c long_true_divide
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new PyZeroDivisionError(TRUE_DIV_BY_ZERO);
  const negate = (a < 0n) !== (b < 0n);
  let aa = a < 0n ? -a : a;
  const bb = b < 0n ? -b : b;
  // Both exactly representable: one IEEE division is correctly rounded.
  if (aa <= TWO53 && bb <= TWO53) return Number(a) / Number(b);
  if (aa === 0n) return negate ? -0 : 0;
  const diff = bitLength(aa) - bitLength(bb);
  if (diff > DBL_MAX_EXP) throw new PyOverflowError('integer division result too large for a float');
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0 : 0;
  // Scale so the integer quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer for subnormal
  // results), then round it once by hand, folding every lost bit into a sticky bit.
  const shift = Math.max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  let inexact = false;
  if (shift <= 0) aa <<= BigInt(-shift);
  else {
    const s = BigInt(shift);
    const t = aa >> s;
    if (t << s !== aa) inexact = true;
    aa = t;
  }
  let x = aa / bb;
  if (x * bb !== aa) inexact = true;
  const xBits = bitLength(x);
  const extra = Math.max(xBits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  const mask = 1n << BigInt(extra - 1);
  let low = x & ((mask << 2n) - 1n);
  if (inexact) low |= 1n;
  x -= x & ((mask << 1n) - 1n);
  // Round half to even: up when the half bit is set and anything below it, or the bit above it,
  // is set too.
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) x += mask << 1n;
  const dx = Number(x);
  if (shift + xBits >= DBL_MAX_EXP && (shift + xBits > DBL_MAX_EXP || dx === 2 ** xBits)) {
    throw new PyOverflowError('integer division result too large for a float');
  }
  const r = shift < -1000 ? dx * 2 ** (shift + 1000) * 2 ** -1000 : dx * 2 ** shift;
  return negate ? -r : r;
}

/** a / b for safe integers. */
export function smallTrueDiv(a: number, b: number): number {
  if (b === 0) throw new PyZeroDivisionError(TRUE_DIV_BY_ZERO);
  return a / b;
}

/** int(x) for a float lives in float.ts (floatToInt). */

// ---------------------------------------------------------------------------------------------
// pow

function bigintOp<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    // V8 caps BigInts (about 2^30 bits); CPython would run out of memory (or time) instead.
    if (e instanceof RangeError) throw new PyMemoryError();
    throw e;
  }
}

/** a ** b without a modulus: an int, or a float when b < 0. */
// CPython: Objects/longobject.c long_pow
export function intPow(a: bigint, b: bigint): bigint | number {
  if (b < 0n) return floatPow(intToFloat(a), intToFloat(b));
  if (a === 1n || b === 0n) return 1n;
  if (a === 0n) return 0n;
  if (a === -1n) return (b & 1n) === 0n ? 1n : -1n;
  return bigintOp(() => a ** b);
}

/** x such that (a * x) % m == 1, 0 <= x < m, for m > 1; undefined when gcd(a, m) != 1. */
function modInverse(a: bigint, m: bigint): bigint | undefined {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return undefined;
  return ((s0 % m) + m) % m;
}

/** pow(a, b, m): the result has the sign of m (or is 0). */
// CPython: Objects/longobject.c long_pow (modulus branch), long_invmod
export function intPowMod(a: bigint, b: bigint, m: bigint): bigint {
  if (m === 0n) throw new PyValueError('pow() 3rd argument cannot be 0');
  const negativeOutput = m < 0n;
  if (negativeOutput) m = -m;
  if (m === 1n) return 0n;
  if (b < 0n) {
    const inv = modInverse(a, m);
    if (inv === undefined) throw new PyValueError('base is not invertible for the given modulus');
    a = inv;
    b = -b;
  }
  a %= m;
  if (a < 0n) a += m;
  let z = 1n;
  while (b > 0n) {
    if ((b & 1n) === 1n) z = (z * a) % m;
    b >>= 1n;
    if (b > 0n) a = (a * a) % m;
  }
  if (negativeOutput && z !== 0n) z -= m;
  return z;
}

// ---------------------------------------------------------------------------------------------
// Shifts and bitwise operations (JS bigints already behave as infinite two's complement)

// Largest digit count of a PyLongObject (MAX_LONG_DIGITS, 30-bit digits on 64-bit builds).
const MAX_LONG_DIGITS = 2305843009213693945n;
const PY_SSIZE_T_MAX = 9223372036854775807n;
// V8 refuses BigInts past 2^30 bits; stay a little below.
const JS_MAX_BITS = 1n << 30n;

/** a << n */
// CPython: Objects/longobject.c long_lshift, divmod_shift, long_lshift1
export function intLShift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw new PyValueError('negative shift count');
  if (a === 0n) return 0n;
  if (n < 64n) return a << n;
  let wordshift = n / 30n;
  let remshift = n % 30n;
  if (n > PY_SSIZE_T_MAX && wordshift >= PY_SSIZE_T_MAX / 4n) {
    wordshift = PY_SSIZE_T_MAX / 4n;
    remshift = 0n;
  }
  const bits = BigInt(bitLength(a));
  const oldsize = (bits + 29n) / 30n;
  if (oldsize + wordshift + (remshift !== 0n ? 1n : 0n) > MAX_LONG_DIGITS) {
    throw new PyOverflowError('too many digits in integer');
  }
  if (bits + n >= JS_MAX_BITS) throw new PyMemoryError();
  return bigintOp(() => a << n);
}

/** a >> n (floor) */
// CPython: Objects/longobject.c long_rshift
export function intRShift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw new PyValueError('negative shift count');
  if (n >= 1n << 32n) return a < 0n ? -1n : 0n;
  return a >> n;
}

/** a << n for safe integers with a result known to be safe; else through bigints. */
export function smallLShift(a: number, n: number): number | bigint {
  if (n < 0) throw new PyValueError('negative shift count');
  if (n < 31 && a >= -0x40000000 && a < 0x40000000) {
    const r = a * 2 ** n;
    if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) return r;
  }
  return intLShift(BigInt(a), BigInt(n));
}

/** a >> n for safe integers. */
export function smallRShift(a: number, n: number): number {
  if (n < 0) throw new PyValueError('negative shift count');
  if (n > 60) return a < 0 ? -1 : 0;
  return Math.floor(a / 2 ** n);
}

export function intAnd(a: bigint, b: bigint): bigint {
  return a & b;
}
export function intOr(a: bigint, b: bigint): bigint {
  return a | b;
}
export function intXor(a: bigint, b: bigint): bigint {
  return a ^ b;
}
export function intInvert(a: bigint): bigint {
  return ~a;
}

// ---------------------------------------------------------------------------------------------
// round(int, ndigits)

/** round(a, ndigits): a itself for ndigits >= 0, else the nearest multiple of 10**-ndigits (ties to even). */
// CPython: Objects/longobject.c int___round___impl, _PyLong_DivmodNear
export function intRound(a: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return a;
  const n = -ndigits;
  // 10**n beyond twice |a| rounds everything to 0 (CPython would build the power first).
  if (n > BigInt(bitLength(a)) + 2n) return 0n;
  const p = 10n ** n;
  const [q0, r0] = intDivmod(a, p);
  let q = q0;
  let r = r0;
  // Nearest quotient, ties to even: r is in [0, p) here.
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) {
    q += 1n;
    r -= p;
  }
  return a - r;
}

// ---------------------------------------------------------------------------------------------
// math.gcd, lcm, isqrt, factorial, comb, perm

/** math.gcd(*args) */
export function mathGcd(...args: bigint[]): bigint {
  let g = 0n;
  for (const v of args) {
    let a = v < 0n ? -v : v;
    let b = g;
    while (b !== 0n) [a, b] = [b, a % b];
    g = a;
  }
  return g;
}

/** math.lcm(*args) */
export function mathLcm(...args: bigint[]): bigint {
  let l = 1n;
  for (const v of args) {
    const a = v < 0n ? -v : v;
    if (a === 0n || l === 0n) {
      l = 0n;
      continue;
    }
    l = (l / mathGcd(l, a)) * a;
  }
  return l;
}

/** math.isqrt(n) */
// CPython: Modules/mathmodule.c math_isqrt
export function mathIsqrt(n: bigint): bigint {
  if (n < 0n) throw new PyValueError('isqrt() argument must be nonnegative');
  if (n < 4503599627370496n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton's iteration from above, seeded with a power of two >= sqrt(n).
  let x = 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

const LONG_MAX = 9223372036854775807n;

function product(lo: bigint, hi: bigint): bigint {
  // lo * (lo+1) * ... * hi by binary splitting, so the multiplications stay balanced.
  if (hi < lo) return 1n;
  if (hi - lo < 16n) {
    let p = lo;
    for (let i = lo + 1n; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return product(lo, mid) * product(mid + 1n, hi);
}

/** math.factorial(n) */
// CPython: Modules/mathmodule.c math_factorial
export function mathFactorial(n: bigint): bigint {
  if (n > LONG_MAX) throw new PyOverflowError(`factorial() argument should not exceed ${LONG_MAX}`);
  if (n < 0n) throw new PyValueError('factorial() not defined for negative values');
  if (n < 2n) return 1n;
  return bigintOp(() => product(2n, n));
}

/** math.perm(n, k); k undefined is perm(n) == factorial(n). */
// CPython: Modules/mathmodule.c math_perm_impl
export function mathPerm(n: bigint, k?: bigint): bigint {
  if (k === undefined) return mathFactorial(n);
  if (n < 0n) throw new PyValueError('n must be a non-negative integer');
  if (k < 0n) throw new PyValueError('k must be a non-negative integer');
  if (k > n) return 0n;
  if (k > LONG_MAX) throw new PyOverflowError(`k must not exceed ${LONG_MAX}`);
  if (k === 0n) return 1n;
  return bigintOp(() => product(n - k + 1n, n));
}

/** math.comb(n, k) */
// CPython: Modules/mathmodule.c math_comb_impl
export function mathComb(n: bigint, k: bigint): bigint {
  if (n < 0n) throw new PyValueError('n must be a non-negative integer');
  if (k < 0n) throw new PyValueError('k must be a non-negative integer');
  if (k > n) return 0n;
  if (n - k < k) k = n - k;
  if (k > LONG_MAX) throw new PyOverflowError(`min(n - k, k) must not exceed ${LONG_MAX}`);
  if (k === 0n) return 1n;
  if (k === 1n) return n;
  // The sieve pays when k is a sizeable fraction of n (comb(10**6, 5*10**5): 50 ms instead of 20 s).
  if (k > 64n && n <= 20000000n && k * 64n >= n) return bigintOp(() => combByPrimes(Number(n), Number(k)));
  return bigintOp(() => combSplit(n, k));
}

/** Balanced product of the values (avoids quadratic growth of one running product). */
function productTree(vals: bigint[], lo: number, hi: number): bigint {
  if (hi - lo <= 8) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= vals[i]!;
    return p;
  }
  const mid = (lo + hi) >> 1;
  return productTree(vals, lo, mid) * productTree(vals, mid, hi);
}

/**
 * C(n, k) from its prime factorisation (Legendre: the exponent of p is the sum over p^i of
 * floor(n/p^i) - floor(k/p^i) - floor((n-k)/p^i)): no big divisions, one product tree.
 */
function combByPrimes(n: number, k: number): bigint {
  const composite = new Uint8Array(n + 1);
  const factors: bigint[] = [];
  let acc = 1; // small prime powers are multiplied as doubles while exact
  for (let p = 2; p <= n; p++) {
    if (composite[p]) continue;
    if (p * p <= n) for (let q = p * p; q <= n; q += p) composite[q] = 1;
    let e = 0;
    for (let pk = p; pk <= n; pk *= p) e += Math.floor(n / pk) - Math.floor(k / pk) - Math.floor((n - k) / pk);
    for (let i = 0; i < e; i++) {
      if (acc * p >= 2 ** 53) {
        factors.push(BigInt(acc));
        acc = 1;
      }
      acc *= p;
    }
  }
  factors.push(BigInt(acc));
  return productTree(factors, 0, factors.length);
}

// C(n, k) = C(n, j) * C(n - j, k - j) / C(k, j), with j = k / 2: both halves are exact integers
// and the sizes stay balanced (the same recurrence as CPython's perm_comb).
function combSplit(n: bigint, k: bigint): bigint {
  if (k < 20n) {
    let r = 1n;
    for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n);
    return r;
  }
  const j = k >> 1n;
  return (combSplit(n, j) * combSplit(n - j, k - j)) / combSplit(k, j);
}
