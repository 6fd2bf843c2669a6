// What the crypt(3) methods share: the alphabet of their hashes and byte helpers.

/** The 64 characters of crypt's hashes, in value order. libxcrypt: ascii64 */
export const ASCII64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The bytes of an ASCII string. */
export function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
