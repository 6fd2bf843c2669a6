// Container hashes, from the items' hashes: Objects/tupleobject.c `tuplehash` (the xxHash-based
// scheme of 3.8+) and Objects/setobject.c `frozenset_hash` (with `_shuffle_bits`).
//
// Both run on 64-bit unsigned arithmetic (Py_uhash_t) with wrap-around; it is done here on
// int32 halves (see pyhash.ts) so hashing a tuple allocates nothing until the final PyHash.
// The items' hashes are passed in, already computed (the object model calls each item's
// tp_hash, and a set keeps its entries' hashes), so these functions never call back into objects.
import { NONE_HASH, hashFromParts, hashToParts, mul64, mulHi, type PyHash } from './pyhash.ts';
import { intHash } from './numeric.ts';

// xxHash's 64-bit primes (_PyHASH_XXPRIME_1/2/5) as (hi, lo) halves.
const P1H = 0x9e3779b1 | 0, P1L = 0x85ebca87 | 0; // 11400714785074694791
const P2H = 0xc2b2ae3d | 0, P2L = 0x27d4eb4f | 0; // 14029467366897019727
const P5H = 0x27d4eb2f, P5L = 0x165667c5; //         2870177450012600261
// _PyHASH_XXPRIME_5 ^ 3527539: mixed with the length "to keep the historical value of hash(())"
const LENH = 0x27d4eb2f, LENL = 0x1663b4b6;

const TWO32 = 4294967296;
const PARTS = new Int32Array(2); // scratch for splitting a PyHash; not kept between calls

/**
 * tuplehash, one item at a time: `new TupleHasher()`, `add(hash(item))` for each item in order,
 * then `finish()`. Each tuple (nested ones too) needs its own hasher.
 */
export class TupleHasher {
  private hi = P5H;
  private lo = P5L;
  private n = 0;

  /** Mixes in the next item's hash. */
  add(h: PyHash): void {
    if (typeof h === 'number') this.addParts(Math.floor(h / TWO32) | 0, h | 0);
    else {
      hashToParts(h, PARTS);
      this.addParts(PARTS[1]!, PARTS[0]!);
    }
  }

  /** Mixes in the next item's hash given as signed 32-bit halves. */
  addParts(laneHi: number, laneLo: number): void {
    // acc += lane * XXPRIME_2
    const ml = mul64(laneHi, laneLo, P2H, P2L);
    const mh = mulHi;
    const s = (this.lo >>> 0) + (ml >>> 0);
    const ah = (this.hi + mh + (s > 0xffffffff ? 1 : 0)) | 0;
    const al = s | 0;
    // acc = rotate left by 31 bits
    const rh = (ah << 31) | (al >>> 1);
    const rl = (al << 31) | (ah >>> 1);
    // acc *= XXPRIME_1
    this.lo = mul64(rh, rl, P1H, P1L);
    this.hi = mulHi;
    this.n++;
  }

  /**
   * slice_hash (3.12, when slices became hashable) stops here: the accumulator without the
   * length step; -1 becomes 1546275796 as in tuplehash.
   */
  finishWithoutLength(): PyHash {
    if (this.hi === -1 && this.lo === -1) return 1546275796;
    return hashFromParts(this.hi, this.lo);
  }

  /** The tuple's hash: adds the mangled length; an accumulator of -1 becomes 1546275796. */
  finish(): PyHash {
    // len ^ (XXPRIME_5 ^ 3527539); a tuple's length is far below 2**32
    const kl = LENL ^ this.n;
    const s = (this.lo >>> 0) + (kl >>> 0);
    const hi = (this.hi + LENH + (s > 0xffffffff ? 1 : 0)) | 0;
    const lo = s | 0;
    if (hi === -1 && lo === -1) return 1546275796;
    return hashFromParts(hi, lo);
  }
}

/** tuplehash: hash(t) from the hashes of t's items, in order. hash(()) is 5740354900026072187. */
export function tupleHash(itemHashes: readonly PyHash[]): PyHash {
  const h = new TupleHasher();
  for (let i = 0; i < itemHashes.length; i++) h.add(itemHashes[i]!);
  return h.finish();
}

/** slice_hash (Objects/sliceobject.c, 3.12): hash(slice(a, b, c)) from hash(a), hash(b), hash(c).
 * Unlike tuplehash there is no length step, so hash(slice(1, 2, 3)) != hash((1, 2, 3)). */
export function sliceHash(startHash: PyHash, stopHash: PyHash, stepHash: PyHash): PyHash {
  const h = new TupleHasher();
  h.add(startHash);
  h.add(stopHash);
  h.add(stepHash);
  return h.finishWithoutLength();
}

/**
 * range_hash (Objects/rangeobject.c): the hash of the tuple (len, start, step), with start and
 * step replaced by None for an empty range and step by None for a one-element range, so equal
 * ranges (range(0) == range(5, 5), range(1, 2) == range(1, 3, 7)) hash alike. `length` is the
 * range's length (r->length), start and step its own attributes.
 */
export function rangeHash(length: number | bigint, start: number | bigint, step: number | bigint): PyHash {
  const h = new TupleHasher();
  h.add(intHash(length));
  if (length == 0) { // == : number or bigint zero
    h.add(NONE_HASH);
    h.add(NONE_HASH);
  } else {
    h.add(intHash(start));
    h.add(length == 1 ? NONE_HASH : intHash(step));
  }
  return h.finish();
}

/**
 * frozenset_hash, one entry at a time: `add(entryHash)` for each element (any order: the
 * combination is a xor), then `finish()`. Give every element of the set, including elements
 * that are different but hash alike (e.g. -1 and -2): CPython xors every active entry's stored
 * hash, so equal hashes cancel. Null and dummy table slots are left out (CPython includes them
 * and then removes their effect).
 */
export class FrozensetHasher {
  private hi = 0;
  private lo = 0;
  private n = 0;

  add(h: PyHash): void {
    if (typeof h === 'number') this.addParts(Math.floor(h / TWO32) | 0, h | 0);
    else {
      hashToParts(h, PARTS);
      this.addParts(PARTS[1]!, PARTS[0]!);
    }
  }

  /** _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167, xored into the total. */
  addParts(hi: number, lo: number): void {
    const yl = (lo ^ 89869747) ^ (lo << 16);
    const yh = hi ^ ((hi << 16) | (lo >>> 16));
    this.lo ^= mul64(yh, yl, 0, 3644798167 | 0);
    this.hi ^= mulHi;
    this.n++;
  }

  finish(): PyHash {
    let hi = this.hi, lo = this.lo;
    // hash ^= (len + 1) * 1927868237
    const c = this.n + 1;
    lo ^= mul64(Math.floor(c / TWO32) | 0, c | 0, 0, 1927868237);
    hi ^= mulHi;
    // hash ^= (hash >> 11) ^ (hash >> 25), logical shifts of the unsigned 64-bit value
    const x11l = (lo >>> 11) | (hi << 21), x11h = hi >>> 11;
    const x25l = (lo >>> 25) | (hi << 7), x25h = hi >>> 25;
    lo ^= x11l ^ x25l;
    hi ^= x11h ^ x25h;
    // hash = hash * 69069 + 907133923
    const ml = mul64(hi, lo, 0, 69069);
    const s = (ml >>> 0) + 907133923;
    hi = (mulHi + (s > 0xffffffff ? 1 : 0)) | 0;
    lo = s | 0;
    if (hi === -1 && lo === -1) return 590923713;
    return hashFromParts(hi, lo);
  }
}

/** frozenset_hash: hash(frozenset(xs)) from the hashes of its elements. hash(frozenset()) is
 * 133146708735736. */
export function frozensetHash(itemHashes: readonly PyHash[]): PyHash {
  const h = new FrozensetHasher();
  for (let i = 0; i < itemHashes.length; i++) h.add(itemHashes[i]!);
  return h.finish();
}
