// A second, deliberately plain SipHash-1-3 (Python/pyhash.c `siphash13`) on 64-bit BigInts,
// written straight from the algorithm's description. It is not used by the interpreter: the
// tests check the fast 32-bit-halves version (siphash.ts) against it on inputs the reference
// fixtures do not cover, and it is the baseline of the throughput comparison in siphash.ts.
const M64 = (1n << 64n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & M64;
}

/** siphash13(k0, k1, bytes) as an unsigned 64-bit bigint. */
export function siphash13BigInt(k0: bigint, k1: bigint, bytes: ArrayLike<number>): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & M64; v2 = (v2 + v3) & M64;
    v1 = rotl(v1, 13n) ^ v0; v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & M64; v0 = (v0 + v3) & M64;
    v1 = rotl(v1, 17n) ^ v2; v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const n = bytes.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    let m = 0n;
    for (let j = 7; j >= 0; j--) m = (m << 8n) | BigInt(bytes[i + j]!);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let b = BigInt(n & 0xff) << 56n;
  for (let j = 0; i + j < n; j++) b |= BigInt(bytes[i + j]!) << BigInt(8 * j);
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return v0 ^ v1 ^ v2 ^ v3;
}

/** The little-endian bytes of a str's kind representation (what unicode_hash feeds SipHash). */
export function strKindBytes(cps: ArrayLike<number>, kind: 1 | 2 | 4): Uint8Array {
  const out = new Uint8Array(cps.length * kind);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    for (let j = 0; j < kind; j++) out[i * kind + j] = (c >>> (8 * j)) & 0xff;
  }
  return out;
}
