// NUMBER, STRING and FSTRING_MIDDLE token values against tests/fixtures/literals/*.json,
// which tools/gen-literal-fixtures.py wrote with the reference interpreter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PyComplex } from '../../src/ast/constant.ts';
import { decodeFStringMiddle, decodeStringToken, LiteralError, parseNumber } from '../../src/parser/literals.ts';

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/literals/${name}`, import.meta.url), 'utf8')) as T;
}

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

function toHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

function errorOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof LiteralError) return e.msg;
    throw e;
  }
}

interface NumberCase { src: string; int?: string; float?: string; imag?: string; error?: string }

test('parseNumber matches the reference on every fixture case', () => {
  const cases = fixture<NumberCase[]>('numbers.json');
  assert.ok(cases.length > 700);
  for (const c of cases) {
    if (c.error !== undefined) {
      assert.equal(errorOf(() => parseNumber(c.src)), c.error, c.src);
      continue;
    }
    const v = parseNumber(c.src);
    if (c.int !== undefined) assert.equal(v, BigInt(c.int), c.src);
    else if (c.float !== undefined) assert.ok(Object.is(v, fromBits(c.float)), `${c.src}: got ${String(v)}`);
    else {
      assert.ok(v instanceof PyComplex, c.src);
      assert.ok(Object.is(v.real, 0) && Object.is(v.imag, fromBits(c.imag!)), `${c.src}: got ${v.imag}`);
    }
  }
});

test('parseNumber: over-long decimal ints are located without columns; the limit is a parameter', () => {
  const big = '1'.repeat(4301);
  try {
    parseNumber(big);
    assert.fail('no error');
  } catch (e) {
    assert.ok(e instanceof LiteralError && e.noColumns);
  }
  assert.equal(parseNumber(big, 0), BigInt(big));
  assert.equal(parseNumber(big, 5000), BigInt(big));
});

interface StringCase { src: string; str?: string; bytes?: string; kind?: string; error?: string; warnings?: string[] }

test('decodeStringToken matches the reference on every fixture case', () => {
  const cases = fixture<StringCase[]>('strings.json');
  assert.ok(cases.length > 1000);
  for (const c of cases) {
    const warnings: string[] = [];
    let got;
    try {
      got = decodeStringToken(c.src, (m) => warnings.push(m));
    } catch (e) {
      if (!(e instanceof LiteralError)) throw e;
      assert.equal(e.msg, c.error, c.src);
      continue;
    }
    assert.equal(c.error, undefined, `${c.src}: expected error ${c.error}`);
    if (c.bytes !== undefined) {
      assert.ok(got.isBytes && got.value instanceof Uint8Array, c.src);
      assert.equal(toHex(got.value), c.bytes, c.src);
    } else {
      assert.equal(got.value, c.str, c.src);
    }
    assert.equal(got.kind, c.kind ?? null, c.src);
    assert.deepEqual(warnings, c.warnings ?? [], c.src);
  }
});

test('decodeStringToken reports flags and the offset of the offending escape', () => {
  const seen: [string, number][] = [];
  const sink = (m: string, o: number) => seen.push([m, o]);
  const src = "rb'\\d'";
  assert.deepEqual(decodeStringToken(src, sink), { value: new Uint8Array([0x5c, 0x64]), kind: null, isBytes: true, isRaw: true });
  const tok = "u'''ab\n\\q\\777'''";
  const r = decodeStringToken(tok, sink);
  assert.equal(r.kind, 'u');
  assert.equal(r.isRaw, false);
  // Only the first invalid escape of a literal is reported, as in CPython.
  assert.deepEqual(seen, [["invalid escape sequence '\\q'", tok.indexOf('\\q')]]);
  seen.length = 0;
  const b = "B'x\\777'";
  decodeStringToken(b, sink);
  assert.deepEqual(seen, [["invalid octal escape sequence '\\777'", b.indexOf('\\')]]);
});

test('decodeStringToken: a throwing warning sink propagates (warnings as errors)', () => {
  assert.throws(() => decodeStringToken("'\\d'", () => { throw new Error('boom'); }), /boom/);
});

interface FStringCase { src: string; raw: boolean; middles: string[]; str?: string; error?: string; warnings?: string[] }

test('decodeFStringMiddle matches the reference on every fixture case', () => {
  const cases = fixture<FStringCase[]>('fstrings.json');
  assert.ok(cases.length > 300);
  for (const c of cases) {
    const warnings: string[] = [];
    let got = '';
    try {
      for (const m of c.middles) got += decodeFStringMiddle(m, c.raw, (w) => warnings.push(w));
    } catch (e) {
      if (!(e instanceof LiteralError)) throw e;
      assert.equal(e.msg, c.error, c.src);
      continue;
    }
    assert.equal(c.error, undefined, `${c.src}: expected error ${c.error}`);
    assert.equal(got, c.str, c.src);
    assert.deepEqual(warnings, c.warnings ?? [], c.src);
  }
});

test('decodeFStringMiddle: offsets are relative to the piece; a lone {{ or }} piece is one brace', () => {
  const seen: [string, number][] = [];
  assert.equal(decodeFStringMiddle('ab\\d', false, (m, o) => seen.push([m, o])), 'ab\\d');
  assert.deepEqual(seen, [["invalid escape sequence '\\d'", 2]]);
  assert.equal(decodeFStringMiddle('{{', false), '{');
  assert.equal(decodeFStringMiddle('}}', true), '}');
});
