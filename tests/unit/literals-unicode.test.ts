// The Unicode 15.0.0 tables behind \N{...} and str repr(), against tests/fixtures/literals/unicode.json
// (written by tools/gen-literal-fixtures.py with the reference interpreter).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { charName, lookupName } from '../../src/unicode/names.ts';
import { isPrintable } from '../../src/unicode/printable.ts';

interface UnicodeFixture {
  non_printable: [number, number][];
  name_blocks: Record<string, [number, string]>;
  lookups: [string, number | null][];
}
const fx = JSON.parse(readFileSync(new URL('../fixtures/literals/unicode.json', import.meta.url), 'utf8')) as UnicodeFixture;

test('isPrintable agrees with str.isprintable() on every code point', () => {
  let r = 0;
  for (let cp = 0; cp < 0x110000; cp++) {
    while (r < fx.non_printable.length && fx.non_printable[r]![1] <= cp) r++;
    const expected = !(r < fx.non_printable.length && fx.non_printable[r]![0] <= cp);
    if (isPrintable(cp) !== expected) assert.fail(`U+${cp.toString(16)}: expected printable=${expected}`);
  }
});

test('charName agrees with unicodedata.name() on every code point (hashed per 4096-code-point block)', () => {
  const blocks = new Map<number, string[]>();
  for (let cp = 0; cp < 0x110000; cp++) {
    const name = charName(cp);
    if (name === undefined) continue;
    const b = cp >> 12;
    if (!blocks.has(b)) blocks.set(b, []);
    blocks.get(b)!.push(`${cp.toString(16)};${name}`);
  }
  const got: Record<string, [number, string]> = {};
  for (const [b, lines] of blocks) got[b.toString(16)] = [lines.length, createHash('sha256').update(lines.join('\n')).digest('hex')];
  assert.deepEqual(got, fx.name_blocks);
});

test('lookupName resolves names, aliases and algorithmic names as \\N{} does', () => {
  assert.ok(fx.lookups.length > 1000);
  for (const [name, cp] of fx.lookups) assert.equal(lookupName(name), cp ?? undefined, name);
});
