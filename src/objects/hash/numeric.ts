// Numeric hashes: int (Objects/longobject.c long_hash), bool (inherits long_hash), float
// (Python/pyhash.c _Py_HashDouble), complex (Objects/complexobject.c complex_hash).
//
// CPython makes numerically equal values hash equal across types (hash(1) == hash(1.0) ==
// hash(1+0j) == hash(True)): the hash of a rational x is its reduction modulo the prime
// P = 2**61 - 1, negated for negative x, with -1 replaced by -2. Integers below 2**53 are their
// own hash, which is the fast path for nearly every int and integral float a program hashes.
import {
  HASH_IMAG, HASH_INF, hashFromBigInt, hashFromParts, type PyHash,
} from './pyhash.ts';
import { pointerHash } from './pointer.ts';

const P = (1n << 61n) - 1n;
const TWO32 = 4294967296;
const SAFE = 0x1fffffffffffff; // 2**53 - 1

/**
 * long_hash: hash(v) for an int. For |v| < 2**61 - 1 the hash is v itself (CPython returns a
 * compact int's value directly and the digit loop reduces nothing below P); otherwise it is
 * sign(v) * (|v| mod P). -1 becomes -2.
 * `v` is a safe-integer number or a bigint (as longobject.ts's longValue gives it).
 */
export function intHash(v: number | bigint): PyHash {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) {
      if (!Number.isInteger(v)) throw new TypeError(`intHash: ${v} is not an integer`);
      return intHash(BigInt(v));
    }
    return v === -1 ? -2 : v;
  }
  if (v >= 0n) return v < P ? hashFromBigInt(v) : hashFromBigInt(v % P);
  const r = -(-v % P);
  return r === -1n ? -2 : hashFromBigInt(r);
}

/** bool's hash: long_hash of 0 or 1. */
export function boolHash(b: boolean): number {
  return b ? 1 : 0;
}

// The float's bits, read through a shared scratch view (no state is kept between calls).
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * _Py_HashDouble(inst, v): hash(v) for a float. Finite values hash like the rational they are;
 * inf and -inf hash to +-314159. A NaN hashes by identity since 3.10: _Py_HashPointer(inst), so
 * the float object's address must be given for NaN (it is not used otherwise).
 */
export function floatHash(v: number, address?: number | bigint): PyHash {
  // Integral and below 2**53: the same as the int's hash (also covers -0.0, whose hash is 0).
  if (Number.isSafeInteger(v)) return v === -1 ? -2 : v + 0;
  if (v !== v) {
    if (address === undefined) throw new TypeError('floatHash: a NaN hashes by its object\'s address');
    return pointerHash(address);
  }
  if (v === Infinity) return HASH_INF;
  if (v === -Infinity) return -HASH_INF;
  return finiteDoubleHash(v);
}

/**
 * The reduction of a finite non-integral (or huge) double. |v| = M * 2**E with M the 53-bit
 * integer significand; since 2**61 = 1 (mod P), reduce(|v|) = M * 2**(E mod 61) mod P. CPython
 * gets the same value by pulling the significand out 28 bits at a time and rotating within 61
 * bits (rotation by e is multiplication by 2**e modulo 2**61 - 1).
 */
function finiteDoubleHash(v: number): PyHash {
  F64[0] = v;
  const hiw = LITTLE ? U32[1]! : U32[0]!, low = LITTLE ? U32[0]! : U32[1]!;
  const negative = hiw >>> 31 !== 0;
  const biased = (hiw >>> 20) & 0x7ff;
  let m = (hiw & 0xfffff) * TWO32 + low; // significand bits, < 2**52
  let e: number;
  if (biased === 0) e = -1074; // subnormal: no implicit bit
  else {
    m += 0x10000000000000; // the implicit leading 1
    e = biased - 1075;
  }
  const r = ((e % 61) + 61) % 61;
  // M * 2**r = a * 2**r + b * 2**61 with a = M mod 2**(61-r), b = M >> (61-r); 2**61 = 1 (mod P).
  const split = 2 ** (61 - r);
  const a = m % split, b = Math.floor(m / split);
  const ar = a * 2 ** r; // < 2**61, at most 53 significant bits: exact
  // Sum the two parts as 32-bit halves (the sum can need 62 bits, more than a double holds).
  let hi = Math.floor(ar / TWO32), lo = ar - hi * TWO32; // both exact (representable results)
  const bHi = Math.floor(b / TWO32);
  lo += b - bHi * TWO32;
  hi += bHi;
  if (lo >= TWO32) {
    lo -= TWO32;
    hi += 1;
  }
  // reduce once: the sum is below 2 * P; P = 0x1fffffff:ffffffff
  if (hi > 0x1fffffff || (hi === 0x1fffffff && lo === 0xffffffff)) {
    hi -= 0x1fffffff;
    lo -= 0xffffffff;
    if (lo < 0) {
      lo += TWO32;
      hi -= 1;
    }
  }
  if (hi < 0x200000) {
    // below 2**53: a plain number (in [0, P), never -1 after the sign unless it is 1)
    const x = hi * TWO32 + lo;
    if (!negative) return x;
    return x === 1 ? -2 : -x;
  }
  if (!negative) return hashFromParts(hi, lo);
  // negate the 64-bit value: ~x + 1 (x is at least 2**53 here, so the result is never -1)
  const nlo = (~lo + 1) | 0;
  const nhi = (~hi + (nlo === 0 ? 1 : 0)) | 0;
  return hashFromParts(nhi, nlo);
}

/**
 * complex_hash: hash(complex(re, im)) = hash(re) + 1000003 * hash(im) (mod 2**64), -1 -> -2.
 * A NaN part hashes by the complex object's address (_Py_HashDouble gets the complex as `inst`),
 * so `address` is needed when either part is NaN.
 */
export function complexHash(re: number, im: number, address?: number | bigint): PyHash {
  const hr = floatHash(re, address);
  const hi = floatHash(im, address);
  if (typeof hr === 'number' && typeof hi === 'number' && hi > -0x200000000 && hi < 0x200000000) {
    // 1000003 * |hi| < 2**53, so both terms are exact and the sum is exact whenever it is safe
    const c = hr + HASH_IMAG * hi;
    if (c <= SAFE && c >= -SAFE) return c === -1 ? -2 : c;
  }
  const c = BigInt.asIntN(64, BigInt(hr) + BigInt(HASH_IMAG) * BigInt(hi));
  return c === -1n ? -2 : hashFromBigInt(c);
}
