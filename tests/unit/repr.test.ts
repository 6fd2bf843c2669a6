// repr() of constants against tests/fixtures/literals/repr.json (written by
// tools/gen-literal-fixtures.py with the reference interpreter).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PyBytes, PyComplex, PyEllipsis } from '../../src/ast/constant.ts';
import { reprConstant } from '../../src/ast/repr.ts';

interface ReprFixture {
  float: [string, string][];
  complex: [string, string, string][];
  str: [string, string][];
  bytes: [string, string][];
  int: [string, string][];
  singletons: Record<'None' | 'True' | 'False' | 'Ellipsis', string>;
}
const fx = JSON.parse(readFileSync(new URL('../fixtures/literals/repr.json', import.meta.url), 'utf8')) as ReprFixture;

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

test('float repr', () => {
  assert.ok(fx.float.length > 2000);
  for (const [bits, expected] of fx.float) assert.equal(reprConstant(fromBits(bits)), expected, bits);
});

test('complex repr', () => {
  for (const [re, im, expected] of fx.complex) assert.equal(reprConstant(new PyComplex(fromBits(re), fromBits(im))), expected, `${re} ${im}`);
});

test('str repr', () => {
  assert.ok(fx.str.length > 800);
  for (const [s, expected] of fx.str) assert.equal(reprConstant(s), expected, JSON.stringify(s));
});

test('bytes repr', () => {
  for (const [hex, expected] of fx.bytes) assert.equal(reprConstant(new PyBytes(fromHex(hex))), expected, hex);
});

test('singletons and ints', () => {
  assert.equal(reprConstant(null), fx.singletons.None);
  assert.equal(reprConstant(true), fx.singletons.True);
  assert.equal(reprConstant(false), fx.singletons.False);
  assert.equal(reprConstant(PyEllipsis), fx.singletons.Ellipsis);
  for (const [value, expected] of fx.int) assert.equal(reprConstant(BigInt(value)), expected);
});
