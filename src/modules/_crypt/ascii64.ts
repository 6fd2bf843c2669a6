// What the crypt(3) methods share: the alphabet of their hashes and its encodings.

/** The 64 characters of crypt's hashes, in value order. libxcrypt: ascii64 */
export const ASCII64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The bytes of an ASCII string. */
export function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The hash's bytes written 6 bits at a time, least significant first, in groups of three bytes. */
export function encodeGroups(out: number[], digest: Uint8Array, groups: readonly (readonly number[])[]): void {
  for (const g of groups) {
    let w = 0;
    for (const i of g) w = (w << 8) | digest[i]!;
    for (let n = g.length + 1; n > 0; n--, w >>>= 6) out.push(ASCII64.charCodeAt(w & 0x3f));
  }
}
