// The Py_hash_t value type and the 64-bit arithmetic every hash function here shares.
//
// CPython's hashes are Py_hash_t: signed 64-bit on 64-bit Linux. A JS number holds only 53 bits
// exactly, so a hash travels as a `PyHash`:
//
//   - a JS number when the value is a safe integer (|h| <= 2**53 - 1): every int and float hash
//     of a value below 2**53, bool, None, the pointer hash of a 16-aligned address, ...;
//   - a bigint otherwise (nearly every str/bytes/tuple hash, non-integral float hashes).
//
// The form is canonical: a value is a number if and only if it is a safe integer. So two hashes
// are equal exactly when `a === b` (number/number or bigint/bigint; a number never equals a
// bigint under ===, and canonical form never needs it to). Dict and set tables can store the
// PyHash as is and compare with ===; their probing needs the low bits (`hashLo32`) and the
// perturbation needs the unsigned 64 bits (`hashHi32` with `hashLo32`, or `hashToUint64`).
//
// Internally the functions work on two signed 32-bit halves (hi, lo) in plain JS numbers, which
// V8 keeps unboxed in registers; BigInt arithmetic allocates on every operation and was measured
// several times slower (see siphash.ts). The halves are turned into a PyHash once, at the end.

/** A CPython Py_hash_t: a safe-integer number, else a bigint in [-2**63, 2**63). Canonical. */
export type PyHash = number | bigint;

/** _PyHASH_BITS on 64-bit platforms. */
export const HASH_BITS = 61;
/** _PyHASH_MODULUS = 2**61 - 1, the prime numeric hashes are reduced by. */
export const HASH_MODULUS = (1n << 61n) - 1n;
/** _PyHASH_INF: hash(float('inf')); -314159 for -inf. */
export const HASH_INF = 314159;
/** _PyHASH_IMAG: the multiplier of the imaginary part's hash in complex_hash. */
export const HASH_IMAG = 1000003;
/** none_hash (Objects/object.c, 3.12): a constant, not the pointer hash it was before 3.12. */
export const NONE_HASH = 0xfca86420;

const TWO32 = 4294967296;

// One 8-byte scratch buffer, viewed as two int32 halves and as one int64, converts between the
// halves and a bigint in a single step (no shifts, no intermediate bigints). It holds no state
// between calls, so sharing it across interpreters is safe (JS runs one call at a time).
const SCRATCH = new ArrayBuffer(8);
const S32 = new Int32Array(SCRATCH);
const S64 = new BigInt64Array(SCRATCH);
/** Index of the low/high half in S32: the platform's byte order decides (little-endian nearly everywhere). */
const LO = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

/** The PyHash whose signed 64-bit value has halves (hi, lo); both are read as 32-bit patterns. */
export function hashFromParts(hi: number, lo: number): PyHash {
  hi |= 0;
  // |value| <= 2**53 - 1 exactly when hi is in [-2**21, 2**21) and not (-2**21, 0).
  if (hi >= -0x200000 && hi < 0x200000 && (hi !== -0x200000 || lo !== 0)) {
    return hi * TWO32 + (lo >>> 0);
  }
  S32[HI] = hi;
  S32[LO] = lo;
  return S64[0]!;
}

/** A bigint in [-2**63, 2**63) in canonical form. */
export function hashFromBigInt(v: bigint): PyHash {
  return v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn ? Number(v) : v;
}

/** Low 32 bits of the hash, as a signed int32 (`hashLo32(h) & mask` indexes a table). */
export function hashLo32(h: PyHash): number {
  if (typeof h === 'number') return h | 0; // ToInt32 is reduction mod 2**32: right for negatives too
  S64[0] = h;
  return S32[LO]!;
}

/** High 32 bits of the hash's 64-bit two's complement pattern, as a signed int32. */
export function hashHi32(h: PyHash): number {
  if (typeof h === 'number') return Math.floor(h / TWO32) | 0;
  S64[0] = h;
  return S32[HI]!;
}

/** Writes the halves of `h` to out[0] (lo) and out[1] (hi), as signed int32 patterns. */
export function hashToParts(h: PyHash, out: Int32Array): void {
  if (typeof h === 'number') {
    out[0] = h | 0;
    out[1] = Math.floor(h / TWO32) | 0;
  } else {
    S64[0] = h;
    out[0] = S32[LO]!;
    out[1] = S32[HI]!;
  }
}

/** The signed 64-bit value as a bigint. */
export function hashToBigInt(h: PyHash): bigint {
  return typeof h === 'number' ? BigInt(h) : h;
}

/** The value as CPython's Py_uhash_t (size_t), e.g. the initial `perturb` of a dict probe. */
export function hashToUint64(h: PyHash): bigint {
  return BigInt.asUintN(64, typeof h === 'number' ? BigInt(h) : h);
}

/**
 * Turns the int a user's `__hash__` returned into the hash (slot_tp_hash, Objects/typeobject.c):
 * a value that fits Py_ssize_t is kept, a larger one is hashed as an int; -1 becomes -2.
 * The int-hash step is passed in (numeric.ts's intHash) to keep this module dependency-free.
 */
export function hashFromIntResult(v: number | bigint, intHash: (v: number | bigint) => PyHash): PyHash {
  if (typeof v === 'number') return v === -1 ? -2 : v; // a safe integer always fits Py_ssize_t
  if (v >= -(1n << 63n) && v < 1n << 63n) return v === -1n ? -2 : hashFromBigInt(v);
  return intHash(v);
}

// ---------------------------------------------------------------- 64-bit arithmetic on halves

/**
 * High half of the last `mul64` product. Functions here return the low half and leave the
 * high one in this module variable to avoid allocating a pair; read it immediately.
 */
export let mulHi = 0;

/** (ah:al) * (bh:bl) mod 2**64: returns the low half, leaves the high half in `mulHi`. */
export function mul64(ah: number, al: number, bh: number, bl: number): number {
  // The low 32x32 -> 64-bit product al*bl is needed in full; split into 16-bit limbs so every
  // partial product stays below 2**32 (exact in a double).
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const carryHi = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  // The cross terms only reach the high half, where Math.imul's wrap-around is what we want.
  mulHi = (carryHi + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
  return Math.imul(al, bl);
}
