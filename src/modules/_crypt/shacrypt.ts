// The MD5-based and SHA-2-based password hashes of crypt(3) ($1$, $5$, $6$), over the digests of
// @noble/hashes. libxcrypt: lib/crypt-md5.c (crypt_md5crypt_rn), lib/crypt-sha256.c and
// lib/crypt-sha512.c (Drepper's SHA-crypt).
import { md5 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes } from '../_io/iobase.ts';
import { asciiBytes, encodeGroups } from './ascii64.ts';

type Hash = typeof sha256 | typeof sha512 | typeof md5;

/** `len` bytes of `block` repeated. libxcrypt: sha512_process_recycled_bytes */
function recycled(block: Uint8Array, len: number): Uint8Array {
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i += block.length) out.set(block.subarray(0, Math.min(block.length, len - i)), i);
  return out;
}

/** The rounds that make the hash slow: each mixes the last result with the phrase and salt bytes. */
function stretch(h: Hash, result: Uint8Array, p: Uint8Array, s: Uint8Array, rounds: number): Uint8Array {
  for (let cnt = 0; cnt < rounds; cnt++) {
    const ctx = h.create();
    ctx.update((cnt & 1) !== 0 ? p : result);
    if (cnt % 3 !== 0) ctx.update(s);
    if (cnt % 7 !== 0) ctx.update(p);
    ctx.update((cnt & 1) !== 0 ? result : p);
    result = ctx.digest();
  }
  return result;
}

interface ShaMethod { readonly prefix: string; readonly hash: Hash; readonly size: number; readonly groups: readonly (readonly number[])[] }

/**
 * The order of the encoded digest: group g holds bytes g, g+n, g+2n (n = a third of the whole
 * groups), rotated by g each time, leftwards for SHA-512 and rightwards for SHA-256.
 */
function shaGroups(n: number, left: boolean): number[][] {
  const groups: number[][] = [];
  for (let g = 0; g < n; g++) {
    const idx = [g, g + n, g + 2 * n];
    const k = left ? g % 3 : (3 - (g % 3)) % 3;
    groups.push([...idx.slice(k), ...idx.slice(0, k)]);
  }
  return groups;
}

export const SHA256: ShaMethod = { prefix: '$5$', hash: sha256, size: 32, groups: [...shaGroups(10, false), [31, 30]] };
export const SHA512: ShaMethod = { prefix: '$6$', hash: sha512, size: 64, groups: [...shaGroups(21, true), [63]] };

const ROUNDS_DEFAULT = 5000;
const ROUNDS_MIN = 1000;
const ROUNDS_MAX = 999999999;
const SALT_LEN_MAX = 16;

/** The SHA-crypt hash of `phrase` under `setting`, or null for a setting it refuses. libxcrypt: crypt_sha512crypt_rn */
export function shaCrypt(m: ShaMethod, phrase: Uint8Array, setting: string): string | null {
  let salt = setting.startsWith(m.prefix) ? setting.slice(m.prefix.length) : setting;
  let rounds = ROUNDS_DEFAULT;
  let custom = false;
  if (salt.startsWith('rounds=')) {
    const num = /^[1-9][0-9]*/.exec(salt.slice(7));
    if (num === null || salt[7 + num[0].length] !== '$') return null;
    rounds = Number(num[0]);
    if (rounds < ROUNDS_MIN || rounds > ROUNDS_MAX) return null;
    salt = salt.slice(8 + num[0].length);
    custom = true;
  }
  // (':' and newlines, which end no salt, were refused with the setting's other bad characters.)
  const end = salt.indexOf('$');
  const s = asciiBytes(salt.slice(0, Math.min(end < 0 ? salt.length : end, SALT_LEN_MAX)));
  const h = m.hash;
  const n = phrase.length;
  const alt = h(concatBytes([phrase, s, phrase]));
  const parts = [phrase, s];
  for (let cnt = n; cnt > 0; cnt -= m.size) parts.push(alt.subarray(0, Math.min(cnt, m.size)));
  for (let cnt = n; cnt > 0; cnt >>= 1) parts.push((cnt & 1) !== 0 ? alt : phrase);
  const result = h(concatBytes(parts));
  const p = recycled(h(recycled(phrase, n * n)), n);
  const sb = recycled(h(recycled(s, s.length * (16 + result[0]!))), s.length);
  const out: number[] = [];
  encodeGroups(out, stretch(h, result, p, sb, rounds), m.groups);
  return `${m.prefix}${custom ? `rounds=${rounds}$` : ''}${String.fromCharCode(...s)}$${String.fromCharCode(...out)}`;
}

const MD5_GROUPS = [[0, 6, 12], [1, 7, 13], [2, 8, 14], [3, 9, 15], [4, 10, 5], [11]];

/** The MD5-crypt hash of `phrase` under `setting` ($1$, salt of up to 8 characters). libxcrypt: crypt_md5crypt_rn */
export function md5Crypt(phrase: Uint8Array, setting: string): string {
  const body = setting.startsWith('$1$') ? setting.slice(3) : setting;
  const end = body.indexOf('$');
  const salt = body.slice(0, Math.min(end < 0 ? body.length : end, 8));
  const s = asciiBytes(salt);
  const n = phrase.length;
  const alt = md5(concatBytes([phrase, s, phrase]));
  const parts = [phrase, asciiBytes('$1$'), s];
  for (let cnt = n; cnt > 0; cnt -= 16) parts.push(alt.subarray(0, Math.min(cnt, 16)));
  // The original's quirk: a zero byte for each 1 bit of the length, the phrase's first byte for each 0.
  for (let cnt = n; cnt > 0; cnt >>= 1) parts.push((cnt & 1) !== 0 ? new Uint8Array(1) : phrase.subarray(0, 1));
  const out: number[] = [];
  encodeGroups(out, stretch(md5, md5(concatBytes(parts)), phrase, s, 1000), MD5_GROUPS);
  return `$1$${salt}$${String.fromCharCode(...out)}`;
}
