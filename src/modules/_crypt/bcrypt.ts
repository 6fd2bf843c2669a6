// bcrypt ($2a$, $2b$, $2x$, $2y$): the Blowfish-based hash with an expensive key schedule.
// crypt_blowfish (libxcrypt: lib/crypt-bcrypt.c, BF_crypt, BF_set_key); Blowfish's initial
// state is the fractional part of pi, computed here once.

const BF_ITOA64 = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const WORDS = 18 + 4 * 256;

let piWords: Uint32Array | null = null;

/** arctan(1/x) scaled by 2^bits. */
function atanInv(x: bigint, bits: bigint): bigint {
  let term = (1n << bits) / x;
  let sum = term;
  const x2 = x * x;
  for (let k = 1n; term !== 0n; k++) {
    term /= x2;
    sum += (k & 1n) === 1n ? -term / (2n * k + 1n) : term / (2n * k + 1n);
  }
  return sum;
}

/** The first 1042 32-bit words of pi's fraction: Blowfish's P-array, then its four S-boxes. */
function initialState(): Uint32Array {
  if (piWords !== null) return piWords;
  const bits = BigInt(WORDS * 32);
  const guard = 64n;
  // Machin: pi = 16 atan(1/5) - 4 atan(1/239)
  const pi = (16n * atanInv(5n, bits + guard) - 4n * atanInv(239n, bits + guard)) >> guard;
  const frac = pi - (3n << bits);
  piWords = new Uint32Array(WORDS);
  for (let i = 0; i < WORDS; i++) piWords[i] = Number((frac >> BigInt((WORDS - 1 - i) * 32)) & 0xffffffffn);
  return piWords;
}

class Blowfish {
  readonly p: Uint32Array;
  readonly s: Uint32Array;
  l = 0;
  r = 0;

  constructor(init: Uint32Array) {
    this.p = init.slice(0, 18);
    this.s = init.slice(18);
  }

  /** Encrypts the block (l, r) in place. crypt_blowfish: BF_ENCRYPT */
  encrypt(): void {
    const { p, s } = this;
    let l = this.l ^ p[0]!;
    let r = this.r;
    for (let i = 1; i <= 16; i += 2) {
      r ^= ((((s[l >>> 24]! + s[256 + ((l >>> 16) & 0xff)]!) ^ s[512 + ((l >>> 8) & 0xff)]!) + s[768 + (l & 0xff)]!) ^ p[i]!);
      l ^= ((((s[r >>> 24]! + s[256 + ((r >>> 16) & 0xff)]!) ^ s[512 + ((r >>> 8) & 0xff)]!) + s[768 + (r & 0xff)]!) ^ p[i + 1]!);
    }
    this.l = (r ^ p[17]!) >>> 0;
    this.r = l >>> 0;
  }

  /** Replaces P and S by the chained encryption of the block, starting from (l, r), each pair mixed with `mix`. */
  rekey(mix: (i: number) => void): void {
    for (let i = 0; i < 18; i += 2) {
      mix(i);
      this.encrypt();
      this.p[i] = this.l;
      this.p[i + 1] = this.r;
    }
    for (let i = 0; i < 1024; i += 2) {
      mix(i + 18);
      this.encrypt();
      this.s[i] = this.l;
      this.s[i + 1] = this.r;
    }
  }
}

/**
 * The 18 key words from the NUL-terminated key, cycled ($2x$ sign-extends bytes as the old bug
 * did), and the bit $2a$ flips in the first P word when sign extension would have changed
 * nothing, so such keys stay apart. crypt_blowfish: BF_set_key
 */
function expandKey(key: Uint8Array, minor: string): { expanded: Uint32Array; flip: number } {
  const bug = minor === 'x';
  const safety = minor === 'a';
  const expanded = new Uint32Array(18);
  let ptr = 0;
  let sign = 0;
  let diff = 0;
  for (let i = 0; i < 18; i++) {
    let correct = 0;
    let buggy = 0;
    for (let j = 0; j < 4; j++) {
      const c = ptr < key.length ? key[ptr]! : 0;
      correct = ((correct << 8) | c) >>> 0;
      buggy = ((buggy << 8) | (c >= 0x80 ? c - 256 : c)) >>> 0;
      if (j !== 0) sign |= buggy & 0x80;
      ptr = ptr < key.length ? ptr + 1 : 0;
    }
    diff |= correct ^ buggy;
    expanded[i] = bug ? buggy : correct;
  }
  diff = ((diff | (diff >>> 16)) & 0xffff) + 0xffff;
  return { expanded, flip: safety ? (sign << 9) & ~diff & 0x10000 : 0 };
}

/** The 16 salt bytes of 22 characters, or null if one is not in the alphabet. crypt_blowfish: BF_decode */
function decodeSalt(text: string): Uint8Array | null {
  if (text.length < 22) return null;
  const v: number[] = [];
  for (let i = 0; i < 22; i++) {
    const x = BF_ITOA64.indexOf(text[i]!);
    if (x < 0) return null;
    v.push(x);
  }
  const out = new Uint8Array(16);
  let o = 0;
  for (let i = 0; o < 16; i += 4) {
    out[o++] = (v[i]! << 2) | ((v[i + 1]! & 0x30) >> 4);
    if (o === 16) break;
    out[o++] = ((v[i + 1]! & 0x0f) << 4) | ((v[i + 2]! & 0x3c) >> 2);
    out[o++] = ((v[i + 2]! & 0x03) << 6) | v[i + 3]!;
  }
  return out;
}

/** Bytes as characters of 6 bits, most significant first. crypt_blowfish: BF_encode */
function encodeBigEndian(bytes: Uint8Array, alphabet: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const c1 = bytes[i]!;
    const c2 = bytes[i + 1];
    const c3 = bytes[i + 2];
    out += alphabet[c1 >> 2]! + alphabet[((c1 & 3) << 4) | ((c2 ?? 0) >> 4)]!;
    if (c2 === undefined) break;
    out += alphabet[((c2 & 0x0f) << 2) | ((c3 ?? 0) >> 6)]!;
    if (c3 === undefined) break;
    out += alphabet[c3 & 0x3f]!;
  }
  return out;
}

const MAGIC = 'OrpheanBeholderScryDoubt';

/** The bcrypt hash of `phrase` under `setting`, or null for a setting it refuses. crypt_blowfish: BF_crypt */
export function bcrypt(phrase: Uint8Array, setting: string): string | null {
  const m = /^\$2([abxy])\$([0-3][0-9])\$/.exec(setting);
  if (m === null) return null;
  const cost = Number(m[2]);
  if (cost < 4 || cost > 31) return null;
  const saltBytes = decodeSalt(setting.slice(7));
  if (saltBytes === null) return null;
  const salt = new Uint32Array(4);
  for (let i = 0; i < 4; i++) salt[i] = ((saltBytes[4 * i]! << 24) | (saltBytes[4 * i + 1]! << 16) | (saltBytes[4 * i + 2]! << 8) | saltBytes[4 * i + 3]!) >>> 0;
  const { expanded, flip } = expandKey(phrase, m[1]!);
  const bf = new Blowfish(initialState());
  for (let i = 0; i < 18; i++) bf.p[i] ^= expanded[i]!;
  bf.p[0] ^= flip;
  bf.rekey((i) => {
    bf.l ^= salt[i & 2]!;
    bf.r ^= salt[(i & 2) + 1]!;
  });
  const noMix = (): void => {};
  for (let count = 2 ** cost; count > 0; count--) {
    for (let i = 0; i < 18; i++) bf.p[i] ^= expanded[i]!;
    bf.l = bf.r = 0;
    bf.rekey(noMix);
    for (let i = 0; i < 18; i++) bf.p[i] ^= salt[i & 3]!;
    bf.l = bf.r = 0;
    bf.rekey(noMix);
  }
  const out = new Uint8Array(24);
  for (let i = 0; i < 6; i += 2) {
    bf.l = 0;
    bf.r = 0;
    for (let j = 0; j < 4; j++) {
      bf.l = ((bf.l << 8) | MAGIC.charCodeAt(4 * i + j)) >>> 0;
      bf.r = ((bf.r << 8) | MAGIC.charCodeAt(4 * i + 4 + j)) >>> 0;
    }
    for (let k = 0; k < 64; k++) bf.encrypt();
    for (let j = 0; j < 4; j++) {
      out[4 * i + j] = bf.l >>> (24 - 8 * j);
      out[4 * i + 4 + j] = bf.r >>> (24 - 8 * j);
    }
  }
  // The salt's last character is written canonically (its 2 unused bits cleared).
  return setting.slice(0, 28) + BF_ITOA64[BF_ITOA64.indexOf(setting[28]!) & 0x30] + encodeBigEndian(out.subarray(0, 23), BF_ITOA64);
}
