// CRC-32 (as zlib computes it) and CRC-CCITT (binascii.crc_hqx). CPython: Modules/binascii.c
// (binascii_crc32_impl, binascii_crc_hqx_impl), zlib's crc32.

const CRC32_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** The CRC-32 of `data` continuing from `crc`. */
export function crc32(data: Uint8Array, crc: number): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

const HQX_TABLE = (() => {
  const t = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
    t[n] = c;
  }
  return t;
})();

/** The CRC-CCITT (XMODEM polynomial) of `data` continuing from `crc`. */
export function crcHqx(data: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (let i = 0; i < data.length; i++) c = ((c << 8) & 0xff00) ^ HQX_TABLE[((c >> 8) ^ data[i]!) & 0xff]!;
  return c;
}

/** The Adler-32 of `data` continuing from `adler`. */
export function adler32(data: Uint8Array, adler: number): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  for (let i = 0; i < data.length;) {
    // 5552 bytes is the most that can be summed before the 32-bit sums need reducing.
    const end = Math.min(data.length, i + 5552);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}
