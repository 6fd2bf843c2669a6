// CPython 3.12.1's hash values, recorded by tools/gen-hash-fixtures.py from the reference under
// several PYTHONHASHSEED values, recomputed here with src/objects/hash/. The fixture formats are
// described at the top of the generator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  HashSecret, hashSecretFromSeed, hashSecretFromConfig, parsePythonHashSeed, lcgBytes,
  strHash, strHashCodePoints, strHashWithKind, strKindOf, bytesHash, intHash, floatHash,
  complexHash, pointerHash, pointerPairHash, methodHash, tupleHash, sliceHash, rangeHash, frozensetHash,
  NONE_HASH, type PyHash,
} from '../../src/objects/hash/index.ts';

const DIR = fileURLToPath(new URL('../fixtures/hash/', import.meta.url));
function load<T>(name: string): T {
  return JSON.parse(readFileSync(DIR + name, 'utf8')) as T;
}

type Enc =
  | ['i', string] | ['s', string] | ['u', number[]] | ['b', string] | ['f', string]
  | ['c', string, string] | ['N'] | ['T'] | ['F'] | ['t', Enc[]] | ['z', Enc[]]
  | ['S', Enc, Enc, Enc] | ['R', string, string, string];

interface Seeded {
  seeds: number[];
  secrets: Record<string, string>;
  values: Enc[];
  hashes: Record<string, string[]>;
}

function hex(h: string): Uint8Array {
  return Uint8Array.from(Buffer.from(h, 'hex'));
}
function double(bitsHex: string): number {
  return Buffer.from(bitsHex, 'hex').readDoubleBE(0);
}

/** A PyHash must be canonical: a number exactly when the value is a safe integer. */
function canonical(h: PyHash): string {
  if (typeof h === 'number') assert.ok(Number.isSafeInteger(h), `non-safe number hash ${h}`);
  else assert.ok(h < -0x1fffffffffffffn || h > 0x1fffffffffffffn, `bigint hash ${h} should be a number`);
  return String(h);
}

/** hash(value) computed with the functions under test, for one secret. */
function hashOf(e: Enc, secret: HashSecret): PyHash {
  switch (e[0]) {
    case 'i': {
      const v = BigInt(e[1]);
      const h = intHash(v);
      if (v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn) assert.equal(intHash(Number(v)), h);
      return h;
    }
    case 's': {
      const h = strHash(secret, e[1]);
      const cps = Array.from(e[1], (c) => c.codePointAt(0)!);
      assert.equal(strHashCodePoints(secret, cps), h, 'code points agree with the JS string');
      assert.equal(strHashCodePoints(secret, Uint32Array.from(cps)), h);
      const { kind, length } = strKindOf(e[1]);
      assert.equal(strHashWithKind(secret, e[1], kind, length), h);
      return h;
    }
    case 'u':
      return strHashCodePoints(secret, e[1]);
    case 'b':
      return bytesHash(secret, hex(e[1]));
    case 'f':
      return floatHash(double(e[1]));
    case 'c':
      return complexHash(double(e[1]), double(e[2]));
    case 'N':
      return NONE_HASH;
    case 'T':
      return 1;
    case 'F':
      return 0;
    case 't':
      return tupleHash(e[1].map((x) => hashOf(x, secret)));
    case 'z':
      return frozensetHash(e[1].map((x) => hashOf(x, secret)));
    case 'S':
      return sliceHash(hashOf(e[1], secret), hashOf(e[2], secret), hashOf(e[3], secret));
    case 'R': {
      const [start, stop, step] = [BigInt(e[1]), BigInt(e[2]), BigInt(e[3])];
      // len(range(start, stop, step)), as compute_range_length does
      const n = step > 0n ? (stop > start ? (stop - start - 1n) / step + 1n : 0n)
        : (start > stop ? (start - stop - 1n) / -step + 1n : 0n);
      return rangeHash(n, start, step);
    }
  }
}

function checkSeeded(name: string): void {
  const fx = load<Seeded>(name);
  for (const seed of fx.seeds) {
    test(`${name}: ${fx.values.length} values under PYTHONHASHSEED=${seed}`, () => {
      const secret = hashSecretFromSeed(seed);
      assert.equal(Buffer.from(secret.bytes).toString('hex'), fx.secrets[String(seed)], 'secret bytes');
      const expected = fx.hashes[String(seed)]!;
      let bad = 0;
      const firstBad: string[] = [];
      fx.values.forEach((v, i) => {
        const got = canonical(hashOf(v, secret));
        if (got !== expected[i]) {
          bad++;
          if (firstBad.length < 5) firstBad.push(`#${i} ${JSON.stringify(v).slice(0, 120)}: ${got} != ${expected[i]}`);
        }
      });
      assert.equal(bad, 0, firstBad.join('\n'));
    });
  }
}

checkSeeded('str.json');
checkSeeded('bytes.json');
checkSeeded('tuple.json');
checkSeeded('frozenset.json');

test('int.json: long_hash of ints of every size and sign', () => {
  const fx = load<[string, string][]>('int.json');
  assert.ok(fx.length > 5000);
  for (const [v, h] of fx) assert.equal(canonical(intHash(BigInt(v))), h, v);
});

test('float.json: _Py_HashDouble of finite, subnormal, huge, signed-zero and infinite floats', () => {
  const fx = load<[string, string][]>('float.json');
  assert.ok(fx.length > 5000);
  for (const [bits, h] of fx) assert.equal(canonical(floatHash(double(bits))), h, bits);
});

test('complex.json: complex_hash', () => {
  const fx = load<[string, string, string][]>('complex.json');
  for (const [re, im, h] of fx) assert.equal(canonical(complexHash(double(re), double(im))), h, `${re} ${im}`);
});

interface PointerFx {
  synthetic: [string, string][];
  objects: [string, string, string][];
  nan: [string, string, string][];
  complex_nan: [string, string, string, string][];
  methods: [string, string, string][];
  method_wrappers: [string, string, string][];
  none: string;
  bools: [string, string];
}

test('pointer.json: _Py_HashPointer of addresses (synthetic and real objects), NaN by identity, None', () => {
  const fx = load<PointerFx>('pointer.json');
  for (const [a, h] of fx.synthetic) {
    const addr = BigInt(a);
    assert.equal(canonical(pointerHash(addr)), h, a);
    if (addr <= BigInt(Number.MAX_SAFE_INTEGER)) assert.equal(canonical(pointerHash(Number(addr))), h, a);
  }
  for (const [type, id, h] of fx.objects) assert.equal(canonical(pointerHash(Number(id))), h, type);
  for (const [bits, id, h] of fx.nan) {
    assert.ok(Number.isNaN(double(bits)));
    assert.equal(canonical(floatHash(double(bits), Number(id))), h);
    assert.equal(canonical(floatHash(double(bits), BigInt(id))), h);
  }
  for (const [re, im, id, h] of fx.complex_nan) {
    assert.equal(canonical(complexHash(double(re), double(im), Number(id))), h);
  }
  for (const [self, funcHash, h] of fx.methods) {
    assert.equal(canonical(methodHash(Number(self), Number(funcHash))), h);
  }
  for (const [self, descr, h] of fx.method_wrappers) {
    assert.equal(canonical(pointerPairHash(Number(self), BigInt(descr))), h);
  }
  assert.equal(String(NONE_HASH), fx.none);
  assert.deepEqual([String(intHash(1)), String(intHash(0))], fx.bools);
});

interface ParseCase { text: string; result: 'error' | 'random' | 'fixed'; secret?: string; message?: string }

test('seed-parse.json: PYTHONHASHSEED texts the reference accepts, randomizes or rejects', () => {
  const fx = load<ParseCase[]>('seed-parse.json');
  let randomCalls = 0;
  const random = (n: number): Uint8Array => {
    randomCalls++;
    return lcgBytes(1000 + randomCalls, n); // stands in for the OS source
  };
  for (const c of fx) {
    const cfg = parsePythonHashSeed(c.text === '' ? undefined : c.text);
    if (c.result === 'error') {
      assert.ok('error' in cfg, JSON.stringify(c.text));
      assert.equal(cfg.error, c.message);
      assert.throws(() => hashSecretFromConfig(cfg, random));
    } else if (c.result === 'random') {
      assert.ok(!('error' in cfg) && !cfg.useHashSeed, JSON.stringify(c.text));
      const before = randomCalls;
      hashSecretFromConfig(cfg, random);
      assert.equal(randomCalls, before + 1);
    } else {
      assert.ok(!('error' in cfg) && cfg.useHashSeed, JSON.stringify(c.text));
      assert.equal(Buffer.from(hashSecretFromConfig(cfg, random).bytes).toString('hex'), c.secret, c.text);
    }
  }
  // an empty value is the same as unset (config_get_env)
  assert.deepEqual(parsePythonHashSeed(''), { useHashSeed: false });
});
