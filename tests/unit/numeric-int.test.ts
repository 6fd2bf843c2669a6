// int semantics against tests/fixtures/numeric/{int_arith,int_str,unicode}.json, written by
// tools/gen-numeric-fixtures.py with the reference interpreter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  bitCount,
  bitLength,
  intAnd,
  intDivmod,
  intFloorDiv,
  intFromByteArray,
  intFromBytesLiteral,
  intFromString,
  intLShift,
  intMod,
  intOr,
  intPow,
  intPowMod,
  intRound,
  intRShift,
  intToBase,
  intToBytes,
  intToDecimalString,
  intToFloat,
  intTrueDiv,
  intXor,
  isUnicodeSpace,
  mathComb,
  mathFactorial,
  mathGcd,
  mathIsqrt,
  mathLcm,
  mathPerm,
  PyNumericError,
  smallBitLength,
  smallDivmod,
  smallFloorDiv,
  smallLShift,
  smallMod,
  smallRShift,
  smallTrueDiv,
  unicodeDecimal,
} from '../../src/objects/numeric/index.ts';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../fixtures/numeric/${name}`, import.meta.url), 'utf8'));

const dv = new DataView(new ArrayBuffer(8));
function fh(x: number): string {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}
function big(s: string): bigint {
  return s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s);
}
function ist(v: bigint): string {
  if (v > -(10n ** 60n) && v < 10n ** 60n) return v.toString();
  return v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16);
}
/** fn's result through enc, or ['!', type, message] for a Python exception. */
function outcome<T>(fn: () => T, enc: (v: T) => unknown): unknown {
  try {
    return enc(fn());
  } catch (e) {
    if (e instanceof PyNumericError) return ['!', e.pyType, e.message];
    throw e;
  }
}
function check(got: unknown, expected: unknown, what: string): void {
  assert.deepEqual(got, expected, what);
}

const arith = load('int_arith.json');
const strs = load('int_str.json');

test('numeric int: floor division, modulo, divmod, true division, bitwise', () => {
  assert.ok(arith.arith.length >= 2500);
  for (const [as, bs, fd, md, dm, td, and, or, xor] of arith.arith) {
    const a = big(as);
    const b = big(bs);
    const what = `${as} ? ${bs}`;
    check(outcome(() => intFloorDiv(a, b), ist), fd, what + ' //');
    check(outcome(() => intMod(a, b), ist), md, what + ' %');
    check(outcome(() => intDivmod(a, b), (r) => r.map(ist)), dm, what + ' divmod');
    check(outcome(() => intTrueDiv(a, b), fh), td, what + ' /');
    check(ist(intAnd(a, b)), and, what + ' &');
    check(ist(intOr(a, b)), or, what + ' |');
    check(ist(intXor(a, b)), xor, what + ' ^');
    if (Number.isSafeInteger(Number(a)) && Number.isSafeInteger(Number(b)) && BigInt(Number(a)) === a && BigInt(Number(b)) === b) {
      const x = Number(a);
      const y = Number(b);
      check(outcome(() => smallFloorDiv(x, y), (v) => ist(BigInt(v))), fd, what + ' small //');
      check(outcome(() => smallMod(x, y), (v) => ist(BigInt(v))), md, what + ' small %');
      check(outcome(() => smallDivmod(x, y), (r) => r.map((v) => ist(BigInt(v)))), dm, what + ' small divmod');
      if (Math.abs(x) <= 2 ** 53 && Math.abs(y) <= 2 ** 53) check(outcome(() => smallTrueDiv(x, y), fh), td, what + ' small /');
      assert.ok(!Object.is(smallFloorDiv(x, y === 0 ? 1 : y), -0), what);
    }
  }
});

test('numeric int: correctly rounded true division of huge ints', () => {
  assert.ok(arith.truediv.length >= 2000);
  for (const [as, bs, expected] of arith.truediv) check(outcome(() => intTrueDiv(big(as), big(bs)), fh), expected, `${as} / ${bs}`);
});

test('numeric int: bit_length, bit_count, float()', () => {
  for (const [as, bl, bc, fl] of arith.unary) {
    const a = big(as);
    assert.equal(bitLength(a), bl, as);
    assert.equal(bitCount(a), bc, as);
    check(outcome(() => intToFloat(a), fh), fl, as);
    if (Number.isSafeInteger(Number(a)) && BigInt(Number(a)) === a) assert.equal(smallBitLength(Number(a)), bl, as);
  }
});

test('numeric int: shifts', () => {
  for (const [as, ns, l, r] of arith.shifts) {
    const a = big(as);
    const n = big(ns);
    check(outcome(() => intLShift(a, n), ist), l, `${as} << ${ns}`);
    check(outcome(() => intRShift(a, n), ist), r, `${as} >> ${ns}`);
    if (Math.abs(Number(a)) < 2 ** 40 && n < 100n) {
      check(outcome(() => smallLShift(Number(a), Number(n)), (v) => ist(BigInt(v))), l, `small ${as} << ${ns}`);
      check(outcome(() => smallRShift(Number(a), Number(n)), (v) => ist(BigInt(v))), r, `small ${as} >> ${ns}`);
    }
  }
});

test('numeric int: pow and three-argument pow', () => {
  for (const [as, bs, expected] of arith.pow) {
    check(outcome(() => intPow(big(as), big(bs)), (r) => (typeof r === 'number' ? fh(r) : ist(r))), expected, `${as} ** ${bs}`);
  }
  assert.ok(arith.powmod.length >= 2000);
  for (const [as, bs, ms, expected] of arith.powmod) {
    check(outcome(() => intPowMod(big(as), big(bs), big(ms)), ist), expected, `pow(${as}, ${bs}, ${ms})`);
  }
});

test('numeric int: round(int, ndigits)', () => {
  for (const [as, ns, expected] of arith.round) check(outcome(() => intRound(big(as), big(ns)), ist), expected, `round(${as}, ${ns})`);
});

test('numeric int: math.gcd, lcm, isqrt, comb, perm, factorial', () => {
  const fns: Record<string, (...a: bigint[]) => bigint> = {
    gcd: mathGcd,
    lcm: mathLcm,
    isqrt: mathIsqrt,
    comb: mathComb,
    perm: mathPerm,
    factorial: mathFactorial,
  };
  for (const [name, args, expected] of arith.math) {
    check(outcome(() => fns[name]!(...(args as string[]).map(big)), ist), expected, `${name}(${args})`);
  }
});

test('numeric int: str(), bin(), oct(), hex() with the digit limit', () => {
  for (const [as, s, b, o, h] of strs.conv) {
    const a = big(as);
    check(outcome(() => intToDecimalString(a), (v) => v), s, as);
    assert.equal(intToBase(a, 2), b);
    assert.equal(intToBase(a, 8), o);
    assert.equal(intToBase(a, 16), h);
  }
});

test('numeric int: int(str, base)', () => {
  assert.ok(strs.parse.length >= 6000);
  for (const [s, base, expected] of strs.parse) {
    check(outcome(() => intFromString(s, base), ist), expected, `int(${JSON.stringify(s)}, ${base})`);
  }
  for (const [hex, base, expected] of strs.parse_bytes) {
    const b = Uint8Array.from(Buffer.from(hex, 'hex'));
    check(outcome(() => intFromBytesLiteral(b, base), ist), expected, `int(bytes ${hex}, ${base})`);
  }
});

test('numeric int: to_bytes / from_bytes', () => {
  for (const [as, n, order, signed, expected] of strs.to_bytes) {
    check(outcome(() => intToBytes(big(as), n, order, signed), (b) => Buffer.from(b).toString('hex')), expected, `${as}.to_bytes(${n}, ${order}, ${signed})`);
  }
  for (const [hex, order, signed, expected] of strs.from_bytes) {
    const b = Uint8Array.from(Buffer.from(hex, 'hex'));
    check(outcome(() => intFromByteArray(b, order, signed), ist), expected, `from_bytes(${hex}, ${order}, ${signed})`);
  }
});

test('numeric: Unicode decimal digits and white space tables', () => {
  const u = load('unicode.json');
  assert.equal(u.version, '15.0.0');
  const zeros = new Set<number>(u.zeros);
  for (let c = 0; c < 0x110000; c++) {
    const d = unicodeDecimal(c);
    if (d === 0) assert.ok(zeros.has(c), c.toString(16));
    if (d > 0) assert.ok(zeros.has(c - d), c.toString(16));
  }
  for (const z of u.zeros) for (let k = 0; k < 10; k++) assert.equal(unicodeDecimal(z + k), k);
  const spaces = new Set<number>(u.spaces);
  for (let c = 0; c < 0x110000; c++) assert.equal(isUnicodeSpace(c), spaces.has(c), c.toString(16));
});
