// SipHash-1-3 as CPython 3.12 runs it for str and bytes: Python/pyhash.c `siphash13` (through
// `pysiphash` and `_Py_HashBytes`), Objects/unicodeobject.c `unicode_hash`, Objects/bytesobject.c
// `bytes_hash`. sys.hash_info on the reference: algorithm='siphash13', cutoff=0 (Py_HASH_CUTOFF:
// no DJBX33A for short strings), hash_bits=64, seed_bits=128.
//
// What is hashed is the object's memory, not an encoding: for bytes their bytes; for str the
// code points stored in CPython's compact representation of the str's *kind* — 1 byte each if all
// are < 256, 2 bytes (little-endian on x86-64/aarch64 Linux) if all < 65536, else 4 bytes. So
// 'é' hashes the byte 0xE9 and 'ē' the bytes 13 01. An empty object hashes to 0, and a result of
// -1 (the error code) becomes -2.
//
// Speed. str hashing sits under every dict lookup by a str key that has no cached hash, so the
// message words are read straight from the JS string (charCodeAt) or array, 8 bytes at a time,
// with no byte buffer built, and the 64-bit state lives in eight int32 locals (two halves per
// word). Measured on Node 20 / x86-64 (a 2-core machine shared with other jobs: +-30%), kind-1
// str, hashes per second:
//   int32 halves (this file)          len 10: ~7 M/s   len 100: ~1.1-1.8 M/s   1 MiB: ~120 MB/s
//   BigUint64 (asUintN(64) per op,    len 10: ~1.2 M/s len 100: ~0.4 M/s       1 MiB: ~50 MB/s
//     words read via BigUint64Array)
//   plain BigInt (siphash-bigint.ts)  len 10: ~0.3 M/s len 100: ~0.1 M/s       1 MiB: ~12 MB/s
// so the halves are 4-6x faster than the best BigInt form. bytes of 1 MiB: ~230 MB/s; kind-2
// and kind-4 str hash 2 or 4 bytes per code point at similar or better bytes/s. strHashInto
// first scans the string for its kind (~30% of the time on long strings); strHashWithKindInto,
// for a str that knows its kind, does not. Producing the PyHash (a bigint for most str hashes)
// adds ~30% on short strings; the *Into forms leave the halves to callers that can use them.
// V8 cons strings (results of concatenation) read ~25% slower than flat ones.
import { hashFromParts, type PyHash } from './pyhash.ts';
import type { HashSecret } from './secret.ts';

// How the message units are read. A unit is a byte (width 1), a UCS-2 unit (2) or a UCS-4 code
// point (4); a string source is read with charCodeAt, an array source by index. STR4 decodes
// surrogate pairs of a JS string into one code point each (see strHash).
const ARR = 0; // ArrayLike<number> of units of the given width (bytes or code points)
const STR = 1; // JS string whose UTF-16 code units are the units (width 1 or 2)
const STR4 = 2; // JS string read as code points, width 4

/**
 * The SipHash-1-3 core: hashes `n` units of `width` bytes from `src` with the secret's keys.
 * Writes the 64-bit result's halves to out[0] (low) and out[1] (high), as CPython's siphash13
 * returns it (no -1 fix-up, no empty special case: _Py_HashBytes adds those).
 */
function sip13(
  secret: HashSecret, src: string | ArrayLike<number>, mode: number, width: number, n: number,
  out: Int32Array,
): void {
  let v0h = secret.v0h, v0l = secret.v0l, v1h = secret.v1h, v1l = secret.v1l;
  let v2h = secret.v2h, v2l = secret.v2l, v3h = secret.v3h, v3l = secret.v3l;
  const str = typeof src === 'string' ? src : '';
  const arr = typeof src === 'string' ? EMPTY : src;
  const perWord = 8 / width;
  const nWords = Math.floor(n / perWord);
  const tail = n - nWords * perWord;
  const nBytes = n * width;
  let p = 0; // read position in src (code units for strings, elements for arrays)
  // One loop for all rounds keeps a single copy of the round code: words 0..nWords-1 are the
  // message, word nWords is the tail (remaining bytes + length byte), then three final rounds.
  const rounds = nWords + 4;
  for (let r = 0; r < rounds; r++) {
    let mh = 0, ml = 0;
    if (r < nWords) {
      if (mode === STR) {
        if (width === 1) {
          ml = str.charCodeAt(p) | (str.charCodeAt(p + 1) << 8) | (str.charCodeAt(p + 2) << 16) | (str.charCodeAt(p + 3) << 24);
          mh = str.charCodeAt(p + 4) | (str.charCodeAt(p + 5) << 8) | (str.charCodeAt(p + 6) << 16) | (str.charCodeAt(p + 7) << 24);
          p += 8;
        } else {
          ml = str.charCodeAt(p) | (str.charCodeAt(p + 1) << 16);
          mh = str.charCodeAt(p + 2) | (str.charCodeAt(p + 3) << 16);
          p += 4;
        }
      } else if (mode === ARR) {
        if (width === 1) {
          ml = arr[p]! | (arr[p + 1]! << 8) | (arr[p + 2]! << 16) | (arr[p + 3]! << 24);
          mh = arr[p + 4]! | (arr[p + 5]! << 8) | (arr[p + 6]! << 16) | (arr[p + 7]! << 24);
          p += 8;
        } else if (width === 2) {
          ml = arr[p]! | (arr[p + 1]! << 16);
          mh = arr[p + 2]! | (arr[p + 3]! << 16);
          p += 4;
        } else {
          ml = arr[p]! | 0;
          mh = arr[p + 1]! | 0;
          p += 2;
        }
      } else {
        // STR4: two code points, each one UTF-16 unit or a surrogate pair
        let c = str.charCodeAt(p++);
        if ((c & 0xfc00) === 0xd800 && (str.charCodeAt(p) & 0xfc00) === 0xdc00) {
          c = 0x10000 + ((c - 0xd800) << 10) + (str.charCodeAt(p++) - 0xdc00);
        }
        ml = c;
        c = str.charCodeAt(p++);
        if ((c & 0xfc00) === 0xd800 && (str.charCodeAt(p) & 0xfc00) === 0xdc00) {
          c = 0x10000 + ((c - 0xd800) << 10) + (str.charCodeAt(p++) - 0xdc00);
        }
        mh = c;
      }
    } else if (r === nWords) {
      // The last word: the leftover units in its low bytes, the length (mod 256) in its top byte.
      for (let j = 0; j < tail; j++) {
        let u: number;
        if (mode === STR) u = str.charCodeAt(p++);
        else if (mode === ARR) u = arr[p++]! | 0;
        else {
          u = str.charCodeAt(p++);
          if ((u & 0xfc00) === 0xd800 && (str.charCodeAt(p) & 0xfc00) === 0xdc00) {
            u = 0x10000 + ((u - 0xd800) << 10) + (str.charCodeAt(p++) - 0xdc00);
          }
        }
        const shift = j * width * 8; // a unit never straddles the two halves (width divides 4)
        if (shift < 32) ml |= u << shift;
        else mh |= u << (shift - 32);
      }
      mh |= (nBytes & 0xff) << 24;
    }
    if (r <= nWords) {
      v3h ^= mh;
      v3l ^= ml;
    }
    // SINGLE_ROUND: HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
    let s = (v0l >>> 0) + (v1l >>> 0);
    v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0;
    v0l = s | 0;
    s = (v2l >>> 0) + (v3l >>> 0);
    v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0;
    v2l = s | 0;
    let th = (v1h << 13) | (v1l >>> 19), tl = (v1l << 13) | (v1h >>> 19);
    v1h = th ^ v0h;
    v1l = tl ^ v0l;
    th = (v3h << 16) | (v3l >>> 16);
    tl = (v3l << 16) | (v3h >>> 16);
    v3h = th ^ v2h;
    v3l = tl ^ v2l;
    th = v0h; // rotate by 32: swap halves
    v0h = v0l;
    v0l = th;
    s = (v2l >>> 0) + (v1l >>> 0);
    v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0;
    v2l = s | 0;
    s = (v0l >>> 0) + (v3l >>> 0);
    v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0;
    v0l = s | 0;
    th = (v1h << 17) | (v1l >>> 15);
    tl = (v1l << 17) | (v1h >>> 15);
    v1h = th ^ v2h;
    v1l = tl ^ v2l;
    th = (v3h << 21) | (v3l >>> 11);
    tl = (v3l << 21) | (v3h >>> 11);
    v3h = th ^ v0h;
    v3l = tl ^ v0l;
    th = v2h;
    v2h = v2l;
    v2l = th;
    if (r <= nWords) {
      v0h ^= mh;
      v0l ^= ml;
      if (r === nWords) v2l ^= 0xff;
    }
  }
  out[0] = v0l ^ v1l ^ v2l ^ v3l;
  out[1] = v0h ^ v1h ^ v2h ^ v3h;
}

/**
 * sip13 specialised for a kind-1 str held in a JS string (every code unit < 256): the hottest
 * case (identifiers and most dict keys). Same algorithm as sip13 with the unit reads fixed;
 * kept as a second copy because the generic loop's mode tests cost this case 20% on short
 * strings and 40% on long ones (measured on Node 20).
 */
function sip13Latin1(secret: HashSecret, str: string, n: number, out: Int32Array): void {
  let v0h = secret.v0h, v0l = secret.v0l, v1h = secret.v1h, v1l = secret.v1l;
  let v2h = secret.v2h, v2l = secret.v2l, v3h = secret.v3h, v3l = secret.v3l;
  const nWords = Math.floor(n / 8);
  const rounds = nWords + 4;
  let p = 0;
  for (let r = 0; r < rounds; r++) {
    let mh = 0, ml = 0;
    if (r < nWords) {
      ml = str.charCodeAt(p) | (str.charCodeAt(p + 1) << 8) | (str.charCodeAt(p + 2) << 16) | (str.charCodeAt(p + 3) << 24);
      mh = str.charCodeAt(p + 4) | (str.charCodeAt(p + 5) << 8) | (str.charCodeAt(p + 6) << 16) | (str.charCodeAt(p + 7) << 24);
      p += 8;
    } else if (r === nWords) {
      for (let j = 0; p < n; j += 8) {
        const u = str.charCodeAt(p++);
        if (j < 32) ml |= u << j;
        else mh |= u << (j - 32);
      }
      mh |= (n & 0xff) << 24;
    }
    if (r <= nWords) {
      v3h ^= mh;
      v3l ^= ml;
    }
    // SINGLE_ROUND, as in sip13
    let s = (v0l >>> 0) + (v1l >>> 0);
    v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0;
    v0l = s | 0;
    s = (v2l >>> 0) + (v3l >>> 0);
    v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0;
    v2l = s | 0;
    let th = (v1h << 13) | (v1l >>> 19), tl = (v1l << 13) | (v1h >>> 19);
    v1h = th ^ v0h;
    v1l = tl ^ v0l;
    th = (v3h << 16) | (v3l >>> 16);
    tl = (v3l << 16) | (v3h >>> 16);
    v3h = th ^ v2h;
    v3l = tl ^ v2l;
    th = v0h;
    v0h = v0l;
    v0l = th;
    s = (v2l >>> 0) + (v1l >>> 0);
    v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0;
    v2l = s | 0;
    s = (v0l >>> 0) + (v3l >>> 0);
    v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0;
    v0l = s | 0;
    th = (v1h << 17) | (v1l >>> 15);
    tl = (v1l << 17) | (v1h >>> 15);
    v1h = th ^ v2h;
    v1l = tl ^ v2l;
    th = (v3h << 21) | (v3l >>> 11);
    tl = (v3l << 21) | (v3h >>> 11);
    v3h = th ^ v0h;
    v3l = tl ^ v0l;
    th = v2h;
    v2h = v2l;
    v2l = th;
    if (r <= nWords) {
      v0h ^= mh;
      v0l ^= ml;
      if (r === nWords) v2l ^= 0xff;
    }
  }
  out[0] = v0l ^ v1l ^ v2l ^ v3l;
  out[1] = v0h ^ v1h ^ v2h ^ v3h;
}

const EMPTY: ArrayLike<number> = [];
// Result halves of the convenience functions; only read right after being written.
const OUT = new Int32Array(2);

/** _Py_HashBytes' fix-ups on a siphash13 result in out: -1 (the error code) becomes -2. */
function fixMinusOne(out: Int32Array): void {
  if (out[0] === -1 && out[1] === -1) out[0] = -2;
}

/** siphash13(k0, k1, bytes[0:length]): the raw 64-bit SipHash-1-3 as (lo, hi) in out. */
export function siphash13Into(secret: HashSecret, bytes: ArrayLike<number>, out: Int32Array): void {
  sip13(secret, bytes, ARR, 1, bytes.length, out);
}

/** The raw SipHash-1-3 of bytes (CPython's siphash13 with the secret's keys) as a signed bigint. */
export function siphash13(secret: HashSecret, bytes: ArrayLike<number>): bigint {
  sip13(secret, bytes, ARR, 1, bytes.length, OUT);
  return BigInt.asIntN(64, (BigInt(OUT[1]! >>> 0) << 32n) | BigInt(OUT[0]! >>> 0));
}

/** bytes_hash / _Py_HashBytes: the hash of a bytes object's contents, as (lo, hi) in out. */
export function bytesHashInto(secret: HashSecret, bytes: ArrayLike<number>, out: Int32Array): void {
  if (bytes.length === 0) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  sip13(secret, bytes, ARR, 1, bytes.length, out);
  fixMinusOne(out);
}

/** bytes_hash: hash(b) for a bytes (or bytearray-content, for frozen copies) value. */
export function bytesHash(secret: HashSecret, bytes: ArrayLike<number>): PyHash {
  bytesHashInto(secret, bytes, OUT);
  return hashFromParts(OUT[1]!, OUT[0]!);
}

/** A str's CPython kind (PyUnicode_KIND): 1, 2 or 4 bytes per code point. */
export type StrKind = 1 | 2 | 4;

/**
 * Classifies a JS string as a str: its kind and its length in code points. A surrogate pair
 * counts as one astral code point (kind 4); a lone surrogate is a code point of its own
 * (kind 2 at least), as in a Python str made with '\ud800'.
 */
export function strKindOf(s: string): { kind: StrKind; length: number } {
  let or = 0, surrogates = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    or |= c;
    if ((c & 0xf800) === 0xd800) surrogates = true;
  }
  if (or < 0x100) return { kind: 1, length: s.length };
  if (!surrogates) return { kind: 2, length: s.length };
  const pairs = countPairs(s);
  return pairs === 0 ? { kind: 2, length: s.length } : { kind: 4, length: s.length - pairs };
}

function countPairs(s: string): number {
  let pairs = 0;
  for (let i = 0; i + 1 < s.length; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      pairs++;
      i++;
    }
  }
  return pairs;
}

/**
 * unicode_hash for a str given as a JS string (surrogate pairs = astral code points), as
 * (lo, hi) in out. Scans the string once for its kind; callers that already know it (a str
 * object caches its kind) use strHashWithKindInto instead.
 */
export function strHashInto(secret: HashSecret, s: string, out: Int32Array): void {
  const n = s.length;
  if (n === 0) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  // Every unit is <= the OR of all units: below 0x100 means kind 1, below 0xd800 means no
  // surrogates (kind 2); only otherwise are surrogate pairs looked for.
  let or = 0;
  for (let i = 0; i < n; i++) or |= s.charCodeAt(i);
  if (or < 0x100) sip13Latin1(secret, s, n, out);
  else if (or < 0xd800) sip13(secret, s, STR, 2, n, out);
  else {
    const pairs = countPairs(s);
    if (pairs === 0) sip13(secret, s, STR, 2, n, out);
    else sip13(secret, s, STR4, 4, n - pairs, out);
  }
  fixMinusOne(out);
}

/** hash(s) for a str given as a JS string (a surrogate pair is one astral code point). */
export function strHash(secret: HashSecret, s: string): PyHash {
  strHashInto(secret, s, OUT);
  return hashFromParts(OUT[1]!, OUT[0]!);
}

/**
 * unicode_hash when the kind is known: `s` is a JS string, `kind` its str kind and `length` its
 * length in code points (s.length unless kind is 4 and s holds surrogate pairs). For kind 4 the
 * string is decoded as code points (pairs combined); for kinds 1 and 2 its code units are the
 * code points. Nothing is checked: a wrong kind gives a wrong hash.
 */
export function strHashWithKindInto(
  secret: HashSecret, s: string, kind: StrKind, length: number, out: Int32Array,
): void {
  if (length === 0) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  if (kind === 1) sip13Latin1(secret, s, length, out);
  else if (kind === 4) sip13(secret, s, STR4, 4, length, out);
  else sip13(secret, s, STR, 2, length, out);
  fixMinusOne(out);
}

/** hash(s) for a JS string whose str kind and code-point length the caller knows. */
export function strHashWithKind(secret: HashSecret, s: string, kind: StrKind, length: number): PyHash {
  strHashWithKindInto(secret, s, kind, length, OUT);
  return hashFromParts(OUT[1]!, OUT[0]!);
}

/** The kind of a str given by its code points (the largest one decides). */
export function kindOfCodePoints(cps: ArrayLike<number>): StrKind {
  let max = 0;
  for (let i = 0; i < cps.length; i++) if (cps[i]! > max) max = cps[i]!;
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

/**
 * unicode_hash for a str given as explicit code points (any value 0..0x10FFFF, lone surrogates
 * included), as (lo, hi) in out. `kind` may be passed when known; otherwise it is computed.
 */
export function strHashCodePointsInto(
  secret: HashSecret, cps: ArrayLike<number>, out: Int32Array, kind?: StrKind,
): void {
  const n = cps.length;
  if (n === 0) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  sip13(secret, cps, ARR, kind ?? kindOfCodePoints(cps), n, out);
  fixMinusOne(out);
}

/** hash(s) for a str given as code points (e.g. a Uint32Array, or [0xd83d, 0xde00] for the
 * two-code-point str '\ud83d\ude00', which a JS string cannot tell apart from '\U0001f600'). */
export function strHashCodePoints(secret: HashSecret, cps: ArrayLike<number>, kind?: StrKind): PyHash {
  strHashCodePointsInto(secret, cps, OUT, kind);
  return hashFromParts(OUT[1]!, OUT[0]!);
}
