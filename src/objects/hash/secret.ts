// The hash secret: CPython's _Py_HashSecret and how it is chosen at startup.
// Mirrors Python/bootstrap_hash.c (_Py_HashRandomization_Init, lcg_urandom) and
// Python/initconfig.c (config_init_hash_seed, which parses PYTHONHASHSEED).
//
// _Py_HashSecret_t is a 24-byte union: SipHash uses its first 16 bytes as two little-endian
// 64-bit keys k0, k1 (pyhash.c pysiphash); the last 8 bytes are the expat hash salt (pyexpat).
// The whole 24 bytes are filled either way:
//   - PYTHONHASHSEED=0: all zero (randomization disabled; so k0 = k1 = 0);
//   - PYTHONHASHSEED=N (1..4294967295): Microsoft's LCG seeded with N, one byte per step;
//   - otherwise: 24 bytes from the OS random source, which the caller supplies here (the core
//     has no randomness of its own: it comes through the host interface).

/** sizeof(_Py_HashSecret_t) on 64-bit platforms. */
export const HASH_SECRET_SIZE = 24;
/** The largest accepted PYTHONHASHSEED (initconfig.c MAX_HASH_SEED). */
export const MAX_HASH_SEED = 4294967295;

// SipHash's initialisation constants ("somepseudorandomlygeneratedbytes"), as 32-bit halves.
const C0H = 0x736f6d65, C0L = 0x70736575;
const C1H = 0x646f7261, C1L = 0x6e646f6d;
const C2H = 0x6c796765, C2L = 0x6e657261;
const C3H = 0x74656462, C3L = 0x79746573;

function le32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) | 0;
}

/**
 * One interpreter's hash secret. Besides the raw bytes it keeps SipHash's initial state
 * v0..v3 (keys xor constants) as signed 32-bit halves, computed once, because every str and
 * bytes hash starts from it.
 */
export class HashSecret {
  /** The 24 bytes of _Py_HashSecret (a copy; treat as read-only). */
  readonly bytes: Uint8Array;
  /** SipHash key k0 = bytes 0..7 little-endian. */
  readonly k0: bigint;
  /** SipHash key k1 = bytes 8..15 little-endian. */
  readonly k1: bigint;
  readonly v0h: number; readonly v0l: number;
  readonly v1h: number; readonly v1l: number;
  readonly v2h: number; readonly v2l: number;
  readonly v3h: number; readonly v3l: number;

  constructor(bytes: Uint8Array) {
    if (bytes.length !== HASH_SECRET_SIZE) {
      throw new RangeError(`a hash secret has ${HASH_SECRET_SIZE} bytes, not ${bytes.length}`);
    }
    this.bytes = Uint8Array.from(bytes);
    const k0l = le32(bytes, 0), k0h = le32(bytes, 4), k1l = le32(bytes, 8), k1h = le32(bytes, 12);
    this.k0 = (BigInt(k0h >>> 0) << 32n) | BigInt(k0l >>> 0);
    this.k1 = (BigInt(k1h >>> 0) << 32n) | BigInt(k1l >>> 0);
    this.v0h = k0h ^ C0H; this.v0l = k0l ^ C0L;
    this.v1h = k1h ^ C1H; this.v1l = k1l ^ C1L;
    this.v2h = k0h ^ C2H; this.v2l = k0l ^ C2L;
    this.v3h = k1h ^ C3H; this.v3l = k1l ^ C3L;
  }

  /** The expat hash salt (bytes 16..23), which pyexpat passes to XML_SetHashSalt. */
  get expatSalt(): bigint {
    const b = this.bytes;
    return (BigInt(le32(b, 20) >>> 0) << 32n) | BigInt(le32(b, 16) >>> 0);
  }
}

/**
 * lcg_urandom (bootstrap_hash.c): x = x * 214013 + 2531011 (mod 2**32), emit (x >> 16) & 0xff.
 * Not random at all; it only makes PYTHONHASHSEED=N reproducible.
 */
export function lcgBytes(seed: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0;
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 214013) + 2531011) >>> 0;
    out[i] = (x >>> 16) & 0xff;
  }
  return out;
}

/** The secret for PYTHONHASHSEED=seed (0 disables randomization: an all-zero secret). */
export function hashSecretFromSeed(seed: number): HashSecret {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_HASH_SEED) {
    throw new RangeError(`hash seed must be an integer in [0; ${MAX_HASH_SEED}], not ${seed}`);
  }
  return new HashSecret(seed === 0 ? new Uint8Array(HASH_SECRET_SIZE) : lcgBytes(seed, HASH_SECRET_SIZE));
}

/** The secret for a randomized run: the 24 bytes come from the host's random source. */
export function hashSecretFromRandomBytes(bytes: Uint8Array): HashSecret {
  return new HashSecret(bytes);
}

/** What PYTHONHASHSEED asks for: a fixed seed, a random secret, or a startup error. */
export type HashSeedConfig =
  | { readonly useHashSeed: true; readonly hashSeed: number }
  | { readonly useHashSeed: false }
  | { readonly error: string };

/** The text of CPython's fatal error for a bad PYTHONHASHSEED (exit status 1). */
export const HASH_SEED_ERROR =
  'Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]';

const MAX_ULONG = (1n << 64n) - 1n;

/**
 * config_init_hash_seed: `value` is the environment variable's value (undefined when unset;
 * CPython's config_get_env also treats an empty value as unset, and -E ignores it: the caller
 * passes undefined then). "random" means random; anything else must be what C's
 * strtoul(value, &end, 10) parses completely to at most 4294967295 — so leading whitespace and
 * a sign are accepted, and "-N" wraps around 2**64 as strtoul's negation does (so
 * "-18446744073709551615" is seed 1).
 */
export function parsePythonHashSeed(value: string | undefined): HashSeedConfig {
  if (value === undefined || value === '' || value === 'random') return { useHashSeed: false };
  let i = 0;
  // isspace() in the C locale
  while (i < value.length && ' \t\n\v\f\r'.includes(value[i]!)) i++;
  let negative = false;
  if (value[i] === '+' || value[i] === '-') negative = value[i++] === '-';
  const start = i;
  while (i < value.length && value[i]! >= '0' && value[i]! <= '9') i++;
  // No digits: strtoul consumes nothing and the end pointer stays at the first character,
  // which is not the terminator. Trailing characters of any kind are rejected too.
  if (i === start || i !== value.length) return { error: HASH_SEED_ERROR };
  let n = BigInt(value.slice(start, i));
  if (n > MAX_ULONG) return { error: HASH_SEED_ERROR }; // ERANGE, ULONG_MAX
  if (negative) n = (MAX_ULONG + 1n - n) & MAX_ULONG;
  if (n > BigInt(MAX_HASH_SEED)) return { error: HASH_SEED_ERROR };
  return { useHashSeed: true, hashSeed: Number(n) };
}

/**
 * _Py_HashRandomization_Init for a parsed configuration. `randomBytes(n)` supplies n bytes of
 * OS randomness for the random case (CPython: getrandom() or /dev/urandom, non-blocking).
 */
export function hashSecretFromConfig(
  config: HashSeedConfig,
  randomBytes: (n: number) => Uint8Array,
): HashSecret {
  if ('error' in config) throw new Error(config.error);
  if (config.useHashSeed) return hashSecretFromSeed(config.hashSeed);
  return hashSecretFromRandomBytes(randomBytes(HASH_SECRET_SIZE));
}
