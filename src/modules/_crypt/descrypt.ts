// The DES-based hashes of crypt(3): the traditional one (a two-character salt, 8 characters of
// password) and bigcrypt, which hashes each further 8 characters with the previous block's salt.
// The DES rounds are unix-crypt-td-js's. libxcrypt: lib/crypt-des.c (crypt_descrypt_rn, crypt_bigcrypt_rn)
import unixCryptTD from 'unix-crypt-td-js';
import { ASCII64 } from './ascii64.ts';

/** Whether a character may be in a DES salt. libxcrypt: is_des_salt_char */
export function isDesSaltChar(c: string | undefined): boolean {
  return c !== undefined && c !== '' && ASCII64.includes(c);
}

/** One 13-character block: the salt and 11 characters of hash of (up to) 8 password bytes. */
function block(phrase: Uint8Array, at: number, salt: string): string {
  // The library keys with each byte's 7 low bits, as libxcrypt shifting it left by one; the
  // phrase has no NUL, which would end it early.
  return String.fromCharCode(...unixCryptTD(Array.from(phrase.subarray(at, at + 8)), [salt.charCodeAt(0), salt.charCodeAt(1)], true));
}

/**
 * The hash for a setting that begins with two salt characters (already checked). A setting of
 * more than 13 characters with a phrase of more than 8 makes a bigcrypt hash. libxcrypt: crypt_bigcrypt_rn
 */
export function desCrypt(phrase: Uint8Array, setting: string): string {
  const salt = setting.slice(0, 2);
  if (phrase.length <= 8 || setting.length <= 13) return block(phrase, 0, salt);
  let out = salt;
  let s = salt;
  for (let seg = 0; seg < 16 && seg * 8 < phrase.length; seg++) {
    const b = block(phrase, seg * 8, s);
    out += b.slice(2);
    s = b.slice(2, 4);
  }
  return out;
}
