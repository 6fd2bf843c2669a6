// "Did you mean" suffixes against tests/fixtures/suggestions/*.json, which
// tools/gen-suggestion-fixtures.py recorded from the reference's C display.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  attributeErrorSuffix, calculateSuggestion, importErrorSuffix, isStdlibModuleName, levenshteinDistance,
  MAX_CANDIDATE_ITEMS, nameErrorSuffix, suggestForName,
} from '../../src/runtime/suggestions.ts';

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/suggestions/${name}`, import.meta.url), 'utf8')) as T;
}

interface DirCase { name: string; dir: string[]; suffix: string | null }
interface NameCase { name: string; varnames: string[]; globals: string[]; builtins: string[] | null; self?: boolean | 'unbound'; suffix: string | null }

function compare<C extends { name: string; suffix: string | null }>(cases: C[], f: (c: C) => string | null): void {
  const bad = cases.filter((c) => f(c) !== c.suffix).map((c) => `${JSON.stringify(c.name)}: expected ${JSON.stringify(c.suffix)}, got ${JSON.stringify(f(c))}`);
  assert.equal(bad.length, 0, `${bad.length}/${cases.length} differ:\n${bad.slice(0, 10).join('\n')}`);
}

test('AttributeError suggestions match the reference', () => {
  const cases = fixture<DirCase[]>('attribute.json');
  assert.ok(cases.length > 1000);
  compare(cases, (c) => attributeErrorSuffix(c.name, c.dir));
});

test('NameError suggestions (locals, globals, builtins, self, stdlib modules) match the reference', () => {
  const cases = fixture<NameCase[]>('name.json');
  const builtins = fixture<string[]>('builtins.json');
  assert.ok(cases.length > 400);
  compare(cases, (c) => nameErrorSuffix(c.name, { varnames: c.varnames, globals: c.globals, builtins: c.builtins ?? builtins, self: c.self }));
});

test('ImportError suggestions match the reference', () => {
  const cases = fixture<DirCase[]>('import.json');
  assert.ok(cases.length > 250);
  compare(cases, (c) => importErrorSuffix(c.name, c.dir));
});

test('levenshteinDistance: costs, affix trimming, size limits', () => {
  assert.equal(levenshteinDistance('abc', 'abc', 10), 0);
  assert.equal(levenshteinDistance('abc', 'aBc', 10), 1); // case flip
  assert.equal(levenshteinDistance('abc', 'axc', 10), 2);
  assert.equal(levenshteinDistance('abc', 'ac', 10), 2);
  assert.equal(levenshteinDistance('', 'abcd', 1), 8); // no bail-out for an empty remainder
  assert.equal(levenshteinDistance('x' + 'a'.repeat(41), 'y' + 'a'.repeat(41), 5), 2); // trimmed first
  assert.equal(levenshteinDistance('x' + 'a'.repeat(41) + 'x', 'y' + 'a'.repeat(41) + 'y', 5), 6); // > MAX_STRING_SIZE
  assert.equal(levenshteinDistance('é', 'e', 10), 4); // UTF-8 bytes
  assert.equal(levenshteinDistance('abcdef', 'a', 3), 10); // trimmed to nothing: no bail-out
  assert.equal(levenshteinDistance('abcdef', 'xy', 3), 4); // length difference alone exceeds the bound
});

test('calculateSuggestion edge cases', () => {
  assert.equal(calculateSuggestion(['blech'], 'blach'), 'blech');
  assert.equal(calculateSuggestion(Array(MAX_CANDIDATE_ITEMS).fill('blech'), 'blach'), null);
  assert.equal(calculateSuggestion(['blech', 'bloch'], 'blach'), 'blech'); // first best wins
  assert.equal(calculateSuggestion(['abc'], 'abc'), null);
  assert.equal(calculateSuggestion(['blech', '\ud800'], 'blach'), null); // no UTF-8 form
  assert.equal(suggestForName('x', { varnames: ['self'], globals: ['xx'], builtins: [], self: 'unbound' }), null);
  assert.equal(nameErrorSuffix('sys', { varnames: [], globals: [], builtins: [] }), ". Did you forget to import 'sys'?");
  assert.ok(isStdlibModuleName('collections') && !isStdlibModuleName('numpy'));
});
