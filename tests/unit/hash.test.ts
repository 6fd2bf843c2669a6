// Properties of src/objects/hash/ that the reference fixtures (hash-fixtures.test.ts) cannot
// reach: random secrets, independent BigInt oracles for the 32-bit-halves arithmetic, the
// PyHash canonical form, the API's argument forms. Deterministic: a fixed xorshift generator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  HashSecret, hashSecretFromSeed, hashSecretFromRandomBytes, lcgBytes, parsePythonHashSeed,
  strHash, strHashInto, strHashWithKind, strHashCodePoints, strKindOf, kindOfCodePoints,
  bytesHash, siphash13, intHash, boolHash, floatHash, complexHash, pointerHash, tupleHash,
  TupleHasher, frozensetHash, FrozensetHasher, hashFromParts, hashFromBigInt, hashLo32, hashHi32,
  hashToParts, hashToBigInt, hashToUint64, hashFromIntResult, NONE_HASH, HASH_MODULUS, type PyHash,
} from '../../src/objects/hash/index.ts';
import { mul64, mulHi } from '../../src/objects/hash/pyhash.ts';
import { siphash13BigInt, strKindBytes } from '../../src/objects/hash/siphash-bigint.ts';

// xorshift32: reproducible randomness
let state = 0x9e3779b9;
function rand32(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return state >>> 0;
}
function randInt(n: number): number {
  return rand32() % n;
}
function rand64(): bigint {
  return BigInt.asIntN(64, (BigInt(rand32()) << 32n) | BigInt(rand32()));
}
function randBytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = rand32() & 0xff;
  return b;
}
function randSecret(): HashSecret {
  return hashSecretFromRandomBytes(randBytes(24));
}
const M64 = (1n << 64n) - 1n;
const toI64 = (x: bigint): bigint => BigInt.asIntN(64, x);

function isCanonical(h: PyHash): boolean {
  return typeof h === 'number' ? Number.isSafeInteger(h) : h < -0x1fffffffffffffn || h > 0x1fffffffffffffn;
}

test('siphash13 on int32 halves equals the BigInt SipHash-1-3 for random keys and lengths', () => {
  for (let i = 0; i < 3000; i++) {
    const secret = randSecret();
    const n = i < 600 ? i % 150 : randInt(2000);
    const bytes = randBytes(n);
    const expected = toI64(siphash13BigInt(secret.k0, secret.k1, bytes));
    assert.equal(siphash13(secret, bytes), expected, `len ${n}`);
    const h = bytesHash(secret, bytes);
    assert.ok(isCanonical(h));
    assert.equal(hashToBigInt(h), n === 0 ? 0n : expected === -1n ? -2n : expected);
  }
});

/** A random str as code points, with its largest code point drawn from the given range. */
function randCodePoints(n: number, kind: 1 | 2 | 4, surrogates: boolean): number[] {
  const cps: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = randInt(10);
    let c: number;
    if (kind === 1 || r < 3) c = randInt(256);
    else if (kind === 2 || r < 6) c = randInt(0x10000);
    else c = 0x10000 + randInt(0x100000);
    if (!surrogates && c >= 0xd800 && c < 0xe000) c = 0x41;
    cps.push(c);
  }
  if (n && kind === 2) cps[randInt(n)] = 0x100 + randInt(0xd800 - 0x100);
  if (n && kind === 4) cps[randInt(n)] = 0x10000 + randInt(0x100000);
  return cps;
}

test('strHash hashes the kind representation of the code points, for every kind and tail length', () => {
  for (let i = 0; i < 3000; i++) {
    const secret = randSecret();
    const kind = ([1, 2, 4] as const)[i % 3]!;
    const n = i < 900 ? (i / 3) % 40 | 0 : randInt(300);
    const cps = randCodePoints(n, kind, false);
    const k = kindOfCodePoints(cps);
    const expected = n === 0 ? 0n : toI64(siphash13BigInt(secret.k0, secret.k1, strKindBytes(cps, k)));
    const s = String.fromCodePoint(...cps);
    assert.equal(strKindOf(s).kind, k);
    assert.equal(strKindOf(s).length, n);
    const h = strHash(secret, s);
    assert.ok(isCanonical(h));
    assert.equal(hashToBigInt(h), expected === -1n ? -2n : expected);
    assert.equal(strHashCodePoints(secret, cps), h);
    assert.equal(strHashCodePoints(secret, Uint32Array.from(cps), k), h);
    assert.equal(strHashWithKind(secret, s, k, n), h);
  }
});

test('lone surrogates in a JS string are code points of their own; pairs are one astral code point', () => {
  const secret = hashSecretFromSeed(42);
  const cases: [string, number[]][] = [
    ['\ud800', [0xd800]],
    ['a\udfffb', [0x61, 0xdfff, 0x62]],
    ['\ude00\ud83d', [0xde00, 0xd83d]], // low before high: not a pair
    ['\ud83d\ude00', [0x1f600]],
    ['\ud83d\ud83d\ude00', [0xd83d, 0x1f600]],
    ['x\ud83d\ude00\udc00y\ud800', [0x78, 0x1f600, 0xdc00, 0x79, 0xd800]],
    ['\u00ff\uffff', [0xff, 0xffff]],
  ];
  for (const [s, cps] of cases) {
    assert.equal(strHash(secret, s), strHashCodePoints(secret, cps), JSON.stringify(s));
    const { kind, length } = strKindOf(s);
    assert.equal(length, cps.length);
    assert.equal(kind, kindOfCodePoints(cps));
    assert.equal(strHashWithKind(secret, s, kind, length), strHashCodePoints(secret, cps));
  }
  // random strings mixing lone surrogates, pairs and everything else
  for (let i = 0; i < 1000; i++) {
    const units: number[] = [];
    for (let j = randInt(60); j > 0; j--) {
      const r = randInt(6);
      units.push(r === 0 ? 0xd800 + randInt(0x400) : r === 1 ? 0xdc00 + randInt(0x400) : r === 2 ? randInt(0x10000) : randInt(256));
    }
    const s = String.fromCharCode(...units);
    const cps = Array.from(s, (c) => c.codePointAt(0)!); // the string iterator pairs as we do
    assert.equal(strHash(secret, s), strHashCodePoints(secret, cps));
  }
});

test('the empty str and bytes hash to 0; str and bytes of the same latin-1 data hash alike', () => {
  const secret = randSecret();
  assert.equal(strHash(secret, ''), 0);
  assert.equal(strHashCodePoints(secret, []), 0);
  assert.equal(bytesHash(secret, new Uint8Array(0)), 0);
  for (let i = 0; i < 200; i++) {
    const b = randBytes(randInt(40));
    assert.equal(strHash(secret, String.fromCharCode(...b)), bytesHash(secret, b));
  }
  const out = new Int32Array(2);
  strHashInto(secret, 'abc', out);
  assert.equal(hashFromParts(out[1]!, out[0]!), strHash(secret, 'abc'));
});

test('PYTHONHASHSEED=0 gives the zero key; seeds come from the LCG', () => {
  const zero = hashSecretFromSeed(0);
  assert.equal(zero.k0, 0n);
  assert.equal(zero.k1, 0n);
  assert.deepEqual(Array.from(zero.bytes), new Array(24).fill(0));
  const one = hashSecretFromSeed(1);
  assert.deepEqual(one.bytes, lcgBytes(1, 24));
  assert.equal(one.k0, 0xaed66ce184be2329n); // bytes 29 23 be 84 e1 6c d6 ae, little-endian
  assert.equal(hashSecretFromSeed(4294967295).bytes.length, 24);
  assert.throws(() => hashSecretFromSeed(4294967296), RangeError);
  assert.throws(() => hashSecretFromSeed(-1), RangeError);
  assert.throws(() => hashSecretFromSeed(1.5), RangeError);
  assert.throws(() => new HashSecret(new Uint8Array(16)), RangeError);
  assert.deepEqual(parsePythonHashSeed(undefined), { useHashSeed: false });
  assert.deepEqual(parsePythonHashSeed('random'), { useHashSeed: false });
  assert.deepEqual(parsePythonHashSeed(' +7'), { useHashSeed: true, hashSeed: 7 });
  assert.ok('error' in parsePythonHashSeed('7 '));
  // the secret is copied: later changes to the caller's buffer do not leak in
  const raw = randBytes(24);
  const s = hashSecretFromRandomBytes(raw);
  const before = strHash(s, 'key');
  raw.fill(0);
  assert.equal(strHash(s, 'key'), before);
  assert.equal(s.expatSalt, (BigInt.asUintN(32, BigInt(s.bytes[20]! | (s.bytes[21]! << 8) | (s.bytes[22]! << 16) | (s.bytes[23]! << 24))) << 32n)
    | BigInt.asUintN(32, BigInt(s.bytes[16]! | (s.bytes[17]! << 8) | (s.bytes[18]! << 16) | (s.bytes[19]! << 24))));
});

test('PyHash is canonical: a number exactly for safe integers; conversions round-trip', () => {
  const edges: [number, number, bigint][] = [
    [0x1fffff, -1, (1n << 53n) - 1n],
    [0x200000, 0, 1n << 53n],
    [-0x200000, 0, -(1n << 53n)],
    [-0x200000, 1, -(1n << 53n) + 1n],
    [-1, -1, -1n],
    [0, 0, 0n],
    [0x7fffffff, -1, (1n << 63n) - 1n],
    [-0x80000000, 0, -(1n << 63n)],
  ];
  for (const [hi, lo, v] of edges) {
    const h = hashFromParts(hi, lo);
    assert.ok(isCanonical(h));
    assert.equal(hashToBigInt(h), v);
    assert.equal(hashFromBigInt(v), h);
  }
  const out = new Int32Array(2);
  for (let i = 0; i < 5000; i++) {
    const v = i % 2 ? rand64() : rand64() >> BigInt(randInt(64));
    const h = hashFromBigInt(v);
    assert.ok(isCanonical(h));
    assert.equal(hashToBigInt(h), v);
    assert.equal(hashLo32(h), Number(BigInt.asIntN(32, v)));
    assert.equal(hashHi32(h), Number(BigInt.asIntN(32, v >> 32n)));
    hashToParts(h, out);
    assert.equal(hashFromParts(out[1]!, out[0]!), h);
    assert.equal(hashToUint64(h), BigInt.asUintN(64, v));
  }
});

test('mul64 on halves is multiplication modulo 2**64', () => {
  for (let i = 0; i < 5000; i++) {
    const a = rand64(), b = i % 3 ? rand64() : BigInt(rand32());
    const lo = mul64(Number(BigInt.asIntN(32, a >> 32n)), Number(BigInt.asIntN(32, a)),
      Number(BigInt.asIntN(32, b >> 32n)), Number(BigInt.asIntN(32, b)));
    const hi = mulHi;
    assert.equal(hashToBigInt(hashFromParts(hi, lo)), toI64(a * b));
  }
});

// Straightforward BigInt versions of tuplehash and frozenset_hash, as oracles for the halves.
function tupleOracle(lanes: bigint[]): bigint {
  const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
  let acc = P5;
  for (const l of lanes) {
    acc = (acc + BigInt.asUintN(64, l) * P2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * P1) & M64;
  }
  acc = (acc + (BigInt(lanes.length) ^ (P5 ^ 3527539n))) & M64;
  return acc === M64 ? 1546275796n : toI64(acc);
}
function frozensetOracle(lanes: bigint[]): bigint {
  let h = 0n;
  for (const l of lanes) {
    const u = BigInt.asUintN(64, l);
    h ^= (((u ^ 89869747n) ^ (u << 16n)) * 3644798167n) & M64;
  }
  h ^= (BigInt(lanes.length + 1) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  return h === M64 ? 590923713n : toI64(h);
}

test('tuplehash and frozenset_hash on halves equal their BigInt oracles', () => {
  for (let i = 0; i < 2000; i++) {
    const lanes: bigint[] = [];
    for (let j = randInt(i % 10 === 0 ? 200 : 12); j > 0; j--) {
      const r = randInt(4);
      lanes.push(r === 0 ? BigInt(randInt(2000) - 1000) : r === 1 ? -2n : rand64());
    }
    const hashes = lanes.map(hashFromBigInt);
    const t = tupleHash(hashes);
    assert.ok(isCanonical(t));
    assert.equal(hashToBigInt(t), tupleOracle(lanes));
    const f = frozensetHash(hashes);
    assert.ok(isCanonical(f));
    assert.equal(hashToBigInt(f), frozensetOracle(lanes));
    // order does not matter for a frozenset
    assert.equal(frozensetHash([...hashes].reverse()), f);
    const fh = new FrozensetHasher();
    const th = new TupleHasher();
    for (const h of hashes) {
      fh.add(h);
      th.add(h);
    }
    assert.equal(fh.finish(), f);
    assert.equal(th.finish(), t);
  }
  assert.equal(tupleHash([]), 5740354900026072187n);
  assert.equal(frozensetHash([]), 133146708735736);
});

/** The exact reduction of a finite double modulo 2**61 - 1, from its rational value. */
function floatOracle(v: number): bigint {
  const P = HASH_MODULUS;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, v);
  const bits = buf.getBigUint64(0);
  const neg = bits >> 63n === 1n;
  const be = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  let e: number;
  if (be === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = be - 1075;
  }
  let r: bigint;
  if (e >= 0) r = (m << BigInt(e)) % P;
  else {
    // m / 2**-e: multiply by the inverse of 2, i.e. 2**60, once per power
    const inv2 = 1n << 60n;
    let inv = 1n;
    for (let k = 0; k < -e % 61; k++) inv = (inv * inv2) % P;
    r = (m * inv) % P;
  }
  let h = neg ? -r : r;
  if (h === -1n) h = -2n;
  return h;
}

test('float hashes equal the exact rational reduction; int, float, complex and bool agree', () => {
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 20000; i++) {
    dv.setUint32(0, rand32());
    dv.setUint32(4, rand32());
    let v = dv.getFloat64(0);
    if (i % 4 === 1) v = Math.round(v * 1e-300 * 2 ** randInt(80)) / 2 ** randInt(60);
    if (!Number.isFinite(v)) continue;
    const h = floatHash(v);
    assert.ok(isCanonical(h));
    assert.equal(hashToBigInt(h), floatOracle(v), String(v));
    if (Number.isInteger(v)) {
      assert.equal(h, intHash(BigInt(v)), `hash(${v}) == hash(int(${v}))`);
      assert.equal(complexHash(v, 0), h);
      assert.equal(complexHash(v, -0), h);
    }
  }
  for (const n of [0, 1, -1, 2, -2, 12345, 2 ** 53 - 1, -(2 ** 53 - 1)]) {
    assert.equal(intHash(n), floatHash(n));
    assert.equal(intHash(BigInt(n)), intHash(n));
    assert.equal(complexHash(n, 0), intHash(n));
  }
  assert.equal(boolHash(true), intHash(1));
  assert.equal(boolHash(false), intHash(0));
  assert.equal(floatHash(-0), 0);
  assert.ok(Object.is(floatHash(-0), 0));
  assert.equal(floatHash(Infinity), 314159);
  assert.equal(floatHash(-Infinity), -314159);
  assert.equal(intHash(-1), -2);
  assert.equal(floatHash(-1), -2);
  assert.equal(complexHash(-1000004, 1), -2);
  assert.equal(intHash(HASH_MODULUS), 0);
  assert.equal(intHash(-HASH_MODULUS), 0);
  assert.equal(intHash(-HASH_MODULUS - 1n), -2); // -(P + 1) reduces to -1
  assert.equal(intHash(2 ** 60), 2n ** 60n);
  assert.equal(intHash(2 ** 70), intHash(1n << 70n)); // an unsafe-but-integral number
  assert.throws(() => intHash(1.5), TypeError);
  assert.throws(() => floatHash(NaN), TypeError);
});

test('NaN hashes by address; pointerHash rotates by 4 with -1 -> -2', () => {
  assert.equal(floatHash(NaN, 0x7f0000001230), pointerHash(0x7f0000001230));
  assert.equal(complexHash(NaN, 1, 0x1000), 0x100 + 1000003 * 1);
  assert.equal(complexHash(1, NaN, 0x1000), 1 + 1000003 * 0x100);
  assert.equal(pointerHash(0x7f0000001230), 0x7f000000123);
  assert.equal(pointerHash(0), 0);
  assert.equal(pointerHash(M64), -2);
  assert.equal(pointerHash(0xf), -(1n << 60n)); // 0xf000000000000000 as a signed value
  for (let i = 0; i < 2000; i++) {
    const a = BigInt.asUintN(64, rand64()) >> BigInt(randInt(20));
    const expected = toI64((a >> 4n) | ((a << 60n) & M64));
    const h = pointerHash(a);
    assert.ok(isCanonical(h));
    assert.equal(hashToBigInt(h), expected === -1n ? -2n : expected);
    if (a <= BigInt(Number.MAX_SAFE_INTEGER)) assert.equal(pointerHash(Number(a)), h);
  }
  assert.equal(NONE_HASH, 4238894112);
});

test('dunder.json: slot_tp_hash keeps a Py_ssize_t result and hashes a larger int', () => {
  const fx = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/hash/dunder.json', import.meta.url)), 'utf8')) as [string, string][];
  for (const [v, h] of fx) {
    const b = BigInt(v);
    assert.equal(String(hashFromIntResult(b, intHash)), h, v);
    if (b >= -0x1fffffffffffffn && b <= 0x1fffffffffffffn) assert.equal(String(hashFromIntResult(Number(b), intHash)), h);
  }
});
