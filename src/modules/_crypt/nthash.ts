// The NT hash ($3$: MD4 of the phrase's bytes as UTF-16LE code units) and sha1crypt ($sha1$:
// HMAC-SHA1 iterated over the salt, the magic and the count). libxcrypt: lib/crypt-nthash.c
// (crypt_nt_rn), lib/crypt-pbkdf1-sha1.c (crypt_sha1crypt_rn).
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { asciiBytes, encodeGroups } from './ascii64.ts';

/** MD4 (RFC 1320), which no dependency offers. */
function md4(msg: Uint8Array): Uint8Array {
  const n = ((msg.length + 8) >> 6) + 1;
  const words = new Uint32Array(n * 16);
  for (let i = 0; i < msg.length; i++) words[i >> 2]! |= msg[i]! << ((i & 3) * 8);
  words[msg.length >> 2]! |= 0x80 << ((msg.length & 3) * 8);
  words[n * 16 - 2] = (msg.length * 8) >>> 0;
  words[n * 16 - 1] = Math.floor(msg.length / 0x20000000);
  let a = 0x67452301;
  let b = 0xefcdab89;
  let c = 0x98badcfe;
  let d = 0x10325476;
  const rotl = (x: number, s: number): number => (x << s) | (x >>> (32 - s));
  for (let blk = 0; blk < words.length; blk += 16) {
    const x = words.subarray(blk, blk + 16);
    const [aa, bb, cc, dd] = [a, b, c, d];
    const f = (p: number, q: number, r: number): number => (p & q) | (~p & r);
    const g = (p: number, q: number, r: number): number => (p & q) | (p & r) | (q & r);
    const h = (p: number, q: number, r: number): number => p ^ q ^ r;
    for (const k of [0, 4, 8, 12]) {
      a = rotl((a + f(b, c, d) + x[k]!) | 0, 3);
      d = rotl((d + f(a, b, c) + x[k + 1]!) | 0, 7);
      c = rotl((c + f(d, a, b) + x[k + 2]!) | 0, 11);
      b = rotl((b + f(c, d, a) + x[k + 3]!) | 0, 19);
    }
    for (const k of [0, 1, 2, 3]) {
      a = rotl((a + g(b, c, d) + x[k]! + 0x5a827999) | 0, 3);
      d = rotl((d + g(a, b, c) + x[k + 4]! + 0x5a827999) | 0, 5);
      c = rotl((c + g(d, a, b) + x[k + 8]! + 0x5a827999) | 0, 9);
      b = rotl((b + g(c, d, a) + x[k + 12]! + 0x5a827999) | 0, 13);
    }
    for (const k of [0, 2, 1, 3]) {
      a = rotl((a + h(b, c, d) + x[k]! + 0x6ed9eba1) | 0, 3);
      d = rotl((d + h(a, b, c) + x[k + 8]! + 0x6ed9eba1) | 0, 9);
      c = rotl((c + h(d, a, b) + x[k + 4]! + 0x6ed9eba1) | 0, 11);
      b = rotl((b + h(c, d, a) + x[k + 12]! + 0x6ed9eba1) | 0, 15);
    }
    a = (a + aa) | 0;
    b = (b + bb) | 0;
    c = (c + cc) | 0;
    d = (d + dd) | 0;
  }
  const out = new Uint8Array(16);
  new DataView(out.buffer).setUint32(0, a, true);
  new DataView(out.buffer).setUint32(4, b, true);
  new DataView(out.buffer).setUint32(8, c, true);
  new DataView(out.buffer).setUint32(12, d, true);
  return out;
}

/** Any setting that begins "$3$" gives the same hash. libxcrypt: crypt_nt_rn */
export function ntCrypt(phrase: Uint8Array): string {
  const wide = new Uint8Array(phrase.length * 2);
  for (let i = 0; i < phrase.length; i++) wide[2 * i] = phrase[i]!;
  return '$3$$' + Array.from(md4(wide), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** libxcrypt: crypt_sha1crypt_rn */
export function sha1Crypt(phrase: Uint8Array, setting: string): string | null {
  // The count is read by strtoul: an optional sign (a minus wraps around), digits, or nothing for 0.
  const m = /^\$sha1\$([+-]?)([0-9]*)\$([./0-9A-Za-z]+)(?:\$|$)/.exec(setting);
  if (m === null || (m[1] !== '' && m[2] === '')) return null;
  let count = m[2] === '' ? 0n : BigInt(m[2]!);
  if (count > 0xffffffffffffffffn) count = 0xffffffffffffffffn;
  else if (m[1] === '-' && count !== 0n) count = 0x10000000000000000n - count;
  const salt = m[3]!;
  let digest = hmac(sha1, phrase, asciiBytes(`${salt}$sha1$${count}`));
  for (let i = 1, n = Number(count); i < n; i++) digest = hmac(sha1, phrase, digest);
  const out: number[] = [];
  encodeGroups(out, digest, [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11], [12, 13, 14], [15, 16, 17], [18, 19, 0]]);
  return `$sha1$${count}$${salt}$${String.fromCharCode(...out)}`;
}
